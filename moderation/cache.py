"""The verdict cache: the same content under the same policy version gets the same verdict.

In-process by default (cachetools TTL + LRU); with a Redis URL, verdicts are
shared across replicas, with the in-process cache in front so repeated content
on one replica costs no network round trip. Keys include the policy id and
version and the model, so editing a policy or switching models never serves
stale verdicts (the engine checks the blocklist before the cache, so a
blocklist edit takes effect at once); and the tenant whose call produced the
verdict unless the scope is shared, so no tenant learns from a hit what
another sent.

Verdicts are stored in Redis as JSON (not pickle): replicas of different
versions can read each other's entries, and a bad entry is a miss, not code.
"""

from __future__ import annotations

import json
import logging
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from cachetools import TTLCache

from moderation.domain import (
    CategoryResult,
    Decision,
    Evidence,
    Severity,
    Source,
    Usage,
    Verdict,
)

if TYPE_CHECKING:
    from redis.asyncio import Redis

    from moderation.config import Settings

log = logging.getLogger(__name__)

VERDICT_FORMAT = 1
"""Version of the stored JSON; entries of another version are misses."""


class CacheScope(StrEnum):
    """Who may be answered from a verdict (MODERATION_CACHE_SCOPE)."""

    TENANT = "tenant"  # only the tenant whose call produced it: no one learns what others sent
    SHARED = "shared"  # every tenant: cheaper, but a hit reveals the content was seen before


SHARED_SCOPE = "*"  # the scope part of a key shared by every tenant (not a valid tenant id)


def cache_key(
    policy_id: str, policy_version: str, model: str, content_hash: str, scope: str = SHARED_SCOPE
) -> str:
    """Everything a cached verdict depends on: who may see it, the policy's content, the
    model, the item. Also the key of in-flight dedup, so identical items of two tenants in a
    tenant-scoped cache are judged apart."""
    return f"v3:{scope}:{policy_id}:{policy_version}:{model}:{content_hash}"


class VerdictCache(Protocol):
    async def get(self, key: str) -> Verdict | None: ...

    async def put(self, key: str, verdict: Verdict) -> None: ...

    async def close(self) -> None: ...


# --- JSON (de)serialization of the domain types --------------------------------


def usage_to_dict(usage: Usage) -> dict[str, float]:
    return {
        "input_tokens": usage.input_tokens,
        "cache_read_input_tokens": usage.cache_read_input_tokens,
        "cache_creation_input_tokens": usage.cache_creation_input_tokens,
        "output_tokens": usage.output_tokens,
        "estimated_cost_usd": usage.estimated_cost_usd,
    }


def usage_from_dict(doc: dict[str, Any]) -> Usage:
    return Usage(
        float(doc.get("input_tokens", 0.0)),
        float(doc.get("cache_read_input_tokens", 0.0)),
        float(doc.get("cache_creation_input_tokens", 0.0)),
        float(doc.get("output_tokens", 0.0)),
        float(doc.get("estimated_cost_usd", 0.0)),
    )


def evidence_to_list(e: Evidence) -> list[Any]:
    return [e.start, e.end, e.quote, e.blocklist, e.term]


def evidence_from_list(raw: list[Any]) -> Evidence:
    start, end, quote, blocklist, term = raw
    return Evidence(int(start), int(end), str(quote), str(blocklist), str(term))


def verdict_to_dict(verdict: Verdict) -> dict[str, Any]:
    return {
        "format": VERDICT_FORMAT,
        "item_id": verdict.item_id,
        "decision": verdict.decision.value,
        "flagged": verdict.flagged,
        "categories": [
            {
                "category": c.category,
                "flagged": c.flagged,
                "severity": c.severity.name.lower(),
                "score": c.score,
                **({"evidence": [evidence_to_list(e) for e in c.evidence]} if c.evidence else {}),
            }
            for c in verdict.categories
        ],
        "rationale": verdict.rationale,
        "policy_id": verdict.policy_id,
        "policy_version": verdict.policy_version,
        "model": verdict.model,
        "source": verdict.source.value,
        "usage": usage_to_dict(verdict.usage),
        "injection_suspected": verdict.injection_suspected,
    }


