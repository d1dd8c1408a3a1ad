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

from bench.batching_bench import free_port, process, wait_grpc
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

TOKEN = "bench-token"
TEXT = "thanks for the quick reply, see you at the meeting tomorrow"
GOAL = 0.70


async def calls_per_second(
    call: Callable[[], Awaitable[None]], seconds: float, concurrency: int
) -> float:
    done = 0
    stop = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal done
        while time.perf_counter() < stop:
            await call()
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done / (time.perf_counter() - started)


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
            grpc_rates, http_rates = [], []
            for _ in range(rounds):
                grpc_rates.append(await calls_per_second(grpc_call, seconds, concurrency))
                http_rates.append(await calls_per_second(http_call, seconds, concurrency))
    g, h = statistics.median(grpc_rates), statistics.median(http_rates)
    return {"grpc": g, "http": h, "ratio": h / g}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.http_overhead", description=__doc__)
    p.add_argument("--seconds", type=float, default=5.0, help="length of one round")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--concurrency", type=int, default=32, help="callers at a time")
    args = p.parse_args(argv)
    figures = asyncio.run(run(args.seconds, args.rounds, args.concurrency))
    print(f"gRPC Moderate:          {figures['grpc']:8.0f} calls/s")
    print(f"HTTP POST /v1/moderations: {figures['http']:5.0f} calls/s")
    verdict = "meets" if figures["ratio"] >= GOAL else "misses"
    print(f"HTTP / gRPC: {figures['ratio']:.0%} ({verdict} the {GOAL:.0%} goal)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
