"""Cut an article into passages (runs of whole paragraphs) and answer-candidate sentences.

A passage is one paragraph, except that a block quote and the line naming its speaker always stay
together, and a quote that runs over several paragraphs stays together while it fits
``max_chars``. A paragraph longer than ``max_chars`` is split between sentences. Offsets index the
article's whole text, so ``article.text[p.start:p.end] == p.text`` for every passage.
"""

from __future__ import annotations

from dataclasses import dataclass

from .corpus import Article
from .quotes import QuoteAnalysis, analyze
from .text import Paragraph, sentence_spans
from .types import Passage

MAX_PASSAGE_CHARS = 1200


@dataclass(frozen=True)
class Sentence:
    """An answer candidate: one sentence of a passage. Attribution lines are never candidates."""

    start: int
    end: int
    paragraph: int
    passage: int  # index into the article's passages


@dataclass(frozen=True)
class Chunks:
    passages: list[Passage]
    sentences: list[Sentence]
    people: list[str]


def chunk(article: Article, analysis: QuoteAnalysis | None = None, max_chars: int = MAX_PASSAGE_CHARS) -> Chunks:
    analysis = analysis or analyze(article)
    text = article.text
    paragraphs = analysis.paragraphs
    attribution_of = {line: quote for quote, line in analysis.attribution_lines.items()}
    chains = _quote_chains(text, paragraphs)

    # Group paragraph indexes into units that must not be split, then units into passages.
    groups: list[list[Paragraph]] = []
    for para in paragraphs:
        if groups and para.number in attribution_of:
            groups[-1].append(para)  # the speaker line belongs with its quote, whatever the size
        elif groups and para.number in chains and para.end - groups[-1][0].start <= max_chars:
            groups[-1].append(para)
        else:
            groups.append([para])

    passages: list[Passage] = []
    sentences: list[Sentence] = []
    for group in groups:
        pieces = _split_long(text, group, max_chars, analysis.quotes)
        for start, end, paras in pieces:
            idx = len(passages)
            quotes = tuple(q for q in analysis.quotes if q.start < end and q.end > start)
            numbers = tuple(p.number for p in paras)
            passages.append(Passage(article.id, article.title, numbers, start, end, text[start:end], quotes))
            for p in paras:
                if p.number in attribution_of:
                    continue
                for s, e in sentence_spans(text, max(p.start, start), min(p.end, end)):
                    sentences.append(Sentence(s, e, p.number, idx))
    return Chunks(passages, sentences, analysis.people)


def _quote_chains(text: str, paragraphs: list[Paragraph]) -> set[int]:
    """Numbers of paragraphs that continue a quote left open by the paragraph before them."""
    out: set[int] = set()
    for prev, para in zip(paragraphs, paragraphs[1:]):
        body = text[prev.start : prev.end]
        opens = body.count("“") + _straight_opens(body)
        closes = body.count("”") + (body.count('"') - _straight_opens(body))
        if opens > closes and text[para.start] in "“\"":
            out.add(para.number)
    return out


def _straight_opens(body: str) -> int:
    return sum(1 for i, c in enumerate(body) if c == '"' and (i == 0 or body[i - 1].isspace()))


def _split_long(text: str, group: list[Paragraph], max_chars: int, quotes) -> list[tuple[int, int, list[Paragraph]]]:
    """A paragraph over ``max_chars`` is cut between sentences, never inside a quote."""
    start, end = group[0].start, group[-1].end
    if end - start <= max_chars or len(group) > 1:
        return [(start, end, group)]
    para = group[0]
    pieces: list[tuple[int, int, list[Paragraph]]] = []
    cur_s = cur_e = None
    for s, e in sentence_spans(text, para.start, para.end):
        if cur_s is not None and e - cur_s > max_chars and not any(q.start < s < q.end for q in quotes):
            pieces.append((cur_s, cur_e, [para]))
            cur_s = None
        if cur_s is None:
            cur_s = s
        cur_e = e
    pieces.append((cur_s, cur_e, [para]))
    return pieces
