"""What a question asks: its kind (who, when, where, how many, an age, a share, a duration, an
amount of money), the speaker whose words or views it wants, the people, numbers and names it
gives, the role a "who is X's deputy?" asks about, and what a "how many" question counts.

``analyse_question`` reads all of it once per question; ``qa/answer.py`` ranks and decides with it,
and ``qa/answer_types.py`` says whether a sentence gives what was asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .index import Index
from .lexical import tokenize
from .names import NAME_PARTICLES, PERSON_NOUNS
from .places import country_words, same_place

_WORDS_ASKED = r"say|said|says|tell|told|speak|spoke|remarks?|statement|comments?|quote[sd]?|words"
_ASKS_FOR_WORDS = re.compile(rf"\b(?:{_WORDS_ASKED})\b")
# A question after someone's words or views (not "Whom did Blinken meet?"): only then are the
# named speaker's quotes preferred.
_ASKS_FOR_VIEWS = re.compile(
    rf"\b(?:{_WORDS_ASKED}|saying|statements|according to|"
    r"think|thinks|thought|believes?|believed|views?|position|stance|opinion|feel|feels|felt|mean|meant|"
    r"criticism|criticisms|reaction|response|verdict|warning|complaint|argument|explanation|assessment|prediction|advice|"
    r"(?:warn|argue|claim|insist|add|describe|urge|hope|want|react|respond|announce|confirm|explain|promise|"
    r"admit|deny|denie|call|pledge|predict|suggest|propose|recommend|reveal|stress|criticise|criticize|praise)"
    r"(?:s|d|ed)?)\b"
)
# "Is X said / reported / thought to …?": hearsay about X, in the passive, not X's own words or views.
_HEARSAY = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:[\w’'-]+\s+){0,4}?(?:said|reported|thought|believed|alleged|rumou?red|understood|known)\s+to\s+"
    r"(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|him|them|me|us)\b)"
)
# Days and months: times, not names (``TIMES``: a time is never a name the passage must repeat).
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TIMES = frozenset(f"{WEEKDAYS}|{MONTHS}".split("|"))
_SMALL = r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|few)"
# Measures a question can ask for, beyond names, dates, places and counts: what asks for it, and
# what in a sentence gives it.
MEASURES = {
    "age": (
        re.compile(r"\bhow old\b|\b(?:what|which) age\b"),
        # ... or news style's age between commas after a name or a person: "The prince, 20, apologised"
        re.compile(
            r"\b\d{1,3}(?:-| )years?(?:-| )old\b|\baged?\s+\d{1,3}\b|\bage of \d{1,3}\b|(?<=[^\W\d_]),\s(?:[1-9]\d?|1[01]\d),\s(?=[a-z])|"
            # ... or a time counted back, for the age of a thing: "fossils … about 515 million years ago"
            r"\b\d[\d,.]*\s+(?:(?:hundred|thousand|million|billion)\s+)?years\s+ago\b",
            re.I,
        ),
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
            r"\bwhat (?:is|was|are|were|will be|would be) the (?:[\w-]+ ){0,2}(?:price|cost|fee|salary|budget)s?\b|"
            r"\bwhat (?:[\w-]+ )?(?:price|fine|fee|salary|wage|bonus|budget)s? (?:will|would|did|does|do|is|was|are|were|could|can|has|have|had)\b|"
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
            rf"\b{_SMALL}\s+(?:(?:hundred|thousand|million|billion)\s+)?(?:more\s+|full\s+|long\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b|"
            rf"\b{_SMALL}-(?:second|minute|hour|day|week|month|year|decade)\b|"  # "the two-day talks"
            r"\b\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|ft)\b|"
            # a span told by its end: "since 2003", "until the second quarter of the 19th century"
            rf"\b(?:since|until|till)\s+(?:(?:the\s+)?(?:(?:early|mid|late|end|start|beginning|middle|first|second|third|last)\s+(?:half\s+|quarter\s+)?(?:of\s+)?(?:the\s+)?)?)?"
            rf"(?:\d{{4}}s?\b|\d{{1,2}}(?:st|nd|rd|th)[ -]century|(?:{MONTHS})\b)|"
            r"\b(?:until|till)\s+the\s+end\s+of\b",  # "would hold until the end of the current Parliament"
            re.I,
        ),
    ),
    # A match's score, for "what was the (final) score", "by what score did X beat Y": "won 3-0",
    # "6-0 6-3 6-2", "20–18" (not "2004-05": a year has four digits).
    "score": (
        re.compile(r"\b(?:what|which) (?:was|is|were|will be) the (?:final |half-time |full-time |aggregate )?(?:score|scoreline)s?\b|\b(?:by|with|at) what (?:score|scoreline)\b|^\s*what score\b"),
        re.compile(r"(?<![\d.,–-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.,]?\d|[-–]\d)"),
    ),
}
# "Who is Tessa Jowell's deputy?", "Who is the band's frontman?", "Who is the president of X?": the
# role asked about (role or role2) and whose it is (owner or owner2).
ROLE_ASKED = re.compile(
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
ROLE_EQUALS = {
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
# "Who is Gerhard Romen?": the question is a person's name alone; the article's answer is where it
# introduces them, with a title before the name or a description after it.
_ASKS_WHO_IS = re.compile(r"^\s*[Ww]ho(?:[’']s|\s+is|\s+was)\s+(?P<name>(?:[A-Z][\w’'.-]*\s*)+)\??\s*$")
# "What post does Leyva hold?", "What is Blinken's job?": a question for someone's title.
_ASKS_TITLE = re.compile(r"^\s*what (?:post|position|job|role|title|office|rank)\b|^\s*what is [\w\s’'-]{1,40}[’']s (?:post|position|job|role|title)\b")
# Words that open or shape a question, never a name it gives.
QUESTION_WORDS = {"who", "whom", "whose", "what", "when", "where", "why", "how", "which", "did", "does", "do", "is", "are", "was", "were", "can", "will", "would", "should"}


# "Who directed …?", "Who first proposed …?": the verb a who-question asks the doer of.
WHO_VERB = re.compile(r"\s*who\s+(?:first\s+|originally\s+|actually\s+)?([a-z]+ed)\b", re.I)
# "Which day of the week / what year / which month …?": what asks for that grain of date, and what
# in a sentence gives it.
WHEN_GRAIN = (
    (re.compile(r"\b(?:what|which)\s+day of the week\b|\bon (?:what|which) day\b", re.I), re.compile(rf"\b(?:{WEEKDAYS})\b")),
    (re.compile(r"\b(?:what|which|in what|in which)\s+year\b", re.I), re.compile(r"\b(?:1[0-9]|20)\d\d\b")),
    (re.compile(r"\b(?:what|which|in what|in which)\s+month\b", re.I), re.compile(rf"\b(?:{MONTHS})\b")),
)


@dataclass(frozen=True)
class Question:
    """What a question asks, read once by ``analyse_question``."""

    text: str
    vector: np.ndarray
    tokens: list[str]
    kind: str  # "who", "when", "where", "number", "title", "identity" (who is NAME?), one of ``MEASURES`` ("age", "share", "money", "duration", "score") or ""
    speaker: str | None  # a speaker of the corpus the question names, asking for their words or views
    unknown_names: list[str]  # names or numbers in the question that no article contains
    unquoted_person: str | None  # asks what someone said whom no article quotes
    # Question terms naming a country or its people → the terms of its other names ("spanish" →
    # "spain", "spaniard"), a number → its other spelling ("9" → "nine"): a sentence holding either
    # holds the term.
    alike: dict[str, frozenset[str]] = field(default_factory=dict)
    people: tuple[str, ...] = ()  # people the question names (full names or surnames the articles know)
    # Other names the question gives that the articles hold ("Retail Decisions", "Moscow"), each as
    # the terms of its ways of being named ("moscow"; "russia"; "russian"...).
    things: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # The role a who-question asks who holds ("deputy", "president") and the terms saying whose it
    # is, each with its equals ("Who is Tessa Jowell's deputy?": "deputy", ({"jowel"},)).
    role: tuple[str, tuple[frozenset[str], ...]] | None = None
    counted: str | None = None  # the term of what a "how many" question counts ("casino")
    # Someone the question names only by a title one quoted person holds ("Which official did the
    # US secretary of state meet?"), with the title's terms: like a name, the title picks the
    # article, not the sentence.
    titled: tuple[str, frozenset[str]] | None = None

    @property
    def search_tokens(self) -> list[str]:
        """The question's terms, then the other names of the countries it names."""
        extra = sorted({t for others in self.alike.values() for t in others} - set(self.tokens))
        return self.tokens + extra


