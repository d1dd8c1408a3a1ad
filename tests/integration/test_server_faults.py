"""Overload, deadlines, cancellation, slow readers and auth, on a real server with a gated judge."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc

from moderation.config import Settings
from moderation.domain import TextContent
from moderation.server import ConfigError, RunningServer, build_engine, start_server
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from moderation.validation import Limits
from tests.fakes import FAIL_MARKER, KeywordBackend
from tests.rich_status import rich_status


@contextlib.asynccontextmanager
async def keyword_server(
    **overrides: object,
) -> AsyncIterator[tuple[RunningServer, KeywordBackend, pb_grpc.ModerationServiceAsyncStub]]:
    settings = Settings(host="127.0.0.1", port=0, max_wait_ms=1.0, **overrides)  # type: ignore[arg-type]
    backend = KeywordBackend()
    running = await start_server(settings, await build_engine(settings, backend=backend))
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            yield running, backend, pb_grpc.ModerationServiceStub(channel)
    finally:
        if backend.gate is not None:
            backend.gate.set()
        await running.stop(grace=1.0)


async def eventually(check: Callable[[], bool], what: str, limit: float = 10.0) -> None:
    """Wait (bounded) until `check` holds; the limit is generous, not a measurement."""
    for _ in range(int(limit / 0.01)):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never happened: {what}")


def one(id: str, body: str) -> pb.ModerateRequest:
    return pb.ModerateRequest(items=[pb.Item(id=id, text=body)])


async def healthy(running: RunningServer) -> bool:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
        reply = await health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest())
        return bool(reply.status == health_pb2.HealthCheckResponse.SERVING)


async def test_deadline_exceeded_leaves_the_server_healthy() -> None:
    async with keyword_server() as (running, backend, stub):
        backend.gate = asyncio.Event()
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await stub.Moderate(one("slow", "hello there"), timeout=0.3)
        assert info.value.code() is grpc.StatusCode.DEADLINE_EXCEEDED
        backend.gate.set()
        assert await healthy(running)
        response = await stub.Moderate(one("next", "hello again"), timeout=10)
        assert response.results[0].HasField("verdict")


async def test_a_full_queue_answers_resource_exhausted_and_loses_nothing() -> None:
    async with keyword_server(max_queue_items=3, max_concurrency=1, max_batch_items=1) as (
        running,
        backend,
        stub,
    ):
        backend.gate = asyncio.Event()
        calls = [asyncio.ensure_future(stub.Moderate(one(f"c{n}", f"text {n}"))) for n in range(12)]
        await eventually(lambda: sum(c.done() for c in calls) >= 8, "the excess was refused")
        backend.gate.set()
        outcomes = await asyncio.gather(*calls, return_exceptions=True)
        refused = [o for o in outcomes if isinstance(o, grpc.aio.AioRpcError)]
        answered = [o for o in outcomes if isinstance(o, pb.ModerateResponse)]
        assert len(refused) + len(answered) == 12
        assert refused and answered
        for err in refused:
            assert err.code() is grpc.StatusCode.RESOURCE_EXHAUSTED
            info = error_details_pb2.RetryInfo()
            assert rich_status(err).details[0].Unpack(info)
            assert info.retry_delay.ToMilliseconds() > 0
        for response in answered:
            assert response.results[0].HasField("verdict")
        assert await healthy(running)


async def test_cancelling_a_stream_frees_its_queued_items() -> None:
    async with keyword_server(max_concurrency=1, max_batch_items=1) as (running, backend, stub):
        backend.gate = asyncio.Event()
        call = stub.ModerateStream()  # type: ignore[call-arg]  # stubs lack the optional iterator
        for n in range(5):
            await call.write(
                pb.ModerateStreamRequest(items=[pb.Item(id=f"s{n}", text=f"queued {n}")])
            )
        metrics = running.engine.metrics
        await eventually(lambda: metrics.value("items_total") == 5, "items accepted")
        await eventually(lambda: len(backend.batches) == 1, "first item upstream")
        call.cancel()
        await eventually(lambda: not running.engine._inflight, "stream work released")
        backend.gate.set()
        response = await stub.Moderate(one("after", "a fresh item"), timeout=10)
        assert response.results[0].HasField("verdict")
        sent = [
            item.content.text
            for batch in backend.batches
            for item in batch.items
            if isinstance(item.content, TextContent)
        ]
        assert sent == ["queued 0", "a fresh item"]


async def test_a_slow_reader_does_not_make_the_server_buffer_without_bound() -> None:
    """The server reads a stream only while few of its answers wait for the reader.

    The reader's HTTP/2 window is fixed (no BDP probing), as for a reader that
    does not read: once it is full the server's writes wait, its in-flight slots
    stay taken and it stops reading requests. What the writer sent beyond that
    waits in the transport, up to gRPC's flow-control window (a few MB), and
    then the writer is pushed back: ~6.6 MB of requests cannot all be taken.
    """
    total, limit = 6000, 8
    fixed_window = [("grpc.http2.bdp_probe", 0)]
    async with (
        keyword_server(max_stream_in_flight=limit, max_text_chars=4_000) as (running, _, _),
        grpc.aio.insecure_channel(f"127.0.0.1:{running.port}", options=fixed_window) as channel,
    ):
        call = pb_grpc.ModerationServiceStub(channel).ModerateStream()  # type: ignore[call-arg]  # stubs lack the optional iterator
        body = "a long and harmless message " * 40

        async def writer() -> None:
            for n in range(total):
                item = pb.Item(id=str(n), text=f"{n} {body}")
                await call.write(pb.ModerateStreamRequest(items=[item]))
            await call.done_writing()

        writing = asyncio.ensure_future(writer())
        metrics = running.engine.metrics
        seen, steady = -1.0, 0
        for _ in range(400):  # until the server has stopped taking items for a while
            await asyncio.sleep(0.05)
            now = metrics.value("items_total")
            steady = steady + 1 if now == seen and now > 0 else 0
            seen = now
            if steady == 4:
                break
        assert not writing.done(), seen
        assert seen < total / 3, seen
        # Reading resumes the flow, and every item still gets its verdict.
        ids = {r.result.item_id async for r in call}
        await writing
    assert ids == {str(n) for n in range(total)}


async def test_bearer_tokens_guard_moderation_but_not_health() -> None:
    async with keyword_server(auth_tokens=["s3cret"]) as (running, _, stub):
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await stub.Moderate(one("a", "hello"))
        assert info.value.code() is grpc.StatusCode.UNAUTHENTICATED
        with pytest.raises(grpc.aio.AioRpcError) as wrong:
            await stub.Moderate(one("a", "hello"), metadata=(("authorization", "Bearer nope"),))
        assert wrong.value.code() is grpc.StatusCode.UNAUTHENTICATED
        ok = await stub.Moderate(one("a", "hello"), metadata=(("authorization", "Bearer s3cret"),))
        assert ok.results[0].HasField("verdict")
        assert await healthy(running)


async def gated_server() -> tuple[RunningServer, KeywordBackend, asyncio.Event]:
    """A server whose judge holds every call until the test opens its gate; stopped by the test."""
    settings = Settings(host="127.0.0.1", port=0, max_wait_ms=1.0)
    backend = KeywordBackend()
    gate = backend.gate = asyncio.Event()
    return (
        await start_server(settings, await build_engine(settings, backend=backend)),
        backend,
        gate,
    )


async def test_graceful_stop_finishes_in_flight_calls() -> None:
    running, backend, gate = await gated_server()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
        stub = pb_grpc.ModerationServiceStub(channel)
        call = asyncio.ensure_future(stub.Moderate(one("late", "hello")))
        await eventually(lambda: len(backend.batches) == 1, "call in flight")
        stopping: Awaitable[None] = asyncio.ensure_future(running.stop(grace=5.0))
        await asyncio.sleep(0.05)
        gate.set()
        response = await call
        await stopping
    assert response.results[0].HasField("verdict")


async def test_calls_still_judging_when_the_grace_runs_out_end_unavailable() -> None:
    """UNAVAILABLE, which callers retry on another replica; CANCELLED would read as the
    caller's own cancel."""
    running, _, gate = await gated_server()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
        stub = pb_grpc.ModerationServiceStub(channel)
        unary = asyncio.ensure_future(stub.Moderate(one("slow", "hello")))
        stream = stub.ModerateStream()  # type: ignore[call-arg]  # stubs lack the iterator
        await stream.write(pb.ModerateStreamRequest(items=[pb.Item(id="held", text="there")]))
        metrics = running.engine.metrics
        await eventually(lambda: metrics.value("items_total") == 2, "both items accepted")
        stopping = asyncio.ensure_future(running.stop(grace=1.0))
        async with asyncio.timeout(10):  # the gate stays shut: neither is answered in time
            with pytest.raises(grpc.aio.AioRpcError) as unary_info:
                await unary
            with pytest.raises(grpc.aio.AioRpcError) as stream_info:
                await stream.read()
        gate.set()
        await stopping
    assert unary_info.value.code() is grpc.StatusCode.UNAVAILABLE, unary_info.value.details()
    assert stream_info.value.code() is grpc.StatusCode.UNAVAILABLE, stream_info.value.details()


