"""The server is safe by default and bounded: it listens on this machine only, opens no share link,
limits uploads by size and type before reading them, keeps every added file inside the corpus
folder, refuses over-long questions before embedding them, and queues requests with a limit.

The server here is ``app.main`` itself, run in this process on a free port with a fake-embedder QA
(``app.load`` is replaced), so it starts in a second or two.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import socket
import time
import tracemalloc
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import CORPUS, FakeEmbedder
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from qa import QA, CorpusError, QuestionError
from qa.corpus import atomic_write_bytes
from qa.engine import _safe_name
from qa.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
STORM = "Storm closes the harbour\n\nA storm closed the harbour on Friday, said the harbour master.\n"


def load_app():
    spec = importlib.util.spec_from_file_location("article_qa_app_safety", ROOT / "app.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def other_local_addresses() -> list[str]:
    """This machine's IPv4 addresses other than loopback (from the kernel's routing table)."""
    try:
        lines = Path("/proc/net/fib_trie").read_text().splitlines()
    except OSError:
        return []
    found = {
        m.group(1)
        for line, nxt in zip(lines, lines[1:])
        if (m := re.search(r"\|-- (\d+\.\d+\.\d+\.\d+)", line)) and "host LOCAL" in nxt
    }
    return sorted(a for a in found if not a.startswith("127."))


def make_qa(base: Path) -> QA:
    if not (base / "corpus").exists():
        shutil.copytree(CORPUS, base / "corpus")
    return QA(corpus_dir=base / "corpus", index_dir=base / "index", embedder=FakeEmbedder(),
              settings=Settings(min_answer_score=0.0))


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    """``app.main([])`` with its defaults, serving a fake-embedder QA; yields (app, demo, qa, calls)."""
    app = load_app()
    base = tmp_path_factory.mktemp("served")
    qa = make_qa(base)
    qa.build()
    calls: dict[str, dict] = {}
    built: list = []
    mp = pytest.MonkeyPatch()
    mp.delenv("QA_HOST", raising=False)
    mp.setenv("QA_PORT", str(free_port()))
    mp.setattr(app, "load", lambda corpus, index: qa)
    original_build, original_queue, original_launch = app.build_page, app.gr.Blocks.queue, app.gr.Blocks.launch

    def build_page(q):
        built.append(original_build(q))
        return built[-1]

    def queue(self, *args, **kwargs):
        calls["queue"] = kwargs
        return original_queue(self, *args, **kwargs)

    def launch(self, *args, **kwargs):
        calls["launch"] = kwargs
        return original_launch(self, *args, **kwargs)

    mp.setattr(app, "build_page", build_page)
    mp.setattr(app.gr.Blocks, "queue", queue)
    mp.setattr(app.gr.Blocks, "launch", launch)
    mp.setattr(app.gr.Blocks, "block_thread", lambda self: None)
    try:
        assert app.main([]) == 0
        yield app, built[0], qa, calls
    finally:
        if built:
            built[0].close()
        mp.undo()


# -- listening -----------------------------------------------------------------------------------


def test_the_server_listens_on_loopback_only_and_opens_no_share_link(served):
    app, demo, qa, calls = served
    launch = calls["launch"]
    assert launch["server_name"] == "127.0.0.1" and launch["share"] is False
    assert demo.share_url is None
    port = launch["server_port"]
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
        assert response.status == 200
    for address in other_local_addresses():
        with pytest.raises(OSError):  # refused: nothing listens there
            socket.create_connection((address, port), timeout=2).close()


def test_another_address_only_when_asked(monkeypatch):
    app = load_app()
    assert app.parse_args([]).host == "127.0.0.1"
    assert app.parse_args(["--host", "0.0.0.0"]).host == "0.0.0.0"
    monkeypatch.setenv("QA_HOST", "192.0.2.10")
    assert app.parse_args([]).host == "192.0.2.10"


def test_the_queue_is_bounded_and_uploads_are_indexed_one_at_a_time(served):
    app, demo, qa, calls = served
    assert calls["queue"] == {"default_concurrency_limit": app.CONCURRENCY, "max_size": app.QUEUE_SIZE}
    assert 1 <= app.CONCURRENCY <= 16 and 1 <= app.QUEUE_SIZE <= 1000
    assert demo._queue.max_size == app.QUEUE_SIZE
    limits = {fn.name: fn.concurrency_limit for fn in demo.fns.values()}
    assert limits["add"] == 1 and limits["<lambda>"] == 1, limits  # upload and paste
    assert all(limit is not None for limit in limits.values()), "no event runs without a limit"


def test_the_server_serves_no_file_outside_its_own(served):
    app, demo, qa, calls = served
    port = calls["launch"]["server_port"]
    secret = qa.settings.corpus_dir / "us-colombia-high-level-dialogue.txt"
    for path in ["/etc/passwd", str(secret), "../../../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd"]:
        for route in ("gradio_api/file=", "file="):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{route}{path}", timeout=10) as response:
                    body = response.read()
            except urllib.error.HTTPError as e:
                assert e.code in (403, 404), (route, path, e.code)
            else:
                assert b"root:" not in body and b"Blinken" not in body, (route, path)


def test_an_upload_over_the_http_limit_is_refused_by_the_server(served):
    app, demo, qa, calls = served
    port, limit = calls["launch"]["server_port"], calls["launch"]["max_file_size"]
    assert limit <= 4 * qa.settings.max_article_bytes
    boundary = "qa-test-boundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode() + b"x" * (limit + 1024) + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/gradio_api/upload", data=body, method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=30)
    assert info.value.code in (400, 413)


# -- the upload path of the page -------------------------------------------------------------------


def add_handler(demo):
    """The page's upload handler (private to the page, so called directly as Gradio would)."""
    return next(fn.fn for fn in demo.fns.values() if fn.name == "add")


