"""The index folder: built on first use, loaded without re-embedding, updated per article, rebuilt
cleanly when damaged or made by another model or format, and ``QA.add_article``."""

from __future__ import annotations

import errno
import hashlib
import json
import threading
import time
from pathlib import Path

import pytest
from conftest import SEED, FakeEmbedder

import qa.corpus
import qa.engine
from qa import QA, CorpusError, IndexFormatError
from qa.index import FORMAT_VERSION, MANIFEST, RULES
from qa.settings import Settings

SEED_ID = SEED.stem
STORM = (
    "Storm cuts power on the northern coast\n\n"
    "A powerful storm hit the northern coast on Friday, cutting power to thousands of homes.\n\n"
    "Engineers expect to restore electricity to the lighthouse district by Sunday evening.\n"
)
STORM_QUESTION = "When will electricity return to the lighthouse district?"
SEED_QUESTION = "What did Blinken say about migration?"


def make_qa(corpus_dir: Path, index_dir: Path, embedder: FakeEmbedder | None = None, **settings) -> QA:
    return QA(
        corpus_dir=corpus_dir,
        index_dir=index_dir,
        embedder=embedder or FakeEmbedder(),
        settings=Settings(min_answer_score=0.0, **settings),
    )


def manifest(index_dir: Path) -> dict:
    return json.loads((index_dir / MANIFEST).read_text("utf-8"))


def data_files(index_dir: Path) -> set[str]:
    return {p.name for p in index_dir.iterdir() if not p.name.startswith(".")}


def assert_clean(index_dir: Path) -> None:
    """Exactly the manifest and the data files it lists, no stale generation, no temp file."""
    m = manifest(index_dir)
    listed = {f["name"] for f in m["files"].values()}
    assert data_files(index_dir) == listed | {MANIFEST}
    assert not [p for p in index_dir.iterdir() if p.name.endswith(".tmp")]
    for f in m["files"].values():
        assert hashlib.sha256((index_dir / f["name"]).read_bytes()).hexdigest() == f["sha256"]


def embedded_batches(embedder: FakeEmbedder) -> list[int]:
    """Batch sizes of article embedding (questions are embedded in batches of one here)."""
    return [n for n in embedder.calls if n != 1]


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    return tmp_path / "index"


@pytest.fixture
def built(fake_qa: QA) -> QA:
    fake_qa.build()
    return fake_qa


# -- building and loading -------------------------------------------------------------------------
def test_first_ask_builds_a_self_describing_index(fake_qa, fake_embedder, index_dir, corpus_dir):
    assert not index_dir.exists()
    answer = fake_qa.ask(SEED_QUESTION)
    assert answer.found
    index = fake_qa.index
    assert fake_embedder.calls == [len(index.passages), len(index.sentences), 1]

    m = manifest(index_dir)
    assert m["format"] == FORMAT_VERSION
    assert m["model"] == FakeEmbedder.name
    assert m["rules"] == RULES
    text = (corpus_dir / SEED.name).read_text("utf-8")
    assert set(m["articles"]) == {SEED_ID}
    assert m["articles"][SEED_ID]["file"] == SEED.name
    assert m["articles"][SEED_ID]["sha256"] == hashlib.sha256(text.encode()).hexdigest()
    assert set(m["files"]) == {"records", "passages", "sentences"}
    names = [f["name"] for f in m["files"].values()]
    assert any(n.endswith(".json") for n in names) and sum(n.endswith(".faiss") for n in names) == 2
    assert_clean(index_dir)
    records = json.loads((index_dir / m["files"]["records"]["name"]).read_text("utf-8"))
    assert [a["id"] for a in records["articles"]] == [SEED_ID]


class ReleasingEmbedder(FakeEmbedder):
    """The fake embedder with the ``release`` hook a build calls when it has embedded its articles."""

    def __init__(self, fail: bool = False) -> None:
        super().__init__()
        self.fail = fail
        self.events: list[str] = []

    def encode(self, texts):
        self.events.append("encode")
        if self.fail:
            raise RuntimeError("the encoder ran out of memory")
        return super().encode(texts)

    def release(self) -> None:
        self.events.append("release")


