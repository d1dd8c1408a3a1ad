"""The server ends aged connections, so clients reconnect (and re-resolve) without failing calls."""

from __future__ import annotations

import asyncio

import grpc
import pytest

from moderation.config import Settings
from moderation.server import build_engine, start_server
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from tests.fakes import KeywordBackend


async def test_an_aged_connection_is_closed_and_the_next_call_reconnects() -> None:
    settings = Settings(
        host="127.0.0.1",
        port=0,
        max_wait_ms=1.0,
        max_connection_age_seconds=0.5,
        max_connection_age_grace_seconds=0.5,
    )
    running = await start_server(settings, await build_engine(settings, backend=KeywordBackend()))
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            stub = pb_grpc.ModerationServiceStub(channel)
            request = pb.ModerateRequest(items=[pb.Item(id="a", text="hello")])
            assert (await stub.Moderate(request, timeout=30)).results[0].HasField("verdict")
            assert channel.get_state() is grpc.ChannelConnectivity.READY
            # The server sends GOAWAY when the connection is old enough: the channel goes idle.
            await asyncio.wait_for(
                channel.wait_for_state_change(grpc.ChannelConnectivity.READY), timeout=60
            )
            assert channel.get_state() is not grpc.ChannelConnectivity.READY
            assert (await stub.Moderate(request, timeout=30)).results[0].HasField("verdict")
    finally:
        await running.stop(grace=1.0)


async def test_a_stream_outliving_the_grace_ends_unavailable_for_its_caller_to_resend() -> None:
    settings = Settings(
        host="127.0.0.1",
        port=0,
        max_wait_ms=1.0,
        max_connection_age_seconds=0.5,
        max_connection_age_grace_seconds=0.5,
    )
    backend = KeywordBackend()
    backend.gate = asyncio.Event()  # the item is never judged while the connection lives
    running = await start_server(settings, await build_engine(settings, backend=backend))
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            call = pb_grpc.ModerationServiceStub(channel).ModerateStream()  # type: ignore[call-arg]
            await call.write(pb.ModerateStreamRequest(items=[pb.Item(id="a", text="held")]))
            with pytest.raises(grpc.aio.AioRpcError) as info:
                await asyncio.wait_for(call.read(), timeout=60)
            assert info.value.code() is grpc.StatusCode.UNAVAILABLE
    finally:
        backend.gate.set()
        await running.stop(grace=1.0)
