"""Where a short text's time goes on the multilingual embedded path, and what bounds it.

    python -m bench.encoder_ops [--lines 256] [--calls 2000] [--save]

The service aims at 500 short texts a second a core on the embedded path. This measures, on
this CPU, one onnxruntime thread: the shipped classifier's texts per CPU-second (the early
exit as the service runs it, batches of 16, median of five passes, against the same with its
cuts' uint8 weights as shipped, the baseline the exact int8 kernel is measured against) on
every language's everyday lines of the second held-out parts; the four-layer cut's time per
call (one text per call, as the service calls it) at these lines' median length in pieces,
split by operator type with onnxruntime's own profiler; and the arithmetic a call holds
(multiply-adds of its matrix products), so the rate it reaches can be set against what the
goal would need.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from bench.eval_multilingual import throughput
from bench.machine import cpu
from bench.results import record
from moderation.backends.local.assets import asset
from moderation.backends.local.early_exit import EarlyExit
from moderation.backends.local.encoder import cpu_session
from moderation.backends.local.int8_kernel import exact_session
from moderation.backends.local.multilingual import CUT_ONNX, CUT_PIECES, PieceTokenizer
from training.multilingual.cut import LAYERS  # the shipped cut's
from training.multilingual.train import language_modules

FAMILY = "Multilingual embedded model: where a short text's time goes"
GOAL = 500.0  # short texts a second a core


def everyday_lines(limit: int) -> list[str]:
    """The second held-out parts' everyday lines, every language in turn."""
    parts = [[t for _, t in m.EVERYDAY_HELDOUT2] for m in language_modules().values()]
    mixed = [line for group in zip(*parts, strict=False) for line in group]
    return mixed[:limit]


def layer_macs(pieces: int, dim: int = 384, ffn: int = 1536) -> int:
    """Multiply-adds of one e5 layer's matrix products for a text of `pieces` positions:
    four projections, attention's two products, the feed-forward pair."""
    return pieces * (4 * dim * dim + 2 * dim * ffn) + 2 * pieces * pieces * dim


def profile_cut(pieces: int, calls: int) -> tuple[float, list[tuple[str, int, float]]]:
    """ms per call of the shipped cut at `pieces` positions (CPU time of the thread), and per
    operator type, from a second session with onnxruntime's profiler on: how many nodes a
    call runs and its share of the kernels' time."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.enable_profiling = True
    opts.profile_file_prefix = f"/tmp/encoder-ops-{os.getpid()}"
    x = np.random.default_rng(0).standard_normal((1, pieces, 384)).astype(np.float32)
    timed = cpu_session(asset(CUT_ONNX), 1)  # as the service runs it: the profiler costs time
    for _ in range(50):
        timed.run(None, {"vectors": x})
    start = time.thread_time()
    for _ in range(calls):
        timed.run(None, {"vectors": x})
    per_call = (time.thread_time() - start) / calls * 1000
    session = exact_session(
        asset(CUT_ONNX),
        lambda data: ort.InferenceSession(data, opts, providers=["CPUExecutionProvider"]),
    )
    for _ in range(calls + 50):
        session.run(None, {"vectors": x})
    trace = Path(session.end_profiling())
    spent: collections.Counter[str] = collections.Counter()
    nodes: collections.Counter[str] = collections.Counter()
    for event in json.loads(trace.read_text(encoding="utf-8")):
        if event.get("cat") == "Node" and event["name"].endswith("_kernel_time"):
            spent[event["args"]["op_name"]] += event["dur"]
            nodes[event["args"]["op_name"]] += 1
    trace.unlink()
    total = sum(spent.values()) or 1
    ops = [(op, nodes[op] // (calls + 50), spent[op] / total) for op, _ in spent.most_common()]
    return per_call, ops


def interleaved(lines: Sequence[str], passes: int = 5) -> tuple[float, float]:
    """Short texts/s a core of the shipped early exit as the service runs it (each cut on
    this CPU's exact int8 kernel, int8_kernel.py) and with the files' own uint8 weights:
    the same outputs on x86; median of `passes` passes each, taken in turn."""
    run, shipped = EarlyExit(), EarlyExit()
    for model in (shipped.first, shipped.deep):
        model.encoder.run_as_shipped()
    rates: tuple[list[float], list[float]] = ([], [])
    for _ in range(passes):
        for clf, out in zip((run, shipped), rates, strict=True):
            out.append(throughput(clf, lines, passes=1))
    return float(np.median(rates[0])), float(np.median(rates[1]))


def run(lines: Sequence[str], calls: int) -> str:
    tokenizer = PieceTokenizer()
    lengths = [min(len(p.rows), CUT_PIECES) + 2 for p in tokenizer.pieces(list(lines))]
    median = int(np.median(lengths))
    rate, shipped_rate = interleaved(lines)
    per_call, ops = profile_cut(median, calls)
    macs = LAYERS * layer_macs(median)
    matmul = sum(share for op, _, share in ops if "MatMul" in op)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        f"## {FAMILY} — {when}",
        "",
        f"`python -m bench.encoder_ops --lines {len(lines)} --calls {calls}` on {cpu()}, one "
        "onnxruntime thread. The shipped early exit's short texts per CPU-second (batches of "
        "16, median of five passes, taken in turn with the same model on its files' uint8 "
        "weights as shipped, which x86 CPUs compute the same outputs with: "
        f"`int8_kernel.py`) on {len(lines)} everyday lines of the second held-out "
        f"parts (every language; median {median} pieces with <s> and </s>, mean "
        f"{np.mean(lengths):.1f}); then the four-layer cut alone, {calls} calls of one text at "
        "that length, by the thread's CPU time, split by operator type with onnxruntime's "
        "profiler (share of the kernels' time).",
        "",
        "| figure | value |",
        "|---|---|",
        f"| shipped classifier, short texts/s a core | {rate:.0f} (goal {GOAL:.0f}) |",
        f"| the same, the cuts' uint8 weights as shipped | {shipped_rate:.0f} |",
        f"| four-layer cut, ms a call at {median} pieces | {per_call:.2f} "
        f"({1000 / per_call:.0f} calls/s) |",
        f"| its matrix products: multiply-adds a call | {macs / 1e6:.0f} M |",
        f"| reached by the cut | {macs / per_call / 1e6:.1f} G multiply-adds/s |",
        f"| matrix-product kernels' share of the cut's time | {matmul:.0%} |",
        "",
        "| operator | nodes a call | share of the cut's time |",
        "|---|---|---|",
        *(f"| {op} | {n} | {share:.1%} |" for op, n, share in ops if share >= 0.005),
        "",
        f"Reading: at {1000 / per_call:.0f} calls/s the {LAYERS} layers alone are "
        f"{'under' if 1000 / per_call < GOAL else 'over'} the goal of {GOAL:.0f} a second, "
        "before the tokenizer, n-grams, heads and the early exit's second model, which the "
        f"goal leaves {1000 / GOAL:.1f} ms a text for in all.",
    ]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, default=256)
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--save", action="store_true", help="record the run in bench/RESULTS.md")
    args = ap.parse_args(argv)
    section = run(everyday_lines(args.lines), args.calls)
    print(section)
    if args.save:
        record(section, FAMILY)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
