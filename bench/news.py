"""Reader questions about real news articles: ``python -m bench news [--show]``.

``bench/news/questions.json`` holds questions written by reading BBC News articles and the seed
article, phrased as a reader would ask them rather than copied from the text, and fixed before the
engine was run on them: answerable ones, each with the character spans (never the text) of the
words that answer it, and ones the articles do not answer. Each article is in the ``tune`` split
(its misses may guide the engine's rules; the default) or the ``heldout`` one (only its totals
are read). The BBC articles are read in place from ``<data>/bbc_news/bbc/`` and put, with the
seed article, into one corpus, as a reader would drop them into ``corpus/``; every question is
asked of the whole corpus through ``QA.candidates``.

- **answered right**: ``found`` and the answer's article is the question's and its span holds the
  first character of a gold span (as in the SQuAD benchmark).
- **P@1**: the best-ranked sentence is such a span, whether or not the engine then declines.
- **declined**: unanswerable questions answered ``found: false``.

Unlike the SQuAD sets these are news articles with quotes and reported speech, asked together, so
an answer from the wrong article counts as wrong. ``--show`` prints each miss of the tuning split
(the articles are in the evaluation data, not in the repository).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from qa import QA

from .common import REPO, data_dir, log, markdown_table, write_results
from .corpora import SEED

QUESTIONS = REPO / "bench" / "news" / "questions.json"


SPLITS = ("tune", "heldout")


def article_name(file: str) -> str:
    """``business/236.txt`` → ``bbc-business-236.txt``, the file's name in the corpus; ``seed`` →
    the seed article's."""
    return SEED.name if file == "seed" else "bbc-" + file.replace("/", "-")


def write_corpus(folder: Path, files: list[str]) -> None:
    """The seed article and the BBC articles, as UTF-8 text with ``\\n`` line ends (the offsets in
    the questions file count characters of that text)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    for f in files:
        if f == "seed":
            continue
        text = (data_dir() / "bbc_news" / "bbc" / f).read_bytes().decode("utf-8").replace("\r\n", "\n")
        (folder / article_name(f)).write_text(text, "utf-8", newline="\n")


def holds(span, article: str, gold: list[list[int]]) -> bool:
    return span is not None and span.article == article and any(span.start <= g[0] < span.end for g in gold)


def _counts() -> dict[str, int]:
    return dict.fromkeys(("answerable", "answered_right", "p_at_1", "answered_wrong", "declined_answerable",
                          "unanswerable", "declined_unanswerable"), 0)


def evaluate(qa: QA, data: dict, show: bool = False) -> dict[str, dict[str, int]]:
    """Counts per split (an article's ``split``: ``tune`` unless it says ``heldout``). ``show``
    prints the misses of the tuning split only: the held-out questions' misses are not for reading."""
    by_split = {name: _counts() for name in SPLITS}
    for entry in data["articles"]:
        split = entry.get("split", "tune")
        counts, show_misses = by_split[split], show and split == "tune"
        article = Path(article_name(entry["file"])).stem
        items = entry["answerable"]
        results = qa.candidates([it["q"] for it in items] + entry["unanswerable"], n=1)
        for it, (ans, cands) in zip(items, results):
            right = ans.found and holds(ans.answer, article, it["gold"])
            counts["answerable"] += 1
            counts["answered_right"] += right
            counts["p_at_1"] += bool(cands) and holds(cands[0], article, it["gold"])
            counts["answered_wrong"] += ans.found and not right
            counts["declined_answerable"] += not ans.found
            if show_misses and not right:
                got = ans.answer.text if ans.found else f"(declined) {cands[0].text if cands else ''}"
                log(f"  miss [{entry['file']}] {it['q']}\n    → {got[:150]}")
        for q, (ans, _) in zip(entry["unanswerable"], results[len(items):]):
            counts["unanswerable"] += 1
            counts["declined_unanswerable"] += not ans.found
            if show_misses and ans.found:
                log(f"  answered [{entry['file']}] {q}\n    → {ans.answer.text[:150]}")
    return by_split


def _row(name: str, articles: int, c: dict[str, int]) -> list[str]:
    a, u = c["answerable"], c["unanswerable"]
    share = lambda n, d: f"{n}/{d} ({n / d:.0%})" if d else "–"
    accuracy = (c["answered_right"] + c["declined_unanswerable"]) / (a + u)
    return [name, str(articles), f"{a} answerable, {u} not", share(c["answered_right"], a), share(c["p_at_1"], a),
            share(c["answered_wrong"], a), share(c["declined_answerable"], a),
            share(c["declined_unanswerable"], u), f"{accuracy:.2f}"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench news", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the same run (it takes seconds)")
    parser.add_argument("--show", action="store_true", help="print each missed question of the tuning split and what came back")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    data = json.loads(QUESTIONS.read_text("utf-8"))
    with tempfile.TemporaryDirectory(prefix="qa-bench-news-") as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, [a["file"] for a in data["articles"]])
        qa = QA(corpus_dir=corpus, index_dir=Path(tmp) / "index")
        by_split = evaluate(qa, data, args.show)
    n_articles = {name: len({e["file"] for e in data["articles"] if e.get("split", "tune") == name}) for name in SPLITS}
    table = markdown_table(
        ["split", "articles", "questions", "answered with the right words", "best sentence right (P@1)",
         "answered wrongly", "wrongly declined", "unanswerable declined", "answer/decline accuracy"],
        [_row(name, n_articles[name], by_split[name]) for name in SPLITS if n_articles[name]],
    )
    bbc = [e["file"] for e in data["articles"] if e["file"] != "seed"]
    notes = (
        f"{len(bbc)} BBC News articles ({', '.join(bbc)}) and the seed article in one corpus; accuracy counts "
        f"an answerable question as right only with the right words. {time.perf_counter() - t0:.0f} s."
    )
    write_results("news", "Reader questions on BBC News articles", table, {"counts": by_split}, notes=notes, quick=args.quick)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
