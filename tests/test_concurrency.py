"""Many users at once: questions from many threads give the serial answers (real model too, from a
cold start), and articles added while questions are asked, from one QA or from two sharing the same
folders, never corrupt the corpus or the index. (The running server's load test is test_load.py.)
"""

from __future__ import annotations

import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import CORPUS, QUESTIONS, FakeEmbedder

from qa import QA, Answer, CorpusError
from qa.index import Index
from qa.settings import Settings

ARTICLE = """Storm closes the harbour at {town}

A storm closed the harbour at {town} on Friday, and the ferry to the islands was cancelled.

"We will not risk a single crew in this weather," said the harbour master, {name}.

Engineers expect to restore power to {n} homes in {town} by the weekend.
"""


def article(i: int, tag: str = "") -> tuple[str, str]:
    return f"storm{tag}-{i:02d}.txt", ARTICLE.format(town=f"Port {tag}{i}", name=f"Anna Kerr{i}", n=100 + i)


def fake_qa(base: Path, embedder: FakeEmbedder | None = None) -> QA:
    return QA(corpus_dir=base / "corpus", index_dir=base / "index", embedder=embedder or FakeEmbedder(),
              settings=Settings(min_answer_score=0.0))


def check_slices(answer: Answer, corpus: Path) -> None:
    """Every text of the answer is its article file's text at its offsets."""
    def text(article_id: str) -> str:
        path = next(p for p in corpus.iterdir() if p.stem == article_id)
        return path.read_text("utf-8")

    if answer.answer is not None:
        assert text(answer.answer.article)[answer.answer.start : answer.answer.end] == answer.answer.text
    for p in answer.passages:
        assert text(p.article)[p.start : p.end] == p.text


def check_folders(base: Path, expected: dict[str, str]) -> None:
    """The corpus holds exactly the expected files, whole, and the saved index matches it."""
    corpus = base / "corpus"
    assert {p.name for p in corpus.iterdir() if not p.name.startswith(".")} == set(expected)
    assert not [p for p in corpus.iterdir() if p.name.endswith(".tmp")], "no temporary file left"
    for name, text in expected.items():
        assert (corpus / name).read_text("utf-8") == text
    index = Index.load(base / "index", FakeEmbedder.name)
    assert {a.path.name: a.text for a in index.articles} == expected
    for p in index.passages:
        assert expected[f"{p.article}.txt"][p.start : p.end] == p.text
    assert fake_qa(base).build().embedded == 0, "the saved index already matches the corpus"


@pytest.fixture
def base(tmp_path: Path) -> Path:
    shutil.copytree(CORPUS, tmp_path / "corpus")
    return tmp_path


def shipped() -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in CORPUS.iterdir() if p.suffix in {".txt", ".md"}}


# -- questions from many threads ----------------------------------------------------------------


class SlowEmbedder(FakeEmbedder):
    """Widens every race window: each encode call takes a while."""

    def encode(self, texts):
        time.sleep(0.02)
        return super().encode(texts)


def test_eight_threads_on_a_cold_qa_with_a_slow_embedder_build_once_and_match_serial(base):
    embedder = SlowEmbedder()
    qa = fake_qa(base, embedder)
    barrier = threading.Barrier(8, timeout=30)

    def ask(question: str) -> dict:
        barrier.wait()
        return qa.ask(question).to_dict()

    with ThreadPoolExecutor(8) as pool:
        parallel = list(pool.map(ask, QUESTIONS))
    assert parallel == [fake_qa(base).ask(q).to_dict() for q in QUESTIONS]
    assert [n for n in embedder.calls if n != 1] == [len(qa.index.passages), len(qa.index.sentences)], "built once"


@pytest.mark.model
def test_eight_threads_with_the_real_model_from_a_cold_start_match_serial(base):
    qa = QA(corpus_dir=base / "corpus", index_dir=base / "index")  # index and model load on first use
    barrier = threading.Barrier(8, timeout=120)

    def ask(question: str) -> dict:
        barrier.wait()
        return qa.ask(question).to_dict()

    with ThreadPoolExecutor(8) as pool:
        parallel = list(pool.map(ask, QUESTIONS))
        again = list(pool.map(lambda q: qa.ask(q).to_dict(), QUESTIONS * 3))
    serial = [qa.ask(q).to_dict() for q in QUESTIONS]
    assert parallel == serial
    assert again == serial * 3
    assert sum(a["found"] for a in serial) >= 4


# -- articles added while questions are asked ---------------------------------------------------


