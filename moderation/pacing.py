"""Upstream pacing: how many calls may be in flight, and how long to hold off.

One `Pacer` is built at start-up and shared: the batcher reads it before it
starts a call, and the resilient backend wrapper, which sees every upstream
answer, feeds it (success, or 429/529 with retry-after). No other component
decides how fast the upstream is called.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable


class AdaptiveLimit:
    """AIMD limit on upstream calls in flight, like TCP's congestion window.

    Overload halves it (once per window: signals from calls started before the
    last decrease are ignored, so one burst of 429s counts once); each success
    adds 1/limit, so a full window of successes adds one slot.
    """

    def __init__(self, minimum: int, maximum: int, decrease: float = 0.5) -> None:
        self.minimum = minimum
        self.maximum = maximum
        self._decrease = decrease
        self._value = float(maximum)
        self.epoch = 0

    @property
    def current(self) -> int:
        return max(self.minimum, math.floor(self._value))

    def on_success(self) -> None:
        self._value = min(float(self.maximum), self._value + 1.0 / max(self._value, 1.0))

    def on_overload(self, epoch: int) -> bool:
        """Decrease for a call started in `epoch`; False when that window already decreased."""
        if epoch != self.epoch:
            return False
        self._value = max(float(self.minimum), self._value * self._decrease)
        self.epoch += 1
        return True


class Pacer:
    """The adaptive concurrency limit and the upstream's retry-after pause, in one place."""

    def __init__(
        self,
        min_concurrency: int = 1,
        max_concurrency: int = 8,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = AdaptiveLimit(min_concurrency, max_concurrency)
        self._clock = clock
        self.paused_until = 0.0

    @property
    def epoch(self) -> int:
        """Tag a call with this when it starts; pass it back with its overload signal."""
        return self.limit.epoch

    def on_success(self) -> None:
        self.limit.on_success()

    def on_overload(self, epoch: int, retry_after: float | None) -> bool:
        """A 429/529: halve the limit (once per window) and pause for `retry_after`.

        True when this signal lowered the limit.
        """
        if retry_after:
            self.paused_until = max(self.paused_until, self._clock() + retry_after)
        return self.limit.on_overload(epoch)

    def pause_left(self) -> float:
        """Seconds until new upstream calls may start (0 when not paused)."""
        return max(0.0, self.paused_until - self._clock())


def backoff_delay(attempt: int, rng: random.Random, base: float = 0.5, cap: float = 8.0) -> float:
    """Capped exponential backoff with full jitter before retry number `attempt` (1-based)."""
    return rng.uniform(0, min(cap, base * 2 ** (max(1, attempt) - 1)))
