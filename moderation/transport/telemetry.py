"""Per-call telemetry at the gRPC edge: request id, latency by method and status code.

Runs inside OpenTelemetry's server interceptor (which owns the span and the
caller's W3C trace context) and outside the auth check, so refused calls are
measured too. The request id is the caller's ``x-request-id`` when it sends a
sane one, else a fresh one; it is set for the call's log lines, put on its
span, and sent back so a caller can quote it: in the trailing metadata of a
unary call that succeeds (initial metadata would commit the call, and gRPC's
client would no longer retry a RESOURCE_EXHAUSTED refusal), in the initial
metadata of a stream.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

import grpc
from opentelemetry import trace
from opentelemetry.instrumentation.grpc import aio_server_interceptor
from opentelemetry.instrumentation.grpc.filters import health_check, negate

from moderation.logs import new_request_id, request_id
from moderation.observability import Metrics

REQUEST_ID_HEADER = "x-request-id"
_SANE_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")  # fullmatch: `$` lets "\n" through

if TYPE_CHECKING:
    _Interceptor = grpc.aio.ServerInterceptor[Any, Any]
else:  # not subscriptable at run time
    _Interceptor = grpc.aio.ServerInterceptor


def tracing_interceptor() -> _Interceptor:
    """OpenTelemetry's grpc.aio server interceptor: a span per call, the caller's W3C context.

    It handles unary and streaming aio handlers alike and keeps the handlers'
    own request decoders (so malformed messages still get INVALID_ARGUMENT).
    Health checks (a probe every few seconds per pod) make no spans.
    """
    interceptor: _Interceptor = aio_server_interceptor(  # type: ignore[no-untyped-call]
        filter_=negate(health_check())
    )
    return interceptor


class TelemetryInterceptor(_Interceptor):
    def __init__(self, metrics: Metrics) -> None:
        self._metrics = metrics

    async def intercept_service(
        self,
        continuation: Callable[
            [grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler[Any, Any]]
        ],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any]:
        handler = await continuation(details)
        if handler is None:
            return handler
        method = details.method.rsplit("/", 1)[-1]
        rid = _caller_id(details) or new_request_id()
        if handler.response_streaming:
            return _replace(handler, self._streaming(handler, method, rid))
        return _replace(handler, self._unary(handler, method, rid))

    def _unary(self, handler: Any, method: str, rid: str) -> Callable[..., Any]:
        behavior = handler.unary_unary or handler.stream_unary

        async def call(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
            started = _begin(rid)
            context.set_trailing_metadata(((REQUEST_ID_HEADER, rid),))
            code = grpc.StatusCode.UNKNOWN
            try:
                response = await behavior(request, context)
                code = context.code() or grpc.StatusCode.OK
                return response
            except BaseException:
                code = _failed_code(context)
                raise
            finally:
                self._observe(method, code, started)

        return call

    def _streaming(self, handler: Any, method: str, rid: str) -> Callable[..., Any]:
        behavior = handler.stream_stream or handler.unary_stream

        async def call(
            request: Any, context: grpc.aio.ServicerContext[Any, Any]
        ) -> AsyncIterator[Any]:
            started = _begin(rid)
            await context.send_initial_metadata(((REQUEST_ID_HEADER, rid),))
            code = grpc.StatusCode.UNKNOWN
            try:
                async for response in behavior(request, context):
                    yield response
                code = context.code() or grpc.StatusCode.OK
            except BaseException:
                code = _failed_code(context)
                raise
            finally:
                self._observe(method, code, started)

        return call

    def _observe(self, method: str, code: grpc.StatusCode, started: float) -> None:
        self._metrics.rpc_duration.labels(method, code.name).observe(time.monotonic() - started)


def _begin(rid: str) -> float:
    request_id.set(rid)
    trace.get_current_span().set_attribute("moderation.request_id", rid)
    return time.monotonic()


def _failed_code(context: grpc.aio.ServicerContext[Any, Any]) -> grpc.StatusCode:
    """The code of a call that ended by an exception: its abort's code, else CANCELLED/UNKNOWN."""
    code = context.code()
    if isinstance(code, grpc.StatusCode) and code is not grpc.StatusCode.OK:
        return code
    return grpc.StatusCode.CANCELLED if context.cancelled() else grpc.StatusCode.UNKNOWN


def _caller_id(details: grpc.HandlerCallDetails) -> str:
    for key, value in details.invocation_metadata or ():
        if key == REQUEST_ID_HEADER and isinstance(value, str) and _SANE_ID.fullmatch(value):
            return value
    return ""


def _replace(handler: Any, behavior: Callable[..., Any]) -> grpc.RpcMethodHandler[Any, Any]:
    """The same handler (and its tolerant decoders) with `behavior` wrapped."""
    if handler.request_streaming and handler.response_streaming:
        factory: Callable[..., Any] = grpc.stream_stream_rpc_method_handler
    elif handler.response_streaming:
        factory = grpc.unary_stream_rpc_method_handler
    elif handler.request_streaming:
        factory = grpc.stream_unary_rpc_method_handler
    else:
        factory = grpc.unary_unary_rpc_method_handler
    out: grpc.RpcMethodHandler[Any, Any] = factory(
        behavior,
        request_deserializer=handler.request_deserializer,
        response_serializer=handler.response_serializer,
    )
    return out
