"""Replicas sharing one upstream budget and one Redis, against the emulated organisation limit;
content in flight on one replica is not judged again on another.

Real servers on loopback ports called through the generated stubs, the real SDK over HTTP
to the emulator (which counts and enforces the organisation's buckets on its own), and a
real redis-server.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anthropic
import grpc
import pytest
from anthropic import AsyncAnthropic

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.ratelimit import OrgLimits
from bench.harness import free_port
from moderation.config import Settings
from moderation.domain import Decision, Source, Verdict
from moderation.server import RunningServer, start_server
from moderation.shared_inflight import SharedInFlight
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from tests.conftest import _ping, _redis_binary

# 300 requests a minute, buckets holding one second: 5 requests at once, then 5 a second.
RPM = 300.0
BURST = 1.0
FLAGGED = "you worthless idiot"  # the emulator's keyword judge flags harassment


def texts(n: int, tag: str) -> list[str]:
    return [FLAGGED + f" #{tag}{i}" if i % 3 == 0 else f"a kind word #{tag}{i}" for i in range(n)]


@contextlib.asynccontextmanager
async def replicas(
    emu: Emulator, redis_url: str, n: int = 2, budget: bool = True, **extra: object
) -> AsyncIterator[list[tuple[RunningServer, pb_grpc.ModerationServiceAsyncStub]]]:
    values: dict[str, object] = {
        "max_wait_ms": 5.0,
        "max_batch_items": 4,
        "redis_url": redis_url,
        "fallback": "none",
        **extra,
    }
    if budget:
        values.update(budget_requests_per_minute=RPM, budget_burst_seconds=BURST)
    servers: list[RunningServer] = []
    channels: list[grpc.aio.Channel] = []
    try:
        for _ in range(n):
            settings = Settings(
                host="127.0.0.1",
                port=0,
                backend="haiku",
                models=["claude-haiku-4-5"],
                anthropic_api_key="test-key",
                anthropic_base_url=emu.base_url,
                **values,  # type: ignore[arg-type]
            )
            servers.append(await start_server(settings))
            channels.append(grpc.aio.insecure_channel(f"127.0.0.1:{servers[-1].port}"))
        yield [
            (s, pb_grpc.ModerationServiceStub(c)) for s, c in zip(servers, channels, strict=True)
        ]
    finally:
        for c in channels:
            await c.close(None)
        for s in servers:
            await s.stop(grace=1.0)


async def moderate(
    stub: pb_grpc.ModerationServiceAsyncStub, item_id: str, text: str
) -> pb.ItemResult:
    reply = await stub.Moderate(
        pb.ModerateRequest(items=[pb.Item(id=item_id, text=text)]), timeout=60
    )
    assert len(reply.results) == 1
    return reply.results[0]


def check_verdict(result: pb.ItemResult, item_id: str, text: str) -> None:
    """The item's own verdict, and the right one for its text."""
    assert result.item_id == item_id
    assert result.WhichOneof("outcome") == "verdict", result
    flagged = {c.category for c in result.verdict.categories if c.flagged}
    assert flagged == ({"harassment"} if FLAGGED in text else set()), text


def limited_emulator(first_token_seconds: float = 0.0) -> Emulator:
    config = EmulatorConfig.fast(rate_limits=OrgLimits(RPM, burst_seconds=BURST))
    config.first_token_seconds = first_token_seconds
    return Emulator(config)


async def test_the_emulated_organisation_answers_429_with_retry_after_and_headers() -> None:
    async with Emulator(EmulatorConfig.fast(rate_limits=OrgLimits(requests_per_minute=2))) as emu:
        client = AsyncAnthropic(base_url=emu.base_url, api_key="test", max_retries=0)
        hi: Any = [{"role": "user", "content": "hi"}]
        model = "claude-haiku-4-5"
        first = await client.messages.with_raw_response.create(
            model=model, max_tokens=16, messages=hi
        )
        assert first.headers["anthropic-ratelimit-requests-limit"] == "2"
        assert first.headers["anthropic-ratelimit-requests-remaining"] == "1"
        for name in ("requests", "input-tokens", "output-tokens", "tokens"):
            assert first.headers[f"anthropic-ratelimit-{name}-reset"].endswith("Z")
        await client.messages.create(model=model, max_tokens=16, messages=hi)
        with pytest.raises(anthropic.RateLimitError) as info:
            await client.messages.create(model=model, max_tokens=16, messages=hi)
        assert info.value.response.headers["retry-after"] == "30"  # one request refills in 30 s
        assert info.value.response.headers["anthropic-ratelimit-requests-remaining"] == "0"
        assert "rate limit of 2 requests per minute" in info.value.message
        assert (emu.limiter.admitted, emu.limiter.refused) == (2, 1)


@pytest.mark.parametrize("budget", [True, False], ids=["shared-budget", "independent"])
async def test_two_replicas_keep_to_the_organisation_bucket(redis_url: str, budget: bool) -> None:
    async with limited_emulator() as emu, replicas(emu, redis_url, budget=budget) as pair:
        items = texts(48, "x")
        results = await asyncio.gather(
            *(moderate(pair[i % 2][1], f"c{i}", t) for i, t in enumerate(items))
        )
        for i, (text, result) in enumerate(zip(items, results, strict=True)):
            check_verdict(result, f"c{i}", text)
        if budget:
            # Counted by the emulator: no call was ever refused, every call sent was answered.
            assert emu.limiter.refused == 0
            assert emu.limiter.admitted == len(emu.message_requests())
        else:
            # The control: without the shared budget the same load overdraws the bucket.
            assert emu.limiter.refused > 0
        # One prompt-cache write for the pair: the second replica read what the first wrote.
        writes = [
            s.engine.metrics.value("upstream_tokens_total", type="cache_creation") for s, _ in pair
        ]
        if budget:
            assert sorted(w > 0 for w in writes) == [False, True], writes
        # A verdict judged on one replica answers on the other, without another call.
        calls = len(emu.message_requests())
        again = await moderate(pair[1][1], "again", items[0])  # judged on replica 0
        check_verdict(again, "again", items[0])
        assert again.verdict.source == pb.VERDICT_SOURCE_CACHE
        assert len(emu.message_requests()) == calls


