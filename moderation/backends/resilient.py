"""The one owner of upstream retries, repair, the circuit breaker and the fallback.

`ResilientBackend` wraps the primary backend (Haiku) and is built once at
start-up. A primary makes one call per batch and raises `UpstreamError` with
an `ErrorKind` when the call fails; everything done about it happens here, by
the kind's `Rule`:

- items left unanswered are asked again (missing ids at once, server errors
  after a jittered backoff, 429/529 after the upstream's retry-after), split in
  halves when the answer was cut off or malformed, alone when the answer broke
  around them (a verdict out of its item's turn: a possible injection); each item
  has `attempts` sends to the model in all, and a broken answer counts against the
  items around the break only;
- 429/529 feed the shared `Pacer` (the batcher's adaptive concurrency limit),
  never the breaker; a call waiting to retry gives its slot (`Batch.slot`, the
  batcher's) back and queues for one again, so retries keep to the lowered
  limit; server errors and timeouts feed the breaker;
- the primary gets a call gate (`Batch.gate`: the batch's budget `Turn`, else
  the Pacer): each call's cost is taken from the upstream budget before it is
  sent and settled with the upstream's usage and rate-limit headers after it;
- an item the API's classifiers refuse (a streamed ``stop_reason: "refusal"``)
  is asked again alone, its neighbours again without it; refused alone twice, it
  gets a `refused` judgement: the policy's refusal action decides (review by
  default), with ``source = refusal``; never the fallback;
- a billing refusal (no credit, a spend limit) opens the breaker at once;
- every way an item can end without a model verdict (attempts spent, breaker
  open, a refused request or key, no usable model) goes through one fallback:
  the embedded classifier (`source = fallback`), fail-closed (review) or none
  (an explicit UNAVAILABLE error).

The rules are public functions, so that jobs on Message Batches repair by the
same ones (`repair`: attempts charged, `regroup`ed by the kind's `Rule`, spent to
the `Fallback`; `refusals_alone`; `flag_injection` of the `culprits`).

Deadlines are not known here: a call runs to its own timeout, whoever is
still waiting for its items (the engine answers callers whose time is up).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
import time
from collections import deque
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from opentelemetry import trace

from moderation.backends.base import Backend, Batch
from moderation.domain import BackendOutcome, ErrorCode, Item, ItemFailure, Judgement
from moderation.observability import Metrics
from moderation.policy import Policy
from moderation.upstream.breaker import BreakerState, CircuitBreaker
from moderation.upstream.errors import ErrorKind, UpstreamError, rule_for
from moderation.upstream.pacing import Pacer, Slot, backoff_delay
from moderation.upstream.repair import flag_injection, incomplete, refusals_alone, repair

if TYPE_CHECKING:
    from moderation.config import Settings

log = logging.getLogger(__name__)

# Longest wait honoured from a retry-after header before asking again.
MAX_RETRY_AFTER_SECONDS = 60.0
# The same operator-facing problem is logged at most once per this many seconds.
LOG_EVERY_SECONDS = 60.0


class FallbackMode(StrEnum):
    """What answers an item the primary model could not judge."""

    LOCAL = "local"  # the embedded classifier; source = fallback
    FAIL_CLOSED = "fail-closed"  # decision REVIEW, never ALLOW
    NONE = "none"  # an explicit UNAVAILABLE error


@dataclass(frozen=True, slots=True)
class ResilienceConfig:
    fallback: FallbackMode = FallbackMode.LOCAL
    attempts: int = 4  # sends of one item to the model before the fallback takes it
    breaker_failures: int = 5
    breaker_cooldown: float = 30.0
    backoff_base: float = 0.5
    backoff_cap: float = 8.0

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("upstream attempts must be at least 1")

    @classmethod
    def from_settings(cls, settings: Settings) -> ResilienceConfig:
        return cls(
            fallback=FallbackMode(settings.fallback),
            attempts=settings.upstream_attempts,
            breaker_failures=settings.haiku_breaker_failures,
            breaker_cooldown=settings.haiku_breaker_cooldown_seconds,
        )


class ResilientBackend:
    """A Backend: the primary's verdicts, repaired and retried, or the fallback's."""

    def __init__(
        self,
        primary: Backend,
        config: ResilienceConfig,
        pacer: Pacer,
        fallback: Backend | None = None,
        metrics: Metrics | None = None,
        seed: int | None = None,
    ) -> None:
        if config.fallback is FallbackMode.LOCAL and fallback is None:
            raise ValueError("fallback mode 'local' needs a fallback backend")
        self.primary = primary
        self.config = config
        self.pacer = pacer
        self.metrics = metrics or Metrics()
        self.breaker = CircuitBreaker(config.breaker_failures, config.breaker_cooldown)
        self.metrics.state(
            "upstream_breaker_state",
            "The circuit breaker's state (1 for the current one): closed lets calls through, "
            "open sends items to the fallback, half_open lets one trial call through.",
            [state.value for state in BreakerState],
            lambda: self.breaker.state.value,
        )
        self.fallback = Fallback(config.fallback, fallback, self.metrics)
        self._rng = random.Random(seed)
        self._logged: dict[tuple[str, str], float] = {}

    # --- Backend protocol ----------------------------------------------

    @property
    def name(self) -> str:
        return self.primary.name

    @property
    def model(self) -> str:
        return self.primary.model

    @property
    def problem(self) -> str:
        return self.primary.problem

    @property
    def breaker_state(self) -> BreakerState:
        return self.breaker.state

    async def start(self) -> None:
        await self.primary.start()

    async def close(self) -> None:
        await self.primary.close()
        await self.fallback.close()

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        items = {item.id: item for item in batch.items}
        attempts = dict.fromkeys(items, 0)
        refusals = dict.fromkeys(items, 0)
        done: set[str] = set()
        jobs: deque[list[str]] = deque([list(items)])
        while jobs:
            ids = [i for i in jobs.popleft() if i not in done]
            if not ids:
                continue
            permit = self.breaker.permit()
            if permit is None:
                self.metrics.breaker_short_circuits.inc()
                reason = "circuit breaker open after repeated upstream failures"
                async for outcome in self.fallback.answer(ids, items, batch.policy, reason):
                    done.add(outcome.item_id)
                    yield outcome
                continue
            epoch = self.pacer.epoch
            error: UpstreamError | None = None
            with permit:
                try:
                    gate = batch.gate or self.pacer
                    sub = Batch(tuple(items[i] for i in ids), batch.policy, gate=gate)
                    async for outcome in self.primary.classify(sub):
                        if outcome.item_id in done or outcome.item_id not in attempts:
                            continue  # the primary's contract is one outcome per asked id
                        done.add(outcome.item_id)
                        yield outcome
                except UpstreamError as exc:
                    error = exc
                except Exception as exc:
                    log.exception("the %s backend failed on a batch of %d", self.name, len(ids))
                    error = UpstreamError(ErrorKind.INTERNAL, f"{self.name} backend failed: {exc}")
                missing = [i for i in ids if i not in done]
                if error is None and missing:
                    error = incomplete(missing)
                rule = rule_for(error.kind) if error is not None else None
                if rule is not None and rule.trip:
                    permit.trip()
                elif rule is not None and rule.breaker_failure:
                    permit.failure()
                else:
                    permit.success()
            if permit.opened and not (rule is not None and rule.trip):
                self.metrics.breaker_opened.inc()
                log.warning(
                    "circuit breaker open for %.0fs after repeated upstream failures; fallback: %s",
                    self.config.breaker_cooldown,
                    self.config.fallback.value,
                )
            if error is None or rule is None:
                self.pacer.on_success()
                continue
            self._note(error)
            if rule.backpressure:
                if self.pacer.on_overload(epoch, error.retry_after):
                    log.warning(
                        "upstream overloaded: concurrency limit now %d", self.pacer.limit.current
                    )
            elif not rule.breaker_failure:
                self.pacer.on_success()  # the upstream answered
            for outcome in refusals_alone(error, ids, missing, refusals, self.model):
                self.metrics.answer_problems.labels("refused").inc()
                done.add(outcome.item_id)
                yield outcome
            missing = [i for i in missing if i not in done]
            fix = repair(ids, missing, error, attempts, self.config.attempts)
            if fix.spent:
                tries = max(attempts[i] for i in fix.spent)
                reason = f"{error} (after {tries} attempt{'s' if tries > 1 else ''})"
                async for outcome in self.fallback.answer(fix.spent, items, batch.policy, reason):
                    done.add(outcome.item_id)
                    yield flag_injection(outcome, fix.culprits)
            if not fix.again:
                continue
            retry = [i for group in fix.again for i in group]
            self.metrics.upstream_retried_items.labels(error.kind.value).inc(len(retry))
            trace.get_current_span().add_event(
                "retry", {"moderation.error_kind": error.kind.value, "moderation.items": len(retry)}
            )
            jobs.extendleft(reversed(fix.again))
            if rule.backoff:
                await self._pause(self._wait(error, max(attempts[i] for i in retry)), batch.slot)

    # --- helpers ---------------------------------------------------------

    async def _pause(self, seconds: float, slot: Slot | None) -> None:
        """Wait before asking again, with the batch's upstream slot given back meanwhile.

        It queues for a slot again, ahead of new batches, so a retry keeps to a limit
        lowered meanwhile; the batcher, which took the slot, still releases it.
        """
        if slot is None:  # a caller holding no slot has none to give back
            await asyncio.sleep(seconds)
            return
        async with slot.given_back():
            await asyncio.sleep(seconds)

    def _wait(self, error: UpstreamError, attempt: int) -> float:
        """Seconds before asking again: the upstream's hint, else jittered backoff."""
        if error.retry_after is not None:
            wait = min(error.retry_after, MAX_RETRY_AFTER_SECONDS)
        else:
            wait = backoff_delay(
                attempt, self._rng, self.config.backoff_base, self.config.backoff_cap
            )
        return max(wait, self.pacer.pause_left())

    def _note(self, error: UpstreamError) -> None:
        """Count every failed call; log each kind (operator errors loudly) once a minute."""
        self.metrics.upstream_errors.labels(error.kind.value).inc()
        key = (error.kind.value, str(error) if rule_for(error.kind).operator_error else "")
        now = time.monotonic()
        if now - self._logged.get(key, -LOG_EVERY_SECONDS) < LOG_EVERY_SECONDS:
            return
        self._logged[key] = now
        rid = f" (request id {error.request_id})" if error.request_id else ""
        if error.kind is ErrorKind.BILLING:
            log.error(
                "the Anthropic API refuses to bill the organisation (no credit, a spend limit or "
                "an unpaid invoice): %s%s; the circuit breaker is open, health reports "
                "NOT_SERVING and items go to the fallback (%s) until a trial call succeeds "
                "after each %.0fs",
                error,
                rid,
                self.config.fallback.value,
                self.config.breaker_cooldown,
            )
        elif rule_for(error.kind).operator_error:
            log.error(
                "upstream refused the service's request or key, not the callers' items: "
                "%s%s; the items go to the fallback (%s)",
                error,
                rid,
                self.config.fallback.value,
            )
        else:
            log.warning("upstream call failed (%s): %s%s", error.kind.value, error, rid)