def test_articles_added_from_threads_while_others_ask_lose_nothing(base):
    qa = fake_qa(base)
    qa.build()
    stop = threading.Event()
    errors: list[BaseException] = []
    answered = [0]

    def asker() -> None:
        i = 0
        while not stop.is_set():
            try:
                a = qa.ask(QUESTIONS[i % len(QUESTIONS)])
                check_slices(a, base / "corpus")
                answered[0] += 1
            except BaseException as e:  # noqa: BLE001 - reported below
                errors.append(e)
                return
            i += 1

    def adder(worker: int) -> list[tuple[str, str]]:
        added = []
        for i in range(4):
            name, text = article(i, tag=f"w{worker}")
            assert qa.add_article(name, text).path.name == name
            added.append((name, text))
        return added

    askers = [threading.Thread(target=asker) for _ in range(4)]
    for t in askers:
        t.start()
    try:
        with ThreadPoolExecutor(3) as pool:
            added = dict(item for items in pool.map(adder, range(3)) for item in items)
    finally:
        stop.set()
        for t in askers:
            t.join()
    assert errors == []
    assert answered[0] > 0 and len(added) == 12
    check_folders(base, {**shipped(), **added})


def test_two_qas_on_the_same_folders_adding_at_once_lose_nothing(base):
    """Two servers (or a server and the CLI) sharing a corpus and an index folder."""
    qas = [fake_qa(base), fake_qa(base)]
    barrier = threading.Barrier(2, timeout=30)

    def add(k: int) -> list[tuple[str, str]]:
        added = []
        for i in range(5):
            name, text = article(i, tag=f"q{k}")
            barrier.wait()
            qas[k].add_article(name, text)
            check_slices(qas[k].ask(QUESTIONS[i]), base / "corpus")
            added.append((name, text))
        return added

    with ThreadPoolExecutor(2) as pool:
        added = dict(item for items in pool.map(add, range(2)) for item in items)
    check_folders(base, {**shipped(), **added})


def test_the_same_name_added_twice_at_once_keeps_exactly_one_article(base):
    """Two QAs race for one file name with different texts: one wins, the other is told so; the
    winner's text is what the file and the index hold."""
    qas = [fake_qa(base), fake_qa(base)]
    for q in qas:
        q.build()
    rounds = 12
    barrier = threading.Barrier(2, timeout=30)
    expected = shipped()

    def add(k: int, name: str, text: str):
        barrier.wait()
        try:
            return qas[k].add_article(name, text)
        except CorpusError as e:
            assert "already in the corpus" in str(e)
            return None

    with ThreadPoolExecutor(2) as pool:
        for r in range(rounds):
            name = f"race-{r:02d}.txt"
            texts = [article(r, tag=t)[1] for t in ("a", "b")]
            results = list(pool.map(add, (0, 1), (name, name), texts))
            winners = [k for k, res in enumerate(results) if res is not None]
            assert len(winners) == 1, f"round {r}: {len(winners)} adds reported success for one file"
            assert (base / "corpus" / name).read_text("utf-8") == texts[winners[0]]
            expected[name] = texts[winners[0]]
    corpus = base / "corpus"
    assert {p.name for p in corpus.iterdir() if not p.name.startswith(".")} == set(expected)
    for name, text in expected.items():
        assert (corpus / name).read_text("utf-8") == text
    saved = {a.path.name: a.text for a in Index.load(base / "index", FakeEmbedder.name).articles}
    assert saved == expected


def test_uploads_through_the_page_handler_from_threads_while_asking(base):
    """The page's own upload handler, called from several threads as Gradio's workers would (the
    queue runs one at a time, this checks it would be safe without that limit too)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("article_qa_app_conc", Path(__file__).resolve().parents[1] / "app.py")
    assert spec and spec.loader
    app = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(app)
    qa = fake_qa(base)
    qa.build()
    demo = app.build_page(qa)
    add = next(fn.fn for fn in demo.fns.values() if fn.name == "add")
    uploads = base / "uploads"
    uploads.mkdir()
    files = []
    for i in range(6):
        name, text = article(i, tag="u")
        (uploads / name).write_text(text, encoding="utf-8")
        files.append((uploads / name, text))

    def upload(item) -> str:
        return add(str(item[0]), "", "")[0]

    with ThreadPoolExecutor(4) as pool:
        asks = pool.map(lambda q: qa.ask(q), QUESTIONS * 2)
        statuses = list(pool.map(upload, files))
        answers = list(asks)
    assert all("Added" in s for s in statuses), statuses
    for a in answers:
        check_slices(a, base / "corpus")
    check_folders(base, {**shipped(), **{p.name: t for p, t in files}})
