"""A flagged text's evidence checks (encoder passes per word tried) run after its batch's
scores, as units of their own: the batch's slot is given back once its scores are in, a
batch formed meanwhile is scored before those checks, and the verdicts are the ones each
text gets alone."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest_asyncio

from moderation.backends.base import Batch
from moderation.backends.local import LocalBackend
from moderation.domain import BackendOutcome, ErrorCode, Item, ItemFailure, Judgement, TextContent
from moderation.policy import default_policy
from moderation.upstream.pacing import Pacer

POLICY = default_policy()
EVERYDAY = (
    "Wir treffen uns morgen um acht am Bahnhof und fahren dann gemeinsam in die Stadt.",
    "Die Lieferung ist leider immer noch nicht angekommen, obwohl sie angekündigt war.",
    "Kannst du mir bitte das Rezept für den Apfelkuchen von letzter Woche schicken?",
)
HATEFUL = (
    "Ich hasse Frauen, sie sind alle wertlos.",
    "Muslime sind Ungeziefer und gehören nicht hierher.",
    "Schwule sind widerlich und krank.",
    "Ausländer sind Abschaum, man sollte sie alle rauswerfen.",
)
# Long flagged texts: a hateful line, then everyday sentences past the encoder's window.
FLAGGED = {f"f{n}": f"{line} {' '.join(EVERYDAY * 3)}" for n, line in enumerate(HATEFUL)}


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def one_thread() -> AsyncIterator[LocalBackend]:
    b = LocalBackend(text_model="minilm", threads=1)
    await b.start()
    yield b
    await b.close()


def items(texts: dict[str, str]) -> tuple[Item, ...]:
    return tuple(Item(k, TextContent(v)) for k, v in texts.items())


async def outcomes(backend: LocalBackend, batch: Batch, into: list[BackendOutcome]) -> None:
    async for o in backend.classify(batch):
        into.append(o)


def with_evidence(outcome: BackendOutcome) -> bool:
    return isinstance(outcome, Judgement) and any(c.evidence for c in outcome.categories)


async def test_a_batch_formed_behind_long_flagged_texts_is_scored_before_their_evidence(
    one_thread: LocalBackend,
) -> None:
    pacer = Pacer(1, 1)
    room = asyncio.Event()
    pacer.on_room = room.set
    answered: list[BackendOutcome] = []
    first = asyncio.create_task(
        outcomes(one_thread, Batch(items(FLAGGED), POLICY, slot=pacer.take()), answered)
    )
    # The batcher forms the next batch when a slot frees (or the first batch ends).
    freed = asyncio.create_task(room.wait())
    await asyncio.wait({first, freed}, timeout=120, return_when=asyncio.FIRST_COMPLETED)
    freed.cancel()
    nxt = Batch(items({"next": "Bis später, wir sehen uns am Bahnhof!"}), POLICY)
    await asyncio.wait_for(asyncio.gather(first, outcomes(one_thread, nxt, answered)), 120)

    order = [o.item_id for o in answered]
    flagged = [o for o in answered if o.item_id in FLAGGED]
    assert sum(with_evidence(o) for o in flagged) >= 2, flagged  # their checks ran
    assert order.index("next") < max(order.index(k) for k in FLAGGED), order


async def test_each_flagged_text_gets_the_verdict_and_evidence_it_gets_alone(
    one_thread: LocalBackend,
) -> None:
    together: list[BackendOutcome] = []
    await outcomes(one_thread, Batch(items(FLAGGED), POLICY), together)
    for outcome in together:
        alone: list[BackendOutcome] = []
        await outcomes(
            one_thread, Batch(items({outcome.item_id: FLAGGED[outcome.item_id]}), POLICY), alone
        )
        assert alone == [outcome]


async def test_checks_no_caller_waits_for_are_not_run(one_thread: LocalBackend) -> None:
    texts = {**FLAGGED, "calm": EVERYDAY[0]}
    answered: list[BackendOutcome] = []
    batch = Batch(items(texts), POLICY, waiting=lambda item_id: False)
    await outcomes(one_thread, batch, answered)
    by_id = {o.item_id: o for o in answered}
    assert sorted(by_id) == sorted(texts)
    assert isinstance(by_id["calm"], Judgement)  # scored in the batch, no check to run
    dropped = [o for o in answered if isinstance(o, ItemFailure)]
    assert dropped and all(o.code is ErrorCode.CANCELLED for o in dropped), answered
    assert all(with_evidence(o) for o in answered if o.item_id in FLAGGED and o not in dropped)


async def test_closing_the_backend_while_checks_wait_answers_every_item() -> None:
    backend = LocalBackend(text_model="minilm", threads=1)
    await backend.start()
    answered: list[BackendOutcome] = []
    judging = asyncio.create_task(outcomes(backend, Batch(items(FLAGGED), POLICY), answered))
    pool = backend._pool
    assert pool is not None
    for _ in range(600):  # until the batch's scores are in and its checks queued
        if pool.queued()[1] or judging.done():
            break
        await asyncio.sleep(0.05)
    await backend.close()
    await asyncio.wait_for(judging, 60)  # no error raised into the batch
    assert sorted(o.item_id for o in answered) == sorted(FLAGGED)
    # Scored texts keep their verdict (quoted by share if their checks never ran); texts
    # not scored yet are UNAVAILABLE, for the caller to ask again.
    for o in answered:
        assert isinstance(o, Judgement) or o.code is ErrorCode.UNAVAILABLE, o
    assert any(with_evidence(o) for o in answered), answered


async def test_texts_another_judge_decides_are_answered_as_scored_before_any_check(
    one_thread: LocalBackend,
) -> None:
    asked: list[str] = []

    def elsewhere(judgement: Judgement) -> bool:  # the cascade's doubts, say
        asked.append(judgement.item_id)
        return len(asked) % 2 == 1

    events: list[str] = []
    batch = Batch(
        items(FLAGGED), POLICY, elsewhere=elsewhere, scored=lambda: events.append("scored")
    )
    async for outcome in one_thread.classify(batch):
        assert isinstance(outcome, Judgement)
        events.append(outcome.item_id)
    decided_elsewhere, checked = asked[0::2], asked[1::2]
    assert decided_elsewhere and checked, asked  # flagged texts of both kinds
    at = events.index("scored")
    # Answered as scored, with no check awaited; the others only once their checks ran.
    assert all(events.index(k) < at for k in decided_elsewhere), events
    assert all(events.index(k) > at for k in checked), events
