"""The ONNX Runtime path gives sentence-transformers' vectors (within 1e-4) and steps aside cleanly:
switched off, not installed, damaged, or giving other vectors → sentence-transformers."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from qa import onnx_encoder
from qa.embedding import SentenceTransformerEmbedder, _model_path

# Unlike onnx_encoder.PROBES: other languages, markup, numbers, repeated punctuation, a lone quote,
# several lengths (one over the 256-token limit) and near-duplicates that differ by case or spacing.
TEXTS = [
    "What did Blinken say about migration?",
    "what did blinken say about MIGRATION ?",
    "What  did\tBlinken\nsay about migration?",
    "Colombia is showing the way that migration, when it’s managed safely, humanely, can increase stability.",
    "<b>Markup</b> & entities &#39; stay text — 'single' and \"double\" quotes…",
    "Ünïcödé: São Paulo, Zürich, Kraków, İstanbul, Ελληνικά, русский, العربية, हिन्दी",
    "1,234.56 km² · 3×10⁸ m/s · 50% · $1.13bn · £600m · 2004–2005",
    "?!?!... ---",
    "“",
    "x " * 600,
    "Le ministre colombien des Affaires étrangères a rencontré le secrétaire d'État américain.",
    "Trade.",
]


def test_switched_off_by_environment(monkeypatch):
    monkeypatch.setenv("QA_ONNX", "0")
    assert not onnx_encoder.enabled()
    assert SentenceTransformerEmbedder(onnx=None)._fast() is None


def test_embedder_can_be_told_not_to_use_onnx():
    assert SentenceTransformerEmbedder(onnx=False)._fast() is None


def test_cache_dir_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "c"))
    assert onnx_encoder.cache_dir() == tmp_path / "c"
    monkeypatch.delenv("QA_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert onnx_encoder.cache_dir() == tmp_path / "xdg" / "article-qa"


def test_model_key_changes_with_the_model_files(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "weights.bin").write_bytes(b"1234")
    key = onnx_encoder.model_key(tmp_path)
    assert onnx_encoder.model_key(tmp_path) == key
    (tmp_path / "weights.bin").write_bytes(b"12345")
    assert onnx_encoder.model_key(tmp_path) != key


def test_no_export_without_a_cache_folder_it_can_write(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("QA_CACHE_DIR", str(blocker / "cache"))
    assert onnx_encoder.export(None, tmp_path) is None  # fails before the model is needed
    assert onnx_encoder.load(tmp_path) is None


# --- the real model --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The default model exported into a private cache folder: (st_model, model_dir, cache)."""
    from qa.embedding import _load

    if not (onnx_encoder._installed("onnxruntime") and onnx_encoder._installed("onnx")):
        pytest.skip("onnxruntime or onnx is not installed")
    cache = tmp_path_factory.mktemp("onnx-cache")
    old = os.environ.get("QA_CACHE_DIR")
    os.environ["QA_CACHE_DIR"] = str(cache)
    try:
        model_dir = _model_path("all-MiniLM-L6-v2")
        st = _load("all-MiniLM-L6-v2")
        assert onnx_encoder.export(st, model_dir) is not None
        yield st, model_dir, cache
    finally:
        if old is None:
            os.environ.pop("QA_CACHE_DIR", None)
        else:
            os.environ["QA_CACHE_DIR"] = old


def _reference(st, texts):
    return st.encode(texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)


@pytest.mark.model
def test_onnx_vectors_equal_sentence_transformers(exported):
    st, model_dir, _ = exported
    encoder = onnx_encoder.load(model_dir)
    assert encoder is not None
    want = _reference(st, TEXTS)
    got = encoder.encode(TEXTS)
    assert got.shape == want.shape and got.dtype == np.float32
    assert np.abs(got - want).max() <= 1e-4
    for text, row in zip(TEXTS, want):  # one at a time, as questions are asked
        assert np.abs(encoder.encode([text])[0] - row).max() <= 1e-4
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert encoder.encode([]).shape == (0, st.get_embedding_dimension())


