from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF, ALWAYS_ON

from moderation import tracing
from moderation.backends.base import Batch
from moderation.cache import MemoryVerdictCache
from moderation.config import Settings
from moderation.domain import (
    BackendOutcome,
    CategoryJudgement,
    CategoryResult,
    Decision,
    ErrorCode,
    Item,
    ItemError,
    Judgement,
    Outcome,
    Severity,
    Source,
    TextContent,
    Usage,
    Verdict,
)
from moderation.engine import Engine, JudgeRequest
from moderation.errors import InvalidArgument, PolicyNotFound
from moderation.policy import Policy, PolicyRegistry, default_policy, parse_policy
from moderation.server import build_engine
from moderation.tenants import DEFAULT_TENANT, Tenant
from tests.fakes import FAIL_MARKER, KeywordBackend

POLICY_V1 = """
id = "house"
description = "house rules"
[[categories]]
name = "violence"
description = "threats of violence"
review_at = "medium"
block_at = "high"
[[categories]]
name = "harassment"
description = "insults"
review_at = "medium"
block_at = "high"
"""


def text(id: str, body: str) -> Item:
    return Item(id, TextContent(body))


async def engine_for(tmp_path: Path, policy: str = POLICY_V1, **kw: object) -> Engine:
    path = tmp_path / "policy.toml"
    path.write_text(policy)
    settings = Settings(policy_files=[path], max_wait_ms=1.0, **kw)  # type: ignore[arg-type]
    return await build_engine(settings, backend=KeywordBackend())


def verdict(outcome: object) -> Verdict:
    assert isinstance(outcome, Verdict), outcome
    return outcome


async def test_order_decisions_and_sources(tmp_path: Path) -> None:
    engine = await engine_for(tmp_path)
    outcomes = await engine.moderate(
        [text("a", "have a nice day"), text("b", "I will kill you"), text("c", "you idiot")]
    )
    assert [o.item_id for o in outcomes] == ["a", "b", "c"]
    a, b, c = (verdict(o) for o in outcomes)
    assert (a.decision, b.decision, c.decision) == (Decision.ALLOW, Decision.BLOCK, Decision.REVIEW)
    assert not a.flagged and b.flagged and c.flagged
    assert all(v.source is Source.MODEL and v.policy_id == "house" for v in (a, b, c))
    assert a.rationale == "" and b.rationale == "violence"
    await engine.close()


async def test_every_verdict_names_its_language(tmp_path: Path) -> None:
    """A judge validated in every language (the fake, like Claude) leaves the language to the
    engine; the verdict names it, and the cached copy keeps it."""
    engine = await engine_for(tmp_path)
    items = [
        text("en", "have a nice day, see you soon"),
        text("de", "Ich hasse Montage."),
        text("x", "👍👍"),
    ]
    first = [verdict(o) for o in await engine.moderate(items)]
    assert [(v.language, v.language_validated) for v in first] == [
        ("en", True),
        ("de", True),
        ("und", True),
    ]
    again = [verdict(o) for o in await engine.moderate(items)]
    assert all(v.source is Source.CACHE for v in again)
    assert [v.language for v in again] == ["en", "de", "und"]
    await engine.close()


async def test_same_content_is_answered_from_cache_and_a_new_policy_version_misses(
    tmp_path: Path,
) -> None:
    engine = await engine_for(tmp_path)
    first = verdict((await engine.moderate([text("a", "you idiot")]))[0])
    again = verdict((await engine.moderate([text("other-id", "you idiot")]))[0])
    assert first.source is Source.MODEL and first.usage.input_tokens > 0
    assert again.source is Source.CACHE and again.item_id == "other-id"
    assert again.usage.input_tokens == 0
    assert (again.decision, again.categories) == (first.decision, first.categories)
    await engine.close()

    edited = await engine_for(tmp_path, POLICY_V1.replace("insults", "insults and slurs"))
    fresh = verdict((await edited.moderate([text("a", "you idiot")]))[0])
    assert fresh.policy_version != first.policy_version
    assert fresh.source is Source.MODEL
    await edited.close()


async def test_blocklist_answers_without_the_backend(tmp_path: Path) -> None:
    blocklist = tmp_path / "blocklist.txt"
    blocklist.write_text("# house blocklist\nharassment: Buy Followers\n")
    engine = await engine_for(tmp_path, blocklist_file=blocklist)
    body = "chéap 👋  buy\n followers now"
    outcome = verdict((await engine.moderate([text("a", body)]))[0])
    assert outcome.source is Source.BLOCKLIST
    assert outcome.decision is Decision.BLOCK
    (hit,) = [c for c in outcome.categories if c.evidence]
    (evidence,) = hit.evidence
    assert (hit.category, evidence.blocklist, evidence.term) == (
        "harassment",
        "operator",
        "Buy Followers",
    )
    assert body[evidence.start : evidence.end] == evidence.quote == "buy\n followers"
    clean = verdict((await engine.moderate([text("b", "buy followersXYZ")]))[0])
    assert clean.source is Source.MODEL
    await engine.close()


