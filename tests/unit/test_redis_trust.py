"""What each Redis eviction policy may cost the service, as said at start-up."""

from __future__ import annotations

import pytest

from moderation.redis_trust import Risk, eviction_risk


@pytest.mark.parametrize(
    ("policy", "maxmemory", "jobs", "risk", "named"),
    [
        ("allkeys-lru", 1 << 30, True, Risk.HIGH, "jobs"),
        ("allkeys-random", 1 << 30, False, Risk.HIGH, "leases"),
        ("volatile-ttl", 1 << 30, True, Risk.HIGH, "leases"),
        ("volatile-random", 1 << 30, False, Risk.HIGH, "budget"),
        ("volatile-lru", 1 << 30, True, Risk.LOW, "expiry"),
        ("volatile-lfu", 1 << 30, True, Risk.LOW, "expiry"),
        ("noeviction", 1 << 30, True, Risk.NONE, "writes fail"),
        ("allkeys-lru", 0, True, Risk.NONE, "no memory limit"),
    ],
)
def test_each_policy_is_named_for_what_it_may_evict(
    policy: str, maxmemory: int, jobs: bool, risk: Risk, named: str
) -> None:
    report = eviction_risk(policy, maxmemory, jobs)
    assert report.risk is risk
    assert named in report.message


def test_jobs_are_named_only_when_they_live_in_redis() -> None:
    assert "jobs" not in eviction_risk("allkeys-lru", 1 << 30, jobs_in_redis=False).message