@pytest.mark.model
def test_export_is_fused_and_leaves_the_model_as_it_was(exported):
    import onnx

    st, model_dir, _ = exported
    encoder = onnx_encoder.load(model_dir)
    ops = [node.op_type for node in onnx.load(str(encoder.folder / "model.onnx")).graph.node]
    layers = st[0].auto_model.config.num_hidden_layers
    assert ops.count("Attention") == layers and len(ops) < 100  # one op per attention, not ~60
    # The export traced eager attention; the model in memory keeps the implementation it had.
    assert st[0].auto_model.config._attn_implementation != "eager"


@pytest.mark.model
def test_onnx_batches_in_any_order_and_size(exported):
    st, model_dir, _ = exported
    encoder = onnx_encoder.load(model_dir)
    texts = TEXTS * 6
    want = _reference(st, texts)
    for size in (1, 5, 64):
        assert np.abs(encoder.encode(texts, batch_size=size) - want).max() <= 1e-4


@pytest.mark.model
def test_long_lists_are_embedded_by_parallel_streams_with_the_same_vectors(exported, monkeypatch):
    st, model_dir, _ = exported
    encoder = onnx_encoder.load(model_dir)
    texts = [f"{i} {t}" for i in range(8) for t in TEXTS]  # 96 texts, more than 8 batches
    want = _reference(st, texts)
    used = []
    run = encoder._run
    monkeypatch.setattr(encoder, "_run", lambda session, encodings: used.append(session) or run(session, encodings))
    got = encoder.encode(texts)
    assert np.abs(got - want).max() <= 1e-4
    streams = encoder._stream_sessions()
    if onnx_encoder._cores() >= onnx_encoder.STREAMS:
        assert len(streams) == onnx_encoder.STREAMS and set(used) <= set(streams)
        assert encoder.session not in used
    used.clear()
    encoder.encode(TEXTS[:3])  # a question or a short list stays on the main session
    assert used == [encoder.session]
    encoder.release_streams()  # a build is done: the streams go, and come back for the next one
    assert encoder._streams is None
    assert np.abs(encoder.encode(texts) - want).max() <= 1e-4
    assert encoder._streams is not None


@pytest.mark.model
def test_streams_give_way_to_one_session_on_one_core_or_on_other_vectors(exported, monkeypatch, caplog):
    st, model_dir, _ = exported
    texts = [f"{i} {t}" for i in range(8) for t in TEXTS]
    want = _reference(st, texts)
    monkeypatch.setattr(onnx_encoder, "_cores", lambda: 1)
    encoder = onnx_encoder.load(model_dir)
    assert np.abs(encoder.encode(texts) - want).max() <= 1e-4
    assert encoder._stream_sessions() == []
    monkeypatch.setattr(onnx_encoder, "_cores", lambda: 2)
    encoder = onnx_encoder.load(model_dir)
    meta = dict(encoder.meta, reference=[[x + 0.01 for x in row] for row in encoder.meta["reference"]])
    monkeypatch.setattr(encoder, "meta", meta)
    assert np.abs(encoder.encode(texts) - want).max() <= 1e-4
    assert encoder._stream_sessions() == [] and "differs" in caplog.text


@pytest.mark.model
def test_an_error_in_a_stream_reaches_the_caller(exported, monkeypatch):
    encoder = onnx_encoder.load(exported[1])
    if not encoder._stream_sessions():
        pytest.skip("one core: no streams")
    calls = []

    def failing(session, encodings):
        calls.append(session)
        raise RuntimeError("out of memory")

    monkeypatch.setattr(encoder, "_run", failing)
    with pytest.raises(RuntimeError, match="out of memory"):
        encoder.encode([f"{i} {t}" for i in range(8) for t in TEXTS])
    assert len(calls) <= onnx_encoder.STREAMS  # each stream stops at the first error


@pytest.mark.model
def test_embedder_uses_onnx_and_answers_the_same(exported, monkeypatch):
    import qa.embedding

    monkeypatch.setattr(qa.embedding, "_onnx_cache", {})
    fast = SentenceTransformerEmbedder()
    slow = SentenceTransformerEmbedder(onnx=False)
    assert fast.backend == "onnx" and slow.backend == "sentence-transformers"
    assert fast.dim == slow.dim == 384
    assert np.abs(fast.encode(TEXTS) - slow.encode(TEXTS)).max() <= 1e-4


