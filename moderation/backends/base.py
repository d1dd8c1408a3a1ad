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
