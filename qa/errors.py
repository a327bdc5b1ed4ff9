"""The few exceptions the library raises. Each message says what went wrong and what to do."""

from __future__ import annotations


class QAError(Exception):
    """Base class: anything the user can fix. The CLI prints the message on one line, exit code 2."""


class QuestionError(QAError, ValueError):
    """The question cannot be asked as given (empty, too long, not text)."""


class CorpusError(QAError):
    """The corpus folder is missing or empty, or an article in it cannot be read."""


class IndexFormatError(QAError):
    """The index folder cannot be used and cannot be rebuilt as things stand."""


class ModelError(QAError):
    """The embedding model cannot be loaded (offline, so it must be installed as a package)."""
