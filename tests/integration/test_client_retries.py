"""A full server says when to come back, and the client's built-in retry waits that long.

The server refuses work beyond its admission limit with RESOURCE_EXHAUSTED, a
RetryInfo detail and `grpc-retry-pushback-ms`; the clients' service config
retries RESOURCE_EXHAUSTED, and gRPC's retry honours the pushback.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2

from moderation.config import Settings
from moderation.server import RunningServer, build_engine, start_server
from moderation.transport.admission import RETRY_AFTER_SECONDS
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from moderation_client import AsyncModerationClient, ModerationRpcError, text_item
from tests.fakes import KeywordBackend
from tests.rich_status import rich_status

PUSHBACK_MS = str(int(RETRY_AFTER_SECONDS * 1000))


async def eventually(check: Callable[[], bool], what: str, limit: float = 30.0) -> None:
    """Wait (bounded) until `check` holds; the limit is generous, not a measurement."""
    for _ in range(int(limit / 0.01)):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never happened: {what}")


@contextlib.asynccontextmanager
async def full_server() -> AsyncIterator[tuple[RunningServer, asyncio.Event]]:
    """A server with room for one item, already taken by a call its judge holds."""
    settings = Settings(host="127.0.0.1", port=0, max_wait_ms=1.0, max_items_in_flight=1)
    backend = KeywordBackend()
    gate = backend.gate = asyncio.Event()
    running = await start_server(settings, await build_engine(settings, backend=backend))
    channel = grpc.aio.insecure_channel(
        f"127.0.0.1:{running.port}", options=[("grpc.enable_retries", 0)]
    )
    held = pb_grpc.ModerationServiceStub(channel).Moderate(
        pb.ModerateRequest(items=[pb.Item(id="held", text="hold on")])
    )
    try:
        await eventually(lambda: len(backend.batches) == 1, "the held call reached the judge")
        yield running, gate
        gate.set()
        assert (await held).results[0].HasField("verdict")
    finally:
        gate.set()
        await channel.close(None)
        await running.stop(grace=1.0)


def refusals(running: RunningServer) -> float:
    return running.engine.metrics.value("refused_overloaded_total")


async def test_a_refusal_carries_retry_info_and_the_same_pushback() -> None:
    async with full_server() as (running, _):
        async with grpc.aio.insecure_channel(
            f"127.0.0.1:{running.port}", options=[("grpc.enable_retries", 0)]
        ) as channel:
            stub = pb_grpc.ModerationServiceStub(channel)
            with pytest.raises(grpc.aio.AioRpcError) as info:
                await stub.Moderate(pb.ModerateRequest(items=[pb.Item(id="b", text="hi")]))
        err = info.value
        assert err.code() is grpc.StatusCode.RESOURCE_EXHAUSTED
        retry = error_details_pb2.RetryInfo()
        assert rich_status(err).details[0].Unpack(retry)
        metadata: Any = err.trailing_metadata() or ()
        trailers = dict(metadata)
        assert trailers["grpc-retry-pushback-ms"] == str(retry.retry_delay.ToMilliseconds())
        assert trailers["grpc-retry-pushback-ms"] == PUSHBACK_MS


async def test_the_client_retries_a_refusal_and_gets_its_verdict() -> None:
    async with full_server() as (running, gate):
        async with AsyncModerationClient(f"127.0.0.1:{running.port}", timeout=60) as client:
            call = asyncio.ensure_future(client.moderate([text_item("hello", id="b")]))
            await eventually(lambda: refusals(running) >= 1, "the first attempt was refused")
            gate.set()  # the held call ends and frees the room the retry needs
            [result] = await call
        assert result.item_id == "b"
        assert result.HasField("verdict")


async def test_the_client_waits_the_pushback_before_retrying() -> None:
    """With less time left than the server asked to wait, the client does not retry at all.

    Its own backoff (0.2 s at first) would have retried several times in that time.
    """
    async with full_server() as (running, _):
        timeout = RETRY_AFTER_SECONDS / 2
        async with AsyncModerationClient(f"127.0.0.1:{running.port}", timeout=timeout) as client:
            with pytest.raises(ModerationRpcError) as info:
                await client.moderate([text_item("hello", id="b")])
        assert info.value.code in {
            grpc.StatusCode.DEADLINE_EXCEEDED,
            grpc.StatusCode.RESOURCE_EXHAUSTED,
        }
        assert refusals(running) == 1
