"""``QA``: one corpus folder, one index folder, one model. Cheap to construct; the model and the
index load on first use, and the index follows the corpus (only changed articles are re-embedded).

>>> qa = QA(corpus_dir="corpus", index_dir="index")        # doctest: +SKIP
>>> qa.ask("Which Colombian official did Blinken sit down with?").answer.text   # doctest: +SKIP
'The United States’ Secretary of State Antony Blinken met with his Colombian counterpart ...'
"""

from __future__ import annotations

import logging
import operator
import os
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from .answer import answer, candidate_spans, decide, rank
from .corpus import ARTICLE_SUFFIXES, Article, atomic_write_bytes, decode_article, load_corpus, read_article
from .embedding import Embedder, get_embedder
from .errors import CorpusError, QuestionError
from .index import DamagedIndex, Index, Progress, StaleIndex, write_lock
from .question import analyse_question, correct_names
from .settings import Settings
from .types import Answer, Span

log = logging.getLogger("qa")
_CORPUS_CHECK_SECONDS = 2.0
# A question this many times the limit is refused as it comes, before it is cleaned (white space
# runs count as one character after cleaning, so a little slack is allowed first).
_RAW_QUESTION_FACTOR = 8
_MAX_NAME_BYTES = 200  # leaves room for the temporary name of an atomic write (file systems take 255)
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"{p}{i}" for p in ("COM", "LPT") for i in range(10))}


@dataclass(frozen=True)
class BuildReport:
    articles: int
    embedded: int  # articles (re-)embedded by this build
    reused: int  # articles whose vectors were kept
    passages: int
    sentences: int
    seconds: float


