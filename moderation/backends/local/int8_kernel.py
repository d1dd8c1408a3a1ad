"""The fastest exact int8 kernel for this CPU: a uint8-weight model run with int8 weights where
the CPU sums int8 products exactly.

The multilingual cuts ship with uint8 weights because onnxruntime multiplies them by the uint8
activations in a kernel that widens both to int16 first, so every x86 CPU computes the same
integers. On CPUs with VNNI (AVX-512 VNNI or AVX-VNNI) that kernel forgoes the fast one, which
multiplies uint8 activations by int8 weights and sums into int32, without saturating. There a
weight w with zero point z is the same as int8 weight w - 128 with zero point z - 128: every
product (a - za)(w - z) is unchanged, so the matrix products give the same integers and the
model the same outputs, bit for bit, about 1.8 times faster. Elsewhere (x86 without VNNI, whose
int8 kernel sums pairs in int16 and saturates; other architectures) the file runs as shipped.

The rewrite needs no onnx package: the few fields it touches are read and written with a
minimal schema of ONNX's protobuf messages, and every other field is kept as it was read.
Before a rewritten model is used, it must give the shipped file's outputs exactly on probes.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

log = logging.getLogger(__name__)

# ONNX TensorProto.DataType values.
UINT8, INT8 = 2, 3
# Flags /proc/cpuinfo gives CPUs whose int8 dot products sum into int32 (vpdpbusd).
VNNI_FLAGS = frozenset({"avx512_vnni", "avx_vnni"})
CPUINFO = Path("/proc/cpuinfo")


def cpu_flags(cpuinfo: Path = CPUINFO) -> frozenset[str]:
    """The first processor's flags, as Linux names them (empty where there is no cpuinfo)."""
    try:
        text = cpuinfo.read_text(encoding="ascii", errors="replace")
    except OSError:
        return frozenset()
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "flags":
            return frozenset(value.split())
    return frozenset()


def sums_int8_exactly(flags: frozenset[str] | None = None, machine: str | None = None) -> bool:
    """Whether onnxruntime's uint8-by-int8 kernel here sums into int32 (x86 with VNNI)."""
    machine = (machine or platform.machine()).lower()
    if machine not in ("x86_64", "amd64"):
        return False
    return bool(VNNI_FLAGS & (cpu_flags() if flags is None else flags))


@cache
def _schema() -> dict[str, Any]:
    """ModelProto > GraphProto > NodeProto, TensorProto: only the fields the rewrite reads or
    writes; the rest stay unknown fields, which protobuf keeps and writes back unchanged."""
    f = descriptor_pb2.FieldDescriptorProto
    spec: dict[str, list[tuple[str, int, int, int, str]]] = {
        "Tensor": [
            ("data_type", 2, f.TYPE_INT32, f.LABEL_OPTIONAL, ""),
            ("int32_data", 5, f.TYPE_INT32, f.LABEL_REPEATED, ""),
            ("name", 8, f.TYPE_STRING, f.LABEL_OPTIONAL, ""),
            ("raw_data", 9, f.TYPE_BYTES, f.LABEL_OPTIONAL, ""),
        ],
        "Node": [
            ("input", 1, f.TYPE_STRING, f.LABEL_REPEATED, ""),
            ("op_type", 4, f.TYPE_STRING, f.LABEL_OPTIONAL, ""),
        ],
        "Graph": [
            ("node", 1, f.TYPE_MESSAGE, f.LABEL_REPEATED, ".onnx_subset.Node"),
            ("initializer", 5, f.TYPE_MESSAGE, f.LABEL_REPEATED, ".onnx_subset.Tensor"),
        ],
        "Model": [("graph", 7, f.TYPE_MESSAGE, f.LABEL_OPTIONAL, ".onnx_subset.Graph")],
    }
    # proto2, as onnx.proto is: repeated scalars are read packed or not, and written unpacked.
    file = descriptor_pb2.FileDescriptorProto(
        name="onnx_subset.proto", package="onnx_subset", syntax="proto2"
    )
    for message, fields in spec.items():
        m = file.message_type.add(name=message)
        for name, number, kind, label, type_name in fields:
            field = m.field.add(name=name, number=number, type=kind, label=label)
            if type_name:
                field.type_name = type_name
    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    return {
        name: message_factory.GetMessageClass(pool.FindMessageTypeByName(f"onnx_subset.{name}"))
        for name in spec
    }


def int8_weights(model: bytes) -> bytes | None:
    """The model with its MatMulInteger uint8 weights and their zero points as int8, each less
    128 (the same products, bit for bit, where int8 sums are exact); None if it has none."""
    parsed: Any = _schema()["Model"].FromString(model)
    graph = parsed.graph
    weights = {
        name
        for node in graph.node
        if node.op_type == "MatMulInteger"
        for name in list(node.input)[1:4:2]  # B and b_zero_point
    }
    changed = 0
    for tensor in graph.initializer:
        if tensor.name not in weights or tensor.data_type != UINT8:
            continue
        if tensor.raw_data:
            values = np.frombuffer(tensor.raw_data, dtype=np.uint8)
        else:
            values = np.asarray(tensor.int32_data, dtype=np.int32).astype(np.uint8)
        tensor.data_type = INT8
        tensor.raw_data = (values ^ np.uint8(0x80)).tobytes()  # w - 128 as int8's bits
        del tensor.int32_data[:]
        changed += 1
    if not changed:
        return None
    out: bytes = parsed.SerializeToString()
    return out


Session = Any
Feed = dict[str, npt.NDArray[Any]]


def probes(session: Session) -> list[Feed]:
    """Random floats at a few lengths (none for a model whose inputs are not all floats). On
    the multilingual cut they make hundreds of the first layer's pairs of products overflow
    int16, so a CPU whose kernel saturates gives other outputs on them."""
    specs = session.get_inputs()
    if any(spec.type != "tensor(float)" for spec in specs):
        return []
    rng = np.random.default_rng(0)
    return [
        {
            spec.name: rng.normal(
                0.0, spread, [d if isinstance(d, int) else length for d in spec.shape]
            ).astype(np.float32)
            for spec in specs
        }
        for length, spread in ((3, 1.0), (19, 4.0), (64, 16.0))
    ]


def same_outputs(shipped: Session, rewritten: Session) -> bool:
    """Whether both give identical outputs, bit for bit, on every probe (False if none fit)."""
    feeds = probes(shipped)
    return bool(feeds) and all(
        all(
            np.array_equal(a, b)
            for a, b in zip(shipped.run(None, feed), rewritten.run(None, feed), strict=True)
        )
        for feed in feeds
    )


def fastest_exact(
    model: Path, load: Callable[[bytes], Session], exact: bool | None = None
) -> Session:
    """`model` loaded by `load`, with int8 weights where that computes the same outputs
    faster (`exact`: whether this CPU sums int8 products exactly; found out when None)."""
    data = model.read_bytes()
    shipped = load(data)
    if not (sums_int8_exactly() if exact is None else exact):
        return shipped
    rewritten_bytes = int8_weights(data)
    if rewritten_bytes is None:
        return shipped
    rewritten = load(rewritten_bytes)
    if not same_outputs(shipped, rewritten):
        log.warning("%s: int8 weights give other outputs on this CPU; running uint8", model.name)
        return shipped
    log.info("%s: int8 weights on this CPU (VNNI), the same outputs as uint8", model.name)
    return rewritten
