"""The engine's acceptance questions on the shipped article, with the real model (offline)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_narration_answer_names_leyva(real_qa):
    a = real_qa.ask("Which Colombian official did Blinken sit down with?")
    assert a.found
    assert "Alvaro Leyva" in a.answer.text
    assert a.answer.quote is None  # the article's own reporting
    assert a.answer.paragraph == 1


def test_block_quote_answer_is_attributed(real_qa):
    a = real_qa.ask("Can managed migration increase stability?")
    assert a.found and "increase stability" in a.answer.text
    q = a.answer.quote
    assert (q.speaker, q.kind, q.role) == ("Antony Blinken", "block", "US Secretary of State")
    assert q.cue == "US Secretary of State Antony Blinken"


def test_role_nominal_resolves_to_blinken(real_qa):
    a = real_qa.ask("What did the top US diplomat confirm talks about?")
    assert a.found and a.answer.text.startswith("The US’ top foreign policy official confirmed")
    assert a.answer.quote.speaker == "Antony Blinken"


def test_named_speaker_prefers_their_quotes(real_qa):
    a = real_qa.ask("What did Blinken say about the root causes of insecurity?")
    assert a.found and "root causes of insecurity" in a.answer.text
    assert a.answer.quote.speaker == "Antony Blinken"


def test_unrelated_question_is_declined_with_passages(real_qa):
    a = real_qa.ask("What did the two sides say about Venezuela?")
    assert not a.found and a.answer is None
    assert a.passages, "the nearest passages are still returned"


def test_every_offset_is_an_exact_slice(real_qa):
    text = {art.id: art.text for art in real_qa.articles}
    for question in ["Why did Blinken and Leyva get together?", "How will demand for drugs be reduced?"]:
        a = real_qa.ask(question)
        if a.answer:
            assert text[a.answer.article][a.answer.start : a.answer.end] == a.answer.text
        for p in a.passages:
            assert text[p.article][p.start : p.end] == p.text
            for q in p.quotes:
                assert text[p.article][q.start : q.end] == q.text
