"""The cascade: confident items stay in the process; doubtful and unvalidated ones go up."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator

import pytest

from moderation.backends.base import Batch
from moderation.backends.cascade import CascadeBackend, doubt, relative_score
from moderation.domain import (
    BackendOutcome,
    CategoryJudgement,
    ErrorCode,
    Item,
    ItemFailure,
    Judgement,
    Severity,
    TextContent,
)
from moderation.errors import Overloaded
from moderation.policy import Policy, default_policy, parse_policy
from moderation.tenants import DEFAULT_TENANT, Tenant
from moderation.upstream.pacing import Pacer
from tests.fakes import KeywordBackend

POLICY = default_policy()
HATE = next(c for c in POLICY.categories if c.name == "hate")
HATE_THRESHOLD = HATE.bands.score(HATE.review_at)


class ScriptedLocal:
    """An embedded judge whose hate score and language come from the item's text:
    "<score> <language>", e.g. "0.05 en"."""

    name = "local"
    model = "local/test"
    problem = ""

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        for item in batch.items:
            assert isinstance(item.content, TextContent)
            score, language = item.content.text.split()
            found = (CategoryJudgement("hate", HATE.bands.severity(float(score)), float(score)),)
            yield Judgement(
                item.id,
                found,
                self.model,
                language=language,
                language_validated=language == "en",
            )


class CheckingLocal(ScriptedLocal):
    """As ScriptedLocal, but in stages as the embedded backend judges: scores first (the
    items another judge decides answered at once), then evidence checks for the flagged
    ones, which take until `checked` is set."""

    def __init__(self) -> None:
        self.checked = asyncio.Event()
        self.checks_for: list[str] = []

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        held: list[BackendOutcome] = []
        async for outcome in super().classify(batch):
            assert isinstance(outcome, Judgement)
            flagged = any(c.severity >= HATE.review_at for c in outcome.categories)
            if flagged and not batch.elsewhere(outcome):
                held.append(outcome)
                self.checks_for.append(outcome.item_id)
            else:
                yield outcome
        batch.scored()
        await self.checked.wait()
        for outcome in held:
            yield outcome


def items(*texts: str) -> tuple[Item, ...]:
    return tuple(Item(f"i{n}", TextContent(t)) for n, t in enumerate(texts))


async def run(
    cascade: CascadeBackend, batch: tuple[Item, ...], policy: Policy = POLICY
) -> dict[str, str]:
    return {
        o.item_id: o.model
        async for o in cascade.classify(Batch(batch, policy))
        if isinstance(o, Judgement)
    }


async def test_confident_items_never_leave_the_process() -> None:
    upstream = KeywordBackend("claude-test")
    cascade = CascadeBackend(ScriptedLocal(), upstream, (0.35, 0.65))
    models = await run(cascade, items("0.01 en", "0.99 en", "0.02 en"))
    assert models == {"i0": "local/test", "i1": "local/test", "i2": "local/test"}
    assert upstream.batches == []


async def test_doubtful_and_unvalidated_items_go_upstream_together_and_say_who_judged() -> None:
    upstream = KeywordBackend("claude-test")
    cascade = CascadeBackend(ScriptedLocal(), upstream, (0.35, 0.65))
    near = f"{HATE_THRESHOLD:.3f} en"
    models = await run(cascade, items("0.01 en", near, "0.01 de", "0.99 und"))
    assert models == {
        "i0": "local/test",
        "i1": "claude-test",
        "i2": "claude-test",
        "i3": "claude-test",
    }
    assert [[i.id for i in b.items] for b in upstream.batches] == [["i1", "i2", "i3"]]


async def test_a_policy_that_allows_unvalidated_languages_keeps_them_local() -> None:
    upstream = KeywordBackend("claude-test")
    cascade = CascadeBackend(ScriptedLocal(), upstream, (0.35, 0.65))
    text = default_policy_text().replace(
        'id = "default"', 'unvalidated_language = "allow"\nid = "default"', 1
    )
    models = await run(cascade, items("0.01 de"), parse_policy(text))
    assert models == {"i0": "local/test"} and upstream.batches == []


def default_policy_text() -> str:
    from importlib import resources

    return resources.files("moderation.policies").joinpath("default.toml").read_text("utf-8")


def test_scores_are_read_relative_to_each_categorys_threshold() -> None:
    assert relative_score(HATE_THRESHOLD, HATE_THRESHOLD) == pytest.approx(0.5)
    assert relative_score(0.0, 0.6) == 0.0 and relative_score(1.0, 0.6) == pytest.approx(1.0)
    j = Judgement("x", (CategoryJudgement("hate", Severity.NONE, HATE_THRESHOLD / 2),), "m")
    assert doubt(j, POLICY) == pytest.approx(0.25)


@pytest.mark.parametrize("band", [(0.6, 0.7), (0.2, 0.4), (-0.1, 0.6), (0.4, 1.2)])
def test_a_band_that_does_not_straddle_the_threshold_is_refused(band: tuple[float, float]) -> None:
    with pytest.raises(ValueError, match="cascade band"):
        CascadeBackend(ScriptedLocal(), KeywordBackend(), band)


class Releasing(KeywordBackend):
    """An upstream judge whose call lets the embedded part's evidence checks end."""

    def __init__(self, checks: asyncio.Event) -> None:
        super().__init__("claude-test")
        self.checks = checks

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        self.checks.set()
        async for outcome in super().classify(batch):
            yield outcome


