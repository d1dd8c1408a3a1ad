"""What the HTTP port costs over gRPC: one cached text, side by side in one run.

One server process (embedded backend, one text already cached) serves both
ports; this process drives it with `--concurrency` callers at a time, through
gRPC `Moderate` (one channel, grpc.aio) and through HTTP `POST /v1/moderations`
(one aiohttp keep-alive session), in alternating rounds so both meet the same
machine. Reported: calls/s of each transport (median of the rounds) and their
ratio (the goal: HTTP at least 70 % of gRPC).

    python -m bench.http_overhead --seconds 5 --rounds 3 --concurrency 32
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable

import aiohttp
import grpc

from bench.harness import cpu_seconds, free_port, process, wait_grpc
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

TOKEN = "bench-token"
TEXT = "thanks for the quick reply, see you at the meeting tomorrow"
GOAL = 0.70


async def calls_per_second(
    call: Callable[[], Awaitable[None]], seconds: float, concurrency: int, pid: int = 0
) -> tuple[float, float]:
    """Calls per second, and the server's CPU milliseconds per call (0 without `pid`)."""
    done = 0
    stop = time.perf_counter() + seconds
    cpu_before = cpu_seconds(pid) if pid else 0.0

    async def worker() -> None:
        nonlocal done
        while time.perf_counter() < stop:
            await call()
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    rate = done / (time.perf_counter() - started)
    cpu_ms = (cpu_seconds(pid) - cpu_before) * 1000 / done if pid and done else 0.0
    return rate, cpu_ms


async def run(seconds: float, rounds: int, concurrency: int) -> dict[str, float]:
    port, http_port = free_port(), free_port()
    env = {
        "MODERATION_PORT": str(port),
        "MODERATION_HTTP_PORT": str(http_port),
        "MODERATION_BACKEND": "local",
        "MODERATION_LOCAL_TEXT_MODEL": "profanity",
        "MODERATION_AUTH_TOKENS": TOKEN,
        "MODERATION_LOG_LEVEL": "WARNING",
    }
    with process([sys.executable, "-m", "moderation"], os.environ | env) as proc:
        await wait_grpc(port, proc)
        metadata = (("authorization", f"Bearer {TOKEN}"),)
        request = pb.ModerateRequest(items=[pb.Item(id="a", text=TEXT)])
        url = f"http://127.0.0.1:{http_port}/v1/moderations"
        body = {"model": "omni-moderation-latest", "input": TEXT}
        headers = {"Authorization": f"Bearer {TOKEN}"}
        connector = aiohttp.TCPConnector(limit=concurrency)
        async with (
            grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel,
            aiohttp.ClientSession(connector=connector, headers=headers) as session,
        ):
            stub = pb_grpc.ModerationServiceStub(channel)

            async def grpc_call() -> None:
                reply = await stub.Moderate(request, metadata=metadata, timeout=30)
                assert reply.results[0].verdict.source == pb.VERDICT_SOURCE_CACHE

            async def http_call() -> None:
                async with session.post(url, json=body) as response:
                    assert response.status == 200, await response.text()
                    await response.read()

            await stub.Moderate(request, metadata=metadata, timeout=60)  # caches the verdict
            for call in (grpc_call, http_call):  # warm both paths
                await calls_per_second(call, 1.0, concurrency)
            grpc_runs, http_runs = [], []
            for _ in range(rounds):
                grpc_runs.append(await calls_per_second(grpc_call, seconds, concurrency, proc.pid))
                http_runs.append(await calls_per_second(http_call, seconds, concurrency, proc.pid))
    g, h = (statistics.median(r[0] for r in runs) for runs in (grpc_runs, http_runs))
    return {
        "grpc": g,
        "http": h,
        "ratio": h / g,
        "grpc_cpu_ms": statistics.median(r[1] for r in grpc_runs),
        "http_cpu_ms": statistics.median(r[1] for r in http_runs),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.http_overhead", description=__doc__)
    p.add_argument("--seconds", type=float, default=5.0, help="length of one round")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--concurrency", type=int, default=32, help="callers at a time")
    args = p.parse_args(argv)
    figures = asyncio.run(run(args.seconds, args.rounds, args.concurrency))
    print(
        f"gRPC Moderate:             {figures['grpc']:6.0f} calls/s, "
        f"server CPU {figures['grpc_cpu_ms']:.3f} ms/call"
    )
    print(
        f"HTTP POST /v1/moderations: {figures['http']:6.0f} calls/s, "
        f"server CPU {figures['http_cpu_ms']:.3f} ms/call"
    )
    verdict = "meets" if figures["ratio"] >= GOAL else "misses"
    print(f"HTTP / gRPC: {figures['ratio']:.0%} ({verdict} the {GOAL:.0%} goal)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