async def test_a_stream_waiting_for_its_next_message_ends_unavailable_when_the_server_stops() -> (
    None
):
    running, _, gate = await gated_server()
    gate.set()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
        stub = pb_grpc.ModerationServiceStub(channel)
        stream = stub.ModerateStream()  # type: ignore[call-arg]  # stubs lack the iterator
        await stream.write(pb.ModerateStreamRequest(items=[pb.Item(id="one", text="there")]))
        answered = await stream.read()
        assert isinstance(answered, pb.ModerateStreamResponse)
        assert answered.result.item_id == "one" and answered.result.HasField("verdict")
        stopping = asyncio.ensure_future(running.stop(grace=30.0))
        async with asyncio.timeout(10):  # the drain ends the idle read, not the grace
            with pytest.raises(grpc.aio.AioRpcError) as info:
                await stream.read()
        await stopping
    assert info.value.code() is grpc.StatusCode.UNAVAILABLE, info.value.details()


async def test_an_item_on_its_way_when_the_server_drains_gets_its_own_answer() -> None:
    """A caller cannot know the exact moment of a SIGTERM: what it wrote just before (or
    as) the drain began is answered, here UNAVAILABLE for that item, never left without a
    result when the stream ends."""
    running, _, gate = await gated_server()
    gate.set()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
        stub = pb_grpc.ModerationServiceStub(channel)
        stream = stub.ModerateStream()  # type: ignore[call-arg]  # stubs lack the iterator
        await stream.write(pb.ModerateStreamRequest(items=[pb.Item(id="one", text="there")]))
        first = await stream.read()
        assert isinstance(first, pb.ModerateStreamResponse) and first.result.item_id == "one"
        running.servicer.drain()  # as `stop` begins, before the server refuses new calls
        await asyncio.sleep(0.2)  # the stream's reader sees the drain before "late" arrives
        await stream.write(pb.ModerateStreamRequest(items=[pb.Item(id="late", text="hi")]))
        async with asyncio.timeout(10):
            late = await stream.read()
            assert isinstance(late, pb.ModerateStreamResponse)
            with pytest.raises(grpc.aio.AioRpcError) as info:
                await stream.read()
        await running.stop(grace=5.0)
    assert late.result.item_id == "late"
    assert late.result.error.code == grpc.StatusCode.UNAVAILABLE.value[0], late.result
    assert info.value.code() is grpc.StatusCode.UNAVAILABLE, info.value.details()


