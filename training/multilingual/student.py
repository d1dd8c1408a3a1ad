"""The multilingual model's contextual student, tried and not shipped (train extra: torch).

Why: the static piece features are a mean and a max of per-piece vectors, so "not all
immigrants are criminals" and "all immigrants are criminals" differ by one piece's share;
multilingual-e5-small reads context but runs at 75 short texts/s a core and weighs 72 MB.
`training.multilingual.train --student` trains this student and fits the heads over its
embedding beside the static features and n-grams; `bench.eval_multilingual --student FILE`
measures that candidate. Beside the n-grams it did not raise the held-out ranking
(`bench/RESULTS.md`, "a contextual student in the heads"), so the service does not ship it.

The student is two pre-norm transformer layers of width 256 over the piece table's vectors
(frozen), trained so that its mean-pooled output, projected, gives multilingual-e5-small's
sentence embedding (cosine loss); numpy runs it (about 1.1 M weights, 2 MB as float16), each
text's embedding independent of the others in a call. Its texts are the model's own
non-English training texts and texts made from them (two training texts of a language
joined, a training text with words left out); no line of a held-out part (second, third,
fourth, or the later Latin-letter Hindi part) is among them. Trained students are kept under
.cache/multilingual by the digest of their texts, table and shape.
"""

from __future__ import annotations

import hashlib
import importlib
import random
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.multilingual import FloatArray, LinearHeads, Pieces
from moderation.backends.local.ngrams import CharNgramModel
from training.multilingual import heldout3, heldout4, hinglish_heldout, langs
from training.multilingual.table import PieceTable, StaticClassifier
from training.multilingual.vectors import CACHE

MAX_PIECES = 64
WIDTH = 256
LAYERS = 2
HEADS = 4
FFN = 512
EPOCHS = 8
SEED = 7


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


def vectors(table: PieceTable, p: Pieces) -> Float32Array:
    """A text's piece vectors, (pieces, dim), as float32: what the student reads."""
    out: Float32Array = table.rows[p.rows].astype(np.float32) * table.scales[p.rows, None]
    return out


def dense_features(
    table: PieceTable, student: ContextStudent | None, pieces: Sequence[Pieces]
) -> FloatArray:
    """What the heads read: the static piece features, then the student's embedding."""
    features = table.features(pieces)
    if student is None:
        return features
    return np.hstack([features, student.embed([vectors(table, p) for p in pieces])])


class StudentClassifier(StaticClassifier):
    """The multilingual model with heads that read the student's embedding too."""

    def __init__(
        self,
        student: ContextStudent,
        table: PieceTable | None = None,
        heads: LinearHeads | None = None,
        ngrams: CharNgramModel | None = None,
    ) -> None:
        super().__init__(table, heads, ngrams)
        if self.heads.mean.shape[0] != 2 * self.table.dim + student.width:
            raise ValueError("multilingual model: the heads do not read these features")
        self.student = student
        self.model = "local/multilingual-context-v1"

    def dense(self, pieces: Sequence[Pieces]) -> FloatArray:
        return dense_features(self.table, self.student, pieces)


def held_out_texts(codes: Sequence[str]) -> set[str]:
    """Every line of every held-out part of these languages."""
    out: set[str] = set()
    for code in codes:
        for package, parts in (
            (langs, ("FUNCTIONAL_HELDOUT2", "EVERYDAY_HELDOUT2")),
            (heldout3, ("FUNCTIONAL_HELDOUT3", "EVERYDAY_HELDOUT3")),
            (heldout4, ("FUNCTIONAL_HELDOUT4", "EVERYDAY_HELDOUT4")),
        ):
            try:
                mod = importlib.import_module(f"{package.__name__}.{code}")
            except ModuleNotFoundError:
                continue
            for part in parts:
                out.update(row[-1] for row in getattr(mod, part))
    out.update(t for _, _, t in hinglish_heldout.FUNCTIONAL_HELDOUT_LATN)
    out.update(t for _, t in hinglish_heldout.EVERYDAY_HELDOUT_LATN)
    return out


def student_texts(by_language: dict[str, list[str]]) -> list[str]:
    """Each language's training texts, and texts made from them; none held out."""
    rng = random.Random(SEED)
    held = held_out_texts(sorted(by_language))
    out: set[str] = set()
    for code in sorted(by_language):
        base = [t for t in dict.fromkeys(by_language[code]) if t not in held]
        out |= with_made_texts(base, rng)
    return sorted(out - held)


