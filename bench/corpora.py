"""Shared by the speed and scale benchmarks: corpora written from the evaluation data (to a temp
folder, never into the repository), the seed-article questions, and child processes measured for
wall time and peak memory."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .common import REPO, data_dir, read_jsonl

SEED = REPO / "corpus" / "us-colombia-high-level-dialogue.txt"
SEED_QUESTIONS = REPO / "tests" / "data" / "seed_questions.json"


def seed_questions() -> tuple[list[dict], list[str]]:
    """(answerable ``{"q", "gold"}`` items, unanswerable questions) about the seed article."""
    data = json.loads(SEED_QUESTIONS.read_text("utf-8"))
    return list(data["answerable"]), list(data["unanswerable"])


def bbc_articles(limit: int | None = None) -> list[dict]:
    """BBC News articles in their fixed order (by category and number): ``{"id", "title", "text"}``."""
    return read_jsonl(data_dir() / "bbc_news" / "bbc_news.jsonl")[:limit]


def ag_items(limit: int | None = None) -> list[dict]:
    """AG News items: ``{"id", "title", "description"}``; ``\\`` stands for a line break and HTML
    entities such as ``#39;`` are left as they are in the data."""
    return read_jsonl(data_dir() / "ag_news" / "test.jsonl")[:limit]


def _file_name(item_id: str) -> str:
    return re.sub(r"[^\w.-]+", "-", item_id).strip("-") + ".txt"


def write_corpus(folder: Path, bbc: list[dict] = (), ag: list[dict] = (), seed: bool = True) -> int:
    """Write articles as ``title\\n\\nbody`` text files; returns how many."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    if seed:
        (folder / SEED.name).write_bytes(SEED.read_bytes())
        n += 1
    for a in bbc:
        (folder / _file_name(a["id"])).write_text(f"{a['title']}\n\n{a['text'].strip()}\n", "utf-8")
        n += 1
    for a in ag:
        body = " ".join(a["description"].replace("\\", " ").split())
        (folder / _file_name(a["id"])).write_text(f"{' '.join(a['title'].split())}\n\n{body}\n", "utf-8")
        n += 1
    return n


def workdir(prefix: str) -> Path:
    """A fresh temp folder outside the repository."""
    return Path(tempfile.mkdtemp(prefix=f"qa-bench-{prefix}-"))


_code = REPO  # where child processes run (see ``snapshot``)


@contextmanager
def scratch(prefix: str) -> Iterator[Path]:
    """A fresh work folder with a snapshot of the code in it (see ``snapshot``), removed after."""
    work = workdir(prefix)
    try:
        snapshot(work)
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def snapshot(work: Path) -> Path:
    """Copy the code (``qa/``, ``bench/``) and what the benchmarks read from the repository into
    ``work``, and run child processes from that copy from now on: edits made to the checkout while
    a long benchmark runs cannot mix two versions of the code into one result (or make a child
    rebuild the index because the chunking rules it fingerprints changed)."""
    global _code
    code = work / "code"
    ignore = shutil.ignore_patterns("__pycache__", "results", "quotes")
    for folder in ("qa", "bench", "corpus"):
        shutil.copytree(REPO / folder, code / folder, ignore=ignore)
    (code / SEED_QUESTIONS.relative_to(REPO)).parent.mkdir(parents=True)
    shutil.copy2(SEED_QUESTIONS, code / SEED_QUESTIONS.relative_to(REPO))
    _code = code
    return code


@dataclass(frozen=True)
class Run:
    seconds: float  # wall time of the whole process
    peak_mb: float  # peak resident memory of the process (ru_maxrss)
    returncode: int
    stdout: str
    stderr: str


def run_measured(args: list[str], env: dict[str, str] | None = None) -> Run:
    """Run a child process; its wall time and peak RSS. The peak is the child's own high-water
    mark (``VmHWM``), read every few milliseconds while it runs: ``ru_maxrss`` from ``wait4`` would
    count this (large) parent's memory, which the child inherits across fork and exec on Linux."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        # The data stays where it is when the children run from a snapshot.
        env = {**os.environ, "QA_BENCH_DATA": str(data_dir()), **(env or {})}
        proc = subprocess.Popen(args, stdout=out, stderr=err, cwd=_code, env=env)
        peak_kb = 0
        status = Path(f"/proc/{proc.pid}/status")
        while proc.poll() is None:
            try:
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak_kb = max(peak_kb, int(line.split()[1]))
            except (OSError, ValueError, IndexError):
                pass
            time.sleep(0.005)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return Run(seconds, peak_kb / 1024, proc.returncode, out.read(), err.read())


def python(*args: str) -> list[str]:
    return [sys.executable, *args]
