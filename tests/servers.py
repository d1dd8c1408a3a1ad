"""Waiting for a server process the test started, shared by tests that run several."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Awaitable, Callable

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc


async def wait_serving(
    port: int,
    proc: subprocess.Popen[bytes] | asyncio.subprocess.Process,
    output: Callable[[], Awaitable[str]],
) -> None:
    """Until the server on `port` reports SERVING; fail with its `output` if it exits first."""
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        health = health_pb2_grpc.HealthStub(channel)
        for _ in range(600):  # bounded: about two minutes for a cold start on a busy machine
            if _exited(proc):
                tail = (await output())[-3000:]
                raise AssertionError(f"moderation-server exited early:\n{tail}")
            try:
                reply = await health.Check(health_pb2.HealthCheckRequest(), timeout=1.0)
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.aio.AioRpcError:
                pass
            await asyncio.sleep(0.2)
    raise AssertionError("moderation-server did not report SERVING")


def _exited(proc: subprocess.Popen[bytes] | asyncio.subprocess.Process) -> bool:
    if isinstance(proc, subprocess.Popen):
        return proc.poll() is not None
    return proc.returncode is not None
