"""What the service can tell about its Redis at start-up: whether it may evict what matters.

Redis holds two kinds of keys here: ones whose loss costs little (cached
verdicts: the item is judged again) and ones whose loss is wrong (jobs, which
have no expiry, and the upstream budget's buckets and in-flight leases, which
do). Redis picks what to evict at its memory limit by `maxmemory-policy`:
`allkeys-*` may drop jobs; `volatile-ttl` and `volatile-random` may drop a
lease or a budget bucket as soon as a cached verdict. The check reads
`INFO memory` (no secret in it; an ACL user needs `+info`) and says so once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from moderation.config import Settings

log = logging.getLogger(__name__)


class Risk(Enum):
    NONE = "none"
    LOW = "low"  # least recently or frequently used keys with an expiry: verdicts, in practice
    HIGH = "high"


@dataclass(frozen=True, slots=True)
class EvictionReport:
    risk: Risk
    message: str


def eviction_risk(policy: str, maxmemory: int, jobs_in_redis: bool) -> EvictionReport:
    """What Redis may evict under `policy` at `maxmemory` bytes (0: no limit)."""
    if maxmemory <= 0:
        return EvictionReport(Risk.NONE, "Redis has no memory limit: nothing is evicted")
    if policy == "noeviction":
        return EvictionReport(
            Risk.NONE,
            "Redis evicts nothing (noeviction); when full, writes fail: verdicts go uncached "
            "and jobs cannot be stored until memory is freed",
        )
    if policy.startswith("allkeys-"):
        lost = "jobs, " if jobs_in_redis else ""
        return EvictionReport(
            Risk.HIGH,
            f"Redis maxmemory-policy is {policy}: at its memory limit it may evict {lost}"
            "upstream budget buckets and in-flight leases along with cached verdicts; use "
            "volatile-lru (only keys with an expiry are evicted, least recently used first)",
        )
    if policy in ("volatile-ttl", "volatile-random"):
        return EvictionReport(
            Risk.HIGH,
            f"Redis maxmemory-policy is {policy}: at its memory limit it may evict in-flight "
            "leases and upstream budget buckets (short expiries) before cached verdicts; use "
            "volatile-lru",
        )
    return EvictionReport(
        Risk.LOW,
        f"Redis maxmemory-policy is {policy}: only keys with an expiry are evicted, least "
        "used first (cached verdicts, in practice; a lease or budget bucket in use is recent)",
    )


async def check_redis(settings: Settings, client: Any = None) -> EvictionReport | None:
    """Read Redis's eviction settings and log what they mean (None when it cannot be read)."""
    if not settings.redis_url:
        return None
    own = client is None
    if client is None:
        from redis.asyncio import Redis

        client = Redis.from_url(settings.redis_url, socket_timeout=2, socket_connect_timeout=2)
    try:
        info = await client.info("memory")
    except Exception as exc:  # unreachable, or an ACL without +info: say so and go on
        log.warning("could not read Redis's eviction policy (INFO memory): %s", exc)
        return None
    finally:
        if own:
            await client.aclose()
    report = eviction_risk(
        str(info.get("maxmemory_policy", "")),
        int(info.get("maxmemory", 0) or 0),
        settings.jobs_store == "redis",
    )
    (log.warning if report.risk is Risk.HIGH else log.info)("%s", report.message)
    return report