# --- Redis killed and restarted under load ----------------------------------------


@contextlib.contextmanager
def own_redis(port: int, workdir: Path) -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen(
        [
            *(_redis_binary(), "--port", str(port), "--bind", "127.0.0.1", "--save", ""),
            *("--appendonly", "no", "--dir", str(workdir)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(200):
            if _ping(port):
                break
            assert proc.poll() is None, "redis-server exited"
            time.sleep(0.05)
        yield proc
    finally:
        proc.kill()
        proc.wait(timeout=10)


async def test_redis_killed_and_restarted_mid_load_loses_nothing(tmp_path: Path) -> None:
    port = free_port()
    url = f"redis://127.0.0.1:{port}/0"
    items = texts(120, "k")
    async with limited_emulator(first_token_seconds=0.05) as emu:
        redis = contextlib.ExitStack()
        redis.enter_context(own_redis(port, tmp_path))
        async with replicas(emu, url) as pair:
            done = 0
            gate = asyncio.Semaphore(12)
            milestones = {30: asyncio.Event(), 70: asyncio.Event()}

            async def one(i: int, text: str) -> pb.ItemResult:
                nonlocal done
                async with gate:
                    result = await moderate(pair[i % 2][1], f"k{i}", text)
                done += 1
                if done in milestones:
                    milestones[done].set()
                return result

            async def chaos() -> None:
                await milestones[30].wait()
                redis.close()  # killed: SIGKILL, no goodbye
                await milestones[70].wait()
                redis.enter_context(own_redis(port, tmp_path))  # back, empty

            results, _ = await asyncio.gather(
                asyncio.gather(*(one(i, t) for i, t in enumerate(items))), chaos()
            )
            for i, (text, result) in enumerate(zip(items, results, strict=True)):
                check_verdict(result, f"k{i}", text)
            fallbacks = sum(
                s.engine.metrics.value("upstream_budget_fallbacks_total") for s, _ in pair
            )
            assert fallbacks >= 1  # the replicas noticed and paced alone meanwhile
            # Verdicts cached after the restart are whole: asked on the other replica, the
            # same texts answer the same, from the cache or from the model.
            again = await asyncio.gather(
                *(moderate(pair[(i + 1) % 2][1], f"r{i}", t) for i, t in enumerate(items[80:]))
            )
            for i, result in enumerate(again):
                check_verdict(result, f"r{i}", items[80 + i])
            assert any(r.verdict.source == pb.VERDICT_SOURCE_CACHE for r in again)
        redis.close()


# --- the same content on two replicas at once -----------------------------------------


def upstream_calls_with(emu: Emulator, text: str) -> int:
    return sum(text in json.dumps(r.body) for r in emu.message_requests())


async def test_content_in_flight_on_one_replica_is_not_judged_again_on_another(
    redis_url: str,
) -> None:
    async with limited_emulator(first_token_seconds=0.3) as emu, replicas(emu, redis_url) as pair:
        await moderate(pair[0][1], "warm", "a kind word to start with")  # writes the cache
        texts_now = [FLAGGED + " #same", "a kind word #same"]
        for text in texts_now:
            results = await asyncio.gather(
                moderate(pair[0][1], "a", text), moderate(pair[1][1], "b", text)
            )
            for result, item_id in zip(results, ("a", "b"), strict=True):
                check_verdict(result, item_id, text)
            assert upstream_calls_with(emu, text) == 1, text
            sources = sorted(r.verdict.source for r in results)
            assert sources == sorted([pb.VERDICT_SOURCE_MODEL, pb.VERDICT_SOURCE_CACHE])
        waited = [
            s.engine.metrics.value("items_deduplicated_across_replicas_total") for s, _ in pair
        ]
        assert sum(waited) == len(texts_now)


async def test_a_lease_that_ends_without_a_verdict_sends_the_waiter_to_judge(
    redis_url: str,
) -> None:
    from redis.asyncio import Redis

    found: dict[str, Verdict] = {}

    async def cached(key: str) -> Verdict | None:
        return found.get(key)

    owner = SharedInFlight(Redis.from_url(redis_url), lease=0.3)
    other = SharedInFlight(Redis.from_url(redis_url), lease=0.3)
    dead = SharedInFlight(Redis.from_url(f"redis://127.0.0.1:{free_port()}/0"), lease=0.3)
    try:
        assert await owner.claim("k1")
        assert not await other.claim("k1")
        started = time.monotonic()
        assert await other.wait("k1", cached) is None  # the owner died: its lease ran out
        assert time.monotonic() - started >= 0.25
        assert await other.claim("k1")  # and the next one may take it

        assert await owner.claim("k2")
        verdict = Verdict("x", Decision.BLOCK, True, (), "", "default", "1", "m", Source.MODEL)
        waiting = asyncio.ensure_future(other.wait("k2", cached))
        await asyncio.sleep(0.1)
        found["k2"] = verdict
        await owner.release("k2")
        assert await asyncio.wait_for(waiting, 5) == verdict

        # Redis unreachable: judge here at once, never wait on it.
        assert await dead.claim("k3")
        assert await dead.wait("k3", cached) is None
    finally:
        for s in (owner, other, dead):
            await s.close()
