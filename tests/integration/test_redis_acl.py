"""The ACL the k8s manifests give Redis, on a real redis-server: everything the service does
works as that user, and nothing outside its keys or beyond ordinary data commands does."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from redis.asyncio import Redis
from redis.exceptions import AuthenticationError, NoPermissionError, ResponseError

from bench.harness import free_port
from moderation.cache import RedisVerdictCache
from moderation.config import Settings
from moderation.domain import Item, TextContent
from moderation.jobs.model import JobState
from moderation.jobs.store_redis import RedisJobStore
from moderation.redis_trust import check_redis
from moderation.shared_inflight import SharedInFlight
from moderation.upstream.budget import Cost, RateLimits, RedisBuckets
from tests.conftest import _ping, _redis_binary
from tests.unit.test_cache import VERDICT

SECRET = (
    Path(__file__).resolve().parents[2] / "k8s" / "components" / "redis" / "secret.example.yaml"
)


@pytest.fixture(scope="module")
def acl_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A redis-server loading the example Secret's ACL file; yields the example's URL
    pointed at it, in plaintext (the TLS flags need certificates)."""
    secret = next(
        d for d in yaml.safe_load_all(SECRET.read_text()) if "users.acl" in d["stringData"]
    )
    work = tmp_path_factory.mktemp("redis-acl")
    (work / "users.acl").write_text(secret["stringData"]["users.acl"])
    port = free_port()
    args = [_redis_binary(), "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    args += ["--dir", str(work), "--aclfile", str(work / "users.acl")]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if _ping(port):
                break
            time.sleep(0.05)
        url = urlsplit(secret["stringData"]["redis-url"])
        yield f"redis://{url.username}:{url.password}@127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


async def test_the_service_works_as_the_acl_user(acl_redis: str) -> None:
    cache = RedisVerdictCache.from_url(acl_redis, ttl=60, hmac_key=b"k")
    try:
        await cache.put("v2:p:1:m:abc", VERDICT)
        assert await cache.get("v2:p:1:m:abc") == VERDICT
    finally:
        await cache.close()
    client = Redis.from_url(acl_redis)
    try:
        buckets = RedisBuckets(client, RateLimits(requests_per_minute=60))
        granted, _ = await buckets.take("m", Cost(requests=1), max_reserve=1.0)
        assert granted
        inflight = SharedInFlight(client, lease=5)
        assert await inflight.claim("v2:p:1:m:def")
        await inflight.release("v2:p:1:m:def")
        report = await check_redis(Settings(redis_url=acl_redis), client)
        assert report is not None  # INFO is allowed
    finally:
        await client.aclose()
    store = RedisJobStore(acl_redis)
    try:
        await store.create_job(
            "j1", "default", "haiku", [Item("a", TextContent("hi"))], JobState.PENDING
        )
        assert (await store.get_job("j1")).state is JobState.PENDING
    finally:
        await store.close()


async def test_nothing_outside_the_service_keys_or_admin_commands(acl_redis: str) -> None:
    client = Redis.from_url(acl_redis)
    try:
        with pytest.raises(NoPermissionError):
            await client.set("someone-else:key", b"1")
        with pytest.raises(NoPermissionError):
            await client.keys("*")
        with pytest.raises(NoPermissionError):
            await client.flushall()
        with pytest.raises(NoPermissionError):
            await client.config_get("requirepass")
    finally:
        await client.aclose()
    anonymous = Redis.from_url(
        acl_redis.replace(urlsplit(acl_redis).netloc.split("@")[0] + "@", "")
    )
    try:
        with pytest.raises((AuthenticationError, ResponseError)):
            await anonymous.get("moderation:x")
    finally:
        await anonymous.aclose()
