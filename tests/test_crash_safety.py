"""A build killed with SIGKILL never leaves a half-written index that loads: the previous index (or
the complete new one) loads and answers as before, or the next start rebuilds it cleanly. A damaged
index file fails its checksum and is rebuilt with a warning saying so.

The builds run in a child process (a small script with the fake embedder, so each start costs well
under a second) that the test kills at random moments of a rebuild loop, and at every single write
step of a save (the child counts its fsync / rename / unlink calls and kills itself at the N-th).
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, FakeEmbedder

import qa
from qa import QA
from qa.index import MANIFEST, DamagedIndex, Index, StaleIndex
from qa.settings import Settings

TESTS = Path(__file__).resolve().parent
PACKAGE_ROOT = Path(qa.__file__).resolve().parents[1]
KILLS = 12
QUESTIONS = [
    "What did Blinken say about migration?",
    "Who is the Colombian foreign minister?",
    "What did the harbour master say about the storm?",
]


class WideEmbedder(FakeEmbedder):
    """The fake embedder with the real model's width, so the index files take a while to write."""

    name = "fake-wide-embedder"
    dim = 384


# The writer process: imports once, then on each command from stdin forks a builder (a fresh
# process with the index code loaded) and SIGKILLs it, or lets it kill itself at a write step.
WRITER = f"""
import os, pathlib, signal, sys, time
sys.path[:0] = [{str(TESTS)!r}, {str(PACKAGE_ROOT)!r}]  # the qa this test imported, not another copy
from test_crash_safety import WideEmbedder
from qa import QA
from qa.settings import Settings

corpus, index = sys.argv[1], sys.argv[2]

def build_forever(kill_at):
    qa = QA(corpus_dir=corpus, index_dir=index, embedder=WideEmbedder(), settings=Settings(min_answer_score=0.0))
    calls = [0]
    def killing(name, fn):
        def step(*args, **kwargs):
            calls[0] += 1
            if calls[0] == kill_at:
                if name == "fsync":  # a torn write: only half of the file reached the disk
                    try:
                        os.ftruncate(args[0], os.fstat(args[0]).st_size // 2)
                    except OSError:  # the folder's own fsync
                        pass
                os.kill(os.getpid(), signal.SIGKILL)
            return fn(*args, **kwargs)
        return step
    if kill_at:
        os.fsync = killing("fsync", os.fsync)
        os.replace = killing("replace", os.replace)
        pathlib.Path.unlink = killing("unlink", pathlib.Path.unlink)
    while True:
        qa.build(force=True)
        if kill_at:
            with open(os.path.join(index, "..", "steps"), "w") as f:
                f.write(str(calls[0]))
            return

print("ready", flush=True)
for line in sys.stdin:
    command, arg = line.split()
    pid = os.fork()
    if pid == 0:
        try:
            build_forever(int(arg) if command == "step" else 0)
        finally:
            os._exit(0)
    if command == "kill":
        time.sleep(float(arg))
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    print("killed" if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL else "finished", flush=True)
"""


class Writer:
    """The writer process, one per index folder. Its stderr (and its builders') goes to a log file
    beside the index, never a pipe nobody reads, and is shown when the writer answers oddly."""

    def __init__(self, corpus: Path, index: Path) -> None:
        self.log = index.parent / "writer.log"
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "w") as log:
            self.process = subprocess.Popen([sys.executable, "-c", WRITER, str(corpus), str(index)], stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=log, text=True, cwd=TESTS)
        assert self.ask("") == "ready"

    def ask(self, command: str) -> str:
        assert self.process.stdin and self.process.stdout
        if command:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer in {"ready", "killed", "finished"}, f"writer answered {answer!r} to {command!r}; its log:\n{self.log.read_text()}"
        return answer

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=30)


ARTICLE = """Storm closes the harbour at {town}

A storm closed the harbour at {town} on {day}, and the ferry to the islands was cancelled.

"We will not risk a single crew in this weather," said the harbour master, {name}.

Engineers expect to restore power to {n} homes by the weekend, the council said.

{name} added that the sea wall had held, though it would need repairs costing {n} thousand euros.
"""
TOWNS = ["Port Ellery", "Kilmore", "Dunmere", "Ashby", "Carrow", "Lisvane", "Tarbet", "Wexham"]


def make_corpus(folder: Path) -> None:
    shutil.copytree(CORPUS, folder)
    for i in range(24):
        text = ARTICLE.format(town=f"{TOWNS[i % 8]} {i}", day=["Monday", "Friday"][i % 2], name=f"Anna Kerr{i}", n=100 * i + 7)
        (folder / f"storm-{i:02d}.txt").write_text(text * (1 + i % 4), encoding="utf-8")


def make_qa(corpus: Path, index: Path) -> QA:
    return QA(corpus_dir=corpus, index_dir=index, embedder=WideEmbedder(), settings=Settings(min_answer_score=0.0))


def answers(qa: QA) -> list[dict]:
    return [qa.ask(q).to_dict() for q in QUESTIONS]


def traces(index: Path) -> list[str]:
    """What a killed writer left behind: temp files and data files the manifest does not list."""
    try:
        listed = {f["name"] for f in json.loads((index / MANIFEST).read_text("utf-8"))["files"].values()}
    except (OSError, ValueError, KeyError):
        listed = set()
    return sorted(p.name for p in index.iterdir() if p.name not in listed | {MANIFEST, ".lock"})