def test_a_build_lets_the_embedder_free_what_only_builds_need(corpus_dir, index_dir):
    embedder = ReleasingEmbedder()
    qa = make_qa(corpus_dir, index_dir, embedder)
    qa.build()
    assert embedder.events[-1] == "release" and embedder.events.count("release") == 1
    assert "encode" in embedder.events[:-1]
    qa.ask(SEED_QUESTION)  # questions are no build: nothing more to free
    assert embedder.events.count("release") == 1
    failing = ReleasingEmbedder(fail=True)
    with pytest.raises(RuntimeError):
        make_qa(corpus_dir, index_dir, failing).build(force=True)
    assert failing.events == ["encode", "release"]  # freed on the way out of a failed build too


def test_second_qa_loads_the_index_without_embedding(built, corpus_dir, index_dir):
    before = sorted(p.name for p in index_dir.iterdir())
    embedder = FakeEmbedder()
    again = make_qa(corpus_dir, index_dir, embedder)
    report = again.build()
    assert (report.embedded, report.reused, report.articles) == (0, 1, 1)
    assert embedder.calls == []
    assert [a.id for a in again.articles] == [SEED_ID]
    assert sorted(p.name for p in index_dir.iterdir()) == before  # nothing rewritten
    assert again.ask(SEED_QUESTION).to_dict() == built.ask(SEED_QUESTION).to_dict()
    assert embedder.calls == [1]  # only the question


def test_adding_an_article_embeds_only_that_article(built, corpus_dir, index_dir):
    (corpus_dir / "storm.txt").write_text(STORM, encoding="utf-8")
    embedder = FakeEmbedder()
    again = make_qa(corpus_dir, index_dir, embedder)
    report = again.build()
    assert (report.embedded, report.reused, report.articles) == (1, 1, 2)
    storm = [p for p in again.index.passages if p.article == "storm"]
    storm_sentences = [s for s, a in zip(again.index.sentences, again.index.sentence_article) if again.index.articles[a].id == "storm"]
    assert embedder.calls == [len(storm), len(storm_sentences)]
    assert set(manifest(index_dir)["articles"]) == {SEED_ID, "storm"}
    assert again.ask(STORM_QUESTION).answer.article == "storm"
    assert again.ask(SEED_QUESTION).answer.article == SEED_ID
    assert_clean(index_dir)


def test_a_running_qa_follows_the_corpus_folder(built, fake_embedder, corpus_dir, monkeypatch):
    monkeypatch.setattr(qa.engine, "_CORPUS_CHECK_SECONDS", 0.0)
    fake_embedder.calls.clear()
    (corpus_dir / "storm.txt").write_text(STORM, encoding="utf-8")
    assert built.ask(STORM_QUESTION).answer.article == "storm"
    assert len(embedded_batches(fake_embedder)) == 2  # one article: its passages and its sentences
    (corpus_dir / "storm.txt").unlink()
    answer = built.ask(STORM_QUESTION)
    assert answer.answer is None or answer.answer.article == SEED_ID  # (the seed article has no time to come for it)
    assert {p.article for p in answer.passages} == {SEED_ID}


def test_a_broken_symlink_in_the_corpus_does_not_hide_later_changes(built, corpus_dir, monkeypatch):
    monkeypatch.setattr(qa.engine, "_CORPUS_CHECK_SECONDS", 0.0)
    (corpus_dir / "gone.txt").symlink_to(corpus_dir / "no-such-file.txt")
    assert [a.id for a in built.articles] == [SEED_ID]
    (corpus_dir / "storm.txt").write_text(STORM, encoding="utf-8")
    assert built.ask(STORM_QUESTION).answer.article == "storm"


