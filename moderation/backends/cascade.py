"""The `cascade` backend: the embedded model judges first, Claude judges what it doubts.

Every item is scored in the process. An item the embedded model is sure of (every category's
score well below or well above its review threshold) is answered at once and never leaves
the process. An item it is unsure of (some category's score inside the band around its
threshold), one in a language it is not validated for (unless the policy's
`unvalidated_language` is `allow`), and one it could not score go upstream, together, in one
call through the upstream backend (Haiku inside its `ResilientBackend`: retries, breaker,
fallback). The verdict's `model` says which judge decided.

The band is in threshold-relative units, per category: a category's score is rescaled so that
its review threshold sits at 0.5 (0 and 1 stay put), and the item is doubtful when the
largest rescaled score lies in [low, high] (`MODERATION_CASCADE_BAND`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from moderation.backends.base import Backend, Batch
from moderation.domain import BackendOutcome, Item, ItemFailure, Judgement
from moderation.policy import Policy, UnvalidatedLanguage


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

    def __init__(self, local: Backend, upstream: Backend, band: tuple[float, float]) -> None:
        low, high = band
        if not 0.0 <= low <= 0.5 <= high <= 1.0:
            raise ValueError(f"cascade band must satisfy 0 <= low <= 0.5 <= high <= 1: {band}")
        self.local = local
        self.upstream = upstream
        self.band = (low, high)

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
        items = {item.id: item for item in batch.items}
        doubtful: list[Item] = []
        # The upstream slot stays the upstream's: the embedded part releases none.
        local = Batch(batch.items, batch.policy, senders=batch.senders, waiting=batch.waiting)
        async for outcome in self.local.classify(local):
            if outcome.item_id not in items:
                continue
            if self.escalates(outcome, batch.policy):
                doubtful.append(items[outcome.item_id])
            else:
                yield outcome
        if doubtful:
            sub = Batch(tuple(doubtful), batch.policy, gate=batch.gate, slot=batch.slot)
            async for outcome in self.upstream.classify(sub):
                yield outcome

    async def close(self) -> None:
        await self.local.close()
        await self.upstream.close()
