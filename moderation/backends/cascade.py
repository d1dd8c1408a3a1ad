"""The `cascade` backend: the embedded model judges first, Claude judges what it doubts.

Every item is scored in the process. An item the embedded model is sure of (every category's
score well below or well above its review threshold) is answered at once and never leaves
the process. An item it is unsure of (some category's score inside the band around its
threshold), one in a language it is not validated for (unless the policy's
`unvalidated_language` is `allow`), and one it could not score go upstream as soon as the
batch is scored (the embedded part checks no evidence for them and they do not wait for the
others'): to the upstream backend (Haiku inside its `ResilientBackend`: retries, breaker,
fallback) through a batcher of their own (`UpstreamQueue`), which groups the doubts of every
batch into its calls and holds the upstream's call slots and budget turns, while the
embedded part goes on scoring new batches: a confident item never waits for another item's
call to Claude. The verdict's `model` says which judge decided.

The band is in threshold-relative units, per category: a category's score is rescaled so that
its review threshold sits at 0.5 (0 and 1 stay put), and the item is doubtful when the
largest rescaled score lies in [low, high] (`MODERATION_CASCADE_BAND`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Protocol

from moderation.backends.base import Backend, Batch
from moderation.domain import BackendOutcome, ErrorCode, Item, ItemFailure, Judgement
from moderation.errors import Overloaded
from moderation.policy import Policy, UnvalidatedLanguage
from moderation.tenants import DEFAULT_TENANT, Tenant


class UpstreamQueue(Protocol):
    """Where the doubtful items wait for the upstream judge (a `Batcher` around it)."""

    async def submit(self, item: Item, policy: Policy, tenant: Tenant = ...) -> BackendOutcome:
        """The item's outcome; Overloaded when the queue refuses it."""
        ...


def relative_score(score: float, threshold: float) -> float:
    """A score rescaled so that `threshold` sits at 0.5, 0 and 1 unchanged."""
    if score < threshold:
        return 0.5 * score / threshold
    return 0.5 + 0.5 * (score - threshold) / max(1.0 - threshold, 1e-9)


def doubt(judgement: Judgement, policy: Policy) -> float:
    """The largest threshold-relative score of the judgement's categories."""
    scores = {c.category: c.score or 0.0 for c in judgement.categories}
    return max(
        (
            relative_score(scores.get(cat.name, 0.0), cat.bands.score(cat.review_at))
            for cat in policy.categories
        ),
        default=0.0,
    )


class CascadeBackend:
    """Embedded first; doubtful and unvalidated-language items to the upstream judge."""

    def __init__(
        self,
        local: Backend,
        upstream: Backend,
        band: tuple[float, float],
        queue: UpstreamQueue | None = None,
    ) -> None:
        """`queue`: the upstream's batcher, which the doubts go through; without one, each
        batch's doubts are one call of `upstream`'s, under the batch's own slot and turn."""
        low, high = band
        if not 0.0 <= low <= 0.5 <= high <= 1.0:
            raise ValueError(f"cascade band must satisfy 0 <= low <= 0.5 <= high <= 1: {band}")
        self.local = local
        self.upstream = upstream
        self.band = (low, high)
        self.queue = queue

    @property
    def name(self) -> str:
        return "cascade"

    @property
    def model(self) -> str:
        return f"cascade({self.local.model}|{self.upstream.model})"

    @property
    def problem(self) -> str:
        return self.upstream.problem

    async def start(self) -> None:
        await self.local.start()
        await self.upstream.start()

    def escalates(self, outcome: BackendOutcome, policy: Policy) -> bool:
        """Whether this embedded outcome goes to the upstream judge."""
        if isinstance(outcome, ItemFailure):
            return True
        if not outcome.language_validated:
            return policy.unvalidated_language is not UnvalidatedLanguage.ALLOW
        low, high = self.band
        return low <= doubt(outcome, policy) <= high

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        """Confident outcomes as the embedded part gives them; the doubtful items upstream
        as soon as every item is scored (the embedded part may still be checking its
        confident flags' evidence meanwhile, and skips the doubtful ones'): through the
        queue, the batch's slot given back, or else in one call under the batch's slot."""
        items = {item.id: item for item in batch.items}
        policy = batch.policy
        doubtful: list[Item] = []
        scored = asyncio.Event()
        answers: asyncio.Queue[BackendOutcome | BaseException | None] = asyncio.Queue()
        # The upstream slot stays the upstream's: the embedded part releases none.
        local = Batch(
            batch.items,
            policy,
            senders=batch.senders,
            waiting=batch.waiting,
            elsewhere=lambda judgement: self.escalates(judgement, policy),
            scored=scored.set,
        )

        async def judge_here() -> None:
            try:
                async for outcome in self.local.classify(local):
                    if outcome.item_id not in items:
                        continue
                    if self.escalates(outcome, policy):
                        doubtful.append(items[outcome.item_id])
                    else:
                        answers.put_nowait(outcome)
            finally:
                scored.set()  # a judge that never says so has scored all once it ends

        async def judge_upstream() -> None:
            await scored.wait()
            if self.queue is not None:
                if batch.slot is not None:
                    batch.slot.release()  # the rest waits on the upstream's own slots
                await asyncio.gather(*(queued(item) for item in doubtful))
            elif doubtful:
                sub = Batch(tuple(doubtful), policy, gate=batch.gate, slot=batch.slot)
                async for outcome in self.upstream.classify(sub):
                    answers.put_nowait(outcome)

        async def queued(item: Item) -> None:
            assert self.queue is not None
            tenant = batch.senders.get(item.id, DEFAULT_TENANT)
            try:
                answers.put_nowait(await self.queue.submit(item, policy, tenant))
            except Overloaded as exc:
                answers.put_nowait(ItemFailure(item.id, ErrorCode.RESOURCE_EXHAUSTED, str(exc)))

        async def run(judge: Callable[[], Awaitable[None]]) -> None:
            try:
                await judge()
            except BaseException as exc:  # raised where the outcomes are read
                answers.put_nowait(exc)
                raise
            answers.put_nowait(None)

        tasks = [asyncio.create_task(run(judge_here)), asyncio.create_task(run(judge_upstream))]
        try:
            running = len(tasks)
            while running:
                answer = await answers.get()
                if answer is None:
                    running -= 1
                elif isinstance(answer, BaseException):
                    raise answer
                else:
                    yield answer
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def close(self) -> None:
        await self.local.close()
        await self.upstream.close()
