"""Which MiniLM export is fastest on long texts, and how far does each drift from fp32?

    .venv-train/bin/python -m training.research.encoder_variants [--rows 128] [--passes 5]

Exports the wheel's MiniLM as the shipped export does (eager attention, fp32), derives the
variants below from it, then times each against the shipped int8 file on held-out texts at
128 tokens (texts only; no label is read), interleaved pass by pass in one process: items per
CPU-second of this thread, one onnxruntime thread. For the variants that keep all six layers
it also reports the embedding cosine to the fp32 export (worst and mean over 64 texts); the
shipped head was fitted on fp32 embeddings and runs unchanged on the int8 file.

- fused: LayerNorm and GELU fused by onnxruntime's transformer optimiser (attention fusion off,
  since the fused Attention measured slower), then quantised as shipped.
- static-int8: static (calibrated) quantisation, QDQ format, activations uint8 and weights int8
  per channel, MinMax ranges from 256 *training* texts.
- attention-int8: the shipped dynamic quantisation, also applied to the two activation-by-
  activation MatMuls of each attention layer (`MatMulConstBOnly` off).
- first-5 / first-4 layers: the first k transformer layers, quantised as shipped. Their
  embeddings are not the six-layer ones, so the head must be refitted: `python -m
  training.train --onnx <file>` reports the cascade's cross-validated AUC.
- window 96: the shipped file reading 96 tokens instead of 128.

Before the table it prints where the shipped file's kernel time goes, by operator type (an
onnxruntime profile of one pass over the texts).

Needs the train extra (torch, transformers, onnx); writes only to a temporary directory.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from moderation.backends.local.assets import MINILM_ONNX, asset
from moderation.backends.local.encoder import MAX_SEQ_LENGTH, SUB_BATCH, MiniLMEncoder
from training.dataset import DEFAULT_DATA, load_openai, split
from training.export import export_minilm_fp32, quantize_int8

CALIBRATION_TEXTS = 256


def kernel_time_by_operator(texts: Sequence[str], work: Path) -> list[tuple[str, float]]:
    """(operator type, share of the kernel time) of the shipped file, largest first."""
    import onnxruntime as ort

    encoder = MiniLMEncoder(MAX_SEQ_LENGTH)
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.enable_profiling = True
    options.profile_file_prefix = str(work / "profile")
    session = ort.InferenceSession(
        str(asset(MINILM_ONNX)), options, providers=["CPUExecutionProvider"]
    )
    ordered = sorted(texts, key=len)  # as encode() groups them
    for start in range(0, len(ordered), SUB_BATCH):
        session.run(None, encoder.inputs(ordered[start : start + SUB_BATCH]))
    events = json.loads(Path(session.end_profiling()).read_text(encoding="utf-8"))
    totals: Counter[str] = Counter()
    for event in events:
        if event.get("cat") == "Node" and event["name"].endswith("_kernel_time"):
            totals[event["args"]["op_name"]] += event["dur"]
    whole = sum(totals.values())
    return [(op, t / whole) for op, t in totals.most_common()]


def dynamic_int8(source: Path, out: Path, **extra_options: Any) -> Path:
    """The shipped quantisation (dynamic, QInt8 weights, per channel), with extra options."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(source),
        str(out),
        weight_type=QuantType.QInt8,
        per_channel=True,
        extra_options=extra_options,
    )
    return out


def fused(fp32: Path, work: Path) -> Path:
    import onnx
    from onnxruntime.transformers.fusion_options import FusionOptions
    from onnxruntime.transformers.optimizer import optimize_model

    options = FusionOptions("bert")
    options.enable_attention = False
    options.use_multi_head_attention = False
    model = optimize_model(
        str(fp32),
        model_type="bert",
        num_heads=12,
        hidden_size=384,
        optimization_options=options,
        opt_level=0,
    )
    fused_fp32 = work / "fused-fp32.onnx"
    model.save_model_to_file(str(fused_fp32))
    # Fused operators come from another domain, so shape inference cannot type their outputs.
    return dynamic_int8(
        fused_fp32, work / "fused-int8.onnx", DefaultTensorType=onnx.TensorProto.FLOAT
    )


