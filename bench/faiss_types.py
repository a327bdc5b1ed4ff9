"""FAISS index types on synthetic vectors up to a million: ``python -m bench faiss [--quick]``.

Vectors: 384-d unit vectors spread like sentence embeddings. Real MiniLM vectors of AG News items
(title and the start of the description) are anchors; each synthetic vector lies at a random
point between an anchor and one of its ten nearest anchors, plus noise shaped like the anchors'
own spread (their principal directions) and a little isotropic noise, at a random per-vector
scale, then normalised. Queries come from the same distribution (held out). The noise is
calibrated so that nearest-neighbour cosines and how hard the search is (IVF recall at a given
nprobe) resemble real BBC News sentences' at 20k vectors; the notes give both, measured again.

Per size and index type: recall@10 against exact search, single-query latency (p50/p95), index
size (bytes written by ``faiss.write_index``) and build time. Search parameters (HNSW
``efSearch``, IVF ``nprobe``) are the smallest on a grid that reach recall@10 ≥ 0.95 on separate
tuning queries. IVF indexes share one spherical k-means (``nlist`` ≈ 4√N, the engine's own
``qa.vectors`` training) and one assignment pass; each IVF build time counts both. The
``engine`` row is what ``qa.vectors.choose`` picks at that size, with its own ``nprobe`` rule.
HNSW at 1M is not built: its float32 storage alone (1.5 GB) is over the 1 GB target, and the
build would take several minutes here.
"""

from __future__ import annotations

import argparse
import math
import os
import tempfile
import time

import numpy as np

from .common import RESULTS_DIR, log, markdown_table, percentile, save_figure, write_results

DIM = 384
K = 10
TARGET_RECALL, TARGET_MS, TARGET_MB = 0.95, 20.0, 1000.0
FULL = {"sizes": [10_000, 100_000, 1_000_000], "anchors": 7600, "real": 5000, "tune": 200, "test": 200, "hnsw_max": 100_000}
QUICK = {"sizes": [10_000, 100_000], "anchors": 1500, "real": 1500, "tune": 100, "test": 100, "hnsw_max": 100_000}
HNSW_M, HNSW_EF_CONSTRUCTION = 32, 40
EF_GRID = [16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512]
NPROBE_GRID = [1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512]
TUNE_MARGIN = 0.01  # tuning queries must reach the target with room to spare
PQ_M = 48  # 8 dimensions per sub-quantizer, 48 bytes per vector
SLOW_FLAT_QUERIES = 30  # single-query timings of exact search at 1M take ~0.1 s each
# How synthetic vectors spread around the anchors (see the module docstring): calibrated on real
# BBC sentences at 20k vectors (IVF-Flat, nlist 507: recall@10 0.35 / 0.85 / 0.97 at nprobe 1 /
# 16 / 64 for the real ones, 0.49 / 0.89 / 0.97 for these).
NEIGHBOURS, ANISOTROPIC, ISOTROPIC, SCALE_SPREAD = 10, 0.8, 0.4, 0.6


class Generator:
    def __init__(self, anchors: np.ndarray, seed: int = 0) -> None:
        import faiss

        self.anchors = anchors
        centred = anchors - anchors.mean(0)
        _, s, vt = np.linalg.svd(centred, full_matrices=False)
        self.basis = (s[:, None] / math.sqrt(len(anchors)) * vt).astype(np.float32)  # rows: spread directions
        index = faiss.IndexFlatIP(DIM)
        index.add(anchors)
        self.neighbours = index.search(anchors, NEIGHBOURS + 1)[1][:, 1:]
        self.rng = np.random.default_rng(seed)

    def sample(self, n: int, chunk: int = 50_000) -> np.ndarray:
        out = np.empty((n, DIM), dtype=np.float32)
        for start in range(0, n, chunk):
            m = min(chunk, n - start)
            i = self.rng.integers(0, len(self.anchors), m)
            j = self.neighbours[i, self.rng.integers(0, NEIGHBOURS, m)]
            between = self.rng.uniform(0, 1, (m, 1)).astype(np.float32)
            x = (1 - between) * self.anchors[i] + between * self.anchors[j]
            scale = self.rng.uniform(1 - SCALE_SPREAD, 1 + SCALE_SPREAD, (m, 1)).astype(np.float32)
            shaped = self.rng.standard_normal((m, len(self.basis)), dtype=np.float32) @ self.basis
            iso = self.rng.standard_normal((m, DIM), dtype=np.float32) * (ISOTROPIC / math.sqrt(DIM))
            x += scale * (ANISOTROPIC * shaped + iso)
            out[start : start + m] = x / np.linalg.norm(x, axis=1, keepdims=True)
        return out


