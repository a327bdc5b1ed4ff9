"""Fit the answer scorer's weights on the tuning questions: ``python -m bench.fit_scorer``.

The tuning set is XQuAD English minus the paragraphs it shares with the SQuAD 2.0 report set
(``bench/squad.py``). Each article is its own corpus:

- **answerable** questions are asked of the whole article; their candidate sentences, labelled by
  whether they hold the gold answer, train the *ranking* model;
- **unanswerable** questions are made in two ways: each question asked of the article with the
  question's own paragraph left out (same topic, same names, the answer gone), and each question
  with one of its names swapped for a name of the article that its paragraph never uses.

With ``--news`` the tuning split of the reader questions on news (``bench/news.py``) joins them,
asked of its whole corpus: answerable questions, and unanswerable ones written by readers.

Two models are fitted and compared with the hand-set weights of ``qa/answer.py`` (all figures
in sample, on the tuning questions): a ranking model, a softmax over each question's candidates
(the gold sentence should come first), and a decision model, a logistic regression over the
engine's best candidate of each question that passes the decline checks (answerable: 1, not: 0),
which would replace the confidence floor; its cut-off is chosen on the tuning questions. Weights and
figures are written to ``bench/results/scorer-fit.json``; the package keeps its hand-set weights
unless fitted ones do better (so far they have not: see the README). The SQuAD 2.0 report set is
read only with ``--report``, to score the fitted decision (with the news held-out split's totals)
after it is fixed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from qa import answer as scorer
from qa import QA
from qa.question import analyse_question, correct_names
from qa.embedding import get_embedder
from qa.settings import Settings

from . import news
from .common import RESULTS_DIR, log
from .squad import Item, SquadArticle, load_sets, pooled


@dataclass
class Row:
    """One question: its candidates' feature rows and labels, and what the engine made of it."""

    feats: np.ndarray
    labels: np.ndarray
    answerable: bool
    best: int = -1  # the engine's best candidate (a row of ``feats``), -1 when there is none
    lead: float = 0.0  # its ranking score's lead over the runner-up
    confidence: float = 0.0  # its confidence
    passes: bool = False  # it passes every decline check but the confidence floor
    answered: bool = False  # the engine answers (the checks and the floor)


def _rows(qa: QA, items: list[Item], article: str | None = None) -> list[Row]:
    """Each question asked as the engine asks it (names spelt, then ranked and decided); a
    candidate is labelled right when it holds a gold start (and, given ``article``, is in it)."""
    index = qa.index
    spelt = [correct_names(index, it.question) for it in items]
    out = []
    for it, text, v in zip(items, spelt, qa.embedder.encode(spelt)):
        q = analyse_question(index, text, v)
        ranking = scorer.rank(index, q, qa.settings.candidate_passages)
        cand, feats = scorer.features(index, q, ranking.hits, every=True)
        spans = [(index.sentences[c].start, index.sentences[c].end) for c in cand]
        labels = np.array([any(s <= g < e for g in it.gold) for s, e in spans], dtype=bool)
        if article is not None:
            labels &= np.array([Path(index.articles[int(index.sentence_article[c])].path).stem == article for c in cand], dtype=bool)
        row = Row(feats, labels, it.answerable)
        if ranking.order:
            best = ranking.order[0]
            scores = sorted(ranking.score.values(), reverse=True)
            row.best = cand.index(best)
            row.lead = min(scores[0] - scores[1], 1.0) if len(scores) > 1 else 1.0
            row.confidence = ranking.confidence[best]
            row.passes = scorer.decide(index, q, ranking, 1, -np.inf).found
            row.answered = scorer.decide(index, q, ranking, 1, qa.settings.min_answer_score).found
        out.append(row)
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
    return [replace(r, labels=np.zeros(len(r.labels), dtype=bool), answerable=False) for r in rows]


def news_rows(workdir: Path, split: str) -> list[Row]:
    """The reader questions of one split of ``bench/news/questions.json``, asked of the whole
    news corpus (every split's articles, as ``python -m bench news`` asks them)."""
    data = json.loads(news.QUESTIONS.read_text(encoding="utf-8"))
    news.write_corpus(workdir / "news" / "corpus", sorted({e["file"] for e in data["articles"]}))
    qa = QA(corpus_dir=workdir / "news" / "corpus", index_dir=workdir / "news" / "index")
    qa.build()
    rows: list[Row] = []
    for e in (e for e in data["articles"] if e.get("split", "tune") == split):
        items = [Item(e["file"], it["q"], tuple(g[0] for g in it["gold"]), True, 0) for it in e["answerable"]]
        items += [Item(e["file"], q, (), False, 0) for q in e["unanswerable"]]
        rows += _rows(qa, items, article=Path(news.article_name(e["file"])).stem)
    return rows


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


