"""The Python clients when the caller's own items raise: their exception, unchanged."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator

import pytest

from moderation.server import RunningServer
from moderation_client import (
    AsyncModerationClient,
    ModerationClient,
    ModerationRpcError,
    text_item,
)
from moderation_client.v1 import moderation_pb2 as pb


class CallersBug(Exception):
    """Raised by the caller's items; nothing the service could know about."""


def failing_items(error: BaseException) -> Iterator[pb.Item]:
    yield text_item("have a nice day", id="a")
    raise error


def stream(target: str, error: BaseException) -> BaseException | None:
    """What the stream raised (caught in its thread: asyncio lets no SystemExit through)."""
    with ModerationClient(target) as client:
        try:
            for _ in client.stream(failing_items(error)):
                pass
        except BaseException as err:
            return err
    return None


def upload(target: str, error: BaseException) -> tuple[int, BaseException | None, int]:
    """Jobs before, what create_job raised, jobs after."""
    with ModerationClient(target) as client:
        before = len(client.list_jobs().jobs)
        raised = None
        try:
            client.create_job(failing_items(error), chunk=1)  # the first item goes out
        except BaseException as err:
            raised = err
        return before, raised, len(client.list_jobs().jobs)


@pytest.mark.parametrize("error", [CallersBug("bad row"), SystemExit("bad row")])
async def test_a_stream_ends_with_the_callers_exception(
    local_server: RunningServer, error: BaseException
) -> None:
    target = f"127.0.0.1:{local_server.port}"
    assert await asyncio.wait_for(asyncio.to_thread(stream, target, error), 30) is error


async def test_an_upload_is_cancelled_with_the_callers_exception(
    local_server: RunningServer,
) -> None:
    error = CallersBug("bad row")
    target = f"127.0.0.1:{local_server.port}"
    before, raised, after = await asyncio.wait_for(asyncio.to_thread(upload, target, error), 30)
    assert raised is error
    assert after == before  # no job from half the items


async def test_an_async_stream_ends_with_the_callers_exception(
    local_server: RunningServer,
) -> None:
    error = CallersBug("bad row")

    async def items() -> AsyncIterator[pb.Item]:
        yield text_item("have a nice day", id="a")
        raise error

    async with AsyncModerationClient(f"127.0.0.1:{local_server.port}") as client:
        with pytest.raises(CallersBug) as info:
            await asyncio.wait_for(collect(client.stream(items())), 30)
    assert info.value is error


async def collect(results: AsyncIterator[pb.ItemResult]) -> list[str]:
    return [r.item_id async for r in results]


def cancelled_midway(target: str) -> tuple[int, str]:
    """Results read before another thread cancelled the stream, and the code it ended with."""
    never_ending = (text_item(f"have a nice day {n}", id=str(n)) for n in range(10**9))
    read = 0
    with ModerationClient(target) as client:
        try:
            for _ in client.stream(never_ending):
                read += 1
                if read == 5:
                    threading.Thread(target=client.cancel_streams).start()
        except ModerationRpcError as err:
            return read, err.code.name
    return read, "OK"


async def test_cancel_streams_ends_a_stream_from_another_thread(
    local_server: RunningServer,
) -> None:
    target = f"127.0.0.1:{local_server.port}"
    read, code = await asyncio.wait_for(asyncio.to_thread(cancelled_midway, target), 30)
    assert code == "CANCELLED" and read >= 5
