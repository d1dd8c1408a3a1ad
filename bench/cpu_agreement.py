"""Whether a CPU without VNNI gives the embedded classifiers' scores this CPU gives.

    python -m bench.cpu_agreement [--per-language 60] [--english 400] [--disable-fusion NAME]
                                  [--save]

Two replicas on different CPUs should give a text the same verdict. The int8 matrix products
give the same integers on every x86 CPU (int8_kernel.py), but the float operations between
them (layer norms, softmax, GELU) are vectorised differently on AVX2 and AVX-512, and each
layer's dynamic int8 quantisation can round a value that differs in its last bit the other
way. This scores the same texts here and on an emulated Haswell (QEMU user mode: AVX2, no
VNNI, no AVX-512; `make .tools/bin/qemu-x86_64-static`) and counts the scores apart by more
than 1e-3 and the verdicts (the default policy's review thresholds) that differ. English: the
public OpenAI moderation rows (long texts: the cascade) and the everyday and functional
held-out lines (short texts); other languages: each language's second held-out parts.
`--disable-fusion` turns off one of onnxruntime's graph fusions in both processes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bench.machine import cpu
from bench.results import record
from moderation.backends.local.early_exit import flag_scale
from moderation.policy import default_policy
from training.multilingual.train import language_modules

ROOT = Path(__file__).resolve().parents[1]
QEMU = ROOT / ".tools" / "bin" / "qemu-x86_64-static"
SAMPLES = ROOT.parent / "shared" / "data" / "openai-moderation" / "samples-1680.jsonl.gz"
DATA = ROOT / "training" / "data"
FAMILY = "Embedded classifiers: the same scores on a CPU without VNNI"
TOLERANCE = 1e-3

# Run here and, emulated, there: the kernel picked and each classifier's scores of the texts
# on stdin; argv[1], if given, the onnxruntime fusions to disable (a JSON list).
SCORE = """
import json, sys
import onnxruntime as ort
disabled = json.loads(sys.argv[1]) if len(sys.argv) > 1 else []
if disabled:
    plain = ort.InferenceSession
    def session(*args, **kwargs):
        kwargs.setdefault("disabled_optimizers", disabled)
        return plain(*args, **kwargs)
    ort.InferenceSession = session
from moderation.backends.local.early_exit import EarlyExit
from moderation.backends.local.int8_kernel import exact_kernel, int8_sums_exactly
from moderation.backends.local.text import MiniLMClassifier
texts = json.loads(sys.stdin.read())
json.dump({
    "exact": int8_sums_exactly(),
    "kernel": exact_kernel(),
    "english": MiniLMClassifier().score(texts["english"]),
    "other": EarlyExit().score(texts["other"]),
}, sys.stdout)
"""


def texts(per_language: int, english: int) -> dict[str, list[str]]:
    with gzip.open(SAMPLES, "rt", encoding="utf-8") as f:
        public = [json.loads(line)["prompt"] for line in f][:english]
    lines = [
        json.loads(line)["text"]
        for name in ("everyday_heldout.jsonl", "hate_functional_heldout4.jsonl")
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()[::3]
    ]
    other: list[str] = []
    for m in language_modules().values():
        part = [t for *_, t in m.FUNCTIONAL_HELDOUT2] + [t for _, t in m.EVERYDAY_HELDOUT2]
        step = max(1, len(part) // per_language)
        other += part[::step][:per_language]
    return {"english": public + lines, "other": other}


def run(
    code: str,
    args: Sequence[str] = (),
    stdin: str = "",
    emulated: bool = False,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    """`code` run by this interpreter, here or on an emulated Haswell."""
    command = [sys.executable, "-c", code, *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if emulated:
        command = [str(QEMU), "-cpu", "Haswell", *command]
        # numpy's own AVX2 kernels off: under QEMU 7.2 its AVX2 argsort returns 64-bit
        # integers out of order (16 random ones are enough), which the same numpy on a real
        # AVX2 CPU does not; what is measured is onnxruntime's kernels.
        env["NPY_DISABLE_CPU_FEATURES"] = "X86_V3"
    return subprocess.run(
        command,
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )


def scores(feed: dict[str, list[str]], disabled: list[str], emulated: bool) -> dict[str, Any]:
    done = run(SCORE, [json.dumps(disabled)], json.dumps(feed), emulated)
    if done.returncode:
        raise SystemExit(done.stderr[-3000:])
    out: dict[str, Any] = json.loads(done.stdout)
    return out


def flagged(rows: Sequence[Mapping[str, float]]) -> npt.NDArray[np.bool_]:
    """Whether each text is flagged: some category at its review threshold, default policy."""
    policy = default_policy()
    matrix = np.array([[r.get(c, 0.0) for c in policy.category_names] for r in rows])
    out: npt.NDArray[np.bool_] = flag_scale(matrix, policy) >= 0.5
    return out


def compare(here: list[dict[str, float]], there: list[dict[str, float]]) -> dict[str, Any]:
    names = default_policy().category_names
    a, b = ([[r.get(c, 0.0) for c in names] for r in rows] for rows in (here, there))
    apart = np.abs(np.array(a) - np.array(b)).max(axis=1)
    flags_a, flags_b = flagged(here), flagged(there)
    return {
        "texts": len(here),
        "identical": int((apart == 0).sum()),
        "apart": int((apart > TOLERANCE).sum()),
        "max": float(apart.max()),
        "flagged": int(flags_a.sum()),
        "verdicts_differ": int((flags_a != flags_b).sum()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, default=60)
    parser.add_argument("--english", type=int, default=400)
    parser.add_argument("--disable-fusion", action="append", default=[])
    parser.add_argument("--save", action="store_true")
    args = parser.parse_args()
    if not os.access(QEMU, os.X_OK):
        raise SystemExit(f"{QEMU} not found: make .tools/bin/qemu-x86_64-static")
    feed = texts(args.per_language, args.english)
    here = scores(feed, args.disable_fusion, emulated=False)
    there = scores(feed, args.disable_fusion, emulated=True)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = "python -m bench.cpu_agreement" + "".join(
        f" --disable-fusion {n}" for n in args.disable_fusion
    )
    lines = [
        f"## {FAMILY} — {when}",
        "",
        f"`{command} --per-language {args.per_language} --english {args.english}`: the shipped "
        f"classifiers here ({cpu()}, int8 kernel {here['kernel']}) and on an emulated Haswell "
        f"(QEMU 7.2 user mode, int8 kernel {there['kernel']}; 2 = uint8, 3 = int8); "
        f"fusions disabled: {', '.join(args.disable_fusion) or 'none'}. A score is apart "
        f"when it differs by more than {TOLERANCE}; a verdict is flagged when some category "
        "reaches its review threshold under the default policy.",
        "",
        "| texts | n | identical | apart | largest difference | flagged here "
        "| verdicts that differ |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in ("english", "other"):
        c = compare(here[name], there[name])
        label = "English" if name == "english" else "other languages"
        lines.append(
            f"| {label} | {c['texts']} | {c['identical']} | {c['apart']} | {c['max']:.2e} "
            f"| {c['flagged']} | {c['verdicts_differ']} |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    if args.save:
        record(text, FAMILY)


if __name__ == "__main__":
    main()
