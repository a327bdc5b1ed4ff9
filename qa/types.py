"""Result types. Frozen dataclasses whose ``to_dict()`` is the JSON contract every interface shares.

Offsets (``start``, ``end``) are character offsets into the article file's whole decoded text
(``\\r\\n`` folded to ``\\n``, title lines included), so ``file_text[start:end] == text`` always.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

# Double quotation marks of any style (single ones are apostrophes too): text holding one shows
# its own quoting.
_QUOTE_MARK = re.compile(r"[“”„\"«»]")

QuoteKind = Literal["block", "direct", "reported"]


@dataclass(frozen=True)
class Quote:
    """Words the article attributes to someone.

    ``speaker`` is the canonical name as the article first gives it in full ("Antony Blinken"),
    ``role`` the title or description it gives a person ("US Secretary of State", "chief economist
    at Kelso Bank") or None, ``cue`` the attributing words ("said Blinken"). ``kind`` is "block" (a
    paragraph of speech with its speaker on the line after it), "direct" (inside quotation marks)
    or "reported" ("X said that ...").
    """

    text: str
    speaker: str
    role: str | None
    kind: QuoteKind
    cue: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Passage:
    """A run of whole paragraphs of one article, with the quotes that lie in it.

    ``paragraphs`` are 1-based paragraph numbers of the article body. ``score`` is the retrieval
    score when the passage comes back from a search, 0.0 in the index itself.
    """

    article: str
    title: str
    paragraphs: tuple[int, ...]
    start: int
    end: int
    text: str
    quotes: tuple[Quote, ...] = ()
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "title": self.title,
            "paragraphs": list(self.paragraphs),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": round(float(self.score), 4),
            "quotes": [q.to_dict() for q in self.quotes],
        }


@dataclass(frozen=True)
class Span:
    """The extracted answer: one sentence (or two adjacent ones) of an article, verbatim.

    ``quote`` is the quote the text lies in, or None when it is the article's own narration.
    """

    text: str
    article: str
    title: str
    paragraph: int
    start: int
    end: int
    score: float
    quote: Quote | None = None

    def shown(self) -> str:
        """The text as the chat page and the CLI show it: someone's own words (a block or direct
        quote) in quotation marks when the text carries none of its own (a block quote's paragraph, a
        middle sentence of a long quote); narration, reported speech and text with its own marks as
        they stand, so no words look quoted that the article does not quote."""
        if self.quote is not None and self.quote.kind in {"block", "direct"} and not _QUOTE_MARK.search(self.text):
            return f"“{self.text}”"
        return self.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "article": self.article,
            "title": self.title,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "score": round(float(self.score), 4),
            "quote": self.quote.to_dict() if self.quote else None,
        }


@dataclass(frozen=True)
class Answer:
    """What ``ask`` returns. ``found`` is False (and ``answer`` None) when the articles do not say;
    ``passages`` then still holds the nearest text."""

    question: str
    found: bool
    answer: Span | None
    passages: tuple[Passage, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "found": self.found,
            "answer": self.answer.to_dict() if self.answer else None,
            "passages": [p.to_dict() for p in self.passages],
        }