@pytest.mark.model
def test_the_embedder_releases_the_streams_of_its_encoder(exported, monkeypatch):
    import qa.embedding

    monkeypatch.setattr(qa.embedding, "_onnx_cache", {})
    embedder = SentenceTransformerEmbedder()
    embedder.release()  # nothing loaded yet: nothing to do, and nothing is loaded for it
    assert qa.embedding._onnx_cache == {}
    embedder.encode([f"{i} {t}" for i in range(8) for t in TEXTS])
    encoder = qa.embedding._onnx_cache[embedder.name]
    if onnx_encoder._cores() >= onnx_encoder.STREAMS:
        assert encoder._streams
    embedder.release()
    assert encoder._streams is None


@pytest.mark.model
def test_falls_back_when_onnx_runtime_is_missing(exported, monkeypatch):
    import qa.embedding

    monkeypatch.setattr(qa.embedding, "_onnx_cache", {})
    monkeypatch.setattr(onnx_encoder, "_installed", lambda module: False)
    embedder = SentenceTransformerEmbedder()
    assert embedder.backend == "sentence-transformers"
    assert np.abs(embedder.encode(TEXTS[:3]) - _reference(exported[0], TEXTS[:3])).max() <= 1e-6


def _copy_export(exported, tmp_path, monkeypatch) -> Path:
    """A private copy of the export in a cache of its own, to damage."""
    _, model_dir, cache = exported
    key = onnx_encoder.model_key(model_dir)
    shutil.copytree(cache / "onnx" / key, tmp_path / "onnx" / key)
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    return tmp_path / "onnx" / key


@pytest.mark.model
def test_damaged_export_is_ignored(exported, tmp_path, monkeypatch, caplog):
    folder = _copy_export(exported, tmp_path, monkeypatch)
    data = (folder / "model.onnx").read_bytes()
    (folder / "model.onnx").write_bytes(data[: len(data) // 2])
    assert onnx_encoder.load(exported[1]) is None
    assert "ignoring the ONNX export" in caplog.text


@pytest.mark.model
def test_export_giving_other_vectors_is_ignored(exported, tmp_path, monkeypatch, caplog):
    folder = _copy_export(exported, tmp_path, monkeypatch)
    meta = json.loads((folder / "meta.json").read_text())
    meta["reference"][0][0] += 0.01
    (folder / "meta.json").write_text(json.dumps(meta))
    assert onnx_encoder.load(exported[1]) is None
    assert "differ" in caplog.text


@pytest.mark.model
def test_model_that_cannot_be_exported_is_noted_and_not_retried(exported, tmp_path, monkeypatch):
    st, model_dir, _ = exported
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))

    class Extra(list):  # a model with a module the export does not cover
        default_prompt_name = None
        tokenizer = st.tokenizer

    odd = Extra([*st, object()])
    assert onnx_encoder.export(odd, model_dir) is None
    assert "modules" in (onnx_encoder.unsupported(model_dir) or "")
    assert onnx_encoder.load(model_dir) is None
    assert not [p for p in (tmp_path / "onnx").iterdir() if p.name.startswith(".")], "no temp folder left behind"


@pytest.mark.model
def test_export_without_the_optimizer_is_kept_unfused(exported, tmp_path, monkeypatch, caplog):
    import logging

    import onnx
    from onnxruntime.transformers import optimizer

    st, model_dir, _ = exported
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))

    def broken(*args, **kwargs):
        raise RuntimeError("no fusion today")

    monkeypatch.setattr(optimizer, "optimize_model", broken)
    with caplog.at_level(logging.INFO, logger="qa"):
        encoder = onnx_encoder.export(st, model_dir)
    assert encoder is not None and "not fused" in caplog.text
    ops = [node.op_type for node in onnx.load(str(encoder.folder / "model.onnx")).graph.node]
    assert "Attention" not in ops
    assert np.abs(encoder.encode(TEXTS) - _reference(st, TEXTS)).max() <= 1e-4
