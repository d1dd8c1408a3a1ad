"""A circuit breaker whose every trial ends, one way or the other.

After `failures` consecutive failed calls it opens: callers get the fallback at
once instead of waiting out retries. After `cooldown` seconds it lets one
trial call through (half-open). A trial is a `Permit`: settled as success or
failure by whoever made the call, and settled as a failure if it ends any
other way (cancelled, an unexpected exception), so the breaker can never wait
for a trial that will not report back.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum
from types import TracebackType


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    def __init__(
        self, failures: int, cooldown: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._threshold = max(1, failures)
        self._cooldown = cooldown
        self._clock = clock
        self._failures = 0
        self._opened_at = 0.0
        self._trial: Permit | None = None
        self.state = BreakerState.CLOSED

    def permit(self) -> Permit | None:
        """A permit for one call, or None while the breaker is open (or a trial is out)."""
        if self.state is BreakerState.OPEN and self._clock() - self._opened_at >= self._cooldown:
            self.state = BreakerState.HALF_OPEN
        if self.state is BreakerState.CLOSED:
            return Permit(self, trial=False)
        if self.state is BreakerState.HALF_OPEN and self._trial is None:
            self._trial = Permit(self, trial=True)
            return self._trial
        return None

    def _settle(self, permit: Permit, ok: bool, trip: bool = False) -> bool:
        """Record a call's end; True when this failure opened the breaker (`trip`: at once,
        whatever the count: a failure no retry can get past)."""
        if permit.trial:
            self._trial = None
        elif self.state is not BreakerState.CLOSED and not ok:
            # A call started before the breaker opened: its failure adds nothing to an
            # open breaker (its success, though, shows the upstream is back).
            return False
        if ok:
            self._failures = 0
            self.state = BreakerState.CLOSED
            return False
        self._failures += 1
        if trip:
            self._failures = max(self._failures, self._threshold)
        if permit.trial or self._failures >= self._threshold:
            opened = self.state is not BreakerState.OPEN
            self.state = BreakerState.OPEN
            self._opened_at = self._clock()
            return opened
        return False


class Permit:
    """One call's ticket; use as a context manager so it is always settled."""

    __slots__ = ("_breaker", "opened", "settled", "trial")

    def __init__(self, breaker: CircuitBreaker, trial: bool) -> None:
        self._breaker = breaker
        self.trial = trial
        self.settled = False
        self.opened = False  # this permit's failure opened the breaker

    def success(self) -> None:
        self._end(True)

    def failure(self) -> None:
        self._end(False)

    def trip(self) -> None:
        """A failure that opens the breaker at once."""
        self._end(False, trip=True)

    def _end(self, ok: bool, trip: bool = False) -> None:
        if not self.settled:
            self.settled = True
            self.opened = self._breaker._settle(self, ok, trip)

    def __enter__(self) -> Permit:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._end(False)  # no-op when settled; otherwise the call ended abnormally