def decision_x(rows: list[Row]) -> np.ndarray:
    """The decision model's inputs: the best candidate's features, its confidence and its lead."""
    return np.array([np.concatenate([r.feats[r.best], [r.confidence, r.lead]]) for r in rows])


def _decisions(rows: list[Row], answered: np.ndarray) -> dict[str, float]:
    """Declined shares and accuracy, and (as the news benchmark counts) answers right: answered
    with a best candidate holding the gold answer."""
    a = np.array([r.answerable for r in rows], dtype=bool)
    right = np.array([r.best >= 0 and bool(r.labels[r.best]) for r in rows], dtype=bool)
    return {
        "declined_unanswerable": round(float((~answered[~a]).mean()), 4) if (~a).any() else None,
        "declined_answerable": round(float((~answered[a]).mean()), 4) if a.any() else None,
        "accuracy": round(float(np.mean(np.where(a, answered, ~answered))), 4),
        "answered_right": int((answered & a & right).sum()),
        # answered right or declined unanswerable, the news benchmark's accuracy
        "right_or_declined": round(float(np.mean(np.where(a, answered & right, ~answered))), 4),
    }


class Decision:
    """A fitted decision: standardised inputs, logistic weights and a cut-off on the logit."""

    def __init__(self, rows: list[Row], news: list[Row], l2: float) -> None:
        x = decision_x([r for r in rows + news if r.passes])
        self.mean, self.std = x.mean(0), x.std(0) + 1e-9
        y = np.array([r.answerable for r in rows + news if r.passes])
        self.w = fit_logistic((x - self.mean) / self.std, y, l2=l2)
        self.cut = max(np.linspace(-3, 3, 121), key=lambda c: self._tuning_score(rows, news, c))

    def logit(self, rows: list[Row]) -> np.ndarray:
        x = (decision_x(rows) - self.mean) / self.std
        return x @ self.w[:-1] + self.w[-1]

    def answered(self, rows: list[Row], cut: float | None = None) -> np.ndarray:
        ok = np.array([r.passes for r in rows], dtype=bool)
        answered = np.zeros(len(rows), dtype=bool)
        if ok.any():
            answered[ok] = self.logit([r for r, o in zip(rows, ok) if o]) >= (self.cut if cut is None else cut)
        return answered

    def _tuning_score(self, rows: list[Row], news: list[Row], cut: float) -> float:
        """Accuracy on the SQuAD-style tuning questions, averaged with the news tuning questions'
        (answered right or declined unanswerable) when there are any."""
        score = _decisions(rows, self.answered(rows, cut))["accuracy"]
        if not news:
            return score
        return 0.5 * score + 0.5 * _decisions(news, self.answered(news, cut))["right_or_declined"]


def _hand(rows: list[Row]) -> np.ndarray:
    return np.array([r.answered for r in rows], dtype=bool)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fit_scorer", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="eight tuning articles")
    parser.add_argument("--news", action="store_true", help="add the news reader questions of the tuning split")
    parser.add_argument("--report", action="store_true", help="then score the fitted decision on SQuAD 2.0 and the news held-out split")
    parser.add_argument("--l2", type=float, default=1.0, help="the decision model's L2 penalty")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    sets = load_sets(args.quick)
    with tempfile.TemporaryDirectory(prefix="qa-fit-") as tmp:
        rows = collect(sets["tune"], Path(tmp))
        news_tune = news_rows(Path(tmp), "tune") if args.news else []
        held = news_rows(Path(tmp), "heldout") if args.report else []
        embedder = get_embedder(Settings().model)
        report = [r for art in sets["report"] for r in _rows(art.build(Path(tmp), embedder), art.items)] if args.report else []

    answerable = [r for r in rows if r.answerable]
    fitted = fit_listwise(answerable)
    decision = Decision([r for r in rows if r.best >= 0], [r for r in news_tune if r.best >= 0], args.l2)
    figures: dict[str, object] = {
        "answerable": len(answerable),
        "unanswerable": len(rows) - len(answerable),
        "news_questions": len(news_tune),
        "p_at_1_hand_ranking": _p_at_1(answerable, scorer.RANK_WEIGHTS),
        "p_at_1_fitted_ranking": _p_at_1(answerable, fitted),
    }
    named = {"tuning": rows, "news tune": news_tune, "news held-out": held, "SQuAD 2.0 report": report}
    for name, group in named.items():
        if group:
            figures[name] = {"hand-set": _decisions(group, _hand(group)), "fitted": _decisions(group, decision.answered(group))}
    figures["seconds"] = round(time.perf_counter() - t0, 1)
    result = {
        "features": list(scorer.FEATURES),
        "fitted_rank_weights": [round(float(w), 4) for w in fitted],
        "decision_inputs": [*scorer.FEATURES, "confidence", "lead"],
        "fitted_decision_weights": [round(float(w), 4) for w in decision.w],
        "decision_cut": round(float(decision.cut), 3),
        "figures": figures,
    }
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    (RESULTS_DIR / "scorer-fit.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
