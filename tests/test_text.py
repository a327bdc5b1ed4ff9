"""Paragraph and sentence boundaries as offsets into an article's text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.text import paragraph_spans, sentence_spans


def paras(text: str, body_start: int = 0) -> list[str]:
    return [text[p.start : p.end] for p in paragraph_spans(text, body_start)]


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, 0, len(text))]


# -- paragraphs -----------------------------------------------------------------------------------
def test_paragraphs_split_on_blank_lines():
    text = "First paragraph,\nwrapped over two lines.\n\nSecond one.\n\n\n\nThird one."
    assert paras(text) == ["First paragraph,\nwrapped over two lines.", "Second one.", "Third one."]


@pytest.mark.parametrize("blank", ["\n \n", "\n\t\n", "\n   \t  \n", "\n \n  \n\t\n"])
def test_blank_lines_holding_spaces_or_tabs_separate_paragraphs(blank):
    text = f"One paragraph.{blank}Another paragraph."
    assert paras(text) == ["One paragraph.", "Another paragraph."]


def test_one_paragraph_per_line_when_there_is_no_blank_line():
    text = "First line.\nSecond line.\nThird line."
    assert paras(text) == ["First line.", "Second line.", "Third line."]


def test_one_paragraph_per_line_skips_lines_of_spaces_and_trims():
    text = "  First line.  \n   \nSecond line.\t\n"
    # "\n   \n" is a blank line, so this is two paragraphs either way; each one is trimmed.
    assert paras(text) == ["First line.", "Second line."]


def test_one_paragraph_per_line_survives_a_trailing_blank_line():
    text = "First line.\nSecond line.\nThird line.\n\n"
    assert paras(text) == ["First line.", "Second line.", "Third line."]


def test_paragraph_numbers_are_one_based_and_count_from_body_start():
    text = "Headline here\n\nFirst.\n\nSecond.\n\nThird."
    body_start = text.index("First")
    ps = paragraph_spans(text, body_start)
    assert [p.number for p in ps] == [1, 2, 3]
    assert [text[p.start : p.end] for p in ps] == ["First.", "Second.", "Third."]


def test_paragraph_offsets_are_trimmed_and_absolute():
    text = "Head\n\n   Indented start.   \n\n\t Tabbed.\t\n"
    ps = paragraph_spans(text, 6)
    assert [text[p.start : p.end] for p in ps] == ["Indented start.", "Tabbed."]
    for p in ps:
        assert not text[p.start].isspace() and not text[p.end - 1].isspace()


def test_body_with_one_line_is_one_paragraph():
    assert paras("Only a single line of text.") == ["Only a single line of text."]


def test_whitespace_body_has_no_paragraphs():
    assert paragraph_spans("   \n\n\t\n") == []


# -- sentences ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Smith arrived. He sat down.", ["Mr. Smith arrived.", "He sat down."]),
        ("Dr. Jones and Mrs. Lee spoke. Then they left.", ["Dr. Jones and Mrs. Lee spoke.", "Then they left."]),
        ("The U.S. Army arrived. Troops stayed.", ["The U.S. Army arrived.", "Troops stayed."]),
        ("Talks began on Jan. 5 in Bogota. They ended later.", ["Talks began on Jan. 5 in Bogota.", "They ended later."]),
        ("J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]),
        ("Gen. Smith met Sen. Brown in St. Louis. Nobody else came.", ["Gen. Smith met Sen. Brown in St. Louis.", "Nobody else came."]),
        ("It ended at 5 p.m. Then rain fell.", ["It ended at 5 p.m.", "Then rain fell."]),
        ("Prices rose 3.5 per cent. Wages did not.", ["Prices rose 3.5 per cent.", "Wages did not."]),
        ("“We will win.” He left.", ["“We will win.”", "He left."]),
        ("“Why?” she asked.", ["“Why?” she asked."]),
        ("“Why?” she asked. “Because,” he said.", ["“Why?” she asked.", "“Because,” he said."]),
        ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("He waited… Then he left.", ["He waited…", "Then he left."]),
        ("The vote was 52-48. 300 people came.", ["The vote was 52-48.", "300 people came."]),
        ("It was close (very close.) Later it rained.", ["It was close (very close.)", "Later it rained."]),
        ("the word after is lower case. so no split here.", ["the word after is lower case. so no split here."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sents(text) == expected


def test_sentence_doctest_example():
    text = "Mr. Smith said: “We will win.” He left. “Why?” she asked."
    assert sents(text) == ["Mr. Smith said: “We will win.”", "He left.", "“Why?” she asked."]


def test_sentence_ending_in_the_word_no_is_split():
    assert sents("Asked if he would resign, he said no. The party backed him.") == [
        "Asked if he would resign, he said no.",
        "The party backed him.",
    ]


def test_no_abbreviation_before_a_number_is_kept():
    assert sents("He lives at No. 10 Downing Street. It is old.") == ["He lives at No. 10 Downing Street.", "It is old."]


def test_sentence_offsets_are_absolute_within_a_larger_text():
    text = "Headline\n\nMr. Smith arrived. He sat down.\n\nNext paragraph."
    start = text.index("Mr.")
    end = text.index("\n\nNext")
    spans = sentence_spans(text, start, end)
    assert [text[s:e] for s, e in spans] == ["Mr. Smith arrived.", "He sat down."]
    assert spans[0][0] == start and spans[-1][1] == end


def test_sentence_spans_stay_inside_the_range():
    text = "Before. Mr. Smith arrived. He sat down. After."
    start, end = text.index("Mr."), text.index(" After")
    for s, e in sentence_spans(text, start, end):
        assert start <= s < e <= end


def assert_covers_exactly_once(text: str, start: int, end: int) -> None:
    spans = sentence_spans(text, start, end)
    covered = [0] * len(text)
    for s, e in spans:
        assert start <= s < e <= end
        assert not text[s].isspace() and not text[e - 1].isspace()
        for i in range(s, e):
            covered[i] += 1
    assert spans == sorted(spans)
    for i in range(start, end):
        want = 0 if text[i].isspace() else 1
        # whitespace between sentences is in no span; every other character in exactly one
        if want:
            assert covered[i] == 1, (i, text[i])
        else:
            assert covered[i] <= 1
    assert all(c == 0 for c in covered[:start] + covered[end:])


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mr. Smith said: “We will win.” He left. “Why?” she asked. J. K. Rowling wrote on Jan. 5 in the U.S. It sold.",
        "  Leading and trailing space.   Two spaces between!  Really?  ",
        "“Colombia is showing the way,” said Blinken. “Migration can be an opportunity.”",
        "No stop at the end",
        "...?!",
        "A. B. C. D.",
    ],
)
def test_sentences_cover_every_non_space_character_exactly_once(paragraph):
    text = "Head\n\n" + paragraph + "\n\nTail."
    start = text.index(paragraph)
    assert_covers_exactly_once(text, start, start + len(paragraph))


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet="aZ7 .!?…“”\"'’()\n\u00a0", max_size=80), st.text(alphabet="ab .", max_size=5))
def test_sentences_cover_every_non_space_character_exactly_once_fuzzed(paragraph, prefix):
    text = prefix + paragraph + " tail"
    assert_covers_exactly_once(text, len(prefix), len(prefix) + len(paragraph))


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet="ab. \n\t", max_size=60))
def test_paragraphs_are_disjoint_trimmed_and_cover_the_body_fuzzed(body):
    text = "H\n\n" + body
    ps = paragraph_spans(text, 3)
    covered = set()
    for i, p in enumerate(ps):
        assert p.number == i + 1
        assert 3 <= p.start < p.end <= len(text)
        assert not text[p.start].isspace() and not text[p.end - 1].isspace()
        span = set(range(p.start, p.end))
        assert not covered & span
        covered |= span
    assert {i for i in range(3, len(text)) if not text[i].isspace()} <= covered
