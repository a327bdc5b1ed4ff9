"""Which FAISS index holds a set of vectors, chosen by how many there are.

The rules come from ``python -m bench faiss`` (``bench/results/faiss.md``: synthetic clustered
384-d unit vectors, 10k to 1M):

- up to :data:`FLAT_MAX` vectors, exact search (``IndexFlatIP``): exact, and one query costs a
  few milliseconds (its cost grows linearly: ~6 ms at 100k vectors, ~100 ms at 1M on 2 cores);
- above, IVF with fp16 codes (``IndexIVFScalarQuantizer``, ``QT_fp16``): ``nlist`` ≈ 4√N lists
  (k-means on a sample), ``nprobe`` from :func:`nprobe_for` (recall@10 against exact search
  ≥ 0.95 in the benchmark, on synthetic and on real vectors). Two bytes per dimension: a million 384-d vectors take 0.8 GB, where
  exact search or HNSW over float32 take 1.5 GB and 1.8 GB, and vectors read back from it
  (``reconstruct``: answer features, re-used articles) differ from the originals by ~1e-5 only.
  IVF-PQ and 8-bit codes are smaller but lossier; HNSW is fast but keeps full floats and builds
  slowly.

The choice and its parameters are recorded (:func:`describe`) in the index manifest, and
:func:`configure` applies them again to an index read back with ``faiss.deserialize_index``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import faiss
import numpy as np

FLAT_MAX = 100_000  # exact search up to here
TRAIN_PER_LIST = 32  # k-means sample: this many vectors per list (at most all of them)
MIN_PER_LIST = 39  # FAISS's own floor for k-means: fewer lists rather than starved ones
KMEANS_ITERATIONS = 10
# Lists searched per query, as a share of nlist, and at least MIN_NPROBE. Generous on purpose:
# real sentence vectors need more probes than the synthetic ones (at 20k real BBC sentences,
# recall@10 reached 0.95 only at ~1/8 of the lists), and a probe costs microseconds.
NPROBE_FRACTION = 1 / 8
MIN_NPROBE = 32


@dataclass(frozen=True)
class Spec:
    """An index type and its parameters: ``kind`` is ``"flat"`` or ``"ivf-fp16"``."""

    kind: str = "flat"
    nlist: int = 0
    nprobe: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


def nlist_for(n: int) -> int:
    return max(1, min(round(4 * math.sqrt(n)), n // MIN_PER_LIST))


def nprobe_for(nlist: int) -> int:
    return min(nlist, max(MIN_NPROBE, math.ceil(nlist * NPROBE_FRACTION)))


def choose(n: int) -> Spec:
    """The index for ``n`` vectors."""
    if n <= FLAT_MAX:
        return Spec("flat")
    nlist = nlist_for(n)
    return Spec("ivf-fp16", nlist, nprobe_for(nlist))


def build(vectors: np.ndarray, dim: int, spec: Spec | None = None) -> faiss.Index:
    """An index of ``vectors`` (unit rows, inner product), of the kind ``choose`` picks for them."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, dim)
    spec = spec or choose(len(vectors))
    if spec.kind == "flat":
        index = faiss.IndexFlatIP(dim)
    elif spec.kind == "ivf-fp16":
        quantizer = faiss.IndexFlatIP(dim)
        quantizer.add(_centroids(vectors, spec.nlist))
        index = faiss.IndexIVFScalarQuantizer(
            quantizer, dim, spec.nlist, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT
        )
        index.train(vectors[:1])  # fp16 codes need no statistics; the quantizer is already trained
        index.nprobe = spec.nprobe
    else:
        raise ValueError(f"unknown vector index kind {spec.kind!r}")
    if len(vectors):
        index.add(vectors)
    return configure(index, spec.to_dict())


def _centroids(vectors: np.ndarray, nlist: int) -> np.ndarray:
    """Spherical k-means on a fixed sample (the same vectors give the same index)."""
    n = len(vectors)
    sample = vectors
    if n > nlist * TRAIN_PER_LIST:
        rows = np.random.default_rng(0).choice(n, nlist * TRAIN_PER_LIST, replace=False)
        sample = vectors[np.sort(rows)]
    kmeans = faiss.Kmeans(
        vectors.shape[1], nlist, niter=KMEANS_ITERATIONS, spherical=True, seed=1,
        max_points_per_centroid=TRAIN_PER_LIST, min_points_per_centroid=1, verbose=False,
    )
    kmeans.train(sample)
    return kmeans.centroids


def configure(index: faiss.Index, spec: dict | None) -> faiss.Index:
    """Set the search parameters recorded in ``spec`` on an index (after building or loading), and
    make sure its vectors can be read back by id."""
    ivf = _ivf(index)
    if ivf is not None:
        if spec and spec.get("nprobe"):
            ivf.nprobe = int(spec["nprobe"])
        if ivf.direct_map.type == faiss.DirectMap.NoMap:
            ivf.make_direct_map()
    return index


def describe(index: faiss.Index) -> dict:
    """The manifest entry for an index: its kind and parameters, and the FAISS class."""
    ivf = _ivf(index)
    spec = Spec("flat") if ivf is None else Spec("ivf-fp16", int(ivf.nlist), int(ivf.nprobe))
    return {**spec.to_dict(), "faiss": type(faiss.downcast_index(index)).__name__}


def _ivf(index: faiss.Index):
    try:
        return faiss.extract_index_ivf(index)
    except RuntimeError:  # not an IVF index
        return None
