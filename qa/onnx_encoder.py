"""The same vectors, faster: the sentence-transformers model exported once to ONNX and run with
ONNX Runtime, with neither torch nor sentence-transformers imported.

Why: through sentence-transformers a question costs about 10 ms to embed and a new process spends
3-5 s importing torch and loading the model; ONNX Runtime runs the same forward pass in about 2 ms
and loads in about 0.2 s. Builds are faster too: 1.4 to 2 times the tokens a second, by the CPU,
and a long list is embedded by two sessions side by side (:data:`STREAMS`).

Faithful by construction and checked. The export traces the model's own modules (transformer,
pooling, normalisation) with ``torch.onnx``, and ONNX Runtime's transformer optimizer fuses
each layer's operations; before an export is kept, its token ids and vectors on
:data:`PROBES` must match sentence-transformers' (vectors within :data:`TOLERANCE`), and every load
re-checks the probes against the reference vectors stored beside it. Anything unsupported or
failing yields ``None`` and the caller keeps using sentence-transformers.

The export lives in a cache folder (``$QA_CACHE_DIR``, else ``$XDG_CACHE_HOME/article-qa``, else
``~/.cache/article-qa``) under ``onnx/<key>/``, where the key hashes the model folder's file names,
sizes and modification times: a changed model gets a new export. The folder is written under a
temporary name and renamed into place, so a reader never sees half an export. ``QA_ONNX=0``
switches the whole path off.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import logging
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

log = logging.getLogger("qa")

EXPORT_VERSION = 2  # bump when the export or the meta format changes
TOLERANCE = 1e-4  # largest absolute difference allowed against sentence-transformers' vectors
BATCH_SIZE = 64  # texts per forward pass at most ...
BATCH_TOKENS = 512  # ... and about this many tokens (fastest on a 2-core CPU: 25% faster than 32 texts)
# A list of at least STREAM_BATCHES batches (an index build) is embedded by STREAMS sessions side by
# side, each with its share of the cores, instead of one session using them all, whose threads wait
# for each other at every step of a batch. On 2 cores two one-thread streams embedded 3,882 news
# texts in 22.6-23.8 s against 24.9-25.2 s, and in 54-67 s against 78-127 s with other work on the
# machine. Each stream holds its own copy of the model and its working memory (a build's peak rose
# by 220 MB), made on the first such list and let go when the build is done; questions, one text
# each, still use the main session.
STREAMS = 2
STREAM_BATCHES = 8
# Varied texts for the faithfulness check: casing, accents, curly quotes, CJK, emoji, numbers,
# whitespace, an empty string, a single character and one long enough to be truncated.
PROBES = [
    "Who is the Colombian foreign minister?",
    "“Colombia is showing the way,” said Antony Blinken, the US Secretary of State.",
    "  Café au lait, naïve résumé — SMALL and CAPS, 76% of $1.13bn (£600m) in 2004–2005.  ",
    "中文 日本語 한국어 ünïcödé 😀 emoji",
    "",
    "a",
    " ".join(["The two-day negotiations covered drug trafficking, trade, migration and climate change."] * 40),
]
_QUICK_PROBES = 6  # checked at every load: all but the long one
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Architectures whose export is fused with ONNX Runtime's "bert" optimizer (others stay unfused).
_FUSABLE = {"bert"}


def enabled() -> bool:
    """Whether the ONNX path may be used at all: not switched off and ONNX Runtime installed."""
    if os.environ.get("QA_ONNX", "1").strip().lower() in {"0", "false", "no", "off"}:
        return False
    return _installed("onnxruntime")


@functools.cache
def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def cache_dir() -> Path:
    if os.environ.get("QA_CACHE_DIR"):
        return Path(os.environ["QA_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "article-qa"


def model_key(model_dir: Path) -> str:
    """Names, sizes and modification times of the model's files, hashed: cheap at every start,
    and any change to the model gives a new key."""
    h = hashlib.sha256(f"export-v{EXPORT_VERSION}\n{Path(model_dir).resolve()}\n".encode())
    for path in sorted(p for p in Path(model_dir).rglob("*") if p.is_file()):
        st = path.stat()
        h.update(f"{path.relative_to(model_dir)}\t{st.st_size}\t{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:20]


class OnnxEncoder:
    """Tokenizer + ONNX Runtime session for one exported model; ``encode`` mirrors
    ``SentenceTransformer.encode(texts, normalize_embeddings=True)``."""

    def __init__(self, folder: Path) -> None:
        from tokenizers import Tokenizer

        self.folder = Path(folder)
        self.meta = json.loads((self.folder / "meta.json").read_text("utf-8"))
        self.dim = int(self.meta["dim"])
        self.inputs = list(self.meta["inputs"])
        self.tokenizer = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(int(self.meta["max_length"]))
        self.session = self._session()
        self._streams: list | None = None
        self._streams_lock = threading.Lock()

    def _session(self, threads: int = 0):
        """A session of the model on ``threads`` threads (0: ONNX Runtime's choice, all cores)."""
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.log_severity_level = 3
        options.intra_op_num_threads = threads
        # Worker threads spin while a run is going on and stop when it ends. Left spinning between
        # runs (ONNX Runtime's default) they took CPU from everything else: with one core busy
        # elsewhere a question took 10.7 ms instead of 3.5. Never spinning costs the fast hand-over
        # between a run's parallel steps: 4.3 ms with that core busy, 3.7 vs 3.5 ms with other work
        # on the machine; batches (index builds) take the same time either way.
        options.add_session_config_entry("session.intra_op.allow_spinning", "1")
        options.add_session_config_entry("session.force_spinning_stop", "1")
        return ort.InferenceSession(str(self.folder / "model.onnx"), options, providers=["CPUExecutionProvider"])

    def _stream_sessions(self) -> list:
        """The sessions that embed long lists side by side (made once, and checked on the probes as
        the main session is), or none on a single core."""
        with self._streams_lock:
            if self._streams is None:
                cores = _cores()
                streams = [self._session(cores // STREAMS) for _ in range(STREAMS)] if cores >= STREAMS else []
                probes = self.tokenizer.encode_batch(self.meta["probes"][:_QUICK_PROBES])
                ref = np.asarray(self.meta["reference"][:_QUICK_PROBES], dtype=np.float32)
                for session in streams:
                    diff = float(np.abs(_unit(self._run(session, probes)) - ref).max())
                    if diff > TOLERANCE:
                        log.warning("embedding long lists on one session: a parallel one differs by %.2g", diff)
                        streams = []
                        break
                self._streams = streams
            return self._streams

    def release_streams(self) -> None:
        """Let the streams go (an index build calls this when it is done): a process that built 201
        articles held 500 MB with them and 342 MB without, memory that serving questions does not
        need; the next long list makes them again."""
        with self._streams_lock:
            self._streams = None

    def encode(self, texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = np.argsort([-len(e.ids) for e in encodings], kind="stable")  # little padding per batch
        batches = []
        start = 0
        while start < len(order):
            # Longest first, so the first text sets the batch's width; small batches of long texts
            # keep the activations in cache.
            n = max(1, min(batch_size, BATCH_TOKENS // len(encodings[order[start]].ids)))
            batches.append(order[start : start + n])
            start += n
        streams = self._stream_sessions() if len(batches) >= STREAM_BATCHES else []
        if streams:
            self._run_streams(streams, batches, encodings, out)
        else:
            for idx in batches:
                out[idx] = self._run(self.session, [encodings[i] for i in idx])
        return _unit(out)

    def _run_streams(self, streams: list, batches: list[np.ndarray], encodings, out: np.ndarray) -> None:
        """Each stream takes the next batch as it finishes one (ONNX Runtime lets go of the GIL while
        it runs); the vectors are the ones a single session gives, batch for batch."""
        queue = iter(batches)
        lock = threading.Lock()
        errors: list[BaseException] = []

        def work(session) -> None:
            try:
                while not errors:
                    with lock:
                        idx = next(queue, None)
                    if idx is None:
                        return
                    out[idx] = self._run(session, [encodings[i] for i in idx])
            except BaseException as e:  # noqa: BLE001 - raised again in the calling thread
                errors.append(e)

        threads = [threading.Thread(target=work, args=(s,), name="qa-embed", daemon=True) for s in streams]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]

    def _run(self, session, encodings) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        feed = {name: np.zeros((len(encodings), width), dtype=np.int64) for name in self.inputs}
        for row, e in enumerate(encodings):
            n = len(e.ids)
            if "input_ids" in feed:
                feed["input_ids"][row, :n] = e.ids
            if "attention_mask" in feed:
                feed["attention_mask"][row, :n] = e.attention_mask
            if "token_type_ids" in feed:
                feed["token_type_ids"][row, :n] = e.type_ids
        return session.run(None, feed)[0]

    def check(self, n: int | None = None) -> float:
        """Largest difference from the reference vectors stored at export, on the first ``n``
        probes (all by default) batched and on two of them one by one."""
        ref = np.asarray(self.meta["reference"], dtype=np.float32)[:n]
        probes = self.meta["probes"][: len(ref)]
        batched = self.encode(probes)
        single = np.concatenate([self.encode([p]) for p in probes[:2]])
        return float(max(np.abs(batched - ref).max(), np.abs(single - ref[:2]).max()))


def _cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.ascontiguousarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)


def load(model_dir: Path) -> OnnxEncoder | None:
    """The cached export of ``model_dir`` if there is a sound one, else None (nothing is exported)."""
    if not enabled():
        return None
    folder = cache_dir() / "onnx" / model_key(model_dir)
    if not (folder / "meta.json").is_file():
        return None
    try:
        encoder = OnnxEncoder(folder)
        diff = encoder.check(_QUICK_PROBES)  # the long probe was checked at export; it costs 0.3 s
    except Exception as e:  # noqa: BLE001 - a damaged or unreadable export means: do without it
        log.warning("ignoring the ONNX export in %s (%s: %s); using sentence-transformers", folder, type(e).__name__, e)
        return None
    if diff > TOLERANCE:
        log.warning("ignoring the ONNX export in %s: its vectors differ by %.2g; using sentence-transformers", folder, diff)
        return None
    return encoder


def unsupported(model_dir: Path) -> str | None:
    """Why an earlier attempt could not export this model (so it is not retried), or None."""
    try:
        return json.loads((cache_dir() / "onnx" / f"{model_key(model_dir)}.unsupported").read_text("utf-8"))["reason"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def export(st_model, model_dir: Path) -> OnnxEncoder | None:
    """Export a loaded ``SentenceTransformer`` to the cache, check it, and return its encoder; None
    (with a log line, and a note so it is not retried) when the model cannot be exported faithfully."""
    if not enabled() or not _installed("onnx"):
        return None  # torch.onnx needs the onnx package to write the file
    root = cache_dir() / "onnx"
    key = model_key(model_dir)
    folder = root / key
    try:
        root.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=root))
    except OSError as e:
        log.info("no ONNX export: cannot write to %s (%s)", root, e)
        return None
    try:
        t0 = time.perf_counter()
        reason = _export_into(st_model, Path(model_dir), work)
        if reason is not None:
            log.info("no ONNX export of %s: %s; using sentence-transformers", model_dir, reason)
            _write_json(root / f"{key}.unsupported", {"reason": reason, "model": str(model_dir)})
            return None
        try:
            os.rename(work, folder)  # atomic; fails if another process put its export there first
        except OSError:
            if not (folder / "meta.json").is_file():
                raise
        log.info("exported the model to ONNX in %.1f s → %s", time.perf_counter() - t0, folder)
        _prune(root, key, model_dir)
        return load(model_dir)
    except Exception as e:  # noqa: BLE001 - an export problem must never stop the engine
        log.info("no ONNX export of %s (%s: %s); using sentence-transformers", model_dir, type(e).__name__, e)
        return None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _export_into(st_model, model_dir: Path, work: Path) -> str | None:
    """Write model.onnx, tokenizer.json and meta.json into ``work``; a reason string if the model
    cannot be exported faithfully."""
    import warnings

    import torch

    kinds = [type(m).__name__ for m in st_model]
    if kinds[:2] != ["Transformer", "Pooling"] or not set(kinds[2:]) <= {"Normalize"}:
        return f"modules {kinds} (only Transformer, Pooling and Normalize are exported)"
    if getattr(st_model, "default_prompt_name", None):
        return "the model adds a default prompt"
    backend = getattr(getattr(st_model, "tokenizer", None), "backend_tokenizer", None)
    if backend is None:
        return "its tokenizer is not a fast (Rust) tokenizer"
    preprocess = getattr(st_model, "preprocess", None) or st_model.tokenize
    features = preprocess(PROBES[:2])
    names = [k for k, v in features.items() if isinstance(v, torch.Tensor)]
    if not set(names) <= set(_INPUTS) or "input_ids" not in names:
        return f"model inputs {names}"
    extra = {k: v for k, v in features.items() if not isinstance(v, torch.Tensor)}

    class Wrapped(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.st = st_model

        def forward(self, *tensors):
            feats = dict(zip(names, tensors), **extra)
            for module in self.st:
                feats = module(feats)
            return feats["sentence_embedding"]

    axes = {n: {0: "batch", 1: "tokens"} for n in names} | {"embedding": {0: "batch"}}
    args = tuple(features[n] for n in names)
    with warnings.catch_warnings(), torch.no_grad(), _eager_attention(st_model):
        warnings.simplefilter("ignore")
        kwargs = dict(input_names=names, output_names=["embedding"], dynamic_axes=axes, opset_version=17)
        try:
            torch.onnx.export(Wrapped().eval(), args, str(work / "model.onnx"), dynamo=False, **kwargs)
        except TypeError:  # a torch without the dynamo switch
            torch.onnx.export(Wrapped().eval(), args, str(work / "model.onnx"), **kwargs)
    _fuse(work / "model.onnx", getattr(st_model[0], "auto_model", None))
    backend.save(str(work / "tokenizer.json"))
    reference = st_model.encode(PROBES, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
    meta = {
        "version": EXPORT_VERSION,
        "model": str(model_dir.resolve()),
        "dim": int(reference.shape[1]),
        "inputs": names,
        "max_length": int(st_model.max_seq_length),
        "probes": PROBES,
        "reference": np.asarray(reference, dtype=np.float32).tolist(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    _write_json(work / "meta.json", meta)
    # The check: the same tokens and the same vectors as sentence-transformers.
    encoder = OnnxEncoder(work)
    want = preprocess(PROBES)
    for i, e in enumerate(encoder.tokenizer.encode_batch(PROBES)):
        n = int(want["attention_mask"][i].sum()) if "attention_mask" in want else len(e.ids)
        if list(e.ids) != want["input_ids"][i][:n].tolist():
            return f"its tokenizer gives other tokens for probe {i}"
    diff = encoder.check()
    if diff > TOLERANCE:
        return f"ONNX vectors differ from sentence-transformers' by {diff:.2g}"
    return None


@contextlib.contextmanager
def _eager_attention(st_model):
    """Trace the transformer with its plain ("eager") attention, whose graph ONNX Runtime's
    optimizer recognises and fuses (PyTorch's fused attention traces into ~300 small shape
    operations it cannot). The two compute the same thing; the model is put back afterwards."""
    model = getattr(st_model[0], "auto_model", None)
    before = getattr(getattr(model, "config", None), "_attn_implementation", None)
    switch = getattr(model, "set_attn_implementation", None)
    try:
        if before not in (None, "eager") and switch is not None:
            switch("eager")
    except Exception:  # noqa: BLE001 - a model that cannot switch is traced as it is
        before = None
    try:
        yield
    finally:
        if before not in (None, "eager") and switch is not None:
            switch(before)


def _fuse(path: Path, model) -> None:
    """Fuse the transformer's layers in place with ONNX Runtime's transformer optimizer: attention,
    layer norms and GELU become single operations (59 nodes for MiniLM-L6, where ONNX Runtime alone
    makes 351), and builds ran 1.1x (busy machine) to 1.5x (quiet) faster here. The vectors are
    checked against sentence-transformers' afterwards, like any export; if the optimizer is missing
    or fails, the plain export is kept."""
    config = getattr(model, "config", None)
    if getattr(config, "model_type", None) not in _FUSABLE:
        return
    try:
        from onnxruntime.transformers import optimizer

        fused = optimizer.optimize_model(
            str(path), model_type="bert", num_heads=int(config.num_attention_heads), hidden_size=int(config.hidden_size)
        )
        fused.save_model_to_file(str(path.with_name("fused.onnx")))
        os.replace(path.with_name("fused.onnx"), path)
    except Exception as e:  # noqa: BLE001 - the unfused export is correct, only slower
        log.info("ONNX export not fused (%s: %s)", type(e).__name__, e)


def _prune(root: Path, key: str, model_dir: Path) -> None:
    """Remove older exports of the same model folder (each is ~90 MB)."""
    for other in root.iterdir():
        if other.name == key or not other.is_dir() or other.name.startswith("."):
            continue
        try:
            if json.loads((other / "meta.json").read_text("utf-8")).get("model") == str(Path(model_dir).resolve()):
                shutil.rmtree(other, ignore_errors=True)
        except (OSError, ValueError):
            continue


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, path)
