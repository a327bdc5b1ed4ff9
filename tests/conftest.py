"""Shared fixtures. Fast tests use ``FakeEmbedder`` (deterministic hashed bag of words); tests
marked ``model`` use the real packaged model, still offline."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from qa import QA
from qa.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "us-colombia-high-level-dialogue.txt"
# Questions about the seed article that several tests ask (answers are not checked here).
QUESTIONS = [
    "What did Blinken say about migration?",
    "Who is the Colombian foreign minister?",
    "How will the US reduce demand for drugs?",
    "What do the free trade negotiations mean for farmers?",
    "Which guerrilla group signed the 2016 peace deal?",
    "What are the root causes of insecurity?",
    "What is the High-Level Dialogue?",
    "What help will the US give on wind and solar projects?",
]


class FakeEmbedder:
    """Hashes lower-cased words into a fixed number of buckets: similar wording, similar vectors."""

    name = "fake-hashing-embedder"
    dim = 64

    def __init__(self) -> None:
        self.calls: list[int] = []  # batch sizes, so tests can see what was (re-)embedded

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(len(texts))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in re.findall(r"\w+", t.lower()):
                h = int.from_bytes(hashlib.blake2b(w.encode(), digest_size=4).digest(), "little")
                out[i, h % self.dim] += 1.0
            out[i] /= max(float(np.linalg.norm(out[i])), 1e-9)
        return out


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A private copy of the shipped corpus."""
    d = tmp_path / "corpus"
    shutil.copytree(CORPUS, d)
    return d


@pytest.fixture
def fake_qa(corpus_dir: Path, tmp_path: Path, fake_embedder: FakeEmbedder) -> QA:
    """A QA with the fake embedder that always answers with its best sentence (no threshold)."""
    settings = Settings(min_answer_score=0.0)
    return QA(corpus_dir=corpus_dir, index_dir=tmp_path / "index", embedder=fake_embedder, settings=settings)


@pytest.fixture(scope="session")
def real_qa(tmp_path_factory: pytest.TempPathFactory) -> QA:
    """One real-model QA over a copy of the corpus for the whole session (the model loads once)."""
    base = tmp_path_factory.mktemp("real")
    shutil.copytree(CORPUS, base / "corpus")
    return QA(corpus_dir=base / "corpus", index_dir=base / "index")


@dataclass
class Server:
    url: str
    corpus: Path
    log: Path
    process: subprocess.Popen


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_app(home: Path, timeout: float = 300) -> Iterator[Server]:
    """``app.py`` serving a copy of the shipped corpus from ``home`` on a free loopback port, from
    the moment it answers its page (and has logged its address) until the block ends."""
    corpus = home / "corpus"
    shutil.copytree(CORPUS, corpus)
    port = free_port()
    log = home / "server.log"
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONUNBUFFERED": "1"}
    env.pop("QA_HOST", None)
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "app.py"), "--port", str(port), "--corpus", str(corpus),
             "--index", str(home / "index")],
            cwd=home, stdout=out, stderr=subprocess.STDOUT, env=env,
        )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + timeout
    try:
        while True:
            if process.poll() is not None:
                pytest.fail(f"app.py exited with {process.returncode}:\n{log.read_text()}")
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    if response.status == 200 and f"Running on {url}" in log.read_text(errors="replace"):
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"app.py did not serve {url} within {timeout} s:\n{log.read_text()}")
            time.sleep(0.3)
        yield Server(url, corpus, log, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
