"""The embedded classifiers on a CPU without VNNI, emulated: QEMU's user-mode x86-64 emulator
with a Haswell CPU (AVX2; no VNNI, no AVX-512) runs this interpreter on the same files, so the
int8 kernel that saturates is tested whatever CPU runs the tests. There the kernel probe must
pick uint8 weights, and every classifier must give the scores it gives here.

`make test` unpacks the emulator from Debian's qemu-user-static package into .tools/bin."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from moderation.backends.local.assets import MINILM_SHORT_ONNX, asset
from moderation.backends.local.early_exit import EarlyExit
from moderation.backends.local.encoder import MiniLMEncoder
from moderation.backends.local.int8_kernel import UINT8
from moderation.backends.local.text import MiniLMClassifier
from training.multilingual.train import language_modules

ROOT = Path(__file__).resolve().parents[2]
QEMU = ROOT / ".tools" / "bin" / "qemu-x86_64-static"
REFERENCE = ROOT / "tests" / "data" / "minilm_int8_reference.json"
# Scores are probabilities: the int8 products give the same integers on both CPUs, the float
# ones are summed in another order by each CPU's kernels.
TOLERANCE = 1e-3

# Run in the emulated CPU: the kernel it picks, and each classifier's scores of the texts.
SCORE = """
import json, sys
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

# Run in the emulated CPU: the short English model with its int8 weights as shipped.
AS_SHIPPED = """
import json, sys
from moderation.backends.local.assets import MINILM_SHORT_ONNX, asset
from moderation.backends.local.encoder import MiniLMEncoder, cpu_session
encoder = MiniLMEncoder(model=asset(MINILM_SHORT_ONNX))
encoder._session = cpu_session(asset(MINILM_SHORT_ONNX), as_shipped=True)
json.dump(encoder.encode(json.loads(sys.stdin.read())).tolist(), sys.stdout)
"""


@pytest.fixture(scope="module")
def qemu() -> str:
    if platform.machine().lower() not in ("x86_64", "amd64"):
        pytest.skip("the emulator runs this interpreter only where it is an x86-64 binary")
    if not os.access(QEMU, os.X_OK):
        pytest.fail(
            "qemu-x86_64-static not found: `make test` unpacks it from Debian's "
            "qemu-user-static package (`make .tools/bin/qemu-x86_64-static`)",
            pytrace=False,
        )
    return str(QEMU)


def emulated(qemu: str, code: str, feed: Any) -> Any:
    """`code` run by this interpreter on an emulated Haswell, `feed` on its stdin as JSON."""
    # numpy's own AVX2 kernels off: under this emulator (QEMU 7.2) its AVX2 argsort returns
    # 64-bit integers out of order (16 random ones are enough), which the same numpy on a real
    # AVX2 CPU does not; what is tested here is onnxruntime's kernels.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NPY_DISABLE_CPU_FEATURES": "X86_V3"}
    done = subprocess.run(
        [qemu, "-cpu", "Haswell", sys.executable, "-c", code],
        check=False,
        input=json.dumps(feed),
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def texts() -> dict[str, list[str]]:
    """English lines short and long (both English paths); other languages' held-out lines,
    hateful and harmless."""
    english = json.loads(REFERENCE.read_text(encoding="utf-8"))["texts"]
    other = [
        text
        for m in language_modules().values()
        for text in [t for *_, t in m.FUNCTIONAL_HELDOUT2[::90]]
        + [t for _, t in m.EVERYDAY_HELDOUT2[::40]]
    ]
    return {"english": english, "other": other}


def farthest(a: list[dict[str, float]], b: list[dict[str, float]]) -> float:
    assert len(a) == len(b) and all(x.keys() == y.keys() for x, y in zip(a, b, strict=True))
    return max(abs(x[k] - y[k]) for x, y in zip(a, b, strict=True) for k in x)


def test_a_cpu_without_vnni_runs_uint8_weights_and_gives_the_scores_given_here(
    qemu: str,
) -> None:
    feed = texts()
    assert any(len(t) > 200 for t in feed["english"])  # the long-text path too
    there = emulated(qemu, SCORE, feed)
    assert there["exact"] is False  # the emulated CPU sums int8 pairs in int16
    assert there["kernel"] == UINT8
    here_english = MiniLMClassifier().score(feed["english"])
    here_other = EarlyExit().score(feed["other"])
    assert farthest(here_english, there["english"]) < TOLERANCE
    assert farthest(here_other, there["other"]) < TOLERANCE


def test_the_english_int8_file_as_shipped_gives_other_embeddings_there(qemu: str) -> None:
    """Why the rewrite: without it the emulated CPU's saturating kernel moves the embeddings
    far past the tolerance the scores are held to."""
    english = texts()["english"]
    here = MiniLMEncoder(model=asset(MINILM_SHORT_ONNX)).encode(english)
    there = np.array(emulated(qemu, AS_SHIPPED, english))
    assert np.abs(here - there).max() > 10 * TOLERANCE
