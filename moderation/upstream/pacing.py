"""Upstream pacing: how many calls may be in flight, and how long to hold off.

One `Pacer` is built at start-up and shared: the batcher takes a `Slot` from it
for every call it starts and releases it when the call ends; the resilient backend
wrapper, which sees every upstream answer, feeds the pacer (success, or 429/529
with retry-after) and, while a call waits to retry, gives the call's slot back and
queues for it again through the same `Slot`. With an upstream budget (`budget`),
the batcher first waits for a `Turn` (one request taken from the budget) and only
then forms the batch, so a batch leaves full with what queued while it waited; the
call then takes the rest of its estimated cost just before it is sent
(`before_call`) and settles it just after (`after_call`). No other component
decides how fast the upstream is called.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import random
import time
from collections import deque
from collections.abc import AsyncIterator, Callable

from moderation.upstream.budget import Budget, CallReport, Cost

# What a batch's turn takes from the budget before the batch is formed: its request.
TURN_COST = Cost(requests=1.0)


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
    """Upstream call slots under the adaptive limit and the upstream's retry-after pause.

    The batcher takes a slot for each call it starts (`has_room`, `take`) and
    releases the `Slot` when the call ends. A call that must wait before asking
    again (429/529, a server error) gives its slot back meanwhile and queues for
    one ahead of new batches (`Slot.given_back`), so retries keep to the lowered
    limit too. Whenever room frees up and no retry waits, `on_room` (the
    batcher's pump) is called.
    """

    def __init__(
        self,
        min_concurrency: int = 1,
        max_concurrency: int = 8,
        clock: Callable[[], float] = time.monotonic,
        budget: Budget | None = None,
    ) -> None:
        self.limit = AdaptiveLimit(min_concurrency, max_concurrency)
        self.budget = budget
        self._clock = clock
        self.paused_until = 0.0
        self.in_flight = 0
        self.on_room: Callable[[], None] | None = None
        self._retries: deque[asyncio.Future[None]] = deque()
        self._timer: asyncio.TimerHandle | None = None

    @property
    def epoch(self) -> int:
        """Tag a call with this when it starts; pass it back with its overload signal."""
        return self.limit.epoch

    def pause_left(self) -> float:
        """Seconds until new upstream calls may start (0 when not paused)."""
        return max(0.0, self.paused_until - self._clock())

    def has_room(self, ignore_pause: bool = False) -> bool:
        """A new batch may start now: a free slot, no pause, and no retry waiting first."""
        return not self._retries and self._free(ignore_pause)

    def take(self) -> Slot:
        """A slot for a call starting now (after `has_room`); its taker releases it."""
        self.in_flight += 1
        return Slot(self)

    async def _retake(self, slot: Slot) -> None:
        """Wait for a slot for `slot`, ahead of new batches."""
        if self.has_room():
            self.in_flight += 1
            slot.held = True
            return
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._retries.append(turn)
        self._hand_on()
        try:
            await turn
        except asyncio.CancelledError:
            if turn in self._retries:
                self._retries.remove(turn)
            if turn.done() and not turn.cancelled():
                slot.held = True  # granted as the wait was cancelled: its owner releases it
            raise
        slot.held = True

    def on_success(self) -> None:
        self.limit.on_success()
        self._hand_on()

    def on_overload(self, epoch: int, retry_after: float | None) -> bool:
        """A 429/529: halve the limit (once per window) and pause for `retry_after`.

        True when this signal lowered the limit.
        """
        if retry_after:
            self.paused_until = max(self.paused_until, self._clock() + retry_after)
        return self.limit.on_overload(epoch)

    async def turn(self, model: str) -> Turn:
        """Wait until the budget lets one more call to `model` go; form the batch after.

        The batch's items are taken only once this returns, so they are whatever queued
        while it waited (a batch formed before its turn would leave with fewer).
        """
        await self._take_budget(model, TURN_COST, pause=False)
        return Turn(self, model, TURN_COST)

    async def before_call(self, model: str, cost: Cost) -> None:
        """Take `cost` from the upstream budget, waiting as long as it says (no budget: go).

        While a call waits for its turn, new batches wait too (they grow meanwhile).
        """
        await self._take_budget(model, cost, pause=True)

    async def _take_budget(self, model: str, cost: Cost, pause: bool) -> None:
        if self.budget is None:
            return
        while True:
            granted, wait = await self.budget.take(model, cost)
            if wait > 0:
                if pause:
                    self.paused_until = max(self.paused_until, self._clock() + wait)
                await asyncio.sleep(wait if granted else wait - self.budget.max_reserve)
                if pause:
                    self._hand_on()
            if granted:
                return

    async def after_call(self, report: CallReport) -> None:
        """Settle a call with the budget: what the upstream counted and says is left."""
        if self.budget is not None:
            await self.budget.settle(report)

    async def close(self) -> None:
        if self.budget is not None:
            await self.budget.close()

    def _free(self, ignore_pause: bool = False) -> bool:
        paused = not ignore_pause and self.pause_left() > 0
        return not paused and self.in_flight < self.limit.current

    def _hand_on(self) -> None:
        """Give free room to waiting retries first, then to the batcher."""
        while self._retries and self._free():
            turn = self._retries.popleft()
            if not turn.done():
                self.in_flight += 1
                turn.set_result(None)
        if self.pause_left() > 0 and self._timer is None:
            # Room may free up while paused (a call ends): someone must look again
            # when the pause is over, or queued work would wait for the next submit.
            loop = asyncio.get_running_loop()
            self._timer = loop.call_later(self.pause_left(), self._after_pause)
        if not self._retries and self._free() and self.on_room is not None:
            self.on_room()

    def _after_pause(self) -> None:
        self._timer = None
        self._hand_on()


class Slot:
    """One upstream call slot, from `Pacer.take` until its owner releases it.

    The owner (the batcher, which took it) releases it when the call ends, whatever
    happened meanwhile. A call waiting to retry gives it back inside `given_back`
    and holds one again after it, queued ahead of new batches; cancelled meanwhile,
    it holds none, and the owner's release only lets the pacer hand on the room.
    """

    def __init__(self, pacer: Pacer) -> None:
        self._pacer = pacer
        self.held = True

    def release(self) -> None:
        pacer = self._pacer
        if self.held:
            self.held = False
            pacer.in_flight -= 1
        pacer._hand_on()

    @contextlib.asynccontextmanager
    async def given_back(self) -> AsyncIterator[None]:
        """No slot held inside the block (a wait before a retry); one held again after it."""
        self.release()
        yield
        await self._pacer._retake(self)


class Turn:
    """One batch's call gate, holding the request its turn already took from the budget.

    The first call sent for the batch pays only the rest of its cost; later calls (a
    retry, a half of a split batch) pay in full. A turn no call used (the batch went
    to the fallback, or nothing was left to send) is given back with `close`.
    """

    def __init__(self, pacer: Pacer, model: str, paid: Cost) -> None:
        self._pacer = pacer
        self._model = model
        self._paid: Cost | None = paid

    @property
    def unused(self) -> bool:
        return self._paid is not None

    async def before_call(self, model: str, cost: Cost) -> None:
        paid = self._paid
        if paid is None or model != self._model:
            await self._pacer.before_call(model, cost)
            return
        self._paid = None
        rest = Cost(*(max(0.0, c - p) for c, p in zip(cost.values(), paid.values(), strict=True)))
        await self._pacer.before_call(model, rest)

    async def after_call(self, report: CallReport) -> None:
        await self._pacer.after_call(report)

    async def close(self) -> None:
        """Give the request back to the budget when no call used it."""
        paid, self._paid = self._paid, None
        if paid is not None:
            await self._pacer.after_call(CallReport(self._model, reserved=paid, used=Cost()))


def backoff_delay(attempt: int, rng: random.Random, base: float = 0.5, cap: float = 8.0) -> float:
    """Capped exponential backoff with full jitter before retry number `attempt` (1-based)."""
    return rng.uniform(0, min(cap, base * 2 ** (max(1, attempt) - 1)))