def anchors(n: int) -> np.ndarray:
    from qa.embedding import get_embedder

    from .corpora import ag_items

    texts = [f"{a['title']}. {a['description'][:120]}" for a in ag_items(n)]
    return get_embedder().encode(texts)


def real_sentences(n: int) -> np.ndarray:
    """MiniLM vectors of ``n`` real BBC News sentences (a fixed random choice)."""
    import re

    from qa.embedding import get_embedder

    from .corpora import bbc_articles

    sentences = [s for a in bbc_articles(500) for s in re.split(r"(?<=[.!?])\s+", a["text"].replace("\n\n", " ")) if len(s) > 20]
    chosen = np.random.default_rng(1).permutation(len(sentences))[:n]
    return get_embedder().encode([sentences[i] for i in chosen])


def difficulty(base: np.ndarray, queries: np.ndarray) -> dict:
    """How a set of vectors looks to a search: mean top-1 / top-10 cosines of the queries, and
    IVF-Flat recall@10 at a few nprobe values (nlist as the engine would choose)."""
    import faiss

    from qa import vectors

    flat = faiss.IndexFlatIP(DIM)
    flat.add(base)
    scores, truth = flat.search(queries, K)
    nlist = vectors.nlist_for(len(base))
    quantizer = faiss.IndexFlatIP(DIM)
    quantizer.add(vectors._centroids(base, nlist))
    ivf = faiss.IndexIVFFlat(quantizer, DIM, nlist, faiss.METRIC_INNER_PRODUCT)
    ivf.add(base)
    curve = {}
    for nprobe in (1, 4, 16):
        ivf.nprobe = nprobe
        curve[nprobe] = recall(ivf.search(queries, K)[1], truth)
    return {"top1": float(scores[:, 0].mean()), "top10": float(scores[:, K - 1].mean()), "nlist": nlist, "ivf_recall": curve}


# --- measuring one index --------------------------------------------------------------------------
def recall(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / K for f, t in zip(found, truth)]))


def index_mb(index) -> float:
    import faiss

    fd, path = tempfile.mkstemp(suffix=".faiss")
    os.close(fd)
    try:
        faiss.write_index(index, path)
        return os.path.getsize(path) / 1e6
    finally:
        os.unlink(path)


def tune(index, set_param, grid: list[int], queries: np.ndarray, truth: np.ndarray) -> tuple[int, float]:
    """Smallest grid value reaching the target recall on the tuning queries (else the best)."""
    best = (grid[-1], -1.0)
    for value in grid:
        set_param(value)
        r = recall(index.search(queries, K)[1], truth)
        if r >= TARGET_RECALL + TUNE_MARGIN:
            return value, r
        if r > best[1]:
            best = (value, r)
    set_param(best[0])
    return best


def latency(index, queries: np.ndarray) -> tuple[float, float]:
    times = []
    for q in queries:
        t = time.perf_counter()
        index.search(q.reshape(1, -1), K)
        times.append(time.perf_counter() - t)
    return 1000 * percentile(times, 50), 1000 * percentile(times, 95)


def measure(name: str, params: str, index, build_s: float, test: np.ndarray, truth: np.ndarray, n: int, timed: int | None = None) -> dict:
    found = index.search(test, K)[1]
    p50, p95 = latency(index, test[:timed] if timed else test)
    row = {
        "n": n, "index": name, "params": params, "recall": recall(found, truth), "p50_ms": p50, "p95_ms": p95,
        "mb": index_mb(index), "build_s": build_s,
    }
    row["meets"] = row["recall"] >= TARGET_RECALL and p50 <= TARGET_MS and row["mb"] < TARGET_MB
    log(f"  {n:>9,} {name:10} {params:22} recall {row['recall']:.3f} p50 {p50:7.2f} ms {row['mb']:8.1f} MB build {build_s:6.1f} s")
    return row