def test_editing_an_article_re_embeds_it(built, corpus_dir, index_dir):
    path = corpus_dir / SEED.name
    path.write_text(
        path.read_text("utf-8") + "\nThe delegations will meet again in Cartagena next spring.\n", encoding="utf-8"
    )
    embedder = FakeEmbedder()
    again = make_qa(corpus_dir, index_dir, embedder)
    report = again.build()
    assert (report.embedded, report.reused) == (1, 0)
    assert len(embedded_batches(embedder)) == 2
    answer = again.ask("Where will the delegations meet again next spring?")
    assert answer.answer.text == "The delegations will meet again in Cartagena next spring."
    assert manifest(index_dir)["articles"][SEED_ID]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert_clean(index_dir)


def test_deleting_an_article_drops_it_from_answers(built, corpus_dir, index_dir):
    (corpus_dir / "storm.txt").write_text(STORM, encoding="utf-8")
    assert make_qa(corpus_dir, index_dir).ask(STORM_QUESTION).answer.article == "storm"
    (corpus_dir / "storm.txt").unlink()
    embedder = FakeEmbedder()
    again = make_qa(corpus_dir, index_dir, embedder)
    report = again.build()
    assert (report.embedded, report.reused, report.articles) == (0, 1, 1)
    assert embedder.calls == []
    answer = again.ask(STORM_QUESTION, k=5)
    assert answer.answer is None or answer.answer.article == SEED_ID
    assert all(p.article == SEED_ID for p in answer.passages)
    assert "lighthouse" not in json.dumps([answer.to_dict()["answer"], answer.to_dict()["passages"]])
    assert set(manifest(index_dir)["articles"]) == {SEED_ID}
    assert_clean(index_dir)


def test_renaming_an_article_reuses_its_vectors_under_the_new_id(built, corpus_dir, index_dir):
    (corpus_dir / SEED.name).rename(corpus_dir / "renamed.md")
    embedder = FakeEmbedder()
    again = make_qa(corpus_dir, index_dir, embedder)
    report = again.build()
    assert report.embedded == 0 and embedder.calls == []
    answer = again.ask(SEED_QUESTION)
    assert answer.answer.article == "renamed"
    assert {p.article for p in answer.passages} == {"renamed"}
    entry = manifest(index_dir)["articles"]
    assert set(entry) == {"renamed"}
    assert (entry["renamed"]["file"], entry["renamed"]["sha256"]) == ("renamed.md", again.articles[0].sha256)


def test_an_index_made_by_other_title_rules_is_brought_up_to_date(corpus_dir, index_dir, monkeypatch):
    # Front matter was body, titled by the file name, before it was read as a header: an index made
    # then must not keep that title, nor the front matter as a passage, though the text is unchanged.
    (corpus_dir / "storm.md").write_text("---\ntitle: Storm cuts power\ndate: 2024-01-05\n---\n\n" + STORM.split("\n\n", 1)[1], "utf-8")
    with monkeypatch.context() as old_rules:
        title_rules = qa.corpus.split_title
        old_rules.setattr(qa.corpus, "split_title", lambda text, fallback: (fallback, 0) if text.startswith("---") else title_rules(text, fallback))
        make_qa(corpus_dir, index_dir).build()
    records = json.loads((index_dir / manifest(index_dir)["files"]["records"]["name"]).read_text("utf-8"))
    assert {a["id"]: a["title"] for a in records["articles"]}["storm"] == "Storm"
    embedder = FakeEmbedder()
    again = make_qa(corpus_dir, index_dir, embedder)
    report = again.build()
    assert (report.embedded, report.reused) == (1, 1)
    storm = next(a for a in again.articles if a.id == "storm")
    assert storm.title == "Storm cuts power" and storm.body.startswith("A powerful storm")
    assert not any("date:" in p.text for p in again.index.passages)
    assert make_qa(corpus_dir, index_dir).articles == again.articles  # and saved so


