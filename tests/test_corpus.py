"""Reading articles: titles, offsets, decoding, and clear errors for files that cannot be used."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from qa import CorpusError, QAError
from qa.corpus import Article, article_paths, atomic_write_bytes, load_corpus, read_article

BODY = "The council approved the budget on Monday.\n\nThe mayor said the vote was close.\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def body_of(article: Article) -> str:
    return article.text[article.body_start :]


# -- titles ---------------------------------------------------------------------------------------
def test_title_from_title_header_with_further_header_lines(tmp_path):
    text = "Title: Council passes budget\nAuthor: Jane Roe\nPublished: 2024-03-01\nSource: https://example.org/x\n\n" + BODY
    a = read_article(write(tmp_path, "budget.txt", text))
    assert a.title == "Council passes budget"
    assert body_of(a) == BODY
    assert "Author" not in body_of(a)


def test_title_header_is_case_insensitive_and_trimmed(tmp_path):
    a = read_article(write(tmp_path, "b.txt", "TITLE:   Council passes budget   \n\n" + BODY))
    assert a.title == "Council passes budget"
    assert body_of(a) == BODY


def test_empty_title_header_falls_back_to_file_name(tmp_path):
    a = read_article(write(tmp_path, "city-budget.txt", "Title:\n\n" + BODY))
    assert a.title == "City budget"
    assert body_of(a) == BODY


def test_title_from_markdown_heading(tmp_path):
    a = read_article(write(tmp_path, "budget.md", "# Council passes budget\n\n" + BODY))
    assert a.title == "Council passes budget"
    assert body_of(a) == BODY


def test_markdown_front_matter_is_a_header_not_body(tmp_path):
    front = '---\ntitle: "Council passes budget"\ndate: 2024-03-01\ntags:\n  - city\n  - money\n---\n\n'
    a = read_article(write(tmp_path, "budget.md", front + BODY))
    assert a.title == "Council passes budget"
    assert body_of(a) == BODY


def test_front_matter_without_a_title_takes_the_heading_after_it(tmp_path):
    a = read_article(write(tmp_path, "budget.md", "---\nlayout: post\n---\n# Council passes budget\n\n" + BODY))
    assert a.title == "Council passes budget"
    assert body_of(a) == BODY


def test_a_rule_that_opens_no_front_matter_is_body(tmp_path):
    text = "---\nThe council met on Monday. It passed the budget.\n---\n\n" + BODY
    a = read_article(write(tmp_path, "budget.md", text))
    assert a.title == "Budget" and body_of(a) == text


def test_title_from_headline_then_blank_line(tmp_path):
    a = read_article(write(tmp_path, "budget.txt", "Council passes budget\n\n" + BODY))
    assert a.title == "Council passes budget"
    assert body_of(a) == BODY


def test_leading_blank_lines_before_the_headline(tmp_path):
    a = read_article(write(tmp_path, "budget.txt", "\n\n  \nCouncil passes budget\n\n" + BODY))
    assert a.title == "Council passes budget"
    assert body_of(a) == BODY


def test_no_headline_title_is_the_file_name_and_all_text_is_body(tmp_path):
    text = "The council approved the budget on Monday.\nThe mayor said the vote was close.\n"
    a = read_article(write(tmp_path, "city_budget-2024.txt", text))
    assert a.title == "City budget 2024"
    assert a.body_start == 0
    assert body_of(a) == text


def test_overlong_first_line_is_not_a_headline(tmp_path):
    first = "word " * 60  # 300 characters: a paragraph, not a headline
    text = first.strip() + "\n\n" + BODY
    a = read_article(write(tmp_path, "long.txt", text))
    assert a.title == "Long"
    assert a.body_start == 0


def test_id_is_the_file_stem_and_sha256_fingerprints_the_text(tmp_path):
    a = read_article(write(tmp_path, "my-article.md", "Head\n\n" + BODY))
    assert a.id == "my-article"
    assert a.sha256 == hashlib.sha256(a.text.encode("utf-8")).hexdigest()
    assert a.path == tmp_path / "my-article.md"


# -- decoding and offsets -------------------------------------------------------------------------
def test_crlf_and_lone_cr_are_folded_to_newlines(tmp_path):
    a = read_article(write(tmp_path, "crlf.txt", b"Head\r\n\r\nFirst line.\r\n\r\nSecond\rline.\r\n"))
    assert "\r" not in a.text
    assert a.text == "Head\n\nFirst line.\n\nSecond\nline.\n"
    assert a.title == "Head"
    assert body_of(a).startswith("First line.")


def test_bom_is_dropped(tmp_path):
    a = read_article(write(tmp_path, "bom.txt", "\ufeffTitle: Budget\n\n" + BODY))
    assert not a.text.startswith("\ufeff")
    assert a.text.startswith("Title: Budget")
    assert a.title == "Budget"
    assert body_of(a) == BODY


def test_bom_and_crlf_together_keep_offsets_consistent(tmp_path):
    raw = "\ufeffHead line\r\n\r\nBody one.\r\n\r\nBody two.\r\n".encode("utf-8")
    a = read_article(write(tmp_path, "x.txt", raw))
    assert a.text == "Head line\n\nBody one.\n\nBody two.\n"
    assert a.text[a.body_start : a.body_start + len("Body one.")] == "Body one."


@pytest.mark.parametrize(
    "text, body",
    [
        ("Title: T\nBy: Someone\n\n\n\nBody text here.", "Body text here."),
        ("# T\n\nBody text here.", "Body text here."),
        ("# T\nBody text here.", "Body text here."),
        ("T\n\nBody text here.", "Body text here."),
        ("\n\nT\n\n\nBody text here.\n", "Body text here.\n"),
        ("Title: T\nBody text here.", "Body text here."),
    ],
)
def test_body_start_points_at_the_first_body_character(tmp_path, text, body):
    a = read_article(write(tmp_path, "x.txt", text))
    assert a.text[a.body_start :] == body
    assert a.body == body


def test_body_start_skips_a_blank_line_made_of_spaces(tmp_path):
    a = read_article(write(tmp_path, "x.txt", "Headline\n   \nBody text here."))
    assert a.title == "Headline"
    assert a.text[a.body_start :] == "Body text here."


# -- unusable files -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name, content, words",
    [
        ("latin1.txt", "Caf\u00e9 society\n\nThe caf\u00e9 opened.".encode("latin-1"), "UTF-8"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n   \n", "empty"),
        ("binary.txt", b"Head\n\nSome\x00binary\x00bytes", "binary"),
        ("utf16.txt", "Caf\u00e9 society\n\nThe caf\u00e9 opened.".encode("utf-16"), "save it as UTF-8"),
        ("utf16be.txt", "\ufeffCaf\u00e9 society\n\nThe caf\u00e9 opened.".encode("utf-16-be"), "save it as UTF-8"),
        ("title-only.txt", b"Title: Just a title\nAuthor: Nobody\n", "no article text"),
        ("heading-only.md", b"# Just a heading\n\n\n", "no article text"),
    ],
)
def test_unusable_file_raises_corpus_error_naming_the_file(tmp_path, name, content, words):
    path = write(tmp_path, name, content)
    with pytest.raises(CorpusError) as info:
        read_article(path)
    message = str(info.value)
    assert name in message
    assert words.lower() in message.lower()
    assert "\n" not in message
    assert isinstance(info.value, QAError)


def test_load_corpus_reports_the_bad_file(tmp_path):
    write(tmp_path, "good.txt", "Head\n\n" + BODY)
    write(tmp_path, "bad.txt", b"\xff\xfe\x00\x00broken")
    with pytest.raises(CorpusError, match="bad.txt"):
        load_corpus(tmp_path)


# -- folders --------------------------------------------------------------------------------------
def test_load_corpus_missing_folder(tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(CorpusError) as info:
        load_corpus(missing)
    assert str(missing) in str(info.value)
    assert not missing.exists()


def test_load_corpus_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="no articles"):
        load_corpus(tmp_path)


def test_load_corpus_folder_with_only_ignored_files_counts_as_empty(tmp_path):
    write(tmp_path, ".hidden.txt", "Head\n\n" + BODY)
    write(tmp_path, "notes.json", "{}")
    with pytest.raises(CorpusError, match="no articles"):
        load_corpus(tmp_path)


def test_load_corpus_refuses_two_files_with_the_same_id(tmp_path):
    write(tmp_path, "a.txt", "Head\n\n" + BODY)
    write(tmp_path, "a.md", "# Other\n\n" + BODY)
    with pytest.raises(CorpusError) as info:
        load_corpus(tmp_path)
    message = str(info.value)
    assert "a.txt" in message and "a.md" in message and "'a'" in message


def test_hidden_files_other_suffixes_and_folders_are_ignored(tmp_path):
    write(tmp_path, "one.txt", "One\n\n" + BODY)
    write(tmp_path, "two.md", "# Two\n\n" + BODY)
    write(tmp_path, "THREE.TXT", "Three\n\n" + BODY)
    write(tmp_path, ".hidden.txt", "Hidden\n\n" + BODY)
    write(tmp_path, ".hidden.md", b"\xff not even utf-8")
    write(tmp_path, "notes.json", b"\x00\x01")
    write(tmp_path, "draft.txt~", "Draft\n\n" + BODY)
    write(tmp_path, "page.html", "<p>x</p>")
    write(tmp_path, "README", "readme")
    (tmp_path / "folder.txt").mkdir()
    articles = load_corpus(tmp_path)
    assert [a.id for a in articles] == ["THREE", "one", "two"]
    assert [p.name for p in article_paths(tmp_path)] == ["THREE.TXT", "one.txt", "two.md"]


def test_load_corpus_is_sorted_and_reads_every_article(tmp_path):
    for name in ("c.txt", "a.txt", "b.md"):
        write(tmp_path, name, f"Story {name}\n\n" + BODY)
    articles = load_corpus(tmp_path)
    assert [a.id for a in articles] == ["a", "b", "c"]
    assert [a.title for a in articles] == ["Story a.txt", "Story b.md", "Story c.txt"]


@pytest.mark.parametrize("overwrite", [True, False])
def test_atomically_written_files_get_the_usual_permissions(tmp_path, overwrite):
    # An article added from the chat page, or an index file, must be readable by the other users a
    # plain file would be (mkstemp alone makes it private to its owner).
    umask = os.umask(0o022)
    os.umask(umask)
    atomic_write_bytes(tmp_path / "added.txt", b"Title\n\nBody.\n", overwrite=overwrite)
    (tmp_path / "plain.txt").write_bytes(b"Title\n\nBody.\n")
    assert stat.S_IMODE((tmp_path / "added.txt").stat().st_mode) == stat.S_IMODE((tmp_path / "plain.txt").stat().st_mode) == 0o666 & ~umask