async def test_doubts_go_upstream_once_scored_not_after_the_others_evidence() -> None:
    local = CheckingLocal()
    upstream = Releasing(local.checked)
    cascade = CascadeBackend(local, upstream, (0.35, 0.65))
    near = f"{HATE_THRESHOLD:.3f} en"
    # i1 is flagged but doubtful: judged upstream, so no evidence of its own is checked; i2
    # is flagged for sure, and its evidence is checked while i1's call is out.
    batch = items("0.01 en", near, "0.99 en")
    models = await asyncio.wait_for(run(cascade, batch), timeout=10)
    assert models == {"i0": "local/test", "i1": "claude-test", "i2": "local/test"}
    assert local.checks_for == ["i2"]
    assert [[i.id for i in b.items] for b in upstream.batches] == [["i1"]]


async def test_a_failing_embedded_part_fails_the_batch_and_leaves_nothing_running() -> None:
    class Failing(ScriptedLocal):
        async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
            async for outcome in super().classify(batch):
                yield outcome
            raise RuntimeError("embedded model failed")

    upstream = KeywordBackend("claude-test")
    upstream.gate = asyncio.Event()  # never opens: the upstream task must be cancelled
    cascade = CascadeBackend(Failing(), upstream, (0.35, 0.65))
    before = asyncio.all_tasks()
    with pytest.raises(RuntimeError, match="embedded model failed"):
        await run(cascade, items(f"{HATE_THRESHOLD:.3f} en", "0.01 en"))
    assert [[i.id for i in b.items] for b in upstream.batches] == [["i0"]]  # it was called
    assert asyncio.all_tasks() == before


async def test_a_caller_who_leaves_mid_batch_leaves_nothing_running() -> None:
    local = CheckingLocal()  # its evidence checks never end
    upstream = KeywordBackend("claude-test")
    upstream.gate = asyncio.Event()  # nor does the upstream call
    cascade = CascadeBackend(local, upstream, (0.35, 0.65))
    before = asyncio.all_tasks()
    outcomes = cascade.classify(
        Batch(items("0.01 en", f"{HATE_THRESHOLD:.3f} en", "0.99 en"), POLICY)
    )
    first = await asyncio.wait_for(anext(outcomes), timeout=5)
    assert first.item_id == "i0"  # the confident harmless item, at once
    await asyncio.sleep(0.05)  # the doubtful item's call is out, the flagged item's checks run
    assert [[i.id for i in b.items] for b in upstream.batches] == [["i1"]]
    assert isinstance(outcomes, AsyncGenerator)
    await outcomes.aclose()  # the engine drops a batch no caller waits for
    assert asyncio.all_tasks() == before


class Queue:
    """An upstream queue that records what it was given and answers as `upstream` does,
    one item at a time; items whose text is in `refused` are refused as a full queue's."""

    def __init__(self, upstream: KeywordBackend, refused: frozenset[str] = frozenset()) -> None:
        self.upstream = upstream
        self.refused = refused
        self.given: list[tuple[str, str]] = []  # (item id, tenant id)

    async def submit(
        self, item: Item, policy: Policy, tenant: Tenant = DEFAULT_TENANT
    ) -> BackendOutcome:
        assert isinstance(item.content, TextContent)
        if item.content.text in self.refused:
            raise Overloaded("the queue is full")
        self.given.append((item.id, tenant.id))
        (outcome,) = [o async for o in self.upstream.classify(Batch((item,), policy))]
        return outcome


async def test_with_a_queue_the_doubts_wait_there_and_the_batch_gives_back_its_slot() -> None:
    """Behind the server's batcher the doubts go through the upstream's own batcher with
    their callers' tenants, and the batch's slot is given back once it is scored, so the
    next batch is scored while they wait for Claude; a refused doubt fails alone."""
    near = f"{HATE_THRESHOLD:.3f} en"
    queue = Queue(KeywordBackend("claude-test"), refused=frozenset({"0.01 de"}))
    cascade = CascadeBackend(ScriptedLocal(), KeywordBackend("unused"), (0.35, 0.65), queue)
    pacer = Pacer(1, 1)
    slot = pacer.take()
    batch = Batch(
        items("0.01 en", near, "0.01 de"),
        POLICY,
        slot=slot,
        senders={"i1": Tenant("team-a")},
    )
    outcomes = {o.item_id: o async for o in cascade.classify(batch)}
    assert not slot.held and pacer.has_room()
    assert queue.given == [("i1", "team-a")]
    assert isinstance(outcomes["i0"], Judgement) and outcomes["i0"].model == "local/test"
    assert isinstance(outcomes["i1"], Judgement) and outcomes["i1"].model == "claude-test"
    refused = outcomes["i2"]
    assert isinstance(refused, ItemFailure) and refused.code is ErrorCode.RESOURCE_EXHAUSTED
