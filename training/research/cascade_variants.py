"""The cascade's cross-validated AUC under variants its training script has no option for.

    PYTHONPATH=. .venv-train/bin/python -m training.research.cascade_variants

Runs `training.train` (seeded 5-fold CV on the training rows only; no
held-out row is read) once per row below, with one piece of it replaced, and prints the
cascade's cross-validated any-flag AUC (lenient / strict) from the head each run writes:

- shipped: as shipped. For this run it also ranks the cascade's out-of-fold scores the way
  `bench.eval_local` ranks served scores (all 13 categories, each aligned to its policy
  threshold), beside the CV's own ranking (raw max over the eight labelled heads).
- head+tail: MiniLM reads the first 63 and the last 63 tokens of a text longer than its
  window, instead of the first 126.
- char 50k: 50,000 char n-grams instead of 20,000.
- first k layers: MiniLM cut to its first 4 or 5 transformer layers (exported and quantised
  as the shipped file is, into the temporary directory), the heads refitted on it.

`--variants` picks some of them (default: all); a row of the shipped model routing 0.2
comes with the layers.

Needs the train extra (scikit-learn; torch for the layers). Embeddings are cached as the
training script caches them; heads are written to a temporary directory. Each run takes a
few minutes on one core.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bench.eval_local import any_score
from bench.metrics import roc_auc
from moderation.backends.local.encoder import MiniLMEncoder
from moderation.backends.local.head import Head
from moderation.backends.local.static import MAX_TOKENS
from moderation.policy import default_policy
from training import train
from training.dataset import DEFAULT_DATA, LABELLED_CATEGORIES, load_openai, split
from training.research.encoder_variants import first_layers

HEAD_TOKENS = 63
CHAR_FEATURES = 50_000
Array = npt.NDArray[np.float64]


class HeadTailEncoder(MiniLMEncoder):
    """Reads the first HEAD_TOKENS and the last tokens of a text longer than its window."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()
        self.runtime += f"-head{HEAD_TOKENS}-tail"  # its own embedding cache

    def inputs(self, texts: Sequence[str]) -> dict[str, npt.NDArray[np.int64]]:
        rows = []
        for encoded in self._tokenizer.encode_batch(list(texts)):
            ids = encoded.ids
            if len(ids) > self.max_seq_length:
                tail = self.max_seq_length - 2 - HEAD_TOKENS
                ids = ids[: HEAD_TOKENS + 1] + ids[len(ids) - 1 - tail :]
            rows.append(ids)
        width = max(len(r) for r in rows)
        ids_out = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros_like(ids_out)
        for i, r in enumerate(rows):
            ids_out[i, : len(r)] = r
            mask[i, : len(r)] = 1
        return {"input_ids": ids_out, "attention_mask": mask}


@contextlib.contextmanager
def replaced(name: str, value: Any) -> Iterator[None]:
    """The training module with one of its names bound to `value` for the duration."""
    before = getattr(train, name)
    setattr(train, name, value)
    try:
        yield
    finally:
        setattr(train, name, before)


def cascade_auc(head_path: Path) -> tuple[float, float]:
    doc = json.loads(head_path.read_text(encoding="utf-8"))
    meta = doc["training"]["cascade"]
    return float(meta["cascade_any_auc"]), float(meta["cascade_strict_any_auc"])


def served_ranking(head_path: Path, raw_oof: Array) -> tuple[float, float, float, float]:
    """(CV ranking lenient, strict; served ranking lenient, strict) of out-of-fold scores."""
    head = Head.load(head_path)
    rows = load_openai(DEFAULT_DATA)
    public = [rows[i] for i in split(rows)[0]]
    lenient = np.array([np.nan if (v := r.any_flag(False)) is None else v for r in public])
    strict = np.array([np.nan if (v := r.any_flag(True)) is None else v for r in public])
    labelled = [j for j, c in enumerate(head.categories) if c in LABELLED_CATEGORIES]
    aligned = np.column_stack(
        [np.interp(raw_oof[:, j], xs, ys) for j, (xs, ys) in enumerate(head.knots)]
    )
    served = any_score(aligned, default_policy())
    cv = raw_oof[:, labelled].max(axis=1)

    def auc(y: Array, s: Array) -> float:
        known = ~np.isnan(y)
        return roc_auc(y[known], s[known])

    return auc(lenient, cv), auc(strict, cv), auc(lenient, served), auc(strict, served)


def run(work: Path, name: str, share: float, *extra: str) -> Path:
    out = work / name.replace(" ", "-") / "minilm-head.json"
    out.parent.mkdir(parents=True)
    train.main(["--route-share", str(share), "--out", str(out), *extra])
    return out


VARIANTS = ("shipped", "head+tail", "char 50k", "layers")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", nargs="+", choices=VARIANTS, default=list(VARIANTS))
    args = parser.parse_args(argv)
    table: list[tuple[str, float, float, float]] = []
    ranking: tuple[float, float, float, float] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "shipped" in args.variants:
            # The last raw scores the script computes are the cascade's out-of-fold ones.
            seen: list[Array] = []
            original = train.raw_scores

            def recorded(logits: Array) -> Array:
                out = original(logits)
                seen.append(out)
                return out

            with replaced("raw_scores", recorded):
                shipped = run(work, "shipped", 0.3)
            table.append(("shipped", 0.3, *cascade_auc(shipped)))
            ranking = served_ranking(shipped, seen[-1])
        if "head+tail" in args.variants:
            with replaced("MiniLMEncoder", HeadTailEncoder):
                for share in (0.3, 0.25, 0.2):
                    head = run(work, f"ht {share}", share)
                    table.append(("head+tail", share, *cascade_auc(head)))
        if "char 50k" in args.variants:
            with replaced("CHAR_MAX_FEATURES", CHAR_FEATURES):
                for share in (0.3, 0.25):
                    head = run(work, f"c50k {share}", share)
                    table.append(("char 50k", share, *cascade_auc(head)))
        if "layers" in args.variants:
            table.append(("6 layers (shipped)", 0.2, *cascade_auc(run(work, "six 0.2", 0.2))))
            for layers, shares in ((5, (0.3,)), (4, (0.3, 0.4, 0.5))):
                onnx = str(first_layers(layers, work))
                for share in shares:
                    head = run(work, f"l{layers} {share}", share, "--onnx", onnx)
                    table.append((f"first {layers} layers", share, *cascade_auc(head)))
    print("| variant | share routed | cascade CV any-flag AUC (lenient / strict) |")
    print("|---|---|---|")
    for name, share, lenient, strict in table:
        print(f"| {name} | {share} | {lenient:.4f} / {strict:.4f} |")
    if ranking is not None:
        print(
            "\nshipped cascade, out-of-fold: CV ranking (raw max over the labelled heads) "
            f"{ranking[0]:.4f} / {ranking[1]:.4f}; served ranking (13 aligned categories) "
            f"{ranking[2]:.4f} / {ranking[3]:.4f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
