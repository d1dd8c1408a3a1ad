"""The emulator's Message Batches endpoints through the real SDK, as Anthropic documents them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import anthropic
import pytest
from anthropic import AsyncAnthropic

from anthropic_emulator.batches import BatchKnobs
from anthropic_emulator.emulator import Emulator, EmulatorConfig
from moderation.backends.haiku.framing import frame_batch, new_nonce
from moderation.domain import Item, TextContent


@pytest.fixture
async def api() -> AsyncIterator[tuple[Emulator, AsyncAnthropic]]:
    config = EmulatorConfig.fast(batches=BatchKnobs(processing_seconds=0.1))
    async with Emulator(config) as emu:
        client = AsyncAnthropic(base_url=emu.base_url, api_key="k", max_retries=0)
        yield emu, client
        await client.close()


def request(custom_id: str, text: str = "hello there") -> Any:
    items = [Item("a1", TextContent(text))]
    params = {
        "model": "claude-haiku-4-5",
        "max_tokens": 100,
        "messages": [{"role": "user", "content": frame_batch(items, new_nonce())}],
    }
    return {"custom_id": custom_id, "params": params}


async def ended(client: AsyncAnthropic, batch_id: str) -> Any:
    async with asyncio.timeout(10):
        while True:
            batch = await client.messages.batches.retrieve(batch_id)
            if batch.processing_status == "ended":
                return batch
            await asyncio.sleep(0.02)


async def test_a_batch_runs_to_its_results_with_counts_and_times(
    api: tuple[Emulator, AsyncAnthropic],
) -> None:
    emu, client = api
    emu.batches.script("errored", "expired", "missing")
    reqs = [request(f"r-{n}") for n in range(5)]
    created = await client.messages.batches.create(requests=reqs)
    assert created.processing_status == "in_progress" and created.results_url is None
    assert created.request_counts.processing == 5 and created.ended_at is None
    assert (created.expires_at - created.created_at).total_seconds() == pytest.approx(86400)
    batch = await ended(client, created.id)
    counts = batch.request_counts
    assert (counts.processing, counts.succeeded, counts.expired) == (0, 2, 1)
    assert counts.errored == 2  # one errored, one left out of the results file
    assert batch.ended_at is not None and batch.results_url
    results = {r.custom_id: r.result async for r in await client.messages.batches.results(batch.id)}
    assert sorted(results) == ["r-0", "r-1", "r-3", "r-4"]
    assert results["r-0"].type == "errored" and results["r-1"].type == "expired"
    succeeded = results["r-3"]
    assert succeeded.type == "succeeded" and succeeded.message.usage.input_tokens > 0
    # Two answered requests, billed at half the list price.
    assert emu.ledger.batch_requests == 2 and emu.ledger.message_calls == 0


async def test_custom_ids_follow_the_documented_pattern_and_are_unique(
    api: tuple[Emulator, AsyncAnthropic],
) -> None:
    _, client = api
    bad_ids = [[request("has space")], [request("a\n")], [request("x" * 65)]]
    for bad in [*bad_ids, [request("a"), request("a")]]:
        with pytest.raises(anthropic.BadRequestError) as err:
            await client.messages.batches.create(requests=bad)
        assert "custom_id" in str(err.value)
    with pytest.raises(anthropic.BadRequestError):
        await client.messages.batches.create(requests=[])


async def test_cancel_list_and_delete(api: tuple[Emulator, AsyncAnthropic]) -> None:
    emu, client = api
    emu.batches.hold = asyncio.Event()
    first = await client.messages.batches.create(requests=[request("a")])
    second = await client.messages.batches.create(requests=[request("b"), request("c")])
    with pytest.raises(anthropic.BadRequestError):
        await client.messages.batches.delete(second.id)  # still in progress
    canceling = await client.messages.batches.cancel(second.id)
    assert canceling.processing_status == "canceling" and canceling.cancel_initiated_at
    done = await ended(client, second.id)
    assert done.request_counts.canceled == 2
    page = await client.messages.batches.list(limit=1)
    assert [b.id for b in page.data] == [second.id] and page.has_more
    listed = [b.id async for b in await client.messages.batches.list(limit=1)]
    assert listed == [second.id, first.id]
    deleted = await client.messages.batches.delete(second.id)
    assert deleted.type == "message_batch_deleted"
    with pytest.raises(anthropic.NotFoundError):
        await client.messages.batches.retrieve(second.id)
    emu.batches.hold.set()
