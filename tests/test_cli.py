"""The command line: error paths in-process (fast), text rendering, and a few real-model runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, SEED

from qa.cli import format_answer, main
from qa.types import Answer, Passage, Quote, Span


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    return corpus, tmp_path / "index"


def run_main(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_error_line(err: str, *words: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error:")
    for w in words:
        assert w in lines[0]


# -- error paths, in-process (no model is loaded) -------------------------------------------------
@pytest.mark.parametrize("question", ["", "   ", "\x00\x01"])
def test_empty_question_exits_2_with_one_error_line(capsys, dirs, question):
    corpus, index = dirs
    code, out, err = run_main(capsys, ["ask", question, "--corpus", str(corpus), "--index", str(index)])
    assert code == 2
    assert out == ""
    assert_one_error_line(err, "empty")


def test_overlong_question_exits_2_with_one_error_line(capsys, dirs):
    corpus, index = dirs
    code, out, err = run_main(capsys, ["ask", "why " * 5000, "--corpus", str(corpus), "--index", str(index)])
    assert code == 2 and out == ""
    assert_one_error_line(err, "limit")


def test_missing_corpus_exits_2_with_one_error_line(capsys, tmp_path):
    missing = tmp_path / "no-such-corpus"
    code, out, err = run_main(capsys, ["ask", "What did Blinken say?", "--corpus", str(missing), "--index", str(tmp_path / "index")])
    assert code == 2 and out == ""
    assert_one_error_line(err, str(missing))
    assert not missing.exists()


def test_empty_corpus_exits_2_with_one_error_line(capsys, tmp_path):
    (tmp_path / "corpus").mkdir()
    code, out, err = run_main(capsys, ["build", "--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")])
    assert code == 2 and out == ""
    assert_one_error_line(err, "no articles")


def test_unreadable_article_exits_2_naming_the_file(capsys, dirs):
    corpus, index = dirs
    (corpus / "broken.txt").write_bytes(b"\xff\xfe broken")
    code, out, err = run_main(capsys, ["ask", "What did Blinken say?", "--corpus", str(corpus), "--index", str(index)])
    assert code == 2 and out == ""
    assert_one_error_line(err, "broken.txt")


@pytest.mark.parametrize("k", ["0", "-1"])
def test_k_below_one_exits_2_with_one_error_line(capsys, dirs, k):
    corpus, index = dirs
    code, out, err = run_main(capsys, ["ask", "What did Blinken say?", "-k", k, "--corpus", str(corpus), "--index", str(index)])
    assert code == 2 and out == ""
    assert_one_error_line(err, "k must be at least 1")


def test_unknown_model_folder_exits_2_with_one_error_line(capsys, dirs, tmp_path):
    corpus, index = dirs
    model = str(tmp_path / "no-such-model")
    code, out, err = run_main(
        capsys, ["ask", "What did Blinken say?", "--model", model, "--corpus", str(corpus), "--index", str(index)]
    )
    assert code == 2 and out == ""
    assert_one_error_line(err, "no-such-model")


@pytest.mark.parametrize("where", ["file", "under-a-file"])
def test_an_index_path_that_is_a_file_exits_2_with_one_error_line(capsys, dirs, where):
    corpus, _ = dirs
    index = corpus / SEED.name if where == "file" else corpus / SEED.name / "index"
    code, out, err = run_main(capsys, ["ask", "What did Blinken say?", "--corpus", str(corpus), "--index", str(index)])
    assert code == 2 and out == ""
    assert_one_error_line(err, str(index), "--index")


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["ask"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["ask", "question", "-k", "many"])
    assert info.value.code == 2
    capsys.readouterr()


# -- format_answer on hand-made answers -----------------------------------------------------------
TITLE = "Blinken and Leyva open the US–Colombia High-Level Dialogue"
QUOTE = Quote(
    text="Colombia is showing the way that migration can increase stability.",
    speaker="Antony Blinken",
    role="US Secretary of State",
    kind="block",
    cue="US Secretary of State Antony Blinken",
    start=100,
    end=167,
)
LONG = "word " * 60 + "\n\nsecond    paragraph"
PASSAGES = (
    Passage("seed", TITLE, (5, 6), 100, 205, QUOTE.text + "\n\nUS Secretary of State Antony Blinken", (QUOTE,), 0.7123),
    Passage("seed", TITLE, (2,), 10, 10 + len(LONG), LONG, (), 0.25),
)


def test_format_found_quote():
    span = Span(QUOTE.text, "seed", TITLE, 5, 100, 167, 0.8049, QUOTE)
    text = format_answer(Answer("Can migration increase stability?", True, span, PASSAGES))
    lines = text.splitlines()
    assert lines[0] == f"“{QUOTE.text}”"
    assert lines[1].strip() == "— Antony Blinken, US Secretary of State (block quote)"
    assert lines[2].strip() == f"{TITLE} · paragraph 5 · score 0.80"
    assert lines[3] == ""
    assert lines[4] == "Sources:"
    assert lines[5].strip().startswith(f"[0.71] {TITLE} ¶5, 6: {QUOTE.text} US Secretary")
    assert lines[6].strip().startswith(f"[0.25] {TITLE} ¶2: word word")
    assert lines[6].endswith("…")
    assert "\n\n" not in lines[6] and "    " not in lines[6].strip()
    assert len(lines) == 7


def test_format_found_quote_without_role():
    quote = Quote("We will win.", "Jane Doe", None, "direct", "she said", 0, 12)
    span = Span("“We will win,” she said.", "a", "T", 1, 0, 24, 0.5, quote)
    lines = format_answer(Answer("q", True, span, ())).splitlines()
    assert lines[1].strip() == "— Jane Doe (direct quote)"
    assert "Sources:" not in lines


@pytest.mark.parametrize(
    "kind, text, shown",
    [
        ("block", "Migration, when it’s managed, can increase stability.", "“Migration, when it’s managed, can increase stability.”"),
        ("direct", "It is a scandal.", "“It is a scandal.”"),  # a middle sentence of a long quote
        ("direct", "“We will win,” she said.", "“We will win,” she said."),  # its own marks
        ("reported", "She said the plan would fail.", "She said the plan would fail."),  # not her words
    ],
)
def test_only_someones_own_words_are_shown_in_quotation_marks(kind: str, text: str, shown: str):
    quote = Quote(text, "Jane Doe", None, kind, "she said", 0, len(text))
    span = Span(text, "a", "T", 1, 0, len(text), 0.5, quote)
    assert span.shown() == shown
    assert format_answer(Answer("q", True, span, ())).splitlines()[0] == shown


def test_format_found_narration():
    span = Span("The talks began on Monday.", "seed", TITLE, 1, 60, 86, 0.61, None)
    lines = format_answer(Answer("When did the talks begin?", True, span, PASSAGES[:1])).splitlines()
    assert lines[0] == "The talks began on Monday."  # no quotation marks around narration
    assert lines[1].strip() == "(the article's own reporting)"
    assert lines[2].strip() == f"{TITLE} · paragraph 1 · score 0.61"
    assert lines[4] == "Sources:"
    assert len(lines) == 6


def test_format_not_found():
    text = format_answer(Answer("What did Zelenskyy say?", False, None, PASSAGES))
    lines = text.splitlines()
    assert lines[0] == "The article doesn't say."
    assert lines[1] == ""
    assert lines[2] == "Nearest passages:"
    assert len(lines) == 5
    assert "Sources:" not in text and "paragraph" not in text


def test_format_not_found_without_passages():
    assert format_answer(Answer("q", False, None, ())) == "The article doesn't say."


# -- the real CLI (real model) --------------------------------------------------------------------
def run_cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "qa", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def built_cli(tmp_path_factory) -> tuple[Path, list[str]]:
    base = tmp_path_factory.mktemp("cli")
    shutil.copytree(CORPUS, base / "corpus")
    where = ["--corpus", str(base / "corpus"), "--index", str(base / "index")]
    done = run_cli(["build", *where], base)
    assert done.returncode == 0, done.stderr
    assert "index: 1 articles (1 embedded, 0 unchanged)" in done.stdout
    assert (base / "index" / "manifest.json").exists()
    return base, where


QUESTION = "Can managed migration increase stability?"


@pytest.mark.model
def test_cli_ask_json_is_the_contract(built_cli):
    base, where = built_cli
    done = run_cli(["ask", QUESTION, "--json", "-k", "2", *where], base)
    assert done.returncode == 0, done.stderr
    d = json.loads(done.stdout)
    assert list(d) == ["question", "found", "answer", "passages"]
    assert d["question"] == QUESTION and d["found"] is True
    a = d["answer"]
    assert set(a) == {"text", "article", "title", "paragraph", "start", "end", "score", "quote"}
    text = SEED.read_text("utf-8")
    assert text[a["start"] : a["end"]] == a["text"]
    assert a["article"] == SEED.stem
    assert len(d["passages"]) == 2
    for p in d["passages"]:
        assert set(p) == {"article", "title", "paragraphs", "start", "end", "text", "score", "quotes"}
        assert text[p["start"] : p["end"]] == p["text"]


@pytest.mark.model
def test_cli_ask_plain_text(built_cli):
    base, where = built_cli
    done = run_cli(["ask", QUESTION, *where], base)
    assert done.returncode == 0, done.stderr
    assert "migration" in done.stdout
    assert "paragraph" in done.stdout
    assert "Sources:" in done.stdout or "Nearest passages:" in done.stdout
    assert not list(base.glob("*.json"))  # nothing written beside the given folders