async def test_a_failed_item_gets_an_error_and_its_batch_mates_verdicts(tmp_path: Path) -> None:
    engine = await engine_for(tmp_path)
    outcomes = await engine.moderate([text("ok", "hello"), text("bad", f"x {FAIL_MARKER}")])
    assert isinstance(outcomes[0], Verdict)
    assert isinstance(outcomes[1], ItemError)
    assert outcomes[1].code is ErrorCode.INTERNAL and outcomes[1].item_id == "bad"
    # A failure is not cached: the same content is judged again.
    again = await engine.moderate([text("bad", f"x {FAIL_MARKER}")])
    assert isinstance(again[0], ItemError)
    await engine.close()


async def test_bad_requests_raise_with_fields(tmp_path: Path) -> None:
    engine = await engine_for(tmp_path)
    with pytest.raises(PolicyNotFound):
        await engine.moderate([text("a", "hi")], policy_id="missing")
    with pytest.raises(InvalidArgument) as info:
        await engine.moderate([text("a", "hi"), text("a", "again")])
    assert info.value.violations[0].field == "items[1].id"
    await engine.close()


async def test_accept_resolves_the_policy_and_checks_the_item_and_its_message(
    tmp_path: Path,
) -> None:
    engine = await engine_for(tmp_path, max_items_per_request=2)
    tenant = Tenant("acme")
    request = engine.accept(text("a", "hi"), "", "items[3]", tenant=tenant)
    assert request.policy.id == "house" and request.tenant is tenant and request.store
    with pytest.raises(PolicyNotFound):
        engine.accept(text("a", "hi"), "missing", "items[0]")
    with pytest.raises(InvalidArgument) as bad:
        engine.accept(text("a", "  "), "", "items[3]")
    assert bad.value.violations[0].field == "items[3].text"
    with pytest.raises(InvalidArgument) as many:
        engine.accept(text("a", "hi"), "", "items[0]", among=3)
    assert many.value.violations[0].field == "items"
    assert "3 items in one message; the limit is 2" in str(many.value)
    await engine.close()


async def test_identical_items_in_flight_make_their_verdict_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decided = []
    decide = Policy.decide

    def counting(policy: Policy, judgement: Judgement) -> Any:
        decided.append(judgement.item_id)
        return decide(policy, judgement)

    monkeypatch.setattr(Policy, "decide", counting)
    backend = KeywordBackend()
    backend.gate = asyncio.Event()
    engine = await build_engine(Settings(max_wait_ms=1.0), backend=backend)
    policy = engine.policies.get("")
    waiting = [
        asyncio.ensure_future(engine.judge(JudgeRequest(text(f"i{n}", "same words"), policy)))
        for n in range(3)
    ]
    await asyncio.sleep(0.05)
    backend.gate.set()
    verdicts = [verdict(o) for o in await asyncio.gather(*waiting)]
    assert [v.item_id for v in verdicts] == ["i0", "i1", "i2"]
    assert [v.source for v in verdicts] == [Source.MODEL, Source.CACHE, Source.CACHE]
    assert decided == ["i0"]  # made once, for the starter; the others are its cache hits
    await engine.close()


async def test_a_blocklist_edit_wins_over_a_cached_verdict(tmp_path: Path) -> None:
    before = await engine_for(tmp_path)
    first = verdict((await before.moderate([text("a", "buy followers now")]))[0])
    assert first.decision is Decision.ALLOW
    blocklist = tmp_path / "blocklist.txt"
    blocklist.write_text("spam: buy followers\n")
    after = await engine_for(tmp_path, blocklist_file=blocklist)
    after._cache = before._cache  # the shared verdict cache outlives the edit (Redis)
    again = verdict((await after.moderate([text("b", "buy followers now")]))[0])
    assert again.source is Source.BLOCKLIST and again.decision is Decision.BLOCK
    await before.close()
    await after.close()


