"""The exact int8 kernel for this CPU: every model's matrix products give the same integers on
every x86 CPU, on the fastest kernel that does.

onnxruntime's dynamic int8 models multiply uint8 activations by 8-bit weights. With uint8
weights it widens both to int16 first: exact on every x86 CPU, but it forgoes the fast kernel
of CPUs with VNNI (AVX-512 VNNI or AVX-VNNI). With int8 weights, CPUs with VNNI sum the
products into int32, exactly and about 1.8 times faster; x86 CPUs without VNNI sum pairs of
them into int16, which saturates, so the same file gives other outputs there.

A weight w with zero point z is the same as a weight w - 128 with zero point z - 128 of the
other type: every product (a - za)(w - z) is unchanged. So at load a model runs with int8
weights on x86 CPUs whose int8 kernel sums exactly and with uint8 weights on other x86 CPUs,
whichever the file ships: the same integers everywhere, each CPU on its fastest exact kernel.
Other architectures run the file as shipped. Which kernel this CPU has is asked of the
kernel itself, once per process: a one-node model whose products overflow int16 in pairs.
CPU flags can disagree with the instructions a kernel may use (emulators, some VMs). A uint8
file rewritten as int8 must also give its outputs bit for bit on probes before it is used.

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
UINT8, INT8, INT32 = 2, 3, 6
_F = descriptor_pb2.FieldDescriptorProto
_FieldSpec = tuple[str, int, int, int, str]
_Spec = dict[str, list[_FieldSpec]]
Session = Any
Feed = dict[str, npt.NDArray[Any]]


def _field(
    name: str, number: int, kind: int, message: str = "", repeated: bool = False
) -> _FieldSpec:
    label = _F.LABEL_REPEATED if repeated else _F.LABEL_OPTIONAL
    return (name, number, kind, label, message)


# The fields of ModelProto > GraphProto > NodeProto, TensorProto that the rewrite reads or
# writes; the rest stay unknown fields, which protobuf keeps and writes back unchanged.
REWRITE: _Spec = {
    "Tensor": [
        _field("data_type", 2, _F.TYPE_INT32),
        _field("int32_data", 5, _F.TYPE_INT32, repeated=True),
        _field("name", 8, _F.TYPE_STRING),
        _field("raw_data", 9, _F.TYPE_BYTES),
    ],
    "Node": [
        _field("input", 1, _F.TYPE_STRING, repeated=True),
        _field("op_type", 4, _F.TYPE_STRING),
    ],
    "Graph": [
        _field("node", 1, _F.TYPE_MESSAGE, "Node", repeated=True),
        _field("initializer", 5, _F.TYPE_MESSAGE, "Tensor", repeated=True),
    ],
    "Model": [_field("graph", 7, _F.TYPE_MESSAGE, "Graph")],
}

# The fields a one-node model needs: the kernel probe's MatMulInteger.
BUILD: _Spec = {
    "Tensor": [
        _field("dims", 1, _F.TYPE_INT64, repeated=True),
        _field("data_type", 2, _F.TYPE_INT32),
        _field("name", 8, _F.TYPE_STRING),
        _field("raw_data", 9, _F.TYPE_BYTES),
    ],
    "Node": [
        _field("input", 1, _F.TYPE_STRING, repeated=True),
        _field("output", 2, _F.TYPE_STRING, repeated=True),
        _field("op_type", 4, _F.TYPE_STRING),
    ],
    "Dim": [_field("dim_value", 1, _F.TYPE_INT64)],
    "Shape": [_field("dim", 1, _F.TYPE_MESSAGE, "Dim", repeated=True)],
    "TensorType": [
        _field("elem_type", 1, _F.TYPE_INT32),
        _field("shape", 2, _F.TYPE_MESSAGE, "Shape"),
    ],
    "Type": [_field("tensor_type", 1, _F.TYPE_MESSAGE, "TensorType")],
    "ValueInfo": [_field("name", 1, _F.TYPE_STRING), _field("type", 2, _F.TYPE_MESSAGE, "Type")],
    "Graph": [
        _field("node", 1, _F.TYPE_MESSAGE, "Node", repeated=True),
        _field("name", 2, _F.TYPE_STRING),
        _field("initializer", 5, _F.TYPE_MESSAGE, "Tensor", repeated=True),
        _field("input", 11, _F.TYPE_MESSAGE, "ValueInfo", repeated=True),
        _field("output", 12, _F.TYPE_MESSAGE, "ValueInfo", repeated=True),
    ],
    "OpsetId": [_field("domain", 1, _F.TYPE_STRING), _field("version", 2, _F.TYPE_INT64)],
    "Model": [
        _field("ir_version", 1, _F.TYPE_INT64),
        _field("graph", 7, _F.TYPE_MESSAGE, "Graph"),
        _field("opset_import", 8, _F.TYPE_MESSAGE, "OpsetId", repeated=True),
    ],
}


SPECS = {"onnx_rewrite": REWRITE, "onnx_build": BUILD}


@cache
def _schema(package: str = "onnx_rewrite") -> dict[str, Any]:
    """Message classes for a subset of ONNX's protobuf messages, by package (SPECS)."""
    spec = SPECS[package]
    # proto2, as onnx.proto is: repeated scalars are read packed or not, and written unpacked.
    file = descriptor_pb2.FileDescriptorProto(
        name=f"{package}.proto", package=package, syntax="proto2"
    )
    for message, fields in spec.items():
        m = file.message_type.add(name=message)
        for name, number, kind, label, type_name in fields:
            field = m.field.add(name=name, number=number, type=kind, label=label)
            if type_name:
                field.type_name = f".{package}.{type_name}"
    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    return {
        name: message_factory.GetMessageClass(pool.FindMessageTypeByName(f"{package}.{name}"))
        for name in spec
    }