def test_force_rebuild_re_embeds_everything(built, corpus_dir, index_dir):
    embedder = FakeEmbedder()
    again = make_qa(corpus_dir, index_dir, embedder)
    report = again.build(force=True)
    assert (report.embedded, report.reused) == (1, 0)
    assert len(embedder.calls) == 2
    assert_clean(index_dir)


# -- damage and staleness -------------------------------------------------------------------------
def _file(index_dir: Path, key: str) -> Path:
    return index_dir / manifest(index_dir)["files"][key]["name"]


def truncate(index_dir: Path, key: str) -> None:
    path = _file(index_dir, key)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def corrupt(index_dir: Path, key: str) -> None:
    path = _file(index_dir, key)
    data = bytearray(path.read_bytes())
    mid = len(data) // 2
    data[mid : mid + 8] = b"\xde\xad\xbe\xef" * 2
    path.write_bytes(bytes(data))


def empty(index_dir: Path, key: str) -> None:
    _file(index_dir, key).write_bytes(b"")


def delete(index_dir: Path, key: str) -> None:
    _file(index_dir, key).unlink()


def consistent_but_wrong_records(index_dir: Path, key: str) -> None:
    """Valid JSON with a matching checksum, but not the records the vectors belong to."""
    m = manifest(index_dir)
    data = json.dumps({"articles": [], "passages": [], "sentences": {}}).encode()
    (index_dir / m["files"][key]["name"]).write_bytes(data)
    m["files"][key]["sha256"] = hashlib.sha256(data).hexdigest()
    (index_dir / MANIFEST).write_text(json.dumps(m), "utf-8")


DAMAGE = [(f, key) for f in (truncate, corrupt, empty, delete) for key in ("records", "passages", "sentences")]
DAMAGE.append((consistent_but_wrong_records, "records"))


@pytest.mark.parametrize("damage, key", DAMAGE, ids=[f"{f.__name__}-{k}" for f, k in DAMAGE])
def test_damaged_data_file_leads_to_a_clean_rebuild(built, corpus_dir, index_dir, damage, key):
    expected = built.ask(SEED_QUESTION).to_dict()
    old = _file(index_dir, key).name
    damage(index_dir, key)
    embedder = FakeEmbedder()
    again = make_qa(corpus_dir, index_dir, embedder)
    answer = again.ask(SEED_QUESTION)
    assert answer.to_dict() == expected
    assert len(embedded_batches(embedder)) == 2  # everything re-embedded
    assert old not in data_files(index_dir)
    assert_clean(index_dir)
    assert make_qa(corpus_dir, index_dir).build().embedded == 0  # and the new index loads


MANIFEST_DAMAGE = {
    "garbage": b"\x00\xffnot json at all{{",
    "empty": b"",
    "truncated": None,  # first half of the real manifest
    "json-list": b"[1, 2, 3]",
    "json-null": b"null",
    "no-files": None,
    "files-not-a-dict": None,
}


