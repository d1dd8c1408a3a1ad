"""The call slot: taken once, given back while a call waits to retry, released by its taker.

The batcher's side (retries keeping to a lowered limit end to end) is in
test_resilient.py; these tests hold the `Slot` alone, with no clock and no backend.
"""

from __future__ import annotations

import asyncio

import pytest

from moderation.upstream.pacing import Pacer


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


async def test_a_slot_given_back_frees_its_room_and_holds_one_again_after() -> None:
    pacer = Pacer(1, 1)
    slot = pacer.take()
    assert pacer.in_flight == 1 and not pacer.has_room()
    async with slot.given_back():
        assert pacer.in_flight == 0 and pacer.has_room()
        assert not slot.held
    assert slot.held and pacer.in_flight == 1
    slot.release()
    assert pacer.in_flight == 0


async def test_releasing_twice_gives_back_one_slot() -> None:
    pacer = Pacer(1, 4)
    slot, other = pacer.take(), pacer.take()
    slot.release()
    slot.release()
    assert pacer.in_flight == 1  # the other call's slot is still counted
    other.release()
    assert pacer.in_flight == 0


async def test_a_waiting_retry_queues_under_the_lowered_limit_ahead_of_new_batches() -> None:
    pacer = Pacer(1, 2)
    pumped: list[int] = []
    pacer.on_room = lambda: pumped.append(pacer.in_flight)
    retrying, busy = pacer.take(), pacer.take()
    waited = asyncio.Event()

    async def retry() -> None:
        async with retrying.given_back():
            assert pacer.on_overload(pacer.epoch, retry_after=None)  # the limit halves to 1
            waited.set()

    task = asyncio.ensure_future(retry())
    await waited.wait()
    await settle()
    assert not task.done()  # one call (busy) in flight is the whole lowered limit
    assert not pacer.has_room()  # and the retry goes before any new batch
    pumped.clear()
    busy.release()
    await asyncio.wait_for(task, 10)
    assert retrying.held and pacer.in_flight == 1
    assert pumped == []  # the room went to the retry, not to the batcher
    retrying.release()
    assert pacer.in_flight == 0 and pumped == [0]


async def test_a_retry_cancelled_while_queued_holds_no_slot_and_its_release_takes_none() -> None:
    pacer = Pacer(1, 1)
    pumped: list[int] = []
    pacer.on_room = lambda: pumped.append(pacer.in_flight)
    retrying = pacer.take()
    queued = asyncio.Event()

    async def retry() -> None:
        async with retrying.given_back():
            pacer.take()  # a new call takes the room meanwhile (the batcher's pump)
            queued.set()

    task = asyncio.ensure_future(retry())
    await queued.wait()
    await settle()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not retrying.held and pacer.in_flight == 1  # only the new call's slot
    pumped.clear()
    retrying.release()  # its taker releases it as always: nothing to give back
    assert pacer.in_flight == 1
    assert pumped == []  # still no room: the new call holds the one slot
