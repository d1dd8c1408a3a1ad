"""What benchmarks send: the labelled data set's texts and closed-loop gRPC callers.

Shared by the batching, replicas and jobs benchmarks and the reliability suite, so
each loads the same texts with the same labels and times calls the same way.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc

from bench.harness import ROOT
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from training.dataset import LABELS

DATASET = ROOT.parent / "shared" / "data" / "openai-moderation" / "samples-1680.jsonl.gz"
# Severity the oracle gives each category a row labels 1 (the data set's labels are binary).
ORACLE_SEVERITY = 2


def load_rows(path: Path = DATASET) -> list[tuple[str, dict[str, int]]]:
    """Distinct non-empty texts of the data set with the categories it labels 1.

    Each labelled category is given at the oracle's severity (`ORACLE_SEVERITY`).
    """
    rows: dict[str, dict[str, int]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["prompt"]
            if text.strip() and text not in rows:
                rows[text] = {cat: ORACLE_SEVERITY for k, cat in LABELS.items() if doc.get(k) == 1}
    return list(rows.items())


def load_texts(count: int) -> tuple[list[str], dict[str, dict[str, int]]]:
    """`count` distinct texts (the data's, then again with a numbered suffix) and their labels.

    A suffixed text keeps its row's labels, so the verdict mix stays the data's.
    """
    rows = load_rows()
    texts: list[str] = []
    labels: dict[str, dict[str, int]] = {}
    for i in range(count):
        text, cats = rows[i % len(rows)]
        text += "" if i < len(rows) else f" ({i})"
        texts.append(text)
        if cats:
            labels[text] = cats
    return texts, labels


@dataclass
class PhaseResult:
    items: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    elapsed: float = 0.0
    sources: dict[str, int] = field(default_factory=dict)
    input_tokens: float = 0.0  # summed from each verdict's usage share
    upstream: dict[str, Any] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.items / self.elapsed if self.elapsed else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        s = sorted(self.latencies)
        return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]

    def note(self, result: pb.ItemResult) -> None:
        if result.WhichOneof("outcome") == "verdict":
            name = pb.VerdictSource.Name(result.verdict.source)
            self.sources[name] = self.sources.get(name, 0) + 1
        else:
            code = f"item:{result.error.code}"
            self.errors[code] = self.errors.get(code, 0) + 1


def channels(port: int, n: int) -> list[grpc.aio.Channel]:
    # A few connections, as several client replicas would open.
    return [
        grpc.aio.insecure_channel(
            f"127.0.0.1:{port}", options=[("grpc.use_local_subchannel_pool", 1)]
        )
        for _ in range(n)
    ]


async def moderate_one(
    stub: pb_grpc.ModerationServiceAsyncStub,
    item_id: str,
    text: str,
    deadline: float,
    out: PhaseResult,
) -> None:
    """One single-item Moderate call, its latency, status and result noted in `out`."""
    req = pb.ModerateRequest(items=[pb.Item(id=item_id, text=text)])
    t0 = time.perf_counter()
    try:
        reply = await stub.Moderate(req, timeout=deadline)
    except grpc.aio.AioRpcError as exc:
        out.errors[exc.code().name] = out.errors.get(exc.code().name, 0) + 1
        return
    out.latencies.append(time.perf_counter() - t0)
    out.items += 1
    for r in reply.results:
        out.note(r)


async def closed_loop(
    chans: list[grpc.aio.Channel], texts: list[str], workers: int, prefix: str, deadline: float
) -> PhaseResult:
    """Closed-loop single-item Moderate calls; worker n calls over channel n % channels.

    The channels are closed at the end.
    """
    out = PhaseResult()
    stubs = [pb_grpc.ModerationServiceStub(c) for c in chans]
    queue = iter(enumerate(texts))

    async def worker(n: int) -> None:
        stub = stubs[n % len(stubs)]
        for i, text in queue:
            await moderate_one(stub, f"{prefix}{i}", text, deadline, out)

    t0 = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(workers)))
    out.elapsed = time.perf_counter() - t0
    for c in chans:
        await c.close(None)
    return out
