"""Property tests: whatever question or article text arrives, the engine answers with verbatim
slices of the article files or raises a ``QAError``; nothing else escapes and nothing hangs.

Hypothesis draws the inputs; the named extremes (empty, 100,000 characters, lone surrogates, one
giant paragraph, 10,000 tiny paragraphs, ...) are pinned with ``@example`` so every run tries them.
The number of examples that ran is printed at the end of the module (``pytest -s``).
"""

from __future__ import annotations

import json
import shutil
import signal
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import CORPUS, FakeEmbedder
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from qa import QA, Answer, QAError
from qa.settings import Settings

ASK_SECONDS = 10.0  # one question, fake embedder; typical calls take milliseconds
BUILD_SECONDS = 10.0  # one generated article indexed and asked about (10,000 paragraphs: ~1.5 s)

RAN: Counter[str] = Counter()  # examples run per test, printed at the end of the module


class Hung(Exception):
    """Raised inside the code under test when it runs past its time bound."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block (SIGALRM) if it runs longer than ``seconds``, and check its duration."""

    def fire(signum, frame):
        raise Hung(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - started < seconds


def file_text(path: Path) -> str:
    """An article file's text exactly as the offsets promise it: UTF-8, BOM dropped, newlines folded."""
    return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


def check_answer(answer: object, texts: dict[str, str]) -> None:
    """Every text in the answer is the article file's own text at its offsets."""
    assert isinstance(answer, Answer)
    if answer.found:
        a = answer.answer
        assert a is not None and a.text
        assert texts[a.article][a.start : a.end] == a.text
        if a.quote is not None:
            assert texts[a.article][a.quote.start : a.quote.end] == a.quote.text
    else:
        assert answer.answer is None
    for p in answer.passages:
        assert texts[p.article][p.start : p.end] == p.text
        for q in p.quotes:
            assert texts[p.article][q.start : q.end] == q.text
    # What the web API sends must serialise as UTF-8 JSON (no lone surrogates echoed back).
    json.dumps(answer.to_dict(), ensure_ascii=False).encode("utf-8")


@pytest.fixture(scope="module", autouse=True)
def report_examples() -> Iterator[None]:
    yield
    print("\nHypothesis examples run: " + ", ".join(f"{k} {v}" for k, v in sorted(RAN.items()))
          + f" (total {sum(RAN.values())})")


# -- questions ------------------------------------------------------------------------------------

HOSTILE_QUESTIONS = [
    "",
    "   \t\n",
    "\x00\x01\x02\x1b[31m",
    "What did Blinken say about migration?",
    "<script>alert(1)</script> What did Blinken say?",
    "<img src=x onerror=alert(1)>",
    "'; DROP TABLE articles; -- who met whom?",
    "\" OR 1=1 -- what was agreed?",
    "{{7*7}} ${7*7} %s %n %(x)s",
    "ماذا قال بلينكن عن الهجرة؟",
    "מה אמר בלינקן על ההגירה?",
    "\u202eWhat did Blinken say?\u202c",
    "👍🏽🇨🇴 What did Blinken say about migration? 🙃👨‍👩‍👧",
    "\ud800",
    "What\udfff did \udbff\udc00 Blinken say?",
    "Zalgo: B̴̢l̷i̸n̵k̶e̴n̷ s̸a̶i̶d̴?",
    "what " * 20_000,
    "x" * 100_000,
    "Who said '?",
    "What did Blinken’s ’ say about 's?",
    "a" * 999,
    "a" * 1000,
    "a" * 1001,
    "\u200b" * 5000 + "Who is the foreign minister?",
    None,
    b"What did Blinken say?",
    42,
]

WORDS = ["Blinken", "migration", "Colombia", "who", "what", "said", "the", "minister", "peace", "drugs", "?", "“", "”", "\"", "'", "’s", "-"]

questions = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec=None, categories=["Cc", "Cf", "Cs", "Zl", "Zp", "So", "Mn", "Lo"]), max_size=80),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=40).map(" ".join),
    st.builds(lambda piece, n: piece * n, st.sampled_from(["a", "é ", "😀", "\u202e", "\ud800", "? ", "Blinken "]),
              st.integers(900, 100_000)),
)


@pytest.fixture(scope="module")
def shipped_qa(tmp_path_factory: pytest.TempPathFactory) -> tuple[QA, dict[str, str]]:
    base = tmp_path_factory.mktemp("robust")
    shutil.copytree(CORPUS, base / "corpus")
    qa = QA(corpus_dir=base / "corpus", index_dir=base / "index", embedder=FakeEmbedder(),
            settings=Settings(min_answer_score=0.0))
    qa.build()
    texts = {p.stem: file_text(p) for p in (base / "corpus").iterdir()}
    return qa, texts


def _ask_property(shipped_qa, question) -> None:
    qa, texts = shipped_qa
    RAN["questions"] += 1
    with time_limit(ASK_SECONDS):
        try:
            answer = qa.ask(question)
        except QAError as e:
            assert str(e).strip(), "a QAError says what to do"
            return
    check_answer(answer, texts)


def _with_examples(test):
    for q in HOSTILE_QUESTIONS:
        test = example(question=q)(test)
    return test


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(question=questions)
@_with_examples
def test_any_question_gets_a_verbatim_answer_or_a_qa_error(shipped_qa, question):
    _ask_property(shipped_qa, question)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(batch=st.lists(questions, max_size=5))
