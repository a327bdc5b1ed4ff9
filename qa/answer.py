"""Pick the answer: the sentence (or two adjacent ones) of the retrieved passages that best answers
the question, verbatim, and decide honestly when the articles do not answer it.

Each candidate sentence gets a score from a few interpretable features (``FEATURES``): its dense
cosine to the question, the cosine of its passage, how much of the question's (IDF-weighted)
vocabulary it and its passage contain (and, for a little, the sentence before it, which "this" or
"the company" refers back to), whether it holds the kind of thing asked for (a date, a number, a
person or named body, an age, a share, a duration, an amount of money: ``answer_types``), whether it
is a quote by the speaker whose words or views the question asks for, whether it puts the role a
"who is X's deputy?" asks about next to a person's name and says whose role it is, whether the verb
of "who VERBed …?" stands before "by" and a name, and whether a number stands right before the thing
a "how many" question counts. What the question asks is read once by ``qa/question.py``.

A separate confidence (mostly meaning, less shared words, minus a penalty for names and numbers of
the question that no article contains, plus a little for a role next to a name or a "which day /
year / month" question's sentence giving just that) decides whether the best sentence answers at
all: the answer is declined below ``min_score``; when an answer to a typed question holds no new
name, date, place, number or measure, or a "how many" answer counts something else; when the
question names a person, a number or anything else by name that the answer's passage (or, for
someone's words, the sentence introducing them) never mentions; when the question asks what did
not happen and the sentence negates nothing; when the sentence has the opposite of a word the
question asks about and not the word ("the highest court" for "What is the lowest court?"); or when
it asks for the words of someone the articles name but never quote, or who holds a role ("who is
X's deputy?") that the answer's article never names.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from .answer_types import agent_after, count_of_something_else, exact_when, future_unmet, holds_answer_type, introduces, number_before, role_by_name, says_the_opposite, type_match
from .index import Index
from .lexical import tokenize
from .places import same_place
from .question import NUMBER_WORDS, QUESTION_WORDS, ROLE_ASKED, ROLE_EQUALS, TIMES, WHO_VERB, Question, capitalised_names
from .search import Retrieved, search_passages
from .text import sentence_spans
from .types import Answer, Passage, Quote, Span

# ("But" and "And" lean back only with a word that points back: "But it …", not "But Tony Banks said …")
_ANAPHOR = re.compile(r"^[“\"]?(?:That|This|These|Those|It|They|Such|He|She|(?:But|And|So),?\s+(?:it|they|he|she|this|that|these|those|such|there|so)\b)\b")
_POINTS_BACK = re.compile(r"^[“\"]?(?:That|This|These|Those|It|Its|They|Their|Such|He|She|His|Her|As such|Today,? (?:this|it|these))\b")
# A question about what did not happen is answered only by a sentence that says something did not
# happen: a negation, or a word of refusal, failure, denial, lack or exception.
_NEGATED = re.compile(r"\b(?:not|never|no|without|none|nobody|nothing)\b|n[’']t\b", re.I)
_NEGATIVE = re.compile(
    r"\b(?:not|never|no|without|none|nobody|nothing|neither|nor|refus\w*|fail\w*|den(?:y|ies|ied)|lack\w*|"
    r"except|instead|rather|only|ban\w*|unable|absent|cannot)\b|n[’']t\b",
    re.I,
)
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
    if any(not same_place(name) for name in q.things) and len({int(index.sentence_article[i]) for i in order}) > 1:
        # The other names a question gives ("Halloween", "Yukos") choose the article too, after
        # the people it names: "How much did Halloween take at the box office?" is answered from
        # the article that names the film, not from another one on box office takings.
        holds = {a: _article_holds(index, a, q) for a in {int(index.sentence_article[i]) for i in order}}
        named = [i for i in order if holds[int(index.sentence_article[i])]]
        if named:
            keep = set(named)
            order = named + [i for i in order if i not in keep]
    people = q.people + ((q.titled[0],) if q.titled else ())
    if people:  # a question about someone is answered from an article that names them
        named = [i for i in order if all(index.names_person(int(index.sentence_article[i]), p) for p in people)]
        if named:
            keep = set(named)
            order = named + [i for i in order if i not in keep]
    return Ranking(hits, order, scored, confidence)


def _article_holds(index: Index, article: int, q: Question) -> bool:
    """Whether the article holds every other name the question gives (``Question.things``), each
    in one of its ways of being named, a place also by its adjective."""
    held = index.article_terms(article)
    return all(any(all(_held(held, w) for w in t) for t in terms) for name, terms in q.things.items() if not same_place(name))


def answer(index: Index, q: Question, k: int, n_candidates: int, min_score: float) -> Answer:
    return decide(index, q, rank(index, q, n_candidates), k, min_score)


def decide(index: Index, q: Question, ranking: Ranking, k: int, min_score: float) -> Answer:
    """The answer (or ``found: false``) and the k passages to show with it."""
    if not len(ranking.hits.ids):
        return Answer(q.text, False, None, ())
    best_i = ranking.order[0] if ranking.order else None
    best_score = ranking.confidence.get(best_i, 0.0)
    if best_i is not None and exact_when(q.text, index.sentence_text(best_i)):
        best_score += EXACT_WHEN_BONUS
    # "Who is Ann Roe?" is answered where the article says who she is, however little else the
    # question and that sentence share (the question is her name alone).
    introduced = best_i is not None and q.kind == "identity" and introduces(q.people, index.sentence_text(best_i))
    found = (
        best_i is not None
        and (best_score >= min_score or introduced)
        and q.unquoted_person is None
        and not _role_unknown(index, q, best_i)
        and holds_answer_type(q, index.sentence_text(best_i))
        and not _anchors_missing(index, q, best_i)
        and not (_NEGATED.search(q.text) and not _NEGATIVE.search(index.sentence_text(best_i)))
        and not count_of_something_else(index, q, best_i)
        and not says_the_opposite(q.text, index.sentence_text(best_i))
        and not future_unmet(q.text, index.sentence_text(best_i))
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


# The share of its weight a question term found only in the sentence before lends when that sentence
# ends the paragraph before (set on the news tuning questions: two more answered right there, none on
# the SQuAD tuning set, the seed set unchanged; a whole share lost a seed question).
CONTEXT_ACROSS_PARAGRAPHS = 0.5

# A "which day of the week / what year / which month" question whose best sentence gives just that
# is more likely answered: its confidence rises by this much (set on the tuning questions: one more
# answered there, SQuAD 2.0 accuracy -0.0003).
EXACT_WHEN_BONUS = 0.12


def _role_unknown(index: Index, q: Question, best: int) -> bool:
    """A "who is X's deputy?" question about a role the answer's article never names ("deputy",
    "deputies", or a word news uses for it): another article's deputies are no answer."""
    if q.role is None or not ROLE_ASKED.match(q.text):  # "Who heads X?" may be answered by "X, headed by"
        return False
    text = index.articles[index.sentence_article[best]].text
    return not re.search(rf"\b(?:{_role_forms(q.role[0])})\b", text, re.I)


