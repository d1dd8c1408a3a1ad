"""Shadow policies: a candidate version judged on a sample of live traffic, off the callers' path.

A policy file with ``shadow_of = "default"`` is a candidate for the policy
`default`. A sample (`MODERATION_SHADOW_SAMPLE_RATE`) of the items whose live
verdict came from the model (or from the cache of a model verdict) is judged
again under the candidate, after the caller has its verdict: in a task of its
own, as the tenant ``shadow`` whose weight (`MODERATION_SHADOW_WEIGHT`) is its
share of the batch queue against the real tenants, only while callers leave
upstream room (calls in flight under half the concurrency cap; a sample waits
up to 30 s for that, else is skipped), with at most
`MODERATION_SHADOW_MAX_IN_FLIGHT` items at once and no more once its cost
reaches `MODERATION_SHADOW_MAX_COST_USD`. A shadow judgement is never cached,
never counted as a tenant's usage and never changes a caller's verdict; a full
queue skips the sample instead of waiting.

The report compares the two verdicts item by item: agreement of decisions
overall and of flags per category, and the items whose decision flips, by id
with the candidate's spans (offsets only; the quoted text only when the
operator allows content in reports, `MODERATION_SHADOW_REPORT_CONTENT`).

A candidate is promoted by the PromoteShadowPolicy RPC (recorded so every replica
follows: `moderation.promotions`) or by writing its content into the live
policy's file (see `PolicyRegistry.promote`); either way its report's numbers
are logged at that moment (`Shadow.promoted`), on each replica that judged it.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace

from moderation.domain import Evidence, Item, Judgement, Source, Verdict
from moderation.errors import ModerationError
from moderation.policy import Policy, PolicyRegistry, Promotion
from moderation.tenants import Tenant

log = logging.getLogger(__name__)

SHADOW_TENANT_ID = "shadow"
MAX_FLIPS = 1_000  # flipped items a report keeps (the counts go on)
LIVE_SOURCES = (Source.MODEL, Source.CACHE)
HEADROOM_WAIT_SECONDS = 30.0
HEADROOM_POLL_SECONDS = 0.05


@dataclass(frozen=True, slots=True)
class ShadowSettings:
    sample_rate: float = 0.0
    weight: float = 0.1
    max_in_flight: int = 16
    max_cost_usd: float = 1.0
    report_content: bool = False


@dataclass(frozen=True, slots=True)
class Flip:
    """An item whose decision differs: its id, both decisions, the candidate's spans."""

    item_id: str
    live_decision: str
    candidate_decision: str
    spans: tuple[Evidence, ...] = ()


@dataclass(slots=True)
class CategoryAgreement:
    compared: int = 0
    agreed: int = 0


@dataclass(slots=True)
class ShadowReport:
    candidate_id: str
    candidate_version: str
    live_id: str
    live_version: str = ""
    compared: int = 0
    agreed: int = 0
    categories: dict[str, CategoryAgreement] = field(default_factory=dict)
    flips: list[Flip] = field(default_factory=list)
    flip_count: int = 0
    cost_usd: float = 0.0
    skipped_busy: int = 0
    skipped_cost_cap: int = 0
    errors: int = 0


