"""The Redis-backed verdict cache against a real redis-server: shared by two engines, and by
two `moderation-server` processes."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import grpc
from redis.asyncio import Redis

from bench.harness import free_port
from moderation.batching import Batcher, BatchSettings
from moderation.cache import (
    MemoryVerdictCache,
    RedisVerdictCache,
    TieredVerdictCache,
    VerdictCache,
    build_cache,
)
from moderation.config import Settings
from moderation.domain import Source, Verdict
from moderation.engine import Engine
from moderation.policy import PolicyRegistry, default_policy
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from tests.batching_fakes import FakeBackend, text_item
from tests.servers import wait_serving
from tests.unit.test_cache import VERDICT


def engine_with(cache: VerdictCache, backend: FakeBackend) -> Engine:
    batcher = Batcher(backend, BatchSettings(max_wait=0.0, prompt_cache_ttl=0.0))
    return Engine(PolicyRegistry([default_policy()]), batcher, cache)


async def test_redis_cache_round_trip_with_expiry(redis_url: str) -> None:
    cache = RedisVerdictCache.from_url(redis_url, ttl=120)
    try:
        assert await cache.get("k") is None
        await cache.put("k", VERDICT)
        assert await cache.get("k") == VERDICT
        client = Redis.from_url(redis_url)
        try:
            ttl = await client.ttl("moderation:k")
            assert 0 < ttl <= 120  # written with SETEX: it expires on its own
            await client.set("moderation:bad", b"{not json")
            await client.set("moderation:old", b'{"format": 0}')
        finally:
            await client.aclose()
        # A corrupt entry or one of another format is a miss, never an error for the caller.
        assert await cache.get("bad") is None
        assert await cache.get("old") is None
    finally:
        await cache.close()


async def test_two_engines_share_verdicts_through_redis(redis_url: str) -> None:
    settings = Settings(redis_url=redis_url, cache_ttl_seconds=300)
    backend_a, backend_b = FakeBackend(), FakeBackend()
    engine_a = engine_with(build_cache(settings), backend_a)
    engine_b = engine_with(build_cache(settings), backend_b)
    try:
        [first] = await engine_a.moderate([text_item("a", "bad words, shared")])
        assert isinstance(first, Verdict) and first.source is Source.MODEL
        [second] = await engine_b.moderate([text_item("b", "bad words, shared")])
        assert isinstance(second, Verdict)
        assert second.source is Source.CACHE
        assert second.item_id == "b"
        assert second.decision is first.decision
        assert second.categories == first.categories
        assert backend_b.sent_texts == []  # replica B never asked its model
        assert engine_b.metrics.value("verdicts_total", source="cache") == 1
    finally:
        await engine_a.close()
        await engine_b.close()


async def test_redis_outage_never_fails_moderation() -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    cache = TieredVerdictCache(
        MemoryVerdictCache(100, 60), RedisVerdictCache.from_url(dead, ttl=60, timeout=0.2)
    )
    backend = FakeBackend()
    engine = engine_with(cache, backend)
    try:
        [verdict] = await engine.moderate([text_item("a", "fine text")])
        assert isinstance(verdict, Verdict) and verdict.source is Source.MODEL
        assert engine.metrics.value("verdict_cache_errors_total", operation="read") == 1
        assert engine.metrics.value("verdict_cache_errors_total", operation="write") == 1
        assert backend.sent_texts == ["fine text"]
    finally:
        await engine.close()


# --- two server processes sharing one Redis -----------------------------------


def _start_server(port: int, redis: str) -> subprocess.Popen[bytes]:
    env = dict(
        os.environ,
        MODERATION_PORT=str(port),
        MODERATION_HOST="127.0.0.1",
        MODERATION_BACKEND="local",
        MODERATION_LOCAL_TEXT_MODEL="profanity",
        MODERATION_REDIS_URL=redis,
    )
    env.pop("ANTHROPIC_API_KEY", None)
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "moderation-server")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


async def _wait_serving(port: int, proc: subprocess.Popen[bytes]) -> None:
    async def stderr() -> str:
        return proc.stderr.read().decode() if proc.stderr else ""

    await wait_serving(port, proc, stderr)


async def _moderate(port: int, item_id: str, text: str) -> pb.ItemResult:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        stub = pb_grpc.ModerationServiceStub(channel)
        reply = await stub.Moderate(
            pb.ModerateRequest(items=[pb.Item(id=item_id, text=text)]), timeout=60
        )
    assert len(reply.results) == 1
    return reply.results[0]


async def test_two_server_processes_share_the_verdict_cache(redis_url: str) -> None:
    ports = [free_port(), free_port()]
    procs = [_start_server(p, redis_url) for p in ports]
    try:
        await asyncio.gather(
            *(_wait_serving(p, proc) for p, proc in zip(ports, procs, strict=True))
        )
        text = "you are a worthless idiot and everyone here hates you"
        first = await _moderate(ports[0], "on-a", text)
        assert first.WhichOneof("outcome") == "verdict", first
        assert first.verdict.source == pb.VERDICT_SOURCE_MODEL
        second = await _moderate(ports[1], "on-b", text)
        assert second.WhichOneof("outcome") == "verdict", second
        assert second.item_id == "on-b"
        assert second.verdict.source == pb.VERDICT_SOURCE_CACHE  # B answered from A's verdict
        assert second.verdict.decision == first.verdict.decision
        assert second.verdict.policy_version == first.verdict.policy_version
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
