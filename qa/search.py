"""Hybrid retrieval: dense (FAISS inner product) and lexical (BM25) scores fused per passage.

Fusion is a weighted sum of the dense cosine and the BM25 score scaled by the best BM25 score of
the query, so a passage strong on either signal rises, and one strong on both rises most. Sentence
hits feed in too: a passage holding one of the best-matching sentences is always a candidate.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .index import Index

LEXICAL_WEIGHT = 0.35
SENTENCE_HITS = 20


@dataclass(frozen=True)
class Retrieved:
    """Passage ids ranked best first, with their fused, dense and lexical scores (aligned arrays)."""

    ids: np.ndarray
    fused: np.ndarray
    dense: np.ndarray
    lexical: np.ndarray


def search_passages(index: Index, qvec: np.ndarray, qtokens: list[str], n: int) -> Retrieved:
    total = len(index.passages)
    if total == 0:
        empty = np.zeros(0)
        return Retrieved(empty.astype(np.int64), empty, empty, empty)
    depth = min(total, max(4 * n, 50))
    scores, ids = index.passage_vectors.search(qvec.reshape(1, -1), depth)
    valid = ids[0] >= 0
    # Passages the dense search did not return score as its last hit (never FAISS's "no result").
    floor = float(scores[0][valid].min()) if depth < total and valid.any() else 0.0
    dense = np.full(total, floor, dtype=np.float32)
    dense[ids[0][valid]] = scores[0][valid]
    lexical = index.passage_bm25.scores(qtokens)
    top_lex = float(lexical.max()) if lexical.size else 0.0
    lex_norm = lexical / top_lex if top_lex > 0 else lexical
    fused = dense + LEXICAL_WEIGHT * lex_norm

    chosen = set(_top(fused, n).tolist())
    # Passages holding the sentences nearest to the question compete too.
    s_depth = min(len(index.sentences), SENTENCE_HITS)
    if s_depth:
        _, s_ids = index.sentence_vectors.search(qvec.reshape(1, -1), s_depth)
        chosen.update(index.sentence_passage[s_ids[0][s_ids[0] >= 0]].tolist())
        s_lex = index.sentence_bm25.scores(qtokens)
        best = _top(s_lex, s_depth)
        chosen.update(index.sentence_passage[best[s_lex[best] > 0]].tolist())
    order = np.asarray(sorted(chosen, key=lambda i: -fused[i]), dtype=np.int64)
    return Retrieved(order, fused[order], dense[order], lex_norm[order])


def _top(scores: np.ndarray, n: int) -> np.ndarray:
    """Indices of the ``n`` highest scores, in no particular order (a partial sort)."""
    if n >= len(scores):
        return np.arange(len(scores))
    return np.argpartition(-scores, n - 1)[:n]
