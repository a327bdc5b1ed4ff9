"""A needle in a haystack: ``python -m bench scale [--quick]``.

The corpus grows from the seed article alone to the seed article + all 2,225 BBC News articles +
all 7,600 AG News items (title and description), in a fixed shuffled order (``--quick``: 100 BBC
and 400 AG). At each step the index is updated in a new process (only the added articles are
embedded), then a new process loads it and asks the seed-article questions of
``tests/data/seed_questions.json``: the answerable ones should still be answered from the seed
article (and with the sentence holding the gold words), the unanswerable ones declined.
Reported per step: build time and peak memory, index size on disk, index load time, warm ask()
p50/p95 (two timed passes over the questions after a warm-up pass) and the asking process's peak
memory. The plot of latency and memory against corpus size is ``bench/results/scale.png``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from .common import RESULTS_DIR, log, markdown_table, percentile, save_figure, write_results
from .corpora import SEED, ag_items, bbc_articles, python, run_measured, seed_questions, scratch, write_corpus

FULL = {"bbc": None, "ag": None, "fractions": [0.0, 0.1, 0.3, 1.0]}
QUICK = {"bbc": 100, "ag": 400, "fractions": [0.0, 1.0]}
TIMED_PASSES = 2


# --- child processes ------------------------------------------------------------------------------
def child_build(corpus: str, index: str) -> None:
    from qa import QA

    qa = QA(corpus_dir=corpus, index_dir=index)
    report = qa.build()
    manifest = json.loads((Path(index) / "manifest.json").read_text("utf-8"))
    print(json.dumps({
        "articles": report.articles, "embedded": report.embedded, "passages": report.passages,
        "sentences": report.sentences, "seconds": report.seconds, "backend": qa.embedder.backend,
        "vectors": manifest.get("vectors", {}),
    }))


def child_ask(corpus: str, index: str) -> None:
    from qa import QA

    answerable, unanswerable = seed_questions()
    questions = [a["q"] for a in answerable] + unanswerable
    t = time.perf_counter()
    qa = QA(corpus_dir=corpus, index_dir=index)
    reembedded = qa.build().embedded  # loads the index: 0 unless it had to be rebuilt
    qa.ask(questions[0])  # and the model
    load = time.perf_counter() - t
    answers = [qa.ask(q) for q in questions]  # the warm-up pass gives the answers
    times = []
    for _ in range(TIMED_PASSES):
        for q in questions:
            t = time.perf_counter()
            qa.ask(q)
            times.append(time.perf_counter() - t)
    seed_id = SEED.stem
    got = answers[: len(answerable)]
    elsewhere: dict[str, int] = {}
    for a in got:
        if a.found and a.answer.article != seed_id:
            elsewhere[a.answer.article] = elsewhere.get(a.answer.article, 0) + 1
    print(json.dumps({
        "load_s": load,
        "reembedded": reembedded,
        "p50_ms": 1000 * percentile(times, 50),
        "p95_ms": 1000 * percentile(times, 95),
        "answerable": len(answerable),
        "from_seed": sum(a.found and a.answer.article == seed_id for a in got),
        "gold": sum(a.found and a.answer.article == seed_id and item["gold"] in a.answer.text for a, item in zip(got, answerable)),
        "declined_answerable": sum(not a.found for a in got),
        "unanswerable": len(unanswerable),
        "declined": sum(not a.found for a in answers[len(answerable) :]),
        "answered_elsewhere": elsewhere,
    }))


def _child(mode: str, corpus: Path, index: Path) -> tuple[dict, object]:
    run = run_measured(python("-m", "bench.scale", mode, str(corpus), str(index)))
    if run.returncode:
        raise SystemExit(f"scale {mode} failed:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1]), run


# --- the benchmark --------------------------------------------------------------------------------
def haystack(cfg: dict) -> list[tuple[str, dict]]:
    items = [("bbc", a) for a in bbc_articles(cfg["bbc"])] + [("ag", a) for a in ag_items(cfg["ag"])]
    order = np.random.default_rng(0).permutation(len(items))
    return [items[i] for i in order]


def main(argv: list[str]) -> int:
    if argv and argv[0] in {"_build", "_ask"}:
        (child_build if argv[0] == "_build" else child_ask)(*argv[1:3])
        return 0
    parser = argparse.ArgumentParser(prog="python -m bench scale")
    parser.add_argument("--quick", action="store_true", help="100 BBC and 400 AG News articles")
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL
    started = time.perf_counter()
    with scratch("scale") as work:
        steps = run(cfg, work)
    seconds = time.perf_counter() - started
    plot = _plot(steps, RESULTS_DIR / ("scale-quick.png" if args.quick else "scale.png"))
    table, notes = report(steps, cfg, plot, seconds)
    write_results("scale", "Scale: the seed article in a haystack of news", table,
                  {"config": cfg, "steps": steps, "seconds": seconds}, notes=notes, quick=args.quick)
    return 0


def run(cfg: dict, work: Path) -> list[dict]:
    items = haystack(cfg)
    corpus, index = work / "corpus", work / "index"
    written = 0
    steps = []
    for fraction in cfg["fractions"]:
        upto = round(fraction * len(items))
        new = items[written:upto]
        write_corpus(corpus, bbc=[a for k, a in new if k == "bbc"], ag=[a for k, a in new if k == "ag"], seed=not steps)
        written = upto
        build, build_run = _child("_build", corpus, index)
        size = sum(p.stat().st_size for p in index.iterdir() if p.is_file())
        ask, ask_run = _child("_ask", corpus, index)
        if ask["reembedded"]:
            log(f"scale: warning: the asking process re-embedded {ask['reembedded']} articles (the code changed?)")
        step = {
            **build, "build_process_s": build_run.seconds, "build_peak_mb": build_run.peak_mb,
            "index_mb": size / 1e6, **ask, "ask_peak_mb": ask_run.peak_mb,
        }
        if fraction == cfg["fractions"][-1]:
            step["ivf_check"] = ivf_check(index)
        steps.append(step)
        log(
            f"scale: {step['articles']:,} articles ({step['passages']:,} passages): build {step['seconds']:.1f} s, "
            f"ask p50 {step['p50_ms']:.1f} ms, from seed {step['from_seed']}/{step['answerable']}, gold {step['gold']}"
        )
    return steps


def ivf_check(index: Path, queries: int = 200) -> dict:
    """The engine's IVF rule (``qa.vectors``) on the haystack's real sentence vectors, as if they
    were past the exact-search threshold: recall@10 against exact search for held-out sentences."""
    import faiss

    from qa import vectors

    manifest = json.loads((index / "manifest.json").read_text("utf-8"))
    stored = faiss.read_index(str(index / manifest["files"]["sentences"]["name"]))
    data = stored.reconstruct_n(0, stored.ntotal)
    held = np.random.default_rng(2).permutation(len(data))
    q, base = data[held[:queries]], data[np.sort(held[queries:])]
    exact = faiss.IndexFlatIP(base.shape[1])
    exact.add(base)
    truth = exact.search(q, 10)[1]
    nlist = vectors.nlist_for(len(base))
    spec = vectors.Spec("ivf-fp16", nlist, vectors.nprobe_for(nlist))
    ivf = vectors.build(base, base.shape[1], spec)
    out = {"vectors": len(base), "nlist": nlist, "recall": {}}
    for nprobe in sorted({max(1, nlist // 32), max(1, nlist // 16), spec.nprobe}):
        faiss.extract_index_ivf(ivf).nprobe = nprobe
        found = ivf.search(q, 10)[1]
        out["recall"][nprobe] = float(np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth)]))
    out["engine_nprobe"] = spec.nprobe
    return out


def report(steps: list[dict], cfg: dict, plot: Path, seconds: float) -> tuple[str, str]:
    rows = [
        [
            f"{s['articles']:,}", f"{s['passages']:,}", f"{s['sentences']:,}", f"{s['seconds']:.1f}",
            f"{s['build_peak_mb']:.0f}", f"{s['index_mb']:.1f}", f"{s['load_s']:.1f}", f"{s['p50_ms']:.1f}",
            f"{s['p95_ms']:.1f}", f"{s['ask_peak_mb']:.0f}",
            f"{s['from_seed']}/{s['answerable']} ({s['from_seed'] / s['answerable']:.0%})",
            f"{s['gold']}/{s['answerable']} ({s['gold'] / s['answerable']:.0%})",
            f"{s['declined']}/{s['unanswerable']}",
        ]
        for s in steps
    ]
    table = markdown_table(
        ["articles", "passages", "sentences", "build s", "build MB", "index MB on disk", "load s", "ask p50 ms",
         "ask p95 ms", "ask MB", "answered from the seed article", "with the gold sentence", "unanswerable declined"],
        rows,
    )
    last = steps[-1]
    total_build = sum(s["seconds"] for s in steps)
    elsewhere = ", ".join(f"{k} ({v})" for k, v in sorted(last["answered_elsewhere"].items(), key=lambda kv: -kv[1])[:5]) or "none"
    kinds = {k: v.get("kind", "flat") for k, v in last.get("vectors", {}).items()} or {"passages": "flat", "sentences": "flat"}
    notes = (
        f"Haystack: the seed article + {'all' if cfg['bbc'] is None else cfg['bbc']} BBC News articles + "
        f"{'all' if cfg['ag'] is None else cfg['ag']} AG News items, added in steps (each build embeds only the new "
        f"articles: building the whole haystack took {total_build:.0f} s over the steps, "
        f"{last['passages'] + last['sentences']:,} passages and sentences, {last['backend']} encoder). "
        f"Memory is each process's peak resident set. Vector indexes at the last step: "
        + ", ".join(f"{k} {v}" for k, v in kinds.items())
        + f". Answerable seed questions answered from another article at the last step: {elsewhere}. "
        + _ivf_text(last.get("ivf_check"))
        + f"The plot: `bench/results/{plot.name}`. Benchmark wall time: {seconds:.0f} s."
    )
    return table, notes


def _ivf_text(check: dict | None) -> str:
    if not check:
        return ""
    curve = ", ".join(f"{r:.3f} at nprobe {p}" for p, r in check["recall"].items())
    return (
        f"The engine's IVF rule on these real sentence vectors ({check['vectors']:,}, nlist {check['nlist']}, as if "
        f"past the exact-search threshold): recall@10 {curve} (the engine uses nprobe {check['engine_nprobe']}). "
    )


def _plot(steps: list[dict], path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    x = [s["passages"] + s["sentences"] for s in steps]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    left.plot(x, [s["p50_ms"] for s in steps], marker="o", label="ask() p50")
    left.plot(x, [s["p95_ms"] for s in steps], marker="o", label="ask() p95")
    left.set_ylabel("warm ask() latency (ms)")
    right.plot(x, [s["ask_peak_mb"] for s in steps], marker="o", label="asking process, peak RSS")
    right.plot(x, [s["build_peak_mb"] for s in steps], marker="o", label="building process, peak RSS")
    right.plot(x, [s["index_mb"] for s in steps], marker="o", label="index on disk")
    right.set_ylabel("MB")
    for ax in (left, right):
        ax.set_xscale("log")
        ax.set_xlabel("passages + sentences indexed")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("Article QA: the seed article among BBC News and AG News articles")
    return save_figure(fig, path)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
