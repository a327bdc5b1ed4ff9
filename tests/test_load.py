"""Load test: the real server (``app.py`` with the real model, on loopback) answers 20 concurrent
``gradio_client`` clients asking 25 questions each with zero errors and the same answers as one
client asking alone; it prints p50/p95 latency and throughput.

    .venv/bin/python -m pytest -m load -s
"""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import QUESTIONS as SEED_QUESTIONS
from conftest import running_app

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


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    with running_app(tmp_path_factory.mktemp("load"), START_TIMEOUT) as running:
        yield running


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@pytest.mark.load
@pytest.mark.model
def test_concurrent_clients_get_serial_answers_without_errors(server):
    from gradio_client import Client

    url, process, log = server.url, server.process, server.log
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
