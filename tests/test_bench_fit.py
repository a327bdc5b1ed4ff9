"""The scorer fit's arithmetic (``python -m bench.fit_scorer``): the logistic regression finds the
direction that separates answerable from unanswerable questions, the decision's cut-off is chosen on
the tuning rows, and the counts it reports are those of the news benchmark."""

from __future__ import annotations

import numpy as np

from bench.fit_scorer import Decision, Row, _decisions, fit_logistic

N_FEATURES = 4


def _row(answerable: bool, signal: float, right: bool = True, passes: bool = True) -> Row:
    """A question whose best candidate has ``signal`` in its first feature."""
    feats = np.zeros((2, N_FEATURES), dtype=np.float32)
    feats[0, 0] = signal
    labels = np.array([answerable and right, False])
    return Row(feats, labels, answerable, best=0, lead=0.1, confidence=signal, passes=passes, answered=signal > 0)


def test_logistic_regression_weighs_the_separating_feature() -> None:
    rng = np.random.default_rng(0)
    y = rng.random(400) < 0.5
    x = np.column_stack([np.where(y, 1.0, -1.0) + rng.normal(0, 0.5, 400), rng.normal(0, 1, 400)])
    w = fit_logistic(x, y)
    assert w[0] > 1.0 and abs(w[1]) < 0.3 * w[0]
    assert np.mean((x @ w[:-1] + w[-1] > 0) == y) > 0.95


def test_counts_match_the_news_benchmark() -> None:
    rows = [_row(True, 1.0), _row(True, 1.0, right=False), _row(True, -1.0), _row(False, 1.0), _row(False, -1.0)]
    answered = np.array([True, True, False, True, False])
    d = _decisions(rows, answered)
    assert d["answered_right"] == 1  # the wrong answer and the declined one do not count
    assert d["declined_answerable"] == round(1 / 3, 4)
    assert d["declined_unanswerable"] == 0.5
    assert d["accuracy"] == 0.6  # answered answerable (2) + declined unanswerable (1), of 5
    assert d["right_or_declined"] == 0.4  # answered right (1) + declined unanswerable (1), of 5


def test_decision_cut_separates_the_tuning_rows_and_keeps_the_checks() -> None:
    rng = np.random.default_rng(1)
    rows = [_row(bool(a), float(s)) for a in (True, False) for s in rng.normal(1.0 if a else -1.0, 0.3, 50)]
    decision = Decision(rows, [], l2=1.0)
    assert _decisions(rows, decision.answered(rows))["accuracy"] > 0.95
    vetoed = _row(True, 2.0, passes=False)  # a decline check still declines, whatever the model says
    assert not decision.answered([vetoed])[0]
