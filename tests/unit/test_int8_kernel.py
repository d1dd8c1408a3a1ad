"""The multilingual cuts on the fastest exact int8 kernel: int8 weights where the CPU sums them
exactly, the shipped uint8 file's outputs bit for bit, and the shipped file everywhere else."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from moderation.backends.local.assets import ASSETS_DIR, MINILM_ONNX, asset
from moderation.backends.local.early_exit import DEEP_DIR
from moderation.backends.local.encoder import cpu_session
from moderation.backends.local.int8_kernel import (
    INT8,
    UINT8,
    _schema,
    cpu_flags,
    fastest_exact,
    int8_weights,
    sums_int8_exactly,
)
from moderation.backends.local.multilingual import CUT_ONNX, CutEncoder, PieceTokenizer
from training.multilingual.train import language_modules

DEEP_CUT = ASSETS_DIR / DEEP_DIR / CUT_ONNX


def initializers(model: bytes) -> dict[str, Any]:
    parsed: Any = _schema()["Model"].FromString(model)
    return {t.name: t for t in parsed.graph.initializer}


def values(tensor: Any) -> np.ndarray:
    kind = np.uint8 if tensor.data_type == UINT8 else np.int8
    if tensor.raw_data:
        return np.frombuffer(tensor.raw_data, dtype=kind).astype(np.int32)
    return np.asarray(tensor.int32_data, dtype=np.int32)


def test_the_rewrite_turns_each_uint8_weight_and_zero_point_into_int8_less_128() -> None:
    shipped = asset(CUT_ONNX).read_bytes()
    rewritten = int8_weights(shipped)
    assert rewritten is not None
    before, after = initializers(shipped), initializers(rewritten)
    assert before.keys() == after.keys()
    changed = [n for n in before if before[n].data_type != after[n].data_type]
    # four layers of six matrix products: each weight and its zero points
    assert len(changed) == 48
    for name in before:
        old, new = before[name], after[name]
        if name in changed:
            assert (old.data_type, new.data_type) == (UINT8, INT8)
            assert np.array_equal(values(new), values(old) - 128)
        else:
            assert old.SerializeToString() == new.SerializeToString()
    assert not any(t.data_type == UINT8 for t in after.values())


def test_a_model_with_int8_weights_already_is_left_alone() -> None:
    assert int8_weights(asset(MINILM_ONNX).read_bytes()) is None


def test_cpu_flags_are_read_from_cpuinfo(tmp_path: Path) -> None:
    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 avx512_vnni\n\nprocessor\t: 1\n")
    assert cpu_flags(info) == {"fpu", "sse", "avx2", "avx512_vnni"}
    assert cpu_flags(tmp_path / "missing") == frozenset()


@pytest.mark.parametrize(
    ("flags", "machine", "exact"),
    [
        ({"avx2", "avx512_vnni"}, "x86_64", True),
        ({"avx2", "avx_vnni"}, "AMD64", True),
        ({"avx2", "fma"}, "x86_64", False),  # int8 pairs summed in int16: saturates
        ({"avx512_vnni"}, "aarch64", False),  # another kernel family: run as shipped
    ],
)
def test_only_x86_with_vnni_runs_int8_weights(flags: set[str], machine: str, exact: bool) -> None:
    assert sums_int8_exactly(frozenset(flags), machine) is exact


class Recording:
    """Loads real sessions and remembers which model bytes each came from."""

    def __init__(self, differ: bool = False) -> None:
        self.loaded: list[bytes] = []
        self.source: dict[int, bytes] = {}
        self.differ = differ

    def __call__(self, data: bytes) -> Any:
        import onnxruntime as ort

        session: Any = ort.InferenceSession(data, providers=["CPUExecutionProvider"])
        self.loaded.append(data)
        if self.differ and len(self.loaded) > 1:
            session = Skewed(session)
        self.source[id(session)] = data
        return session


class Skewed:
    """A session whose outputs are off by one part in a million: a kernel that rounds apart."""

    def __init__(self, session: Any) -> None:
        self.session = session

    def get_inputs(self) -> Any:
        return self.session.get_inputs()

    def run(self, names: Any, feed: Any) -> list[np.ndarray]:
        return [x * np.float32(1 + 1e-6) for x in self.session.run(names, feed)]


def test_this_cpu_runs_int8_weights_if_and_only_if_it_sums_them_exactly() -> None:
    """With VNNI, the rewritten model (it passed the probes); without, the shipped file."""
    shipped = asset(CUT_ONNX).read_bytes()
    load = Recording()
    session = fastest_exact(asset(CUT_ONNX), load)
    want = int8_weights(shipped) if sums_int8_exactly() else shipped
    assert load.source[id(session)] == want


def test_another_cpu_runs_the_shipped_file_without_trying_the_rewrite() -> None:
    load = Recording()
    fastest_exact(asset(CUT_ONNX), load, exact=False)
    assert load.loaded == [asset(CUT_ONNX).read_bytes()]


def test_a_rewrite_that_changes_any_output_is_not_used(caplog: pytest.LogCaptureFixture) -> None:
    load = Recording(differ=True)
    with caplog.at_level(logging.WARNING):
        session = fastest_exact(asset(CUT_ONNX), load, exact=True)
    assert len(load.loaded) == 2
    assert load.source[id(session)] == asset(CUT_ONNX).read_bytes()
    assert "other outputs" in caplog.text


@pytest.mark.parametrize("onnx", [asset(CUT_ONNX), DEEP_CUT], ids=["four-layer", "six-layer"])
def test_the_session_this_cpu_runs_gives_the_shipped_files_outputs_bit_for_bit(
    onnx: Path,
) -> None:
    """On real texts of every language, embeddings and piece states alike. On a CPU with VNNI
    this compares int8 weights with the shipped uint8 ones; elsewhere both are the file."""
    texts = [
        text
        for m in language_modules().values()
        for text in [t for *_, t in m.FUNCTIONAL_HELDOUT2[::40]]
        + [t for _, t in m.EVERYDAY_HELDOUT2]
    ]
    pieces = PieceTokenizer().pieces(texts)
    fast = CutEncoder(onnx.parent)
    shipped = CutEncoder(onnx.parent, blocks=fast.blocks)
    shipped._session = cpu_session(onnx, exact_int8=False)
    (a, states_a), (b, states_b) = fast.encode(pieces), shipped.encode(pieces)
    assert np.array_equal(a, b)
    assert all(np.array_equal(x, y) for x, y in zip(states_a, states_b, strict=True))
