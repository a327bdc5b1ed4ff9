"""Speed and memory against the naive pipeline: ``python -m bench speed [--quick]``.

The baseline is ``bench/naive.py``: sentences, sentence-transformers ``encode``, a flat FAISS
inner-product index, the nearest sentence. Both index the same corpus (the seed article plus the
first N BBC News articles) in the same run, and every figure alternates Article QA and the
baseline run by run (the machine is shared, so medians of interleaved runs):

- **warm ask() latency**: p50/p95 over the questions (the seed questions plus questions made from
  the BBC titles), each asked once per round after a warm-up, every system in its own process (so
  one's idle threads cannot slow the other) and the systems taking turns round by round; Article
  QA through sentence-transformers (ONNX off) too, and whether its answers are identical.
- **cold start**: a new process answering one question from the command line with the index
  already built (``python -m qa ask`` / ``python -m bench.naive ask``), wall time, median of runs.
- **build**: a new process per build; throughput = articles of the corpus per second of building
  (after the model has loaded; the model load and the whole process time are shown too), texts
  embedded per second, and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from .common import log, markdown_table, median, percentile, write_results
from .corpora import bbc_articles, python, run_measured, seed_questions, scratch, write_corpus

FULL = {"bbc": 200, "questions": 200, "build_runs": 3, "cold_runs": 5, "warm_rounds": 3, "st_runs": True}
QUICK = {"bbc": 25, "questions": 100, "build_runs": 1, "cold_runs": 3, "warm_rounds": 1, "st_runs": False}
TEMPLATES = ("What happened in {t}?", "Who is behind the story {t}?", "Why {t}?", "What did they say about {t}?")
COLD_QUESTION = "Which Colombian official did Blinken sit down with?"
ST_ENV = {"QA_ONNX": "0"}  # Article QA through sentence-transformers


def questions(bbc: list[dict], n: int) -> list[str]:
    """The seed-article questions, then questions made from the BBC titles, ``n`` in all."""
    answerable, unanswerable = seed_questions()
    out = [a["q"] for a in answerable] + unanswerable
    made = [TEMPLATES[i % len(TEMPLATES)].format(t=a["title"].strip().rstrip("?.")) for i, a in enumerate(bbc)]
    return (out + made)[:n]


# --- child processes ------------------------------------------------------------------------------
def child_build(system: str, corpus: str, out: str) -> None:
    """In a fresh process: load the model, then build; print the timings as JSON."""
    t0 = time.perf_counter()
    if system == "naive":
        from .naive import Naive

        naive = Naive()
        naive.model.encode(["warm-up"])
        t1 = time.perf_counter()
        sentences = naive.build(Path(corpus))
        naive.save(Path(out))
        t2 = time.perf_counter()
        info = {"articles": len(list(Path(corpus).glob("*.txt"))), "texts": sentences, "backend": "sentence-transformers"}
    else:
        from qa import QA

        qa = QA(corpus_dir=corpus, index_dir=out)
        qa.embedder.encode(["warm-up"])
        t1 = time.perf_counter()
        report = qa.build(force=True)
        t2 = time.perf_counter()
        info = {"articles": report.articles, "texts": report.passages + report.sentences, "backend": qa.embedder.backend}
    print(json.dumps({**info, "load": t1 - t0, "build": t2 - t1}))


def _build(system: str, corpus: Path, out: Path, env: dict | None = None) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    run = run_measured(python("-m", "bench.speed", "_build", system, str(corpus), str(out)), env)
    if run.returncode:
        raise SystemExit(f"{system} build failed:\n{run.stderr[-2000:]}")
    info = json.loads(run.stdout.strip().splitlines()[-1])
    return {**info, "process": run.seconds, "peak_mb": run.peak_mb}


def _cold(system: str, corpus: Path, index: Path, env: dict | None = None) -> dict:
    if system == "naive":
        args = python("-m", "bench.naive", "ask", str(index), COLD_QUESTION)
    else:
        args = python("-m", "qa", "ask", COLD_QUESTION, "--corpus", str(corpus), "--index", str(index))
    run = run_measured(args, env)
    if run.returncode or not run.stdout.strip():
        raise SystemExit(f"{system} cold start failed:\n{run.stderr[-2000:]}")
    return {"seconds": run.seconds, "peak_mb": run.peak_mb}


# --- the benchmark --------------------------------------------------------------------------------
def main(argv: list[str]) -> int:
    if argv and argv[0] == "_build":
        child_build(*argv[1:4])
        return 0
    if argv and argv[0] == "_warm":
        child_warm(*argv[1:5])
        return 0
    parser = argparse.ArgumentParser(prog="python -m bench speed")
    parser.add_argument("--quick", action="store_true", help="a smaller corpus and fewer runs (about a minute)")
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL
    started = time.perf_counter()
    with scratch("speed") as work:
        result = run(cfg, work)
    result["seconds"] = time.perf_counter() - started
    table, notes = report(result)
    write_results("speed", "Speed and memory against the naive pipeline", table, result, notes=notes, quick=args.quick)
    return 0


def run(cfg: dict, work: Path) -> dict:
    bbc = bbc_articles(cfg["bbc"])
    corpus = work / "corpus"
    n_articles = write_corpus(corpus, bbc=bbc)
    qs = questions(bbc, cfg["questions"])
    log(f"speed: {n_articles} articles, {len(qs)} questions")

    # The ONNX export is made once per machine and model; make sure it exists before timing.
    from qa.embedding import get_embedder

    t = time.perf_counter()
    backend = get_embedder().backend
    export_seconds = time.perf_counter() - t

    # Builds, each in a new process, alternating which goes first.
    builds: dict[str, list[dict]] = {"ours": [], "naive": []}
    for r in range(cfg["build_runs"]):
        for system in ("ours", "naive") if r % 2 == 0 else ("naive", "ours"):
            out = work / f"{system}-index"
            builds[system].append(_build(system, corpus, out))
            log(f"  build {system}: {builds[system][-1]['build']:.1f} s")
    if cfg["st_runs"]:
        builds["ours_st"] = [_build("ours", corpus, work / "st-index", ST_ENV)]
        log(f"  build ours (sentence-transformers): {builds['ours_st'][-1]['build']:.1f} s")
        shutil.rmtree(work / "st-index", ignore_errors=True)

    warm = warm_latency(corpus, work, qs, cfg["warm_rounds"])

    cold: dict[str, list[dict]] = {"ours": [], "naive": []}
    if cfg["st_runs"]:
        cold["ours_st"] = []
    for r in range(cfg["cold_runs"]):
        order = list(cold) if r % 2 == 0 else list(reversed(cold))
        for system in order:
            index = work / ("naive-index" if system == "naive" else "ours-index")
            cold[system].append(_cold("naive" if system == "naive" else "ours", corpus, index, ST_ENV if system == "ours_st" else None))
        log(f"  cold start run {r + 1}: " + ", ".join(f"{s} {cold[s][-1]['seconds']:.2f} s" for s in cold))
    return {
        "config": cfg,
        "articles": n_articles,
        "questions": len(qs),
        "backend": backend,
        "first_model_use_seconds": export_seconds,
        "builds": builds,
        "warm": warm,
        "cold": cold,
    }


def child_warm(system: str, corpus: str, index: str, qfile: str) -> None:
    """In a fresh process: answer every question once after a warm-up; print the times (and, for
    Article QA, what each answer was) as JSON."""
    qs = json.loads(Path(qfile).read_text("utf-8"))
    if system == "naive":
        from .naive import Naive

        ask = Naive().load(Path(index)).ask
    else:
        from qa import QA
        from qa.embedding import SentenceTransformerEmbedder

        qa = QA(corpus_dir=corpus, index_dir=index, embedder=SentenceTransformerEmbedder(onnx=system != "ours_st"))
        ask = qa.ask
    for q in qs[:5]:  # load the index and the model, warm the caches
        ask(q)
    times, answers = [], []
    for q in qs:
        t = time.perf_counter()
        got = ask(q)
        times.append(time.perf_counter() - t)
        if system != "naive":
            answers.append(_key(got))
    out = {"times": times, "answers": answers}
    if system == "ours_st":  # sentence-transformers is loaded here anyway: compare the vectors
        import numpy as np

        out["max_vector_difference"] = float(np.abs(SentenceTransformerEmbedder().encode(qs) - qa.embedder.encode(qs)).max())
        out["onnx_backend"] = SentenceTransformerEmbedder().backend
    print(json.dumps(out))


def warm_latency(corpus: Path, work: Path, qs: list[str], rounds: int) -> dict:
    """ask() latency, each system in its own process (so one's threads cannot slow the other),
    taking turns round by round; every question once per round."""
    qfile = work / "questions.json"
    qfile.write_text(json.dumps(qs), "utf-8")
    systems = ["ours", "naive", "ours_st"]
    times: dict[str, list[float]] = {name: [] for name in systems}
    answers: dict[str, list] = {}
    extra: dict = {}
    for r in range(rounds):
        for name in systems[r % 3 :] + systems[: r % 3]:
            index = work / ("naive-index" if name == "naive" else "ours-index")
            run = run_measured(python("-m", "bench.speed", "_warm", name, str(corpus), str(index), str(qfile)))
            if run.returncode:
                raise SystemExit(f"{name} warm run failed:\n{run.stderr[-2000:]}")
            out = json.loads(run.stdout.strip().splitlines()[-1])
            times[name].extend(out["times"])
            answers.setdefault(name, out["answers"])
            extra.update({k: v for k, v in out.items() if k not in {"times", "answers"}})
        log(f"  warm round {r + 1}: " + ", ".join(f"{n} p50 {1000 * percentile(times[n], 50):.1f} ms" for n in systems))
    same = sum(a == b for a, b in zip(answers["ours"], answers["ours_st"]))
    return {
        "ms": {name: {"p50": 1000 * percentile(t, 50), "p95": 1000 * percentile(t, 95)} for name, t in times.items()},
        "identical_answers": same,
        "max_vector_difference": extra.get("max_vector_difference", float("nan")),
        "backend": extra.get("onnx_backend", "?"),
        "rounds": rounds,
    }


def _key(a) -> list:
    """What an answer is: found, its span, its passages (JSON-comparable)."""
    span = [a.answer.article, a.answer.start, a.answer.end] if a.answer else None
    return [a.found, span, [[p.article, p.start, p.end] for p in a.passages]]


# --- the report -----------------------------------------------------------------------------------
def report(r: dict) -> tuple[str, str]:
    b, w, c = r["builds"], r["warm"]["ms"], r["cold"]

    def med(runs: list[dict], key: str) -> float:
        return median([x[key] for x in runs])

    def rate(runs: list[dict], key: str) -> float:
        return median([x[key] / x["build"] for x in runs])

    rows = []

    def row(label: str, ours: float, naive: float, fmt: str = "{:.2f}", target: str = "", met: bool | None = None) -> None:
        verdict = "" if met is None else "yes" if met else "no"
        rows.append([label, fmt.format(ours), fmt.format(naive), f"{ours / naive:.2f}×", target, verdict])

    p50 = w["ours"]["p50"]
    row("warm ask() p50 (ms)", p50, w["naive"]["p50"], target="≤ 0.5×", met=p50 <= 0.5 * w["naive"]["p50"])
    row("warm ask() p95 (ms)", w["ours"]["p95"], w["naive"]["p95"])
    cold = med(c["ours"], "seconds")
    row("cold start: one question from the CLI (s)", cold, med(c["naive"], "seconds"), target="< 4 s", met=cold < 4)
    row("cold start: peak memory (MB)", med(c["ours"], "peak_mb"), med(c["naive"], "peak_mb"), "{:.0f}")
    tp_o, tp_n = rate(b["ours"], "articles"), rate(b["naive"], "articles")
    row("build throughput (articles/s)", tp_o, tp_n, target="≥ 1×", met=tp_o >= tp_n)
    row("build: texts embedded per second", rate(b["ours"], "texts"), rate(b["naive"], "texts"), "{:.0f}")
    row("build: time after the model loaded (s)", med(b["ours"], "build"), med(b["naive"], "build"), "{:.1f}")
    row("build: whole process (s)", med(b["ours"], "process"), med(b["naive"], "process"), "{:.1f}")
    row("build: peak memory (MB)", med(b["ours"], "peak_mb"), med(b["naive"], "peak_mb"), "{:.0f}")
    table = markdown_table(["figure", "Article QA", "naive baseline", "ratio", "target", "met"], rows)

    cfg = r["config"]
    notes = [
        f"Corpus: the seed article + {cfg['bbc']} BBC News articles ({r['articles']} files; Article QA embeds "
        f"{b['ours'][0]['texts']:,} passages and sentences, the baseline {b['naive'][0]['texts']:,} sentences). "
        f"{r['questions']} questions × {cfg['warm_rounds']} round(s); builds: median of {cfg['build_runs']} new processes "
        f"each, cold starts: median of {cfg['cold_runs']}, alternating. Article QA encodes with `{r['warm']['backend']}`.",
    ]
    st = [f"warm ask() p50 {w['ours_st']['p50']:.2f} ms, p95 {w['ours_st']['p95']:.2f} ms"]
    if "ours_st" in c:
        st.append(f"cold start {med(c['ours_st'], 'seconds'):.2f} s ({med(c['ours_st'], 'peak_mb'):.0f} MB)")
    if "ours_st" in b:
        st.append(f"build {rate(b['ours_st'], 'articles'):.2f} articles/s ({med(b['ours_st'], 'peak_mb'):.0f} MB)")
    notes.append(
        "Article QA through sentence-transformers (`QA_ONNX=0`), same run: " + "; ".join(st) + f". Answers identical to the ONNX path for {r['warm']['identical_answers']}/{r['questions']} "
        f"questions; largest vector difference {r['warm']['max_vector_difference']:.1e}."
    )
    notes.append(
        f"First use of the model in the benchmark process: {r['first_model_use_seconds']:.1f} s (loading the "
        "ONNX export; the first process on a machine also makes it, once, through sentence-transformers). "
        f"Benchmark wall time: {r['seconds']:.0f} s."
    )
    return table, "\n\n".join(notes)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