@pytest.mark.parametrize("kind", MANIFEST_DAMAGE)
def test_damaged_manifest_leads_to_a_clean_rebuild(built, corpus_dir, index_dir, kind):
    expected = built.ask(SEED_QUESTION).to_dict()
    path = index_dir / MANIFEST
    m = manifest(index_dir)
    old = {f["name"] for f in m["files"].values()}
    if kind == "truncated":
        data = path.read_bytes()[: path.stat().st_size // 2]
    elif kind == "no-files":
        del m["files"]
        data = json.dumps(m).encode()
    elif kind == "files-not-a-dict":
        m["files"] = "records.json"
        data = json.dumps(m).encode()
    else:
        data = MANIFEST_DAMAGE[kind]
    path.write_bytes(data)
    embedder = FakeEmbedder()
    again = make_qa(corpus_dir, index_dir, embedder)
    assert again.ask(SEED_QUESTION).to_dict() == expected
    assert len(embedded_batches(embedder)) == 2
    assert not old & data_files(index_dir), "the unusable generation is removed"
    assert_clean(index_dir)


@pytest.mark.parametrize("field, value", [("model", "some-other-model"), ("format", FORMAT_VERSION + 1), ("rules", "0" * 16)])
def test_manifest_from_another_model_format_or_rules_causes_a_rebuild(built, corpus_dir, index_dir, field, value):
    m = manifest(index_dir)
    m[field] = value
    (index_dir / MANIFEST).write_text(json.dumps(m), "utf-8")
    embedder = FakeEmbedder()
    again = make_qa(corpus_dir, index_dir, embedder)
    report = again.build()
    assert (report.embedded, report.reused) == (1, 0)
    assert len(embedder.calls) == 2
    m2 = manifest(index_dir)
    assert (m2["model"], m2["format"], m2["rules"]) == (FakeEmbedder.name, FORMAT_VERSION, RULES)
    assert_clean(index_dir)


class OtherEmbedder(FakeEmbedder):
    name = "another-fake-embedder"
    dim = 32


def test_a_qa_with_another_model_rebuilds_and_records_its_model(built, corpus_dir, index_dir):
    other = OtherEmbedder()
    again = QA(corpus_dir=corpus_dir, index_dir=index_dir, embedder=other, settings=Settings(min_answer_score=0.0))
    assert again.ask(SEED_QUESTION).found
    assert len(embedded_batches(other)) == 2
    m = manifest(index_dir)
    assert (m["model"], m["dim"]) == ("another-fake-embedder", 32)
    assert_clean(index_dir)


def test_orphan_files_of_an_interrupted_save_are_removed_by_the_next_save(built, corpus_dir, index_dir):
    (index_dir / "records-19990101000000-000001.json").write_text("{}", "utf-8")
    (index_dir / "passages-19990101000000-000001.faiss").write_bytes(b"\x00" * 10)
    (corpus_dir / "storm.txt").write_text(STORM, encoding="utf-8")
    assert make_qa(corpus_dir, index_dir).build().embedded == 1
    assert_clean(index_dir)


def test_a_save_in_the_same_microsecond_as_the_last_writes_new_files(built, corpus_dir, index_dir, monkeypatch):
    # A clock that does not move between two saves (a coarse clock, or two saves close together): the
    # second must not write over the files the manifest in place points at
    monkeypatch.setattr("qa.index.time.time_ns", lambda: 1_700_000_000_123_456_789)
    built.build(force=True)
    first = {f["name"] for f in manifest(index_dir)["files"].values()}
    (corpus_dir / "storm.txt").write_text(STORM, encoding="utf-8")
    built.build()
    second = {f["name"] for f in manifest(index_dir)["files"].values()}
    assert not first & second
    assert all(name.split("-", 1)[1].startswith(time.strftime("%Y%m%d%H%M%S", time.localtime(1_700_000_000))) for name in second)
    assert_clean(index_dir)


def test_a_save_leaves_the_users_own_files_in_the_index_folder_alone(corpus_dir, tmp_path):
    folder = tmp_path / "project"  # --index pointed at a folder that holds other things
    folder.mkdir()
    theirs = {"package-lock.json": "{}", "tsconfig-base.json": "{}", "my-notes.faiss": "x", ".draft.md.tmp": "y"}
    for name, text in theirs.items():
        (folder / name).write_text(text, "utf-8")
    qa = make_qa(corpus_dir, folder)
    qa.build()
    (corpus_dir / "storm.txt").write_text(STORM, encoding="utf-8")
    qa.build()  # a second save, which removes the first one's generation
    assert {name: (folder / name).read_text("utf-8") for name in theirs if (folder / name).exists()} == theirs
    assert len(data_files(folder) - set(theirs)) == 4  # the manifest and one generation of data files


def read_only(monkeypatch, index_dir: Path) -> None:
    """Make ``index_dir`` behave as on a read-only mount: nothing can be created or replaced in it."""
    real_open = open

    def no_lock(path, *args, **kwargs):
        if Path(path).parent == index_dir:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, *args, **kwargs)

    def no_write(path, data, overwrite=True):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(qa.index, "open", no_lock, raising=False)
    monkeypatch.setattr(qa.index, "atomic_write_bytes", no_write)