def test_an_oversize_upload_is_refused_before_it_is_read(served, tmp_path):
    app, demo, qa, calls = served
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 * qa.settings.max_article_bytes)  # sparse: 50 MB that take no disk
    before = sorted(p.name for p in qa.settings.corpus_dir.iterdir())
    tracemalloc.start()
    started = time.monotonic()
    status = add_handler(demo)(str(big), "", "")[0]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "Not added" in status and "limited to 1,000,000 bytes" in status
    assert peak < qa.settings.max_article_bytes, f"{peak:,} bytes allocated for a refused upload"
    assert time.monotonic() - started < 2
    assert sorted(p.name for p in qa.settings.corpus_dir.iterdir()) == before


def test_read_upload_reads_at_most_the_limit(tmp_path):
    app = load_app()
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    assert app.read_upload(path, 100) == b"x" * 100
    with pytest.raises(CorpusError, match="100 bytes; articles are limited to 99 bytes"):
        app.read_upload(path, 99)
    with pytest.raises(CorpusError, match="cannot be read"):
        app.read_upload(tmp_path / "gone.txt", 100)


@pytest.mark.parametrize("filename", ["passwd", "evil.exe", "page.html", "storm.txt.sh", "notes.pdf"])
def test_an_upload_of_another_type_is_refused(served, tmp_path, filename):
    app, demo, qa, calls = served
    path = tmp_path / filename
    path.write_text(STORM, encoding="utf-8")
    before = sorted(p.name for p in qa.settings.corpus_dir.iterdir())
    status = add_handler(demo)(str(path), "", "")[0]
    assert "Not added" in status and "only .txt and .md" in status
    assert sorted(p.name for p in qa.settings.corpus_dir.iterdir()) == before


@pytest.mark.parametrize("filename", ["../../escaped.txt", "/tmp/escaped.txt", "..\\escaped.txt", "escaped\x00.txt",
                                      ".escaped.txt", "CON.txt", "nul.md", "x" * 300 + ".txt"])
