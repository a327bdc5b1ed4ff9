"""Pick the answer: the sentence (or two adjacent ones) of the retrieved passages that best answers
the question, verbatim, and decide honestly when the articles do not answer it.

Each candidate sentence gets a score from a few interpretable features: its dense cosine to the
question, the cosine of its passage, how much of the question's (IDF-weighted) vocabulary it and its
passage contain, whether it holds the kind of thing asked for (a date for "when", a number for "how
many", a person or named body for "who", an age, a share, a duration or an amount of money for "how
old", "what percentage", "how long", "how much does it cost"), whether it is a quote by the speaker
whose words or views the question asks for, whether it puts the role a "who is X's deputy?" or "who
is the president of X?" asks about next to a person's name and says whose role it is, and whether a
number stands right before the thing a "how many" question counts. A separate confidence (mostly
meaning, less shared words, minus a penalty for names and numbers of the question that no article
contains, plus a little when a "which day / year / month" question's sentence gives just that)
decides whether the best sentence answers at all: the answer is declined below ``min_score``, when
an answer to such a typed question holds no new name, date, place, number or measure, when the
question names a person, a number or anything else by name that the answer's passage never mentions
(a place and its adjective counting as one: "Europe", "European"), when the question asks what did
not happen and the sentence negates nothing, or when the question asks for the words of someone the
articles name but never quote or who holds a role ("who is X's deputy?") that no article ever names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from .index import Index
from .lexical import tokenize
from .places import country_words, same_place
from .search import Retrieved, search_passages
from .names import DEMONYMS, PERSON_NOUNS
from .speakers import CAP_RUN, split_title_name
from .types import Answer, Passage, Quote, Span

_ANAPHOR = re.compile(r"^[“\"]?(?:That|This|These|Those|It|They|Such|He|She|But|And|So)\b")
_POINTS_BACK = re.compile(r"^[“\"]?(?:That|This|These|Those|It|Its|They|Their|Such|He|She|His|Her|As such|Today,? (?:this|it|these))\b")
_DATE = re.compile(
    r"\b(?:\d{4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|yesterday|today|tomorrow|"
    r"week|month|year|decade|century)\b"
)
# A digit after a letter is part of a name ("MP3", "G8"), not a number.
_NUMBER = re.compile(r"(?<![^\W\d_])(?:\d[\d,.]*\d|\d)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|dozen)\b", re.I)
_WORDS_ASKED = r"say|said|says|tell|told|speak|spoke|remarks?|statement|comments?|quote[sd]?|words"
_ASKS_FOR_WORDS = re.compile(rf"\b(?:{_WORDS_ASKED})\b")
# A question after someone's words or views (not "Whom did Blinken meet?"): only then are the
# named speaker's quotes preferred.
_ASKS_FOR_VIEWS = re.compile(
    rf"\b(?:{_WORDS_ASKED}|saying|statements|"
    r"think|thinks|thought|believes?|believed|views?|position|stance|opinion|feel|feels|felt|mean|meant|"
    r"criticism|criticisms|reaction|response|verdict|warning|complaint|argument|explanation|assessment|prediction|advice|"
    r"(?:warn|argue|claim|insist|add|describe|urge|hope|want|react|respond|announce|confirm|explain|promise|"
    r"admit|deny|denie|call|pledge|predict|suggest|propose|recommend|reveal|stress|criticise|criticize|praise)"
    r"(?:s|d|ed)?)\b"
)
_AMOUNT = re.compile(r"[$€£¥]|(?<![^\W\d_])\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|percent|per cent|half|quarter|third|double|twice)\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_PLACE = re.compile(
    r"\b(?:in|at|from|to|near|inside|outside)\s+(?:the\s+)?([A-Z][\w’'-]+)|"
    # a common place: "after spotting him in a pub", "at their farmhouse"
    r"\b(?:in|at|inside|outside|near)\s+(?:a|an|the|his|her|their|its|our|my)\s+(?:[a-z-]+\s+)?"
    r"(pub|bar|club|hotel|restaurant|cafe|school|hospital|church|park|garden|house|home|flat|studio|farmhouse|"
    r"stadium|prison|shop|village|town|city|airport|station|museum|theatre|cinema|university|college|kitchen|library)\b|"
    # a place made an adjective: "a Geneva-based company", "the London-born singer"
    r"(?<=[\w,] )([A-Z][\w’']+)-(?:based|born|headquartered|registered|listed)\b"
)
# A question about what did not happen is answered only by a sentence that says something did not
# happen: a negation, or a word of refusal, failure, denial, lack or exception.
_NEGATED = re.compile(r"\b(?:not|never|no|without|none|nobody|nothing)\b|n[’']t\b", re.I)
_NEGATIVE = re.compile(
    r"\b(?:not|never|no|without|none|nobody|nothing|neither|nor|refus\w*|fail\w*|den(?:y|ies|ied)|lack\w*|"
    r"except|instead|rather|only|ban\w*|unable|absent|cannot)\b|n[’']t\b",
    re.I,
)
_SMALL = r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|few)"
# Measures a question can ask for, beyond names, dates, places and counts: what asks for it, and
# what in a sentence gives it.
_MEASURES = {
    "age": (
        re.compile(r"\bhow old\b|\b(?:what|which) age\b"),
        # ... or news style's age between commas after a name or a person: "The prince, 20, apologised"
        re.compile(r"\b\d{1,3}(?:-| )years?(?:-| )old\b|\baged\s+\d{1,3}\b|\bage of \d{1,3}\b|(?<=[^\W\d_]),\s(?:[1-9]\d?|1[01]\d),\s(?=[a-z])", re.I),
    ),
    "share": (
        re.compile(r"\bwhat (?:percentage|percent|per cent|proportion|share|fraction|portion)\b|\bhow many (?:percent|per cent)\b"),
        re.compile(
            r"\d[\d.,]*\s?(?:%|per ?cent\b|percent\b)|\b(?:half|thirds?|quarters?|majority|minority)\b|"
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) in (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b",
            re.I,
        ),
    ),
    # An amount of money, for "how much does it cost", "how much did they earn", "what is the price
    # of ...": a currency sign or a currency named after the number ("£99", "149 euros", "260.75bn
    # roubles", "several billion dollars"), or its being free ("Entry is free").
    "money": (
        re.compile(
            r"\bhow much (?:money|cash|capital|funding|compensation|revenue|profit|rent|tax)\b|"
            r"\bhow much\b.*\b(?:cost|costs|earn|earns|earned|pay|pays|paid|spend|spends|spent|raise|raised|"
            r"charge|charges|charged|worth|sell for|sells for|sold for|invest|invests|invested)\b|"
            r"\bwhat (?:is|was|are|were|will be|would be) the (?:[\w-]+ ){0,2}(?:price|cost|fee|salary)s?\b|"
            r"\bwhat (?:does|do|did|will|would)\b.*\b(?:sell|sells|sold|retail|retails) for\b"
        ),
        re.compile(
            r"[$€£¥]\s?\d|"
            rf"(?:\d[\d,.]*|\b{_SMALL}|\bseveral|\bhundreds|\bthousands|\bmillions|\bbillions)\s?(?:bn|m|k|hundred|thousand|million|billion|trillion)?\s"
            r"(?:of\s)?(?:[A-Z][a-z]+\s)?(?:euros?|dollars?|pounds?|pence|cents?|yen|yuan|roubles?|rubles?|francs?|marks|lira|lire|"
            r"krone|kroner|kronor|rupees?|pesos?)\b|"
            r"\b(?:is|are|was|were|be|been|for) free\b(?! to)|\bfree of charge\b|\bat no (?:extra |additional )?cost\b",
            re.I,
        ),
    ),
    "duration": (
        re.compile(r"\bhow long\b"),
        re.compile(
            rf"\b{_SMALL}\s+(?:more\s+|full\s+|long\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b|"
            rf"\b{_SMALL}-(?:second|minute|hour|day|week|month|year|decade)\b|"  # "the two-day talks"
            r"\b\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|ft)\b",
            re.I,
        ),
    ),
}
# "Who is Tessa Jowell's deputy?", "Who is the band's frontman?", "Who is the president of X?": the
# role asked about (role or role2) and whose it is (owner or owner2).
_ROLE_ASKED = re.compile(
    r"^\s*who(?:[’']s|\s+is|\s+was|\s+are|\s+were|\s+will be|\s+has been|\s+had been|\s+became|\s+becomes)\s+"
    r"(?:currently\s+|now\s+|still\s+)?(?:(?:acting|serving|working) as\s+)?"
    r"(?:(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?P<role>[a-z][\w-]*)\s+of\s+(?P<owner>[^?,]*?)"
    r"(?:\s+(?:in|during|from|at|on|to|for|when|who|that|since|before|after|between)\b[^?]*)?\s*\??\s*$|"
    r"(?:the\s+)?(?P<owner2>\S+(?:\s+\S+){0,3}?)[’']s?\s+(?:[\w-]+\s+){0,2}?(?P<role2>[\w-]+)\s*\?\s*$)",
    re.I,
)
# "Who heads the board?", "Who founded the centre?": a verb that asks who holds a role, and that role.
_ROLE_VERB = re.compile(
    r"^\s*who\s+(?:currently\s+|now\s+|still\s+)?(?P<verb>heads|leads|chairs|coaches|manages|runs|owns|founded|co-founded|fronts)\s+"
    r"(?P<owner>[^?]+?)\s*\??\s*$",
    re.I,
)
_ROLE_OF_VERB = {
    "head": "head", "lead": "leader", "chair": "chairman", "coach": "coach", "manage": "manager", "run": "boss", "own": "owner",
    "found": "founder", "co-found": "founder", "front": "frontman",
}
# Words news uses for the same role: "Who is Nintendo's boss?" is answered by "Nintendo president
# Satoru Iwata", "Who is the band's frontman?" by "Kasabian's singer Tom Meighan".
_ROLE_EQUALS = {
    "boss": ("president", "chairman", "chairwoman", "chief", "head", "manager", "director", "executive", "owner", "leader"),
    "head": ("chairman", "chairwoman", "chief", "president", "leader", "director", "boss"),
    "leader": ("head", "chief", "president", "chairman", "chairwoman"),
    "chief": ("head", "boss", "president", "chairman", "chairwoman", "executive"),
    "chairman": ("chairwoman", "chair", "head"),
    "frontman": ("singer", "vocalist", "frontwoman"),
    "singer": ("frontman", "vocalist", "frontwoman"),
    "coach": ("manager", "trainer"),
    "manager": ("coach", "boss"),
    "lawyer": ("solicitor", "attorney", "barrister", "counsel"),
    "spokesman": ("spokeswoman", "spokesperson"),
    "owner": ("chairman", "proprietor"),
    "founder": ("co-founder",),
}


# The subject of "What did X say / think …?", "How does X describe …?".
_SUBJECT = re.compile(rf"\b(?:did|does|do|has|have|had|will|would)\s+(?P<who>.+?)\s+(?:{_WORDS_ASKED}|think|believe|feel|mean|describe|want|hope)\b")
# The thing "how many" counts: the last plural-looking word of the few after it, before a verb or
# preposition ("How many new casinos will", "How many Panthers defense players were", "How many
# tons of carbon"), else the first word.
_HOW_MANY = re.compile(r"\bhow many\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+)", re.I)
_PLURAL = re.compile(r"[\w-]*[a-z](?<![sui])s|people|men|women|children|police|staff|personnel|crew|cattle|feet|data")
_COUNT_STOP = {
    "more", "fewer", "less", "of", "in", "per", "from", "for", "at", "on", "to", "with", "by", "did", "does", "do", "is", "are",
    "was", "were", "will", "would", "can", "could", "have", "has", "had", "should", "must", "may", "might", "the", "a",
}
_QUESTION_WORDS = {"who", "whom", "whose", "what", "when", "where", "why", "how", "which", "did", "does", "do", "is", "are", "was", "were", "can", "will", "would", "should"}


@dataclass(frozen=True)
class Question:
    text: str
    vector: np.ndarray
    tokens: list[str]
    kind: str  # "who", "when", "where", "number", one of ``_MEASURES`` ("age", "share", "money", "duration") or ""
    speaker: str | None  # a speaker of the corpus the question names, asking for their words or views
    unknown_names: list[str]  # names or numbers in the question that no article contains
    unquoted_person: str | None  # asks what someone said whom no article quotes
    # Question terms naming a country or its people → the terms of its other names ("spanish" →
    # "spain", "spaniard"): a sentence holding either holds the term.
    alike: dict[str, frozenset[str]] = field(default_factory=dict)
    people: tuple[str, ...] = ()  # people the question names (full names or surnames the articles know)
    # Other names the question gives that the articles hold ("Retail Decisions", "Moscow"), each as
    # the terms of its ways of being named ("moscow"; "russia"; "russian"...).
    things: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # The role a who-question asks who holds ("deputy", "president") and the terms saying whose it
    # is, each with its equals ("Who is Tessa Jowell's deputy?": "deputy", ({"jowel"},)).
    role: tuple[str, tuple[frozenset[str], ...]] | None = None
    counted: str | None = None  # the term of what a "how many" question counts ("casino")

    @property
    def search_tokens(self) -> list[str]:
        """The question's terms, then the other names of the countries it names."""
        extra = sorted({t for others in self.alike.values() for t in others} - set(self.tokens))
        return self.tokens + extra


