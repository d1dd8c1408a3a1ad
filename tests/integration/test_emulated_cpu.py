"""The embedded classifiers on a CPU without VNNI, emulated: QEMU's user-mode x86-64 emulator
with a Haswell CPU (AVX2; no VNNI, no AVX-512) runs this interpreter on the same files, so the
int8 kernel that saturates is tested whatever CPU runs the tests. There the kernel probe must
pick uint8 weights, and the classifiers must give the verdicts they give here.

The int8 products give the same integers on both CPUs; the float operations between them are
vectorised differently, and a value that differs in its last bit can round the other way in
the next layer's int8 quantisation. So most texts' embeddings are the same bit for bit, a few
move by up to 0.02 (`python -m bench.cpu_agreement`, bench/RESULTS.md); a saturating kernel
moves nearly every text.

`make test` unpacks the emulator from Debian's qemu-user-static package into .tools/bin."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bench.cpu_agreement import QEMU, SCORE, flagged, run
from moderation.backends.local.assets import MINILM_ONNX, MINILM_SHORT_ONNX, asset
from moderation.backends.local.early_exit import EarlyExit
from moderation.backends.local.encoder import MiniLMEncoder
from moderation.backends.local.int8_kernel import UINT8
from moderation.backends.local.text import MiniLMClassifier
from training.multilingual.train import language_modules

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "tests" / "data" / "minilm_int8_reference.json"
TOLERANCE = 1e-3  # of a score, a probability
MOST = 0.9  # of the texts
EMULATED_SECONDS = 900

# Run in the emulated CPU: each English file's embeddings, on this CPU's kernel and as shipped.
EMBED = """
import json, sys
from moderation.backends.local.assets import MINILM_ONNX, MINILM_SHORT_ONNX, asset
from moderation.backends.local.encoder import MiniLMEncoder, cpu_session
texts, out = json.loads(sys.stdin.read()), {}
for name in (MINILM_ONNX, MINILM_SHORT_ONNX):
    encoder = MiniLMEncoder(model=asset(name))
    out[name] = encoder.encode(texts).tolist()
    encoder._session = cpu_session(asset(name), as_shipped=True)
    out[name + " as shipped"] = encoder.encode(texts).tolist()
json.dump(out, sys.stdout)
"""


@pytest.fixture(scope="module", autouse=True)
def qemu() -> None:
    """The emulator, or the reason the test cannot run."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        pytest.skip("the emulator runs this interpreter only where it is an x86-64 binary")
    if not os.access(QEMU, os.X_OK):
        pytest.fail(
            "qemu-x86_64-static not found: `make test` unpacks it from Debian's "
            "qemu-user-static package (`make .tools/bin/qemu-x86_64-static`)",
            pytrace=False,
        )


def emulated(code: str, feed: Any) -> Any:
    """What `code` writes as JSON, run emulated with `feed` on its stdin as JSON."""
    done = run(code, stdin=json.dumps(feed), emulated=True, timeout=EMULATED_SECONDS)
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


def share_within(a: list[dict[str, float]], b: list[dict[str, float]]) -> float:
    """The share of texts whose every score differs by at most TOLERANCE."""
    pairs = list(zip(a, b, strict=True))
    assert all(x.keys() == y.keys() for x, y in pairs)
    return float(np.mean([max(abs(x[k] - y[k]) for k in x) <= TOLERANCE for x, y in pairs]))


def test_a_cpu_without_vnni_runs_uint8_weights_and_gives_the_verdicts_given_here() -> None:
    feed = texts()
    assert any(len(t) > 200 for t in feed["english"])  # the long-text path too
    there = emulated(SCORE, feed)
    assert there["exact"] is False  # the emulated CPU sums int8 pairs in int16
    assert there["kernel"] == UINT8
    here = {
        "english": MiniLMClassifier().score(feed["english"]),
        "other": EarlyExit().score(feed["other"]),
    }
    for group in ("english", "other"):
        assert list(flagged(here[group])) == list(flagged(there[group])), group
        assert flagged(here[group]).any(), group  # some are flagged: the check can fail
        assert share_within(here[group], there[group]) >= MOST, group


def test_there_the_rewrite_gives_most_english_embeddings_bit_for_bit_as_shipped_few() -> None:
    """Why the rewrite: the emulated CPU's saturating int8 kernel moves nearly every text."""
    english = texts()["english"]
    there = emulated(EMBED, english)
    for name in (MINILM_ONNX, MINILM_SHORT_ONNX):
        here = MiniLMEncoder(model=asset(name)).encode(english)
        same = (here == np.array(there[name])).all(axis=1).mean()
        same_as_shipped = (here == np.array(there[name + " as shipped"])).all(axis=1).mean()
        assert same >= MOST, name
        assert same_as_shipped < 0.5, name


# The unit tests that hold whatever CPU runs them to its own kernel: on the emulated one, they
# take the branch a CPU without VNNI takes.
KERNEL_TESTS = [
    "test_the_kernel_probes_uint8_twin_gives_the_exact_product_on_every_cpu",
    "test_this_cpu_runs_the_uint8_cut_with_int8_weights_if_and_only_if_it_has_vnni",
    "test_every_x86_cpu_gives_the_english_encoders_embeddings_recorded_with_vnni",
    "test_the_english_int8_files_give_their_uint8_twins_outputs_where_the_probe_says_exact",
    "test_where_the_int8_kernel_saturates_the_probes_refuse_either_cuts_int8_rewrite",
]


def test_the_int8_kernel_unit_tests_pass_on_the_emulated_cpu() -> None:
    code = f"""
import sys, pytest
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "tests/unit/test_int8_kernel.py",
                      "-k", {" or ".join(KERNEL_TESTS)!r}]))
"""
    done = run(code, emulated=True, timeout=EMULATED_SECONDS)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "7 passed" in done.stdout and "skipped" not in done.stdout, done.stdout[-500:]
