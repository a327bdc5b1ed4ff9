"""The index: a self-describing folder that is built, saved, loaded and searched.

``index/manifest.json`` names the format version, the model, each article's fingerprint and the
data files with their SHA-256; the data files are JSON records and two FAISS indexes (passages and
sentences, inner product over normalised vectors: exact search, or IVF for very large corpora, as
``qa/vectors.py`` chooses by size). No pickle anywhere.

Saving is crash-safe: data files carry a generation number in their names and are written (and
synced) before the manifest, whose atomic replacement is the single commit point. A crash leaves
the previous index loadable; a damaged file fails its checksum and the index is rebuilt.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from . import vectors as vector_index
from .chunking import Chunks, Sentence, chunk
from .corpus import Article, atomic_write_bytes
from .embedding import Embedder
from .errors import IndexFormatError
from .lexical import BM25
from .types import Passage, Quote

FORMAT_VERSION = 1
# Records hold the output of the chunking and quote rules: an index made by other rules is stale
# even when the articles are not, so the rules' source is fingerprinted too.
RULES = hashlib.sha256(
    b"".join((Path(__file__).parent / f).read_bytes() for f in (
        "text.py", "names.py", "speakers.py", "quote_patterns.py", "quote_marks.py", "quote_clauses.py",
        "noun_phrases.py", "quote_cues.py", "direct_quotes.py", "reported_speech.py", "block_quotes.py",
        "quotes.py", "chunking.py",
    ))
).hexdigest()[:16]
MANIFEST = "manifest.json"
# The names ``save`` gives its data files and ``atomic_write_bytes`` its temporary files.
_DATA_FILE = re.compile(r"(?:records|passages|sentences)-\d{14}-\d{6}\.(?:json|faiss)")
_TEMP_FILE = re.compile(rf"\.(?:{_DATA_FILE.pattern}|manifest\.json)\..+\.tmp")
EMBED_GROUP = 512  # texts per encode call when building (see _embed)
log = logging.getLogger("qa")
Progress = Callable[[int, int, str], None]


class StaleIndex(Exception):
    """The saved index cannot be used as it is (missing, other model or format, damaged)."""


class DamagedIndex(StaleIndex):
    """The saved index is damaged: a file is missing, truncated or fails its checksum."""


@dataclass
class Index:
    """Everything a search needs, in memory."""

    model: str
    articles: list[Article]
    passages: list[Passage]
    sentences: list[Sentence]
    sentence_article: np.ndarray  # article index of each sentence
    passage_article: np.ndarray  # article index of each passage
    passage_vectors: faiss.Index
    sentence_vectors: faiss.Index
    people: list[list[str]]  # per article: everyone it names

    def __post_init__(self) -> None:
        self.passage_bm25 = BM25([f"{self.articles[a].title}\n{p.text}" for a, p in zip(self.passage_article, self.passages)])
        self.sentence_bm25 = BM25([self.sentence_text(i) for i in range(len(self.sentences))])
        # Global passage id of the first sentence-bearing passage of each article.
        self._passage_offset = np.zeros(len(self.articles) + 1, dtype=np.int64)
        for a in self.passage_article:
            self._passage_offset[a + 1] += 1
        self._passage_offset = np.cumsum(self._passage_offset)
        local = np.fromiter((s.passage for s in self.sentences), dtype=np.int64, count=len(self.sentences))
        # Global passage id of every sentence (``passage_id`` for many sentences at once).
        self.sentence_passage = self._passage_offset[self.sentence_article.astype(np.int64)] + local if len(local) else local
        # Article-local paragraph number of every sentence.
        self.sentence_paragraph = np.fromiter((s.paragraph for s in self.sentences), dtype=np.int64, count=len(self.sentences))
        self._by_passage: dict[int, list[int]] = {}
        for i, pid in enumerate(self.sentence_passage.tolist()):
            self._by_passage.setdefault(pid, []).append(i)
        self._aliases: dict[str, str] = {}
        by_article = [{n.lower() for name in names for n in (name, name.split()[-1])} for names in self.people]
        self._people = set().union(*by_article)
        self._people_by_article = by_article
        roles: dict[str, set[str]] = {}
        for p in self.passages:
            for q in p.quotes:
                words = re.findall(r"\w+", q.speaker.lower())
                self._aliases[" ".join(words)] = q.speaker
                if len(words) > 1:
                    self._aliases.setdefault(words[-1], q.speaker)
                if q.role and len(words) > 1:
                    roles.setdefault(" ".join(re.findall(r"\w+", q.role.lower())), set()).add(q.speaker)
        # A title only one quoted person holds stands for them ("the shadow foreign secretary").
        for role, speakers in roles.items():
            if len(speakers) == 1:
                self._aliases.setdefault(role, next(iter(speakers)))
        self._capitalised: dict[int, set[str]] | None = None  # ``spelling``'s words, by length
        self._article_terms: dict[int, frozenset[str]] = {}  # ``article_terms``, filled as asked
        words = {w.lower() for a in self.articles for w in re.findall(r"[\w’'-]+", a.text)}
        self._vocab = words | {part for w in words for part in re.split(r"[’'-]", w) if part}

    def sentences_of(self, passage_ids) -> list[int]:
        """Sentence ids of the given passages, in text order."""
        return sorted(i for p in {int(p) for p in passage_ids} for i in self._by_passage.get(p, ()))

    def speaker_aliases(self) -> dict[str, str]:
        """Full names and surnames of every quoted speaker, and the titles only one of them holds
        (lower-cased words joined by single spaces) → canonical name."""
        return self._aliases

    def is_person(self, name: str) -> bool:
        """Whether an article names a person by this full name or surname."""
        return name.lower() in self._people

    def names_person(self, article: int, name: str) -> bool:
        """Whether the article (by position) names a person by this full name or surname."""
        return name.lower() in self._people_by_article[article]

    def mentions(self, word: str) -> bool:
        """Whether any article contains ``word`` (case-insensitive, as a whole word)."""
        return word.lower() in self._vocab

    def spelling(self, word: str) -> str | None:
        """The one capitalised word of the articles one typing slip away from ``word`` (a letter
        added, dropped, changed or two swapped: "Blinkin" → "Blinken"), if exactly one is."""
        if self._capitalised is None:  # built on first need: most questions spell their names right
            by_length: dict[int, set[str]] = {}
            for a in self.articles:
                for w in re.findall(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*\b", a.text):
                    by_length.setdefault(len(w), set()).add(w)
            self._capitalised = by_length
        low = word.lower()
        near = {w for n in (len(word) - 1, len(word), len(word) + 1) for w in self._capitalised.get(n, ()) if _one_slip(low, w.lower())}
        return next(iter(near)) if len(near) == 1 else None

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.articles[self.sentence_article[i]].text[s.start : s.end]

    def passage_id(self, sentence: int) -> int:
        """Global passage id of a sentence (sentences store their article-local passage index)."""
        return int(self.sentence_passage[sentence])

    def article_terms(self, article: int) -> frozenset[str]:
        """The stemmed terms of an article's passages and title (cached)."""
        terms = self._article_terms.get(article)
        if terms is None:
            pids = range(int(self._passage_offset[article]), int(self._passage_offset[article + 1]))
            terms = self._article_terms[article] = frozenset(t for pid in pids for t in self.passage_bm25.tokens(pid))
        return terms

    def lead_passage(self, article: int) -> int | None:
        """Global id of an article's first passage (its lead), if it has any passage."""
        pid = int(self._passage_offset[article])
        return pid if pid < len(self.passages) and int(self.passage_article[pid]) == article else None

    # -- building ----------------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        articles: list[Article],
        embedder: Embedder,
        previous: Index | None = None,
        progress: Progress | None = None,
    ) -> Index:
        """Index ``articles``, reusing ``previous``'s vectors for every article whose text is unchanged."""
        reuse = {}
        if previous is not None and previous.model == embedder.name:
            reuse = {a.chunked_as: i for i, a in enumerate(previous.articles)}
        passages: list[Passage] = []
        sentences: list[Sentence] = []
        p_art: list[int] = []
        s_art: list[int] = []
        people: list[list[str]] = []
        p_vecs: list[np.ndarray] = []
        s_vecs: list[np.ndarray] = []
        todo = [a for a in articles if a.chunked_as not in reuse]
        fresh = iter(_embed(todo, embedder, progress))
        for ai, art in enumerate(articles):
            if art.chunked_as in reuse:
                pv, sv, ps, ss = previous._article_part(reuse[art.chunked_as], art)
                names = previous.people[reuse[art.chunked_as]]
            else:
                parts, pv, sv = next(fresh)
                ps, ss, names = parts.passages, parts.sentences, parts.people
            passages.extend(ps)
            sentences.extend(ss)
            people.append(list(names))
            p_art.extend([ai] * len(ps))
            s_art.extend([ai] * len(ss))
            p_vecs.append(pv)
            s_vecs.append(sv)
        dim = embedder.dim
        return cls(
            embedder.name,
            list(articles),
            passages,
            sentences,
            np.asarray(s_art, dtype=np.int64),
            np.asarray(p_art, dtype=np.int64),
            vector_index.build(np.concatenate(p_vecs) if p_vecs else np.zeros((0, dim), np.float32), dim),
            vector_index.build(np.concatenate(s_vecs) if s_vecs else np.zeros((0, dim), np.float32), dim),
            people,
        )

    def _article_part(self, ai: int, art: Article):
        """Vectors and records of one stored article, re-pointed at the (identical) new article."""
        p_ids = np.flatnonzero(self.passage_article == ai)
        s_ids = np.flatnonzero(self.sentence_article == ai)
        pv = _rows(self.passage_vectors, p_ids)
        sv = _rows(self.sentence_vectors, s_ids)
        ps = [_rename(self.passages[i], art) for i in p_ids]
        ss = [self.sentences[i] for i in s_ids]
        return pv, sv, ps, ss

    # -- saving and loading ------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write the index into ``folder``; raises IndexFormatError when the folder cannot be written."""
        folder = Path(folder)
        try:
            self._save(folder)
        except OSError as e:
            raise _unwritable(folder, e) from None

    def _save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        gen = _generation(folder)
        files = {
            "records": (f"records-{gen}.json", self._records_json()),
            "passages": (f"passages-{gen}.faiss", _faiss_bytes(self.passage_vectors)),
            "sentences": (f"sentences-{gen}.faiss", _faiss_bytes(self.sentence_vectors)),
        }
        for name, data in files.values():
            atomic_write_bytes(folder / name, data)
        _sync_dir(folder)  # the data files' names are durable before the manifest points at them
        manifest = {
            "format": FORMAT_VERSION,
            "model": self.model,
            "rules": RULES,
            "dim": int(self.passage_vectors.d),
            # The FAISS index type and search parameters chosen for each (qa/vectors.py by size).
            "vectors": {"passages": vector_index.describe(self.passage_vectors), "sentences": vector_index.describe(self.sentence_vectors)},
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "counts": {"articles": len(self.articles), "passages": len(self.passages), "sentences": len(self.sentences)},
            "articles": {a.id: {"file": a.path.name, "sha256": a.sha256} for a in self.articles},
            "files": {k: {"name": n, "sha256": hashlib.sha256(d).hexdigest()} for k, (n, d) in files.items()},
        }
        atomic_write_bytes(folder / MANIFEST, json.dumps(manifest, indent=1).encode())
        _sync_dir(folder)
        # Older generations' data files go, and temporary files of a writer killed mid-write (QA.build
        # saves under the folder's write lock, so no live writer owns one). Only files of the index's
        # own naming: the folder may hold other files of the user's.
        keep = {n for n, _ in files.values()}
        for old in folder.iterdir():
            if (old.name not in keep and _DATA_FILE.fullmatch(old.name)) or _TEMP_FILE.fullmatch(old.name):
                old.unlink(missing_ok=True)

    def _records_json(self) -> bytes:
        rec = {
            "articles": [
                {"id": a.id, "title": a.title, "file": str(a.path), "body_start": a.body_start, "sha256": a.sha256, "text": a.text, "people": names}
                for a, names in zip(self.articles, self.people)
            ],
            "passages": [
                {"a": int(ai), "paragraphs": list(p.paragraphs), "start": p.start, "end": p.end, "quotes": [q.to_dict() for q in p.quotes]}
                for ai, p in zip(self.passage_article, self.passages)
            ],
            "sentences": {
                "a": self.sentence_article.tolist(),
                "start": [s.start for s in self.sentences],
                "end": [s.end for s in self.sentences],
                "paragraph": [s.paragraph for s in self.sentences],
                "passage": [s.passage for s in self.sentences],
            },
        }
        return json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def load(cls, folder: Path, model: str) -> Index:
        """Load a saved index; raises StaleIndex (with the reason) when it must be rebuilt."""
        folder = Path(folder)
        try:
            manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
        except FileNotFoundError:
            raise StaleIndex(f"no index in {folder} yet") from None
        except (OSError, ValueError) as e:
            raise DamagedIndex(f"the manifest in {folder} is unreadable ({e})") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_VERSION:
            raise StaleIndex(f"the index in {folder} has format {manifest.get('format') if isinstance(manifest, dict) else '?'}, this version reads {FORMAT_VERSION}")
        if manifest.get("rules") != RULES:
            raise StaleIndex(f"the index in {folder} was made by other chunking or quote rules")
        if manifest.get("model") != model:
            raise StaleIndex(f"the index in {folder} was built with model {manifest.get('model')!r}, not {model!r}")
        try:
            blobs = {}
            for key in ("records", "passages", "sentences"):
                entry = manifest["files"][key]
                data = (folder / entry["name"]).read_bytes()
                if hashlib.sha256(data).hexdigest() != entry["sha256"]:
                    raise DamagedIndex(f"{folder / entry['name']} is damaged (checksum mismatch)")
                blobs[key] = data
            rec = json.loads(blobs["records"])
            articles = [
                Article(a["id"], a["title"], a["text"], Path(a["file"]), a["body_start"], a["sha256"]) for a in rec["articles"]
            ]
            passages = [
                Passage(
                    articles[p["a"]].id, articles[p["a"]].title, tuple(p["paragraphs"]), p["start"], p["end"],
                    articles[p["a"]].text[p["start"] : p["end"]], tuple(Quote(**q) for q in p["quotes"]),
                )
                for p in rec["passages"]
            ]
            s = rec["sentences"]
            sentences = [Sentence(*row) for row in zip(s["start"], s["end"], s["paragraph"], s["passage"])]
            kinds = manifest.get("vectors") or {}
            pvec = vector_index.configure(faiss.deserialize_index(np.frombuffer(blobs["passages"], dtype=np.uint8)), kinds.get("passages"))
            svec = vector_index.configure(faiss.deserialize_index(np.frombuffer(blobs["sentences"], dtype=np.uint8)), kinds.get("sentences"))
            p_art = np.asarray([p["a"] for p in rec["passages"]], dtype=np.int64)
        except StaleIndex:
            raise
        except FileNotFoundError as e:
            raise DamagedIndex(f"an index file is missing ({e.filename})") from None
        except Exception as e:  # noqa: BLE001 - any damage means: rebuild
            raise DamagedIndex(f"the index in {folder} is damaged ({type(e).__name__}: {e})") from None
        if pvec.ntotal != len(passages) or svec.ntotal != len(sentences):
            raise DamagedIndex(f"the index in {folder} is inconsistent (vector and record counts differ)")
        people = [a.get("people", []) for a in rec["articles"]]
        return cls(model, articles, passages, sentences, np.asarray(s["a"], dtype=np.int64), p_art, pvec, svec, people)


