"""Per-call and per-connection bounds on a real server: what a caller without a token, or
with a message over the limit, can make the server hold, and the event-loop watchdog."""

from __future__ import annotations

import asyncio
import gc

import grpc
import pytest

from bench.reliability.h2flood import flood
from moderation.server import freeze_startup_heap
from moderation.transport.bounds import MESSAGE_CAP, STREAM_WINDOW
from moderation.v1 import moderation_pb2 as pb
from moderation_client import ModerationClient
from moderation_client.v1 import moderation_pb2 as client_pb
from tests.integration.test_server_faults import eventually, keyword_server, one

MODERATE = "/moderation.v1.ModerationService/Moderate"
TOKEN = (("authorization", "Bearer s3cret"),)


def big(size: int) -> pb.ModerateRequest:
    return pb.ModerateRequest(items=[pb.Item(id="x", text="a" * size)])


async def test_a_caller_without_a_token_is_refused_before_its_message_is_read() -> None:
    # Over the receive limit: had the server read it, the call would end RESOURCE_EXHAUSTED.
    async with keyword_server(auth_tokens=["s3cret"], max_message_bytes=1 << 20) as (_, _, stub):
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await stub.Moderate(big(2 << 20))
        assert info.value.code() is grpc.StatusCode.UNAUTHENTICATED
        with pytest.raises(grpc.aio.AioRpcError) as over:
            await stub.Moderate(big(2 << 20), metadata=TOKEN)
        assert over.value.code() is grpc.StatusCode.RESOURCE_EXHAUSTED


async def test_a_raw_sender_without_a_token_gets_no_more_than_a_flow_control_window_in() -> None:
    async with keyword_server(auth_tokens=["s3cret"]) as (running, _, stub):
        message = big(12 << 20).SerializeToString()
        sent = await flood("127.0.0.1", running.port, MODERATE, message, hold=0.5)
        assert sent.answered or sent.reset or sent.closed, sent
        # One stream window at most (the server fixes it), never the message.
        assert sent.sent <= STREAM_WINDOW + (64 << 10), sent
        ok = await stub.Moderate(one("a", "hello"), metadata=TOKEN)
        assert ok.results[0].HasField("verdict")


async def test_the_default_message_limit_is_sized_to_the_items_and_capped() -> None:
    async with keyword_server() as (_, _, stub):
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await stub.Moderate(big(MESSAGE_CAP + 1))
        assert info.value.code() is grpc.StatusCode.RESOURCE_EXHAUSTED
        # 256 texts at the length limit are legal, and fit.
        texts = [pb.Item(id=str(n), text="b" * 32_000) for n in range(256)]
        reply = await stub.Moderate(pb.ModerateRequest(items=texts))
        assert len(reply.results) == 256


async def test_the_event_loop_lag_is_sampled_while_the_server_runs() -> None:
    async with keyword_server() as (running, _, _):
        metrics = running.engine.metrics
        await eventually(
            lambda: metrics.value("event_loop_lag_seconds_count") >= 2, "two lag samples"
        )
        assert running.loop_watch is not None and not running.loop_watch.done()
    assert running.loop_watch.done()


async def test_a_connection_may_not_open_more_streams_than_the_limit() -> None:
    async with keyword_server(max_streams_per_connection=2) as (_, backend, stub):
        # Connected first: a client that has the server's SETTINGS queues calls over the limit
        # (streams sent before them are refused with REFUSED_STREAM, i.e. UNAVAILABLE).
        await stub.Moderate(one("first", "hello"))
        backend.batches.clear()
        backend.gate = asyncio.Event()
        calls = [asyncio.ensure_future(stub.Moderate(one(str(n), f"t{n}"))) for n in range(4)]

        def seen() -> int:
            return sum(len(b.items) for b in backend.batches)

        await eventually(lambda: seen() == 2, "two calls reach the judge")
        await asyncio.sleep(0.2)  # room for the others to arrive, were they let in
        assert seen() == 2
        backend.gate.set()
        replies = await asyncio.gather(*calls)
        assert all(r.results[0].HasField("verdict") for r in replies)


def test_the_start_up_heap_is_kept_out_of_full_collections() -> None:
    class Cycle:
        def __init__(self) -> None:
            self.me = self

    alive = Cycle()
    try:
        freeze_startup_heap()
        assert gc.get_freeze_count() > 0
        assert not gc.is_tracked(alive) or alive not in gc.get_objects(generation=2)
    finally:
        gc.unfreeze()


async def test_the_client_uploads_a_job_larger_than_the_message_limit_in_pieces() -> None:
    # 640 texts at the length limit: 20 MB, more than one message may carry.
    items = [client_pb.Item(id=str(n), text=f"{n} " + "w" * 31_990) for n in range(640)]

    def upload(port: int) -> client_pb.Job:
        with ModerationClient(f"127.0.0.1:{port}") as client:
            return client.create_job(items)

    async with keyword_server() as (running, _, _):
        job = await asyncio.to_thread(upload, running.port)
    assert job.name.startswith("jobs/")
    assert job.item_count == 640
