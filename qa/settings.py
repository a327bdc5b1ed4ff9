"""Defaults in one place. Each can be set by an environment variable; a per-call ``None`` means
"use the configured value"."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .embedding import DEFAULT_MODEL


def _env(name: str, default: str) -> str:
    return os.environ.get(name) or default


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = field(default_factory=lambda: Path(_env("QA_CORPUS", "corpus")))
    index_dir: Path = field(default_factory=lambda: Path(_env("QA_INDEX", "index")))
    model: str = field(default_factory=lambda: _env("QA_MODEL", DEFAULT_MODEL))
    k: int = 3  # passages returned with an answer
    max_question_chars: int = 1000  # longer questions are refused with a message, not embedded
    max_article_bytes: int = 1_000_000  # uploads and added articles
    candidate_passages: int = 8  # passages whose sentences compete for the answer
    # Below this answer score the article "doesn't say". Calibrated for the default model; a
    # different embedder needs its own value (0 answers every question with the best sentence).
    min_answer_score: float = 0.30