def probe_model(weights: npt.NDArray[np.int8]) -> bytes:
    """A model of one MatMulInteger: uint8 input `A` (any rows) times these int8 weights, both
    zero points 0 (explicit, so that `weights_as` can give its uint8 twin)."""
    m = _schema("onnx_build")
    k, n = weights.shape

    def tensor_info(name: str, kind: int, dims: list[int | None]) -> Any:
        shape = m["Shape"](dim=[m["Dim"](dim_value=d) if d else m["Dim"]() for d in dims])
        return m["ValueInfo"](
            name=name, type=m["Type"](tensor_type=m["TensorType"](elem_type=kind, shape=shape))
        )

    graph = m["Graph"](
        name="int8_kernel_probe",
        node=[m["Node"](input=["A", "B", "Az", "Bz"], output=["Y"], op_type="MatMulInteger")],
        initializer=[
            m["Tensor"](dims=[k, n], data_type=INT8, name="B", raw_data=weights.tobytes()),
            m["Tensor"](data_type=UINT8, name="Az", raw_data=b"\x00"),
            m["Tensor"](data_type=INT8, name="Bz", raw_data=b"\x00"),
        ],
        input=[tensor_info("A", UINT8, [None, k])],
        output=[tensor_info("Y", INT32, [None, n])],
    )
    model = m["Model"](
        ir_version=8, graph=graph, opset_import=[m["OpsetId"](domain="", version=13)]
    )
    out: bytes = model.SerializeToString()
    return out


def probe_operands() -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int8]]:
    """Activations and weights whose pairs of products overflow int16 (2 x 255 x 127 and
    2 x 255 x -128) in some columns and not in others."""
    rng = np.random.default_rng(0)
    a = np.full((4, 64), 255, dtype=np.uint8)
    a[1] = rng.integers(0, 256, 64)
    b = np.empty((64, 8), dtype=np.int8)
    b[:, 0], b[:, 1] = 127, -128
    b[:, 2:] = rng.integers(-128, 128, (64, 6))
    return a, b


def load_on_cpu(data: bytes) -> Session:
    """An onnxruntime CPU session of the model `data`."""
    import onnxruntime as ort

    return ort.InferenceSession(data, providers=["CPUExecutionProvider"])


@cache
def int8_sums_exactly(load: Callable[[bytes], Session] = load_on_cpu) -> bool:
    """Whether this CPU's int8 kernel sums uint8 x int8 products exactly (VNNI), rather than
    in saturating int16 pairs: asked of the kernel itself, on products that overflow int16.
    The kernel onnxruntime picks, not a flag list, so it holds under emulators and VMs."""
    a, b = probe_operands()
    got = load(probe_model(b)).run(None, {"A": a})[0]
    return bool(np.array_equal(got, a.astype(np.int32) @ b.astype(np.int32)))


def exact_kernel(
    machine: str | None = None, int8_exact: Callable[[], bool] = int8_sums_exactly
) -> int | None:
    """The weight type whose kernel sums exactly and fastest here: INT8 on x86 where the int8
    kernel is exact (VNNI), UINT8 on other x86 CPUs, None elsewhere (the file runs as
    shipped)."""
    machine = (machine or platform.machine()).lower()
    if machine not in ("x86_64", "amd64"):
        return None
    return INT8 if int8_exact() else UINT8


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


def probes(session: Session) -> list[Feed]:
    """Random floats at a few lengths (none for a model whose inputs are not all floats). On
    the multilingual cuts they make hundreds of the first layer's pairs of products overflow
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