def test_an_up_to_date_index_on_a_read_only_mount_answers(built, corpus_dir, index_dir, monkeypatch):
    read_only(monkeypatch, index_dir)
    again = make_qa(corpus_dir, index_dir)
    assert again.ask(SEED_QUESTION).answer.article == SEED_ID


def test_an_index_that_cannot_be_written_is_a_qa_error_saying_so(built, corpus_dir, index_dir, monkeypatch):
    read_only(monkeypatch, index_dir)
    (corpus_dir / "storm.txt").write_text(STORM, encoding="utf-8")
    with pytest.raises(IndexFormatError, match=r"cannot write the index in .*Read-only file system.*--index"):
        make_qa(corpus_dir, index_dir).ask(STORM_QUESTION)
    with pytest.raises(IndexFormatError):
        built.add_article("flood.txt", STORM.replace("Storm", "Flood"))
    assert not (corpus_dir / "flood.txt").exists()  # an article that cannot be indexed does not stay


def test_two_qas_building_at_once_embed_the_corpus_once(corpus_dir, index_dir):
    embedders = [FakeEmbedder(), FakeEmbedder()]
    qas = [make_qa(corpus_dir, index_dir, e) for e in embedders]
    barrier = threading.Barrier(2, timeout=30)
    errors: list[BaseException] = []

    def run(q: QA) -> None:
        try:
            barrier.wait()
            q.build()
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(q,)) for q in qas]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(len(e.calls) for e in embedders) == 2
    assert_clean(index_dir)


# -- add_article ----------------------------------------------------------------------------------
def corpus_files(corpus_dir: Path) -> list[str]:
    return sorted(p.name for p in corpus_dir.iterdir())


def test_add_article_writes_the_file_and_indexes_only_it(built, fake_embedder, corpus_dir, index_dir):
    fake_embedder.calls.clear()
    article = built.add_article("storm.txt", STORM)
    assert (corpus_dir / "storm.txt").read_text("utf-8") == STORM
    assert (article.id, article.title) == ("storm", "Storm cuts power on the northern coast")
    storm_passages = [p for p in built.index.passages if p.article == "storm"]
    assert fake_embedder.calls[0] == len(storm_passages)
    assert len(fake_embedder.calls) == 2
    assert set(manifest(index_dir)["articles"]) == {SEED_ID, "storm"}
    assert built.ask(STORM_QUESTION).answer.article == "storm"


def test_add_article_accepts_bytes_and_markdown(built, corpus_dir):
    article = built.add_article("storm.md", ("# " + STORM).encode("utf-8"))
    assert article.id == "storm" and article.title == "Storm cuts power on the northern coast"
    assert (corpus_dir / "storm.md").exists()


def test_add_article_again_with_the_same_content_is_a_no_op(built, fake_embedder, corpus_dir):
    built.add_article("storm.txt", STORM)
    fake_embedder.calls.clear()
    files = corpus_files(corpus_dir)
    article = built.add_article("storm.txt", STORM)
    assert article.id == "storm"
    assert fake_embedder.calls == []
    assert corpus_files(corpus_dir) == files


BAD_NAMES = [
    "sub/storm.txt",
    "ABSOLUTE",  # an absolute path into tmp_path, filled in by the test
    "../storm.txt",
    "..",
    "..\\storm.txt",
    "sub\\storm.txt",
    "storm\x00.txt",
    ".storm.txt",
    ".txt",
    "storm.pdf",
    "storm",
    "storm.txt.exe",
    "",
    "   ",
]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_add_article_refuses_unsafe_or_unusable_names(built, corpus_dir, tmp_path, name):
    if name == "ABSOLUTE":
        name = str(tmp_path / "storm.txt")
    before = corpus_files(corpus_dir)
    with pytest.raises(CorpusError):
        built.add_article(name, STORM)
    assert corpus_files(corpus_dir) == before
    assert not (tmp_path / "storm.txt").exists()