@lru_cache(maxsize=256)
def _role_forms(role: str) -> str:
    """The role and the words news uses for it, singular or plural, as a regex alternation."""
    return "|".join(re.escape(r[:-1]) + "(?:y|ys|ies)" if r.endswith("y") else re.escape(r) + "(?:s|es)?" for r in (role, *ROLE_EQUALS.get(role, ())))


def _anchors_missing(index: Index, q: Question, best: int) -> list[str]:
    """People, numbers and other names the question gives that the answer's passage never
    mentions (a question about someone or something else, or another year, than the passage is
    about); a place and its adjective are one name ("European" is in a passage about Europe). The
    article's title and lead (its first passage) say what every passage of it is about, so a person
    or name there counts too ("Who directed Harbour Lights?" answered by "Directed by Ana Ruiz, the
    film …" further down); a number does not, unless it ends a name ("Super Bowl 50", "Apollo 11",
    where the title counts too). When the answer is someone's words, what the article says of them
    where it names them counts too ("According to the Trade Guide editor …" for words of "Taran
    Adarsh, editor of … Trade Guide")."""
    pid = index.passage_id(best)
    passage = index.passages[pid]
    introduction = _introduction(index, best)
    text = passage.text + " " + " ".join(quote.speaker for quote in passage.quotes) + " " + introduction
    lead = index.lead_passage(int(index.sentence_article[best]))
    about = text if lead is None or lead == pid else text + " " + index.passages[lead].text
    numbers = re.findall(r"(?<![\w.,])(?:\d[\d,.]*\d|\d)(?![\w]|[.,]\d)", q.text)  # not "MP3", "G8", "5m"
    # A number that ends a name ("Super Bowl 50", "Apollo 11") is the name's: the title and lead count.
    # (not a year, nor a day of a month: "in November 2015", "May 4")
    named = {n for w, n in re.findall(r"\b([A-Z][\w-]*)\s(\d{1,3})(?![\w]|[.,]\d)", q.text) if w not in TIMES}
    titled = about + " " + index.articles[index.sentence_article[best]].title
    missing = [
        a for a, where in [(p, about) for p in q.people] + [(n, titled if n in named else text) for n in numbers]
        if not re.search(rf"(?<![\w.,]){re.escape(a)}(?:[’']?s)?(?![\w]|[.,]\d)", where)  # "1980" in "the 1980s"
        and not (a in NUMBER_WORDS and re.search(rf"\b{NUMBER_WORDS[a]}\b", where, re.I))  # "9" for "nine"
    ]
    held = set(index.passage_bm25.tokens(pid)) | set(tokenize(introduction))
    if lead is not None:
        held |= set(index.passage_bm25.tokens(lead))  # the title is in every passage's terms already
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
    # The sentence of that paragraph (line) holding the name.
    for a, b in sentence_spans(text, start, end if end >= 0 else len(text)):
        if a <= at.start() < b:
            return text[a:b]
    return ""


