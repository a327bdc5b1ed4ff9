"""``QA.ask``: question checks, the JSON contract, offsets, k, batches, errors and threads."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import QUESTIONS, SEED, FakeEmbedder

from qa import QA, Answer, CorpusError, QAError, QuestionError
from qa.settings import Settings
from qa.text import paragraph_spans


ANSWER_KEYS = {"text", "article", "title", "paragraph", "start", "end", "score", "quote"}
PASSAGE_KEYS = {"article", "title", "paragraphs", "start", "end", "text", "score", "quotes"}
QUOTE_KEYS = {"text", "speaker", "role", "kind", "cue", "start", "end"}


# -- questions that cannot be asked ---------------------------------------------------------------
@pytest.mark.parametrize(
    "question, words",
    [
        ("", "empty"),
        ("   ", "empty"),
        ("\n\t \r", "empty"),
        ("\x00\x01", "empty"),
        ("\u200b\ufeff", "empty"),
        ("?!...", "empty"),
        ("x" * 100_000, "limit"),
        (None, "text"),
        (42, "text"),
        (b"What did Blinken say?", "text"),
        (["What did Blinken say?"], "text"),
    ],
    ids=["empty", "spaces", "whitespace", "control", "invisible", "punctuation", "100k", "none", "int", "bytes", "list"],
)
def test_unaskable_questions_raise_question_error_with_a_message(fake_qa, fake_embedder, question, words):
    with pytest.raises(QuestionError) as info:
        fake_qa.ask(question)
    assert isinstance(info.value, QAError) and isinstance(info.value, ValueError)
    message = str(info.value)
    assert words in message
    assert "\n" not in message and len(message) < 200
    assert fake_embedder.calls == []  # refused before anything is embedded or built


def test_long_question_message_gives_length_and_limit(fake_qa):
    with pytest.raises(QuestionError, match=r"100,000 characters.*limit is 1,000"):
        fake_qa.ask("x" * 100_000)


def test_question_at_the_length_limit_is_answered(fake_qa):
    q = ("migration " * 100)[:1000]
    assert fake_qa.ask(q).found
    with pytest.raises(QuestionError):
        fake_qa.ask(q + "x")


def test_control_characters_inside_a_question_are_cleaned(fake_qa):
    answer = fake_qa.ask("What did\x00 Blinken\x07 say\u200b about\r\nmigration?\x1b")
    assert answer.question == "What did Blinken say about migration?"
    assert answer.found
    assert answer.to_dict() == fake_qa.ask("What did Blinken say about migration?").to_dict()


def test_lone_surrogates_are_replaced_and_the_answer_serialises(fake_qa):
    answer = fake_qa.ask("What did Blinken say about migration \ud800?")
    assert "\ud800" not in answer.question
    json.dumps(answer.to_dict(), ensure_ascii=False).encode("utf-8")


def test_a_bad_question_in_a_batch_refuses_the_whole_batch(fake_qa, fake_embedder):
    with pytest.raises(QuestionError):
        fake_qa.ask_batch([QUESTIONS[0], ""])
    assert fake_embedder.calls == []


# -- offsets and the contract ---------------------------------------------------------------------
def test_every_answer_passage_and_quote_slices_its_article(fake_qa):
    articles = {a.id: a for a in fake_qa.articles}
    for q in QUESTIONS:
        answer = fake_qa.ask(q, k=5)
        assert answer.found
        a = answer.answer
        text = articles[a.article].text
        assert text[a.start : a.end] == a.text
        assert a.title == articles[a.article].title
        para = next(p for p in paragraph_spans(text, articles[a.article].body_start) if p.start <= a.start < p.end)
        assert a.paragraph == para.number and a.end <= para.end
        if a.quote:
            assert text[a.quote.start : a.quote.end] == a.quote.text
            assert a.quote.start < a.end and a.start < a.quote.end  # the answer lies in its quote
        for p in answer.passages:
            ptext = articles[p.article].text
            assert ptext[p.start : p.end] == p.text
            for quote in p.quotes:
                assert ptext[quote.start : quote.end] == quote.text
                assert p.start <= quote.start < quote.end <= p.end
        assert answer.passages[0].start <= a.start and a.end <= answer.passages[0].end, "the answer's passage leads"


def test_offsets_index_the_file_text_with_crlf_and_bom(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    raw = "\ufeff" + SEED.read_text("utf-8").replace("\n", "\r\n")
    (corpus / "crlf.txt").write_bytes(raw.encode("utf-8"))
    q = QA(corpus_dir=corpus, index_dir=tmp_path / "index", embedder=FakeEmbedder(), settings=Settings(min_answer_score=0.0))
    file_text = (corpus / "crlf.txt").read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    for question in QUESTIONS[:3]:
        a = q.ask(question).answer
        assert file_text[a.start : a.end] == a.text


def check_contract(d: dict) -> None:
    assert list(d) == ["question", "found", "answer", "passages"]
    assert isinstance(d["question"], str) and isinstance(d["found"], bool)
    if d["found"]:
        a = d["answer"]
        assert set(a) == ANSWER_KEYS
        assert isinstance(a["paragraph"], int) and a["paragraph"] >= 1
        assert isinstance(a["start"], int) and isinstance(a["end"], int) and a["start"] < a["end"]
        assert isinstance(a["score"], float)
        assert a["quote"] is None or set(a["quote"]) == QUOTE_KEYS
    else:
        assert d["answer"] is None
    assert isinstance(d["passages"], list)
    for p in d["passages"]:
        assert set(p) == PASSAGE_KEYS
        assert isinstance(p["paragraphs"], list) and all(isinstance(n, int) and n >= 1 for n in p["paragraphs"])
        assert isinstance(p["score"], float)
        for quote in p["quotes"]:
            assert set(quote) == QUOTE_KEYS
            assert quote["kind"] in {"block", "direct", "reported"}
    assert json.loads(json.dumps(d)) == d


def test_to_dict_is_the_json_contract(fake_qa):
    quoted = 0
    for q in QUESTIONS:
        d = fake_qa.ask(q).to_dict()
        check_contract(d)
        assert d["question"] == q
        quoted += d["answer"]["quote"] is not None
    assert quoted, "some answer carries its quote"


def test_to_dict_contract_from_a_loaded_index(fake_qa, corpus_dir, tmp_path):
    fake_qa.build()
    loaded = QA(corpus_dir=corpus_dir, index_dir=tmp_path / "index", embedder=FakeEmbedder(), settings=Settings(min_answer_score=0.0))
    for q in QUESTIONS:
        d = loaded.ask(q).to_dict()
        check_contract(d)
        assert d == fake_qa.ask(q).to_dict()


def test_not_found_contract_keeps_the_nearest_passages(corpus_dir, tmp_path):
    strict = QA(corpus_dir=corpus_dir, index_dir=tmp_path / "index", embedder=FakeEmbedder(), settings=Settings(min_answer_score=99.0))
    answer = strict.ask(QUESTIONS[0])
    assert answer.found is False and answer.answer is None
    assert answer.passages
    d = answer.to_dict()
    check_contract(d)
    assert d["answer"] is None


# -- k, batches -----------------------------------------------------------------------------------
@pytest.mark.parametrize("k", [1, 2, 3, 5, 8])
def test_k_controls_the_number_of_passages(fake_qa, k):
    answer = fake_qa.ask(QUESTIONS[0], k=k)
    assert len(answer.passages) == k
    assert len({(p.article, p.start) for p in answer.passages}) == k
    assert answer.passages[0].start <= answer.answer.start < answer.passages[0].end


def test_default_k_comes_from_settings(corpus_dir, tmp_path):
    q = QA(corpus_dir=corpus_dir, index_dir=tmp_path / "index", embedder=FakeEmbedder(), settings=Settings(min_answer_score=0.0, k=4))
    assert len(q.ask(QUESTIONS[0]).passages) == 4
    assert len(q.ask(QUESTIONS[0], k=2).passages) == 2


def test_k_larger_than_the_corpus_gives_every_passage(fake_qa):
    total = len(fake_qa.index.passages)
    assert len(fake_qa.ask(QUESTIONS[0], k=total + 10).passages) == total


@pytest.mark.parametrize("k", [0, -1])
def test_k_below_one_is_refused(fake_qa, k):
    with pytest.raises(QuestionError, match="k must be at least 1"):
        fake_qa.ask(QUESTIONS[0], k=k)


@pytest.mark.parametrize("k", [1.5, "3", True])
def test_k_that_is_no_whole_number_is_refused(fake_qa, k):
    with pytest.raises(QuestionError, match="k must be a whole number"):
        fake_qa.ask(QUESTIONS[0], k=k)
    with pytest.raises(QuestionError, match="k must be a whole number"):
        fake_qa.candidates([QUESTIONS[0]], k=k)


def test_candidates_refuse_k_below_one_as_ask_does(fake_qa):
    with pytest.raises(QuestionError, match="k must be at least 1"):
        fake_qa.candidates([QUESTIONS[0]], k=0)


@pytest.mark.parametrize("batch", [QUESTIONS[0], QUESTIONS[0].encode()])
def test_one_question_given_as_a_batch_is_refused_not_asked_letter_by_letter(fake_qa, batch):
    with pytest.raises(QuestionError, match="list of questions"):
        fake_qa.ask_batch(batch)
    with pytest.raises(QuestionError, match="list of questions"):
        fake_qa.candidates(batch)


def test_ask_batch_equals_individual_asks(fake_qa):
    batch = fake_qa.ask_batch(QUESTIONS, k=4)
    assert [a.to_dict() for a in batch] == [fake_qa.ask(q, k=4).to_dict() for q in QUESTIONS]
    assert all(isinstance(a, Answer) for a in batch)


def test_ask_batch_embeds_the_questions_in_one_call(fake_qa, fake_embedder):
    fake_qa.build()
    fake_embedder.calls.clear()
    fake_qa.ask_batch(QUESTIONS)
    assert fake_embedder.calls == [len(QUESTIONS)]


def test_ask_batch_of_nothing_is_an_empty_list(fake_qa):
    assert fake_qa.ask_batch([]) == []


def test_empty_folder_names_mean_the_configured_folders_not_the_current_one(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_CORPUS", str(tmp_path / "corpus"))
    monkeypatch.setenv("QA_INDEX", str(tmp_path / "index"))
    q = QA(corpus_dir="", index_dir="", model="")
    assert (q.settings.corpus_dir, q.settings.index_dir) == (tmp_path / "corpus", tmp_path / "index")
    assert q.settings.model == Settings().model


# -- corpus errors --------------------------------------------------------------------------------
def test_missing_corpus_folder_raises_corpus_error(tmp_path, fake_embedder):
    q = QA(corpus_dir=tmp_path / "nowhere", index_dir=tmp_path / "index", embedder=fake_embedder)
    with pytest.raises(CorpusError, match="no corpus folder"):
        q.ask(QUESTIONS[0])
    with pytest.raises(CorpusError):
        q.build()
    assert fake_embedder.calls == []
    assert not (tmp_path / "nowhere").exists()


def test_empty_corpus_folder_raises_corpus_error(tmp_path, fake_embedder):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / ".hidden.txt").write_text("Hidden\n\nNot an article.", "utf-8")
    q = QA(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", embedder=fake_embedder)
    with pytest.raises(CorpusError, match="no articles"):
        q.ask(QUESTIONS[0])
    assert fake_embedder.calls == []


def test_constructing_a_qa_touches_nothing(tmp_path):
    QA(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", embedder=FakeEmbedder())
    assert list(tmp_path.iterdir()) == []


# -- threads --------------------------------------------------------------------------------------
def test_asks_from_eight_threads_at_once_match_serial_answers(corpus_dir, tmp_path):
    embedder = FakeEmbedder()
    q = QA(corpus_dir=corpus_dir, index_dir=tmp_path / "index", embedder=embedder, settings=Settings(min_answer_score=0.0))
    barrier = threading.Barrier(8, timeout=30)

    def ask(question: str) -> dict:
        barrier.wait()  # all eight start together, on a cold QA
        return q.ask(question).to_dict()

    with ThreadPoolExecutor(8) as pool:
        parallel = list(pool.map(ask, QUESTIONS))
    serial = [q.ask(question).to_dict() for question in QUESTIONS]
    assert parallel == serial
    index = q.index
    assert [n for n in embedder.calls if n != 1] == [len(index.passages), len(index.sentences)], "built once"


def test_repeated_parallel_asks_are_stable(fake_qa):
    fake_qa.build()
    serial = {question: fake_qa.ask(question).to_dict() for question in QUESTIONS}
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda question: (question, fake_qa.ask(question).to_dict()), QUESTIONS * 4))
    for question, d in results:
        assert d == serial[question]


def test_seed_file_is_untouched(fake_qa):
    before = SEED.read_bytes()
    fake_qa.ask(QUESTIONS[0])
    assert SEED.read_bytes() == before
    assert Path(fake_qa.settings.corpus_dir) != SEED.parent


def test_candidates_rank_sentences_behind_the_answer_even_when_declined(fake_qa):
    from dataclasses import replace as _replace

    question = "What did the mayor say about the river?"
    (answer, spans), = fake_qa.candidates([question], n=4)
    assert answer == fake_qa.ask(question)
    assert 1 <= len(spans) <= 4
    for s in spans:
        art = next(a for a in fake_qa.index.articles if a.id == s.article)
        assert art.text[s.start : s.end] == s.text
    if answer.found:
        assert spans[0].start >= answer.answer.start and spans[0].end <= answer.answer.end
    # A QA that declines everything still ranks the same sentences.
    strict = type(fake_qa)(fake_qa.settings.corpus_dir, fake_qa.settings.index_dir, embedder=fake_qa.embedder,
                           settings=_replace(fake_qa.settings, min_answer_score=10.0))
    (declined, same), = strict.candidates([question], n=4)
    assert not declined.found and declined.answer is None
    assert [(s.start, s.end) for s in same] == [(s.start, s.end) for s in spans]