def test_add_article_refuses_a_non_str_name(built, corpus_dir):
    before = corpus_files(corpus_dir)
    with pytest.raises(CorpusError):
        built.add_article(None, STORM)  # type: ignore[arg-type]
    assert corpus_files(corpus_dir) == before


def test_add_article_refuses_oversize_content(corpus_dir, index_dir):
    limit = len(STORM.encode())
    q = make_qa(corpus_dir, index_dir, max_article_bytes=limit)
    assert q.add_article("fits.txt", STORM).id == "fits"  # exactly at the limit
    before = corpus_files(corpus_dir)
    with pytest.raises(CorpusError, match="bytes"):
        q.add_article("big.txt", STORM + "x")
    assert corpus_files(corpus_dir) == before


@pytest.mark.parametrize(
    "content, words",
    [
        ("Caf\u00e9 reopens\n\nThe caf\u00e9 reopened today after a long refit.\n".encode("latin-1"), "UTF-8"),
        (b"\xff\xfe\x00S\x00t\x00o\x00r\x00m", ""),
        (b"Storm\n\nbinary\x00junk", "binary"),
        ("", "empty"),
        ("  \n\n\t", "empty"),
        ("Title: Storm\nAuthor: Desk\n", "no article text"),
    ],
    ids=["latin-1", "utf-16", "nul-byte", "empty", "blank", "title-only"],
)
def test_add_article_refuses_unreadable_content_and_leaves_nothing(built, fake_embedder, corpus_dir, content, words):
    before = corpus_files(corpus_dir)
    fake_embedder.calls.clear()
    with pytest.raises(CorpusError) as info:
        built.add_article("storm.txt", content)
    assert "storm.txt" in str(info.value)
    assert words.lower() in str(info.value).lower()
    assert corpus_files(corpus_dir) == before
    assert fake_embedder.calls == []
    assert [a.id for a in built.articles] == [SEED_ID]


def test_add_article_refuses_an_existing_name_with_other_content(built, corpus_dir):
    original = (corpus_dir / SEED.name).read_bytes()
    with pytest.raises(CorpusError, match="already"):
        built.add_article(SEED.name, STORM)
    assert (corpus_dir / SEED.name).read_bytes() == original


def test_add_article_refuses_a_second_file_with_the_same_id(built, corpus_dir, index_dir):
    before = corpus_files(corpus_dir)
    with pytest.raises(CorpusError, match="share the id"):
        built.add_article(SEED.stem + ".md", STORM)
    assert corpus_files(corpus_dir) == before
    assert make_qa(corpus_dir, index_dir).build().articles == 1


def test_add_article_without_a_corpus_folder(tmp_path):
    q = make_qa(tmp_path / "missing", tmp_path / "index")
    with pytest.raises(CorpusError, match="no corpus folder"):
        q.add_article("storm.txt", STORM)
    assert not (tmp_path / "missing").exists()


def test_lookups_for_many_sentences_agree_with_the_one_at_a_time_ones(built):
    import numpy as np

    index = built.index
    ids = np.arange(len(index.sentences))
    assert index.sentence_passage.tolist() == [index.passage_id(i) for i in ids]
    bm25 = index.sentence_bm25
    for token in [*sorted(bm25.doc_freq)[:40], "nosuchtoken"]:
        want = [token in bm25.tokens(i) for i in ids]
        assert bm25.holds(token, ids).tolist() == want
        assert bm25.holds(token, ids[::-3]).tolist() == want[::-3]  # any order, any subset
        assert bm25.doc_freq.get(token, 0) == sum(want)