def analyse_question(index: Index, text: str, vector: np.ndarray) -> Question:
    low = text.lower()
    kind = ""
    if re.match(r"\s*(?:who|whom|whose)\b", low):
        kind = "who"
    elif re.match(r"\s*(?:when\b|(?:what|which|in what|in which|on what|on which) (?:year|day|date|time|month|week|decade|century)\b)", low):
        kind = "when"
    elif re.match(r"\s*(?:where\b|(?:in|at|from|to) (?:what|which) (?:place|city|country|town|venue)\b)", low):
        kind = "where"
    elif _MEASURES["money"][0].search(low):
        kind = "money"
    elif re.search(r"\bhow (?:many|much)\b", low) and not _MEASURES["share"][0].search(low):
        kind = "number"
    else:
        kind = next((name for name, (asks, _) in _MEASURES.items() if asks.search(low)), "")
    speakers = index.speaker_aliases()
    # Whose words: the subject of "What did X say …?" when the question has one, else the whole
    # question ("What was Ruiz's criticism …?").
    subject = _SUBJECT.search(text)
    part = subject["who"] if subject else text
    words = re.findall(r"\w+", part.lower())
    # Look the 1- to 4-word runs up among the speakers' names (not each name in the text).
    runs = (" ".join(words[i : i + n]) for n in (4, 3, 2, 1) for i in range(len(words) - n + 1))
    speaker = next((speakers[r] for r in runs if r in speakers), None) if _ASKS_FOR_VIEWS.search(low) else None
    unquoted = None
    if speaker is None and _ASKS_FOR_WORDS.search(low):
        names = [re.sub(r"[’']s?$", "", w) for w in re.findall(r"\b[A-Z][\w’'-]+", part)[0 if subject else 1 :]]
        unquoted = next((n for n in names if index.is_person(n)), None)
    people = tuple(n for n in _names(text) if n.lower() not in _QUESTION_WORDS and index.is_person(n))
    unknown = _unknown_names(index, text)
    alike = _alike(text)
    role = _role_asked(index, text, alike)
    return Question(
        text, vector, tokenize(text), kind, speaker, unknown, unquoted, alike, people, _things(text, people, unknown), role or None, _counted(text)
    )


