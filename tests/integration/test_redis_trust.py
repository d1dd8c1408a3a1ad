"""Redis as a trust boundary, on a real redis-server: signed verdicts, and the start-up check
of its eviction policy."""

from __future__ import annotations

import logging

import pytest
from redis.asyncio import Redis

from bench.harness import free_port
from moderation.cache import SIGNED, RedisVerdictCache, build_cache, verdict_to_json
from moderation.config import Settings
from moderation.redis_trust import Risk, check_redis
from tests.unit.test_cache import VERDICT

KEY = "v2:default:0123:m:abc"
OTHER = "v2:default:0123:m:def"


async def test_a_planted_verdict_is_a_miss_with_a_key(redis_url: str) -> None:
    cache = RedisVerdictCache.from_url(redis_url, ttl=60, hmac_key=b"secret")
    client = Redis.from_url(redis_url)
    try:
        await cache.put(KEY, VERDICT)
        stored = await client.get("moderation:" + KEY)
        assert isinstance(stored, bytes) and stored.startswith(SIGNED)
        assert await cache.get(KEY) == VERDICT
        # Unsigned, as anyone could write it; a signed one copied to another content's key;
        # one signed with another key.
        await client.set("moderation:" + OTHER, verdict_to_json(VERDICT))
        assert await cache.get(OTHER) is None
        await client.set("moderation:" + OTHER, stored)
        assert await cache.get(OTHER) is None
        elsewhere = RedisVerdictCache.from_url(redis_url, ttl=60, hmac_key=b"another")
        await elsewhere.put(OTHER, VERDICT)
        await elsewhere.close()
        assert await cache.get(OTHER) is None
        assert cache.refused == 3
    finally:
        await client.aclose()
        await cache.close()


async def test_without_a_key_entries_are_served_as_read(redis_url: str) -> None:
    trusting = RedisVerdictCache.from_url(redis_url, ttl=60)
    signing = RedisVerdictCache.from_url(redis_url, ttl=60, hmac_key=b"secret")
    client = Redis.from_url(redis_url)
    try:
        await client.set("moderation:" + KEY, verdict_to_json(VERDICT))
        assert await trusting.get(KEY) == VERDICT
        await signing.put(OTHER, VERDICT)  # a replica that has the key
        assert await trusting.get(OTHER) == VERDICT
    finally:
        await client.aclose()
        await trusting.close()
        await signing.close()


def test_start_up_says_what_an_unsigned_cache_means(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="moderation.cache"):
        build_cache(Settings(redis_url="redis://127.0.0.1:1/0"))
    assert "anyone who can write to Redis" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="moderation.cache"):
        build_cache(Settings(redis_url="redis://127.0.0.1:1/0", cache_hmac_key="k"))
    assert "anyone who can write" not in caplog.text and "signed" in caplog.text


async def test_start_up_warns_when_redis_may_evict_jobs(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = Redis.from_url(redis_url)
    try:
        await client.config_set("maxmemory", "512mb")
        await client.config_set("maxmemory-policy", "allkeys-lru")
        settings = Settings(redis_url=redis_url, jobs_store="redis")
        with caplog.at_level(logging.INFO, logger="moderation.redis_trust"):
            report = await check_redis(settings)
        assert report is not None and report.risk is Risk.HIGH
        assert "may evict jobs" in caplog.text
        assert any(r.levelno == logging.WARNING for r in caplog.records)
        await client.config_set("maxmemory-policy", "volatile-lru")
        report = await check_redis(settings)
        assert report is not None and report.risk is Risk.LOW
    finally:
        await client.config_set("maxmemory", "0")
        await client.config_set("maxmemory-policy", "noeviction")
        await client.aclose()


async def test_an_unreadable_redis_is_said_and_start_up_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = Settings(redis_url=f"redis://127.0.0.1:{free_port()}/0")
    with caplog.at_level(logging.WARNING, logger="moderation.redis_trust"):
        assert await check_redis(settings) is None
    assert "could not read Redis's eviction policy" in caplog.text