# Endings that make a place's adjective or people ("Europe" → "European", "Asia" → "Asian",
# "China" → "Chinese", "London" → "Londoner"), on stemmed terms.
_PEOPLE_ENDINGS = ("n", "an", "ean", "ian")


def _held(held: Set[str], term: str) -> bool:
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
    "context_cover",  # share of the question's IDF-weighted terms only the sentence before it contains (half across a paragraph break)
    "absent_terms",  # question-level: share of the question's IDF weight no article contains
    "unknown_names",  # question-level: names and numbers of the question no article contains (0, 0.5, 1)
    "typed_question",  # question-level: who/when/where/how many
)


def _score_sentences(index: Index, q: Question, hits: Retrieved) -> tuple[dict[int, float], dict[int, float]]:
    """Ranking scores (which sentence answers best) and confidences (does it answer at all)."""
    cand, feats = features(index, q, hits)
    confidence = feats @ CONFIDENCE
    # The asked speaker's own words add confidence only when they share a word with what the question
    # asks about: Ruiz's words on the budget do not answer "What did Ruiz say about the ferries?".
    unrelated = (feats[:, _W["speaker"]] > 0) & (feats[:, _W["sentence_cover"]] == 0)
    confidence[unrelated] -= CONFIDENCE[_W["speaker"]] * feats[unrelated, _W["speaker"]]
    return dict(zip(cand, (feats @ RANK_WEIGHTS).tolist())), dict(zip(cand, confidence.tolist()))


def features(index: Index, q: Question, hits: Retrieved, every: bool = False) -> tuple[list[int], np.ndarray]:
    """Candidate sentence ids and their feature rows (columns: ``FEATURES``). Only the columns the
    weights use are filled unless ``every`` (for fitting: ``python -m bench.fit_scorer``)."""
    cand = index.sentences_of(hits.ids)
    feats = np.zeros((len(cand), len(FEATURES)), dtype=np.float32)
    if not cand:
        return cand, feats
    # A term and its equals ("spanish", "spain") weigh as one term, by the sentences holding any.
    # The people the question names pick the article (``rank``), not the sentence: the answer often
    # says "he", and a name rare in a large corpus would outweigh every other word.
    # But when the question wants a speaker's words, the others it names are what the words are about
    # ("What does Gallas say about Mourinho?": the quote naming Mourinho).
    speaker = set(tokenize(q.speaker)) if q.speaker else set()
    about = lambda person: bool(speaker) and not set(tokenize(person)) <= speaker
    named = {t for person in q.people if not about(person) for t in tokenize(person)} | (q.titled[1] if q.titled else frozenset())
    weights = {t: index.sentence_bm25.idf(t, *sorted(q.alike.get(t, ()))) for t in set(q.tokens) - named}
    total = sum(weights.values()) or 1.0
    cover = lambda toks: sum(w for t, w in weights.items() if t in toks) / total
    ids = np.asarray(cand, dtype=np.int64)
    dense = dict(zip(hits.ids.tolist(), hits.dense.tolist()))
    feats[:, 0] = index.sentence_vectors.reconstruct_batch(ids) @ q.vector
    feats[:, 1] = [dense[pid] for pid in index.sentence_passage[ids].tolist()]
    # The sentence before is its context: "Today, this is known as the Miasma theory." answers "What
    # is the bad air theory known as?" after "… was caused by bad air". Across a paragraph break (in
    # news, often a new quote or a new point) it lends half as much.
    before = np.maximum(ids - 1, 0)
    same_article = (ids > 0) & (index.sentence_article[before] == index.sentence_article[ids])
    same_paragraph = index.sentence_paragraph[before] == index.sentence_paragraph[ids]
    lends = np.where(same_article, np.where(same_paragraph, 1.0, CONTEXT_ACROSS_PARAGRAPHS), 0.0)
    held = np.zeros(len(cand))
    context = np.zeros(len(cand))
    for t, w in weights.items():  # the order and sums of ``cover``, for all candidates at once
        has = index.sentence_bm25.holds(t, ids)
        had = index.sentence_bm25.holds(t, before)
        for other in sorted(q.alike.get(t, ())):
            has |= index.sentence_bm25.holds(other, ids)
            had |= index.sentence_bm25.holds(other, before)
        held += w * has
        context += w * lends * (had & ~has)
    feats[:, 2] = held / total
    feats[:, _W["context_cover"]] = context / total
    feats[:, -2] = min(len(q.unknown_names), 2) / 2
    if q.kind:
        feats[:, 8] = [type_match(q, index.sentence_text(si)) for si in cand]
    if q.role:  # the role stands next to a name in a sentence that says whose role it is
        role = q.role[0]
        feats[:, _W["role_name"]] = [role_by_name(role, index.sentence_text(si)) if _says_whose(index, q, si) else 0.0 for si in cand]
    if q.counted:
        feats[:, _W["counted"]] = [number_before(q.counted, index.sentence_text(si)) for si in cand]
    verb = WHO_VERB.match(q.text)
    if verb:
        terms = frozenset(tokenize(verb.group(1)))
        feats[:, _W["agent"]] = [agent_after(terms, index.sentence_text(si)) for si in cand]
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
    if quote is not None and all(t & set(tokenize(quote.speaker)) for t in owner):
        return True
    # "its Paris lawyer, Emmanuel Gaillard" after a sentence naming the owner ("Menatep said …")
    before = si - 1
    return (
        before >= 0
        and index.sentence_article[before] == index.sentence_article[si]
        and index.sentences[before].paragraph == s.paragraph
        and all(t & set(index.sentence_bm25.tokens(before)) for t in owner)
        and _possessed_role(q.role[0]).search(index.sentence_text(si)) is not None
    )


