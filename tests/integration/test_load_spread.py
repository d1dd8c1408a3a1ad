"""Calls spread over replicas: three `moderation-server` processes, one client, one target.

Each replica serves a policy of its own content under the same id, so the
`policy_version` in a verdict says which replica answered, through the public
contract alone. The client's default service config (`round_robin`) must reach
all three; a bare channel (gRPC's default `pick_first`) sticks to one, which is
the problem the config solves.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import IO

import grpc
import pytest

from bench.harness import free_port
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from moderation_client import AsyncModerationClient, text_item
from tests.servers import wait_serving

REPLICAS = 3
CALLS = 30
SHIPPED_POLICY = Path(__file__).resolve().parents[2] / "moderation" / "policies" / "default.toml"


def policy_file(directory: Path, replica: int) -> Path:
    """The shipped policy with a replica-specific description: same id, another version."""
    text = SHIPPED_POLICY.read_text(encoding="utf-8")
    marker = 'description = "'
    assert marker in text
    path = directory / f"replica-{replica}.toml"
    path.write_text(text.replace(marker, f"{marker}Replica {replica}. ", 1), encoding="utf-8")
    return path


def start_replica(port: int, policy: Path, log: IO[bytes]) -> subprocess.Popen[bytes]:
    env = dict(
        os.environ,
        MODERATION_HOST="127.0.0.1",
        MODERATION_PORT=str(port),
        MODERATION_BACKEND="local",
        MODERATION_LOCAL_TEXT_MODEL="profanity",
        MODERATION_POLICY_FILES=str(policy),
    )
    env.pop("ANTHROPIC_API_KEY", None)
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "moderation-server")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )


def _reader(log: Path) -> Callable[[], Awaitable[str]]:
    async def read() -> str:
        return await asyncio.to_thread(log.read_text, errors="replace")

    return read


async def policy_version(port: int) -> str:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        reply = await pb_grpc.ModerationServiceStub(channel).GetPolicy(
            pb.GetPolicyRequest(), timeout=30
        )
    return reply.policy.version


@pytest.fixture
async def replicas(tmp_path: Path) -> AsyncIterator[dict[str, int]]:
    """Three servers on loopback; yields {policy version: port}."""
    ports = [free_port() for _ in range(REPLICAS)]
    logs = [tmp_path / f"replica-{n}.log" for n in range(REPLICAS)]
    handles = [log.open("wb") for log in logs]
    procs = [
        start_replica(port, policy_file(tmp_path, n), handle)
        for n, (port, handle) in enumerate(zip(ports, handles, strict=True))
    ]
    try:
        await asyncio.gather(
            *(
                wait_serving(p, proc, _reader(log))
                for p, proc, log in zip(ports, procs, logs, strict=True)
            )
        )
        versions = {await policy_version(p): p for p in ports}
        assert len(versions) == REPLICAS, "each replica must serve its own policy version"
        yield versions
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        for handle in handles:
            handle.close()


async def test_the_client_spreads_calls_over_every_address(replicas: dict[str, int]) -> None:
    target = "ipv4:" + ",".join(f"127.0.0.1:{port}" for port in replicas.values())
    answered: Counter[int] = Counter()
    async with AsyncModerationClient(target, timeout=60) as client:
        for n in range(CALLS):
            [result] = await client.moderate([text_item(f"message number {n}", id=str(n))])
            assert result.HasField("verdict"), result
            answered[replicas[result.verdict.policy_version]] += 1
    print(f"calls per replica port: {dict(answered)}")
    assert set(answered) == set(replicas.values())
    # round_robin takes turns once all three are connected; allow for the first connections.
    assert min(answered.values()) >= CALLS // (2 * REPLICAS), answered

    # A channel without the client's service config uses pick_first: one replica gets it all.
    sticky: Counter[int] = Counter()
    async with grpc.aio.insecure_channel(target) as channel:
        stub = pb_grpc.ModerationServiceStub(channel)
        for n in range(CALLS // 3):
            reply = await stub.Moderate(
                pb.ModerateRequest(items=[pb.Item(id=str(n), text=f"again {n}")]), timeout=60
            )
            sticky[replicas[reply.results[0].verdict.policy_version]] += 1
    assert len(sticky) == 1, sticky