class Shadow:
    """Samples live verdicts and judges them again under each candidate of their policy."""

    def __init__(
        self,
        policies: PolicyRegistry,
        settings: ShadowSettings,
        submit: Callable[[Item, Policy, Tenant], Awaitable[object]],
        make_verdict: Callable[[Item, Policy, Judgement], Verdict],
        rng: random.Random | None = None,
        headroom: Callable[[], bool] | None = None,
    ) -> None:
        self._policies = policies
        # True while callers leave upstream room (calls in flight under half the cap):
        # a sample waits for it, up to HEADROOM_WAIT_SECONDS, then is skipped.
        self._headroom = headroom
        self.settings = settings
        self._submit = submit
        self._make_verdict = make_verdict
        self._rng = rng or random.Random()
        self._tenant = Tenant(SHADOW_TENANT_ID, weight=settings.weight)
        self._reports: dict[tuple[str, str], ShadowReport] = {}
        self._in_flight = 0
        self._tasks: set[asyncio.Task[None]] = set()

    def watches(self, policy: Policy) -> bool:
        """Whether `observe` may sample a verdict under `policy` (it has a candidate)."""
        return self.settings.sample_rate > 0 and bool(self._policies.candidates_for(policy.id))

    def observe(self, item: Item, policy: Policy, verdict: Verdict) -> None:
        """After a caller has its verdict: maybe judge the item under the candidates."""
        if self.settings.sample_rate <= 0 or verdict.source not in LIVE_SOURCES:
            return
        candidates = self._policies.candidates_for(policy.id)
        if not candidates or self._rng.random() >= self.settings.sample_rate:
            return
        for candidate in candidates:
            report = self._report(candidate, policy)
            if report.cost_usd >= self.settings.max_cost_usd:
                report.skipped_cost_cap += 1
                continue
            if self._in_flight >= self.settings.max_in_flight:
                report.skipped_busy += 1
                continue
            self._in_flight += 1
            task = asyncio.ensure_future(self._judge(item, candidate, verdict, report))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _judge(
        self, item: Item, candidate: Policy, live: Verdict, report: ShadowReport
    ) -> None:
        try:
            if not await self._wait_for_headroom():
                report.skipped_busy += 1
                return
            outcome = await self._submit(item, candidate, self._tenant)
        except ModerationError:  # the queue is full: skip the sample, never wait
            report.skipped_busy += 1
            return
        except Exception:
            log.warning("a shadow judgement failed", exc_info=True)
            report.errors += 1
            return
        finally:
            self._in_flight -= 1
        if not isinstance(outcome, Judgement) or outcome.fallback or outcome.refused:
            report.errors += 1
            return
        report.cost_usd += outcome.usage.estimated_cost_usd
        self._compare(report, live, self._make_verdict(item, candidate, outcome))

    async def _wait_for_headroom(self) -> bool:
        if self._headroom is None:
            return True
        waited = 0.0
        while not self._headroom():
            if waited >= HEADROOM_WAIT_SECONDS:
                return False
            await asyncio.sleep(HEADROOM_POLL_SECONDS)
            waited += HEADROOM_POLL_SECONDS
        return True

    def _compare(self, report: ShadowReport, live: Verdict, shadow: Verdict) -> None:
        report.live_version = live.policy_version
        report.compared += 1
        if live.decision is shadow.decision:
            report.agreed += 1
        else:
            report.flip_count += 1
            if len(report.flips) < MAX_FLIPS:
                spans = tuple(
                    e if self.settings.report_content else replace(e, quote="")
                    for c in shadow.categories
                    for e in c.evidence
                )
                report.flips.append(
                    Flip(live.item_id, live.decision.value, shadow.decision.value, spans)
                )
        live_flags = {c.category: c.flagged for c in live.categories}
        for c in shadow.categories:
            if c.category not in live_flags:
                continue
            agreement = report.categories.setdefault(c.category, CategoryAgreement())
            agreement.compared += 1
            agreement.agreed += live_flags[c.category] == c.flagged

    def _report(self, candidate: Policy, live: Policy) -> ShadowReport:
        key = (candidate.id, candidate.version)
        if key not in self._reports:
            self._reports[key] = ShadowReport(candidate.id, candidate.version, live.id)
        return self._reports[key]

    def promoted(self, promotion: Promotion) -> None:
        """A candidate became live (by RPC or file): log its report's numbers at that moment."""
        candidate, live = promotion.candidate, promotion.live
        r = self.report_of(candidate) or ShadowReport(candidate.id, candidate.version, live.id)
        per_category = ", ".join(
            f"{name} {a.agreed}/{a.compared}" for name, a in sorted(r.categories.items())
        )
        log.info(
            "policy %s promoted by %s: shadow candidate %s (version %s) is now its version %s "
            "(was %s); report: agreed on %d of %d items (%.1f %%), per category [%s], %d flips, "
            "cost %.4f USD",
            live.id,
            promotion.by.value,
            candidate.id,
            candidate.version,
            live.version,
            promotion.previous.version,
            r.agreed,
            r.compared,
            100.0 * r.agreed / r.compared if r.compared else 0.0,
            per_category,
            r.flip_count,
            r.cost_usd,
        )

    def report_of(self, candidate: Policy) -> ShadowReport | None:
        """The report of one candidate version, configured or promoted."""
        return self._reports.get((candidate.id, candidate.version))

    def live_reloaded(self, policy: Policy) -> None:
        """A live policy took a new version (say, new rules in its file): log what its
        candidates' reports said at that moment (a promoted one's are logged as such)."""
        current = {(c.id, c.version) for c in self._policies.candidates_for(policy.id)}
        for key, r in self._reports.items():
            if key not in current or not r.compared:
                continue
            log.info(
                "policy %s now at version %s; shadow candidate %s (version %s) had agreed on "
                "%d of %d items (%d flips), cost %.4f USD",
                policy.id,
                policy.version,
                r.candidate_id,
                r.candidate_version,
                r.agreed,
                r.compared,
                r.flip_count,
                r.cost_usd,
            )

    def reports(self, candidate_id: str = "") -> list[ShadowReport]:
        """The reports of the candidates now configured (of one, when named)."""
        current = {(p.id, p.version) for p in self._policies.all() if p.shadow_of}
        return [
            r
            for key, r in self._reports.items()
            if key in current and (not candidate_id or r.candidate_id == candidate_id)
        ]

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
