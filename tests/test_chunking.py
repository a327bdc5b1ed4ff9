"""Passages (runs of whole paragraphs) and answer-candidate sentences, with offsets and quotes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED

from qa.chunking import Chunks, chunk
from qa.corpus import Article, read_article
from qa.quotes import analyze
from qa.text import paragraph_spans, sentence_spans

QUOTE_ARTICLES = sorted((Path(__file__).parent / "data" / "quote_articles").glob("*.txt"))

# Paragraphs: 1 narration, 2 block quote, 3 its speaker line, 4 narration, 5-7 one quote over three
# paragraphs (opening mark on each, closing only on the last), 8 a long paragraph whose middle
# sentences are one direct quote.
FLOOD = """Mayor pledges new flood wall

Mayor Daniel Ortiz announced a new flood wall for the riverside district on Tuesday.

We cannot ask families to live with this fear every spring. The wall will protect every home on the river.

Mayor Daniel Ortiz

The engineer in charge, Priya Raman, described the plan at length.

“The first phase will cover the old town, where the water rose highest last year.

“The second phase will reach the industrial estate and the new housing by the bridge.

“We expect both to be finished within three years,” Raman said.

Residents welcomed the news. “We have waited a decade for this. Nobody listened before. The council finally heard us,” said Maria Lopez, who lives by the river. The meeting ran late into the evening and many stayed to ask questions. Officials promised another meeting next month.
"""

LONG_NARRATION = """Council report

{body}

