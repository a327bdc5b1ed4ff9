"""Fit the answer scorer's weights on the tuning questions: ``python -m bench.fit_scorer``.

The tuning set is XQuAD English minus the paragraphs it shares with the SQuAD 2.0 report set
(``bench/squad.py``). Each article is its own corpus:

- **answerable** questions are asked of the whole article; their candidate sentences, labelled by
  whether they hold the gold answer, train the *ranking* model;
- **unanswerable** questions are made in two ways: each question asked of the article with the
  question's own paragraph left out (same topic, same names, the answer gone), and each question
  with one of its names swapped for a name of the article that its paragraph never uses.

Two models are fitted and compared with the hand-set weights of ``qa/answer.py`` (all figures
in sample, on the tuning questions): a ranking model, a softmax over each question's candidates
(the gold sentence should come first), and a decision model, a logistic regression over each
question's best candidate (answerable: 1, paragraph left out or name swapped: 0), under the
hand-set ranking unless ``--fit-ranking``. Weights and figures are written to
``bench/results/scorer-fit.json``; the package keeps its hand-set weights unless fitted ones do
better (so far they have not: see the README). The SQuAD 2.0 report set is never read.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa import answer as scorer
from qa.question import analyse_question
from qa.embedding import get_embedder
from qa.settings import Settings

from .common import RESULTS_DIR, log
from .squad import Item, SquadArticle, load_sets, pooled


@dataclass
class Row:
    """One question: its candidates' feature rows and labels."""

    feats: np.ndarray
    labels: np.ndarray
    answerable: bool


def _rows(qa, items) -> list[Row]:
    index = qa.index
    vectors = qa.embedder.encode([it.question for it in items])
    out = []
    for it, v in zip(items, vectors):
        q = analyse_question(index, it.question, v)
        hits = scorer.search_passages(index, q.vector, q.tokens, qa.settings.candidate_passages)
        cand, feats = scorer.features(index, q, hits, every=True)
        spans = [(index.sentences[c].start, index.sentences[c].end) for c in cand]
        labels = np.array([any(s <= g < e for g in it.gold) for s, e in spans], dtype=bool)
        out.append(Row(feats, labels, it.answerable))
    return out


def collect(articles: list[SquadArticle], workdir: Path, folds: int = 5) -> list[Row]:
    """Feature rows of every question asked twice: of its own article (answerable) and of the
    article without the question's paragraph (unanswerable); then the same over all the articles
    pooled into one long one, as a large corpus sees them, with a fifth of the paragraphs left out
    at a time."""
    embedder = get_embedder(Settings().model)
    rows: list[Row] = []
    rng = random.Random(0)
    for n, art in enumerate(articles, 1):
        qa = art.build(workdir, embedder)
        rows += _rows(qa, art.items)
        swapped = [s for s in (_swap_name(it, art, rng) for it in art.items) if s]
        rows += _unanswerable(_rows(qa, swapped))
        for p in sorted({it.paragraph for it in art.items}):
            if len(art.paragraphs) > 1:
                qa = art.build(workdir, embedder, drop=frozenset({p}), name=f"{art.title}-without-{p}")
                rows += _unanswerable(_rows(qa, [it for it in art.items if it.paragraph == p]))
        log(f"  {n}/{len(articles)} {art.title}")
    big = pooled(articles, "Pooled articles")
    rows += _rows(big.build(workdir, embedder), big.items)
    for f in range(folds):
        drop = frozenset(range(f, len(big.paragraphs), folds))
        qa = big.build(workdir, embedder, drop=drop, name=f"pooled-without-{f}")
        rows += _unanswerable(_rows(qa, [it for it in big.items if it.paragraph in drop]))
        log(f"  pooled, fold {f + 1}/{folds}")
    return rows


def _swap_name(item: Item, art: SquadArticle, rng: random.Random) -> Item | None:
    """The question with one of its names swapped for another name of the article that its own
    paragraph never uses (the way SQuAD 2.0's writers made many unanswerable questions)."""
    words = re.findall(r"[\w'-]+", item.question)
    names = [w for w in words[1:] if w[0].isupper()]
    paragraph = art.paragraphs[item.paragraph]
    others = sorted({w for p in art.paragraphs for w in re.findall(r"\b[A-Z][a-z]{3,}\b", p)} - set(re.findall(r"\w+", paragraph)) - set(words))
    if not names or not others:
        return None
    old, new = rng.choice(names), rng.choice(others)
    return Item(item.id + "-swapped", re.sub(rf"\b{re.escape(old)}\b", new, item.question, count=1), (), False, item.paragraph)