def test_any_batch_answers_each_question_or_refuses_with_a_qa_error(shipped_qa, batch):
    qa, texts = shipped_qa
    RAN["batches"] += 1
    with time_limit(ASK_SECONDS):
        try:
            answers = qa.ask_batch(batch)
        except QAError:
            return
    assert len(answers) == len(batch)
    for answer in answers:
        check_answer(answer, texts)


# -- article texts --------------------------------------------------------------------------------

QUOTE_MARKS = ["“", "”", "\"", "'", "‘", "’", "«", "»", "„"]
word = st.one_of(
    st.sampled_from(["said", "told", "he", "she", "Smith", "Maria Keane", "minister", "the", "peace", "according to",
                     "Mr.", "U.S.", "2016", "—", "-", ":", ".", "?", "!", "\n", "\t", "\r\n", *QUOTE_MARKS]),
    st.text(max_size=12),
)
sentence = st.lists(word, min_size=1, max_size=25).map(" ".join)
paragraph = st.lists(sentence, min_size=1, max_size=6).map(" ".join)

article_texts = st.one_of(
    st.text(max_size=3000),  # anything at all: control characters, NULs, lone surrogates, \r
    st.lists(paragraph, max_size=40).map("\n\n".join),
    st.builds(lambda title, paras: title + "\n\n" + "\n\n".join(paras), sentence, st.lists(paragraph, min_size=1, max_size=20)),
    st.lists(sentence, min_size=50, max_size=300).map(" ".join),  # one long paragraph, no blank line
    st.lists(st.sampled_from(QUOTE_MARKS + ["said Smith.", "word", "\n\n"]), max_size=400).map(" ".join),
    st.integers(1, 3000).map(lambda n: "Tiny paragraphs\n\n" + "\n\n".join(f"P{i}." for i in range(n))),
)

TINY_10K = "Ten thousand tiny paragraphs\n\n" + "\n\n".join(f"“Item {i},” said Smith." if i % 7 == 0 else f"P{i}."
                                                           for i in range(10_000))
GIANT = "One giant paragraph\n\n" + " ".join(
    f"The minister said that plan {i} would work. “It is good,” he said, “and it is" + (" cheap.”" if i % 3 else "")
    for i in range(600))
# Text with no sentence ends (a pasted list, a garbled upload): a run of 3,000 capitalised words, and
# 1,500 speech verbs in one "sentence". Read as prose, each made the quote reader quadratic in its
# length (54 s and 40 s); they must take as long as ordinary text of their size.
NAME_RUN = "A run of names\n\n" + "Tom Hale " * 3000
SAID_RUN = "Speech verbs with no full stop\n\n" + "Tom Hale said " * 1500
NAMED_ARTICLES = [
    NAME_RUN,
    SAID_RUN,
    "one line and no paragraphs at all, said Smith",
    "No blank line\nanywhere in\nthis text\nsaid Smith.",
    GIANT,
    TINY_10K,
    "Unbalanced\n\n“He said it would work. “Then again. ”” ” said Smith. ‘ \" ' « „\n\n“Never closed",
    "\ufeffTitle: BOM and CRLF\r\nAuthor: Desk\r\n\r\nThe minister said so.\r\n\r\n“Yes,” said Smith.\r\n",
    "Title: only a title\n",
    "",
    "   \n\n\t",
    "\x00binary\x00",
    "lone \ud800 surrogate\n\nsaid Smith",
    "# Markdown <script>alert(1)</script>\n\n<b>bold</b> said Smith. {{7*7}}",
    "According to .\n\nSales rose, according to . Prices fell, said .",  # a cue naming no one
]


def _article_property(text: str, via_add: bool, crlf: bool) -> None:
    RAN["articles"] += 1
    data = text.replace("\n", "\r\n").encode("utf-8", "surrogatepass") if crlf else text.encode("utf-8", "surrogatepass")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        qa = QA(corpus_dir=corpus, index_dir=Path(tmp) / "index", embedder=FakeEmbedder(),
                settings=Settings(min_answer_score=0.0))
        with time_limit(BUILD_SECONDS):
            try:
                if via_add:
                    qa.add_article("generated.txt", data)
                else:
                    (corpus / "generated.txt").write_bytes(data)
                    qa.build()
                texts = {"generated": file_text(corpus / "generated.txt")}
                words = texts["generated"].split()
                asked = [" ".join(words[:8]) or "what?", " ".join(words[-5:]) + "?", "What did Smith say?"]
                answers = [qa.ask(q) for q in asked if any(c.isalnum() for c in q)]
            except QAError as e:
                assert str(e).strip()
                assert via_add is False or not (corpus / "generated.txt").exists(), "a refused article is not left behind"
                return
        for answer in answers:
            check_answer(answer, texts)
        index = qa.index
        assert [a.id for a in index.articles] == ["generated"]
        for p in index.passages:
            assert texts["generated"][p.start : p.end] == p.text


def _with_articles(test):
    for text in NAMED_ARTICLES:
        for via_add in (False, True):
            test = example(text=text, via_add=via_add, crlf=False)(test)
    return test


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(text=article_texts, via_add=st.booleans(), crlf=st.booleans())
@_with_articles
def test_any_article_text_is_indexed_verbatim_or_refused_with_a_qa_error(text, via_add, crlf):
    _article_property(text, via_add, crlf)
