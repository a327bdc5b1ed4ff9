"""The SQuAD-to-corpus conversion that the quality benchmark relies on: gold answers land on
the right characters of the article files, also when articles are pooled or paragraphs dropped."""

from __future__ import annotations

from bench.common import markdown_table, update_readme
from bench.squad import _articles, pooled

ROWS = [
    {"id": "a1", "title": "River_Town", "context": "  The river floods in May. ", "question": "When does the river flood?",
     "answers": [{"text": "May", "answer_start": 22}], "is_impossible": False},
    {"id": "a2", "title": "River_Town", "context": "The mayor is Ana Ruiz.\nShe was elected in 2019.", "question": "Who is the mayor?",
     "answers": [{"text": "Ana Ruiz", "answer_start": 13}, {"text": "Ana Ruiz", "answer_start": 13}], "is_impossible": False},
    {"id": "a3", "title": "River_Town", "context": "The mayor is Ana Ruiz.\nShe was elected in 2019.", "question": "Who was mayor in 1990?",
     "answers": [], "is_impossible": True},
    {"id": "b1", "title": "Hill", "context": "The hill is 300 metres high.", "question": "How high is the hill?",
     "answers": [{"text": "300 metres", "answer_start": 12}], "is_impossible": False},
]


def _answer_at(text: str, start: int, row: dict) -> bool:
    return any(text[start : start + len(a["text"])] == a["text"] for a in row["answers"])


def test_gold_offsets_point_at_the_answers_in_the_article_file() -> None:
    arts = _articles(ROWS)
    assert [a.title for a in arts] == ["River_Town", "Hill"]
    by_id = {r["id"]: r for r in ROWS}
    for art in arts:
        text = art.text()
        assert text.startswith(f"Title: {art.title.replace('_', ' ')}\n\n")
        for item in art.items:
            assert item.answerable == bool(item.gold)
            for g in item.gold:
                assert _answer_at(text, g, by_id[item.id])
    assert arts[0].items[1].gold == arts[0].items[1].gold[:1]  # repeated crowd answers collapse


def test_pooled_articles_keep_gold_offsets_and_paragraph_numbers() -> None:
    arts = _articles(ROWS)
    big = pooled(arts, "All")
    text = big.text()
    by_id = {r["id"]: r for r in ROWS}
    assert len(big.paragraphs) == 3 and len(big.items) == 4
    for item in big.items:
        assert big.paragraphs[item.paragraph] in by_id[item.id]["context"]
        assert all(_answer_at(text, g, by_id[item.id]) for g in item.gold)


def test_dropping_a_paragraph_removes_only_it() -> None:
    art = _articles(ROWS)[0]
    assert art.paragraphs[0] not in art.text(frozenset({0}))
    assert art.paragraphs[1] in art.text(frozenset({0}))


def test_readme_table_is_replaced_between_its_markers(tmp_path, monkeypatch) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("intro\n<!-- bench:x -->\nold\n<!-- /bench:x -->\nafter\n", encoding="utf-8")
    monkeypatch.setattr("bench.common.README", readme)
    table = markdown_table(["a", "b"], [[1, 0.5], ["p|q", float("nan")]])
    assert update_readme("x", table)
    assert readme.read_text(encoding="utf-8") == f"intro\n<!-- bench:x -->\n{table}\n<!-- /bench:x -->\nafter\n"
    assert "p\\|q" in table and "–" in table
    assert not update_readme("missing", table)
