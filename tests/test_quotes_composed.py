"""Quote attribution on composed articles in ``tests/data/quote_articles/``.

Each ``NAME.txt`` (headline, blank line, paragraphs) has a ``NAME.expected.json``::

    {"quotes": [{"contains": "...", "speaker": "Full Name", "kind": "block|direct|reported",
                 "role": "optional", "patterns": ["direct-interrupted", ...]}],
     "not_quotes": ["words that no detected quote may overlap"]}

A quote is found when some detected quote's text contains ``contains`` and agrees with it. The
per-quote tests check everything given; the per-pattern tests (ids are the pattern names below)
check only what that rule decides, so a failure names the rule that broke.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "quote_articles"
NAMES = sorted(p.stem for p in DATA.glob("*.txt"))
KINDS = {"block", "direct", "reported"}
QUOTE_MARKS = "“”\""

# pattern -> (what the rule is, which fields of an expected quote it decides)
PATTERNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "block-speaker-line-title-name": ("paragraph of speech, then a line 'Title Full Name'", ("kind", "speaker")),
    "block-speaker-line-name-role": ("paragraph of speech, then a line 'Full Name, Title'", ("kind", "speaker")),
    "direct-curly-cue-before": ("X said: “...”", ("kind",)),
    "direct-curly-cue-after-said-name": ("“...,” said X.", ("kind",)),
    "direct-curly-cue-after-name-said": ("“...,” X said.", ("kind",)),
    "direct-straight-cue-before": ('X said: "..."', ("kind",)),
    "direct-straight-cue-after": ('"...," X said. / "...," said X.', ("kind",)),
    "direct-interrupted": ("“A,” she said. “B.” gives both parts to one speaker", ("kind", "speaker")),
    "multi-paragraph": ("opening mark on each paragraph, closing mark only on the last", ("kind", "speaker")),
    "fragment-in-narration": ("X said the plan was “a careful first step” is reported", ("kind", "speaker")),
    "reported-said-that": ("X said that ... without quotation marks", ("kind", "speaker")),
    "reported-according-to": ("according to X, ...", ("kind", "speaker")),
    "speaker-full-name": ("the cue names the speaker in full", ("speaker",)),
    "speaker-surname": ("the cue gives only the surname", ("speaker",)),
    "speaker-title-name": ("the cue gives title plus name ('Mayor Daniel Ortiz')", ("speaker",)),
    "speaker-role-nominal": ("'the finance minister said' resolves to the person with that role", ("speaker",)),
    "speaker-role-description": ("'the city's top official confirmed' resolves to the mayor", ("speaker",)),
    "speaker-pronoun": ("'she said' / 'he added' resolves to the person just mentioned", ("speaker",)),
    "speaker-pronoun-skips-nearest-person": (
        "a pronoun skips a nearer person of the other gender",
        ("speaker",),
    ),
    "role": ("the speaker's role is the title the article first gives", ("role",)),
}
# not_quotes phrases, sorted by whether quotation marks wrap them in the article
NOT_SPEECH = {
    "scare-quotes": "words in quotation marks that nobody says (the so-called “Green Deal”)",
    "narration": "the article's own sentences and attribution lines",
}


@dataclass(frozen=True)
class Expected:
    article: str
    contains: str
    speaker: str
    kind: str
    role: str | None
    patterns: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{self.article}:{self.contains[:40]}"


@functools.cache
def expected(name: str) -> dict:
    return json.loads((DATA / f"{name}.expected.json").read_text(encoding="utf-8"))


@functools.cache
def file_text(name: str) -> str:
    return (DATA / f"{name}.txt").read_bytes().decode("utf-8").replace("\r\n", "\n")


def expected_quotes() -> list[Expected]:
    return [
        Expected(name, q["contains"], q["speaker"], q["kind"], q.get("role"), tuple(q.get("patterns", ())))
        for name in NAMES
        for q in expected(name)["quotes"]
    ]


def not_quotes() -> list[tuple[str, str, str]]:
    """(article, phrase, "scare-quotes" | "narration") for every not_quotes phrase."""
    out = []
    for name in NAMES:
        text = file_text(name)
        for phrase in expected(name)["not_quotes"]:
            wrapped = any(
                m.start() > 0 and text[m.start() - 1] in QUOTE_MARKS and text[m.end() : m.end() + 1] in QUOTE_MARKS
                for m in re.finditer(re.escape(phrase), text)
            )
            out.append((name, phrase, "scare-quotes" if wrapped else "narration"))
    return out


@functools.cache
def detect(name: str):
    """(article, quotes) from the engine, once per article."""
    from qa.corpus import read_article
    from qa.quotes import find_quotes

    article = read_article(DATA / f"{name}.txt")
    return article, tuple(find_quotes(article))


def show(q) -> str:
    role = f", role={q.role!r}" if q.role else ""
    return f"[{q.kind}] {q.speaker!r}{role} cue={q.cue!r}: {q.text!r}"


def problem(exp: Expected, fields: tuple[str, ...]) -> str | None:
    """Why no detected quote satisfies ``exp`` on ``fields``, or None when one does."""
    _, quotes = detect(exp.article)
    candidates = [q for q in quotes if exp.contains in q.text]
    if not candidates:
        listing = "\n    ".join(show(q) for q in quotes) or "(none)"
        return f"{exp.id}: no detected quote contains {exp.contains!r}; detected:\n    {listing}"
    want = {"speaker": exp.speaker, "kind": exp.kind, "role": exp.role}
    wanted = [f for f in fields if want[f] is not None]
    if any(all(getattr(q, f) == want[f] for f in wanted) for q in candidates):
        return None
    expect = ", ".join(f"{f}={want[f]!r}" for f in wanted)
    listing = "\n    ".join(show(q) for q in candidates)
    return f"{exp.id}: expected {expect}; quotes containing it:\n    {listing}"


def overlapping(name: str, phrase: str) -> list:
    article, quotes = detect(name)
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), article.text)]
    return [q for q in quotes if any(q.start < e and s < q.end for s, e in spans)]


# --- the fixtures themselves (no engine needed) ---------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_fixture_is_consistent(name):
    text = file_text(name)
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", "headline line, then a blank line"
    assert "\n\n\n" not in text, "paragraphs are separated by exactly one blank line"
    data = expected(name)
    assert set(data) == {"quotes", "not_quotes"}
    for q in data["quotes"]:
        assert text.count(q["contains"]) == 1, f"'contains' must occur once verbatim: {q['contains']!r}"
        assert q["kind"] in KINDS, q
        assert q["speaker"] in text, f"speaker must be named in full in the article: {q['speaker']!r}"
        if "role" in q:
            assert q["role"] in text, f"role must be verbatim: {q['role']!r}"
        assert set(q["patterns"]) <= set(PATTERNS), set(q["patterns"]) - set(PATTERNS)
    for phrase in data["not_quotes"]:
        assert phrase in text, f"not_quotes phrase not in the article: {phrase!r}"
        assert not any(phrase in q["contains"] or q["contains"] in phrase for q in data["quotes"]), phrase


def test_every_pattern_has_cases():
    used = {p for e in expected_quotes() for p in e.patterns}
    assert set(PATTERNS) - used == set()
    assert {kind for _, _, kind in not_quotes()} == set(NOT_SPEECH)
    assert len(NAMES) >= 6



# Cases the rules do not handle yet. Strict: a case that starts passing fails here until it is
# taken off the list.
KNOWN_GAPS: set[str] = set()


def _gap(case_id: str):
    return pytest.mark.xfail(case_id in KNOWN_GAPS, reason="known attribution gap", strict=True)


# --- the engine -----------------------------------------------------------------------------------


@pytest.mark.parametrize("exp", [pytest.param(e, id=e.id, marks=_gap(e.id)) for e in expected_quotes()])
def test_expected_quote(exp):
    """Found, with the right speaker and kind (and role when the fixture gives one)."""
    issue = problem(exp, ("speaker", "kind", "role"))
    assert issue is None, issue


@pytest.mark.parametrize("pattern", [pytest.param(p, id=p, marks=_gap(p)) for p in sorted(PATTERNS)])
def test_pattern(pattern):
    rule, fields = PATTERNS[pattern]
    cases = [e for e in expected_quotes() if pattern in e.patterns]
    issues = [issue for e in cases if (issue := problem(e, fields))]
    assert not issues, f"rule broken: {rule}\n" + "\n".join(issues)


@pytest.mark.parametrize("kind", sorted(NOT_SPEECH))
def test_not_speech(kind):
    issues = [
        f"{name}: {phrase!r} lies inside " + "; ".join(show(q) for q in hits)
        for name, phrase, k in not_quotes()
        if k == kind and (hits := overlapping(name, phrase))
    ]
    assert not issues, f"rule broken: {NOT_SPEECH[kind]} are not quotes\n" + "\n".join(issues)


@pytest.mark.parametrize(
    "name,phrase", [(n, p) for n, p, _ in not_quotes()], ids=[f"{n}:{p[:40]}" for n, p, _ in not_quotes()]
)
def test_no_quote_overlaps(name, phrase):
    hits = overlapping(name, phrase)
    assert not hits, f"{phrase!r} must not be inside a quote: " + "; ".join(show(q) for q in hits)


@pytest.mark.parametrize("name", NAMES)
def test_quote_offsets(name):
    article, quotes = detect(name)
    assert article.text == file_text(name), "Article.text is the whole decoded file"
    assert quotes, "the article has quotes"
    for q in quotes:
        assert article.text[q.start : q.end] == q.text, show(q)
        assert q.kind in KINDS, show(q)
        assert q.speaker and q.cue, show(q)
