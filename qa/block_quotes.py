"""Block quotes: a paragraph of speech followed by a line of its own naming the speaker."""

from __future__ import annotations

import re

from .names import split_title_name
from .quote_clauses import n_words
from .quote_patterns import VERB
from .speakers import Cast, Entity


def attribution_line(cast: Cast, line: str, pos: int) -> tuple[Entity, str | None] | None:
    """A short line that only names a speaker: "US Secretary of State Antony Blinken",
    "Antony Blinken, US Secretary of State", "— Jane Doe, chief economist"."""
    line = line.strip().lstrip("—–-― ").strip()
    if not line or len(line.split()) > 14 or line[-1] in ".!?:;\"”" or VERB.search(line):
        return None
    # A list entry is no attribution: "Drama (secondary) - Tide Mill: Red Sky - Ann Roe", "Subs: Hale,
    # Roe", "Kelso v Dunmore or Ann Roe".
    if re.search(r"[:()]|\s[-–—―]\s|\s(?:v|vs)\.?\s", line):
        return None
    head, _, tail = line.partition(",")
    role, name, _ = split_title_name(head.strip())
    if name is None:
        return None
    ent = cast.by_name(name, pos) or cast.by_name(head.strip(), pos)
    if ent is None:
        return None
    return ent, (role or tail.strip() or None)


def looks_like_speech(para: str) -> bool:
    return n_words(para) >= 6 and para.rstrip()[-1:] in ".!?”\"’"