class QA:
    """Question answering over one corpus folder. Thread-safe: ``ask`` may run from many threads."""

    def __init__(
        self,
        corpus_dir: str | Path | None = None,
        index_dir: str | Path | None = None,
        model: str | None = None,
        *,
        embedder: Embedder | None = None,
        settings: Settings | None = None,
    ) -> None:
        s = settings or Settings()
        # An empty string is no folder ("--index $UNSET_VARIABLE"): like None, and like an empty
        # QA_INDEX, it means the configured value, not the current folder that Path("") would be.
        overrides = {k: v for k, v in {"corpus_dir": corpus_dir, "index_dir": index_dir, "model": model}.items() if v is not None and v != ""}
        overrides = {k: Path(v) if k.endswith("_dir") else v for k, v in overrides.items()}
        if embedder is not None:
            overrides["model"] = embedder.name
        self.settings = replace(s, **overrides)
        self.embedder = embedder or get_embedder(self.settings.model)
        self._index: Index | None = None
        self._lock = threading.RLock()
        self._corpus_stamp: tuple | None = None
        self._checked_at = 0.0

    # -- the index ---------------------------------------------------------------------------
    @property
    def index(self) -> Index:
        """The current index, brought up to date with the corpus folder if it changed."""
        now = time.monotonic()
        if self._index is not None and now - self._checked_at < _CORPUS_CHECK_SECONDS:
            return self._index
        self._checked_at = now
        if self._index is None or self._stamp() != self._corpus_stamp:
            self.load()
        return self._index

    @property
    def articles(self) -> list[Article]:
        return list(self.index.articles)

    def load(self, progress: Progress | None = None) -> QA:
        """Load the saved index, updating it for any article added, changed or removed."""
        self.build(progress=progress)
        return self

    def build(self, progress: Progress | None = None, force: bool = False) -> BuildReport:
        """Make the index match the corpus: re-embed only what changed (everything with ``force``)."""
        t0 = time.perf_counter()
        with self._lock, write_lock(self.settings.index_dir):
            stamp = self._stamp()
            articles = load_corpus(self.settings.corpus_dir)
            previous = None if force else self._index
            if previous is None and not force:
                try:
                    previous = Index.load(self.settings.index_dir, self.embedder.name)
                except StaleIndex as why:
                    # A damaged index is worth a warning; a missing or outdated one is routine.
                    (log.warning if isinstance(why, DamagedIndex) else log.info)("building the index: %s", why)
            if previous is not None and [(a.id, a.title, a.chunked_as) for a in previous.articles] == [(a.id, a.title, a.chunked_as) for a in articles]:
                index, embedded = previous, 0
            else:
                known = {a.chunked_as for a in previous.articles} if previous else set()
                embedded = sum(a.chunked_as not in known for a in articles)
                log.info("embedding %d of %d articles", embedded, len(articles))
                index = Index.build(articles, self.embedder, previous, progress)
                index.save(self.settings.index_dir)
            self._index, self._corpus_stamp = index, stamp
            self._checked_at = time.monotonic()
        return BuildReport(
            len(articles), embedded, len(articles) - embedded, len(index.passages), len(index.sentences),
            time.perf_counter() - t0,
        )

    def _stamp(self) -> tuple:
        """A cheap fingerprint of the corpus folder: names, sizes and modification times."""
        entries = []
        try:
            for e in os.scandir(self.settings.corpus_dir):
                if e.name.lower().endswith(ARTICLE_SUFFIXES):
                    try:
                        st = e.stat()
                    except OSError:  # a broken symlink, or a file removed this moment: no article
                        continue
                    entries.append((e.name, st.st_size, st.st_mtime_ns))
        except OSError:
            return ()
        return tuple(sorted(entries))

    # -- asking ------------------------------------------------------------------------------
    def ask(self, question: str, k: int | None = None) -> Answer:
        """Answer one question from the corpus (a batch of one)."""
        return self.ask_batch([question], k)[0]

    def ask_batch(self, questions: list[str], k: int | None = None) -> list[Answer]:
        cleaned = self._clean_all(questions)
        k = self._k(k)
        index = self.index
        spelt = [correct_names(index, q) for q in cleaned]
        vectors = self.embedder.encode(spelt)
        return [
            replace(answer(index, analyse_question(index, q, v), k, self.settings.candidate_passages, self.settings.min_answer_score), question=asked)
            for asked, q, v in zip(cleaned, spelt, vectors)
        ]

    def candidates(self, questions: list[str], n: int = 5, k: int | None = None) -> list[tuple[Answer, list[Span]]]:
        """Each question's answer together with the ``n`` best-ranked candidate sentences behind
        it (present even when the answer is ``found: false``): for evaluation and debugging."""
        cleaned = self._clean_all(questions)
        k = self._k(k)
        index = self.index
        out = []
        spelt = [correct_names(index, q) for q in cleaned]
        for asked, q, v in zip(cleaned, spelt, self.embedder.encode(spelt)):
            question = analyse_question(index, q, v)
            ranking = rank(index, question, self.settings.candidate_passages)
            decided = replace(decide(index, question, ranking, k, self.settings.min_answer_score), question=asked)
            out.append((decided, candidate_spans(index, ranking, n)))
        return out

    def _clean_all(self, questions: object) -> list[str]:
        if isinstance(questions, (str, bytes)):  # would be asked character by character
            raise QuestionError("give a list of questions (for one question, use ask)")
        return [self._clean(q) for q in questions]

    def _k(self, k: object) -> int:
        k = self.settings.k if k is None else k
        try:
            if isinstance(k, bool):
                raise TypeError
            k = operator.index(k)  # an int, or a NumPy integer
        except TypeError:
            raise QuestionError(f"k must be a whole number of passages (got {k!r})") from None
        if k < 1:
            raise QuestionError(f"k must be at least 1 (got {k})")
        return k

    def _clean(self, question: object) -> str:
        if not isinstance(question, str):
            raise QuestionError(f"a question must be text, not {type(question).__name__}")
        limit = self.settings.max_question_chars
        if len(question) > _RAW_QUESTION_FACTOR * limit:  # refused before the per-character pass below
            raise QuestionError(f"the question is {len(question):,} characters long; the limit is {limit:,}, so shorten it")
        q = "".join(
            "\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else " " if unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp"} else c
            for c in question
        )
        q = re.sub(r"\s+", " ", q).strip()
        if not q or not re.search(r"\w", q):
            raise QuestionError("the question is empty; type a question about the articles")
        if len(q) > limit:
            raise QuestionError(f"the question is {len(q):,} characters long; the limit is {limit:,}, so shorten it")
        return q

    # -- adding articles ---------------------------------------------------------------------
    def add_article(self, filename: str, text: str | bytes, progress: Progress | None = None) -> Article:
        """Save a new article into the corpus folder (atomically) and index just that article."""
        name = _safe_name(filename)
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        limit = self.settings.max_article_bytes
        if len(data) > limit:
            raise CorpusError(f"{name} is {len(data):,} bytes; articles are limited to {limit:,} bytes")
        decode_article(data, name)
        path = self.settings.corpus_dir / name
        with self._lock:
            if not self.settings.corpus_dir.is_dir():
                raise CorpusError(f"no corpus folder at {self.settings.corpus_dir}; create it first")
            try:  # never replaces a file, even one another process adds at this moment
                atomic_write_bytes(path, data, overwrite=False)
            except FileExistsError:
                if path.is_file() and path.read_bytes() == data:
                    return read_article(path)
                raise CorpusError(f"an article named {name} is already in the corpus; choose another file name") from None
            try:
                self.build(progress=progress)
            except BaseException:
                path.unlink(missing_ok=True)  # an article that cannot be indexed does not stay behind
                raise
        return read_article(path)


def _safe_name(filename: str) -> str:
    """A plain file name inside the corpus folder: no folders, no hidden files, a known suffix, a
    length every file system takes, and no name Windows reserves for a device."""
    if not isinstance(filename, str) or "\x00" in filename:
        raise CorpusError("the file name is not valid text")
    name = filename.strip()
    if not name or name.startswith(".") or "/" in name or "\\" in name:
        raise CorpusError(f"{filename!r} is not a usable file name; use a plain name like article.txt")
    if len(name.encode("utf-8", "surrogatepass")) > _MAX_NAME_BYTES:
        raise CorpusError(f"the file name is too long; use at most {_MAX_NAME_BYTES} bytes")
    if name.split(".")[0].strip().upper() in _RESERVED_NAMES:
        raise CorpusError(f"{name}: {name.split('.')[0]} is a reserved device name; choose another file name")
    if Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
        raise CorpusError(f"{name}: only .txt and .md articles can be added")
    if not re.fullmatch(r"[\w .,()&+-]+", Path(name).stem):
        raise CorpusError(f"{name}: use letters, digits, spaces, dots, dashes and underscores in file names")
    return name