async def test_a_joiner_gets_the_judgement_as_its_own_when_its_starter_has_left() -> None:
    backend = KeywordBackend()
    backend.gate = asyncio.Event()
    engine = await build_engine(Settings(max_wait_ms=1.0), backend=backend)
    policy = engine.policies.get("")

    def judge(id: str, deadline: float | None = None) -> asyncio.Future[Outcome]:
        request = JudgeRequest(text(id, "the very same words"), policy, deadline)
        return asyncio.ensure_future(engine.judge(request))

    starter = judge("starter", time.monotonic() + 0.5)
    joiners = [judge(f"j{n}") for n in range(3)]
    gone = await starter  # the gate holds the judgement past the starter's deadline
    assert isinstance(gone, ItemError) and gone.code is ErrorCode.DEADLINE_EXCEEDED
    assert engine.metrics.value("items_deduplicated_total") == 3
    backend.gate.set()
    verdicts = [verdict(o) for o in await asyncio.gather(*joiners)]
    [own] = [v for v in verdicts if v.source is Source.MODEL]
    assert own.usage.input_tokens > 0
    assert [v.usage for v in verdicts if v is not own] == [Usage(), Usage()]
    assert all(v.source is Source.CACHE for v in verdicts if v is not own)
    assert len(backend.batches) == 1
    assert engine.metrics.value("verdicts_total", source="model") == 1
    await engine.close()


async def test_an_injection_is_held_for_review_and_a_doubtful_verdict_is_not_cached() -> None:
    class Scripted:
        """A dispatcher answering each text with the judgement scripted for it."""

        model = "m"
        problem = ""

        def __init__(self) -> None:
            self.calls = 0

        async def submit(
            self, item: Item, policy: Policy, tenant: Tenant = DEFAULT_TENANT
        ) -> BackendOutcome:
            self.calls += 1
            assert isinstance(item.content, TextContent)
            body = item.content.text
            return Judgement(
                item.id, (), "m", "steers", injection=body == "x", cacheable=body != "doubt"
            )

        async def close(self) -> None:
            return None

    dispatcher = Scripted()
    engine = Engine(PolicyRegistry([default_policy()]), dispatcher, MemoryVerdictCache(100, 60.0))
    injected = verdict((await engine.moderate([text("a", "x")]))[0])
    assert injected.injection_suspected and injected.decision is Decision.REVIEW
    assert injected.rationale == "steers"
    for _ in range(2):
        doubtful = verdict((await engine.moderate([text("b", "doubt")]))[0])
        assert doubtful.source is Source.MODEL  # judged again: never served from the cache
    assert dispatcher.calls == 3
    again = verdict((await engine.moderate([text("c", "x")]))[0])
    assert again.source is Source.CACHE and again.injection_suspected  # held for review: cached
    await engine.close()


def test_content_hashes_cannot_collide_across_fields() -> None:
    a = Item("a", TextContent("x\0context\0y"), context="z")
    b = Item("b", TextContent("x"), context="y\0context\0z")
    assert a.content_hash() != b.content_hash()
    assert Item("c", TextContent("x")).content_hash() == Item("d", TextContent("x")).content_hash()


async def test_a_verdict_answers_only_its_own_tenant_unless_the_cache_is_shared(
    tmp_path: Path,
) -> None:
    a, b = Tenant("team-a"), Tenant("team-b")
    engine = await engine_for(tmp_path)

    async def judged(tenant: Tenant) -> Verdict:
        return verdict((await engine.moderate([text("x", "you idiot")], tenant=tenant))[0])

    assert (await judged(a)).source is Source.MODEL
    assert (await judged(b)).source is Source.MODEL  # B learns nothing of what A sent
    assert (await judged(a)).source is Source.CACHE
    assert engine.metrics.value("tenant_verdicts_total", tenant="team-b", source="model") == 1
    assert engine.metrics.value("tenant_items_total", tenant="team-a") == 2
    await engine.close()

    shared = await engine_for(tmp_path, cache_scope="shared")
    first = verdict((await shared.moderate([text("x", "you idiot")], tenant=a))[0])
    other = verdict((await shared.moderate([text("y", "you idiot")], tenant=b))[0])
    assert (first.source, other.source) == (Source.MODEL, Source.CACHE)
    await shared.close()


async def test_identical_items_of_two_tenants_in_flight_are_judged_apart(tmp_path: Path) -> None:
    engine = await engine_for(tmp_path)
    a, b = Tenant("team-a"), Tenant("team-b")
    both = await asyncio.gather(
        engine.moderate([text("x", "you idiot")], tenant=a),
        engine.moderate([text("x", "you idiot")], tenant=b),
    )
    assert [verdict(o[0]).source for o in both] == [Source.MODEL, Source.MODEL]
    assert engine.metrics.value("items_deduplicated_total") == 0
    await engine.close()