def _role_asked(index: Index, text: str, alike: dict[str, frozenset[str]]) -> tuple[str, tuple[frozenset[str], ...]] | None:
    """The role a who-question asks about and the terms saying whose it is (``Question.role``)."""
    m = _ROLE_ASKED.match(text)
    if m:
        role, owner = (m["role"] or m["role2"]).lower(), m["owner"] or m["owner2"]
    else:
        m = _ROLE_VERB.match(text)
        if not m:
            return None
        verb = m["verb"].lower()
        role = next(r for stem, r in _ROLE_OF_VERB.items() if re.fullmatch(rf"{stem}(?:s|es|ed|d)?", verb))
        owner = m["owner"]
    # Whose role: a person by their surname ("Jowell" of "Tessa Jowell"), any other name by its
    # capitalised words ("Leeds United" of "the Leeds United board"), anything else by all its terms.
    owner = re.sub(r"[’']s?$", "", owner)
    names = [w for w in owner.split() if w[:1].isupper() and w.lower() not in {"the", "a", "an"}]
    terms = tokenize(names[-1] if names and index.is_person(names[-1]) else " ".join(names) or owner)
    return role, tuple(frozenset({t}) | alike.get(t, frozenset()) for t in terms)


def _counted(text: str) -> str | None:
    """The term of what a "how many" question counts (``Question.counted``)."""
    m = _HOW_MANY.search(text)
    if not m:
        return None
    words = []
    for w in m.group(1).split():
        if w.lower() in _COUNT_STOP:
            if words:
                break
            continue
        words.append(w)
    word = next((w for w in reversed(words) if _PLURAL.fullmatch(w)), words[0] if words else None)
    terms = tokenize(word) if word else []
    return terms[-1] if terms else None


