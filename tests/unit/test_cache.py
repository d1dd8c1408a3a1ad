"""Verdict (de)serialization and the in-process and tiered caches (Redis: see integration)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from moderation.cache import (
    MemoryVerdictCache,
    RedisVerdictCache,
    TieredVerdictCache,
    build_cache,
    cache_key,
    verdict_from_json,
    verdict_to_json,
)
from moderation.config import Settings
from moderation.domain import CategoryResult, Decision, Evidence, Severity, Source, Usage, Verdict
from moderation.jobs.store import decode_outcome, encode_outcome

VERDICT = Verdict(
    item_id="msg-1",
    decision=Decision.REVIEW,
    flagged=True,
    categories=(
        CategoryResult("harassment", True, Severity.MEDIUM, 0.61),
        CategoryResult("violence", False, Severity.NONE, 0.0),
        CategoryResult("hate", False, Severity.LOW, 0.3),
    ),
    rationale='insults another user — "quoted" text, ünïcode',
    policy_id="default",
    policy_version="0123456789abcdef",
    model="claude-3-5-haiku-latest",
    source=Source.MODEL,
    usage=Usage(12.5, 1800.0, 0.0, 7.25, 0.000123),
)


def test_verdict_json_round_trip() -> None:
    raw = verdict_to_json(VERDICT)
    assert verdict_from_json(raw) == VERDICT
    assert verdict_from_json(raw.decode("utf-8")) == VERDICT
    doc = json.loads(raw)
    assert doc["decision"] == "review" and doc["categories"][0]["severity"] == "medium"


def test_evidence_survives_the_cache_and_the_job_store() -> None:
    spans = (Evidence(3, 9, "ïnsult"), Evidence(12, 15, "bad", "blocklists/x", "bad"))
    harassment = replace(VERDICT.categories[0], evidence=spans)
    verdict = replace(VERDICT, categories=(harassment, *VERDICT.categories[1:]))
    assert verdict_from_json(verdict_to_json(verdict)) == verdict
    assert decode_outcome(encode_outcome(verdict)) == verdict
    assert b"evidence" not in verdict_to_json(VERDICT)  # none: the stored form is unchanged


def test_the_verdicts_language_survives_the_cache_and_older_entries_read() -> None:
    german = replace(VERDICT, language="de", language_validated=False)
    assert verdict_from_json(verdict_to_json(german)) == german
    doc = json.loads(verdict_to_json(VERDICT))
    del doc["language"], doc["language_validated"]  # written before the fields existed
    old = verdict_from_json(json.dumps(doc).encode())
    assert (old.language, old.language_validated) == ("und", True)


@pytest.mark.parametrize(
    "raw",
    [
        b"[]",
        b'{"format": 99}',
        verdict_to_json(VERDICT).replace(b'"review"', b'"maybe"'),
        verdict_to_json(VERDICT).replace(b'"medium"', b'"huge"'),
        verdict_to_json(VERDICT).replace(b'"categories"', b'"cats"'),
    ],
)
def test_malformed_stored_verdicts_are_rejected(raw: bytes) -> None:
    with pytest.raises(ValueError):
        verdict_from_json(raw)


def test_cache_key_separates_policy_versions_and_models() -> None:
    assert cache_key("p", "v1", "m", "h") != cache_key("p", "v2", "m", "h")
    assert cache_key("p", "v1", "m", "h") != cache_key("q", "v1", "m", "h")
    assert cache_key("p", "v1", "m", "h") != cache_key("p", "v1", "n", "h")


async def test_memory_cache_bounded() -> None:
    cache = MemoryVerdictCache(max_entries=2, ttl=60)
    for n in range(3):
        await cache.put(f"k{n}", replace(VERDICT, item_id=str(n)))
    assert len(cache) == 2
    assert await cache.get("k0") is None
    assert (await cache.get("k2")) == replace(VERDICT, item_id="2")


class _Counting(MemoryVerdictCache):
    def __init__(self) -> None:
        super().__init__(100, 60)
        self.gets = 0

    async def get(self, key: str) -> Verdict | None:
        self.gets += 1
        return await super().get(key)


async def test_tiered_cache_fills_the_near_tier_from_the_far_one() -> None:
    near, far = _Counting(), _Counting()
    cache = TieredVerdictCache(near, far)
    await far.put("k", VERDICT)  # written by another replica
    assert await cache.get("k") == VERDICT
    assert far.gets == 1
    assert await cache.get("k") == VERDICT
    assert far.gets == 1  # the second read stayed on this replica
    await cache.put("k2", VERDICT)
    assert await near.get("k2") == VERDICT and await far.get("k2") == VERDICT
    assert await cache.get("missing") is None


def test_build_cache_follows_the_settings() -> None:
    assert isinstance(build_cache(Settings()), MemoryVerdictCache)
    tiered = build_cache(Settings(redis_url="redis://127.0.0.1:1/0"))
    assert isinstance(tiered, TieredVerdictCache)
    assert isinstance(tiered._far, RedisVerdictCache)