async def test_an_item_not_to_be_stored_is_never_cached_nor_shared(tmp_path: Path) -> None:
    (tmp_path / "policy.toml").write_text(POLICY_V1)
    backend = KeywordBackend()
    settings = Settings(policy_files=[tmp_path / "policy.toml"], max_wait_ms=1.0)
    engine = await build_engine(settings, backend=backend)
    backend.gate = asyncio.Event()
    unkept = [text(f"u{n}", "you idiot") for n in range(2)]
    waiting = asyncio.gather(*(engine.moderate([i], store=False) for i in unkept))
    await asyncio.sleep(0.05)
    backend.gate.set()
    first, second = (verdict(o[0]) for o in await waiting)
    assert first.source is second.source is Source.MODEL  # each judged, neither joined
    assert sum(len(b.items) for b in backend.batches) == 2
    [after] = await engine.moderate([text("k", "you idiot")])
    assert verdict(after).source is Source.MODEL  # nothing was cached for it
    [again] = await engine.moderate([text("k", "you idiot")], store=False)
    assert verdict(again).source is Source.MODEL  # a cached verdict is not read either
    await engine.close()


def test_a_cache_hit_keeps_every_field_of_the_stored_verdict_but_its_id_source_and_usage() -> None:
    stored = Verdict(
        item_id="first",
        decision=Decision.REVIEW,
        flagged=True,
        categories=(CategoryResult("violence", True, Severity.MEDIUM, 0.6),),
        rationale="a threat",
        policy_id="house",
        policy_version="v9",
        model="judge-1",
        source=Source.MODEL,
        usage=Usage(input_tokens=3.0, output_tokens=2.0, estimated_cost_usd=0.1),
        injection_suspected=True,
        language="de",
        language_validated=False,
    )
    for f in dataclasses.fields(Verdict):  # every field set away from its default
        if f.default is not dataclasses.MISSING:
            assert getattr(stored, f.name) != f.default, f"{f.name} left at its default"
    expected = dataclasses.replace(stored, item_id="again", source=Source.CACHE, usage=Usage())
    assert stored.as_cache_hit("again") == expected


class QuotingBackend(KeywordBackend):
    """Flags every text as violence, quoting one real excerpt and one invented."""

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        for item in batch.items:
            assert isinstance(item.content, TextContent)
            yield Judgement(
                item.id,
                (CategoryJudgement("violence", Severity.HIGH),),
                self.model,
                rationale="threat",
                quotes=(item.content.text.split()[-1], "words the item never said"),
            )


async def test_quotes_become_spans_of_flagged_categories_and_invented_ones_are_dropped(
    tmp_path: Path,
) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(POLICY_V1)
    settings = Settings(policy_files=[path], max_wait_ms=1.0)
    engine = await build_engine(settings, backend=QuotingBackend())
    body = "ça va? je vais te frapper"
    first = verdict((await engine.moderate([text("a", body)]))[0])
    (violence,) = [c for c in first.categories if c.category == "violence"]
    (span,) = violence.evidence
    assert body[span.start : span.end] == span.quote == "frapper"
    assert all(not c.evidence for c in first.categories if not c.flagged)
    assert engine.metrics.value("evidence_quotes_dropped_total") == 1
    cached = verdict((await engine.moderate([text("b", body)]))[0])
    assert cached.source is Source.CACHE and cached.categories == first.categories
    assert engine.metrics.value("evidence_quotes_dropped_total") == 1  # counted once
    await engine.close()


def counters(engine: Engine) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every counter sample of the engine's metrics, by name and labels."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for metric in engine.metrics.registry.collect()
        for sample in metric.samples
        if sample.name.endswith("_total")
    }


def moved(
    before: dict[tuple[str, tuple[tuple[str, str], ...]], float],
    after: dict[tuple[str, tuple[tuple[str, str], ...]], float],
) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {k: v - before.get(k, 0.0) for k, v in after.items() if v != before.get(k, 0.0)}


async def test_a_hit_answered_now_is_the_hit_judge_answers_and_is_counted_the_same(
    tmp_path: Path,
) -> None:
    engine = await engine_for(tmp_path)
    tenant = Tenant("acme")
    policy = engine.policies.get("")
    await engine.moderate([text("a", "some bad words")], tenant=tenant)  # judged, then cached
    start = counters(engine)
    judged = verdict(
        await engine.judge(JudgeRequest(text("b", "some bad words"), policy, None, tenant))
    )
    by_judge = moved(start, counters(engine))
    start = counters(engine)
    now = engine.answer_now(JudgeRequest(text("b", "some bad words"), policy, None, tenant))
    assert now == judged and now.source is Source.CACHE
    assert moved(start, counters(engine)) == by_judge
    assert by_judge  # items, the tenant's items, verdicts by source and the tenant's
    # Not answered now: another tenant's content, nothing to be kept, nothing cached.
    assert engine.answer_now(JudgeRequest(text("c", "some bad words"), policy)) is None
    unkept = JudgeRequest(text("c", "some bad words"), policy, None, tenant, store=False)
    assert engine.answer_now(unkept) is None
    assert engine.answer_now(JudgeRequest(text("c", "other words"), policy, None, tenant)) is None
    await engine.close()


