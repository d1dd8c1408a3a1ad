"""Bulk jobs against real-time moderation: the same items, the same emulator, one run.

Starts the Anthropic API emulator in this process (keyword judge; Messages
calls at 0.7 s to first token + 15 ms per output token, 3 % seeded jitter;
a Message Batch stays in progress for `--batch-seconds`, then all its
results are ready) and `moderation-server` on the haiku backend as a
subprocess, once per path, each against a fresh emulator (a cold prompt cache
for both):

- **Moderate**: the items sent as unary calls of 16 items, 64 calls in flight;
  the server batches them (32 items per call, 8 calls upstream at most);
- **job**: the same items uploaded as one job (UploadJob), polled with GetJob
  until it ends, then read back with ReadJobResults.

Reports $ per 1,000 items (the emulator's own ledger: list prices, batch
requests at half), upstream HTTP requests, model requests and wall time, and
the job ÷ Moderate ratios. Records the report in bench/RESULTS.md (the previous
run moves to bench/HISTORY.md).

    .venv/bin/python -m bench.jobs_bench [--items 10000] [--batch-seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import grpc

from anthropic_emulator.batches import BatchKnobs
from anthropic_emulator.emulator import Emulator, EmulatorConfig
from bench.harness import ROOT, free_port, wait_grpc
from bench.load import DATASET, load_texts
from bench.results import record
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

FAMILY = "Jobs vs Moderate"  # its section in bench/RESULTS.md
CALL_ITEMS, CALLS_IN_FLIGHT, UPLOAD_CHUNK = 16, 64, 1000


@dataclass
class Outcome:
    path: str
    items: int
    answered: int
    wall_s: float
    usd: float  # the emulator's ledger
    service_usd: float  # what the service reported in the verdicts / the job
    http_requests: int
    model_requests: int
    batches: int = 0


async def start_server(emulator: Emulator, data: Path) -> tuple[asyncio.subprocess.Process, int]:
    port = free_port()
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        ANTHROPIC_API_KEY="bench",
        ANTHROPIC_BASE_URL=emulator.base_url,
        MODERATION_BACKEND="haiku",
        MODERATION_MODELS="claude-haiku-4-5",
        MODERATION_LOCAL_TEXT_MODEL="profanity",
        MODERATION_PORT=str(port),
        MODERATION_JOBS_DIR=str(data),
        MODERATION_JOBS_POLL_SECONDS="1",
        MODERATION_JOBS_POLL_MAX_SECONDS="2",
        MODERATION_LOG_LEVEL="WARNING",
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "moderation", env=env, stdout=asyncio.subprocess.DEVNULL
    )
    await wait_grpc(port, proc, limit=600.0)
    return proc, port


def emulator_config(batch_seconds: float) -> EmulatorConfig:
    return EmulatorConfig(seed=7, batches=BatchKnobs(processing_seconds=batch_seconds))


async def run_moderate(items: list[pb.Item], batch_seconds: float, data: Path) -> Outcome:
    async with Emulator(emulator_config(batch_seconds)) as emu:
        proc, port = await start_server(emu, data)
        try:
            calls = [items[n : n + CALL_ITEMS] for n in range(0, len(items), CALL_ITEMS)]
            gate = asyncio.Semaphore(CALLS_IN_FLIGHT)
            usd = 0.0
            answered = 0
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                stub = pb_grpc.ModerationServiceStub(channel)

                async def one(chunk: list[pb.Item]) -> None:
                    nonlocal usd, answered
                    async with gate:
                        reply = await stub.Moderate(pb.ModerateRequest(items=chunk))
                    for r in reply.results:
                        answered += r.HasField("verdict")
                        usd += r.verdict.usage.estimated_cost_usd

                start = time.monotonic()
                await asyncio.gather(*(one(c) for c in calls))
                wall = time.monotonic() - start
        finally:
            proc.terminate()
            await proc.wait()
        return Outcome(
            "Moderate",
            len(items),
            answered,
            wall,
            emu.ledger.message_usd,
            usd,
            len([r for r in emu.requests if r.path.startswith("/v1/messages")]),
            emu.ledger.message_calls,
        )


async def run_job(items: list[pb.Item], batch_seconds: float, data: Path) -> Outcome:
    async with Emulator(emulator_config(batch_seconds)) as emu:
        proc, port = await start_server(emu, data)
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                stub = pb_grpc.ModerationServiceStub(channel)
                start = time.monotonic()
                messages = [
                    pb.UploadJobRequest(items=items[n : n + UPLOAD_CHUNK])
                    for n in range(0, len(items), UPLOAD_CHUNK)
                ]
                job = (await stub.UploadJob(iter(messages))).job
                while job.state not in (pb.JOB_STATE_SUCCEEDED, pb.JOB_STATE_CANCELLED):
                    await asyncio.sleep(0.5)
                    job = (await stub.GetJob(pb.GetJobRequest(name=job.name))).job
                request = pb.ReadJobResultsRequest(name=job.name)
                answered = sum(
                    [r.result.HasField("verdict") async for r in stub.ReadJobResults(request)]
                )
                wall = time.monotonic() - start
        finally:
            proc.terminate()
            await proc.wait()
        return Outcome(
            "job",
            len(items),
            answered,
            wall,
            emu.ledger.batch_usd + emu.ledger.message_usd,
            job.usage.estimated_cost_usd,
            len([r for r in emu.requests if r.path.startswith("/v1/messages")]),
            emu.ledger.batch_requests + emu.ledger.message_calls,
            emu.batches.created,
        )


def report(args: argparse.Namespace, live: Outcome, job: Outcome) -> str:
    def per_k(o: Outcome, usd: float) -> float:
        return usd / o.items * 1000

    rows = [
        ("items answered with a verdict", f"{live.answered:,}", f"{job.answered:,}", ""),
        (
            "$ per 1,000 items (emulator's bill)",
            f"{per_k(live, live.usd):.4f}",
            f"{per_k(job, job.usd):.4f}",
            f"{job.usd / live.usd:.2f}×" if live.usd else "",
        ),
        (
            "$ per 1,000 items (service's estimate)",
            f"{per_k(live, live.service_usd):.4f}",
            f"{per_k(job, job.service_usd):.4f}",
            f"{job.service_usd / live.service_usd:.2f}×" if live.service_usd else "",
        ),
        (
            "model requests (Messages calls / batch requests)",
            f"{live.model_requests:,}",
            f"{job.model_requests:,} in {job.batches} batch(es)",
            "",
        ),
        (
            "upstream HTTP requests (incl. polls, probes)",
            f"{live.http_requests:,}",
            f"{job.http_requests:,}",
            f"{job.http_requests / live.http_requests:.2f}×",
        ),
        (
            "wall time",
            f"{live.wall_s:.1f} s",
            f"{job.wall_s:.1f} s",
            f"{job.wall_s / live.wall_s:.2f}×",
        ),
    ]
    lines = [
        f"## {FAMILY} ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC)",
        "",
        f"`python -m bench.jobs_bench --items {args.items} --batch-seconds {args.batch_seconds}`",
        "",
        f"- Dataset: {DATASET.name}, {args.items:,} distinct texts (numbered repeats beyond"
        " the set's size).",
        "- Emulator: keyword judge, Claude Haiku 4.5 prices; Messages calls 0.7 s to first"
        " token + 15 ms per output token (3 % jitter, seed 7); a Message Batch in progress"
        f" for {args.batch_seconds:g} s, then all its results at once (the real API takes"
        " minutes to hours: the job's wall time here is the knob, not a forecast).",
        f"- Server: haiku backend, 32 items per upstream request, 8 calls in flight;"
        f" Moderate driven with calls of {CALL_ITEMS} items, {CALLS_IN_FLIGHT} in flight;"
        f" the job uploaded in messages of {UPLOAD_CHUNK} items, polled every 1-2 s.",
        f"- Machine: {platform.machine()}, {os.cpu_count()} cores (shared).",
        "",
        "| | Moderate | job | job ÷ Moderate |",
        "| --- | --- | --- | --- |",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows),
        "",
    ]
    return "\n".join(lines)


async def main_async(args: argparse.Namespace) -> str:
    texts, _labels = load_texts(args.items)
    items = [pb.Item(id=f"t{n}", text=t) for n, t in enumerate(texts)]
    with tempfile.TemporaryDirectory() as tmp:
        live = await run_moderate(items, args.batch_seconds, Path(tmp) / "live")
        job = await run_job(items, args.batch_seconds, Path(tmp) / "job")
    return report(args, live, job)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--batch-seconds", type=float, default=10.0)
    parser.add_argument(
        "--no-record",
        action="store_true",
        help="do not record in RESULTS.md (where the previous run goes to HISTORY.md)",
    )
    args = parser.parse_args()
    text = asyncio.run(main_async(args))
    print(text)
    if not args.no_record:
        record(text, FAMILY)


if __name__ == "__main__":
    main()
