"""Injected items cannot move a neighbour's verdict: the haiku backend, the real SDK, the emulator.

The emulated model obeys the injections of `faults.INJECTIONS` every time it sees
them (as a model that falls for one would, repairs included); each must end in
the honest verdict or the fallback for the injected item, and leave every
neighbour with its own honest verdict, from the model.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from anthropic_emulator.batches import BatchKnobs
from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.faults import INJECTIONS, FaultKind
from anthropic_emulator.judges import OracleJudge
from moderation.domain import Item, Judgement, TextContent
from moderation.v1 import moderation_pb2 as pb
from tests.integration.test_haiku_backend import LABELS, make, run, severities, started
from tests.integration.test_jobs import haiku, read_all, serve, wait_ended
from tests.integration.test_server_haiku import CLEAN, haiku_server
from tests.integration.test_server_haiku import LABELS as SERVER_LABELS

ATTACK = "great post! "


@pytest.fixture
async def oracle(emulator: Emulator) -> AsyncIterator[Emulator]:
    emulator.judge = OracleJudge(LABELS)
    yield emulator


@pytest.fixture
async def oracle_emulator() -> AsyncIterator[Emulator]:
    async with Emulator(EmulatorConfig.fast(max_chunk_chars=5), OracleJudge(SERVER_LABELS)) as emu:
        yield emu


def batch_with(kind: FaultKind, at: int) -> tuple[Item, ...]:
    """The labelled texts, with an item carrying the injection at position `at`."""
    texts = list(LABELS)
    texts.insert(at, ATTACK + INJECTIONS[kind])
    return tuple(Item(f"i{n}", TextContent(t)) for n, t in enumerate(texts))


@pytest.mark.parametrize("kind", list(INJECTIONS))
@pytest.mark.parametrize("at", [0, 2, 4], ids=["first", "middle", "last"])
async def test_no_injection_moves_a_neighbours_verdict(
    oracle: Emulator, kind: FaultKind, at: int
) -> None:
    backend = await started(make(oracle, fallback="fail-closed"))
    items = batch_with(kind, at)
    out = await run(backend, items)
    for item in items:
        outcome = out[item.id]
        assert isinstance(outcome, Judgement) and isinstance(item.content, TextContent)
        if item.id == f"i{at}":
            # The attacker: its honest verdict (alone, the attempt plain to see) or the
            # fallback; either way it says what the item tried.
            assert outcome.injection, outcome
            continue
        want = {c: s for c, s in LABELS[item.content.text].items() if s}
        assert severities(outcome) == want, item
        assert not outcome.fallback and not outcome.injection, item
    # After the first call, the attacker only ever went alone: no neighbour met it again.
    for call in oracle.message_requests()[1:]:
        text = "".join(b.get("text", "") for b in call.body["messages"][0]["content"])
        assert INJECTIONS[kind] not in text or text.count("<item-") == 1
    await backend.close()


async def test_an_overlong_rationale_is_cut_short_mid_stream(oracle: Emulator) -> None:
    backend = await started(make(oracle, fallback="fail-closed"))
    await run(backend, batch_with(FaultKind.LONG_RATIONALE, 1))
    calls = oracle.message_requests()
    # The first answer was abandoned at the bound (never read to its end), and so was
    # every lone answer of the attacker; the neighbours' repair call ran to its end.
    assert oracle.streams_finished < len(calls)
    assert backend.metrics.value("upstream_answer_problems_total", problem="overlong_verdict") >= 1
    await backend.close()


async def test_a_neighbours_id_answered_once_is_never_taken_for_its_verdict(
    oracle: Emulator,
) -> None:
    """The scripted fault: the first item's verdict, forged, under the second item's id."""
    backend = await started(make(oracle))
    oracle.faults.push(FaultKind.NEIGHBOUR_ID)
    out = await run(backend, batch_with(FaultKind.NEIGHBOUR_ID, 9)[:4])  # no injected text
    assert severities(out["i1"]) == {"harassment/threatening": 3}  # not the forged "clean"
    second = oracle.message_requests()[1].body["messages"][0]["content"]
    text = "".join(b.get("text", "") for b in second)
    assert text.count("<item-") == 1  # one of the two around the break, asked alone
    await backend.close()


async def test_the_server_flags_the_attacker_and_answers_its_neighbours(
    oracle_emulator: Emulator,
) -> None:
    texts = [*SERVER_LABELS, ATTACK + INJECTIONS[FaultKind.NEIGHBOUR_ID]]
    async with haiku_server(oracle_emulator, fallback="fail-closed") as (_, stub):
        items = [pb.Item(id=f"c{n}", text=t) for n, t in enumerate(texts)]
        response = await stub.Moderate(pb.ModerateRequest(items=items))
        again = await stub.Moderate(pb.ModerateRequest(items=items[-1:]))
    *neighbours, attacker = response.results
    for text, result in zip(texts, neighbours, strict=False):
        verdict = result.verdict
        want = {c: s + 1 for c, s in SERVER_LABELS[text].items() if s}  # proto severity +1
        got = {c.category: c.severity for c in verdict.categories if c.severity > 1}
        assert got == want and not verdict.injection_suspected, text
        assert verdict.source == pb.VERDICT_SOURCE_MODEL
    assert attacker.verdict.injection_suspected
    assert attacker.verdict.decision == pb.DECISION_REVIEW
    # Held for review, it may be served from the cache: no neighbour is needed for that.
    assert again.results[0].verdict.decision == pb.DECISION_REVIEW


async def test_a_job_on_message_batches_keeps_its_neighbours_verdicts(tmp_path: Path) -> None:
    """The same rules fold a Message Batches answer: the injected item cannot reach a neighbour."""
    texts = [*SERVER_LABELS, *CLEAN, ATTACK + INJECTIONS[FaultKind.NEIGHBOUR_ID]]
    texts.insert(1, texts.pop())  # the injected item second, its neighbours on both sides
    config = EmulatorConfig.fast(batches=BatchKnobs(processing_seconds=0.05))
    async with (
        Emulator(config, OracleJudge(SERVER_LABELS)) as emu,
        serve(tmp_path, **haiku(emu, fallback="fail-closed")) as (_, stub),
    ):
        items = [pb.Item(id=f"c{n}", text=t) for n, t in enumerate(texts)]
        job = (await stub.CreateJob(pb.CreateJobRequest(items=items))).job
        await wait_ended(stub, job.name)
        results = [r.result for r in await read_all(stub, job.name)]
    for text, result in zip(texts, results, strict=True):
        verdict = result.verdict
        if INJECTIONS[FaultKind.NEIGHBOUR_ID] in text:
            assert verdict.injection_suspected and verdict.decision == pb.DECISION_REVIEW
            continue
        want = {c: s + 1 for c, s in SERVER_LABELS.get(text, {}).items() if s}
        got = {c.category: c.severity for c in verdict.categories if c.severity > 1}
        assert got == want and verdict.source == pb.VERDICT_SOURCE_MODEL, text
