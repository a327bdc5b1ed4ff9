"""Helpers for the quote-attribution tests: analyse a short composed article and look its quotes up
by the words they hold."""

from __future__ import annotations

from qa.corpus import Article, split_title
from qa.quotes import analyze
from qa.types import Quote


def quotes_of(body: str, headline: str = "Town hall row deepens") -> list[Quote]:
    """The quotes of an article made of ``headline`` and ``body``; each one's text is checked to be
    the exact slice of the article its offsets name."""
    text = f"{headline}\n\n{body.strip()}\n"
    title, start = split_title(text, "test")
    quotes = analyze(Article("test", title, text, None, start, "")).quotes
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return quotes


def find(quotes: list[Quote], words: str) -> Quote:
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote holds {words!r}: {[(q.speaker, q.text) for q in quotes]}"
    return hits[0]


def speaker(quotes: list[Quote], words: str) -> str:
    return find(quotes, words).speaker


def not_quoted(quotes: list[Quote], words: str) -> bool:
    return not any(words in q.text for q in quotes)