def _unanswerable(rows: list[Row]) -> list[Row]:
    return [Row(r.feats, np.zeros(len(r.labels), dtype=bool), False) for r in rows]


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, class_weight: bool = False) -> np.ndarray:
    """Weights (last one the bias) of an L2-regularised logistic regression, by Newton's method."""
    X = np.column_stack([x, np.ones(len(x))]).astype(np.float64)
    y = y.astype(np.float64)
    sw = np.ones(len(y))
    if class_weight and 0 < y.mean() < 1:
        sw = np.where(y > 0, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    w = np.zeros(X.shape[1])
    reg = l2 * np.eye(X.shape[1])
    reg[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (sw * (p - y)) + reg @ w
        hess = (X * (sw * p * (1 - p))[:, None]).T @ X + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit_listwise(rows: list[Row], l2: float = 0.1) -> np.ndarray:
    """Ranking weights that make the gold sentence the question's top candidate: a softmax over
    each question's candidates (conditional logit), L2-regularised, fitted by L-BFGS."""
    from scipy.optimize import minimize

    groups = [(r.feats.astype(np.float64), r.labels) for r in rows if r.labels.any()]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = l2 * w @ w, 2 * l2 * w
        for f, y in groups:
            s = f @ w
            s -= s.max()
            e = np.exp(s)
            p_all = e / e.sum()
            p_pos = e * y / (e * y).sum()
            total -= np.log((e * y).sum() / e.sum())
            grad += f.T @ (p_all - p_pos)
        return total / len(groups), grad / len(groups)

    return minimize(loss, np.zeros(groups[0][0].shape[1]), jac=True, method="L-BFGS-B").x


def _p_at_1(rows: list[Row], w: np.ndarray) -> float:
    return float(np.mean([bool(r.labels[np.argmax(r.feats @ w)]) if len(r.feats) else False for r in rows]))


def decision_features(feats: np.ndarray, ranking: np.ndarray, second: float) -> np.ndarray:
    """Per candidate: its features, its ranking score and its lead over the runner-up."""
    return np.column_stack([feats, ranking, np.minimum(ranking - second, 5.0)])


def best_rows(rows: list[Row], rank_w: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each question's best candidate: its decision features, its hand-set confidence, whether it
    holds the answer, and whether the question is answerable."""
    feats, confidence, hit, answerable = [], [], [], []
    for r in rows:
        if not len(r.feats):
            continue
        ranking = r.feats @ rank_w
        order = np.argsort(-ranking, kind="stable")
        second = ranking[order[1]] if len(order) > 1 else ranking[order[0]] - 1.0
        feats.append(decision_features(r.feats[order[:1]], ranking[order[:1]], second)[0])
        confidence.append(float(r.feats[order[0]] @ scorer.CONFIDENCE))
        hit.append(bool(r.labels[order[0]]))
        answerable.append(r.answerable)
    return np.array(feats), np.array(confidence), np.array(hit), np.array(answerable)


def _decisions(answered: np.ndarray, a: np.ndarray) -> dict[str, float]:
    return {
        "declined_unanswerable": float((~answered[~a]).mean()),
        "declined_answerable": float((~answered[a]).mean()),
        "accuracy": float(np.mean(np.where(a, answered, ~answered))),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fit_scorer", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="eight tuning articles")
    parser.add_argument("--fit-ranking", action="store_true", help="replace the hand-set ranking weights by fitted ones")
    parser.add_argument("--cache", type=Path, help="keep the collected feature rows in this .npz file")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    if args.cache and args.cache.exists():
        data = np.load(args.cache, allow_pickle=False)
        rows = [Row(f, l, bool(a)) for f, l, a in zip(np.split(data["feats"], data["cuts"]), np.split(data["labels"], data["cuts"]), data["answerable"])]
    else:
        tune = load_sets(args.quick)["tune"]
        with tempfile.TemporaryDirectory(prefix="qa-fit-") as tmp:
            rows = collect(tune, Path(tmp))
        if args.cache:
            np.savez(
                args.cache, feats=np.concatenate([r.feats for r in rows]), labels=np.concatenate([r.labels for r in rows]),
                cuts=np.cumsum([len(r.feats) for r in rows])[:-1], answerable=np.array([r.answerable for r in rows]),
            )
    if rows and rows[0].feats.shape[1] != len(scorer.FEATURES):
        raise SystemExit("the cached rows have other features than qa/answer.py: delete the cache")

    answerable = [r for r in rows if r.answerable]
    fitted = fit_listwise(answerable)
    rank_w = fitted if args.fit_ranking else scorer.RANK_WEIGHTS.astype(np.float64)
    log("tuning P@1, hand-set ranking: %.3f; fitted ranking: %.3f (in sample)" % (_p_at_1(answerable, scorer.RANK_WEIGHTS), _p_at_1(answerable, fitted)))
    d_x, hand_conf, d_hit, a = best_rows(rows, rank_w)
    decide_w = fit_logistic(d_x, a, class_weight=True)
    p = 1.0 / (1.0 + np.exp(-(d_x @ decide_w[:-1] + decide_w[-1])))
    figures = {
        "answerable": int(a.sum()),
        "unanswerable": int((~a).sum()),
        "p_at_1_hand_ranking": _p_at_1(answerable, scorer.RANK_WEIGHTS),
        "p_at_1_fitted_ranking": _p_at_1(answerable, fitted),
        "hand_set_confidence": _decisions(hand_conf >= Settings().min_answer_score, a),
        "fitted_decision": _decisions(p >= 0.5, a),
        "seconds": time.perf_counter() - t0,
    }
    result = {
        "features": list(scorer.FEATURES),
        "ranking": "fitted" if args.fit_ranking else "hand-set",
        "fitted_rank_weights": [round(float(w), 4) for w in fitted],
        "fitted_decision_weights": [round(float(w), 4) for w in decide_w],
        "tuning_figures": figures,
    }
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    (RESULTS_DIR / "scorer-fit.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
