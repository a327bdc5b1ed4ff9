"""Load test: the real server (``app.py`` with the real model, on loopback) answers 20 concurrent
``gradio_client`` clients asking 25 questions each with zero errors and the same answers as one
client asking alone; it prints p50/p95 latency and throughput.

    .venv/bin/python -m pytest -m load -s
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import QUESTIONS as SEED_QUESTIONS

ROOT = Path(__file__).resolve().parents[1]
CLIENTS = 20
PER_CLIENT = 25
START_TIMEOUT = 300

QUESTIONS = [
    *SEED_QUESTIONS,
    "Which Colombian official did Blinken sit down with?",
    "Can managed migration increase stability?",
    "What did Blinken say about tariffs on Venezuelan oil?",
    "Who won the football match?",
    "<script>alert(1)</script> what was agreed?",
    "'; DROP TABLE articles; -- who met whom?",
    "ماذا قال بلينكن عن الهجرة؟",
    "👍 What about the Amazon?",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("load")
    shutil.copytree(ROOT / "corpus", home / "corpus")
    port = _free_port()
    log = home / "server.log"
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONUNBUFFERED": "1"}
    env.pop("QA_HOST", None)
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "app.py"), "--port", str(port), "--corpus", str(home / "corpus"),
             "--index", str(home / "index")],
            cwd=home, stdout=out, stderr=subprocess.STDOUT, env=env,
        )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + START_TIMEOUT
    try:
        while f"Running on {url}" not in log.read_text(errors="replace"):
            if process.poll() is not None:
                pytest.fail(f"app.py exited with {process.returncode}:\n{log.read_text()}")
            if time.monotonic() > deadline:
                pytest.fail(f"app.py did not start within {START_TIMEOUT} s:\n{log.read_text()}")
            time.sleep(0.3)
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200
        yield url, process, log
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@pytest.mark.load
@pytest.mark.model
def test_concurrent_clients_get_serial_answers_without_errors(server):
    from gradio_client import Client

    url, process, log = server
    alone = Client(url, verbose=False)
    expected = {q: alone.predict(q, api_name="/ask") for q in QUESTIONS}
    with ThreadPoolExecutor(CLIENTS) as pool:
        clients = list(pool.map(lambda _: Client(url, verbose=False), range(CLIENTS)))

    def run(k: int) -> list[tuple[str, float, object]]:
        client, out = clients[k], []
        for i in range(PER_CLIENT):
            question = QUESTIONS[(k * 7 + i) % len(QUESTIONS)]
            started = time.perf_counter()
            try:
                result: object = client.predict(question, api_name="/ask")
            except Exception as e:  # noqa: BLE001 - every error is counted and shown
                result = e
            out.append((question, time.perf_counter() - started, result))
        return out

    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        results = [r for rs in pool.map(run, range(CLIENTS)) for r in rs]
    elapsed = time.perf_counter() - started

    errors = [(q, r) for q, _, r in results if isinstance(r, Exception)]
    wrong = [q for q, _, r in results if not isinstance(r, Exception) and r != expected[q]]
    latencies = [t for _, t, _ in results]
    print(f"\nload test: {CLIENTS} clients x {PER_CLIENT} questions = {len(results)} requests in {elapsed:.1f} s; "
          f"p50 {percentile(latencies, 0.5) * 1000:.0f} ms, p95 {percentile(latencies, 0.95) * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms, mean {statistics.mean(latencies) * 1000:.0f} ms; "
          f"throughput {len(results) / elapsed:.1f} requests/s; errors {len(errors)}, differing answers {len(wrong)}")
    assert len(results) == CLIENTS * PER_CLIENT
    assert errors == [], errors[:3]
    assert wrong == [], f"answers under load differ from serial ones: {sorted(set(wrong))}"
    assert process.poll() is None, "the server is still up"
    assert "Traceback" not in log.read_text(errors="replace")
