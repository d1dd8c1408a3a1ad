"""The one small interface every backend implements.

A backend judges a batch of already-validated items under one policy and
yields exactly one outcome per item: a Judgement (findings per category, before
the policy's thresholds apply) or an ItemFailure. Outcomes are yielded as soon
as each is known, so streaming callers see early verdicts early. The batcher,
not the backend, guarantees that an item the backend forgot gets an explicit
error.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Protocol

from moderation.domain import BackendOutcome, Item
from moderation.policy import Policy


@dataclass(frozen=True, slots=True)
class Batch:
    """Items judged together in one upstream call, under one policy.

    `deadline` is an absolute `time.monotonic()` instant (the earliest of the
    callers' deadlines), or None for no deadline.
    """

    items: tuple[Item, ...]
    policy: Policy
    deadline: float | None = None


class Backend(Protocol):
    """Classify a batch of items under a policy; one outcome per item."""

    @property
    def name(self) -> str:
        """Backend kind, for logs and metrics ("haiku", "local")."""
        ...

    @property
    def model(self) -> str:
        """The model currently answering; part of the batching and cache keys."""
        ...

    async def start(self) -> None:
        """Load models or probe the upstream; called once before serving."""
        ...

    def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        """Yield one Judgement or ItemFailure per item, each as soon as it is known."""
        ...

    async def close(self) -> None:
        """Release clients, pools and threads."""
        ...


class UpstreamOverloaded(Exception):
    """Raised by `Backend.classify` when the upstream refused the call as overloaded.

    Raise it for HTTP 429 (rate limited) and 529 (overloaded) once the call is
    given up, instead of yielding per-item failures: the batcher then halves
    its concurrency limit (AIMD), waits `retry_after` seconds if given (the
    upstream's Retry-After header), and re-queues every item of the batch not
    yet answered, up to `BatchSettings.max_attempts` tries per item. Outcomes
    yielded before the exception stand. Prefer raising it after the first
    refusal (SDK `max_retries=0` for 429/529) so the batcher, which sees all
    concurrent calls, does the backing off.
    """

    def __init__(self, message: str = "upstream overloaded", retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after