# --- one size -------------------------------------------------------------------------------------
def run_size(n: int, gen: Generator, cfg: dict) -> list[dict]:
    import faiss

    from qa import vectors

    t = time.perf_counter()
    data = gen.sample(n)
    queries = gen.sample(cfg["tune"] + cfg["test"])
    tune_q, test_q = queries[: cfg["tune"]], queries[cfg["tune"] :]
    log(f"faiss: {n:,} vectors generated in {time.perf_counter() - t:.1f} s")
    rows = []

    t = time.perf_counter()
    flat = faiss.IndexFlatIP(DIM)
    flat.add(data)
    flat_s = time.perf_counter() - t
    truth = flat.search(queries, K)[1]
    tune_truth, test_truth = truth[: cfg["tune"]], truth[cfg["tune"] :]
    rows.append(measure("Flat", "exact", flat, flat_s, test_q, test_truth, n, SLOW_FLAT_QUERIES if n > FULL["sizes"][1] else None))
    del flat

    if n <= cfg["hnsw_max"]:
        t = time.perf_counter()
        hnsw = faiss.IndexHNSWFlat(DIM, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        hnsw.add(data)
        hnsw_s = time.perf_counter() - t
        ef, _ = tune(hnsw, lambda v: setattr(hnsw.hnsw, "efSearch", v), EF_GRID, tune_q, tune_truth)
        rows.append(measure("HNSW-Flat", f"M={HNSW_M}, efSearch={ef}", hnsw, hnsw_s, test_q, test_truth, n))
        del hnsw

    # IVF: one k-means and one assignment pass, shared.
    nlist = vectors.nlist_for(n)
    t = time.perf_counter()
    quantizer = faiss.IndexFlatIP(DIM)
    quantizer.add(vectors._centroids(data, nlist))
    kmeans_s = time.perf_counter() - t
    t = time.perf_counter()
    assign = np.ascontiguousarray(quantizer.search(data, 1)[1].ravel(), dtype=np.int64)
    assign_s = time.perf_counter() - t
    log(f"  IVF nlist={nlist}: k-means {kmeans_s:.1f} s, assignment {assign_s:.1f} s")
    sample = data[np.random.default_rng(0).choice(n, min(n, 64 * 256), replace=False)]
    kinds = {
        "IVF-Flat": lambda: faiss.IndexIVFFlat(quantizer, DIM, nlist, faiss.METRIC_INNER_PRODUCT),
        "IVF-fp16": lambda: faiss.IndexIVFScalarQuantizer(quantizer, DIM, nlist, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT),
        "IVF-SQ8": lambda: faiss.IndexIVFScalarQuantizer(quantizer, DIM, nlist, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT),
        "IVF-PQ": lambda: faiss.IndexIVFPQ(quantizer, DIM, nlist, PQ_M, 8, faiss.METRIC_INNER_PRODUCT),
    }
    engine = vectors.choose(n)
    for name, make in kinds.items():
        t = time.perf_counter()
        index = make()
        index.train(sample)  # the codes only: the quantizer is trained
        index.add_core(n, faiss.swig_ptr(data), None, faiss.swig_ptr(assign))
        build_s = kmeans_s + assign_s + time.perf_counter() - t
        grid = [p for p in NPROBE_GRID if p <= nlist]
        nprobe, _ = tune(index, lambda v: setattr(index, "nprobe", v), grid, tune_q, tune_truth)
        extra = f", m={PQ_M}" if name == "IVF-PQ" else ""
        rows.append(measure(name, f"nlist={nlist}, nprobe={nprobe}{extra}", index, build_s, test_q, test_truth, n))
        if name == "IVF-fp16" and engine.kind == "ivf-fp16":
            vectors.configure(index, engine.to_dict())
            rows.append(measure("engine", f"IVF-fp16, nprobe={engine.nprobe}", index, build_s, test_q, test_truth, n))
        del index
    if engine.kind == "flat":
        flat_row = next(r for r in rows if r["index"] == "Flat")
        rows.append({**flat_row, "index": "engine", "params": "Flat (exact)"})
    del quantizer, data
    return rows


# --- the benchmark --------------------------------------------------------------------------------
def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench faiss")
    parser.add_argument("--quick", action="store_true", help="stop at 100k vectors")
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL
    started = time.perf_counter()
    import faiss

    from qa import vectors

    gen = Generator(anchors(cfg["anchors"]))
    real_vecs = real_sentences(cfg["real"] + 200)
    real = difficulty(real_vecs[200:], real_vecs[:200])
    synthetic = difficulty(gen.sample(cfg["real"]), gen.sample(200))
    rows = []
    for n in cfg["sizes"]:
        rows.extend(run_size(n, gen, cfg))
    seconds = time.perf_counter() - started
    plot = _plot(rows, RESULTS_DIR / ("faiss-quick.png" if args.quick else "faiss.png"))
    table = markdown_table(
        ["vectors", "index", "parameters", "recall@10", "p50 ms", "p95 ms", "index MB", "build s", "meets the targets"],
        [[f"{r['n']:,}", r["index"], r["params"], r["recall"], r["p50_ms"], r["p95_ms"], r["mb"], r["build_s"], "yes" if r["meets"] else "no"] for r in rows],
    )
    notes = (
        f"Targets (for 1M vectors): recall@10 ≥ {TARGET_RECALL}, single-query p50 ≤ {TARGET_MS:.0f} ms, index < "
        f"{TARGET_MB / 1000:.0f} GB; the last column applies them at every size. HNSW is not built past "
        f"{cfg['hnsw_max']:,} vectors: at 1M its float32 storage alone (1.5 GB) is over the memory target. "
        f"{cfg['test']} test queries ({cfg['tune']} more tune efSearch / nprobe); "
        f"FAISS with {faiss.omp_get_max_threads()} threads. Synthetic vs real: at {cfg['real']:,} vectors, "
        f"{_difficulty_text(synthetic)} for the synthetic ones, {_difficulty_text(real)} for real BBC News "
        f"sentences. The engine (`qa/vectors.py`) uses exact search up to "
        f"{vectors.FLAT_MAX:,} vectors and IVF-fp16 above. The plot: `bench/results/{plot.name}`. "
        f"Benchmark wall time: {seconds:.0f} s."
    )
    write_results("faiss", "FAISS index types by corpus size", table,
                  {"config": cfg, "rows": rows, "difficulty": {"synthetic": synthetic, "real": real}, "seconds": seconds},
                  notes=notes, quick=args.quick)
    return 0


def _difficulty_text(d: dict) -> str:
    curve = " / ".join(f"{v:.2f}" for v in d["ivf_recall"].values())
    probes = " / ".join(str(k) for k in d["ivf_recall"])
    return f"top-1 / top-10 cosine {d['top1']:.2f} / {d['top10']:.2f}, IVF-Flat recall@10 {curve} at nprobe {probes} of {d['nlist']}"


def _plot(rows: list[dict], path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for name in dict.fromkeys(r["index"] for r in rows):
        pts = [r for r in rows if r["index"] == name]
        style = {"linewidth": 3, "color": "black", "linestyle": "--"} if name == "engine" else {"marker": "o"}
        left.plot([r["n"] for r in pts], [r["p50_ms"] for r in pts], label=name, **style)
        right.plot([r["n"] for r in pts], [r["mb"] for r in pts], label=name, **style)
    left.axhline(TARGET_MS, color="grey", linewidth=0.8)
    right.axhline(TARGET_MB, color="grey", linewidth=0.8)
    for ax, label in ((left, "single-query search p50 (ms)"), (right, "index size (MB)")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("vectors (384-d)")
        ax.set_ylabel(label)
        ax.grid(True, which="both", alpha=0.3)
    left.legend(fontsize=8)
    fig.suptitle("FAISS index types: latency and memory by corpus size (recall@10 ≥ 0.95 where reachable)")
    return save_figure(fig, path)
