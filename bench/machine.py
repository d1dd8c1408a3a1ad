"""The CPU a figure was measured on, as far as the int8 encoders care.

onnxruntime's int8 kernels differ by instruction set: without VNNI, x86 multiplies uint8
activations by int8 weights in pairs summed into int16, which saturates with 8-bit weights.
Speed and, for files with 8-bit weights, scores move with it, so each figure says where it
was measured.
"""

from __future__ import annotations

import platform
from pathlib import Path

CPUINFO = Path("/proc/cpuinfo")


def cpu() -> str:
    """The CPU's model name and its int8 instruction set: `AMD EPYC, AVX2 without VNNI`."""
    name, flags = platform.processor() or platform.machine(), set[str]()
    if CPUINFO.is_file():
        for line in CPUINFO.read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "model name" and value.strip():
                name = value.strip()
            elif key.strip() in ("flags", "Features"):
                flags = set(value.split())
                break
    return f"{name}, {int8_set(flags)}"


def int8_set(flags: set[str]) -> str:
    if "avx512_vnni" in flags:
        return "AVX-512 VNNI"
    if "avx_vnni" in flags:
        return "AVX-VNNI"
    if "avx2" in flags:
        return "AVX2 without VNNI"
    return "no AVX2" if flags else "instruction set unknown"
