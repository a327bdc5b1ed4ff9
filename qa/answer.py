"""Pick the answer: the sentence (or two adjacent ones) of the retrieved passages that best answers
the question, verbatim, and decide honestly when the articles do not answer it.

Each candidate sentence gets a score from a few interpretable features:
its dense cosine to the question, the cosine of its passage, how much of the question's (IDF-weighted)
vocabulary it and its passage contain, whether it holds the kind of thing asked for (a date for
"when", a number for "how many", a name for "who"), and whether it is a quote by the speaker the
question names. The answer is declined when the question names something the article never
mentions, or when even the best sentence scores below ``min_score``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from .index import Index
from .lexical import tokenize
from .search import Retrieved, search_passages
from .speakers import CAP_RUN
from .types import Answer, Passage, Quote, Span

W_SENTENCE, W_PASSAGE, W_COVER_S, W_COVER_P, W_TYPE, W_SPEAKER = 0.50, 0.15, 0.30, 0.10, 0.05, 0.10
_ANAPHOR = re.compile(r"^[“\"]?(?:That|This|These|Those|It|They|Such|He|She|But|And|So)\b")
_DATE = re.compile(
    r"\b(?:\d{4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|yesterday|today|tomorrow|"
    r"week|month|year|decade|century)\b"
)
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|dozen)\b", re.I)
_QUESTION_WORDS = {"who", "whom", "whose", "what", "when", "where", "why", "how", "which", "did", "does", "do", "is", "are", "was", "were", "can", "will", "would", "should"}


@dataclass(frozen=True)
class Question:
    text: str
    vector: np.ndarray
    tokens: list[str]
    kind: str  # "who", "when", "number" or ""
    speaker: str | None  # a speaker of the corpus the question names
    unknown_names: list[str]  # names or numbers in the question that no article contains


def analyse_question(index: Index, text: str, vector: np.ndarray) -> Question:
    low = text.lower()
    kind = ""
    if re.match(r"\s*(?:who|whom|whose)\b", low):
        kind = "who"
    elif re.match(r"\s*(?:when|what (?:year|day|date|time))\b", low):
        kind = "when"
    elif re.search(r"\bhow (?:many|much|long|often|old)\b", low):
        kind = "number"
    speakers = index.speaker_aliases()
    speaker = next((canon for alias, canon in speakers.items() if re.search(rf"\b{re.escape(alias)}\b", low)), None)
    return Question(text, vector, tokenize(text), kind, speaker, _unknown_names(index, text))


def _unknown_names(index: Index, text: str) -> list[str]:
    """Capitalised words (not the first word) and numbers of the question that no article holds."""
    words = re.findall(r"[\w’'-]+", text)
    out = []
    for i, w in enumerate(words):
        proper = i > 0 and w[0].isupper() and w.lower() not in _QUESTION_WORDS
        if (proper or any(c.isdigit() for c in w)) and not index.mentions(w):
            out.append(w)
    return out


def answer(index: Index, q: Question, k: int, n_candidates: int, min_score: float) -> Answer:
    found_passages = search_passages(index, q.vector, q.tokens, n_candidates)
    if not len(found_passages.ids):
        return Answer(q.text, False, None, ())
    scored = _score_sentences(index, q, found_passages)
    best_i, best_score = max(scored.items(), key=lambda kv: kv[1]) if scored else (None, 0.0)
    found = best_i is not None and best_score >= min_score and not q.unknown_names
    passage_rank = dict(zip(found_passages.ids.tolist(), found_passages.fused.tolist()))
    span = None
    if found:
        span = _span(index, best_i, best_score, scored)
        # The passage holding the answer leads the list.
        passage_rank[index.passage_id(best_i)] = max(passage_rank.values()) + 1e-6
    top = sorted(passage_rank, key=lambda pid: -passage_rank[pid])[:k]
    fused = dict(zip(found_passages.ids.tolist(), found_passages.fused.tolist()))
    passages = tuple(replace(index.passages[pid], score=float(fused[pid])) for pid in top)
    return Answer(q.text, found, span, passages)


def _score_sentences(index: Index, q: Question, hits: Retrieved) -> dict[int, float]:
    weights = {t: index.sentence_bm25.idf(t) for t in set(q.tokens)}
    total = sum(weights.values()) or 1.0
    pos = {int(pid): i for i, pid in enumerate(hits.ids)}
    cand = [i for i in index.sentences_of(hits.ids)]
    if not cand:
        return {}
    vecs = index.sentence_vectors.reconstruct_batch(np.asarray(cand, dtype=np.int64))
    cos = vecs @ q.vector
    out: dict[int, float] = {}
    for j, si in enumerate(cand):
        pid = index.passage_id(si)
        stoks = set(index.sentence_bm25.tokens(si))
        ptoks = set(index.passage_bm25.tokens(pid))
        cover_s = sum(w for t, w in weights.items() if t in stoks) / total
        cover_p = sum(w for t, w in weights.items() if t in ptoks) / total
        text = index.sentence_text(si)
        score = (
            W_SENTENCE * float(cos[j])
            + W_PASSAGE * float(hits.dense[pos[pid]])
            + W_COVER_S * cover_s
            + W_COVER_P * cover_p
            + W_TYPE * _type_match(q, text)
        )
        if q.speaker:
            quote = _quote_at(index.passages[pid], index.sentences[si].start, index.sentences[si].end)
            if quote is not None:
                score += W_SPEAKER if quote.speaker == q.speaker else -W_SPEAKER / 2
        out[si] = score
    return out


def _type_match(q: Question, text: str) -> float:
    if q.kind == "when":
        return float(bool(_DATE.search(text)))
    if q.kind == "number":
        return float(bool(_NUMBER.search(text)))
    if q.kind == "who":
        return float(any(len(m.group().split()) >= 2 or m.start() > 0 for m in CAP_RUN.finditer(text)))
    return 0.0


def _span(index: Index, best: int, score: float, scored: dict[int, float]) -> Span:
    """The best sentence, joined with its neighbour in the paragraph when the answer needs it:
    the sentence leans on the one before ("That means ..."), or the next scores nearly as well."""
    s = index.sentences[best]
    art = index.articles[index.sentence_article[best]]
    start, end = s.start, s.end
    prev_i, next_i = best - 1, best + 1
    same = lambda i: 0 <= i < len(index.sentences) and index.sentence_article[i] == index.sentence_article[best] and index.sentences[i].paragraph == s.paragraph
    if same(prev_i) and _ANAPHOR.match(art.text[start:end]):
        start = index.sentences[prev_i].start
    elif same(next_i) and scored.get(next_i, 0.0) >= 0.97 * score:
        end = index.sentences[next_i].end
    passage = index.passages[index.passage_id(best)]
    return Span(art.text[start:end], art.id, art.title, s.paragraph, start, end, float(score), _quote_at(passage, start, end))


def _quote_at(passage: Passage, start: int, end: int) -> Quote | None:
    """The quote that overlaps [start, end) the most, if any."""
    best, overlap = None, 0
    for q in passage.quotes:
        o = min(end, q.end) - max(start, q.start)
        if o > overlap:
            best, overlap = q, o
    return best
