"""The engine: validate, answer from cache or blocklist, otherwise dispatch to the batcher.

Knows nothing of gRPC or of Anthropic. Every accepted item ends as exactly one
Outcome: a Verdict or an explicit ItemError.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from prometheus_client import Counter

from moderation import tracing
from moderation.blocklist import OPERATOR_BLOCKLIST, Blocklist, BlocklistHit
from moderation.blocklists import Blocklists, Match
from moderation.cache import SHARED_SCOPE, CacheScope, VerdictCache, cache_key
from moderation.domain import (
    BackendOutcome,
    CategoryJudgement,
    CategoryResult,
    Content,
    Decision,
    ErrorCode,
    Evidence,
    ImageContent,
    Item,
    ItemError,
    ItemFailure,
    Judgement,
    Outcome,
    Severity,
    Source,
    TextContent,
    Verdict,
)
from moderation.errors import FieldViolation, InvalidArgument, PolicyNotFound
from moderation.evidence import locate
from moderation.language import UNDETERMINED, item_language
from moderation.observability import Metrics
from moderation.policy import Policy, PolicyRegistry
from moderation.shared_inflight import SharedInFlight
from moderation.tenants import DEFAULT_TENANT, Tenant
from moderation.tracing import tracer
from moderation.validation import (
    Limits,
    check_item,
    check_request_off_loop,
)

if TYPE_CHECKING:
    from moderation.promotions import Promotions
    from moderation.shadow import Shadow

log = logging.getLogger(__name__)


# Images larger than this are hashed in a worker thread, off the event loop.
HASH_IN_THREAD_BYTES = 256 * 1024
# Kinds of cache hit (policy, tenant, decision, model) whose counters are kept resolved.
HIT_KINDS_MAX = 4096


class Dispatcher(Protocol):
    """Where items go when no cache or blocklist answers: the batcher."""

    @property
    def model(self) -> str:
        """The model judging items now; verdicts are cached under it."""
        ...

    @property
    def problem(self) -> str:
        """Why the backend cannot judge now, or ""; the server reports NOT_SERVING then."""
        ...

    async def submit(
        self, item: Item, policy: Policy, tenant: Tenant = DEFAULT_TENANT
    ) -> BackendOutcome:
        """Judge one item (batched with others, fairly between tenants); raises Overloaded
        when the queue is full or the tenant is over its share of it."""
        ...

    async def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class JudgeRequest:
    """One item on its way down: whose it is, what to judge, under which policy, until when.

    `deadline` is an absolute `time.monotonic()` instant, or None. It is
    enforced here, at the engine's edge, and nowhere below: a caller out of
    time gets DEADLINE_EXCEEDED for its own item, and the batch carrying it
    goes on for everyone else. `tenant` is the caller's, resolved at the edge: it
    scopes the verdict cache and in-flight dedup, shares the batch queue fairly,
    and is what usage is counted against. `store` False (a caller that asked for
    its content not to be kept) judges the item on its own: no cache read or
    write, no sharing with an identical item in flight.
    """

    item: Item
    policy: Policy
    deadline: float | None = None
    tenant: Tenant = DEFAULT_TENANT
    store: bool = True


@dataclass(frozen=True, slots=True)
class Standing:
    """A cache hit answered at once, and what it was found under (`Engine.standing`)."""

    asked: str  # the policy id the caller named ("" the default)
    policy: Policy
    model: str
    key: str
    stored: Verdict  # the verdict cache's entry, as stored
    operator: object  # the operator blocklist's state
    lists: object  # the tenants' blocklists' snapshot, when the policy applies any
    counters: tuple[Counter, ...]


class Engine:
    def __init__(
        self,
        policies: PolicyRegistry,
        dispatcher: Dispatcher,
        cache: VerdictCache,
        blocklist: Blocklist | None = None,
        limits: Limits | None = None,
        metrics: Metrics | None = None,
        shared_inflight: SharedInFlight | None = None,
        cache_scope: CacheScope = CacheScope.TENANT,
        blocklists: Blocklists | None = None,
    ) -> None:
        self.policies = policies
        # The tenants' blocklists managed through the API, applied where a policy names them.
        self.blocklists = blocklists
        # Candidate policies judged on a sample of live verdicts, off the callers' path.
        self.shadow: Shadow | None = None
        # Promotions by RPC, recorded in the blocklists' store and followed by every replica.
        self.promotions: Promotions | None = None
        # What the dispatcher hands work on to, closed after it (a cascade's upstream batcher).
        self.behind_dispatcher: list[Callable[[], Awaitable[None]]] = []
        self.cache_scope = cache_scope
        self.limits = limits or Limits()
        self.metrics = metrics or Metrics()
        self._dispatcher = dispatcher
        self._cache = cache
        self._blocklist = blocklist or Blocklist.empty()
        # In-flight dedup: identical content under the same policy shares one dispatch
        # (and, with a SharedInFlight, one across replicas).
        self._inflight: dict[str, _Shared] = {}
        self._shared_inflight = shared_inflight
        self._hits_counted: dict[tuple[str, str, Decision, str], tuple[Counter, ...]] = {}

    @property
    def problem(self) -> str:
        """Why items cannot be judged by the configured backend now, or ""."""
        return self._dispatcher.problem

    # --- the way in -----------------------------------------------------

    def accept(
        self,
        item: Item,
        policy: Policy | str,
        where: str,
        *,
        among: int = 1,
        deadline: float | None = None,
        tenant: Tenant = DEFAULT_TENANT,
        store: bool = True,
    ) -> JudgeRequest:
        """One item handed to the engine (a stream's, a job's): its policy resolved, the
        item limit of the message it came in (`among` items) and the item itself checked.

        Raises InvalidArgument naming the fields at fault under `where` (PolicyNotFound
        for an unknown policy): a stream answers it as that item's error.
        """
        if among > self.limits.max_items:
            limit = self.limits.max_items
            raise InvalidArgument(
                [FieldViolation("items", f"{among} items in one message; the limit is {limit}")]
            )
        resolved = self.policies.get(policy) if isinstance(policy, str) else policy
        checked, problems = check_item(item, self.limits, where)
        if problems:
            raise InvalidArgument(problems)
        return JudgeRequest(checked, resolved, deadline, tenant, store)

    async def accept_all(
        self,
        items: Sequence[Item],
        policy: Policy | str,
        *,
        deadline: float | None = None,
        tenant: Tenant = DEFAULT_TENANT,
        store: bool = True,
    ) -> list[JudgeRequest]:
        """A whole request handed to the engine: `accept` for each item, with one
        InvalidArgument listing every field at fault (duplicate ids too); a large request is
        checked off the event loop, in chunks."""
        resolved = self.policies.get(policy) if isinstance(policy, str) else policy
        checked = await check_request_off_loop(items, self.limits)
        return [JudgeRequest(i, resolved, deadline, tenant, store) for i in checked]

    # --- whole requests -------------------------------------------------

    async def moderate(
        self,
        items: Sequence[Item],
        policy_id: str = "",
        deadline: float | None = None,
        tenant: Tenant = DEFAULT_TENANT,
        store: bool = True,
    ) -> list[Outcome]:
        """Accept the request (raising InvalidArgument), then one outcome per item, in order."""
        requests = await self.accept_all(
            items, policy_id, deadline=deadline, tenant=tenant, store=store
        )
        if len(requests) == 1:  # the common call: no task to spawn and gather
            return [await self.judge(requests[0])]
        tasks = [asyncio.ensure_future(self.judge(r)) for r in requests]
        try:
            return list(await asyncio.gather(*tasks))
        finally:
            # One item refused (Overloaded) or the caller gone: do not judge the rest for nobody.
            for t in tasks:
                t.cancel()

    # --- one item -------------------------------------------------------

    async def judge(self, request: JudgeRequest) -> Outcome:
        """One validated item to one outcome, in a span of its own (no content on it)."""
        if not tracing.active():
            outcome = await self._judge(request)
            if self.shadow is not None and isinstance(outcome, Verdict):
                self.shadow.observe(request.item, request.policy, outcome)
            return outcome
        with tracer().start_as_current_span(
            "moderation.judge",
            attributes={
                "moderation.policy": request.policy.id,
                "moderation.tenant": request.tenant.id,
            },
        ) as span:
            outcome = await self._judge(request)
            if isinstance(outcome, Verdict):
                span.set_attribute("moderation.source", outcome.source.value)
                span.set_attribute("moderation.decision", outcome.decision.value)
            else:
                span.set_attribute("moderation.error_code", outcome.code.value)
        if self.shadow is not None and isinstance(outcome, Verdict):
            self.shadow.observe(request.item, request.policy, outcome)
        return outcome

    def answer_now(self, request: JudgeRequest) -> Verdict | None:
        """The verdict `judge` would answer from this replica's memory, without waiting for
        anything, counted as `judge` counts a hit; None when answering takes more.

        The hit path of a repeat (a spam wave): the same blocklist checks first and the
        same cache key, read from the in-process tier of the same verdict cache, so it
        never answers what `judge` would not. None (then `judge` the item) when a tracer
        wants the item's span, the caller asked for nothing to be kept, a blocklist
        matches or its lists are due for a refresh, or the verdict is not in memory.
        """
        standing = self.standing(request)
        return None if standing is None else self.answer_from(standing, request)

    def answer_from(self, standing: Standing, request: JudgeRequest) -> Verdict:
        """The hit `standing` found for `request`, counted (and shown to a shadow candidate)
        as `judge` counts a hit."""
        for counter in standing.counters:
            counter.inc()
        item = request.item
        verdict = standing.stored.as_cache_hit(item.id)
        if self.shadow is not None:
            self.shadow.observe(item, request.policy, verdict)
        return verdict

    def standing(self, request: JudgeRequest, asked: str = "") -> Standing | None:
        """What `answer_now` would answer the request from, not counted; None when it
        would answer nothing. `asked` is the policy id the caller named ("" the default).

        The states it was found under (the policies, the operator's and the tenants'
        blocklists, the stored verdict itself) are kept in it, so `answer_again` can tell
        in a few identity checks whether the same content still hits.
        """
        if tracing.recording() or not request.store:
            return None
        item, policy, tenant = request.item, request.policy, request.tenant
        operator = self._blocklist.state()  # before matching: a reload after it shows
        if self._blocklist.match(item) is not None:
            return None
        version = policy.version
        lists: object = None
        if policy.blocklists and self.blocklists is not None:
            lists = self.blocklists.snapshot_now()
            found = self.blocklists.applicable_now(tenant.id, policy.blocklists)
            if lists is None or found is None:
                return None
            applied, revisions = found
            if isinstance(item.content, TextContent) and any(
                b.matches(item.content.text) for b in applied
            ):
                return None
            if revisions:
                version = f"{version}+{revisions}"
        content = item.content
        if isinstance(content, ImageContent) and len(content.data) > HASH_IN_THREAD_BYTES:
            return None
        model = self._dispatcher.model
        key = self._key(item.content_hash(), policy, version, tenant)
        cached = self._cache.peek(key)
        if cached is None:
            return None
        counters = self._hit_counters(policy.id, tenant.id, cached)
        return Standing(asked, policy, model, key, cached, operator, lists, counters)

    def answer_again(self, standing: Standing) -> bool:
        """Whether content that `standing` answered may be answered from it again now
        (counted as a hit then): its stored verdict still in memory, and nothing it was
        found under changed (the policy asked for, the model, the blocklists). False when
        a tracer wants the item's span or a shadow candidate may sample the verdict: then
        `answer_now` (or `judge`) answers, with the item at hand."""
        if tracing.recording() or self._cache.peek(standing.key) is not standing.stored:
            return False
        policy = standing.policy
        try:
            if self.policies.get(standing.asked) is not policy:
                return False
        except PolicyNotFound:
            return False
        if standing.model != self._dispatcher.model:
            return False
        if self._blocklist.state() is not standing.operator:
            return False
        if standing.lists is not None and (
            self.blocklists is None or self.blocklists.snapshot_now() is not standing.lists
        ):
            return False
        if self.shadow is not None and self.shadow.watches(policy):
            return False
        for counter in standing.counters:
            counter.inc()
        return True

    def _hit_counters(self, policy: str, tenant: str, cached: Verdict) -> tuple[Counter, ...]:
        """What `_judge` counts for a cache hit (an item of the policy and of the tenant, a
        verdict from the cache, the tenant's, with no usage), resolved once per kind."""
        kind = (policy, tenant, cached.decision, cached.model)
        found = self._hits_counted.get(kind)
        if found is None:
            if len(self._hits_counted) >= HIT_KINDS_MAX:
                self._hits_counted.clear()
            m, cache = self.metrics, Source.CACHE.value
            found = self._hits_counted[kind] = (
                m.child(m.items, policy),
                m.child(m.tenant_items, tenant),
                m.child(m.verdicts, cache, cached.decision.value, policy, cached.model),
                m.child(m.tenant_verdicts, tenant, cache),
            )
        return found

    async def _judge(self, request: JudgeRequest) -> Outcome:
        """Blocklist, cache, then the backend via the batcher.

        The blocklist goes first, so an edit to it takes effect at once, whatever is cached.
        """
        item, policy, tenant = request.item, request.policy, request.tenant
        metrics = self.metrics
        metrics.child(metrics.items, policy.id).inc()
        metrics.child(metrics.tenant_items, tenant.id).inc()
        listed, version = await self._listed(item, policy, tenant)
        if listed is not None:
            return self._count(listed, tenant)
        if not request.store:
            return await self._judge_unkept(request)
        key = self._key(await _hash(item), policy, version, tenant)
        cached = await self._cache_get(key)
        if cached is not None:
            return self._count(cached.as_cache_hit(item.id), tenant)
        try:  # Overloaded propagates: the caller is refused, not given an item error
            outcome = await self._dispatch_shared(key, request)
        except TimeoutError:
            return self._error(
                item, ErrorCode.DEADLINE_EXCEEDED, "deadline passed before a verdict"
            )
        if isinstance(outcome, ItemFailure):
            return self._error(item, outcome.code, outcome.message)
        return self._count(outcome, tenant)

    def _key(self, content_hash: str, policy: Policy, version: str, tenant: Tenant) -> str:
        """The verdict cache's (and in-flight dedup's) key of an item under `version`: the
        policy's, with the revisions of the blocklists it applies."""
        scope = tenant.id if self.cache_scope is CacheScope.TENANT else SHARED_SCOPE
        return cache_key(policy.id, version, self._dispatcher.model, content_hash, scope)

    async def _dispatch_shared(self, key: str, request: JudgeRequest) -> Verdict | ItemFailure:
        """Identical in-flight items share one dispatch; each waiter keeps its own deadline.

        The shared dispatch lives as long as its last waiter: it is cancelled (and
        its queued item freed) only when nobody waits for it any more. Its verdict is
        made once; the first waiter to receive it gets it with its usage, the others
        as a cache hit (the starter first while it waits: waiters wake in the order
        they began), so the judgement and its usage are one caller's even when the
        caller who started it has gone.
        """
        shared = self._inflight.get(key)
        if shared is None:
            task = asyncio.ensure_future(self._dispatch(key, request))
            shared = _Shared(task)
            self._inflight[key] = shared
            task.add_done_callback(lambda _t: self._forget_inflight(key, shared))
        else:
            self.metrics.items_deduplicated.inc()
        shared.waiters += 1
        try:
            deadline = request.deadline
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            async with asyncio.timeout(timeout):
                outcome = await asyncio.shield(shared.task)
        finally:
            shared.waiters -= 1
            if shared.waiters == 0 and not shared.task.done():
                # Nobody waits any more (cancelled or timed out): free the queued work, and
                # let the next identical item start afresh instead of joining a dying task.
                self._forget_inflight(key, shared)
                shared.task.cancel()
        return shared.answer(outcome, request.item.id)

    async def _dispatch(self, key: str, request: JudgeRequest) -> Verdict | ItemFailure:
        """Judge once here, making the verdict (and caching a model's before anyone else may
        look for it), or take the verdict another replica is judging for the same content
        (a cache hit for every waiter)."""
        item, policy = request.item, request.policy
        across = self._shared_inflight
        if across is not None and not await across.claim(key):
            verdict = await across.wait(key, self._cache_get)
            if verdict is not None:
                return verdict.as_cache_hit(item.id)
        try:
            outcome = await self._dispatcher.submit(item, policy, request.tenant)
            if isinstance(outcome, ItemFailure):
                return outcome
            verdict = self._make_verdict(item, policy, outcome, self.metrics)
            if verdict.source is Source.MODEL and outcome.cacheable:
                await self._cache_put(key, verdict)
            return verdict
        finally:
            if across is not None:
                await across.release(key)

    async def _judge_unkept(self, request: JudgeRequest) -> Outcome:
        """Judged for this caller alone: nothing read from or written to the cache."""
        item, deadline = request.item, request.deadline
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            async with asyncio.timeout(timeout):
                outcome = await self._dispatcher.submit(item, request.policy, request.tenant)
        except TimeoutError:
            return self._error(
                item, ErrorCode.DEADLINE_EXCEEDED, "deadline passed before a verdict"
            )
        if isinstance(outcome, ItemFailure):
            return self._error(item, outcome.code, outcome.message)
        return self._count(self._make_verdict(item, request.policy, outcome), request.tenant)

    def _forget_inflight(self, key: str, shared: _Shared) -> None:
        if self._inflight.get(key) is shared:
            del self._inflight[key]

    async def _listed(
        self, item: Item, policy: Policy, tenant: Tenant
    ) -> tuple[Verdict | None, str]:
        """The verdict of the blocklists the item hits (the operator's file, then the policy's
        lists of the tenant), or None; and the policy version verdicts are cached under (with
        the lists' revisions: a change to a list is never answered from a verdict cached
        before it)."""
        hit = self._blocklist.match(item)
        if hit is not None:
            return _blocklist_verdict(item, policy, hit), policy.version
        version = policy.version
        if policy.blocklists and self.blocklists is not None:
            lists, revisions = await self.blocklists.applicable(tenant.id, policy.blocklists)
            if isinstance(item.content, TextContent):
                matches = [m for b in lists for m in b.matches(item.content.text)]
                if matches:
                    return _matches_verdict(item, policy, matches), version
            if revisions:
                version = f"{version}+{revisions}"
        return None, version

    async def blocklisted(
        self, item: Item, policy: Policy, tenant: Tenant = DEFAULT_TENANT
    ) -> Verdict | None:
        """The verdict of a blocklist the item hits, as `judge` answers it, or None: for
        entries that reach the backend without `judge` (jobs on Message Batches)."""
        listed, _ = await self._listed(item, policy, tenant)
        return None if listed is None else self._count(listed, tenant)

    def verdict(
        self,
        item_id: str,
        policy: Policy,
        judgement: Judgement,
        tenant: Tenant = DEFAULT_TENANT,
        content: Content | None = None,
    ) -> Verdict:
        """A backend's judgement of one item under the policy, as `judge` would answer it,
        counted for `tenant` (for jobs). Without the item's `content`, the judge's quotes
        are not located (no evidence spans) and the language is the judge's own."""
        verdict = _decided(item_id, content, policy, judgement, self.metrics)
        return self._count(verdict, tenant)

    @staticmethod
    def _make_verdict(
        item: Item, policy: Policy, j: Judgement, metrics: Metrics | None = None
    ) -> Verdict:
        """The judgement under the policy, made once per judgement; `metrics`, when given,
        counts the judge's quotes not found in the item."""
        return _decided(item.id, item.content, policy, j, metrics)

    def _count(self, verdict: Verdict, tenant: Tenant) -> Verdict:
        metrics = self.metrics
        metrics.child(
            metrics.verdicts,
            verdict.source.value,
            verdict.decision.value,
            verdict.policy_id,
            verdict.model,
        ).inc()
        self.metrics.record_tenant_verdict(tenant.id, verdict.source.value, verdict.usage)
        return verdict

    def _error(self, item: Item, code: ErrorCode, message: str) -> ItemError:
        self.metrics.item_errors.labels(code.value).inc()
        return ItemError(item.id, code, message)

    async def _cache_get(self, key: str) -> Verdict | None:
        try:
            return await self._cache.get(key)
        except Exception:  # a cache outage must not fail moderation
            self.metrics.cache_errors.labels("read").inc()
            log.warning("verdict cache read failed", exc_info=True)
            return None

    async def _cache_put(self, key: str, verdict: Verdict) -> None:
        try:
            await self._cache.put(key, verdict)
        except Exception:
            self.metrics.cache_errors.labels("write").inc()
            log.warning("verdict cache write failed", exc_info=True)

    async def close(self) -> None:
        await self._dispatcher.close()
        for close in self.behind_dispatcher:
            await close()
        await self._cache.close()
        if self._shared_inflight is not None:
            await self._shared_inflight.close()
        if self.shadow is not None:
            await self.shadow.close()
        if self.promotions is not None:  # before the blocklists: it shares their connection
            await self.promotions.close()
        if self.blocklists is not None:
            await self.blocklists.close()


class _Shared:
    """One in-flight dispatch, how many callers wait on it, and whether one took its verdict."""

    __slots__ = ("taken", "task", "waiters")

    def __init__(self, task: asyncio.Future[Verdict | ItemFailure]) -> None:
        self.task = task
        self.waiters = 0
        self.taken = False

    def answer(self, outcome: Verdict | ItemFailure, item_id: str) -> Verdict | ItemFailure:
        """The dispatch's outcome for one waiter: the verdict as made (its usage counted
        once) to the first, a cache hit to every later one."""
        if isinstance(outcome, ItemFailure):
            return outcome
        if self.taken:
            return outcome.as_cache_hit(item_id)
        self.taken = True
        return outcome if outcome.item_id == item_id else replace(outcome, item_id=item_id)


async def _hash(item: Item) -> str:
    """The item's content hash; large images are hashed off the event loop."""
    if isinstance(item.content, ImageContent) and len(item.content.data) > HASH_IN_THREAD_BYTES:
        return await asyncio.to_thread(item.content_hash)
    return item.content_hash()


def _decided(
    item_id: str,
    content: Content | None,
    policy: Policy,
    j: Judgement,
    metrics: Metrics | None = None,
) -> Verdict:
    """The judgement of one item under the policy (its quotes located in `content`, when
    that is text, and counted in `metrics` when not found)."""
    decision, categories = policy.decide(j)
    if j.quotes and isinstance(content, TextContent):
        categories = _with_evidence(content.text, j.quotes, categories, metrics)
    source = Source.FALLBACK if j.fallback else Source.MODEL
    if j.refused:
        source = Source.REFUSAL
    language = j.language
    if not language:
        language = UNDETERMINED if content is None else item_language(Item(item_id, content))
    return Verdict(
        item_id=item_id,
        decision=decision,
        flagged=decision is not Decision.ALLOW,
        categories=categories,
        rationale=j.rationale if decision is not Decision.ALLOW else "",
        policy_id=policy.id,
        policy_version=policy.version,
        model=j.model,
        source=source,
        usage=j.usage,
        injection_suspected=j.injection,
        language=language,
        language_validated=j.language_validated,
    )


def _blocklist_verdict(item: Item, policy: Policy, hit: BlocklistHit) -> Verdict:
    judgement = Judgement(
        item.id, (CategoryJudgement(hit.category, Severity.HIGH, 1.0),), model="blocklist"
    )
    decision, categories = policy.decide(judgement)
    if not any(c.category == hit.category for c in categories):
        decision = Decision.BLOCK  # a blocklist category outside the policy still blocks
    evidence = (Evidence(hit.start, hit.end, hit.quote, OPERATOR_BLOCKLIST, hit.phrase),)
    categories = tuple(
        CategoryResult(c.category, c.flagged, c.severity, c.score, evidence)
        if c.category == hit.category
        else c
        for c in categories
    )
    return Verdict(
        item_id=item.id,
        decision=decision,
        flagged=True,
        categories=categories,
        rationale=f"matches the operator blocklist ({hit.category})",
        policy_id=policy.id,
        policy_version=policy.version,
        model="blocklist",
        source=Source.BLOCKLIST,
    )


def _matches_verdict(item: Item, policy: Policy, matches: Sequence[Match]) -> Verdict:
    """A verdict from tenants' blocklists: each hit category at the highest severity, with
    the matches as its evidence (a category outside the policy is added, and blocks)."""
    by_category: dict[str, list[Evidence]] = {}
    for m in matches:
        by_category.setdefault(m.category, []).append(
            Evidence(m.start, m.end, m.quote, m.blocklist, m.term)
        )
    judgement = Judgement(
        item.id,
        tuple(CategoryJudgement(c, Severity.HIGH, 1.0) for c in by_category),
        model="blocklist",
    )
    decision, decided = policy.decide(judgement)
    categories = [
        CategoryResult(c.category, c.flagged, c.severity, c.score, tuple(by_category[c.category]))
        if c.category in by_category
        else c
        for c in decided
    ]
    outside = [c for c in by_category if c not in policy.category_names]
    for category in outside:
        categories.append(
            CategoryResult(category, True, Severity.HIGH, 1.0, tuple(by_category[category]))
        )
        decision = Decision.BLOCK
    names = ", ".join(sorted({f"{m.blocklist} ({m.term})" for m in matches}))
    return Verdict(
        item_id=item.id,
        decision=decision,
        flagged=True,
        categories=tuple(categories),
        rationale=f"matches {names}"[:500],
        policy_id=policy.id,
        policy_version=policy.version,
        model="blocklist",
        source=Source.BLOCKLIST,
    )


def _with_evidence(
    text: str,
    quotes: Sequence[str],
    categories: tuple[CategoryResult, ...],
    metrics: Metrics | None,
) -> tuple[CategoryResult, ...]:
    """The judge's quotes, located in the item, as the spans of every flagged category (a
    quote not in the item is dropped and counted: never trusted)."""
    spans, missing = locate(text, quotes)
    if missing and metrics is not None:
        metrics.evidence_quotes_dropped.inc(missing)
    if not spans:
        return categories
    return tuple(
        CategoryResult(c.category, c.flagged, c.severity, c.score, spans) if c.flagged else c
        for c in categories
    )
