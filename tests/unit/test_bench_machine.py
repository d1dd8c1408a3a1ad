"""The CPU's int8 instruction set, as the figures name it."""

from __future__ import annotations

from bench.machine import int8_set


def test_vnni_is_named_before_the_avx2_it_implies() -> None:
    assert int8_set({"avx2", "avx512f", "avx512_vnni"}) == "AVX-512 VNNI"
    assert int8_set({"avx2", "avx_vnni"}) == "AVX-VNNI"
    assert int8_set({"sse4_2", "avx2", "fma"}) == "AVX2 without VNNI"
    assert int8_set({"sse4_2"}) == "no AVX2"
    assert int8_set(set()) == "instruction set unknown"
