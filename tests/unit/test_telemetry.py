"""The telemetry interceptor around a handler, with the parts of a call it reads faked; and
which caller request ids it takes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest

from moderation.observability import Metrics, watch_event_loop
from moderation.transport.telemetry import REQUEST_ID_HEADER, TelemetryInterceptor, _caller_id

METHOD = "/moderation.v1.ModerationService/ModerateStream"


class _Details(grpc.HandlerCallDetails):
    method = METHOD
    invocation_metadata = ()


class _GoneCall:
    """A call gRPC's core has already ended: its deadline passed before the handler began."""

    def code(self) -> grpc.StatusCode | None:
        return None

    def time_remaining(self) -> float:
        return 0.0

    def invocation_metadata(self) -> tuple[tuple[str, str], ...]:
        return ()

    async def send_initial_metadata(self, metadata: Any) -> None:
        raise grpc.aio.InternalError('Failed "execute_batch"')


async def _answers(request: Any, context: Any) -> AsyncIterator[str]:
    yield "an answer nobody reads"


async def test_a_stream_gone_before_its_first_byte_ends_as_a_call_whose_caller_left() -> None:
    metrics = Metrics()

    async def resolve(details: grpc.HandlerCallDetails) -> grpc.RpcMethodHandler[Any, Any]:
        return grpc.stream_stream_rpc_method_handler(_answers)

    handler = await TelemetryInterceptor(metrics).intercept_service(resolve, _Details())
    behavior: Any = handler.stream_stream
    stream = behavior(iter(()), _GoneCall())
    # gRPC ends a handler that raises CancelledError quietly; an InternalError it logs.
    with pytest.raises(asyncio.CancelledError):
        await anext(stream)
    late = {"method": "ModerateStream", "code": "DEADLINE_EXCEEDED"}
    assert metrics.value("rpc_duration_seconds_count", **late) == 1


class _WithRequestId(grpc.HandlerCallDetails):
    def __init__(self, request_id: str) -> None:
        self.method = "/moderation.v1.ModerationService/Moderate"
        self.invocation_metadata = ((REQUEST_ID_HEADER, request_id),)


@pytest.mark.parametrize(
    ("sent", "taken"),
    [("caller-rid-1", "caller-rid-1"), ("caller-rid-1\n", ""), ("a b", ""), ("x" * 129, "")],
)
def test_only_a_sane_request_id_is_taken(sent: str, taken: str) -> None:
    assert _caller_id(_WithRequestId(sent).invocation_metadata) == taken


async def test_the_loop_watchdog_records_how_late_the_loop_woke() -> None:
    metrics = Metrics()
    times = iter([10.0, 10.35, 11.0, 11.0])

    def clock() -> float:
        try:
            return next(times)
        except StopIteration:
            raise asyncio.CancelledError from None

    with pytest.raises(asyncio.CancelledError):
        await watch_event_loop(metrics, interval=0.0, clock=clock)
    assert metrics.value("event_loop_lag_seconds_count") == 2
    assert metrics.value("event_loop_lag_seconds_bucket", le="0.25") == 1  # the 0 s one
    assert metrics.value("event_loop_lag_seconds_sum") == pytest.approx(0.35)