def correct_names(index: Index, text: str) -> str:
    """``text`` with each capitalised word no article holds (five letters or more, not the first)
    spelt as the one name of the articles a typing slip away, if there is exactly one ("What did
    Blinkin say?" → "What did Blinken say?"): a misspelt name would otherwise make the question about
    no one. A slip in the first letter or at the end is no slip: those make other words ("Hamas"
    for "Pamas", "Asia" for "Asian", "Lord" for "Lords")."""

    def fix(m: re.Match) -> str:
        word = m.group()
        if m.start() == 0 or len(word) < 5 or index.mentions(word):
            return word
        spelt = index.spelling(word)
        if spelt is None or spelt[0] != word[0] or spelt[:-1] == word or spelt == word[:-1]:
            return word
        return spelt

    return re.sub(r"\b[A-Z][a-z]+\b", fix, text)


# What follows the noun a "which …?" question asks for by kind: a verb or a preposition ("Which
# company bought …?", "Which minister in the cabinet …?"), not another noun ("What official reason …?").
ASKED_NOUN_END = (
    r"\s+(?:[a-z]+ed|is|was|are|were|has|have|had|will|would|did|does|do|can|could|said|says|told|won|led|made|took|gave|"
    r"wrote|ran|became|sells?|sold|bought|owns?|runs?|on|at|of|from|in|for|to|with|who|that|which)\b"
)


