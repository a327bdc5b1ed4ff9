"""SQuAD-format question sets turned into Article QA corpora: each Wikipedia article becomes one
article file (its paragraphs separated by blank lines), indexed through the same ``QA`` API a user
calls, so every gold ``answer_start`` maps to a character offset in that file.

>>> sets = load_sets(quick=True)                  # doctest: +SKIP
>>> for art in sets["report"]: qa = art.build(workdir, embedder)   # doctest: +SKIP
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa import QA
from qa.embedding import Embedder

from .common import data_dir, read_jsonl

SQUAD2 = "squad2_dev_cs224n/dev-v2.0.questions.jsonl"
XQUAD = "xquad_en/xquad.en.questions.jsonl"


@dataclass(frozen=True)
class Item:
    """One question with the file offsets of its gold answers (none when unanswerable)."""

    id: str
    question: str
    gold: tuple[int, ...]
    answerable: bool
    paragraph: int  # 0-based paragraph of the article it was asked about


@dataclass
class SquadArticle:
    title: str
    paragraphs: list[str]
    items: list[Item] = field(default_factory=list)

    def text(self, drop: frozenset[int] = frozenset()) -> str:
        """The article file: a title header, then the paragraphs (all but those in ``drop``)."""
        kept = [p for i, p in enumerate(self.paragraphs) if i not in drop]
        return f"Title: {self.title.replace('_', ' ')}\n\n" + "\n\n".join(kept) + "\n"

    def offsets(self) -> list[int]:
        """Where each paragraph starts in ``text()``."""
        pos = len(f"Title: {self.title.replace('_', ' ')}\n\n")
        out = []
        for p in self.paragraphs:
            out.append(pos)
            pos += len(p) + 2
        return out

    def build(self, workdir: Path, embedder: Embedder, drop: frozenset[int] = frozenset(), name: str = "") -> QA:
        """Write the article into its own corpus folder and index it."""
        folder = workdir / (name or self.title)
        (folder / "corpus").mkdir(parents=True, exist_ok=True)
        (folder / "corpus" / "article.txt").write_text(self.text(drop), encoding="utf-8")
        qa = QA(corpus_dir=folder / "corpus", index_dir=folder / "index", embedder=embedder)
        qa.build()
        return qa


def pooled(articles: list[SquadArticle], title: str) -> SquadArticle:
    """All the articles' paragraphs as one long article, gold offsets moved with them."""
    merged = SquadArticle(title, [p for art in articles for p in art.paragraphs])
    new_starts = merged.offsets()
    base = 0
    for art in articles:
        old_starts = art.offsets()
        for it in art.items:
            shift = new_starts[base + it.paragraph] - old_starts[it.paragraph]
            merged.items.append(Item(it.id, it.question, tuple(g + shift for g in it.gold), it.answerable, base + it.paragraph))
        base += len(art.paragraphs)
    return merged


def _articles(rows: list[dict[str, Any]], skip_contexts: set[str] = frozenset()) -> list[SquadArticle]:
    by_title: dict[str, SquadArticle] = {}
    raw: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for r in rows:
        if r["context"] not in skip_contexts:
            raw[r["title"]].append(r)
    for title, qs in raw.items():
        contexts: list[str] = []
        for r in qs:
            if r["context"] not in contexts:
                contexts.append(r["context"])
        # Paragraph text is stripped and kept otherwise exact, so gold offsets shift by the strip.
        art = SquadArticle(title, [c.strip() for c in contexts])
        starts = art.offsets()
        for r in qs:
            p = contexts.index(r["context"])
            lead = len(r["context"]) - len(r["context"].lstrip())
            gold = tuple(sorted({starts[p] + a["answer_start"] - lead for a in r["answers"]}))
            art.items.append(Item(r["id"], r["question"], gold, not r.get("is_impossible", False) and bool(gold), p))
        by_title[title] = art
    return list(by_title.values())


def load_sets(quick: bool = False) -> dict[str, list[SquadArticle]]:
    """``tune``: XQuAD English minus the paragraphs it shares with the SQuAD 2.0 set;
    ``report``: the SQuAD 2.0 (CS224n dev) set. ``quick`` keeps a few articles of each."""
    root = data_dir()
    squad2 = read_jsonl(root / SQUAD2)
    report = _articles(squad2)
    tune = _articles(read_jsonl(root / XQUAD), {r["context"] for r in squad2})
    if quick:
        report, tune = report[:2], tune[:8]
    return {"tune": tune, "report": report}
