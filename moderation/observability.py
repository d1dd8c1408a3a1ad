"""Logging set-up and in-process counters (verdicts by source, usage, cache hit rate).

Counters are plain numbers read by `snapshot()`; the server logs them and
benchmarks read them, so operators can see cost and cache behaviour without an
extra dependency.
"""

from __future__ import annotations

import logging
import threading

from moderation.domain import Usage


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


class Metrics:
    """Monotonic counters; safe to bump from the event loop and worker threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, float] = {}
        self._usage = Usage()

    def incr(self, name: str, by: float = 1) -> None:
        with self._lock:
            self._counts[name] = self._counts.get(name, 0.0) + by

    def add_usage(self, usage: Usage) -> None:
        with self._lock:
            self._usage = self._usage + usage

    def snapshot(self) -> dict[str, float]:
        with self._lock:
            out: dict[str, float] = dict(self._counts)
            u = self._usage
        out.update(
            input_tokens=u.input_tokens,
            cache_read_input_tokens=u.cache_read_input_tokens,
            cache_creation_input_tokens=u.cache_creation_input_tokens,
            output_tokens=u.output_tokens,
            estimated_cost_usd=u.estimated_cost_usd,
        )
        prompt = u.input_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens
        out["prompt_cache_hit_rate"] = u.cache_read_input_tokens / prompt if prompt else 0.0
        return out
