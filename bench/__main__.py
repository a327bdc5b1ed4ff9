"""``python -m bench NAME [--quick] ...``: run one benchmark, or ``all`` of them in turn."""

from __future__ import annotations

import importlib
import sys

# name -> module in this package whose ``main(argv) -> int`` runs it
BENCHMARKS = {
    "quality": "bench.quality",  # SQuAD-format answer-sentence accuracy against baselines
    "speed": "bench.speed",  # ask() latency, cold start, build throughput, memory vs a naive pipeline
    "scale": "bench.scale",  # the seed article among all BBC and AG News articles
    "faiss": "bench.faiss_types",  # FAISS index types on synthetic vectors up to 1M passages
    "attribution": "bench.attribution",  # quote detection and speakers on labelled BBC articles
    "news": "bench.news",  # reader questions about BBC News articles, asked of one corpus
    "long": "bench.long_articles",  # reading articles up to 1 MB, prose and text with no sentence ends
}

USAGE = "usage: python -m bench {" + ",".join([*BENCHMARKS, "all"]) + "} [--quick] [options]"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print(USAGE)
        for name, module in BENCHMARKS.items():
            print(f"  {name:12} {module}")
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name == "all":
        status = 0
        for each in BENCHMARKS:
            status |= _run(each, [a for a in rest if a == "--quick"])
        return status
    if name not in BENCHMARKS:
        print(f"unknown benchmark {name!r}\n{USAGE}", file=sys.stderr)
        return 2
    return _run(name, rest)


def _run(name: str, argv: list[str]) -> int:
    module = importlib.import_module(BENCHMARKS[name])
    return int(module.main(argv) or 0)


if __name__ == "__main__":
    sys.exit(main())