class Fallback:
    """The one way out for items the model could not judge, live or in a job.

    Built once per path from the configured mode: the embedded classifier
    (judgements marked `fallback`, so verdicts say `source = fallback`),
    fail-closed (held for review) or none (an explicit UNAVAILABLE failure).
    """

    def __init__(
        self, mode: FallbackMode, backend: Backend | None = None, metrics: Metrics | None = None
    ) -> None:
        if mode is FallbackMode.LOCAL and backend is None:
            raise ValueError("fallback mode 'local' needs a fallback backend")
        self.mode = mode
        self.backend = backend
        self.metrics = metrics or Metrics()

    async def close(self) -> None:
        if self.backend is not None:
            await self.backend.close()

    async def answer(
        self, ids: Sequence[str], items: Mapping[str, Item], policy: Policy, reason: str
    ) -> AsyncIterator[BackendOutcome]:
        """One outcome per id in `ids`, whatever happens."""
        mode = self.mode
        self.metrics.fallback_items.labels(mode.value).inc(len(ids))
        trace.get_current_span().add_event(
            "fallback", {"moderation.fallback": mode.value, "moderation.items": len(ids)}
        )
        if mode is FallbackMode.FAIL_CLOSED:
            for i in ids:
                yield Judgement(
                    item_id=i,
                    categories=(),
                    model="fail-closed",
                    rationale=f"held for review: the model is unavailable ({reason})",
                    fallback=True,
                    hold_for_review=True,
                )
            return
        answered: set[str] = set()
        if mode is FallbackMode.LOCAL and self.backend is not None:
            try:
                async for outcome in self.backend.classify(
                    Batch(tuple(items[i] for i in ids), policy)
                ):
                    if outcome.item_id in ids and outcome.item_id not in answered:
                        answered.add(outcome.item_id)
                        yield (
                            dataclasses.replace(outcome, fallback=True)
                            if isinstance(outcome, Judgement)
                            else outcome
                        )
            except Exception as exc:
                log.exception("the fallback backend failed")
                reason = f"{reason}; the fallback failed too: {exc}"
        for i in ids:
            if i not in answered:
                yield ItemFailure(i, ErrorCode.UNAVAILABLE, f"model unavailable: {reason}")
