"""The embedded models' threads: batches are scored first, evidence is checked in between.

Why: checking a flagged text's evidence by deletion costs an encoder pass per word tried,
up to ten times what scoring the text costs. Done inside its batch, it held a worker for
the whole batch's evidence, and every batch formed after it waited: a tenant whose one
short text came in behind another tenant's long flagged texts waited two such batches
(p99 2.5 s on a 2-core AMD EPYC, where the same text alone took 71 ms).

So a worker takes one unit at a time from two queues:

- scoring: a batch's scores, first come, first served. The batcher forms no more batches
  than there are workers, so this queue is never longer than that;
- evidence: one step of a flagged text's checks (one encoder pass), by start-time fair
  queueing over the tenants who sent them (each charged the seconds its steps took), so
  one tenant's backlog of flagged texts delays no other tenant's evidence. A text's next
  step goes back to the front of its tenant's lane; checks whose caller has left are
  dropped at their next step.

Scoring goes first, but once the oldest evidence has waited `EVIDENCE_PATIENCE`, every
other unit taken is an evidence step: a batch waits at most one encoder pass of evidence
besides the units already running, and evidence is never starved by a steady stream of
batches.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future, InvalidStateError
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from moderation.backends.local.steps import Steps
from moderation.fair_share import VirtualClock
from moderation.tenants import DEFAULT_TENANT, Tenant

P = ParamSpec("P")
T = TypeVar("T")

# Seconds the oldest evidence waits behind scoring before every other unit is evidence.
EVIDENCE_PATIENCE = 0.5
# The least a step is charged, in seconds: a step that took no measurable time still took a turn.
MIN_CHARGE = 1e-3


class Dropped(Exception):
    """Evidence checks not finished: their caller had left."""


@dataclass(slots=True)
class _Scoring:
    run: Callable[[], Any]
    future: Future[Any]


@dataclass(slots=True)
class _Checks:
    steps: Steps[Any]
    future: Future[Any]
    queued: float
    tenant: Tenant = DEFAULT_TENANT
    wanted: Callable[[], bool] = field(default=lambda: True)


class Workers(Executor):
    """A fixed set of threads over the scoring and evidence queues (the module says why).

    `submit` queues scoring (and anything else run in these threads, such as loading the
    models); `evidence` queues one tenant's checks.
    """

    def __init__(
        self,
        threads: int,
        name: str = "local-backend",
        patience: float = EVIDENCE_PATIENCE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._patience = patience
        self._clock = clock
        self._ready = threading.Condition()
        self._scoring: deque[_Scoring] = deque()
        self._evidence: dict[str, deque[_Checks]] = {}
        self._fair = VirtualClock()
        self._last_was_evidence = False
        self._closed = False
        self._threads = [
            threading.Thread(target=self._work, name=f"{name}-{n}", daemon=True)
            for n in range(threads)
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Queue scoring work (first come, first served, ahead of evidence)."""
        future: Future[T] = Future()
        with self._ready:
            self._refuse_if_closed()
            self._scoring.append(_Scoring(lambda: fn(*args, **kwargs), future))
            self._ready.notify()
        return future

    def evidence(
        self,
        steps: Steps[T],
        tenant: Tenant = DEFAULT_TENANT,
        wanted: Callable[[], bool] = lambda: True,
    ) -> Future[T]:
        """Queue one text's checks for `tenant`, run a step a turn; they fail with
        `Dropped` when `wanted` says no before a step (read from a worker thread: it must
        be safe to call there)."""
        future: Future[T] = Future()
        with self._ready:
            self._refuse_if_closed()
            self._queue(_Checks(steps, future, self._clock(), tenant, wanted))
        return future

    @property
    def closed(self) -> bool:
        """Shut down: it takes no more work."""
        return self._closed

    def queued(self) -> tuple[int, int]:
        """Units waiting: (scoring, evidence)."""
        with self._ready:
            return len(self._scoring), sum(len(lane) for lane in self._evidence.values())

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._ready:
            self._closed = True
            if cancel_futures:
                futures = [u.future for u in self._scoring]
                futures += [c.future for lane in self._evidence.values() for c in lane]
                for future in futures:
                    future.cancel()
                self._scoring.clear()
                self._evidence.clear()
            self._ready.notify_all()
        if wait:
            for thread in self._threads:
                if thread is not threading.current_thread():
                    thread.join()

    def _refuse_if_closed(self) -> None:
        if self._closed:
            raise RuntimeError("the embedded models' workers are shut down")

    def _queue(self, checks: _Checks, front: bool = False) -> None:
        """(Lock held.) Checks wait in their tenant's lane; a text's next step at the front."""
        lane = self._evidence.setdefault(checks.tenant.id, deque())
        if front:
            lane.appendleft(checks)
        else:
            lane.append(checks)
        self._fair.arrive(checks.tenant)
        self._ready.notify()

    def _next(self) -> _Scoring | _Checks | None:
        """The unit to run next (the module's rule), or None once closed and drained."""
        with self._ready:
            while True:
                oldest = min((lane[0].queued for lane in self._evidence.values()), default=None)
                if self._scoring and (oldest is None or not self._evidence_due(oldest)):
                    self._last_was_evidence = False
                    return self._scoring.popleft()
                if oldest is not None:
                    self._last_was_evidence = True
                    return self._take_evidence()
                if self._closed:
                    return None
                self._ready.wait()

    def _evidence_due(self, oldest: float) -> bool:
        return not self._last_was_evidence and self._clock() - oldest >= self._patience

    def _take_evidence(self) -> _Checks:
        tenant_id = self._fair.least(self._evidence)
        assert tenant_id is not None
        lane = self._evidence[tenant_id]
        checks = lane.popleft()
        if not lane:
            del self._evidence[tenant_id]
        self._fair.leave(checks.tenant)
        return checks

    def _work(self) -> None:
        while (unit := self._next()) is not None:
            if isinstance(unit, _Scoring):
                if unit.future.set_running_or_notify_cancel():
                    _settle(unit.future, unit.run)
            else:
                self._step(unit)

    def _step(self, checks: _Checks) -> None:
        """One step of a text's checks; the next one queued again, or the result set."""
        future = checks.future
        if future.cancelled() or not checks.wanted():
            checks.steps.close()
            _finish(future, error=Dropped())
            return
        started = self._clock()
        try:
            next(checks.steps)
        except StopIteration as done:
            _finish(future, done.value)
        except BaseException as exc:  # the caller's future carries it
            _finish(future, error=exc)
        else:
            with self._ready:
                self._charge(checks.tenant, started)
                if not self._closed:
                    self._queue(checks, front=True)
                    return
            checks.steps.close()
            future.cancel()
            return
        with self._ready:
            self._charge(checks.tenant, started)

    def _charge(self, tenant: Tenant, started: float) -> None:
        self._fair.charge(tenant, max(MIN_CHARGE, self._clock() - started))


def _settle(future: Future[T], run: Callable[[], T]) -> None:
    try:
        result = run()
    except BaseException as exc:  # the caller's future carries it
        future.set_exception(exc)
    else:
        future.set_result(result)


def _finish(future: Future[Any], result: Any = None, error: BaseException | None = None) -> None:
    """Settle checks' future, unless their caller cancelled it meanwhile."""
    try:
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)
    except InvalidStateError:
        pass  # cancelled while its last step ran: no one waits for it