def with_made_texts(base: Sequence[str], rng: random.Random) -> set[str]:
    """The texts, each joined to another at random, and half of them with words left out."""
    out = set(base)
    for _ in range(len(base)):
        a, b = rng.sample(base, 2)
        out.add(f"{a} {b}")
    for t in rng.sample(base, len(base) // 2):
        words = t.split()
        if len(words) >= 4:
            kept = [w for w in words if rng.random() > 0.2]
            out.add(" ".join(kept or words[:1]))
    return out


def piece_vectors(table: PieceTable, texts: Sequence[str]) -> list[npt.NDArray[np.float32]]:
    """Each text's piece vectors (pieces, dim), as the student reads them."""
    return [vectors(table, p)[:MAX_PIECES] for p in table.pieces(texts)]


def _torch_student(dim: int, out_dim: int) -> Any:
    import torch
    from torch import nn

    class Student(nn.Module):  # type: ignore[misc,unused-ignore]
        def __init__(self) -> None:
            super().__init__()
            self.inp = nn.Linear(dim, WIDTH)
            self.pos = nn.Embedding(MAX_PIECES, WIDTH)
            layer = nn.TransformerEncoderLayer(
                WIDTH, HEADS, FFN, dropout=0.1, batch_first=True, norm_first=True
            )
            self.layers = nn.TransformerEncoder(layer, LAYERS, enable_nested_tensor=False)
            self.norm = nn.LayerNorm(WIDTH)
            self.out = nn.Linear(WIDTH, out_dim)

        def forward(self, x: Any, mask: Any) -> Any:
            pos = torch.arange(x.shape[1]).unsqueeze(0)
            h = self.inp(x) + self.pos(pos)
            h = self.norm(self.layers(h, src_key_padding_mask=~mask))
            m = mask.unsqueeze(-1).float()
            return self.out((h * m).sum(1) / m.sum(1).clamp(min=1.0))

    return Student()


def _batches(
    vectors: Sequence[npt.NDArray[np.float32]], order: Sequence[int], size: int
) -> list[tuple[list[int], Any, Any]]:
    import torch

    dim = vectors[0].shape[1]
    out = []
    for a in range(0, len(order), size):
        chunk = list(order[a : a + size])
        width = max([1, *(len(vectors[i]) for i in chunk)])
        x = torch.zeros((len(chunk), width, dim), dtype=torch.float32)
        mask = torch.zeros((len(chunk), width), dtype=torch.bool)
        for r, i in enumerate(chunk):
            n = len(vectors[i])
            x[r, :n] = torch.from_numpy(vectors[i])
            mask[r, :n] = True
        mask[:, 0] = True  # a text with no pieces reads one zero vector
        out.append((chunk, x, mask))
    return out


def train(
    table: PieceTable, texts: Sequence[str], targets: npt.NDArray[np.float32], epochs: int
) -> dict[str, npt.NDArray[Any]]:
    """Train the student; its arrays as `ContextStudent` reads them (float16)."""
    import torch

    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    vectors = piece_vectors(table, texts)
    student = _torch_student(table.dim, targets.shape[1])
    params = list(student.parameters())
    print(f"student: {sum(p.numel() for p in params):,} weights, {len(texts)} texts", flush=True)
    opt = torch.optim.AdamW(params, lr=5e-4, weight_decay=0.01)
    y = torch.from_numpy(targets)
    by_len = sorted(range(len(texts)), key=lambda i: len(vectors[i]))
    groups = _batches(vectors, by_len, 64)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=5e-4, total_steps=epochs * len(groups))
    rng = random.Random(SEED)
    for epoch in range(epochs):
        start, total, n = time.perf_counter(), 0.0, 0
        rng.shuffle(groups)
        student.train()
        for chunk, x, mask in groups:
            loss = 1 - torch.nn.functional.cosine_similarity(student(x, mask), y[chunk]).mean()
            opt.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call,unused-ignore]
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(chunk)
            n += len(chunk)
        print(
            f"epoch {epoch + 1}: cosine loss {total / n:.4f} ({time.perf_counter() - start:.0f} s)",
            flush=True,
        )
    return export(student)


def export(student: Any) -> dict[str, npt.NDArray[Any]]:
    """The trained encoder's arrays (not its projection to e5's space, which only trains)."""
    s = {k: v.detach().numpy() for k, v in student.state_dict().items()}
    out: dict[str, npt.NDArray[Any]] = {
        "inp_w": s["inp.weight"],
        "inp_b": s["inp.bias"],
        "pos": s["pos.weight"],
        "norm_w": s["norm.weight"],
        "norm_b": s["norm.bias"],
    }
    for i in range(LAYERS):
        p = f"layers.layers.{i}."
        out |= {
            f"l{i}.ln1_w": s[p + "norm1.weight"],
            f"l{i}.ln1_b": s[p + "norm1.bias"],
            f"l{i}.qkv_w": s[p + "self_attn.in_proj_weight"],
            f"l{i}.qkv_b": s[p + "self_attn.in_proj_bias"],
            f"l{i}.out_w": s[p + "self_attn.out_proj.weight"],
            f"l{i}.out_b": s[p + "self_attn.out_proj.bias"],
            f"l{i}.ln2_w": s[p + "norm2.weight"],
            f"l{i}.ln2_b": s[p + "norm2.bias"],
            f"l{i}.ff1_w": s[p + "linear1.weight"],
            f"l{i}.ff1_b": s[p + "linear1.bias"],
            f"l{i}.ff2_w": s[p + "linear2.weight"],
            f"l{i}.ff2_b": s[p + "linear2.bias"],
        }
    arrays = {k: v.astype(np.float16) for k, v in out.items()}
    arrays["heads"] = np.array(HEADS, dtype=np.int64)
    return arrays


def cached_student(
    table: PieceTable, by_language: dict[str, list[str]], epochs: int = EPOCHS
) -> tuple[ContextStudent, dict[str, npt.NDArray[Any]], int]:
    """The student for these training texts (trained, or read from the cache), its arrays
    and how many texts it learnt from."""
    from training.research.multilingual_encoder import sentence_embeddings

    texts = student_texts(by_language)
    shape = f"{MAX_PIECES}-{WIDTH}-{LAYERS}-{HEADS}-{FFN}-{epochs}"
    digest = hashlib.sha256()
    digest.update(("\n".join(texts) + shape).encode("utf-8"))
    digest.update(table.rows.tobytes())
    path = CACHE / f"context-student-{digest.hexdigest()[:12]}.npz"
    if path.is_file():
        print(f"student: {path}", flush=True)
        with np.load(path, allow_pickle=False) as doc:
            arrays = {k: doc[k] for k in doc.files}
    else:
        arrays = train(table, texts, sentence_embeddings(texts), epochs)
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(path, **arrays)  # type: ignore[arg-type]
    return ContextStudent(arrays), arrays, len(texts)