The report ends here.
"""


@pytest.fixture
def flood(tmp_path: Path) -> Article:
    path = tmp_path / "flood.txt"
    path.write_text(FLOOD, encoding="utf-8")
    return read_article(path)


def passage_of(chunks: Chunks, paragraph: int):
    found = [p for p in chunks.passages if paragraph in p.paragraphs]
    assert len(found) == 1, found
    return found[0]


def check_invariants(article: Article, chunks: Chunks) -> None:
    text = article.text
    numbers = [p.number for p in paragraph_spans(text, article.body_start)]
    prev_end = article.body_start
    seen: list[int] = []
    for i, p in enumerate(chunks.passages):
        assert text[p.start : p.end] == p.text
        assert p.article == article.id and p.title == article.title
        assert p.start >= prev_end, "passages are in text order and do not overlap"
        prev_end = p.end
        assert list(p.paragraphs) == sorted(p.paragraphs)
        seen.extend(n for n in p.paragraphs if not seen or n != seen[-1])
        for q in p.quotes:
            assert text[q.start : q.end] == q.text
    assert seen == numbers, "every paragraph is in a passage, in order"
    for s in chunks.sentences:
        p = chunks.passages[s.passage]
        assert p.start <= s.start < s.end <= p.end
        assert s.paragraph in p.paragraphs
        assert text[s.start].strip() and text[s.end - 1].strip()


# -- offsets --------------------------------------------------------------------------------------
@pytest.mark.parametrize("max_chars", [1200, 300, 120, 40])
def test_composed_article_passages_slice_the_article_text(flood, max_chars):
    check_invariants(flood, chunk(flood, max_chars=max_chars))


@pytest.mark.parametrize("path", QUOTE_ARTICLES + [SEED], ids=lambda p: p.stem)
def test_shipped_articles_passages_slice_the_article_text(path):
    article = read_article(path)
    check_invariants(article, chunk(article))


def test_offsets_hold_with_crlf_bom_and_header_lines(tmp_path):
    raw = ("\ufeffTitle: Flood wall\r\nAuthor: Desk\r\n\r\n" + FLOOD.split("\n\n", 1)[1].replace("\n", "\r\n")).encode()
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw)
    article = read_article(path)
    chunks = chunk(article)
    check_invariants(article, chunks)
    assert chunks.passages[0].text.startswith("Mayor Daniel Ortiz announced")


# -- block quotes ---------------------------------------------------------------------------------
@pytest.mark.parametrize("max_chars", [1200, 50])
def test_block_quote_and_its_speaker_line_share_one_passage(flood, max_chars):
    analysis = analyze(flood)
    assert analysis.attribution_lines == {2: 3}
    chunks = chunk(flood, analysis, max_chars=max_chars)
    p = passage_of(chunks, 2)
    assert p.paragraphs == (2, 3)
    assert p.text.endswith("Mayor Daniel Ortiz")
    assert any(q.kind == "block" and q.speaker == "Daniel Ortiz" for q in p.quotes)


def test_speaker_line_is_never_an_answer_candidate(flood):
    chunks = chunk(flood)
    line_start = flood.text.index("\nMayor Daniel Ortiz\n") + 1
    assert all(s.paragraph != 3 for s in chunks.sentences)
    assert all(not (s.start <= line_start < s.end) for s in chunks.sentences)
    # the quote paragraph itself is answerable
    assert [flood.text[s.start : s.end] for s in chunks.sentences if s.paragraph == 2] == [
        "We cannot ask families to live with this fear every spring.",
        "The wall will protect every home on the river.",
    ]


@pytest.mark.parametrize("path", QUOTE_ARTICLES + [SEED], ids=lambda p: p.stem)
def test_no_attribution_line_is_a_candidate_in_shipped_articles(path):
    article = read_article(path)
    analysis = analyze(article)
    chunks = chunk(article, analysis)
    lines = set(analysis.attribution_lines.values())
    assert not {s.paragraph for s in chunks.sentences} & lines
    for quote_para, line in analysis.attribution_lines.items():
        assert passage_of(chunks, quote_para) is passage_of(chunks, line)


# -- multi-paragraph quotes -----------------------------------------------------------------------
def test_multi_paragraph_quote_stays_in_one_passage(flood):
    chunks = chunk(flood)
    p = passage_of(chunks, 5)
    assert p.paragraphs == (5, 6, 7)
    assert p.text.startswith("“The first phase") and p.text.endswith("Raman said.")
    # each paragraph still gives its own candidate sentences
    assert {s.paragraph for s in chunks.sentences if chunks.passages[s.passage] is p} == {5, 6, 7}


def test_multi_paragraph_quote_with_straight_marks_stays_in_one_passage(tmp_path):
    text = (
        "Budget row\n\nThe minister, Ruth Okafor, spoke for an hour.\n\n"
        '"We will not cut pensions this year or next.\n\n'
        '"Nor will we raise income tax," Okafor said.\n\nThe debate goes on.\n'
    )
    path = tmp_path / "straight.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    chunks = chunk(article)
    assert [p.paragraphs for p in chunks.passages] == [(1,), (2, 3), (4,)]


def test_closed_quotes_in_consecutive_paragraphs_are_separate_passages(tmp_path):
    text = (
        "Budget row\n\n“We will not cut pensions,” Okafor said.\n\n"
        "“Nor will we raise income tax,” she added.\n"
    )
    path = tmp_path / "closed.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    assert [p.paragraphs for p in chunk(article).passages] == [(1,), (2,)]


# -- long paragraphs ------------------------------------------------------------------------------
def test_long_paragraph_is_split_between_sentences(tmp_path):
    sentences = [f"Sentence number {i} of the report describes item {i} in some detail." for i in range(1, 31)]
    body = " ".join(sentences)
    path = tmp_path / "long.txt"
    path.write_text(LONG_NARRATION.format(body=body), encoding="utf-8")
    article = read_article(path)
    max_chars = 300
    chunks = chunk(article, max_chars=max_chars)
    check_invariants(article, chunks)
    pieces = [p for p in chunks.passages if p.paragraphs == (1,)]
    assert len(pieces) > 1
    assert all(len(p.text) <= max_chars for p in pieces)
    # pieces are whole sentences that together give the paragraph back
    bounds = set(sentence_spans(article.text, pieces[0].start, pieces[-1].end))
    starts = {s for s, _ in bounds}
    ends = {e for _, e in bounds}
    for p in pieces:
        assert p.start in starts and p.end in ends
    assert " ".join(p.text for p in pieces) == body
    assert chunks.passages[-1].paragraphs == (2,)
    assert {s.paragraph for s in chunks.sentences} == {1, 2}
    assert len(chunks.sentences) == len(sentences) + 1


def test_single_sentence_longer_than_max_chars_is_kept_whole(tmp_path):
    body = "This sentence " + "goes on and on " * 30 + "until it ends."
    path = tmp_path / "one.txt"
    path.write_text(LONG_NARRATION.format(body=body), encoding="utf-8")
    article = read_article(path)
    chunks = chunk(article, max_chars=100)
    assert chunks.passages[0].text == body
    check_invariants(article, chunks)


def test_short_paragraphs_are_never_split(flood):
    chunks = chunk(flood)
    assert [p.paragraphs for p in chunks.passages] == [(1,), (2, 3), (4,), (5, 6, 7), (8,)]


# -- quotes in passages ---------------------------------------------------------------------------
@pytest.mark.parametrize("path", QUOTE_ARTICLES + [SEED], ids=lambda p: p.stem)
def test_passage_quotes_are_the_quotes_inside_it(path):
    article = read_article(path)
    analysis = analyze(article)
    chunks = chunk(article, analysis)
    listed = []
    for p in chunks.passages:
        inside = [q for q in analysis.quotes if p.start <= q.start and q.end <= p.end]
        assert list(p.quotes) == inside
        listed.extend(p.quotes)
    assert listed == analysis.quotes, "every quote lies in exactly one passage"


def test_composed_passage_quotes(flood):
    chunks = chunk(flood)
    assert [q.speaker for q in passage_of(chunks, 2).quotes] == ["Daniel Ortiz"]
    assert "Priya Raman" in [q.speaker for q in passage_of(chunks, 5).quotes]
    assert passage_of(chunks, 4).quotes == ()
    assert "Maria Lopez" in [q.speaker for q in passage_of(chunks, 8).quotes]


def test_splitting_a_long_paragraph_never_cuts_a_quote(flood):
    analysis = analyze(flood)
    chunks = chunk(flood, analysis, max_chars=120)
    lopez = next(q for q in analysis.quotes if q.speaker == "Maria Lopez")
    in_quote = [s for s in chunks.sentences if s.start < lopez.end and lopez.start < s.end]
    assert len(in_quote) > 1 and len({s.passage for s in in_quote}) == 1
    assert len({s.paragraph for s in chunks.sentences if s.paragraph == in_quote[0].paragraph}) == 1
    assert len({s.passage for s in chunks.sentences if s.paragraph == in_quote[0].paragraph}) > 1, "the paragraph is still split"
    for s in in_quote:
        assert lopez in chunks.passages[s.passage].quotes, flood.text[s.start : s.end]


# -- the shipped seed article ---------------------------------------------------------------------
def test_seed_article_block_quotes_are_two_paragraph_passages():
    article = read_article(SEED)
    chunks = chunk(article)
    assert [p.paragraphs for p in chunks.passages if len(p.paragraphs) > 1] == [(5, 6), (8, 9), (12, 13)]
    for first, line in ((5, 6), (8, 9), (12, 13)):
        p = passage_of(chunks, first)
        assert p.text.endswith("US Secretary of State Antony Blinken")
        assert [q.kind for q in p.quotes] == ["block"]
        assert p.quotes[0].speaker == "Antony Blinken"
        assert all(s.paragraph != line for s in chunks.sentences)
