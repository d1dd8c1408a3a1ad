"""A small contextual encoder over the multilingual piece vectors: what word order adds.

Why: the static piece features are a mean and a max of per-piece vectors, so "not all
immigrants are criminals" and "all immigrants are criminals" differ by one piece's share.
multilingual-e5-small reads context but runs at 75 short texts/s a core and weighs 72 MB.
This student is two transformer layers of width 256 over the piece table's own vectors,
trained at build time to give e5's sentence embedding of each training text
(`training.multilingual.student`): about 1.1 M weights (2 MB as float16); the multilingual
path with it judged 2,581 short texts/s a core, against about 15,000 without. Heads may read
its embedding beside the static features (`python -m training.multilingual.train --write
--student`); the shipped heads do not: beside the character n-grams it did not raise the
held-out ranking (`bench/RESULTS.md`, "a contextual student in the heads").

No padding and no batch-wide statistic: a text's embedding does not depend on the other
texts of a call (to float rounding).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
Float32Array = npt.NDArray[np.float32]

MULTILINGUAL_STUDENT = "multilingual-student.npz"
LAYER_NORM_EPS = 1e-5


def _layer_norm(x: Float32Array, weight: Float32Array, bias: Float32Array) -> Float32Array:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    out: Float32Array = (x - mean) / np.sqrt(var + LAYER_NORM_EPS) * weight + bias
    return out


class ContextStudent:
    """Pre-norm transformer layers over piece vectors, mean-pooled; numpy only.

    Arrays (float16 on disk, float32 in memory): `inp_w` (width, dim) and `inp_b`, `pos`
    (max pieces, width); per layer `i`: `l{i}.ln1_w/b`, `l{i}.qkv_w` (3 width, width),
    `l{i}.qkv_b`, `l{i}.out_w/b`, `l{i}.ln2_w/b`, `l{i}.ff1_w/b`, `l{i}.ff2_w/b`; `norm_w/b`;
    and the int `heads`. A text's first `max_pieces` pieces are read."""

    def __init__(self, arrays: Mapping[str, npt.NDArray[np.generic]]) -> None:
        self._w = {k: np.asarray(v, dtype=np.float32) for k, v in arrays.items() if k != "heads"}
        self.heads = int(np.asarray(arrays["heads"]))
        self.layers = sum(1 for k in self._w if k.endswith(".qkv_w"))
        self.max_pieces, self.width = self._w["pos"].shape

    @classmethod
    def load(cls, path: Path) -> ContextStudent:
        with np.load(path, allow_pickle=False) as doc:
            return cls({k: doc[k] for k in doc.files})

    def embed(self, vectors: Sequence[Float32Array]) -> FloatArray:
        """(texts, width): each text's mean-pooled output from its pieces' vectors (pieces,
        dim); zeros for a text with no pieces. The per-piece layers run on every piece of
        the call at once (row by row, so one text's rows never mix with another's) and
        attention on each text's own pieces, texts of one length together."""
        out = np.zeros((len(vectors), self.width), dtype=np.float64)
        texts = [(n, v[: self.max_pieces]) for n, v in enumerate(vectors) if len(v)]
        if not texts:
            return out
        w = self._w
        starts = np.cumsum([0, *(len(v) for _, v in texts)])
        by_length: dict[int, list[int]] = {}
        for k, (_, v) in enumerate(texts):
            by_length.setdefault(len(v), []).append(k)
        groups = [
            (length, np.concatenate([np.arange(starts[k], starts[k + 1]) for k in ks]))
            for length, ks in by_length.items()
        ]
        pos = np.concatenate([w["pos"][: len(v)] for _, v in texts])
        x = np.concatenate([v for _, v in texts]) @ w["inp_w"].T + w["inp_b"] + pos
        for i in range(self.layers):
            h = _layer_norm(x, w[f"l{i}.ln1_w"], w[f"l{i}.ln1_b"])
            qkv = h @ w[f"l{i}.qkv_w"].T + w[f"l{i}.qkv_b"]
            mixed = np.empty_like(x)
            for length, rows in groups:
                mixed[rows] = self._attend(qkv[rows], length)
            x = x + mixed @ w[f"l{i}.out_w"].T + w[f"l{i}.out_b"]
            h = _layer_norm(x, w[f"l{i}.ln2_w"], w[f"l{i}.ln2_b"])
            ff = np.maximum(h @ w[f"l{i}.ff1_w"].T + w[f"l{i}.ff1_b"], 0.0)
            x = x + ff @ w[f"l{i}.ff2_w"].T + w[f"l{i}.ff2_b"]
        x = _layer_norm(x, w["norm_w"], w["norm_b"])
        for k, (n, _) in enumerate(texts):
            out[n] = x[starts[k] : starts[k + 1]].mean(axis=0)
        return out

    def _attend(self, qkv: Float32Array, length: int) -> Float32Array:
        """Self-attention within each text of `length` pieces; `qkv` holds their rows."""
        heads, size = self.heads, self.width // self.heads
        grouped = qkv.reshape(-1, length, 3, heads, size).transpose(2, 0, 3, 1, 4)
        q, k, v = grouped[0], grouped[1], grouped[2]  # (texts, heads, length, size)
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(size)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        mixed = (scores / scores.sum(axis=-1, keepdims=True)) @ v
        out: Float32Array = mixed.transpose(0, 2, 1, 3).reshape(-1, self.width)
        return out
