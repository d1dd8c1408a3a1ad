"""Traces and logs as an operator sees them: stubs → server → real SDK → emulator, recorded.

Spans go to OpenTelemetry's in-memory exporter; log lines through the service's
own JSON formatter and request-id filter, as `MODERATION_LOG_FORMAT=json` sets them up.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.faults import Fault, FaultKind
from moderation.config import Settings
from moderation.logs import HTTP_CLIENT_LOGGERS, JsonLines, RequestContext, setup_logging
from moderation.server import RunningServer, start_server
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

API_KEY = "sk-ant-observability-test-key"
TEXT = "a quiet sentence the logs must never show"
CALLER_TRACE = 0x4BF92F3577B34DA6A3CE929D0E0E4736
CALLER_SPAN = 0x00F067AA0BA902B7
TRACEPARENT = f"00-{CALLER_TRACE:032x}-{CALLER_SPAN:016x}-01"
REQUEST_ID = re.compile(r"^req_[0-9a-f]{24}$")
STREAM_SPAN = "/moderation.v1.ModerationService/ModerateStream"
TOXIC = "You are a worthless piece of trash and everyone hates you"


@pytest.fixture(scope="session")
def span_exporter() -> InMemorySpanExporter:
    """The process's tracer provider, recording every finished span in memory."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    return exporter


@pytest.fixture
def spans(span_exporter: InMemorySpanExporter) -> Callable[[], tuple[ReadableSpan, ...]]:
    span_exporter.clear()
    return span_exporter.get_finished_spans


@contextlib.asynccontextmanager
async def haiku_server(emulator: Emulator) -> AsyncIterator[tuple[RunningServer, grpc.aio.Channel]]:
    settings = Settings(
        host="127.0.0.1",
        port=0,
        backend="haiku",
        anthropic_api_key=API_KEY,
        anthropic_base_url=emulator.base_url,
        max_wait_ms=5.0,
    )
    running = await start_server(settings)
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            yield running, channel
    finally:
        await running.stop(grace=1.0)


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    async with Emulator(EmulatorConfig.fast(max_chunk_chars=7, api_key=API_KEY)) as emu:
        yield emu


