"""Answer quality on third-party questions: ``python -m bench quality [--quick]``.

Each SQuAD-format article becomes its own corpus (see ``bench/squad.py``); every question is asked
through ``QA.candidates``. A hit is an answer text that contains a gold answer's first character.

- **P@1**: the best-ranked sentence holds the answer (answerable questions; counted whether or not
  the engine then declines), **MRR@5** over the five best-ranked sentences.
- **declined (unanswerable)**: share of unanswerable questions answered ``found: false``;
  **declined (answerable)**: share of answerable ones wrongly declined.
- **answer/decline accuracy**: answerable questions answered plus unanswerable ones declined,
  over all questions (always answering scores the answerable share); **strict** also requires the
  answer to hold the gold answer.

Baselines in the same run use the same index (the same sentence splitter and vectors):
dense-only (MiniLM cosine over sentences), BM25-only over sentences, and their reciprocal-rank
fusion. They always answer; for the dense baseline the best single threshold on its top cosine,
chosen on the report set itself (so flattering it), is shown too.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa.embedding import get_embedder
from qa.lexical import tokenize
from qa.settings import Settings

from .common import log, markdown_table, write_results
from .squad import Item, SquadArticle, load_sets

TOP = 5
RRF_K = 60


@dataclass
class Tally:
    """Per-question outcomes of one system on one set."""

    ranks: list[int] = field(default_factory=list)  # 1-based rank of the first hit in the top 5, 0 if none
    answered: list[bool] = field(default_factory=list)
    answer_hit: list[bool] = field(default_factory=list)
    answerable: list[bool] = field(default_factory=list)
    top_score: list[float] = field(default_factory=list)

    def add(self, item: Item, rank: int, answered: bool, answer_hit: bool, top_score: float = 0.0) -> None:
        self.ranks.append(rank)
        self.answered.append(answered)
        self.answer_hit.append(answer_hit)
        self.answerable.append(item.answerable)
        self.top_score.append(top_score)

    def metrics(self) -> dict[str, float]:
        a = np.asarray(self.answerable, dtype=bool)
        ranks = np.asarray(self.ranks)[a]
        answered = np.asarray(self.answered, dtype=bool)
        hit = np.asarray(self.answer_hit, dtype=bool)
        n = len(a)
        out = {
            "questions": n,
            "answerable": int(a.sum()),
            "p_at_1": float(np.mean(ranks == 1)) if ranks.size else float("nan"),
            "mrr_at_5": float(np.mean(np.where(ranks > 0, 1.0 / np.maximum(ranks, 1), 0.0))) if ranks.size else float("nan"),
        }
        if (~a).any():
            out["declined_unanswerable"] = float(np.mean(~answered[~a]))
            out["declined_answerable"] = float(np.mean(~answered[a]))
            out["accuracy"] = float(np.mean(np.where(a, answered, ~answered)))
            out["accuracy_strict"] = float(np.mean(np.where(a, answered & hit, ~answered)))
        return out

    def best_threshold(self) -> tuple[float, float]:
        """The single threshold on the top score with the best answer/decline accuracy."""
        a = np.asarray(self.answerable, dtype=bool)
        s = np.asarray(self.top_score)
        best = (float(np.mean(a)), float("-inf"))
        for t in np.unique(s):
            acc = float(np.mean(np.where(a, s >= t, s < t)))
            best = max(best, (acc, float(t)))
        return best


def _rank(spans: list[tuple[int, int]], gold: tuple[int, ...]) -> int:
    for r, (start, end) in enumerate(spans[:TOP], 1):
        if any(start <= g < end for g in gold):
            return r
    return 0


def evaluate(articles: list[SquadArticle], workdir: Path, embedder) -> dict[str, Tally]:
    systems = {name: Tally() for name in ("article-qa", "dense", "bm25", "rrf")}
    for n, art in enumerate(articles, 1):
        qa = art.build(workdir, embedder)
        questions = [it.question for it in art.items]
        results = qa.candidates(questions, n=TOP)
        index = qa.index
        sentences = [(s.start, s.end) for s in index.sentences]
        vectors = embedder.encode(questions)
        depth = min(len(sentences), 100)
        dense_scores, dense_ids = index.sentence_vectors.search(np.asarray(vectors, dtype=np.float32), depth)
        for it, (ans, cands), ds, di in zip(art.items, results, dense_scores, dense_ids):
            spans = [(c.start, c.end) for c in cands]
            hit = ans.found and any(ans.answer.start <= g < ans.answer.end for g in it.gold)
            systems["article-qa"].add(it, _rank(spans, it.gold), ans.found, hit)
            dense_order = [int(i) for i in di if i >= 0]
            lex = index.sentence_bm25.scores(tokenize(it.question))
            bm25_order = [int(i) for i in np.argsort(-lex, kind="stable")[:depth]]
            rrf: dict[int, float] = {}
            for order in (dense_order, bm25_order):
                for r, i in enumerate(order):
                    rrf[i] = rrf.get(i, 0.0) + 1.0 / (RRF_K + r + 1)
            rrf_order = sorted(rrf, key=lambda i: -rrf[i])
            for name, order, top in (("dense", dense_order, float(ds[0])), ("bm25", bm25_order, 0.0), ("rrf", rrf_order, 0.0)):
                r = _rank([sentences[i] for i in order], it.gold)
                systems[name].add(it, r, True, r == 1, top)
        log(f"  {n}/{len(articles)} {art.title}: {len(art.items)} questions")
    return systems


def _row(set_name: str, system: str, m: dict[str, float]) -> list:
    nan = float("nan")
    return [
        set_name, system, m["questions"], m["p_at_1"], m["mrr_at_5"],
        m.get("declined_unanswerable", nan), m.get("declined_answerable", nan),
        m.get("accuracy", nan), m.get("accuracy_strict", nan),
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench quality", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="two report articles and eight tuning articles")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    sets = load_sets(args.quick)
    embedder = get_embedder(Settings().model)
    rows, data = [], {"sets": {}}
    with tempfile.TemporaryDirectory(prefix="qa-bench-quality-") as tmp:
        for set_name, label in (("tune", "XQuAD en (tune)"), ("report", "SQuAD 2.0 dev (report)")):
            log(f"{label}: {len(sets[set_name])} articles")
            systems = evaluate(sets[set_name], Path(tmp) / set_name, embedder)
            data["sets"][set_name] = {}
            for system, tally in systems.items():
                m = tally.metrics()
                data["sets"][set_name][system] = m
                rows.append(_row(label, system, m))
                if system == "dense" and "accuracy" in m:
                    acc, threshold = tally.best_threshold()
                    data["sets"][set_name]["dense-threshold"] = {"accuracy": acc, "threshold": threshold}
                    rows.append([label, f"dense, best threshold ({threshold:.2f}) on this set", m["questions"], m["p_at_1"], m["mrr_at_5"], float("nan"), float("nan"), acc, float("nan")])
    data["seconds"] = time.perf_counter() - t0
    table = markdown_table(
        ["set", "system", "questions", "P@1", "MRR@5", "declined (unanswerable)", "declined (answerable)", "answer/decline acc.", "strict acc."],
        rows,
    )
    notes = (
        "P@1 and MRR@5 over answerable questions (a hit: the sentence holds a gold answer's first "
        "character). Accuracy: answerable questions answered and unanswerable ones declined; strict "
        f"also needs the answer to hold the gold answer. {data['seconds']:.0f} s."
    )
    write_results("quality", "Answer quality (SQuAD format)", table, data, notes=notes, quick=args.quick)
    return 0