def static_int8(fp32: Path, work: Path, calibration: Sequence[str]) -> Path:
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )

    encoder = MiniLMEncoder(MAX_SEQ_LENGTH, model=fp32)
    batches = [
        encoder.inputs(calibration[start : start + SUB_BATCH])
        for start in range(0, len(calibration), SUB_BATCH)
    ]

    class Reader(CalibrationDataReader):  # type: ignore[misc,unused-ignore]
        def __init__(self) -> None:
            self._batches = iter(batches)

        def get_next(self) -> dict[str, Any] | None:
            return next(self._batches, None)

    out = work / "static-int8.onnx"
    quantize_static(
        str(fp32),
        str(out),
        Reader(),
        quant_format=QuantFormat.QDQ,
        activation_type=QuantType.QUInt8,
        weight_type=QuantType.QInt8,
        per_channel=True,
        op_types_to_quantize=["MatMul"],
        calibrate_method=CalibrationMethod.MinMax,
    )
    return out


def attention_int8(fp32: Path, work: Path) -> Path:
    return dynamic_int8(fp32, work / "attention-int8.onnx", MatMulConstBOnly=False)


def first_layers(layers: int, work: Path) -> Path:
    fp32 = work / f"first-{layers}-fp32.onnx"
    export_minilm_fp32(fp32, layers)
    out = work / f"first-{layers}-int8.onnx"
    quantize_int8(fp32, out)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=128, help="held-out texts timed")
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args(argv)
    rows = load_openai(DEFAULT_DATA)
    train, test = split(rows)
    texts = [rows[i].text for i in test][: args.rows]
    calibration = [rows[i].text for i in train][:CALIBRATION_TEXTS]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shares = kernel_time_by_operator(texts, work)
        fp32 = work / "fp32.onnx"
        export_minilm_fp32(fp32)
        builders: dict[str, Callable[[], Path]] = {
            "fused": lambda: fused(fp32, work),
            "static-int8": lambda: static_int8(fp32, work, calibration),
            "attention-int8": lambda: attention_int8(fp32, work),
            "first-5 layers": lambda: first_layers(5, work),
            "first-4 layers": lambda: first_layers(4, work),
        }
        encoders = {"shipped": MiniLMEncoder(MAX_SEQ_LENGTH, model=asset(MINILM_ONNX))}
        encoders |= {name: MiniLMEncoder(MAX_SEQ_LENGTH, model=b()) for name, b in builders.items()}
        encoders["window 96"] = MiniLMEncoder(96, model=asset(MINILM_ONNX))
        reference = MiniLMEncoder(MAX_SEQ_LENGTH, model=fp32).encode(texts[:64])
        cosines = {
            name: np.sum(reference * encoder.encode(texts[:64]), axis=1)
            for name, encoder in encoders.items()
            if not name.startswith("first")
        }
        rates: dict[str, list[float]] = {name: [] for name in encoders}
        for _ in range(args.passes):
            for name, encoder in encoders.items():
                start = time.thread_time()
                encoder.encode(texts)
                rates[name].append(len(texts) / (time.thread_time() - start))
    print("kernel time of the shipped file by operator type:")
    print(", ".join(f"{op} {share:.1%}" for op, share in shares if share >= 0.005))
    print()
    print("| export | items/s per core, median (passes) | cosine to fp32, worst / mean |")
    print("|---|---|---|")
    for name, values in rates.items():
        cells = ", ".join(f"{v:.0f}" for v in values)
        c = cosines.get(name)
        cos = "–" if c is None else f"{float(c.min()):.3f} / {float(c.mean()):.3f}"
        print(f"| {name} | {np.median(values):.0f} ({cells}) | {cos} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