async def test_a_stream_refuses_an_id_already_in_flight() -> None:
    async with keyword_server() as (_, backend, stub):
        backend.gate = asyncio.Event()
        call = stub.ModerateStream()  # type: ignore[call-arg]  # stubs lack the optional iterator
        for n in range(3):
            item = pb.Item(id="x", text=f"copy {n}")
            await call.write(pb.ModerateStreamRequest(items=[item]))
        first = await call.read()
        second = await call.read()
        for n, refused in enumerate((first, second), start=1):
            assert isinstance(refused, pb.ModerateStreamResponse)
            # Not answered under the id: the caller gets exactly one result for "x".
            assert refused.result.item_id == ""
            assert refused.result.error.field == f"items[{n}].id"
            assert refused.result.error.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
            assert "already in flight" in refused.result.error.message
        backend.gate.set()
        await call.done_writing()
        last = await call.read()
        assert isinstance(last, pb.ModerateStreamResponse)
        assert last.result.item_id == "x"
        assert last.result.verdict.decision == pb.DECISION_ALLOW
        assert await call.read() is grpc.aio.EOF  # type: ignore[attr-defined]  # missing in stubs


LIMITS = Limits()


async def next_result(
    call: grpc.aio.StreamStreamCall[pb.ModerateStreamRequest, pb.ModerateStreamResponse],
) -> pb.ItemResult:
    reply = await call.read()
    assert isinstance(reply, pb.ModerateStreamResponse)
    return reply.result


