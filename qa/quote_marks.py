"""Quotation marks and sentences of one paragraph, with each quote kept whole."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .quote_clauses import has_verb, n_words
from .quote_patterns import CLOSE, OPEN, VERB
from .text import Paragraph, is_abbreviation


@dataclass(frozen=True)
class Mark:
    """Words inside one pair of double quotation marks: ``start``/``end`` is the inside,
    ``closed`` is False when the quote runs on with no closing mark (multi-paragraph convention)."""

    start: int
    end: int
    closed: bool

    @property
    def outer_end(self) -> int:
        return self.end + 1 if self.closed else self.end


# Two apostrophes typed for a double quotation mark: "''We gave him a chance,'' said Tom Hale." One opens a
# quote after a space (or a line's start) right before its words, one closes it right after them (the
# multi-paragraph convention may leave a quote open: "''It was great. ''We won.''"); an article with no
# opening pair keeps its apostrophes ("5'' 10", inches).
_OPENING_APOSTROPHES = re.compile(r"(?<![\w'’])''(?=[A-Za-z0-9‘“\"(])")
_CLOSING_APOSTROPHES = re.compile(r"(?<=[^\s'’])''(?![\w'’])")


def double_apostrophes(text: str) -> str:
    """``text`` with each pair of doubled apostrophes used as a quotation mark written as a double
    quotation mark and a space outside the quote (the same length, so every offset stays put):
    ``''We won,'' he said`` reads as `` "We won,"  he said``."""
    if not _OPENING_APOSTROPHES.search(text):
        return text
    text = _OPENING_APOSTROPHES.sub(' "', text)
    return _CLOSING_APOSTROPHES.sub('" ', text)


def paragraph_quote_marks(text: str, para: Paragraph) -> list[Mark]:
    """Spans inside double quotation marks in one paragraph. A quote still open when the next one
    opens, or at the paragraph's end, ends there unclosed (the multi-paragraph convention, also when
    its paragraphs are run together on one line). A short quoted word inside an open quote
    ('going to "fake" an injury') is nested and stays part of it."""
    marks: list[Mark] = []
    opened: int | None = None
    i = para.start
    while i < para.end:
        c = text[i]
        if c == '"':
            before = text[i - 1] if i > para.start else " "
            after = text[i + 1] if i + 1 < para.end else " "
            if before.isspace() or before in "([{—–-/" or i == para.start:
                kind = "open" if not after.isspace() or opened is None else "close"
            elif after.isspace() or after in ".,;:!?)]}—–-’'" or i + 1 == para.end:
                kind = "close"
            else:
                kind = "close" if opened is not None else "open"
            if kind == "open" and opened is not None:
                nxt = text.find('"', i + 1, para.end)
                inner = text[i + 1 : nxt] if nxt != -1 else ""
                if nxt != -1 and n_words(inner) <= 4 and not re.search(r"[.!?]", inner) and re.match(r"\s*[a-z]", text[nxt + 1 : nxt + 4]):
                    i = nxt + 1  # nested: skip the inner pair
                    continue
        elif c in OPEN:
            kind = "open"
        elif c in CLOSE:
            kind = "close"
        else:
            i += 1
            continue
        if kind == "open" and opened is None:
            # A nickname inside a name (Antonio "LA" Reid) is no quote.
            nick = re.match(r"[\"“]([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)[\"”]\s+[A-Z]", text[i : i + 40])
            if nick and re.search(r"[A-Z][\w’'-]+\s$", text[max(para.start, i - 30) : i]):
                i += len(nick.group(1)) + 2
                continue
        if kind == "open":
            if opened is not None:
                end = i
                while end > opened and text[end - 1].isspace():
                    end -= 1
                if end > opened:
                    marks.append(Mark(opened, end, False))
            opened = i + 1
        elif opened is not None:
            marks.append(Mark(opened, i, True))
            opened = None
        i += 1
    if opened is not None and para.end - opened > 1:
        marks.append(Mark(opened, para.end, False))
    return [m for m in marks if text[m.start : m.end].strip()]


# (a stop inside single quotation marks or brackets ends the sentence with them: "… in search of
# 'peace.' Anyone who …" is two sentences)
_STOP = re.compile(r"[.!?…]+[’')\]]*(?=\s+[(\[“‘\"'«A-Z0-9])")


def paragraph_sentences(text: str, para: Paragraph, marks: list[Mark]) -> list[tuple[int, int]]:
    """Sentences of a paragraph with each quote kept whole: a stop inside quotation marks ends the
    sentence only when the quote ends there and no cue ("…?” she asked) follows it."""
    bounds: list[int] = []
    starts = [m.start - 1 for m in marks]  # marks are in order and do not overlap
    for m in _STOP.finditer(text, para.start, para.end):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < marks[k].outer_end:
            continue
        if m.group().startswith(".") and is_abbreviation(text, m.start(), para.start):
            continue
        bounds.append(m.end())
    for mk in marks:
        if not mk.closed:
            if mk.end < para.end:
                bounds.append(mk.end)
            continue
        inner = text[mk.start : mk.end].rstrip("’' ")
        after = text[mk.outer_end : para.end]
        if inner[-1:] in ".!?" and re.match(r"\s+[“\"A-Z0-9]", after):
            cue = re.match(r"\s+([^.!?“”\":]{0,80})(?:[.!?,]|$)", after)
            introduced = text[para.start : mk.start - 1].rstrip().endswith(":")  # "X told him: “…”" has its cue
            if cue and not re.match(r"\s+[“\"]", after) and not introduced and _closing_cue(cue.group(1)):
                continue
            bounds.append(mk.outer_end)
    out: list[tuple[int, int]] = []
    pos = para.start
    for b in sorted(set(bounds)):
        if pos < b <= para.end:
            out.append((pos, b))
            pos = b
    out.append((pos, para.end))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def _closing_cue(words: str) -> bool:
    """Is ``words`` (after “…?”) the cue that closes the quote ("Mr Smith asked", "asked opposition
    leader Mark Olsen") rather than a new sentence ("The council said it was investigating")?"""
    v = VERB.search(words)
    if v is None or n_words(words) > 10:
        return False
    rest = words[v.end() :]
    if has_verb(rest):
        return False
    return n_words(rest) <= (7 if not words[: v.start()].strip() else 4)
