"""Retry timing and a circuit breaker for the upstream API.

Retries use capped exponential backoff with full jitter, unless the server
says how long to wait (``retry-after-ms`` / ``retry-after``), which wins. The
breaker stops calling an upstream that keeps failing, so callers get the
fallback at once instead of waiting out every retry, and lets one trial call
through after a cool-down.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from enum import StrEnum


def retry_delay(
    attempt: int,
    headers: Mapping[str, str] | None,
    rng: random.Random,
    base: float = 0.5,
    cap: float = 8.0,
) -> float:
    """Seconds to wait before retry number `attempt` (1-based)."""
    hinted = retry_after(headers)
    if hinted is not None:
        return min(hinted, 60.0)
    return rng.uniform(0, min(cap, base * 2 ** (attempt - 1)))


def retry_after(headers: Mapping[str, str] | None) -> float | None:
    if not headers:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw is None:
            continue
        try:
            value = float(raw) * scale
        except ValueError:
            continue
        if value >= 0:
            return value
    return None


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    """Open after `failures` consecutive failed calls; one trial call after `cooldown` seconds."""

    def __init__(
        self, failures: int, cooldown: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._threshold = max(1, failures)
        self._cooldown = cooldown
        self._clock = clock
        self._failures = 0
        self._opened_at = 0.0
        self._trial_in_flight = False
        self.state = BreakerState.CLOSED

    def allow(self) -> bool:
        if self.state is BreakerState.CLOSED:
            return True
        if self.state is BreakerState.OPEN and self._clock() - self._opened_at >= self._cooldown:
            self.state = BreakerState.HALF_OPEN
            self._trial_in_flight = False
        if self.state is BreakerState.HALF_OPEN and not self._trial_in_flight:
            self._trial_in_flight = True
            return True
        return False

    def success(self) -> None:
        self._failures = 0
        self.state = BreakerState.CLOSED
        self._trial_in_flight = False

    def failure(self) -> bool:
        """Record a failed call; True when this failure opened the breaker."""
        self._failures += 1
        if self.state is BreakerState.HALF_OPEN or self._failures >= self._threshold:
            opened = self.state is not BreakerState.OPEN
            self.state = BreakerState.OPEN
            self._opened_at = self._clock()
            self._trial_in_flight = False
            return opened
        return False
