"""Does the int8 cut give other embeddings on a CPU without VNNI, and what quantisation helps?

    python -m training.research.int8_saturation --model DIR --state PT [--save]   # train extra

On x86 without VNNI, onnxruntime's int8 kernels multiply uint8 activations by int8 weights
in pairs whose sums are held in int16 and saturate; with VNNI they are summed in int32. A
file quantised with 8-bit weights then computes other numbers on such a CPU; with 7-bit
weights (`reduce_range`) no pair sum can overflow; uint8 weights take another kernel, which
widens both to int16 first. Here a fine-tuned cut (`PT`: the training cache's state of it;
`DIR`: a model written with it, for its piece table) is exported as float32 and quantised
these three ways, and each text of every language's second held-out part is embedded by each
file on this CPU, one text per call as the service does. For each int8 file: the cosine of
its embeddings to float32's (lowest, 1st percentile, mean), the share of texts under 0.98
(what the unit test holds the shipped cut to on its reference texts), and short texts per
CPU-second.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bench.machine import cpu
from moderation.backends.local.encoder import cpu_session
from moderation.backends.local.multilingual import (
    CUT_PIECES,
    CutEncoder,
    PieceTokenizer,
    pieces_file,
)
from training.multilingual import cut
from training.multilingual.train import language_modules

FAMILY = "Multilingual embedded model: int8 weights on a CPU without VNNI (research)"
Vectors = npt.NDArray[np.float32]


def embeddings(path: Path, texts: Sequence[Vectors]) -> tuple[npt.NDArray[np.float64], float]:
    """Each text's embedding by the ONNX file at `path`, one call each, and texts per
    CPU-second of the calling thread."""
    session = cpu_session(path, 1, as_shipped=True)  # each quantisation as it is, on this CPU
    out = np.zeros((len(texts), texts[0].shape[-1]))
    start = time.thread_time()
    for k, x in enumerate(texts):
        out[k] = session.run(None, {"vectors": x[None]})[0][0]
    return out, len(texts) / max(time.thread_time() - start, 1e-9)


def cosines(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    norms = np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1)
    out: npt.NDArray[np.float64] = (a * b).sum(axis=1) / norms
    return out


def main(argv: Sequence[str] | None = None) -> int:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    variants = (
        ("int8 weights, 8 bits (as shipped)", QuantType.QInt8, False),
        ("int8 weights, 7 bits (reduce_range)", QuantType.QInt8, True),
        ("uint8 weights, 8 bits", QuantType.QUInt8, False),
    )

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--model", type=Path, required=True, help="a model written with the cut")
    ap.add_argument("--state", type=Path, required=True, help="its cut-<layers>-<hash>.pt")
    ap.add_argument("--save", action="store_true", help="record the run in bench/RESULTS.md")
    args = ap.parse_args(argv)
    found = re.match(r"cut-(\d+)-", args.state.name)
    if found is None:
        ap.error("--state: a cut-<layers>-<hash>.pt file of the training cache")
    layers = int(found.group(1))
    model = cut.build(cut.read_weights(), layers)
    model.load_state_dict(torch.load(args.state), strict=False)

    lines = [
        text
        for mod in language_modules().values()
        for text in [
            *(t for _, _, t in mod.FUNCTIONAL_HELDOUT2),
            *(t for _, t in mod.EVERYDAY_HELDOUT2),
        ]
    ]
    encoder = CutEncoder(args.model)
    texts = [
        encoder.vectors(np.concatenate([[encoder.bos], p.rows[:CUT_PIECES], [encoder.eos]]))
        for p in PieceTokenizer(pieces_file(args.model)).pieces(lines)
    ]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        cut.export_fp32(model.eval(), fp32)
        reference, _ = embeddings(fp32, texts)
        for name, weights, reduce_range in variants:
            int8 = Path(tmp) / f"{weights.name}-{reduce_range}.onnx"
            quantize_dynamic(
                str(fp32),
                str(int8),
                weight_type=weights,
                per_channel=True,
                reduce_range=reduce_range,
            )
            got, per_core = embeddings(int8, texts)
            c = cosines(got, reference)
            row = (
                f"| {layers} | {name} | {c.min():.4f} | {np.percentile(c, 1):.4f} | "
                f"{c.mean():.4f} | {float((c < 0.98).mean()):.2%} | {per_core:,.0f} |"
            )
            print(row, flush=True)
            rows.append(row)
    if args.save:
        from bench.results import record_table

        record_table(
            FAMILY,
            f"`python -m training.research.int8_saturation --model {args.model} --state "
            f"{args.state.name} --save` (train extra), on {cpu()}: the fine-tuned cut "
            "exported as float32 and quantised dynamically, per channel, three ways; the "
            f"{len(texts)} texts of every language's second "
            "held-out part (functional and everyday lines), one text per call, one thread; "
            "the cosine of each int8 embedding to float32's on this CPU, and texts per "
            "CPU-second of the thread.",
            "| layers | int8 file | cosine, lowest | 1st percentile | mean | under 0.98 | "
            "texts/s, one core |",
            rows,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
