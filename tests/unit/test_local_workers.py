"""The embedded models' threads: scoring first, evidence shared between tenants a step
at a time, never starved, and dropped when no caller waits for it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future

import pytest

from moderation.backends.local.steps import Steps
from moderation.backends.local.workers import Dropped, Workers
from moderation.tenants import Tenant

A, B = Tenant("team-a"), Tenant("team-b")


class Clock:
    """A clock the test moves: patience is measured on it."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def one_thread(clock: Clock) -> Iterator[Workers]:
    workers = Workers(1, name="test-workers", patience=1.0, clock=clock)
    yield workers
    workers.shutdown(cancel_futures=True)


def hold(workers: Workers) -> threading.Event:
    """Keep the thread busy until the returned event is set (units queue meanwhile)."""
    go, started = threading.Event(), threading.Event()

    def busy() -> None:
        started.set()
        go.wait(10)

    workers.submit(busy)
    assert started.wait(10)
    return go


def recorder(ran: list[str], name: str) -> Callable[[], str]:
    def unit() -> str:
        ran.append(name)
        return name

    return unit


def checks(ran: list[str], name: str, steps: int = 1) -> Steps[str]:
    """Evidence checks of `steps` steps, each recorded as `name` (with its number past one)."""
    for n in range(steps):
        if n:
            yield
        ran.append(f"{name}.{n}" if steps > 1 else name)
    return name


def drain(futures: list[Future[str]]) -> None:
    for f in futures:
        f.exception(timeout=10)


def test_scoring_queued_after_evidence_runs_before_it(one_thread: Workers) -> None:
    ran: list[str] = []
    go = hold(one_thread)
    futures = [one_thread.evidence(checks(ran, f"a-evidence-{n}"), A) for n in range(3)]
    futures.append(one_thread.submit(recorder(ran, "scoring")))
    go.set()
    drain(futures)
    assert ran[0] == "scoring", ran


def test_one_tenants_evidence_backlog_does_not_delay_anothers(one_thread: Workers) -> None:
    ran: list[str] = []
    go = hold(one_thread)
    futures = [one_thread.evidence(checks(ran, f"a{n}"), A) for n in range(5)]
    futures.append(one_thread.evidence(checks(ran, "b0"), B))
    go.set()
    drain(futures)
    # B's one unit runs after at most one of A's five: they take turns, not arrival order.
    assert ran.index("b0") <= 1, ran


def test_evidence_that_has_waited_its_patience_takes_every_other_turn(
    one_thread: Workers, clock: Clock
) -> None:
    ran: list[str] = []
    go = hold(one_thread)
    futures = [one_thread.evidence(checks(ran, f"e{n}"), A) for n in range(2)]
    futures += [one_thread.submit(recorder(ran, f"s{n}")) for n in range(4)]
    clock.now = 1.0  # the evidence has waited its patience
    go.set()
    drain(futures)
    assert ran == ["e0", "s0", "e1", "s1", "s2", "s3"], ran


def test_evidence_within_its_patience_waits_for_every_scoring_unit(one_thread: Workers) -> None:
    ran: list[str] = []
    go = hold(one_thread)
    futures = [one_thread.evidence(checks(ran, "e0"), A)]
    futures += [one_thread.submit(recorder(ran, f"s{n}")) for n in range(3)]
    go.set()
    drain(futures)
    assert ran == ["s0", "s1", "s2", "e0"], ran


def test_a_unit_no_caller_waits_for_is_dropped_unrun(one_thread: Workers) -> None:
    ran: list[str] = []
    go = hold(one_thread)
    left = threading.Event()
    gone = one_thread.evidence(checks(ran, "gone"), A, wanted=lambda: not left.is_set())
    kept = one_thread.evidence(checks(ran, "kept"), B)
    left.set()  # the caller leaves while the unit waits
    go.set()
    assert isinstance(gone.exception(timeout=10), Dropped)
    assert kept.result(timeout=10) == "kept"
    assert ran == ["kept"]


def test_a_texts_checks_run_a_step_a_turn_and_a_batch_waits_for_one_step_only(
    one_thread: Workers, clock: Clock
) -> None:
    ran: list[str] = []
    go = hold(one_thread)
    futures = [one_thread.evidence(checks(ran, "a", steps=3), A)]
    clock.now = 1.0  # waited its patience: it takes every other turn
    futures += [one_thread.submit(recorder(ran, f"s{n}")) for n in range(2)]
    go.set()
    drain(futures)
    assert futures[0].result() == "a"
    assert ran == ["a.0", "s0", "a.1", "s1", "a.2"], ran


def test_checks_whose_caller_leaves_midway_stop_at_their_next_step(one_thread: Workers) -> None:
    ran: list[str] = []
    left = threading.Event()

    def steps() -> Steps[str]:
        ran.append("first")
        left.set()  # the caller leaves while the first step runs
        yield
        ran.append("second")
        return "done"

    gone = one_thread.evidence(steps(), A, wanted=lambda: not left.is_set())
    assert isinstance(gone.exception(timeout=10), Dropped)
    assert ran == ["first"]


def test_a_failing_unit_fails_its_future_and_the_thread_goes_on(one_thread: Workers) -> None:
    def boom() -> Steps[str]:
        yield
        raise RuntimeError("model call failed")

    failed = one_thread.evidence(boom(), A)
    assert isinstance(failed.exception(timeout=10), RuntimeError)
    assert one_thread.submit(lambda: "next").result(timeout=10) == "next"


def test_shutdown_cancels_what_waits_and_refuses_more(clock: Clock) -> None:
    workers = Workers(1, name="test-workers", clock=clock)
    go = hold(workers)
    waiting = workers.evidence(checks([], "never"), A)
    workers.shutdown(wait=False, cancel_futures=True)
    go.set()
    assert waiting.cancelled()
    with pytest.raises(RuntimeError):
        workers.submit(lambda: "late")
