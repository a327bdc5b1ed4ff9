"""How the per-article reading (quotes, speakers, passages) grows with an article's length:
``python -m bench long [--quick]``.

Articles up to the upload limit (1 MB) are generated in a few shapes: news prose (the seed
article's body repeated), and the shapes of text without sentence ends that a paste or a garbled
upload can bring (a run of capitalised words, a comma-separated list of names, a roster of names one
per line, speech verbs with no full stop, a paragraph of many short quotes, quotation marks that
never close, lower-case words). Each is read by ``chunk`` (what indexing does for an article before
embedding it), timed in this process, at each size. Reading should grow with the length, not its
square: the table gives each shape's time, its ratio to prose of the same size, and how much longer
1 MB takes than 200 KB (5 for linear growth; 25 for quadratic).
"""

from __future__ import annotations

import argparse
import hashlib
import time

from qa.chunking import chunk
from qa.corpus import Article, split_title

from .common import log, markdown_table, median, write_results
from .corpora import SEED

SIZES = (50_000, 200_000, 1_000_000)
QUICK_SIZES = (50_000, 200_000)
SHAPES = {
    "news prose (baseline)": None,  # the seed article's body, repeated
    "capitalised words, no full stop": "Tom Hale ",
    "names and commas": "Tom Hale, Ann Roe, ",
    "a roster, one name a line": "Tom Hale\nAnn Roe\n",
    "speech verbs, no full stop": "Tom Hale said ",
    "many short quotes": "\u201cYes,\u201d he said. ",
    "quotation marks never closed": "\u201cWe will win ",
    "lower-case words, no full stop": "the cat sat on the mat and ",
}


def article(shape: str, size: int) -> Article:
    unit = SHAPES[shape]
    if unit is None:
        seed = SEED.read_text(encoding="utf-8")
        unit = seed[split_title(seed, "seed")[1] :].strip() + "\n\n"
    text = "A long article\n\n" + (unit * (size // len(unit) + 1))[:size]
    title, body_start = split_title(text, "long")
    return Article("long", title, text, SEED, body_start, hashlib.sha256(text.encode()).hexdigest())


def read_seconds(art: Article, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        chunk(art)
        times.append(time.perf_counter() - t)
    return median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench long")
    parser.add_argument("--quick", action="store_true", help="50 KB and 200 KB only (about half a minute)")
    args = parser.parse_args(argv)
    sizes = QUICK_SIZES if args.quick else SIZES
    started = time.perf_counter()
    chunk(article("news prose (baseline)", 10_000))  # imports and compiled patterns, once
    seconds: dict[str, dict[int, float]] = {}
    for shape in SHAPES:
        seconds[shape] = {}
        for size in sizes:
            seconds[shape][size] = read_seconds(article(shape, size), 3 if size <= 200_000 else 1)
            log(f"long: {shape}, {size:,} characters: {seconds[shape][size]:.2f} s")
    top, prev = sizes[-1], sizes[-2]
    prose = seconds["news prose (baseline)"]
    rows = [
        [shape]
        + [f"{s[size]:.2f}" for size in sizes]
        + [f"{s[top] / prose[top]:.1f}×", f"{s[top] / s[prev]:.1f}×"]
        for shape, s in seconds.items()
    ]
    headers = ["text", *[f"{size // 1000:,} KB (s)" for size in sizes], f"{top // 1000:,} KB vs prose",
               f"{top // 1000:,} KB vs {prev // 1000:,} KB ({top // prev}× the text)"]
    runs = "median of 3 runs" + (" up to 200 KB, one run at 1 MB" if top > 200_000 else "")
    notes = (f"Time to read one generated article for quotes, speakers and passages (`chunk`, what indexing does "
             f"before embedding), {runs}. Benchmark wall time: {time.perf_counter() - started:.0f} s.")
    write_results("long", "Reading long articles", markdown_table(headers, rows),
                  {"sizes": list(sizes), "seconds": {k: {str(n): v for n, v in s.items()} for k, s in seconds.items()}},
                  notes=notes, quick=args.quick)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
