#!/usr/bin/env python3
"""Validate bench/quotes/labels.json against the BBC News articles it points at.

The articles are read from <repo root>/../shared/data/bbc_news/bbc (the
"source" field of labels.json, relative to the repo root), or from
$QA_BENCH_DATA/bbc_news/bbc when that is set, as the benchmarks do. Offsets are
characters into the UTF-8 decoded file text with "\\r\\n" folded to "\\n".

Checks, for every article:
  * the file exists, decodes as UTF-8, and is listed once (articles sorted by file);
  * split is "tune" or "heldout"; kind and evidence are known values; speaker is non-empty;
  * every quote and not_quote span is in range, non-empty and has no leading or
    trailing whitespace;
  * a direct quote span excludes its quotation marks and a trailing comma;
  * quotes do not overlap one another, and not_quotes overlap neither quotes nor
    one another.
Then prints the counts per split, kind and evidence. Exits 1 on any failure.

Usage: python bench/quotes/check_labels.py [path/to/labels.json]
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
KINDS = {"direct", "reported", "block"}
EVIDENCE = {"named", "pronoun", "title", "continuation", "organisation"}
SPLITS = {"tune", "heldout"}


def article_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8").replace("\r\n", "\n")


def check_span(text: str, span: dict, where: str, errors: list[str]) -> bool:
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        errors.append(f"{where}: start/end must be integers")
        return False
    if not 0 <= start < end <= len(text):
        errors.append(f"{where}: span {start}-{end} empty or out of range (text length {len(text)})")
        return False
    piece = text[start:end]
    if piece != piece.strip():
        errors.append(f"{where}: span {start}-{end} starts or ends with whitespace: {piece!r}")
        return False
    return True


def overlaps(spans: list[tuple[int, int, str]], errors: list[str]) -> None:
    spans = sorted(spans)
    for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
        if s2 < e1:
            errors.append(f"{w2} overlaps {w1}")


def main(argv: list[str]) -> int:
    labels_path = Path(argv[1]) if len(argv) > 1 else HERE / "labels.json"
    doc = json.loads(labels_path.read_text(encoding="utf-8"))
    errors: list[str] = []
    if doc.get("version") != 1:
        errors.append("version must be 1")
    data = os.environ.get("QA_BENCH_DATA")
    source = Path(data) / "bbc_news" / "bbc" if data else (REPO_ROOT / doc.get("source", "../shared/data/bbc_news/bbc")).resolve()
    if not source.is_dir():
        print(f"article folder not found: {source}", file=sys.stderr)
        return 1

    articles = doc.get("articles", [])
    files = [a.get("file") for a in articles]
    if files != sorted(files):
        errors.append("articles are not sorted by file")
    if len(set(files)) != len(files):
        errors.append("an article is listed more than once")

    n_articles = Counter()
    n_quotes = Counter()
    n_kind = Counter()
    n_evidence = Counter()
    n_topic = Counter()
    n_not = 0
    for art in articles:
        name = art.get("file", "?")
        split = art.get("split")
        if split not in SPLITS:
            errors.append(f"{name}: split {split!r} is not one of {sorted(SPLITS)}")
        try:
            text = article_text(source / name)
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(f"{name}: cannot read as UTF-8: {exc}")
            continue
        n_articles[split] += 1
        n_topic[name.split("/")[0]] += 1
        quote_spans: list[tuple[int, int, str]] = []
        for i, q in enumerate(art.get("quotes", [])):
            where = f"{name} quote #{i}"
            if q.get("kind") not in KINDS:
                errors.append(f"{where}: kind {q.get('kind')!r} unknown")
            if q.get("evidence") not in EVIDENCE:
                errors.append(f"{where}: evidence {q.get('evidence')!r} unknown")
            if not isinstance(q.get("speaker"), str) or not q["speaker"].strip():
                errors.append(f"{where}: speaker missing")
            if not check_span(text, q, where, errors):
                continue
            piece = text[q["start"]:q["end"]]
            if q.get("kind") == "direct" and (piece[0] == '"' or piece[-1] in '",'):
                errors.append(f"{where}: direct span must exclude quotation marks and a trailing comma: {piece!r}")
            quote_spans.append((q["start"], q["end"], where))
            n_quotes[split] += 1
            n_kind[(split, q.get("kind"))] += 1
            n_evidence[(split, q.get("evidence"))] += 1
        overlaps(quote_spans, errors)
        not_spans: list[tuple[int, int, str]] = []
        for i, n in enumerate(art.get("not_quotes", [])):
            where = f"{name} not_quote #{i}"
            if check_span(text, n, where, errors):
                not_spans.append((n["start"], n["end"], where))
                n_not += 1
        overlaps(quote_spans + not_spans, errors)

    for err in errors:
        print("FAIL", err)
    total_articles = sum(n_articles.values())
    print(f"articles: {total_articles} ({', '.join(f'{s} {n_articles[s]}' for s in sorted(SPLITS, reverse=True))}); "
          f"topics: {', '.join(f'{t} {n}' for t, n in sorted(n_topic.items()))}")
    print(f"quotes: {sum(n_quotes.values())} ({', '.join(f'{s} {n_quotes[s]}' for s in sorted(SPLITS, reverse=True))}); "
          f"not_quotes: {n_not}")
    for label, counter, values in (("kind", n_kind, sorted(KINDS)), ("evidence", n_evidence, sorted(EVIDENCE))):
        for value in values:
            per = {s: counter[(s, value)] for s in sorted(SPLITS, reverse=True)}
            print(f"  {label + ' ' + value:<22} {sum(per.values()):>4}  ({', '.join(f'{s} {n}' for s, n in per.items())})")
    if errors:
        print(f"{len(errors)} problem(s)")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
