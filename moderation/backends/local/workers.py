"""The embedded models' threads: batches are scored first, evidence is checked in between.

Why: checking a flagged text's evidence by deletion costs an encoder pass per word tried,
up to ten times what scoring the text costs. Done inside its batch, it held a worker for
the whole batch's evidence, and every batch formed after it waited: a tenant whose one
short text came in behind another tenant's long flagged texts waited two such batches
(p99 2.5 s on a 2-core AMD EPYC, where the same text alone took 71 ms).

So a worker takes one unit at a time from two queues:

- scoring: a batch's scores, first come, first served. The batcher forms no more batches
  than there are workers, so this queue is never longer than that;
- evidence: one flagged text's deletion checks, by start-time fair queueing over the
  tenants who sent them (each charged the seconds its units took), so one tenant's backlog
  of flagged texts delays no other tenant's evidence; a unit whose caller has left is
  dropped unrun.

Scoring goes first, but once the oldest evidence unit has waited `EVIDENCE_PATIENCE`,
every other unit taken is evidence: scoring waits at most one evidence unit behind the
units already running, and evidence is never starved by a steady stream of batches.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from moderation.fair_share import VirtualClock
from moderation.tenants import DEFAULT_TENANT, Tenant

P = ParamSpec("P")
T = TypeVar("T")

# Seconds the oldest evidence unit waits behind scoring before every other unit is evidence.
EVIDENCE_PATIENCE = 0.5
# The least a unit is charged, in seconds: a unit that took no measurable time still took a turn.
MIN_CHARGE = 1e-3


class Dropped(Exception):
    """An evidence unit not run: its caller had left before a worker took it."""


@dataclass(slots=True)
class _Unit:
    run: Callable[[], Any]
    future: Future[Any]
    queued: float
    tenant: Tenant = DEFAULT_TENANT
    wanted: Callable[[], bool] = field(default=lambda: True)
    evidence: bool = False


class Workers(Executor):
    """A fixed set of threads over the scoring and evidence queues (the module says why).

    `submit` queues scoring (and anything else run in these threads, such as loading the
    models); `evidence` queues one tenant's evidence unit.
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
        self._scoring: deque[_Unit] = deque()
        self._evidence: dict[str, deque[_Unit]] = {}
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
            self._scoring.append(_Unit(lambda: fn(*args, **kwargs), future, self._clock()))
            self._ready.notify()
        return future

    def evidence(
        self,
        fn: Callable[[], T],
        tenant: Tenant = DEFAULT_TENANT,
        wanted: Callable[[], bool] = lambda: True,
    ) -> Future[T]:
        """Queue one evidence unit of `tenant`'s; it fails with `Dropped`, unrun, when
        `wanted` says no as a worker takes it (read from a worker thread: it must be safe
        to call there)."""
        future: Future[T] = Future()
        with self._ready:
            self._refuse_if_closed()
            lane = self._evidence.setdefault(tenant.id, deque())
            lane.append(_Unit(fn, future, self._clock(), tenant, wanted, evidence=True))
            self._fair.arrive(tenant)
            self._ready.notify()
        return future

    def queued(self) -> tuple[int, int]:
        """Units waiting: (scoring, evidence)."""
        with self._ready:
            return len(self._scoring), sum(len(lane) for lane in self._evidence.values())

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._ready:
            self._closed = True
            if cancel_futures:
                for lane in (self._scoring, *self._evidence.values()):
                    for unit in lane:
                        unit.future.cancel()
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

    def _next(self) -> _Unit | None:
        """The unit to run next (the module's rule), or None once closed and drained."""
        with self._ready:
            while True:
                evidence = self._oldest_evidence()
                if self._scoring and (evidence is None or not self._evidence_due(evidence)):
                    self._last_was_evidence = False
                    return self._scoring.popleft()
                if evidence is not None:
                    self._last_was_evidence = True
                    return self._take_evidence()
                if self._closed:
                    return None
                self._ready.wait()

    def _oldest_evidence(self) -> float | None:
        return min((lane[0].queued for lane in self._evidence.values()), default=None)

    def _evidence_due(self, oldest: float) -> bool:
        return not self._last_was_evidence and self._clock() - oldest >= self._patience

    def _take_evidence(self) -> _Unit:
        tenant_id = self._fair.least(self._evidence)
        assert tenant_id is not None
        lane = self._evidence[tenant_id]
        unit = lane.popleft()
        if not lane:
            del self._evidence[tenant_id]
        self._fair.leave(unit.tenant)
        return unit

    def _work(self) -> None:
        while (unit := self._next()) is not None:
            if not unit.future.set_running_or_notify_cancel():
                continue
            if not unit.wanted():
                unit.future.set_exception(Dropped())
                continue
            started = self._clock()
            try:
                result = unit.run()
            except BaseException as exc:  # the caller's future carries it
                unit.future.set_exception(exc)
            else:
                unit.future.set_result(result)
            if unit.evidence:
                with self._ready:
                    self._fair.charge(unit.tenant, max(MIN_CHARGE, self._clock() - started))