# "Which (government) minister unveiled …?", "What actress played …?": a person asked for by what
# they are, as "who" asks (the noun followed by a verb or a preposition: "What official reason …?"
# is no person; nor are the nouns that are as often adjectives or things: "chief", "head", "star").
# Words before the noun only after "which": "What drove residents to …?" asks for no person.
_WHICH_PERSON = re.compile(
    rf"\s*(?:which\s+(?:[\w-]+\s+){{0,2}}?|what\s+)(?:{'|'.join(sorted(PERSON_NOUNS - {'general', 'international', 'chief', 'head', 'star', 'source', 'host'}))})"
    + ASKED_NOUN_END
)


def analyse_question(index: Index, text: str, vector: np.ndarray) -> Question:
    low = text.lower()
    kind = ""
    if (who_is := _ASKS_WHO_IS.match(text)) and index.is_person(who_is["name"].split()[-1]):
        kind = "identity"
    elif re.match(r"\s*(?:who|whom|whose)\b", low) or _WHICH_PERSON.match(low):
        kind = "who"
    elif re.match(r"\s*(?:when\b|(?:what|which|in what|in which|on what|on which) (?:year|day|date|time|month|week|decade|century)\b)", low):
        kind = "when"
    elif re.match(r"\s*(?:where\b|(?:in|at|from|to) (?:what|which) (?:place|city|country|town|venue)\b)", low):
        kind = "where"
    elif _ASKS_TITLE.search(low):
        kind = "title"
    elif MEASURES["money"][0].search(low):
        kind = "money"
    elif re.search(r"\bhow (?:many|much)\b", low) and not MEASURES["share"][0].search(low):
        kind = "number"
    else:
        kind = next((name for name, (asks, _) in MEASURES.items() if asks.search(low)), "")
    speakers = index.speaker_aliases()
    # Whose words: the subject of "What did X say …?" when the question has one, else the whole
    # question ("What was Ruiz's criticism …?").
    subject = _SUBJECT.search(text)
    part = subject["who"] if subject else text
    words = re.findall(r"\w+", part.lower())
    # Look the 1- to 4-word runs up among the speakers' names (not each name in the text).
    runs = (" ".join(words[i : i + n]) for n in (4, 3, 2, 1) for i in range(len(words) - n + 1))
    # What others say of someone ("Whose style is Juninho said to admire?") asks for no one's words.
    asking = _HEARSAY.sub(" ", low)
    speaker = next((speakers[r] for r in runs if r in speakers), None) if _ASKS_FOR_VIEWS.search(asking) else None
    unquoted = None
    if speaker is None and _ASKS_FOR_WORDS.search(asking):
        names = [re.sub(r"[’']s?$", "", w) for w in re.findall(r"\b[A-Z][\w’'-]+", part)[0 if subject else 1 :]]
        unquoted = next((n for n in names if index.is_person(n)), None)
    people = tuple(n for n in capitalised_names(text) if n.lower() not in QUESTION_WORDS and index.is_person(n))
    titled = _titled_person(index, low, speakers, people) if speaker is None else None
    unknown = _unknown_names(index, text)
    alike = _alike(text)
    role = _role_asked(index, text, alike)
    return Question(
        text, vector, tokenize(text), kind, speaker, unknown, unquoted, alike, people, _things(text, people, unknown), role or None, _counted(text), titled
    )


