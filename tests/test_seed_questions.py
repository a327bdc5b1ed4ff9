"""Reader questions about the seed article, asked through the real default model.

``tests/data/seed_questions.json`` holds answerable questions, each with ``gold``: a few verbatim
words of the one sentence that answers it, and unanswerable questions the article does not answer.
The index is built from a copy of ``corpus/`` into a temporary folder, so the repo's ``index/``
is never touched.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
QUESTIONS = Path(__file__).parent / "data" / "seed_questions.json"
SEED = CORPUS / "us-colombia-high-level-dialogue.txt"

MIN_ANSWERED = 0.95  # target: answerable questions whose answer contains the gold words
MIN_DECLINED = 0.90  # target: unanswerable questions answered with found == False
# What the engine reaches today; a drop below these is a regression. The targets above are
# checked by strict xfail tests, which fail loudly (XPASS) once they are met.
FLOOR_ANSWERED = 0.89
FLOOR_DECLINED = 0.81


def load_questions() -> dict:
    return json.loads(QUESTIONS.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class SeedRun:
    texts: dict[str, str]  # article id -> whole article text
    answerable: list[tuple[dict, object]]  # ({"q", "gold"}, Answer)
    unanswerable: list[tuple[str, object]]  # (question, Answer)


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory) -> SeedRun:
    from qa import QA
    from qa.corpus import read_article

    corpus = tmp_path_factory.mktemp("corpus")
    for path in sorted(CORPUS.iterdir()):
        if path.is_file():
            shutil.copy(path, corpus / path.name)
    index = tmp_path_factory.mktemp("index")
    engine = QA(corpus_dir=corpus, index_dir=index)
    texts = {a.id: a.text for a in (read_article(p) for p in sorted(corpus.glob("*.txt")))}
    data = load_questions()
    return SeedRun(
        texts=texts,
        answerable=[(item, engine.ask(item["q"])) for item in data["answerable"]],
        unanswerable=[(q, engine.ask(q)) for q in data["unanswerable"]],
    )


# --- the question set itself (no model needed) ----------------------------------------------------


def test_question_set_is_well_formed():
    data = load_questions()
    text = SEED.read_text(encoding="utf-8")
    assert len(data["answerable"]) >= 32
    assert len(data["unanswerable"]) >= 12
    for item in data["answerable"]:
        assert set(item) == {"q", "gold"}, item
        assert text.count(item["gold"]) == 1, f"gold must occur exactly once in the article: {item}"
        assert item["q"].endswith("?") and item["gold"] not in item["q"], item
    questions = [i["q"] for i in data["answerable"]] + data["unanswerable"]
    assert len(set(questions)) == len(questions), "no question is asked twice"


# --- the engine -----------------------------------------------------------------------------------


def answer_misses(run) -> list[str]:
    """Answerable questions whose answer does not contain the gold words, ready to print."""
    misses = []
    for item, answer in run.answerable:
        got = answer.answer.text if answer.found and answer.answer else None
        if got is None or item["gold"] not in got:
            misses.append(f"  Q: {item['q']}\n     gold: {item['gold']!r}\n     got:  {got!r}")
    return misses


def wrong_answers(run) -> list[str]:
    """Unanswerable questions that got an answer, ready to print."""
    return [f"  Q: {q}\n     got: {a.answer.text!r}" for q, a in run.unanswerable if a.found]


def rate(total: int, bad: list[str]) -> float:
    return (total - len(bad)) / total


@pytest.mark.model
def test_answerable_questions_find_the_gold_sentence(seed_run):
    misses, total = answer_misses(seed_run), len(seed_run.answerable)
    print(f"answerable: {total - len(misses)}/{total} ({rate(total, misses):.0%})\n" + "\n".join(misses))
    assert rate(total, misses) >= FLOOR_ANSWERED, f"{len(misses)} of {total} answers miss their gold:\n" + "\n".join(misses)


@pytest.mark.model
def test_unanswerable_questions_are_declined(seed_run):
    wrong, total = wrong_answers(seed_run), len(seed_run.unanswerable)
    print(f"unanswerable declined: {total - len(wrong)}/{total} ({rate(total, wrong):.0%})\n" + "\n".join(wrong))
    assert rate(total, wrong) >= FLOOR_DECLINED, f"{len(wrong)} of {total} unanswerable questions got an answer:\n" + "\n".join(wrong)


@pytest.mark.model
@pytest.mark.xfail(reason="answer quality target not reached yet", strict=True)
def test_answerable_target(seed_run):
    assert rate(len(seed_run.answerable), answer_misses(seed_run)) >= MIN_ANSWERED


@pytest.mark.model
@pytest.mark.xfail(reason="decline target not reached yet", strict=True)
def test_declined_target(seed_run):
    assert rate(len(seed_run.unanswerable), wrong_answers(seed_run)) >= MIN_DECLINED


@pytest.mark.model
def test_answers_are_verbatim_article_text(seed_run):
    answers = [a for _, a in seed_run.answerable] + [a for _, a in seed_run.unanswerable]
    for answer in answers:
        assert answer.found == (answer.answer is not None), answer.question
        spans = [answer.answer] if answer.answer else []
        for span in [*spans, *answer.passages]:
            text = seed_run.texts[span.article]
            assert text[span.start : span.end] == span.text, (answer.question, span.article, span.start, span.end)
        if answer.answer and answer.answer.quote:
            quote = answer.answer.quote
            assert seed_run.texts[answer.answer.article][quote.start : quote.end] == quote.text, answer.question
