"""Evidence spans from the model, end to end: server → real SDK → emulator quoting spans."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

import pytest

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.judges import Finding, JudgeItem, KeywordJudge
from moderation.v1 import moderation_pb2 as pb
from tests.integration.test_server_haiku import haiku_server

TEXTS = [
    "Ünïcode 👋 first: you are an IDIOT and a loser",
    "lovely weather today",
    "I know where you live — and I will hurt you",
]


class InventingJudge(KeywordJudge):
    """The keyword judge, adding to every flagged verdict a quote its item does not hold."""

    async def judge(self, items: Sequence[JudgeItem], categories: Sequence[str]) -> list[Finding]:
        found = await super().judge(items, categories)
        return [
            Finding(f.id, f.categories, f.rationale, (*f.quotes, "never written by anyone"))
            if f.categories
            else f
            for f in found
        ]


@pytest.fixture
async def inventing_emulator() -> AsyncIterator[Emulator]:
    async with Emulator(EmulatorConfig.fast(max_chunk_chars=7), InventingJudge()) as emu:
        yield emu


async def test_every_span_of_a_flagged_verdict_is_its_items_text_at_the_offsets(
    emulator: Emulator,
) -> None:
    async with haiku_server(emulator) as (_, stub):
        items = [pb.Item(id=f"i{n}", text=t) for n, t in enumerate(TEXTS)]
        response = await stub.Moderate(pb.ModerateRequest(items=items))
    spans = 0
    for text, result in zip(TEXTS, response.results, strict=True):
        verdict = result.verdict
        for category in verdict.categories:
            if not category.flagged:
                assert not category.evidence
                continue
            assert category.evidence, (text, category.category)
            for span in category.evidence:
                assert text[span.start : span.end] == span.quote
                assert not span.blocklist
                spans += 1
    assert spans >= 3
    (idiot,) = [c for c in response.results[0].verdict.categories if c.flagged]
    assert {s.quote for s in idiot.evidence} == {"IDIOT", "loser"}


async def test_a_quote_the_model_invents_is_dropped_and_counted(
    inventing_emulator: Emulator,
) -> None:
    async with haiku_server(inventing_emulator) as (running, stub):
        response = await stub.Moderate(
            pb.ModerateRequest(
                items=[pb.Item(id="a", text=TEXTS[0]), pb.Item(id="b", text=TEXTS[2])]
            )
        )
        metrics = running.engine.metrics
        assert metrics.value("evidence_quotes_dropped_total") == 2
    for text, result in zip((TEXTS[0], TEXTS[2]), response.results, strict=True):
        quotes = {s.quote for c in result.verdict.categories for s in c.evidence}
        assert quotes and "never written by anyone" not in quotes
        assert all(q in text for q in quotes)