def _titled_person(index: Index, low: str, speakers: dict[str, str], people: tuple[str, ...]) -> tuple[str, frozenset[str]] | None:
    """The person a question names by a title of two to four words that only they hold among the
    quoted speakers, and the title's terms; not for "Who is the X?" nor "Which X …?", which ask for
    the name."""
    if re.match(r"\s*who\s+(?:is|was|are|were)\b", low):
        return None
    words = re.findall(r"\w+", low)
    for n in (4, 3, 2):
        for i in range(len(words) - n + 1):
            run = " ".join(words[i : i + n])
            person = speakers.get(run)
            if person is None or words[:i] in (["which"], ["what"]):
                continue  # "Which Tory co-chairman outlined …?" asks who holds the title
            if set(words[i : i + n]) & set(person.lower().split()) or not index.is_person(person):
                return None  # a name, or a body's title
            if person in people or person.split()[-1] in people:
                return None
            return person, frozenset(tokenize(run))
    return None


def _role_asked(index: Index, text: str, alike: dict[str, frozenset[str]]) -> tuple[str, tuple[frozenset[str], ...]] | None:
    """The role a who-question asks about and the terms saying whose it is (``Question.role``)."""
    m = ROLE_ASKED.match(text)
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


# A run of capitalised words, with a name's particles inside it ("Theo van Gogh" is one run, his).
_CAP_RUN = re.compile(rf"[A-Z][\w-]*(?:[’']s)?(?:\s+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+)*[A-Z][\w-]*(?:[’']s)?)*")


def _things(text: str, people: tuple[str, ...], unknown: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The question's capitalised runs after its first word ("Retail Decisions", "League Cup",
    "Moscow") that are not people and that the articles hold → the terms of each of its names
    (``Question.things``)."""
    skip = {w.lower() for w in people} | {w.lower() for w in unknown}
    out = {}
    for m in _CAP_RUN.finditer(text):
        words = [re.sub(r"[’']s$", "", w) for w in m.group().split()][m.start() == 0 :]
        # A day or a month is no name the passage must repeat ("Who won Saturday's match?"), and a
        # compound's lower-case part is no part of the name ("the English-language song": "English").
        words = [re.sub(r"-[a-z][\w-]*$", "", w) for w in words if w not in TIMES]
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


# Numbers news and reference text write either way: "nine nations" and "9 nations", "the tenth
# series" and "the 10th series", "a hundred years" and "100 years" ("one" is left out: "one of the
# …" is seldom a count).
_CARDINALS = "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
NUMBER_WORDS = {w: str(n) for n, w in enumerate(_CARDINALS, 2)} | {
    w: f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}" for n, w in enumerate(_ORDINALS, 1)
}
NUMBER_WORDS |= {"hundred": "100", "thousand": "1,000"}  # "a hundred years", "a thousand people"
NUMBER_WORDS |= {digits: word for word, digits in NUMBER_WORDS.items()} | {"1000": "thousand"}


def _alike(text: str) -> dict[str, frozenset[str]]:
    """Each question term that names a country or its people → the terms of the country's other
    one-word names, and a number in words or figures → the other (``Question.alike``)."""
    out: dict[str, frozenset[str]] = {}
    for word in re.findall(r"[\w’'-]+", text):
        base = tokenize(word)
        other = NUMBER_WORDS.get(word.lower())
        if len(base) == 1 and other:
            out[base[0]] = out.get(base[0], frozenset()) | frozenset(tokenize(other))
        names = country_words(re.sub(r"[’']s$", "", word))
        if len(base) == 1 and names:
            others = frozenset(tokenize(" ".join(names))) - {base[0]}
            if others:
                out[base[0]] = out.get(base[0], frozenset()) | others
    return out


def capitalised_names(text: str) -> list[str]:
    """Capitalised words after the first, possessive endings dropped."""
    return [re.sub(r"[’']s?$", "", w) for w in re.findall(r"[\w’'-]+", text)[1:] if w[0].isupper()]


def _unknown_names(index: Index, text: str) -> list[str]:
    """Capitalised words (not the first word) and numbers of the question that no article holds,
    a country counting as held when the articles name it another way."""
    words = [re.sub(r"[’']s?$", "", w) for w in re.findall(r"[\w’'-]+", text)]
    out = []
    for i, w in enumerate(words):
        proper = i > 0 and w[:1].isupper() and w.lower() not in QUESTION_WORDS
        if (proper or any(c.isdigit() for c in w)) and not index.mentions(w) and not _place_mentioned(index, w):
            out.append(w)
    return out


def _place_mentioned(index: Index, name: str) -> bool:
    """Whether the articles name the country ``name`` stands for in another way ("Washington" for
    an article that says "the US")."""
    return any(all(index.mentions(part) for part in other.split()) for other in same_place(name) if other != name)
