"""Article QA: ask questions of news articles, get verbatim answers with who said them.

>>> from qa import ask                                     # doctest: +SKIP
>>> a = ask("Can managed migration increase stability?")  # doctest: +SKIP
>>> a.answer.quote.speaker                                 # doctest: +SKIP
'Antony Blinken'
"""

from __future__ import annotations

import threading
from pathlib import Path

from .engine import QA, BuildReport
from .errors import CorpusError, IndexFormatError, ModelError, QAError, QuestionError
from .types import Answer, Passage, Quote, Span

__all__ = [
    "QA",
    "Answer",
    "BuildReport",
    "CorpusError",
    "IndexFormatError",
    "ModelError",
    "Passage",
    "QAError",
    "Quote",
    "QuestionError",
    "Span",
    "ask",
    "build_index",
]

_default: QA | None = None
_default_lock = threading.Lock()


def _default_qa() -> QA:
    global _default
    with _default_lock:
        if _default is None:
            _default = QA()
        return _default


def ask(question: str, k: int | None = None) -> Answer:
    """Answer a question from the default corpus (``corpus/``, or $QA_CORPUS) and index."""
    return _default_qa().ask(question, k)


def build_index(
    corpus_dir: str | Path | None = None,
    index_dir: str | Path | None = None,
    model: str | None = None,
    force: bool = False,
) -> BuildReport:
    """Build or update the index of a corpus folder; only changed articles are embedded."""
    return QA(corpus_dir, index_dir, model).build(force=force)