def verdict_from_dict(doc: dict[str, Any]) -> Verdict:
    """The inverse of `verdict_to_dict`; raises ValueError on anything malformed."""
    try:
        if doc.get("format") != VERDICT_FORMAT:
            raise ValueError(f"stored verdict format {doc.get('format')!r}")
        return Verdict(
            item_id=str(doc["item_id"]),
            decision=Decision(doc["decision"]),
            flagged=bool(doc["flagged"]),
            categories=tuple(
                CategoryResult(
                    str(c["category"]),
                    bool(c["flagged"]),
                    Severity.parse(str(c["severity"])),
                    float(c["score"]),
                    tuple(evidence_from_list(e) for e in c.get("evidence", ())),
                )
                for c in doc["categories"]
            ),
            rationale=str(doc["rationale"]),
            policy_id=str(doc["policy_id"]),
            policy_version=str(doc["policy_version"]),
            model=str(doc["model"]),
            source=Source(doc["source"]),
            usage=usage_from_dict(doc.get("usage") or {}),
            injection_suspected=bool(doc.get("injection_suspected", False)),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"malformed stored verdict: {exc!r}") from None


def verdict_to_json(verdict: Verdict) -> bytes:
    return json.dumps(verdict_to_dict(verdict), separators=(",", ":")).encode("utf-8")


def verdict_from_json(raw: bytes | str) -> Verdict:
    doc = json.loads(raw)
    if not isinstance(doc, dict):
        raise ValueError("stored verdict is not a JSON object")
    return verdict_from_dict(doc)


# --- caches -------------------------------------------------------------------


class MemoryVerdictCache:
    """Bounded in-process cache: entries expire after `ttl` seconds, least recently used first."""

    def __init__(self, max_entries: int, ttl: float) -> None:
        self._entries: TTLCache[str, Verdict] = TTLCache(maxsize=max_entries, ttl=ttl)

    async def get(self, key: str) -> Verdict | None:
        return self._entries.get(key)

    async def put(self, key: str, verdict: Verdict) -> None:
        self._entries[key] = verdict

    async def close(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


class RedisVerdictCache:
    """Verdicts shared by every replica through Redis: JSON values, expiry by SET … EX (SETEX).

    Short socket timeouts: a slow Redis must cost a cache miss, not the
    caller's deadline. Network errors propagate; the engine counts and ignores
    them. A malformed entry is logged and treated as a miss.
    """

    def __init__(
        self, client: Redis, ttl: float, prefix: str = "moderation:", owns_client: bool = True
    ) -> None:
        self._client = client
        self._ttl = max(1, round(ttl))
        self._prefix = prefix
        self._owns_client = owns_client

    @classmethod
    def from_url(cls, url: str, ttl: float, timeout: float = 0.25) -> RedisVerdictCache:
        from redis.asyncio import Redis

        client = Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            health_check_interval=30,
        )
        return cls(client, ttl)

    async def get(self, key: str) -> Verdict | None:
        raw = await self._client.get(self._prefix + key)
        if raw is None:
            return None
        try:
            return verdict_from_json(raw)
        except ValueError:
            log.warning("ignoring a malformed cached verdict under %s", key, exc_info=True)
            return None

    async def put(self, key: str, verdict: Verdict) -> None:
        # SET with EX: SETEX's modern spelling (one command, value and expiry together).
        await self._client.set(self._prefix + key, verdict_to_json(verdict), ex=self._ttl)

    async def close(self) -> None:
        if self._owns_client:
            await self._client.aclose()


class TieredVerdictCache:
    """An in-process cache in front of a shared one: hits on this replica skip the network."""

    def __init__(self, near: VerdictCache, far: VerdictCache) -> None:
        self._near = near
        self._far = far

    async def get(self, key: str) -> Verdict | None:
        verdict = await self._near.get(key)
        if verdict is not None:
            return verdict
        verdict = await self._far.get(key)
        if verdict is not None:
            await self._near.put(key, verdict)
        return verdict

    async def put(self, key: str, verdict: Verdict) -> None:
        await self._near.put(key, verdict)
        await self._far.put(key, verdict)

    async def close(self) -> None:
        await self._near.close()
        await self._far.close()


def build_cache(settings: Settings) -> VerdictCache:
    """In-process cache, or in-process in front of Redis when `redis_url` is set."""
    memory = MemoryVerdictCache(settings.cache_max_entries, settings.cache_ttl_seconds)
    if not settings.redis_url:
        return memory
    return TieredVerdictCache(
        memory, RedisVerdictCache.from_url(settings.redis_url, settings.cache_ttl_seconds)
    )
