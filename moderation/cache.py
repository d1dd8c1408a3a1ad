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

Redis is a trust boundary: a key is computable (policy, version, model and a
SHA-256 of the content), so anyone who can write to Redis could plant an
`allow` for content they mean to publish. With a key (MODERATION_CACHE_HMAC_KEY,
the same on every replica) each stored verdict carries an HMAC-SHA256 of its
Redis key and its JSON; an entry whose signature does not check (planted,
copied from another key, or written without the key) is a miss, and the item
is judged again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
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
SIGNED = b"s1:"
"""Marks a signed entry: `s1:<hex HMAC-SHA256 of key NUL json>:<json>`."""
REFUSED_LOG_SECONDS = 60.0


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

    def peek(self, key: str) -> Verdict | None:
        """The verdict held in this process, without waiting (None if only elsewhere)."""
        ...

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
        "language": verdict.language,
        "language_validated": verdict.language_validated,
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
            language=str(doc.get("language", "und")),
            language_validated=bool(doc.get("language_validated", True)),
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

    def peek(self, key: str) -> Verdict | None:
        try:  # one lookup: TTLCache's get() looks twice (an expired entry is a KeyError)
            return self._entries[key]
        except KeyError:
            return None

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
    them. A malformed entry is logged and treated as a miss; with `hmac_key`,
    so is one whose signature does not check (logged at most once a minute).
    """

    def __init__(
        self,
        client: Redis,
        ttl: float,
        prefix: str = "moderation:",
        owns_client: bool = True,
        hmac_key: bytes = b"",
    ) -> None:
        self._client = client
        self._ttl = max(1, round(ttl))
        self._prefix = prefix
        self._owns_client = owns_client
        self._hmac_key = hmac_key
        self._refused_logged = -REFUSED_LOG_SECONDS
        self.refused = 0  # entries ignored for a missing or wrong signature

    @classmethod
    def from_url(
        cls, url: str, ttl: float, timeout: float = 0.25, hmac_key: bytes = b""
    ) -> RedisVerdictCache:
        from redis.asyncio import Redis

        client = Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            health_check_interval=30,
        )
        return cls(client, ttl, hmac_key=hmac_key)

    def peek(self, key: str) -> Verdict | None:
        return None  # nothing is held here: every read is a round trip

    async def get(self, key: str) -> Verdict | None:
        full = self._prefix + key
        raw = await self._client.get(full)
        if raw is None:
            return None
        body = self._verified(full, raw)
        if body is None:
            return None
        try:
            return verdict_from_json(body)
        except ValueError:
            log.warning("ignoring a malformed cached verdict under %s", key, exc_info=True)
            return None

    async def put(self, key: str, verdict: Verdict) -> None:
        full = self._prefix + key
        # SET with EX: SETEX's modern spelling (one command, value and expiry together).
        await self._client.set(full, self._signed(full, verdict_to_json(verdict)), ex=self._ttl)

    def _mac(self, full_key: str, body: bytes) -> bytes:
        digest = hmac.new(self._hmac_key, full_key.encode() + b"\0" + body, hashlib.sha256)
        return digest.hexdigest().encode("ascii")

    def _signed(self, full_key: str, body: bytes) -> bytes:
        if not self._hmac_key:
            return body
        return SIGNED + self._mac(full_key, body) + b":" + body

    def _verified(self, full_key: str, raw: bytes | str) -> bytes | None:
        """The entry's JSON when it may be served: signed with our key under this very key,
        or, without a key configured, whatever is there."""
        data = raw.encode() if isinstance(raw, str) else raw
        if data.startswith(SIGNED):
            mac, _, body = data[len(SIGNED) :].partition(b":")
            if not self._hmac_key:
                return body  # signed by a replica that has a key; this one trusts Redis
            if hmac.compare_digest(mac, self._mac(full_key, body)):
                return body
        elif not self._hmac_key:
            return data
        self.refused += 1
        now = time.monotonic()
        if now - self._refused_logged >= REFUSED_LOG_SECONDS:
            self._refused_logged = now
            log.warning(
                "ignoring a cached verdict in Redis without a valid signature (%d so far): "
                "written without MODERATION_CACHE_HMAC_KEY, with another key, or by "
                "someone else; the item is judged again",
                self.refused,
            )
        return None

    async def close(self) -> None:
        if self._owns_client:
            await self._client.aclose()


class TieredVerdictCache:
    """An in-process cache in front of a shared one: hits on this replica skip the network."""

    def __init__(self, near: VerdictCache, far: VerdictCache) -> None:
        self._near = near
        self._far = far

    def peek(self, key: str) -> Verdict | None:
        return self._near.peek(key)

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
    key = settings.cache_hmac_key.encode("utf-8")
    if key:
        log.info("verdicts in Redis are signed; entries without a valid signature are misses")
    else:
        log.warning(
            "MODERATION_CACHE_HMAC_KEY is not set: verdicts read from Redis are served as "
            "they are, so anyone who can write to Redis can choose the verdict of any "
            "content; set a secret key (the same on every replica) to have such entries "
            "ignored"
        )
    far = RedisVerdictCache.from_url(settings.redis_url, settings.cache_ttl_seconds, hmac_key=key)
    return TieredVerdictCache(memory, far)