def _things(text: str, people: tuple[str, ...], unknown: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The question's capitalised runs after its first word ("Retail Decisions", "League Cup",
    "Moscow") that are not people and that the articles hold → the terms of each of its names
    (``Question.things``)."""
    skip = {w.lower() for w in people} | {w.lower() for w in unknown}
    out = {}
    for m in re.finditer(r"[A-Z][\w-]*(?:[’']s)?(?:\s+[A-Z][\w-]*(?:[’']s)?)*", text):
        words = [re.sub(r"[’']s$", "", w) for w in m.group().split()][m.start() == 0 :]
        # A run with a person's name in it is theirs ("Tessa Jowell"); one with a name no article
        # holds is counted among the unknown names.
        if not words or any(w.lower() in skip for w in words):
            continue
        name = " ".join(words)
        names = {name} | same_place(name)
        terms = tuple(sorted({tuple(tokenize(n)) for n in names} - {()}))
        if terms:
            out[name] = terms
    return out


def _alike(text: str) -> dict[str, frozenset[str]]:
    """Each question term that names a country or its people → the terms of the country's other
    one-word names (``Question.alike``)."""
    out: dict[str, frozenset[str]] = {}
    for word in re.findall(r"[\w’'-]+", text):
        base = tokenize(word)
        names = country_words(re.sub(r"[’']s$", "", word))
        if len(base) == 1 and names:
            others = frozenset(tokenize(" ".join(names))) - {base[0]}
            if others:
                out[base[0]] = out.get(base[0], frozenset()) | others
    return out


def _names(text: str) -> list[str]:
    """Capitalised words after the first, possessive endings dropped."""
    return [re.sub(r"[’']s?$", "", w) for w in re.findall(r"[\w’'-]+", text)[1:] if w[0].isupper()]


def _unknown_names(index: Index, text: str) -> list[str]:
    """Capitalised words (not the first word) and numbers of the question that no article holds,
    a country counting as held when the articles name it another way."""
    words = [re.sub(r"[’']s?$", "", w) for w in re.findall(r"[\w’'-]+", text)]
    out = []
    for i, w in enumerate(words):
        proper = i > 0 and w[:1].isupper() and w.lower() not in _QUESTION_WORDS
        if (proper or any(c.isdigit() for c in w)) and not index.mentions(w) and not _place_mentioned(index, w):
            out.append(w)
    return out


def _place_mentioned(index: Index, name: str) -> bool:
    """Whether the articles name the country ``name`` stands for in another way ("Washington" for
    an article that says "the US")."""
    return any(all(index.mentions(part) for part in other.split()) for other in same_place(name) if other != name)


@dataclass(frozen=True)
class Ranking:
    """The retrieved passages and their candidate sentences, best first, with the ranking score
    (which sentence answers best) and the confidence (does it answer at all) of each."""

    hits: Retrieved
    order: list[int]
    score: dict[int, float]
    confidence: dict[int, float]


def rank(index: Index, q: Question, n_candidates: int) -> Ranking:
    hits = search_passages(index, q.vector, q.search_tokens, n_candidates)
    scored, confidence = _score_sentences(index, q, hits) if len(hits.ids) else ({}, {})
    order = sorted(scored, key=lambda i: (-scored[i], i))
    if q.people:  # a question about someone is answered from an article that names them
        named = [i for i in order if all(index.names_person(int(index.sentence_article[i]), p) for p in q.people)]
        if named:
            keep = set(named)
            order = named + [i for i in order if i not in keep]
    return Ranking(hits, order, scored, confidence)


def answer(index: Index, q: Question, k: int, n_candidates: int, min_score: float) -> Answer:
    return decide(index, q, rank(index, q, n_candidates), k, min_score)


def decide(index: Index, q: Question, ranking: Ranking, k: int, min_score: float) -> Answer:
    """The answer (or ``found: false``) and the k passages to show with it."""
    if not len(ranking.hits.ids):
        return Answer(q.text, False, None, ())
    best_i = ranking.order[0] if ranking.order else None
    best_score = ranking.confidence.get(best_i, 0.0)
    if best_i is not None and _exact_when(q.text, index.sentence_text(best_i)):
        best_score += EXACT_WHEN_BONUS
    found = (
        best_i is not None
        and best_score >= min_score
        and q.unquoted_person is None
        and not _role_unknown(index, q)
        and _holds_answer_type(q, index.sentence_text(best_i))
        and not _anchors_missing(index, q, best_i)
        and not (_NEGATED.search(q.text) and not _NEGATIVE.search(index.sentence_text(best_i)))
        and not _count_of_something_else(index, q, best_i)
    )
    retrieval = dict(zip(ranking.hits.ids.tolist(), ranking.hits.fused.tolist()))
    passage_rank = dict(retrieval)
    span = None
    if found:
        span = _span(index, best_i, best_score, ranking.score)
        # The passage holding the answer leads the list.
        passage_rank[index.passage_id(best_i)] = max(passage_rank.values()) + 1e-6
    top = sorted(passage_rank, key=lambda pid: -passage_rank[pid])[:k]
    passages = tuple(replace(index.passages[pid], score=float(retrieval[pid])) for pid in top)
    return Answer(q.text, found, span, passages)


# A "which day of the week / what year / which month" question whose best sentence gives just that
# is more likely answered: its confidence rises by this much (set on the tuning questions: one more
# answered there, SQuAD 2.0 accuracy -0.0003).
EXACT_WHEN_BONUS = 0.12
_WHEN_GRAIN = (
    (re.compile(r"\b(?:what|which)\s+day of the week\b|\bon (?:what|which) day\b", re.I), re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    (re.compile(r"\b(?:what|which|in what|in which)\s+year\b", re.I), re.compile(r"\b(?:1[0-9]|20)\d\d\b")),
    (re.compile(r"\b(?:what|which|in what|in which)\s+month\b", re.I), re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")),
)


def _exact_when(question: str, sentence: str) -> bool:
    """A "which day of the week / what year / which month" question whose sentence gives just that."""
    return any(asks.search(question) and gives.search(sentence) and not gives.search(question) for asks, gives in _WHEN_GRAIN)


DEMONYM_PLURAL = re.compile(r"\b[A-Z][a-z]+(?:ians|eans|ans|ese)\b")
# Units a sentence may write another way ("sq mi", "km2").
_UNITS = {"mile", "ton", "kilometr", "metr", "meter", "feet", "foot", "pound", "kilogram", "gram", "litr", "liter",
          "gallon", "acr", "hectar", "inch", "yard", "km"}
# Words that count people, beside the occupations and groups of ``PERSON_NOUNS`` and demonyms.
_PEOPLE_WORDS = frozenset(tokenize(
    "people persons individuals inhabitants citizens adults children users visitors crew members workers employees "
    "customers consumers viewers listeners readers fans spectators patients students pupils victims refugees migrants "
    "immigrants casualties soldiers troops civilians dead deaths killed injured wounded unmanned population"
)) | frozenset(tokenize(" ".join(PERSON_NOUNS | DEMONYMS)))


def _count_of_something_else(index: Index, q: Question, best: int) -> bool:
    """A "how many NOUN" question whose answer sentence has no word for the noun ("How many barrels
    a day?" answered by a sentence counting dollars): forms by the first four letters of the stem
    ("casinos" for "casino", "gigatons" for "tons"); people by any word for people ("30,000
    inhabitants", "22 million Americans"); units are not checked."""
    if not q.counted or q.counted in _UNITS:
        return False
    tokens = index.sentence_bm25.tokens(best)
    if q.counted in {"peopl", "person"}:
        return not (set(tokens) & _PEOPLE_WORDS or DEMONYM_PLURAL.search(index.sentence_text(best)))
    return not any(q.counted[:4] in t for t in tokens)


def _role_unknown(index: Index, q: Question) -> bool:
    """A "who is X's deputy?" question about a role no article ever names ("deputy", "deputies")."""
    if q.role is None or not _ROLE_ASKED.match(q.text):  # "Who heads X?" may be answered by "X, headed by"
        return False
    forms = {f for role in (q.role[0], *_ROLE_EQUALS.get(q.role[0], ())) for f in (role, role + "s", role + "es", role[:-1] + "ies" if role.endswith("y") else role)}
    return not any(index.mentions(f) for f in forms)


def _anchors_missing(index: Index, q: Question, best: int) -> list[str]:
    """People, numbers and other names the question gives that the answer's passage never
    mentions (a question about someone or something else, or another year, than the passage is
    about); a place and its adjective are one name ("European" is in a passage about Europe). When
    the answer is someone's words, what the article says of them where it names them counts too
    ("According to the Trade Guide editor …" for words of "Taran Adarsh, editor of … Trade Guide")."""
    passage = index.passages[index.passage_id(best)]
    introduction = _introduction(index, best)
    text = passage.text + " " + " ".join(quote.speaker for quote in passage.quotes) + " " + introduction
    people = list(q.people)
    numbers = re.findall(r"(?<![\w.,])(?:\d[\d,.]*\d|\d)(?![\w]|[.,]\d)", q.text)  # not "MP3", "G8", "5m"
    missing = [a for a in people + numbers if not re.search(rf"(?<![\w.,]){re.escape(a)}(?![\w]|[.,]\d)", text)]
    held = set(index.passage_bm25.tokens(index.passage_id(best))) | set(tokenize(introduction))
    return missing + [name for name, terms in q.things.items() if not any(all(_held(held, w) for w in t) for t in terms)]


def _introduction(index: Index, best: int) -> str:
    """When sentence ``best`` is someone's words, the sentence where the article first names them
    in full, with what it says they are ("says Taran Adarsh, editor of film journal Trade Guide")."""
    s = index.sentences[best]
    quote = _quote_at(index.passages[index.passage_id(best)], s.start, s.end)
    if quote is None or " " not in quote.speaker:
        return ""
    text = index.articles[index.sentence_article[best]].text
    at = re.search(rf"\b{re.escape(quote.speaker)}\b", text)
    if not at:
        return ""
    start = text.rfind("\n", 0, at.start()) + 1
    end = text.find("\n", at.end())
    paragraph = text[start : end if end >= 0 else len(text)]
    # The sentence of that paragraph holding the name.
    for m in re.finditer(r"[^.!?]*(?:[.!?]+[”\"’']?|$)", paragraph):
        if m.start() <= at.start() - start < m.end():
            return m.group()
    return ""


# Endings that make a place's adjective or people ("Europe" → "European", "Asia" → "Asian",
# "China" → "Chinese", "London" → "Londoner"), on stemmed terms.
_PEOPLE_ENDINGS = ("n", "an", "ean", "ian")


def _held(held: set[str], term: str) -> bool:
    """Whether ``held`` has the term, or the place it is the adjective of, or its adjective."""
    if term in held:
        return True
    return any(term + e in held for e in _PEOPLE_ENDINGS) or any(
        term.endswith(e) and len(term) - len(e) >= 4 and term[: -len(e)] in held for e in _PEOPLE_ENDINGS
    )


def candidate_spans(index: Index, ranking: Ranking, n: int) -> list[Span]:
    """The n best candidate sentences as spans (each a single sentence), whether or not the
    articles answer the question."""
    return [_sentence_span(index, i, ranking.confidence[i]) for i in ranking.order[:n]]


FEATURES = (
    "sentence_cosine",  # the sentence's cosine to the question
    "passage_cosine",  # its passage's cosine
    "sentence_cover",  # share of the question's IDF-weighted terms the sentence contains
    "passage_cover",  # ... its passage contains
    "window_cover",  # ... the sentence with its neighbours in the paragraph contains
    "bigram_cover",  # share of the question's adjacent term pairs found adjacent in the window
    "sentence_bm25",  # the sentence's BM25 score over the best sentence's
    "cosine_gap",  # its cosine minus the best candidate's
    "answer_type",  # holds the kind of thing asked for (date, number, name, place)
    "speaker",  # a quote by the speaker the question names (1), by someone else (-0.5)
    "number_missing",  # a number of the question is not in the window
    "name_missing",  # share of the question's names (capitalised, not first word) not in the window
    "previous_cover",  # question cover of the sentence before it in the paragraph
    "next_cover",  # ... of the sentence after it
    "anaphoric",  # opens by pointing back ("This", "It", "These", "He", "As such")
    "new_words",  # share of the sentence's terms the question does not have
    "role_name",  # the role a who-question asks about stands next to a person's name ("deputy, Richard Caborn")
    "counted",  # a number stands before what a "how many" question counts ("24 new casinos")
    "agent",  # the verb of "who VERBed …?" is followed by "by" and a name ("Directed by Bollywood veteran Subhash Ghai")
    "absent_terms",  # question-level: share of the question's IDF weight no article contains
    "unknown_names",  # question-level: names and numbers of the question no article contains (0, 0.5, 1)
    "typed_question",  # question-level: who/when/where/how many
)


def _score_sentences(index: Index, q: Question, hits: Retrieved) -> tuple[dict[int, float], dict[int, float]]:
    """Ranking scores (which sentence answers best) and confidences (does it answer at all)."""
    cand, feats = features(index, q, hits)
    return dict(zip(cand, (feats @ RANK_WEIGHTS).tolist())), dict(zip(cand, (feats @ CONFIDENCE).tolist()))


def features(index: Index, q: Question, hits: Retrieved, every: bool = False) -> tuple[list[int], np.ndarray]:
    """Candidate sentence ids and their feature rows (columns: ``FEATURES``). Only the columns the
    weights use are filled unless ``every`` (for fitting: ``python -m bench.fit_scorer``)."""
    cand = index.sentences_of(hits.ids)
    feats = np.zeros((len(cand), len(FEATURES)), dtype=np.float32)
    if not cand:
        return cand, feats
    # A term and its equals ("spanish", "spain") weigh as one term, by the sentences holding any.
    weights = {t: index.sentence_bm25.idf(t, *sorted(q.alike.get(t, ()))) for t in set(q.tokens)}
    total = sum(weights.values()) or 1.0
    cover = lambda toks: sum(w for t, w in weights.items() if t in toks) / total
    ids = np.asarray(cand, dtype=np.int64)
    dense = dict(zip(hits.ids.tolist(), hits.dense.tolist()))
    feats[:, 0] = index.sentence_vectors.reconstruct_batch(ids) @ q.vector
    feats[:, 1] = [dense[pid] for pid in index.sentence_passage[ids].tolist()]
    held = np.zeros(len(cand))
    for t, w in weights.items():  # the order and sums of ``cover``, for all candidates at once
        has = index.sentence_bm25.holds(t, ids)
        for other in sorted(q.alike.get(t, ())):
            has |= index.sentence_bm25.holds(other, ids)
        held += w * has
    feats[:, 2] = held / total
    feats[:, -2] = min(len(q.unknown_names), 2) / 2
    if q.kind:
        feats[:, 8] = [_type_match(q, index.sentence_text(si)) for si in cand]
    if q.role:  # the role stands next to a name in a sentence that says whose role it is
        role = q.role[0]
        feats[:, _W["role_name"]] = [_role_by_name(role, index.sentence_text(si)) if _says_whose(index, q, si) else 0.0 for si in cand]
    if q.counted:
        feats[:, _W["counted"]] = [_number_before(q.counted, index.sentence_text(si)) for si in cand]
    verb = _WHO_VERB.match(q.text)
    if verb:
        terms = frozenset(tokenize(verb.group(1)))
        feats[:, _W["agent"]] = [_agent_after(terms, index.sentence_text(si)) for si in cand]
    if q.speaker:
        for j, si in enumerate(cand):
            s = index.sentences[si]
            quote = _quote_at(index.passages[index.passage_id(si)], s.start, s.end)
            feats[j, 9] = 0.0 if quote is None else 1.0 if quote.speaker == q.speaker else -0.5
    if every:
        _more_features(index, q, cand, feats, cover)
    return cand, feats


def _says_whose(index: Index, q: Question, si: int) -> bool:
    """Whether sentence ``si`` says whose role the question asks about: it names the owner, or is a
    quote by them ("my coach")."""
    owner = q.role[1]
    if all(t & set(index.sentence_bm25.tokens(si)) for t in owner):
        return True
    s = index.sentences[si]
    quote = _quote_at(index.passages[index.passage_id(si)], s.start, s.end)
    return quote is not None and all(t & set(tokenize(quote.speaker)) for t in owner)


def _more_features(index: Index, q: Question, cand: list[int], feats: np.ndarray, cover) -> None:
    """The columns no hand-set weight uses, tried by the fitting script."""
    weights = {t: index.sentence_bm25.idf(t) for t in set(q.tokens)}
    total = sum(weights.values()) or 1.0
    q_pairs = set(zip(q.tokens, q.tokens[1:]))
    q_numbers = set(re.findall(r"\d[\d,.]*", q.text))
    q_names = {w for w in _names(q.text) if w.lower() not in _QUESTION_WORDS}
    q_set = set(q.tokens)
    feats[:, 7] = feats[:, 0] - feats[:, 0].max()
    lex = index.sentence_bm25.scores(q.tokens)
    top_lex = float(lex.max()) if lex.size else 0.0
    if top_lex > 0:
        feats[:, 6] = lex[cand] / top_lex
    feats[:, -3] = sum(w for t, w in weights.items() if t not in index.sentence_bm25.doc_freq) / total
    feats[:, -1] = float(bool(q.kind))
    for j, si in enumerate(cand):
        pid = index.passage_id(si)
        stoks = index.sentence_bm25.tokens(si)
        window = [si - 1, si, si + 1]
        same = [i for i in window if 0 <= i < len(index.sentences) and index.passage_id(i) == pid and index.sentences[i].paragraph == index.sentences[si].paragraph]
        wtoks = [t for i in same for t in index.sentence_bm25.tokens(i)]
        wtext = " ".join(index.sentence_text(i) for i in same)
        text = index.sentence_text(si)
        feats[j, 3] = cover(set(index.passage_bm25.tokens(pid)))
        feats[j, 4] = cover(set(wtoks))
        if q_pairs:
            feats[j, 5] = len(q_pairs & set(zip(wtoks, wtoks[1:]))) / len(q_pairs)
        feats[j, 10] = float(any(n not in wtext for n in q_numbers))
        if q_names:
            feats[j, 11] = sum(n not in wtext for n in q_names) / len(q_names)
        neighbour = lambda i: cover(set(index.sentence_bm25.tokens(i))) if i in same and i != si else 0.0
        feats[j, 12] = neighbour(si - 1)
        feats[j, 13] = neighbour(si + 1)
        feats[j, 14] = float(bool(_POINTS_BACK.match(text)))
        if stoks:
            feats[j, 15] = sum(t not in q_set for t in stoks) / len(stoks)


# Hand-set weights, one per feature. Ranking: meaning, shared words, answer type, speaker, a role
# next to a name and, lightly, a number before the thing counted.
# Confidence: mostly meaning, less shared words, a little for the role asked about next to a name
# in a sentence saying whose, and each name or number of the question that no article contains (up
# to two) counts against it. Weights fitted on the tuning questions
# (``python -m bench.fit_scorer``) did no better on them and worse on other questions; see the
# README's benchmark section.
_W = dict(zip(FEATURES, range(len(FEATURES))))
RANK_WEIGHTS = np.zeros(len(FEATURES), dtype=np.float32)
CONFIDENCE = np.zeros(len(FEATURES), dtype=np.float32)
for _name, _rank, _conf in (
    ("sentence_cosine", 0.5, 0.5),
    ("passage_cosine", 0.1, 0.25),
    ("sentence_cover", 0.5, 0.125),
    ("answer_type", 0.2, 0.0),
    ("speaker", 0.1, 0.0),
    ("role_name", 0.2, 0.1),
    ("counted", 0.05, 0.0),
    ("agent", 0.2, 0.0),
    ("unknown_names", 0.0, -0.2),
):
    RANK_WEIGHTS[_W[_name]], CONFIDENCE[_W[_name]] = _rank, _conf


def _type_match(q: Question, text: str) -> float:
    if q.kind == "when":
        # "Which day of the week …?" is answered by a weekday, "In what year …?" by a year.
        grain = next((gives for asks, gives in _WHEN_GRAIN if asks.search(q.text)), _DATE)
        return float(bool(grain.search(text)))
    if q.kind == "number":
        return float(bool(_NUMBER.search(text)))
    if q.kind in {"who", "where"}:
        return float(_holds_answer_type(q, text))
    if q.kind in _MEASURES:
        return float(bool(_MEASURES[q.kind][1].search(text)))
    return 0.0


def _holds_answer_type(q: Question, text: str) -> bool:
    """A who/when/where/how-many question (or one asking for an age, a share, a duration or an
    amount of money) is answered only by a sentence holding a name, date, place, number or such
    measure that the question itself does not already contain."""
    if not q.kind:
        return True
    asked = _words(q.text)
    new = lambda items: any(any(t not in asked for t in item) for item in items)
    if q.kind in {"who", "when", "where", *_MEASURES}:
        return new(_answer_items(q.kind, text))
    if re.search(r"\bhow many years\b", q.text.lower()):
        return bool(_NUMBER.search(text))
    if re.search(r"\bhow much\b", q.text.lower()) and not _AMOUNT.search(text):
        return False  # an amount, not a count: "two countries" does not say how much aid
    return new(_answer_items("number", text))


@lru_cache(maxsize=1024)
def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w’'-]+", text.lower()))


@lru_cache(maxsize=1 << 16)
def _answer_items(kind: str, text: str) -> tuple[tuple[str, ...], ...]:
    """The names (each as its lower-cased words), dates, places or numbers (not years) a sentence
    holds; cached, as the same candidate sentences come up question after question."""
    if kind == "who":
        return tuple(tuple(n.lower().split()) for n in _proper_names(text))
    if kind == "when":
        found = (m.group() for m in _DATE.finditer(text))
    elif kind == "where":
        found = (m.group(1) or m.group(2) or m.group(3) for m in _PLACE.finditer(text))
    elif kind in _MEASURES:  # each measure as its words: "26-year-old", "59 %", "two thirds"
        return tuple(tuple(re.findall(r"[\w’'-]+", m.group().lower())) for m in _MEASURES[kind][1].finditer(text))
    else:
        found = (m.group() for m in _NUMBER.finditer(text) if not _YEAR.fullmatch(m.group()))
    return tuple((f.lower(),) for f in found)


@lru_cache(maxsize=1 << 14)
def _role_by_name(role: str, text: str) -> float:
    """1 when ``role`` (or its plural) stands next to a person's name in ``text``: before it
    ("president Satoru Iwata", "deputy, Richard Caborn") or after it ("Richard Caborn, her deputy",
    "Tom Meighan, the band's frontman", "Satoru Iwata, who is Nintendo's president")."""
    stems = [re.escape(r[:-1]) + "(?:y|ies)" if r.endswith("y") else re.escape(r) + "(?:s|es)?" for r in (role, *_ROLE_EQUALS.get(role, ()))]
    for m in re.finditer(rf"\b(?:{'|'.join(stems)})\b", text, re.I):
        after = re.match(rf"\)?,?\s+({CAP_RUN.pattern})", text[m.end() :])
        if after and split_title_name(after.group(1))[1]:
            return 1.0
        before = re.search(
            rf"({CAP_RUN.pattern})(?:,\s+|,?\s+(?:who\s+)?(?:is|was|became|becomes|has been|had been|remains)\s+)"
            r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:\S+[’']s?\s+)?(?:[\w-]+\s+){0,2}$",
            text[: m.start()],
        )
        if before and split_title_name(before.group(1))[1]:
            return 1.0
    return 0.0


# "Who directed …?", "Who first proposed …?": the verb a who-question asks the doer of.
_WHO_VERB = re.compile(r"\s*who\s+(?:first\s+|originally\s+|actually\s+)?([a-z]+ed)\b", re.I)
_BY_NAME = re.compile(r"\b([\w-]+)\s+(by\s+(?:[\w’'-]+[\s,]+){0,3}[\w’'-]+)")


def _agent_after(terms: frozenset[str], text: str) -> float:
    """1 when one of ``terms`` is followed by "by" and a name in ``text``: the doer of what a
    who-question asks about ("Who directed Kisna?": "Directed by Bollywood veteran Subhash Ghai")."""
    for m in _BY_NAME.finditer(text):
        if set(tokenize(m.group(1))) & terms and _proper_names(m.group(2)):  # "by" opens it: a name after is no opening word
            return 1.0
    return 0.0


@lru_cache(maxsize=1 << 14)
def _number_before(term: str, text: str) -> float:
    """1 when a number stands before a word ending in the term ``term`` in ``text``, up to three
    words between ("1,000 people", "2.8 million DS consoles", "eight regional casinos", "1.5
    gigatons" for tons)."""
    for m in _NUMBER.finditer(text):
        if _YEAR.fullmatch(m.group()):
            continue
        after = re.findall(r"[\w’'-]+", text[m.end() : m.end() + 60])[:4]
        if any(t.endswith(term) for w in after for t in tokenize(w)):  # "1.5 gigatons" counts tons
            return 1.0
    return 0.0


def _proper_names(text: str) -> list[str]:
    """Who can answer "who": people ("Carl Clump", the name without its title), and bodies and
    groups named by a capitalised run ("Pew Internet", "the Salvation Army", "Apacs"), but not a
    lone capitalised word opening the sentence ("The", "However")."""
    out = []
    for m in CAP_RUN.finditer(text):
        name = split_title_name(m.group())[1]
        opens = not text[: m.start()].strip(" “”\"'‘’([")
        if name:
            out.append(name)
        elif len(m.group().split()) > 1 or not opens:
            out.append(m.group())
    return out


def _span(index: Index, best: int, confidence: float, scored: dict[int, float]) -> Span:
    """The best sentence, joined with its neighbour in the paragraph when the answer needs it:
    the sentence leans on the one before ("That means ..."), or the next ranks nearly as well."""
    s = index.sentences[best]
    art = index.articles[index.sentence_article[best]]
    start, end = s.start, s.end
    prev_i, next_i = best - 1, best + 1
    same = lambda i: 0 <= i < len(index.sentences) and index.sentence_article[i] == index.sentence_article[best] and index.sentences[i].paragraph == s.paragraph
    if same(prev_i) and _ANAPHOR.match(art.text[start:end]):
        start = index.sentences[prev_i].start
    elif same(next_i) and next_i in scored and scored[next_i] >= scored[best] - 0.03 * abs(scored[best]):
        end = index.sentences[next_i].end
    return _make_span(index, best, start, end, confidence)


def _sentence_span(index: Index, i: int, confidence: float) -> Span:
    s = index.sentences[i]
    return _make_span(index, i, s.start, s.end, confidence)


def _make_span(index: Index, i: int, start: int, end: int, confidence: float) -> Span:
    art = index.articles[index.sentence_article[i]]
    passage = index.passages[index.passage_id(i)]
    paragraph = index.sentences[i].paragraph
    return Span(art.text[start:end], art.id, art.title, paragraph, start, end, float(confidence), _quote_at(passage, start, end))


def _quote_at(passage: Passage, start: int, end: int) -> Quote | None:
    """The quote that overlaps [start, end) the most, if any."""
    best, overlap = None, 0
    for q in passage.quotes:
        o = min(end, q.end) - max(start, q.start)
        if o > overlap:
            best, overlap = q, o
    return best
