"""Quote attribution on labelled BBC News articles: detection precision/recall and speaker accuracy.

``python -m bench attribution [--quick] [--split tune|heldout|all]``

The labels (``bench/quotes/labels.json``, offsets only) are scored against ``qa.quotes.analyze`` run
on each article, read in place from ``<data>/bbc_news/bbc/<file>`` (UTF-8, ``\\r\\n`` folded to
``\\n``, the headline line included, as the labels count offsets).

Matching. A predicted quote and a labelled one match when their spans overlap by at least half of
the shorter span. Matching is one-to-one: pairs are taken greedily from the largest overlap (as a
share of the longer span) down, so one long prediction cannot claim two labelled quotes. A labelled
quote with a match is *detected*; a prediction with none is a false positive (the ones that touch a
``not_quote`` span, scare quotes or titles, are also counted apart).

Speakers. Names are compared after normalisation: case folded, punctuation and a leading
Mr/Mrs/Ms/Miss/Dr/Sir and "the"/"a"/"an" dropped. A person (a label never marked "organisation"
evidence) must match exactly, so "Blair" for "Tony Blair" is wrong: the engine promises the full
canonical name. An organisation or unnamed source ("the government", "a spokesman for X", "critics")
is right when either normalised phrase contains the other as whole words ("a spokesman" for "a
spokesman for the Trafford Centre", "Committee to Protect Bloggers" for "the Committee to Protect
Bloggers"), or one is the other's acronym ("WTO" for "the World Trade Organisation"), and the
prediction is not one of the article's named people: reporting the source as the article names it
is right, pinning it on a nearby person is wrong. An ``unattributed`` label
("it has been claimed") is right for any prediction that is not a named person.

Slices: by the label's evidence (named, pronoun, title, continuation, organisation) and kind
(direct, reported), for the tune and held-out splits separately. Errors are printed for the tune
split only: the held-out split is for reporting, never for reading while the rules are tuned.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import REPO, data_dir, log, markdown_table, write_results
from qa.corpus import Article, split_title
from qa.quotes import analyze
from qa.types import Quote

LABELS = REPO / "bench" / "quotes" / "labels.json"
EVIDENCE = ("named", "pronoun", "title", "continuation", "organisation")
KINDS = ("direct", "reported", "block")
SPLITS = ("tune", "heldout")
_HONORIFIC = re.compile(r"^(?:(?:mr|mrs|ms|miss|dr|sir|the|a|an)\s+)+")


@dataclass(frozen=True)
class Label:
    start: int
    end: int
    kind: str
    speaker: str
    evidence: str


@dataclass
class Tally:
    """Counts for one slice: labelled quotes, how many were detected, and with the right speaker."""

    quotes: int = 0
    found: int = 0
    speaker_ok: int = 0
    kind_ok: int = 0
    predicted: int = 0  # predictions in the slice (kind slices only)
    predicted_ok: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self) -> dict[str, float | int]:
        div = lambda a, b: a / b if b else float("nan")
        return {
            "quotes": self.quotes,
            "found": self.found,
            "recall": div(self.found, self.quotes),
            "speaker_accuracy": div(self.speaker_ok, self.found),
            "kind_agreement": div(self.kind_ok, self.found),
            "predicted": self.predicted,
            "precision": div(self.predicted_ok, self.predicted),
        }


@dataclass
class ArticleResult:
    file: str
    split: str
    slices: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    not_quote_hits: int = 0
    errors: list[str] = field(default_factory=list)


def read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8").replace("\r\n", "\n")


def load_article(path: Path, name: str) -> Article:
    text = read_text(path)
    title, body_start = split_title(text, name)
    return Article(name, title, text, path, body_start, "")


def norm_speaker(name: str) -> str:
    words = re.sub(r"[^\w\s]", " ", name.replace("’s", "'s").replace("'s", "s")).casefold().split()
    return _HONORIFIC.sub("", " ".join(words))


def speaker_matches(label: str, predicted: str, org_label: bool, people: set[str]) -> bool:
    """Is ``predicted`` the same speaker as ``label``? (rules in the module docstring)"""
    want, got = norm_speaker(label), norm_speaker(predicted)
    if want == got:
        return True
    is_person = got in people
    if label == "unattributed":
        return not is_person
    if not org_label or is_person or not want or not got:
        return False
    pad = lambda s: f" {s} "
    return pad(want) in pad(got) or pad(got) in pad(want) or _acronym_of(want, got) or _acronym_of(got, want)


def _acronym_of(short: str, long: str) -> bool:
    """"wto" for "world tourism organisation": one name spelled out, small words left out."""
    initials = "".join(w[0] for w in long.split() if w not in {"of", "the", "and", "for", "on", "in"})
    return " " not in short and len(short) > 1 and len(long.split()) > 1 and short == initials


def match(labels: list[Label], quotes: list[Quote]) -> dict[int, int]:
    """One-to-one label index -> prediction index, overlap at least half of the shorter span."""
    pairs = []
    for i, lab in enumerate(labels):
        for j, q in enumerate(quotes):
            overlap = min(lab.end, q.end) - max(lab.start, q.start)
            if overlap <= 0:
                continue
            shorter = min(lab.end - lab.start, q.end - q.start)
            longer = max(lab.end - lab.start, q.end - q.start)
            if overlap >= 0.5 * shorter:
                pairs.append((overlap / longer, overlap, i, j))
    out: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, i, j in sorted(pairs, reverse=True):
        if i not in out and j not in taken:
            out[i] = j
            taken.add(j)
    return out


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def score_article(entry: dict, bbc: Path, org_speakers: set[str]) -> ArticleResult:
    name = entry["file"]
    article = load_article(bbc / name, name)
    text = article.text
    analysis = analyze(article)
    quotes = analysis.quotes
    people = {norm_speaker(p) for p in analysis.people}
    labels = [Label(q["start"], q["end"], q["kind"], q["speaker"], q["evidence"]) for q in entry["quotes"]]
    not_quotes = [(n["start"], n["end"]) for n in entry.get("not_quotes", [])]
    pairs = match(labels, quotes)
    result = ArticleResult(name, entry["split"])
    for i, lab in enumerate(labels):
        found = i in pairs
        q = quotes[pairs[i]] if found else None
        ok = found and speaker_matches(lab.speaker, q.speaker, lab.speaker in org_speakers, people)
        kind_ok = found and q.kind == lab.kind
        for key in ("all", f"evidence:{lab.evidence}", f"kind:{lab.kind}"):
            t = result.slices[key]
            t.quotes += 1
            t.found += found
            t.speaker_ok += ok
            t.kind_ok += kind_ok
        where = f"{name}@{lab.start}"
        if not found:
            near = [qq for qq in quotes if qq.start < lab.end and lab.start < qq.end]
            hint = f" (overlapping prediction {near[0].start}-{near[0].end}: {_short(near[0].text, 60)!r})" if near else ""
            result.errors.append(f"MISS    {where} [{lab.kind}/{lab.evidence}] {lab.speaker!r}: {_short(text[lab.start:lab.end])!r}{hint}")
        elif not ok:
            result.errors.append(
                f"SPEAKER {where} [{lab.kind}/{lab.evidence}] want {lab.speaker!r}, got {q.speaker!r} "
                f"(cue {q.cue!r}): {_short(q.text)!r}"
            )
    matched = set(pairs.values())
    for j, q in enumerate(quotes):
        t = result.slices[f"kind:{q.kind}"]
        t.predicted += 1
        t.predicted_ok += j in matched
        result.slices["all"].predicted += 1
        result.slices["all"].predicted_ok += j in matched
        if j not in matched:
            hits = any(s < q.end and q.start < e for s, e in not_quotes)
            result.not_quote_hits += hits
            tag = "NOTQUOTE" if hits else "FALSE+ "
            result.errors.append(f"{tag} {name}@{q.start} [{q.kind}] {q.speaker!r} (cue {q.cue!r}): {_short(q.text)!r}")
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench attribution", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="one article per topic folder and split")
    parser.add_argument("--split", choices=["tune", "heldout", "all"], default="all")
    parser.add_argument("--labels", type=Path, default=LABELS)
    args = parser.parse_args(argv)

    doc = json.loads(args.labels.read_text(encoding="utf-8"))
    bbc = data_dir() / "bbc_news" / "bbc"
    splits = SPLITS if args.split == "all" else (args.split,)
    entries = [a for a in doc["articles"] if a["split"] in splits]
    if args.quick:
        seen: set[tuple[str, str]] = set()
        entries = [a for a in entries if (key := (a["split"], a["file"].split("/")[0])) not in seen and not seen.add(key)]
    # Speakers the labels ever mark as an organisation or unnamed source compare as phrases.
    org_speakers = {q["speaker"] for a in doc["articles"] for q in a["quotes"] if q["evidence"] == "organisation"}

    t0 = time.perf_counter()
    results = [score_article(e, bbc, org_speakers) for e in entries]
    seconds = time.perf_counter() - t0

    totals: dict[str, dict[str, Tally]] = {s: defaultdict(Tally) for s in splits}
    not_quote_hits = {s: 0 for s in splits}
    for r in results:
        for key, t in r.slices.items():
            totals[r.split][key].add(t)
        not_quote_hits[r.split] += r.not_quote_hits

    errors = [e for r in results if r.split == "tune" for e in r.errors]
    if errors:
        log(f"tune-split errors ({len(errors)}):")
        for e in errors:
            log("  " + e)

    rows = []
    data: dict[str, dict] = {"seconds": round(seconds, 3), "articles": {}, "splits": {}}
    order = ["all"] + [f"evidence:{e}" for e in EVIDENCE] + [f"kind:{k}" for k in KINDS]
    for split in splits:
        data["articles"][split] = [r.file for r in results if r.split == split]
        split_data = {}
        for key in order:
            t = totals[split].get(key)
            if t is None or (key.startswith("kind:") and not t.quotes and not t.predicted):
                continue
            row = t.row()
            split_data[key] = row
            both = lambda v: v if key == "all" or key.startswith("kind:") else float("nan")
            rows.append([
                split if key == "all" else "",
                key.split(":")[-1] if key != "all" else "**all**",
                row["quotes"], row["recall"], row["speaker_accuracy"], row["kind_agreement"], both(row["precision"]),
            ])
        split_data["not_quote_hits"] = not_quote_hits[split]
        data["splits"][split] = split_data
    table = markdown_table(
        ["split", "slice", "quotes", "detection recall", "speaker accuracy", "kind agreement", "precision"], rows
    )
    counts = ", ".join(f"{s} {len(data['articles'][s])} articles" for s in splits)
    hits = ", ".join(f"{s} {not_quote_hits[s]}" for s in splits)
    notes = (
        f"{counts}; labels and rules in `bench/quotes/README.md` and `bench/attribution.py`. A prediction matches a "
        "labelled quote when they overlap by at least half of the shorter span (one-to-one). Speaker accuracy is over "
        "detected quotes: people by exact canonical name, organisations and unnamed sources as the article names them. "
        "Slices by evidence and kind are the labels'; precision by kind is over the engine's predicted kind. "
        f"Predictions touching a not-quote span (scare quotes, titles, headlines): {hits}."
    )
    write_results("attribution", "Quote attribution", table, data, notes=notes, quick=args.quick)
    return 0