async def test_a_hit_answered_now_is_scoped_as_the_cache_is(tmp_path: Path) -> None:
    engine = await engine_for(tmp_path, cache_scope="shared")
    policy = engine.policies.get("")
    await engine.moderate([text("a", "some bad words")], tenant=Tenant("acme"))
    other = engine.answer_now(JudgeRequest(text("b", "some bad words"), policy, None, Tenant("x")))
    assert other is not None and other.source is Source.CACHE
    await engine.close()


async def test_a_hit_answered_now_never_outlives_its_policy_version_or_the_blocklist(
    tmp_path: Path,
) -> None:
    engine = await engine_for(tmp_path)
    await engine.moderate([text("a", "buy followers now")])
    old = engine.policies.get("")
    assert engine.answer_now(JudgeRequest(text("b", "buy followers now"), old)) is not None
    edited = parse_policy(POLICY_V1.replace("insults", "insults and slurs"))
    assert edited.version != old.version
    assert engine.answer_now(JudgeRequest(text("b", "buy followers now"), edited)) is None
    blocklist = tmp_path / "blocklist.txt"
    blocklist.write_text("spam: buy followers\n")
    after = await engine_for(tmp_path, blocklist_file=blocklist)
    after._cache = engine._cache  # the verdict cache outlives the edit
    assert after.answer_now(JudgeRequest(text("c", "buy followers now"), old)) is None
    again = verdict((await after.moderate([text("c", "buy followers now")]))[0])
    assert again.source is Source.BLOCKLIST
    await engine.close()
    await after.close()


async def test_a_judgement_made_elsewhere_becomes_a_verdict_from_its_item_id(
    tmp_path: Path,
) -> None:
    """Jobs read verdicts back by item id: no content is needed (no spans then, and the
    judge's language or none), and with the content the quotes become spans."""
    engine = await engine_for(tmp_path)
    policy = engine.policies.get("house")
    body = "I will kill you"
    judgement = Judgement(
        "j1",
        (CategoryJudgement("violence", Severity.HIGH, 0.9),),
        model="m",
        rationale="threat",
        quotes=("kill you",),
    )
    bare = engine.verdict("j1", policy, judgement)
    assert (bare.item_id, bare.decision, bare.source) == ("j1", Decision.BLOCK, Source.MODEL)
    assert bare.language == "und" and not any(c.evidence for c in bare.categories)
    full = engine.verdict("j1", policy, judgement, content=TextContent(body))
    (span,) = next(c for c in full.categories if c.category == "violence").evidence
    assert body[span.start : span.end] == "kill you" and full.language == "en"
    await engine.close()


async def test_a_blocklist_hit_is_answered_for_entries_that_skip_judge(tmp_path: Path) -> None:
    blocklist = tmp_path / "blocklist.txt"
    blocklist.write_text("harassment: Buy Followers\n")
    engine = await engine_for(tmp_path, blocklist_file=blocklist)
    policy = engine.policies.get("house")
    hit = await engine.blocklisted(text("a", "buy followers here"), policy)
    assert hit is not None and hit.source is Source.BLOCKLIST and hit.item_id == "a"
    assert await engine.blocklisted(text("b", "have a nice day"), policy) is None
    await engine.close()


async def test_a_hit_goes_the_whole_way_only_when_its_call_s_span_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tracer provider installed (as in any process that once set one up) does not turn
    the fast path off: only a call whose span the sampler kept wants the item's own span."""
    engine = await engine_for(tmp_path)
    policy = engine.policies.get("")
    await engine.moderate([text("a", "some bad words")])
    monkeypatch.setattr(tracing, "active", lambda: True)
    request = JudgeRequest(text("b", "some bad words"), policy)
    sampled = TracerProvider(sampler=ALWAYS_ON).get_tracer("test")
    dropped = TracerProvider(sampler=ALWAYS_OFF).get_tracer("test")
    with sampled.start_as_current_span("call"):
        assert engine.answer_now(request) is None
    with dropped.start_as_current_span("call"):
        hit = engine.answer_now(request)
        assert hit is not None and hit.source is Source.CACHE
    await engine.close()
