"""The one small interface every backend implements.

A backend judges a batch of already-validated items under one policy and
yields exactly one outcome per item: a Judgement (findings per category, before
the policy's thresholds apply) or an ItemFailure. Outcomes are yielded as soon
as each is known, so streaming callers see early verdicts early. A remote
backend raises `moderation.upstream.errors.UpstreamError` when a call fails
and leaves retries to the `ResilientBackend` wrapper; the batcher guarantees
that an item no backend answered still gets an explicit error.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from moderation.domain import BackendOutcome, Item, Judgement
from moderation.policy import Policy
from moderation.tenants import Tenant
from moderation.upstream.budget import CallReport, Cost
from moderation.upstream.pacing import Slot


class CallGate(Protocol):
    """Where a remote backend says what each call will cost and what it did cost.

    The `Pacer` is the gate, or a batch's `pacing.Turn` (passed down in `Batch.gate`):
    it decides when the call may go; the backend only reports.
    """

    async def before_call(self, model: str, cost: Cost) -> None:
        """Wait until a call of this estimated cost may be sent."""
        ...

    async def after_call(self, report: CallReport) -> None:
        """The call is over: what it reserved, what the upstream counted, what is left."""
        ...


@dataclass(frozen=True, slots=True)
class Batch:
    """Items judged together in one upstream call, under one policy.

    A batch carries no deadline: it holds items of several callers, and one
    caller's deadline must never cut the call short for the others. The engine
    answers each caller whose time is up on its own. It may carry the call slot
    its sender holds: a call waiting to retry gives it back meanwhile, and a
    backend whose rest of the work needs no slot (the embedded one's evidence
    checks) releases it early. `senders` and `waiting` let a backend that queues
    work of its own share it between tenants and skip what no caller waits for.
    A backend that judges in stages (scores, then evidence) answers at once, as
    scored, the items `elsewhere` says another judge will decide, and calls
    `scored` once every item has its scores: the cascade sends its doubts
    upstream then, not after the others' evidence.
    """

    items: tuple[Item, ...]
    policy: Policy
    gate: CallGate | None = None  # a remote backend reports each call here
    slot: Slot | None = None  # the sender's; the sender releases it (again: no harm)
    senders: Mapping[str, Tenant] = field(default_factory=dict)  # item id -> its tenant
    # Whether an item's caller still waits for it (by item id); safe to call from any thread.
    waiting: Callable[[str], bool] = field(default=lambda _item_id: True)
    elsewhere: Callable[[Judgement], bool] = field(default=lambda _judgement: False)
    scored: Callable[[], None] = field(default=lambda: None)


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

    @property
    def problem(self) -> str:
        """Why the backend cannot judge right now (e.g. the API refused the key), or ""."""
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