@pytest.mark.parametrize(
    ("copy", "field"),
    [
        ([pb.Item(id="x", text="")], "items[1].id"),
        ([pb.Item(id="x", text="hi", context="c" * (LIMITS.max_context_chars + 1))], "items[1].id"),
        ([pb.Item(id=f"m{n}", text="hello") for n in range(3)] + [pb.Item(id="x")], "items[4].id"),
    ],
    ids=["empty-text", "context-too-long", "over-the-item-limit"],
)
async def test_an_invalid_copy_of_an_id_in_flight_is_refused_without_the_id(
    copy: list[pb.Item], field: str
) -> None:
    async with keyword_server(max_items_per_request=3) as (_, backend, stub):
        backend.gate = asyncio.Event()
        call = stub.ModerateStream()  # type: ignore[call-arg]  # stubs lack the optional iterator
        await call.write(pb.ModerateStreamRequest(items=[pb.Item(id="x", text="original")]))
        await eventually(lambda: len(backend.batches) == 1, "the original in flight")
        await call.write(pb.ModerateStreamRequest(items=copy))
        await call.done_writing()
        refusals = [await next_result(call) for _ in copy]
        backend.gate.set()
        results = [*refusals, await next_result(call)]
        assert await call.read() is grpc.aio.EOF  # type: ignore[attr-defined]  # missing in stubs
    [judged] = [r for r in results if r.item_id == "x"]
    assert judged.verdict.decision == pb.DECISION_ALLOW
    [refused] = [r for r in results if r.item_id == ""]
    assert refused.error.field == field and "already in flight" in refused.error.message
    assert refused.error.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]


async def test_every_error_a_stream_answers_is_counted_once() -> None:
    messages = [
        pb.ModerateStreamRequest(items=[pb.Item(id="ok", text="hello"), pb.Item(id="empty")]),
        pb.ModerateStreamRequest(items=[pb.Item(id="s", text="one"), pb.Item(id="s", text="two")]),
        pb.ModerateStreamRequest(items=[pb.Item(id="p", text="hello")], policy_id="no-such"),
        pb.ModerateStreamRequest(items=[pb.Item(id=f"m{n}", text="hello") for n in range(4)]),
        pb.ModerateStreamRequest(items=[pb.Item(id="f", text=f"x {FAIL_MARKER}")]),
    ]
    async with keyword_server(max_items_per_request=3) as (running, _, _):
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            stream = channel.stream_stream(
                "/moderation.v1.ModerationService/ModerateStream",
                None,
                pb.ModerateStreamResponse.FromString,
            )

            async def raw() -> AsyncIterator[bytes]:
                for message in messages:
                    yield message.SerializeToString()
                yield b"\xff" * 4  # not a message at all

            replies = [r.result async for r in stream(raw())]
        metrics = running.engine.metrics
    codes = Counter(r.error.code for r in replies if r.HasField("error"))
    # The empty item, the copy of "s", the unknown policy, four over the limit, the bad bytes.
    assert codes == {
        grpc.StatusCode.INVALID_ARGUMENT.value[0]: 8,
        grpc.StatusCode.INTERNAL.value[0]: 1,
    }
    assert metrics.value("items_invalid_total") == 8
    assert metrics.value("item_errors_total") == metrics.value("item_errors_total", code="internal")
    assert metrics.value("item_errors_total") == 1
    assert metrics.value("verdicts_total") == 2


