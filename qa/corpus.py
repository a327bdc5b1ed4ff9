"""Read news articles from a folder: title, id and the exact text that every offset indexes.

An article file is UTF-8 text (``.txt`` or ``.md``). Its title comes from, in order:
a ``Title: ...`` header line (other ``Key: value`` header lines may follow it, ended by a blank line),
a Markdown ``# Heading`` first line, or simply the first line when a blank line follows it (the
usual headline-then-body layout). Otherwise the title is the file name and the whole text is body.
Markdown front matter (``---`` / ``title: ...`` / ``---``) is a header: its ``title`` is the title
(or else the heading after it) and none of it is body.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError

ARTICLE_SUFFIXES = (".txt", ".md")
_HEADER_RE = re.compile(r"[A-Za-z][A-Za-z -]{0,30}:[ \t]*\S.*")
_MAX_TITLE_CHARS = 200
# A line of YAML front matter: "key: value", a list item or continuation (indented or "- "), or blank.
_FRONT_MATTER_LINE = re.compile(r"[A-Za-z_][\w -]{0,40}:(?:\s.*)?$|[ \t-].*$|\s*$")
# The process's umask, read once at import (setting it is the only way to read it).
_UMASK = os.umask(0o022)
os.umask(_UMASK)


@dataclass(frozen=True)
class Article:
    """One article. ``text`` is the whole file (title lines included); ``body_start`` is where the
    paragraphs begin. ``sha256`` fingerprints the text so the index can tell what changed."""

    id: str
    title: str
    text: str
    path: Path
    body_start: int
    sha256: str

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def chunked_as(self) -> tuple[str, int]:
        """What its passages and vectors follow from: the text and where the body starts in it (an
        index made when the title rules read the header otherwise must chunk the article again)."""
        return self.sha256, self.body_start


def decode_article(data: bytes, name: str) -> str:
    """Decode file bytes the one way all offsets assume: UTF-8 (a BOM is dropped), ``\\r\\n`` → ``\\n``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode": text, but not UTF-8
        raise CorpusError(f"{name}: is UTF-16 text, not UTF-8; save it as UTF-8 and try again")
    if b"\x00" in data:
        raise CorpusError(f"{name}: looks like a binary file, not a text article; remove it from the corpus")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CorpusError(
            f"{name}: not UTF-8 text (bad byte at position {e.start}); save it as UTF-8 and try again"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise CorpusError(f"{name}: the file is empty; add the article's text or remove the file")
    return text


def split_title(text: str, fallback: str) -> tuple[str, int]:
    """Return (title, body_start) for an article's text."""
    lines = text.split("\n")
    # Leading blank lines belong to nobody.
    first = 0
    while first < len(lines) and not lines[first].strip():
        first += 1
    offset = sum(len(line) + 1 for line in lines[:first])

    def body_after(n_lines: int) -> int:
        pos = offset + sum(len(line) + 1 for line in lines[first : first + n_lines])
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return min(pos, len(text))

    head = lines[first] if first < len(lines) else ""
    if head.rstrip() == "---":  # Markdown front matter (Jekyll, Hugo): "---", "key: value" lines, "---"
        end = next((i for i in range(first + 1, len(lines)) if lines[i].rstrip() in {"---", "..."}), None)
        if end is not None and all(_FRONT_MATTER_LINE.match(line) for line in lines[first + 1 : end]):
            start = body_after(end - first + 1)
            title = next((v.strip().strip("\"'").strip() for k, _, v in (line.partition(":") for line in lines[first + 1 : end])
                          if k.strip().lower() == "title"), "")
            if title:
                return title, start
            rest_title, rest_start = split_title(text[start:], fallback)  # a "# Heading" may follow it
            return rest_title, start + rest_start
    if head.lower().startswith("title:"):
        n = 1
        while first + n < len(lines) and _HEADER_RE.fullmatch(lines[first + n].strip()):
            n += 1
        return head.split(":", 1)[1].strip() or fallback, body_after(n)
    if head.startswith("# "):
        return head[2:].strip() or fallback, body_after(1)
    followed_by_blank = first + 1 < len(lines) and not lines[first + 1].strip()
    has_body = any(line.strip() for line in lines[first + 1 :])
    if followed_by_blank and has_body and len(head.strip()) <= _MAX_TITLE_CHARS:
        return head.strip(), body_after(1)
    return fallback, offset


def article_id(path: Path) -> str:
    return path.stem


def read_article(path: Path) -> Article:
    """Read one article file; raises CorpusError naming the file if it cannot be used."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"{path}: cannot be read ({e.strerror}); check the file's permissions") from None
    text = decode_article(data, str(path))
    fallback = path.stem.replace("-", " ").replace("_", " ").strip().capitalize()
    title, body_start = split_title(text, fallback)
    if not text[body_start:].strip():
        raise CorpusError(f"{path}: has a title but no article text under it")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(article_id(path), title, text, path, body_start, digest)


def article_paths(corpus_dir: Path) -> list[Path]:
    """The article files of a corpus folder, sorted; hidden files are skipped."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(
            f"no corpus folder at {corpus_dir}; create it and put .txt or .md news articles in it"
        )
    return sorted(
        p
        for p in corpus_dir.iterdir()
        if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() and not p.name.startswith(".")
    )


def load_corpus(corpus_dir: Path) -> list[Article]:
    """All articles of a folder. Raises CorpusError if the folder is missing, empty or unreadable."""
    paths = article_paths(corpus_dir)
    if not paths:
        raise CorpusError(
            f"the corpus folder {corpus_dir} has no articles; add .txt or .md news articles to it"
        )
    articles = [read_article(p) for p in paths]
    seen: dict[str, Path] = {}
    for a in articles:
        if a.id in seen:
            raise CorpusError(
                f"{a.path} and {seen[a.id]} share the id {a.id!r}; rename one of them"
            )
        seen[a.id] = a.path
    return articles


def atomic_write_bytes(path: Path, data: bytes, overwrite: bool = True) -> None:
    """Write a file so that readers see the old content or the new, never a torn one. With
    ``overwrite=False`` an existing file is left alone and ``FileExistsError`` raised (atomically:
    of two writers racing for one name, exactly one wins)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with contextlib.suppress(OSError):  # mkstemp makes the file private: give it the mode open() would
            os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if the name exists, unlike a rename
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links: check, then rename
                if path.exists():
                    raise FileExistsError(path) from None
                os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
