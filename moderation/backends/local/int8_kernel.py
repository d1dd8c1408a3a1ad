"""The exact int8 kernel for this CPU: every model's matrix products give the same integers on
every x86 CPU, on the fastest kernel that does.

onnxruntime's dynamic int8 models multiply uint8 activations by 8-bit weights. With uint8
weights it widens both to int16 first: exact on every x86 CPU, but it forgoes the fast kernel
of CPUs with VNNI (AVX-512 VNNI or AVX-VNNI). With int8 weights, CPUs with VNNI sum the
products into int32, exactly and about 1.8 times faster; x86 CPUs without VNNI sum pairs of
them into int16, which saturates, so the same file gives other outputs there.

A weight w with zero point z is the same as a weight w - 128 with zero point z - 128 of the
other type: every product (a - za)(w - z) is unchanged. So at load a model runs with int8
weights on x86 with VNNI and with uint8 weights on other x86 CPUs, whichever the file ships:
the same integers everywhere, each CPU on its fastest exact kernel. Other architectures run
the file as shipped. A uint8 file rewritten as int8 must give its outputs bit for bit on
probes before it is used.

The rewrite needs no onnx package: the few fields it touches are read and written with a
minimal schema of ONNX's protobuf messages, and every other field is kept as it was read.
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


def exact_kernel(flags: frozenset[str] | None = None, machine: str | None = None) -> int | None:
    """The weight type whose kernel sums exactly and fastest here: INT8 on x86 with VNNI,
    UINT8 on other x86 CPUs, None elsewhere (the file runs as shipped)."""
    machine = (machine or platform.machine()).lower()
    if machine not in ("x86_64", "amd64"):
        return None
    return INT8 if VNNI_FLAGS & (cpu_flags() if flags is None else flags) else UINT8


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


def weights_as(model: bytes, kind: int) -> bytes | None:
    """The model with its MatMulInteger weights and their zero points of the other 8-bit type
    as `kind` (INT8 or UINT8), each moved by 128: the same products, bit for bit, wherever
    both kernels sum exactly. None if it has no such weights."""
    other = UINT8 if kind == INT8 else INT8
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
        if tensor.name not in weights or tensor.data_type != other:
            continue
        if tensor.raw_data:
            bits = np.frombuffer(tensor.raw_data, dtype=np.uint8)
        else:  # int32_data holds the values, int8's with their sign
            bits = np.asarray(tensor.int32_data, dtype=np.int32).astype(np.uint8)
        tensor.data_type = kind
        tensor.raw_data = (bits ^ np.uint8(0x80)).tobytes()  # v + 128 or v - 128, in 8 bits
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


def exact_session(
    model: Path, load: Callable[[bytes], Session], kernel: Callable[[], int | None] = exact_kernel
) -> Session:
    """`model` loaded by `load`, its weights of the type `kernel` names for this CPU."""
    data = model.read_bytes()
    name = f"{model.parent.name}/{model.name}"  # the six-layer cut's file has the same name
    kind = kernel()
    rewritten = weights_as(data, kind) if kind is not None else None
    if rewritten is None:
        return load(data)
    if kind == UINT8:
        # The shipped int8 file saturates here: nothing exact to compare with.
        log.info("%s: uint8 weights on this CPU (no VNNI), the same integers as with VNNI", name)
        return load(rewritten)
    shipped, fast = load(data), load(rewritten)
    if not same_outputs(shipped, fast):
        log.warning("%s: int8 weights give other outputs on this CPU; running uint8", name)
        return shipped
    log.info("%s: int8 weights on this CPU (VNNI), the same outputs as uint8", name)
    return fast