# ModerateRequest{items: [Item{id: "a", text: <bytes ff fe, not UTF-8>}]}, by hand.
BAD_UTF8_ITEM = b"\x0a\x01a" + b"\x12\x02\xff\xfe"
BAD_UTF8_REQUEST = b"\x0a" + bytes([len(BAD_UTF8_ITEM)]) + BAD_UTF8_ITEM


@pytest.mark.parametrize(
    ("payload", "field"),
    [(BAD_UTF8_REQUEST, "items[0].text"), (BAD_UTF8_REQUEST[:-1], "items[0]"), (b"\xff" * 4, "")],
    ids=["bad-utf8", "truncated", "not-protobuf"],
)
async def test_undecodable_requests_are_invalid_argument(payload: bytes, field: str) -> None:
    async with keyword_server() as (running, _, stub):
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            raw = channel.unary_unary(
                "/moderation.v1.ModerationService/Moderate", None, pb.ModerateResponse.FromString
            )
            with pytest.raises(grpc.aio.AioRpcError) as info:
                await raw(payload)
            assert info.value.code() is grpc.StatusCode.INVALID_ARGUMENT
            assert "malformed request" in (info.value.details() or "")
            [detail] = rich_status(info.value).details
            bad = error_details_pb2.BadRequest()
            assert detail.Unpack(bad)
            [violation] = bad.field_violations
            assert violation.field == field
            assert violation.description

            stream = channel.stream_stream(
                "/moderation.v1.ModerationService/ModerateStream",
                None,
                pb.ModerateStreamResponse.FromString,
            )
            good = pb.ModerateStreamRequest(items=[pb.Item(id="ok", text="hello")])

            async def messages() -> AsyncIterator[bytes]:
                yield payload
                yield good.SerializeToString()

            replies = [r async for r in stream(messages())]
        results = {r.result.item_id: r.result for r in replies}
        assert results["ok"].HasField("verdict")
        assert results[""].error.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
        assert results[""].error.field == field
        assert await healthy(running)
        ok = await stub.Moderate(one("after", "hello"))
        assert ok.results[0].HasField("verdict")


def assert_retry_info(err: grpc.aio.AioRpcError) -> None:
    assert err.code() is grpc.StatusCode.RESOURCE_EXHAUSTED
    info = error_details_pb2.RetryInfo()
    assert rich_status(err).details[0].Unpack(info)
    assert info.retry_delay.ToMilliseconds() > 0


async def test_items_in_flight_are_bounded_across_calls() -> None:
    async with keyword_server(max_items_in_flight=4) as (running, backend, stub):
        backend.gate = asyncio.Event()
        held = asyncio.ensure_future(
            stub.Moderate(
                pb.ModerateRequest(items=[pb.Item(id=f"h{n}", text="hold") for n in range(4)])
            )
        )
        await eventually(lambda: len(backend.batches) == 1, "four items in flight")
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await stub.Moderate(one("more", "one too many"))
        assert_retry_info(info.value)
        backend.gate.set()
        assert len((await held).results) == 4
        assert running.engine.metrics.value("refused_overloaded_total", method="Moderate") == 1
        assert await healthy(running)
        assert (await stub.Moderate(one("after", "fine now"))).results[0].HasField("verdict")