@contextmanager
def write_lock(folder: Path) -> Iterator[None]:
    """One writer at a time per index folder (across threads and processes). In a folder this
    process may not write (a read-only mount), nothing is locked: an index that is up to date is
    only read, and one that is not fails to save with ``IndexFormatError``."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fh = open(folder / ".lock", "w")
    except OSError as e:
        if not (folder.is_dir() and e.errno in {errno.EROFS, errno.EACCES, errno.EPERM}):
            raise _unwritable(folder, e) from None
        fh = None
    if fh is None:
        yield
        return
    with fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _unwritable(folder: Path, e: OSError) -> IndexFormatError:
    if (folder.exists() and not folder.is_dir()) or isinstance(e, (FileExistsError, NotADirectoryError)):
        return IndexFormatError(f"{folder} is a file or lies inside one, so the index cannot be kept there; give a folder with --index or $QA_INDEX")
    return IndexFormatError(
        f"cannot write the index in {folder} ({e.strerror or e}); make it writable or give another folder with --index or $QA_INDEX"
    )


def _generation(folder: Path) -> str:
    """The name a save gives its data files: the time to the microsecond, a microsecond later while
    files of that name are in the folder. A save never writes over the files the manifest in place
    points at: killed before its own manifest, it would leave that one's checksums wrong."""
    ns = time.time_ns()
    stamp = time.strftime("%Y%m%d%H%M%S", time.localtime(ns // 1_000_000_000))
    micro = ns // 1_000 % 1_000_000
    while any(folder.glob(f"*-{stamp}-{micro:06d}.*")):
        micro = (micro + 1) % 1_000_000
    return f"{stamp}-{micro:06d}"


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _embed(todo: list[Article], embedder: Embedder, progress: Progress | None) -> list[tuple[Chunks, np.ndarray, np.ndarray]]:
    """Chunk and embed articles: ``(chunks, passage vectors, sentence vectors)`` per article. Texts
    of several articles go into one encode call (~30% faster than a call per article: longer
    batches of similar lengths), in groups of about ``EMBED_GROUP`` texts so progress moves."""
    out: list[tuple[Chunks, np.ndarray, np.ndarray]] = []
    group: list[tuple[Article, Chunks]] = []
    if progress:
        progress(0, len(todo), "articles embedded")

    def flush() -> None:
        pv = embedder.encode([f"{a.title}\n{p.text}" for a, parts in group for p in parts.passages])
        sv = embedder.encode([a.text[s.start : s.end] for a, parts in group for s in parts.sentences])
        p_at = np.cumsum([0] + [len(parts.passages) for _, parts in group])
        s_at = np.cumsum([0] + [len(parts.sentences) for _, parts in group])
        out.extend((parts, pv[p_at[i] : p_at[i + 1]], sv[s_at[i] : s_at[i + 1]]) for i, (_, parts) in enumerate(group))
        group.clear()
        if progress:
            progress(len(out), len(todo), "articles embedded")

    texts = 0
    try:
        for art in todo:
            parts = chunk(art)
            group.append((art, parts))
            texts += len(parts.passages) + len(parts.sentences)
            if texts >= EMBED_GROUP:
                flush()
                texts = 0
        if group:
            flush()
    finally:
        release = getattr(embedder, "release", None)  # what only builds need (parallel encoder streams)
        if callable(release):
            release()
    return out


def _rows(index: faiss.Index, ids: np.ndarray) -> np.ndarray:
    if len(ids) == 0:
        return np.zeros((0, index.d), dtype=np.float32)
    return index.reconstruct_batch(ids.astype(np.int64))


def _faiss_bytes(index: faiss.Index) -> bytes:
    return faiss.serialize_index(index).tobytes()


def _rename(p: Passage, art: Article) -> Passage:
    if p.article == art.id and p.title == art.title:
        return p
    return Passage(art.id, art.title, p.paragraphs, p.start, p.end, p.text, p.quotes)


def _one_slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one typing slip: a letter added, dropped or changed, or two
    neighbours swapped (not when they are equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]
