"""Paragraph and sentence boundaries, as character offsets into an article's text.

Sentence splitting is rule-based and tuned to news prose: a sentence ends at ``.``, ``!`` or ``?``
(with any closing quotation marks or brackets after it) when the next word opens a new sentence,
i.e. starts with a capital, a digit or an opening quotation mark, and the word before the stop is
not an abbreviation ("Mr.", "U.S.", "Jan.") or an initial ("J. Smith").

>>> text = 'Mr. Smith said: “We will win.” He left. “Why?” she asked.'
>>> [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
['Mr. Smith said: “We will win.”', 'He left.', '“Why?” she asked.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_QUOTES = "“‘\"'«"
CLOSE_QUOTES = "”’\"'»"

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_STOP = re.compile(r"[.!?…]+[”’\"')\]»]*(?=\s)")
_NEXT_STARTS_SENTENCE = re.compile(r"\s+[(\[“‘\"'«]*[A-Z0-9À-ÖØ-Þ]")
_ABBREVIATIONS = frozenset(
    """mr mrs ms messrs dr prof sr jr st gen gov sen rep lt col sgt capt maj cmdr adm rev hon fr
    nos vs v etc inc ltd co corp bros jan feb mar apr jun jul aug sep sept oct nov dec
    mt ft dept est fig approx al ave blvd pres supt insp det cllr""".split()
)


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based within the article body
    start: int
    end: int


def paragraph_spans(text: str, body_start: int = 0) -> list[Paragraph]:
    """Paragraphs of ``text[body_start:]``, split on blank lines and trimmed of white space.

    A body with no blank line but several lines is taken as one paragraph per line (a common
    plain-text export)."""
    body_end = len(text)
    blocks: list[tuple[int, int]] = []
    pos = body_start
    for m in _BLANK_LINES.finditer(text, body_start):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, body_end))
    blocks = [(s, e) for s, e in blocks if text[s:e].strip()]
    if len(blocks) == 1:
        body_start, body_end = blocks[0]
        lines, pos = [], body_start
        for m in re.finditer(r"\n", text[body_start:body_end]):
            lines.append((pos, body_start + m.start()))
            pos = body_start + m.end()
        lines.append((pos, body_end))
        blocks = lines
    out: list[Paragraph] = []
    for s, e in blocks:
        s, e = _trim(text, s, e)
        if s < e:
            out.append(Paragraph(len(out) + 1, s, e))
    return out


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` (one paragraph), trimmed, covering every non-blank char."""
    spans: list[tuple[int, int]] = []
    pos = start
    segment = text[:end]
    for m in _STOP.finditer(segment, start):
        if not _NEXT_STARTS_SENTENCE.match(segment, m.end()):
            continue
        if m.group().startswith(".") and is_abbreviation(text, m.start(), start):
            continue
        spans.append((pos, m.end()))
        pos = m.end()
    spans.append((pos, end))
    out = []
    for s, e in spans:
        s, e = _trim(text, s, e)
        if s < e:
            out.append((s, e))
    return out


def is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """True if the ``.`` at ``dot`` closes an abbreviation or an initial, not a sentence."""
    i = dot
    while i > floor and not text[i - 1].isspace() and text[i - 1] not in "(“‘\"'[":
        i -= 1
    word = text[i:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. K. Rowling"
        return True
    if word.lower() == "no":  # "No. 10" is a number; "he said no. The" ends a sentence
        return bool(re.match(r"\.\s+\d", text[dot : dot + 4]))
    if "." in word and all(len(part) <= 2 for part in word.split(".")):  # "U.S", "e.g", "a.m"
        return word[-1].isupper() or word.lower() in {"e.g", "i.e"}
    if len(word) > 1 and word.isupper() and word.isalpha():
        return False  # "patients with MS. Final …", "…, sources tell the FT. But …": an acronym ends the sentence
    return word.lower() in _ABBREVIATIONS


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def words(text: str) -> list[str]:
    return re.findall(r"\w+(?:[’'-]\w+)*", text)