async def test_thousands_of_concurrent_calls_are_answered_or_refused_never_cancelled() -> None:
    async with keyword_server(max_items_in_flight=500) as (running, _, stub):
        calls = [stub.Moderate(one(f"c{n}", f"text {n}"), timeout=120) for n in range(2500)]
        outcomes = await asyncio.gather(*calls, return_exceptions=True)
        codes = [
            o.code() if isinstance(o, grpc.aio.AioRpcError) else grpc.StatusCode.OK
            for o in outcomes
        ]
        assert set(codes) <= {grpc.StatusCode.OK, grpc.StatusCode.RESOURCE_EXHAUSTED}, set(codes)
        assert codes.count(grpc.StatusCode.OK) >= 500
        assert await healthy(running)


async def test_a_stream_message_over_the_item_limit_gets_an_error_per_item() -> None:
    async with keyword_server(max_items_per_request=3) as (running, _, stub):
        items = [pb.Item(id=f"s{n}", text="hello") for n in range(4)]

        async def messages() -> AsyncIterator[pb.ModerateStreamRequest]:
            yield pb.ModerateStreamRequest(items=items)
            yield pb.ModerateStreamRequest(items=[pb.Item(id="ok", text="hello")])

        replies = [r.result async for r in stub.ModerateStream(messages())]
        by_id = {r.item_id: r for r in replies}
        assert len(replies) == 5 and set(by_id) == {"s0", "s1", "s2", "s3", "ok"}
        for n in range(4):
            error = by_id[f"s{n}"].error
            assert (
                error.code == grpc.StatusCode.INVALID_ARGUMENT.value[0] and error.field == "items"
            )
        assert by_id["ok"].HasField("verdict")
        assert await healthy(running)


async def test_shutdown_stops_reading_streams_and_answers_what_they_hold() -> None:
    running, backend, gate = await gated_server()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
        call = pb_grpc.ModerationServiceStub(channel).ModerateStream()  # type: ignore[call-arg]
        await call.write(pb.ModerateStreamRequest(items=[pb.Item(id="held", text="hello")]))
        await eventually(lambda: len(backend.batches) == 1, "the item is being judged")
        stopping = asyncio.ensure_future(running.stop(grace=10.0))
        await asyncio.sleep(0.1)
        gate.set()
        first = await call.read()
        assert isinstance(first, pb.ModerateStreamResponse)
        assert first.result.item_id == "held" and first.result.HasField("verdict")
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await call.read()
        assert info.value.code() is grpc.StatusCode.UNAVAILABLE
        started = asyncio.get_running_loop().time()
        await stopping
        assert asyncio.get_running_loop().time() - started < 5.0  # well inside the grace


async def test_get_policy_of_an_unknown_id_is_not_found_with_resource_info() -> None:
    async with keyword_server() as (_, _, stub):
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await stub.GetPolicy(pb.GetPolicyRequest(policy_id="no-such-policy"))
        assert info.value.code() is grpc.StatusCode.NOT_FOUND
        [detail] = rich_status(info.value).details
        resource = error_details_pb2.ResourceInfo()
        assert detail.Unpack(resource)
        assert resource.resource_type == "type.googleapis.com/moderation.v1.Policy"
        assert resource.resource_name == "no-such-policy"
        assert (await stub.GetPolicy(pb.GetPolicyRequest())).policy.is_default


async def test_a_second_server_on_a_port_in_use_does_not_start() -> None:
    async with keyword_server() as (first, _, stub):
        settings = Settings(host="127.0.0.1", port=first.port, max_wait_ms=1.0)
        engine = await build_engine(settings, backend=KeywordBackend())
        with pytest.raises(ConfigError, match="in use"):
            await start_server(settings, engine)
        reply = await stub.Moderate(pb.ModerateRequest(items=[pb.Item(id="a", text="hello")]))
        assert reply.results[0].HasField("verdict")
