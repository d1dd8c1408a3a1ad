"""Every int8 model on the exact kernel for this CPU: int8 weights where VNNI sums them exactly
(the shipped uint8 file's outputs bit for bit), uint8 weights on other x86 CPUs, whose int8
kernel saturates, and the file as shipped elsewhere."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from moderation.backends.local.assets import ASSETS_DIR, MINILM_ONNX, MINILM_SHORT_ONNX, asset
from moderation.backends.local.early_exit import DEEP_DIR
from moderation.backends.local.encoder import MiniLMEncoder, cpu_session
from moderation.backends.local.int8_kernel import (
    INT8,
    UINT8,
    _schema,
    exact_kernel,
    exact_session,
    int8_sums_exactly,
    load_on_cpu,
    probe_model,
    probe_operands,
    weights_as,
)
from moderation.backends.local.multilingual import CUT_ONNX, CutEncoder, PieceTokenizer
from training.multilingual.train import language_modules

DEEP_CUT = ASSETS_DIR / DEEP_DIR / CUT_ONNX
INT8_REFERENCE = Path(__file__).resolve().parents[1] / "data" / "minilm_int8_reference.json"


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
    rewritten = weights_as(shipped, INT8)
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


def test_the_rewrite_turns_int8_weights_into_uint8_plus_128_and_back() -> None:
    shipped = asset(MINILM_ONNX).read_bytes()
    assert weights_as(shipped, INT8) is None  # nothing to do
    unsigned = weights_as(shipped, UINT8)
    assert unsigned is not None
    before, after = initializers(shipped), initializers(unsigned)
    changed = [n for n in before if before[n].data_type != after[n].data_type]
    assert len(changed) == 72  # six layers, six products each, weight and zero points
    assert all(np.array_equal(values(after[n]), values(before[n]) + 128) for n in changed)
    back = weights_as(unsigned, INT8)
    assert back is not None
    assert all(np.array_equal(values(t), values(before[n])) for n, t in initializers(back).items())


@pytest.mark.parametrize(
    ("exact", "machine", "kind"),
    [
        (True, "x86_64", INT8),  # VNNI: int8 products summed in int32
        (True, "AMD64", INT8),
        (False, "x86_64", UINT8),  # int8 pairs summed in int16: saturates
        (True, "aarch64", None),  # another kernel family: run as shipped
    ],
)
def test_x86_runs_int8_weights_where_its_int8_kernel_is_exact_else_uint8(
    exact: bool, machine: str, kind: int | None
) -> None:
    assert exact_kernel(machine, lambda: exact) == kind


def exact_product() -> np.ndarray:
    a, b = probe_operands()
    return a.astype(np.int32) @ b.astype(np.int32)


def test_the_kernel_probe_overflows_int16_in_pairs_of_products() -> None:
    """So a saturating kernel cannot give the exact product on it."""
    a, b = probe_operands()
    pairs = a[:, None, 0::2].astype(np.int32) * b.T[None, :, 0::2] + (
        a[:, None, 1::2].astype(np.int32) * b.T[None, :, 1::2]
    )
    assert pairs.max() > 32767 and pairs.min() < -32768
    saturated = np.clip(pairs, -32768, 32767).sum(axis=2)
    assert not np.array_equal(saturated, exact_product())


def test_the_kernel_probes_uint8_twin_gives_the_exact_product_on_every_cpu() -> None:
    """The model and its expected result are right: the uint8 kernel sums exactly anywhere."""
    a, b = probe_operands()
    twin = weights_as(probe_model(b), UINT8)
    assert twin is not None
    assert np.array_equal(load_on_cpu(twin).run(None, {"A": a})[0], exact_product())


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


def test_this_cpu_runs_the_uint8_cut_with_int8_weights_if_and_only_if_it_has_vnni() -> None:
    """With VNNI, the rewritten model (it passed the probes); without, the shipped file."""
    shipped = asset(CUT_ONNX).read_bytes()
    load = Recording()
    session = exact_session(asset(CUT_ONNX), load)
    want = weights_as(shipped, INT8) if exact_kernel() == INT8 else shipped
    assert load.source[id(session)] == want


@pytest.mark.parametrize("kind", [UINT8, None])
def test_without_vnni_or_off_x86_the_uint8_cut_runs_as_shipped(kind: int | None) -> None:
    load = Recording()
    exact_session(asset(CUT_ONNX), load, lambda: kind)
    assert load.loaded == [asset(CUT_ONNX).read_bytes()]


def test_without_vnni_an_int8_model_runs_with_uint8_weights() -> None:
    load = Recording()
    session = exact_session(asset(MINILM_ONNX), load, lambda: UINT8)
    assert load.loaded == [weights_as(asset(MINILM_ONNX).read_bytes(), UINT8)]
    assert load.source[id(session)] == load.loaded[0]


def test_a_rewrite_that_changes_any_output_is_not_used(caplog: pytest.LogCaptureFixture) -> None:
    load = Recording(differ=True)
    with caplog.at_level(logging.WARNING):
        session = exact_session(asset(CUT_ONNX), load, lambda: INT8)
    assert len(load.loaded) == 2
    assert load.source[id(session)] == asset(CUT_ONNX).read_bytes()
    assert "other outputs" in caplog.text


@pytest.mark.parametrize("onnx", [asset(CUT_ONNX), DEEP_CUT], ids=["four-layer", "six-layer"])
def test_where_the_int8_kernel_saturates_the_probes_refuse_either_cuts_int8_rewrite(
    onnx: Path,
) -> None:
    """The check behind a wrong kernel choice, on a kernel that really saturates (a CPU
    without VNNI; tests/integration/test_emulated_cpu.py runs it on one)."""
    if exact_kernel() != UINT8:
        pytest.skip("this CPU's int8 kernel is exact (or not x86): nothing saturates")
    load = Recording()
    session = exact_session(onnx, load, lambda: INT8)
    assert len(load.loaded) == 2  # the rewrite was built and compared
    assert load.source[id(session)] == onnx.read_bytes()


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
    shipped._session = cpu_session(onnx, as_shipped=True)
    (a, states_a), (b, states_b) = fast.encode(pieces), shipped.encode(pieces)
    assert np.array_equal(a, b)
    assert all(np.array_equal(x, y) for x, y in zip(states_a, states_b, strict=True))


ENGLISH = (MINILM_ONNX, MINILM_SHORT_ONNX)


def test_every_x86_cpu_gives_the_english_encoders_embeddings_recorded_with_vnni() -> None:
    """The English files ship int8 weights, which CPUs without VNNI saturate: there they run
    with uint8 weights, and give what a CPU with VNNI gives, to the reference's five decimals,
    for most texts. Not all: the float operations between the int8 products are vectorised
    differently on each CPU, and a last-bit difference can round the other way in the next
    layer's quantisation (one of these texts moves by 0.007 on an emulated CPU without VNNI,
    tests/integration/test_emulated_cpu.py). A saturating kernel moves every text."""
    if exact_kernel() is None:
        pytest.skip("off x86 the files run as shipped, on other kernels")
    ref = json.loads(INT8_REFERENCE.read_text(encoding="utf-8"))
    for name in ENGLISH:
        got = MiniLMEncoder(model=asset(name)).encode(ref["texts"])
        same = (np.abs(got - np.array(ref[name])) <= 1e-5).all(axis=1)
        assert same.mean() >= 0.9, name


@pytest.mark.parametrize("name", ENGLISH)
def test_the_english_int8_files_give_their_uint8_twins_outputs_where_the_probe_says_exact(
    name: str,
) -> None:
    """What lets a CPU without VNNI give the recorded embeddings: the rewrite itself changes
    nothing where both kernels sum exactly. And the kernel probe tells the two kinds of CPU
    apart as the real files do: where it finds the int8 kernel inexact, they differ."""
    shipped = asset(name).read_bytes()
    unsigned = weights_as(shipped, UINT8)
    assert unsigned is not None
    encoder = MiniLMEncoder(model=asset(name))
    feed = encoder.inputs(json.loads(INT8_REFERENCE.read_text(encoding="utf-8"))["texts"][:8])
    a, b = load_on_cpu(shipped).run(None, feed), load_on_cpu(unsigned).run(None, feed)
    same = all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    assert same == int8_sums_exactly()
