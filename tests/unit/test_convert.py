"""Converting between protobuf and the domain: a large request without holding the event
loop, a cache hit's response put together from bytes serialized once."""

from __future__ import annotations

import asyncio

from moderation.domain import (
    CategoryResult,
    Decision,
    Evidence,
    Severity,
    Source,
    Verdict,
)
from moderation.transport import convert
from moderation.v1 import moderation_pb2 as pb


async def test_a_large_request_converts_in_chunks_with_the_loop_free_between() -> None:
    n = convert.CONVERT_CHUNK_ITEMS * 2 + 3
    messages = [pb.Item(id=str(i), text=f"text {i}", context="c") for i in range(n)]
    ticks = 0
    done = False

    async def ticker() -> None:
        nonlocal ticks
        while not done:
            ticks += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    items = await convert.items_from_proto(messages)
    done = True
    await task
    assert items == [convert.item_from_proto(m) for m in messages]
    assert ticks >= 2  # the other task ran between chunks


def test_a_hit_response_from_bytes_decodes_to_the_message_built_field_by_field() -> None:
    """Lengths of one, two and three bytes on the wire (a long rationale and evidence)."""
    evidence = (Evidence(3, 9, "kill y", "", ""),)
    for rationale in ("", "threat", "r" * 200, "long " * 4000):
        stored = Verdict(
            "first",
            Decision.BLOCK,
            True,
            (CategoryResult("violence", True, Severity.HIGH, 0.9, evidence),),
            rationale,
            "house",
            "v1",
            "m",
            source=Source.CACHE,
        )
        field = convert.hit_result_field(stored)
        for item_id in ("a", "é" * 128, "x" * 300):
            wire = convert.one_result_bytes(convert.item_result_bytes(item_id, field))
            result = convert.result_to_proto(stored.as_cache_hit(item_id))
            assert pb.ModerateResponse.FromString(wire) == pb.ModerateResponse(results=[result])
            assert pb.ModerateStreamResponse.FromString(wire) == pb.ModerateStreamResponse(
                result=result
            )
