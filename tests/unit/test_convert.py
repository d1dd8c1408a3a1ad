"""Converting a large request from protobuf without holding the event loop."""

from __future__ import annotations

import asyncio

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
