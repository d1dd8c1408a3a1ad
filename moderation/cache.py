"""The verdict cache: the same content under the same policy version gets the same verdict.

In-process by default (cachetools TTL + LRU); a Redis-backed cache shares
verdicts across replicas. Keys include the policy id and version, so editing a
policy never serves stale verdicts.
"""

from __future__ import annotations

from typing import Protocol

from cachetools import TTLCache

from moderation.domain import Verdict


def cache_key(policy_id: str, policy_version: str, content_hash: str) -> str:
    return f"v1:{policy_id}:{policy_version}:{content_hash}"


class VerdictCache(Protocol):
    async def get(self, key: str) -> Verdict | None: ...

    async def put(self, key: str, verdict: Verdict) -> None: ...

    async def close(self) -> None: ...


class MemoryVerdictCache:
    """Bounded in-process cache; entries expire after `ttl` seconds, least recently used go first."""

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