def assert_clean(index: Path) -> None:
    m = json.loads((index / MANIFEST).read_text("utf-8"))
    assert traces(index) == []
    for f in m["files"].values():
        assert hashlib.sha256((index / f["name"]).read_bytes()).hexdigest() == f["sha256"]


def check_after_kill(corpus: Path, index: Path, expected: list[dict]) -> str:
    """The folder holds a complete index that loads and answers as before, or one that is refused
    (and then rebuilt cleanly). Returns which of the two happened."""
    try:
        loaded = Index.load(index, WideEmbedder.name)
    except StaleIndex:
        outcome = "rebuilt"
    else:
        m = json.loads((index / MANIFEST).read_text("utf-8"))
        assert m["counts"] == {"articles": len(loaded.articles), "passages": len(loaded.passages),
                               "sentences": len(loaded.sentences)}
        outcome = "loaded"
    qa = make_qa(corpus, index)
    report = qa.build()
    assert report.embedded == (0 if outcome == "loaded" else report.articles)
    assert answers(qa) == expected
    assert Index.load(index, WideEmbedder.name) is not None  # whatever happened, it loads now
    return outcome


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path, list[dict]]:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    make_corpus(corpus)
    qa = make_qa(corpus, index)
    qa.build()
    return corpus, index, answers(qa)


def test_sigkill_at_random_moments_of_rebuilds_never_leaves_a_half_index(built):
    corpus, index, expected = built
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    writer = Writer(corpus, index)
    outcomes, left_behind, generations = [], 0, set()
    for _ in range(KILLS):
        assert writer.ask(f"kill {rng.uniform(0.0, 0.4):.3f}") == "killed"
        left_behind += bool(traces(index))
        generations.add((index / MANIFEST).read_bytes())
        outcomes.append(check_after_kill(corpus, index, expected))
    writer.close()
    print(f"\nrandom kills (seed {seed}): {len(outcomes)} kills, {len(generations)} index generations seen, "
          f"{left_behind} kills left temp or orphan files; outcomes {outcomes}")
    assert len(outcomes) >= 10
    assert all(o == "loaded" for o in outcomes), "a killed save never costs the previous index"
    make_qa(corpus, index).build(force=True)
    assert_clean(index)  # the next save removes whatever the killed writers left


def test_sigkill_at_every_write_step_of_a_save_keeps_a_loadable_index(built, tmp_path):
    corpus, pristine, expected = built
    index = tmp_path / "work" / "index"
    writer = Writer(corpus, index)
    n = 1
    while True:
        shutil.rmtree(index, ignore_errors=True)
        shutil.copytree(pristine, index)
        result = writer.ask(f"step {n}")
        left = sorted(p.name for p in index.iterdir())
        assert check_after_kill(corpus, index, expected) == "loaded", f"killed at write step {n}, leaving {left}"
        if result == "finished":  # n is past the last write step: the save completed
            break
        assert result == "killed"
        n += 1
        assert n < 100, "a save should not take this many write steps"
    writer.close()
    steps = int((tmp_path / "work" / "steps").read_text())
    print(f"\nkilled at each of {steps} write steps of a save (fsync, rename, unlink): the index always loaded")
    assert steps == n - 1 and steps >= 8  # three data files and the manifest, each synced and renamed


def test_a_first_build_killed_mid_write_is_rebuilt_cleanly(tmp_path):
    corpus, index = tmp_path / "corpus", tmp_path / "work" / "index"
    make_corpus(corpus)
    expected = answers(make_qa(corpus, tmp_path / "reference"))
    writer = Writer(corpus, index)
    for n in (1, 4, 8):  # a torn first file, between data files, a torn manifest
        shutil.rmtree(index, ignore_errors=True)
        assert writer.ask(f"step {n}") == "killed"
        assert check_after_kill(corpus, index, expected) == "rebuilt"
        assert_clean(index)
    writer.close()


# -- damage found by the checksums ----------------------------------------------------------------


@pytest.mark.parametrize("damage", ["truncate", "flip-a-byte", "zero-length"])
@pytest.mark.parametrize("key", ["records", "passages", "sentences"])
def test_a_damaged_index_file_is_detected_and_rebuilt_with_a_warning(built, caplog, damage, key):
    corpus, index, expected = built
    m = json.loads((index / MANIFEST).read_text("utf-8"))
    path = index / m["files"][key]["name"]
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) - 100]
    elif damage == "flip-a-byte":
        data[len(data) // 2] ^= 0x01  # one bit: still valid JSON or FAISS, only the checksum knows
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedIndex, match="checksum"):
        Index.load(index, WideEmbedder.name)
    qa = make_qa(corpus, index)
    with caplog.at_level(logging.INFO, logger="qa"):
        report = qa.build()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "qa"]
    assert len(warnings) == 1, caplog.text
    assert "building the index" in warnings[0].getMessage()
    assert path.name in warnings[0].getMessage() and "damaged (checksum mismatch)" in warnings[0].getMessage()
    assert report.embedded == report.articles
    assert answers(qa) == expected
    assert_clean(index)


def test_a_missing_or_outdated_index_is_built_without_a_warning(tmp_path, caplog):
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    with caplog.at_level(logging.INFO, logger="qa"):
        make_qa(corpus, tmp_path / "index").build()
        QA(corpus_dir=corpus, index_dir=tmp_path / "index", embedder=FakeEmbedder()).build()  # other model
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "no index" in caplog.text and "built with model" in caplog.text

