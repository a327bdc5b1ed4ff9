"""The long-article benchmark's generated articles: each shape, at the size asked, read as an
article (title line, then body) whose passages index its text exactly."""

from __future__ import annotations

import pytest

from bench.long_articles import SHAPES, article
from qa.chunking import chunk


@pytest.mark.parametrize("shape", list(SHAPES))
def test_each_shape_makes_an_article_of_the_size_asked(shape: str) -> None:
    art = article(shape, 5_000)
    assert art.title == "A long article"
    assert len(art.body) == 5_000
    unit = SHAPES[shape]
    assert unit is None or art.body.startswith(unit)
    parts = chunk(art)
    assert parts.passages
    assert all(art.text[p.start : p.end] == p.text for p in parts.passages)


def test_prose_is_the_seed_articles_body_repeated() -> None:
    art = article("news prose (baseline)", 20_000)
    assert "Blinken" in art.body and art.body.count("Blinken") > 2 * article("news prose (baseline)", 5_000).body.count("Blinken")