@lru_cache(maxsize=256)
def _possessed_role(role: str) -> re.Pattern:
    """The role (or a word news uses for it) after "its", "his", "her" or "their", up to two words
    between ("its Paris lawyer")."""
    return re.compile(rf"\b(?:its|his|her|their)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_role_forms(role)})\b", re.I)


def _more_features(index: Index, q: Question, cand: list[int], feats: np.ndarray, cover) -> None:
    """The columns no hand-set weight uses, tried by the fitting script."""
    weights = {t: index.sentence_bm25.idf(t) for t in set(q.tokens)}
    total = sum(weights.values()) or 1.0
    q_pairs = set(zip(q.tokens, q.tokens[1:]))
    q_numbers = set(re.findall(r"\d[\d,.]*", q.text))
    q_names = {w for w in capitalised_names(q.text) if w.lower() not in QUESTION_WORDS}
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


# Hand-set weights, one per feature. Ranking: meaning, shared words (and, at 0.3 of their weight,
# the ones only the sentence before holds; half that across a paragraph break), answer type,
# speaker, a role next to a name, the doer after "by" and, lightly, a number before the thing
# counted.
# Confidence: mostly meaning, less shared words, a little for the role asked about next to a name
# in a sentence saying whose and for the words of the speaker the question asks for (less for
# someone else's), and each name or number of the question that no article contains (up
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
    ("speaker", 0.1, 0.05),
    ("role_name", 0.2, 0.1),
    ("counted", 0.05, 0.0),
    ("agent", 0.2, 0.0),
    ("context_cover", 0.15, 0.0),
    ("unknown_names", 0.0, -0.2),
):
    RANK_WEIGHTS[_W[_name]], CONFIDENCE[_W[_name]] = _rank, _conf


def _span(index: Index, best: int, confidence: float, scored: dict[int, float]) -> Span:
    """The best sentence, joined with its neighbour in the paragraph when the answer needs it:
    the sentence leans on the one before ("That means ..."), or the next ranks nearly as well."""
    s = index.sentences[best]
    art = index.articles[index.sentence_article[best]]
    start, end = s.start, s.end
    prev_i, next_i = best - 1, best + 1
    same = lambda i: 0 <= i < len(index.sentences) and index.sentence_article[i] == index.sentence_article[best] and index.sentences[i].paragraph == s.paragraph
    # (a quote opening on "This …" leans on the speaker's own words, not on narration before it
    # that quotes nobody: "It has assets of $96bn. “This deal employs …,” said …")
    narration_before = same(prev_i) and art.text[start] in "“\"" and not re.search(r"[“”\"]", art.text[index.sentences[prev_i].start : start])
    if same(prev_i) and _ANAPHOR.match(art.text[start:end]) and not narration_before:
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
    sentence = index.sentences[i]
    # The quote is the answer sentence's, not that of a neighbour joined to it for context.
    quote = _quote_at(passage, sentence.start, sentence.end)
    return Span(art.text[start:end], art.id, art.title, sentence.paragraph, start, end, float(confidence), quote)


def _quote_at(passage: Passage, start: int, end: int) -> Quote | None:
    """The quote that overlaps [start, end) the most, if any."""
    best, overlap = None, 0
    for q in passage.quotes:
        o = min(end, q.end) - max(start, q.start)
        if o > overlap:
            best, overlap = q, o
    return best
