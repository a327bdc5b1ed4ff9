"""Offline guarantee: with every network connection refused, a fresh Python process imports the
package, builds an index with the real model and answers a question.

The check runs in a subprocess so the import (and the model load) is fresh: the sockets are
patched before ``qa`` is imported, and every attempt is recorded, even one a library would swallow.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = r"""
import json, socket, sys

attempts = []

def refuse(name):
    def blocked(*args, **kwargs):
        attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
        raise OSError(f"network access is blocked in this test ({name})")
    return blocked

socket.socket.connect = refuse("socket.connect")
socket.socket.connect_ex = refuse("socket.connect_ex")
socket.socket.sendto = refuse("socket.sendto")
socket.create_connection = refuse("create_connection")
socket.getaddrinfo = refuse("getaddrinfo")

try:  # the guard itself works
    socket.create_connection(("127.0.0.1", 9))
    sys.exit("the network guard did not block a connection")
except OSError:
    attempts.clear()

import qa
from qa import QA

corpus, index = sys.argv[1], sys.argv[2]
engine = QA(corpus_dir=corpus, index_dir=index)
report = engine.build()
answer = engine.ask("What did Blinken say about migration?")
print(json.dumps({"articles": report.articles, "embedded": report.embedded, "model": engine.settings.model,
                  "answer": answer.to_dict(), "attempts": attempts}))
"""


def clean_env(tmp_path: Path) -> dict[str, str]:
    """The environment without any Hugging Face or QA variable, and with an empty home and cache."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_", "QA_"))}
    env.update({"PYTHONPATH": str(ROOT), "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")})
    return env


@pytest.mark.model
def test_no_network_import_build_and_answer_with_the_real_model(tmp_path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    env = {**clean_env(tmp_path), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "corpus"), str(tmp_path / "index")],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["attempts"] == [], f"network was attempted: {out['attempts']}"
    assert out["model"] == "all-MiniLM-L6-v2" and out["articles"] == 1 and out["embedded"] == 1
    answer = out["answer"]
    text = next((tmp_path / "corpus").iterdir()).read_text("utf-8")
    assert answer["passages"], "the real model retrieved passages"
    for span in [answer["answer"]] * answer["found"] + answer["passages"]:
        assert text[span["start"] : span["end"]] == span["text"]
    assert (tmp_path / "index" / "manifest.json").exists()


def test_the_package_switches_hub_downloads_off_by_itself(tmp_path):
    """Without any offline variable set, importing ``qa`` sets them before transformers loads."""
    script = ("import os, sys; import qa; "
              "print(os.environ.get('HF_HUB_OFFLINE'), os.environ.get('TRANSFORMERS_OFFLINE'), 'transformers' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=clean_env(tmp_path),
                            cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "1", "False"]
