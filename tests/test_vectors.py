"""The vector index chosen by size (qa/vectors.py): exact search for small sets, IVF with fp16 codes
above the threshold (lowered here so small synthetic sets cross it), its parameters recorded in
the manifest and applied again on load."""

from __future__ import annotations

import json
import math

import faiss
import numpy as np
import pytest
from conftest import FakeEmbedder

from qa import QA, vectors
from qa.index import MANIFEST
from qa.settings import Settings

DIM = 32


def clustered(n: int, seed: int = 0, centres: int = 40) -> np.ndarray:
    rng = np.random.default_rng(seed)
    c = rng.standard_normal((centres, DIM)).astype(np.float32)
    x = c[rng.integers(0, centres, n)] + 0.35 * rng.standard_normal((n, DIM)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def recall_at_10(index: faiss.Index, data: np.ndarray, queries: np.ndarray) -> float:
    exact = faiss.IndexFlatIP(DIM)
    exact.add(data)
    truth = exact.search(queries, 10)[1]
    found = index.search(queries, 10)[1]
    return float(np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth)]))


@pytest.fixture
def low_threshold(monkeypatch):
    monkeypatch.setattr(vectors, "FLAT_MAX", 500)


def test_choice_by_size(low_threshold):
    assert vectors.choose(0).kind == "flat"
    assert vectors.choose(500).kind == "flat"
    spec = vectors.choose(40_000)
    assert spec.kind == "ivf-fp16"
    assert spec.nlist == round(4 * math.sqrt(40_000))
    assert 1 <= spec.nprobe <= spec.nlist and spec.nprobe == vectors.nprobe_for(spec.nlist)


def test_lists_never_starve():
    # FAISS wants ~39 training vectors per list: fewer lists for small sets, at least one.
    assert vectors.nlist_for(1000) == 1000 // 39
    assert vectors.nlist_for(10) == 1
    assert vectors.nlist_for(1_000_000) == 4000


def test_nprobe_grows_with_lists_and_stays_within_them():
    assert vectors.nprobe_for(4) == 4
    assert vectors.nprobe_for(4000) >= vectors.nprobe_for(1000) >= vectors.MIN_NPROBE


def test_flat_below_the_threshold_is_exact(low_threshold):
    data = clustered(400)
    index = vectors.build(data, DIM)
    assert vectors.describe(index)["kind"] == "flat"
    assert recall_at_10(index, data, clustered(50, seed=1)) == 1.0
    assert np.array_equal(index.reconstruct_batch(np.arange(5)), data[:5])


def test_ivf_above_the_threshold_finds_the_neighbours(low_threshold):
    data, queries = clustered(6000), clustered(100, seed=1)
    index = vectors.build(data, DIM)
    spec = vectors.describe(index)
    assert spec["kind"] == "ivf-fp16" and spec["faiss"] == "IndexIVFScalarQuantizer"
    assert spec["nlist"] == vectors.nlist_for(6000) and spec["nprobe"] == vectors.nprobe_for(spec["nlist"])
    assert index.ntotal == 6000
    assert recall_at_10(index, data, queries) >= 0.9
    # fp16 codes: vectors read back are the originals to ~1e-3 (answer features, re-used articles).
    ids = np.array([0, 17, 5999])
    assert np.abs(index.reconstruct_batch(ids) - data[ids]).max() < 1e-3


def test_the_same_vectors_give_the_same_index(low_threshold):
    data = clustered(3000)
    a, b = vectors.build(data, DIM), vectors.build(data, DIM)
    assert np.array_equal(faiss.serialize_index(a), faiss.serialize_index(b))


def test_parameters_are_applied_again_after_loading(low_threshold):
    index = vectors.build(clustered(3000), DIM)
    spec = vectors.describe(index)
    loaded = faiss.deserialize_index(faiss.serialize_index(index))
    faiss.extract_index_ivf(loaded).nprobe = 1
    vectors.configure(loaded, spec)
    assert vectors.describe(loaded) == spec
    assert loaded.reconstruct(3).shape == (DIM,)  # the id → vector map is there after loading


def test_empty_and_unknown():
    assert vectors.build(np.zeros((0, DIM), np.float32), DIM).ntotal == 0
    with pytest.raises(ValueError):
        vectors.build(clustered(10), DIM, vectors.Spec("lsh"))
    assert vectors.configure(faiss.IndexFlatIP(DIM), None).ntotal == 0  # an old manifest has no entry


# --- through the engine ---------------------------------------------------------------------------


def _qa(corpus_dir, index_dir) -> QA:
    return QA(corpus_dir=corpus_dir, index_dir=index_dir, embedder=FakeEmbedder(), settings=Settings(min_answer_score=0.0))


QUESTIONS = ["What did Blinken say about migration?", "Who is the Colombian foreign minister?", "Which day did they meet?"]


def _key(a):
    return a.found, a.answer.text if a.answer else None, [(p.article, p.start) for p in a.passages]


def test_engine_builds_saves_and_reloads_the_chosen_index(corpus_dir, tmp_path, monkeypatch):
    flat = _qa(corpus_dir, tmp_path / "flat")
    expected = [_key(flat.ask(q)) for q in QUESTIONS]

    monkeypatch.setattr(vectors, "FLAT_MAX", 5)
    qa = _qa(corpus_dir, tmp_path / "ivf")
    got = [_key(qa.ask(q)) for q in QUESTIONS]
    manifest = json.loads((tmp_path / "ivf" / MANIFEST).read_text())
    assert manifest["vectors"]["passages"]["kind"] == "ivf-fp16"
    assert manifest["vectors"]["sentences"]["kind"] == "ivf-fp16"
    assert got == expected  # a corpus this small has one list: the same answers as exact search

    reloaded = _qa(corpus_dir, tmp_path / "ivf")
    assert [_key(reloaded.ask(q)) for q in QUESTIONS] == expected
    assert vectors.describe(reloaded.index.sentence_vectors) == manifest["vectors"]["sentences"]


def test_engine_adds_an_article_to_an_ivf_index(corpus_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(vectors, "FLAT_MAX", 5)
    qa = _qa(corpus_dir, tmp_path / "index")
    qa.build()
    before = qa.index.passage_vectors.ntotal
    qa.add_article(
        "storm.txt",
        "Storm cuts power\n\nA storm hit the coast on Friday, cutting power to thousands of homes.\n\n"
        "Engineers expect to restore electricity by Sunday evening.\n",
    )
    assert qa.index.passage_vectors.ntotal == before + 2
    assert vectors.describe(qa.index.passage_vectors)["kind"] == "ivf-fp16"
    assert qa.ask("When will electricity be restored?").answer.article == "storm"