@contextlib.contextmanager
def json_log_lines() -> Iterator[io.StringIO]:
    """Every log record at INFO and above, formatted as the server formats them in JSON."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(RequestContext())
    handler.setFormatter(JsonLines())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield out
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


async def until(check: Callable[[], bool], what: str) -> None:
    """Wait (bounded, generous) for spans that end after the caller has its answer."""
    for _ in range(1000):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never happened: {what}")


def named(spans: tuple[ReadableSpan, ...], name: str) -> list[ReadableSpan]:
    return [s for s in spans if s.name == name]


def ctx(span: ReadableSpan) -> trace.SpanContext:
    context = span.get_span_context()
    assert context is not None
    return context


async def test_one_item_is_traced_from_the_rpc_to_the_upstream_call(
    emulator: Emulator, spans: Callable[[], tuple[ReadableSpan, ...]]
) -> None:
    async with haiku_server(emulator) as (running, channel):
        stub = pb_grpc.ModerationServiceStub(channel)
        call = stub.Moderate(
            pb.ModerateRequest(items=[pb.Item(id="c1", text=TEXT)]),
            metadata=(("traceparent", TRACEPARENT), ("x-request-id", "caller-rid-1")),
        )
        response = await call
        assert response.results[0].HasField("verdict")
        assert ("x-request-id", "caller-rid-1") in tuple(await call.trailing_metadata())
        health = health_pb2_grpc.HealthStub(channel)
        await health.Check(health_pb2.HealthCheckRequest())  # probes make no spans
        metrics = running.engine.metrics
        await until(lambda: len(named(spans(), "moderation.batch")) == 1, "the batch span ended")

    finished = spans()
    assert not [s for s in finished if "Health" in s.name]
    [server] = [s for s in finished if s.name.endswith("ModerationService/Moderate")]
    assert server.kind is trace.SpanKind.SERVER
    assert ctx(server).trace_id == CALLER_TRACE  # the caller's W3C trace context was taken
    assert server.parent is not None and server.parent.span_id == CALLER_SPAN
    assert server.attributes is not None
    assert server.attributes["moderation.request_id"] == "caller-rid-1"
    assert server.attributes["moderation.tenant"] == "default"  # configured, never content

    [judge] = named(finished, "moderation.judge")
    assert judge.parent is not None and judge.parent.span_id == ctx(server).span_id
    assert judge.attributes is not None and judge.attributes["moderation.source"] == "model"
    assert judge.attributes["moderation.tenant"] == "default"

    [batch] = named(finished, "moderation.batch")
    assert ctx(batch).trace_id != CALLER_TRACE  # a batch serves many callers: its own trace
    assert batch.attributes is not None
    assert batch.attributes["moderation.batch.items"] == 1
    assert int(str(batch.attributes["moderation.batch.tokens"])) > 0
    assert [link.context.span_id for link in batch.links] == [ctx(judge).span_id]
    assert [link.context.span_id for link in judge.links] == [ctx(batch).span_id]

    [upstream] = [s for s in finished if s.name.startswith("chat ")]
    assert upstream.kind is trace.SpanKind.CLIENT
    assert upstream.parent is not None and upstream.parent.span_id == ctx(batch).span_id
    attributes = dict(upstream.attributes or {})
    served = str(attributes["gen_ai.request.model"])
    assert upstream.name == f"chat {served}"
    assert metrics.value("upstream_request_duration_seconds_count", model=served, outcome="ok") == 1
    assert int(str(attributes["gen_ai.usage.input_tokens"])) > 0
    assert int(str(attributes["gen_ai.usage.output_tokens"])) > 0
    assert int(str(attributes["gen_ai.usage.cache_creation.input_tokens"])) >= 4096
    assert "gen_ai.usage.cache_read.input_tokens" in attributes
    assert REQUEST_ID.match(str(attributes["anthropic.request_id"]))
    for span in finished:  # spans carry ids and counts, never the content
        assert TEXT not in json.dumps(dict(span.attributes or {}), default=str)


async def test_log_lines_are_json_with_request_ids_and_never_content(
    emulator: Emulator, spans: Callable[[], tuple[ReadableSpan, ...]]
) -> None:
    emulator.faults.push(Fault(FaultKind.SERVER_ERROR))
    with json_log_lines() as out:
        async with haiku_server(emulator) as (_, channel):
            stub = pb_grpc.ModerationServiceStub(channel)
            response = await stub.Moderate(
                pb.ModerateRequest(items=[pb.Item(id="c1", text=TEXT)]),
                metadata=(("x-request-id", "caller-rid-2"),),
            )
            assert response.results[0].HasField("verdict")
            await until(lambda: bool(named(spans(), "moderation.batch")), "the batch span ended")

    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines and all(line["request_id"] for line in lines)
    text = out.getvalue()
    assert TEXT not in text and API_KEY not in text
    [failed] = [
        s
        for s in spans()
        if s.name.startswith("chat ") and s.status.status_code is trace.StatusCode.ERROR
    ]
    rid = str((failed.attributes or {})["anthropic.request_id"])
    [error_line] = [line for line in lines if "upstream call failed" in line["message"]]
    assert rid in error_line["message"]  # the Anthropic request id, to quote to support
    assert failed.parent is not None  # the batch span; its id names the batch's log lines
    assert error_line["request_id"] == f"batch-{failed.parent.span_id:016x}"
    assert error_line["trace_id"] == f"{ctx(failed).trace_id:032x}"


def test_http_client_request_lines_are_off_unless_asked_for() -> None:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    try:
        setup_logging("INFO", "json")
        assert not any(logging.getLogger(n).isEnabledFor(logging.INFO) for n in HTTP_CLIENT_LOGGERS)
        setup_logging("INFO", "json", http_client_lines=True)
        assert all(logging.getLogger(n).isEnabledFor(logging.INFO) for n in HTTP_CLIENT_LOGGERS)
        with pytest.raises(ValueError):
            setup_logging("INFO", "yaml")
    finally:
        for name in HTTP_CLIENT_LOGGERS:
            logging.getLogger(name).setLevel(logging.NOTSET)
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved[0]:
            root.addHandler(handler)
        root.setLevel(saved[1])


async def test_calls_are_measured_by_method_and_final_code(local_server: RunningServer) -> None:
    metrics = local_server.engine.metrics
    refused = {"method": "Moderate", "code": "INVALID_ARGUMENT"}
    before = metrics.value("rpc_duration_seconds_count", **refused)
    first_results = metrics.value("stream_first_result_seconds_count")
    async with grpc.aio.insecure_channel(f"127.0.0.1:{local_server.port}") as channel:
        stub = pb_grpc.ModerationServiceStub(channel)
        with pytest.raises(grpc.aio.AioRpcError) as err:
            await stub.Moderate(pb.ModerateRequest())  # no items
        assert err.value.code() is grpc.StatusCode.INVALID_ARGUMENT
        items = [pb.ModerateStreamRequest(items=[pb.Item(id=f"s{n}", text="hi")]) for n in range(3)]
        results = [r async for r in stub.ModerateStream(iter(items))]
    assert len(results) == 3
    assert metrics.value("rpc_duration_seconds_count", **refused) == before + 1
    stream = {"method": "ModerateStream", "code": "OK"}
    await until(lambda: metrics.value("rpc_duration_seconds_count", **stream) >= 1, "stream end")
    assert metrics.value("stream_first_result_seconds_count") == first_results + 1


async def test_concurrent_cache_hits_each_get_their_own_request_id_back_and_are_counted(
    local_server: RunningServer,
) -> None:
    """Many hits at once, each with its own id (or none): each gets its own back in its
    trailer (a fresh one when it sent none), and every hit and call is counted."""
    metrics = local_server.engine.metrics
    hit = {"source": "cache"}
    ok = {"method": "Moderate", "code": "OK"}
    request = pb.ModerateRequest(items=[pb.Item(id="h", text="a repeated post, again")])
    async with grpc.aio.insecure_channel(f"127.0.0.1:{local_server.port}") as channel:
        stub = pb_grpc.ModerationServiceStub(channel)
        await stub.Moderate(request)  # judged, then cached
        hits, calls = (
            metrics.value("verdicts_total", **hit),
            metrics.value("rpc_duration_seconds_count", **ok),
        )

        async def one(n: int) -> tuple[str, str]:
            sent = f"rid-{n}" if n % 2 else ""
            call = stub.Moderate(request, metadata=(("x-request-id", sent),) if sent else ())
            assert (await call).results[0].verdict.source == pb.VERDICT_SOURCE_CACHE
            back = dict(tuple(await call.trailing_metadata()))
            return sent, str(back["x-request-id"])

        answered = await asyncio.gather(*(one(n) for n in range(64)))
    assert all(back == sent for sent, back in answered if sent)
    fresh = [back for sent, back in answered if not sent]
    assert len(set(fresh)) == len(fresh) == 32
    assert not set(fresh) & {f"rid-{n}" for n in range(64)}
    assert metrics.value("verdicts_total", **hit) == hits + 64
    assert metrics.value("rpc_duration_seconds_count", **ok) == calls + 64


def problems(records: list[logging.LogRecord]) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in records if r.levelno >= logging.WARNING]


async def test_a_stream_cancelled_while_the_server_writes_is_traced_and_logs_nothing(
    local_server: RunningServer,
    spans: Callable[[], tuple[ReadableSpan, ...]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    metrics = local_server.engine.metrics
    cancelled = {"method": "ModerateStream", "code": "CANCELLED"}
    before = metrics.value("rpc_duration_seconds_count", **cancelled)
    verdicts = metrics.value("verdicts_total")
    leave = asyncio.Event()

    async def requests() -> AsyncIterator[pb.ModerateStreamRequest]:
        for n in range(16):  # more answers than the connection takes unread
            items = [pb.Item(id=f"{n}-{k}", text=f"{TOXIC} {n} {k}") for k in range(16)]
            yield pb.ModerateStreamRequest(items=items)
        await leave.wait()

    with caplog.at_level(logging.INFO):
        async with grpc.aio.insecure_channel(f"127.0.0.1:{local_server.port}") as channel:
            call = pb_grpc.ModerationServiceStub(channel).ModerateStream(requests())
            await call.read()
            await until(lambda: metrics.value("verdicts_total") == verdicts + 256, "all judged")
            call.cancel()
            leave.set()
            await until(lambda: bool(named(spans(), STREAM_SPAN)), "the stream's span ended")

    assert problems(caplog.records) == []
    [span] = named(spans(), STREAM_SPAN)
    assert span.kind is trace.SpanKind.SERVER
    assert metrics.value("rpc_duration_seconds_count", **cancelled) == before + 1


async def test_streams_out_of_time_end_deadline_exceeded_and_log_nothing(
    local_server: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    metrics = local_server.engine.metrics
    unknown = {"method": "ModerateStream", "code": "UNKNOWN"}
    late = {"method": "ModerateStream", "code": "DEADLINE_EXCEEDED"}
    unknown_before = metrics.value("rpc_duration_seconds_count", **unknown)
    late_before = metrics.value("rpc_duration_seconds_count", **late)

    def one_item(n: int) -> pb.ModerateStreamRequest:
        return pb.ModerateStreamRequest(items=[pb.Item(id="a", text=f"{TOXIC} {n}")])

    async def short(stub: pb_grpc.ModerationServiceAsyncStub, n: int) -> None:
        # grpc.aio's client reports some streams its deadline cut as cancelled locally.
        with contextlib.suppress(grpc.aio.AioRpcError, asyncio.CancelledError):
            async for _ in stub.ModerateStream(iter([one_item(n)]), timeout=0.001 * (1 + n % 30)):
                pass

    with caplog.at_level(logging.INFO):
        async with grpc.aio.insecure_channel(f"127.0.0.1:{local_server.port}") as channel:
            stub = pb_grpc.ModerationServiceStub(channel)
            leave = asyncio.Event()

            async def held_open() -> AsyncIterator[pb.ModerateStreamRequest]:
                yield one_item(-1)
                await leave.wait()

            # A stream that has its answer and waits, open, until its deadline ends it.
            waiting = stub.ModerateStream(held_open(), timeout=3.0)
            first = await waiting.read()
            assert isinstance(first, pb.ModerateStreamResponse) and first.result.HasField("verdict")
            # Deadlines of 1-30 ms: many pass before or as each handler starts.
            await asyncio.gather(*(short(stub, n) for n in range(300)))
            assert await waiting.code() is grpc.StatusCode.DEADLINE_EXCEEDED
            leave.set()
            await until(
                lambda: metrics.value("rpc_duration_seconds_count", **late) > late_before,
                "the open stream's deadline ended it",
            )

    assert problems(caplog.records) == []
    assert metrics.value("rpc_duration_seconds_count", **unknown) == unknown_before


async def test_a_call_its_caller_cancels_is_measured_as_cancelled() -> None:
    slow = EmulatorConfig(api_key=API_KEY, first_token_seconds=5.0)  # cancelled before its answer
    async with Emulator(slow) as emulator, haiku_server(emulator) as (running, channel):
        metrics = running.engine.metrics
        stub = pb_grpc.ModerationServiceStub(channel)
        call = stub.Moderate(pb.ModerateRequest(items=[pb.Item(id="c1", text=TEXT)]))
        await until(lambda: metrics.value("upstream_calls_in_flight") == 1, "judging")
        call.cancel()
        cancelled = {"method": "Moderate", "code": "CANCELLED"}
        await until(
            lambda: metrics.value("rpc_duration_seconds_count", **cancelled) == 1, "the call ended"
        )
        assert metrics.value("rpc_duration_seconds_count", method="Moderate") == 1