def test_a_pasted_article_cannot_be_named_out_of_the_corpus(served, filename):
    app, demo, qa, calls = served
    corpus = qa.settings.corpus_dir
    before = {p: sorted(q.name for q in p.iterdir()) for p in (corpus, corpus.parent, Path("/tmp"))}
    status = add_handler(demo)(None, STORM, filename)[0]
    assert "Not added" in status
    assert {p: sorted(q.name for q in p.iterdir()) for p in before} == before


# -- names ---------------------------------------------------------------------------------------

HOSTILE_NAMES = [
    "../../etc/passwd", "../../etc/passwd.txt", "/etc/passwd.txt", "//server/share/a.txt", "C:\\Windows\\a.txt",
    "a/../../b.txt", "..", ".", "...txt", ".txt", "storm\x00.txt", "", "   ", "\t.txt", "CON.txt", "con.txt",
    "Aux.md", "LPT1.txt", "com9.notes.txt", "x" * 197 + ".txt", "x" * 196 + ".txt", "é" * 100 + ".txt",
    "storm\n.txt", "storm\u202e.txt", "storm\ud800.txt", "~/storm.txt", "$HOME.txt", "storm.txt/", "a:b.txt",
    "<script>.txt", "storm .txt", " storm.txt ", "Storm (2024) & co.md",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.one_of(st.text(max_size=40), st.text(alphabet=st.sampled_from("./\\\x00 .txtmdCONaé~:$"), max_size=30),
                      st.builds(lambda a, b: a + b, st.text(max_size=250), st.sampled_from([".txt", ".md", ".TXT"]))))
@example(name=None)
def test_any_file_name_lands_inside_the_corpus_folder_or_is_refused(tmp_path_factory, name):
    try:
        safe = _safe_name(name)
    except CorpusError as e:
        assert str(e).strip()
        return
    corpus = tmp_path_factory.mktemp("names")
    assert os.path.basename(safe) == safe and safe not in {".", ".."} and not safe.startswith(".")
    assert Path(safe).suffix.lower() in {".txt", ".md"}
    assert (corpus / safe).resolve().parent == corpus.resolve()
    atomic_write_bytes(corpus / safe, b"x", overwrite=False)  # the file system takes the name
    assert [p.name for p in corpus.iterdir()] == [safe]


for _name in HOSTILE_NAMES:
    test_any_file_name_lands_inside_the_corpus_folder_or_is_refused = example(name=_name)(
        test_any_file_name_lands_inside_the_corpus_folder_or_is_refused)


@pytest.mark.parametrize("name", ["CON.txt", "nul.md", "x" * 300 + ".txt", "é" * 120 + ".txt"])
def test_add_article_refuses_reserved_and_over_long_names(tmp_path, name):
    qa = make_qa(tmp_path)
    before = sorted(p.name for p in qa.settings.corpus_dir.iterdir())
    with pytest.raises(CorpusError, match="reserved|too long"):
        qa.add_article(name, STORM)
    assert sorted(p.name for p in qa.settings.corpus_dir.iterdir()) == before


# -- questions -----------------------------------------------------------------------------------


def test_the_question_limit_is_the_documented_one():
    assert Settings().max_question_chars == 1000
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "1,000 characters" in readme


def test_a_question_at_the_limit_is_answered_and_one_over_it_refused_before_embedding(tmp_path):
    embedder = FakeEmbedder()
    qa = QA(corpus_dir=CORPUS, index_dir=tmp_path / "index", embedder=embedder, settings=Settings(min_answer_score=0.0))
    qa.build()
    limit = qa.settings.max_question_chars
    question = ("What did Blinken say about migration? " * 40)[: limit - 1] + "?"
    assert len(question) == limit and qa.ask(question).found
    embedder.calls.clear()
    for too_long in (question + "x", "What? " * 300_000, "x" * 50_000_000):
        started = time.monotonic()
        with pytest.raises(QuestionError, match=f"the limit is {limit:,}"):
            qa.ask(too_long)
        assert time.monotonic() - started < 1.0
    assert embedder.calls == [], "nothing over the limit reaches the embedder"
