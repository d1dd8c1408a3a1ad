"""Per-call telemetry at the gRPC edge: the server span, request id, latency by status code.

One wrapping of each handler (`TelemetryInterceptor`'s, applied once per handler and
caller by `Edge`, without grpc.aio's interceptor chain), outside the auth check so
refused calls are traced and measured too. Each call gets a server span (a child of the
caller's W3C ``traceparent`` when it sends one; health checks, a probe every few seconds
per pod, get none) that is current while its handler runs, and one sample of its
duration labelled with the code it ended with, which the span carries as well. The
request id is the caller's ``x-request-id`` when it sends a sane one, else a fresh one;
it is set for the call's log lines, put on its span, and sent back so a caller can quote
it: in the trailing metadata of a unary call that succeeds (initial metadata would
commit the call, and gRPC's client would no longer retry a RESOURCE_EXHAUSTED refusal),
in the initial metadata of a stream.

A caller that cancels or runs out of time is ordinary, not a fault: such a call
is recorded as CANCELLED or DEADLINE_EXCEEDED and logs nothing.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterable
from typing import TYPE_CHECKING, Any

import grpc
from opentelemetry import context as otel_context
from opentelemetry import propagate, trace

from moderation import tracing
from moderation.logs import new_request_id, request_id
from moderation.observability import Metrics
from moderation.tracing import tracer
from moderation.transport.auth import needs_request

REQUEST_ID_HEADER = "x-request-id"
_SANE_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")  # fullmatch: `$` lets "\n" through
_HEALTH = "/grpc.health.v1.Health/"
# Codes that make a server span an error (OpenTelemetry's rule); the rest are the caller's doing.
_SERVER_FAULTS = frozenset(
    {
        grpc.StatusCode.UNKNOWN,
        grpc.StatusCode.DEADLINE_EXCEEDED,
        grpc.StatusCode.UNIMPLEMENTED,
        grpc.StatusCode.INTERNAL,
        grpc.StatusCode.UNAVAILABLE,
        grpc.StatusCode.DATA_LOSS,
    }
)

if TYPE_CHECKING:
    _Interceptor = grpc.aio.ServerInterceptor[Any, Any]
else:  # not subscriptable at run time
    _Interceptor = grpc.aio.ServerInterceptor


Behavior = Callable[..., Any]


class TelemetryInterceptor(_Interceptor):
    """The edge's one interceptor: each call's span, request id and latency, around
    `inner` (identity), which wraps the handler's behavior first."""

    def __init__(
        self,
        metrics: Metrics,
        inner: Callable[[Any, grpc.HandlerCallDetails], Behavior] | None = None,
    ) -> None:
        self._metrics = metrics
        self._inner = inner or (lambda handler, _details: _behavior_of(handler))

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
        return self.wrap(handler, details)

    def wrap(
        self, handler: grpc.RpcMethodHandler[Any, Any], details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler[Any, Any]:
        """The handler with each call's span, request id and latency around `inner`.

        Nothing of one call is kept in it (its request id and trace context are read
        from the call's own metadata), so the edge may reuse it for the next call of the
        same caller on the same method.
        """
        behavior = self._inner(handler, details)
        read = needs_request(behavior)  # a refusal never reads the caller's message
        if handler.response_streaming:
            return _replace(handler, self._streaming(behavior, details.method), read)
        return _replace(handler, self._unary(behavior, details.method), read)

    def _unary(self, behavior: Behavior, method: str) -> Callable[..., Any]:
        metrics = self._metrics
        # A call that succeeds untraced (a cache hit, most calls) records as `_Call` does,
        # with the sample's label child resolved here, once, and no span to hold.
        succeeded = metrics.child(metrics.rpc_duration, method.rsplit("/", 1)[-1], "OK")
        ok = grpc.StatusCode.OK

        async def call(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
            metadata = context.invocation_metadata() or ()
            rid = _caller_id(metadata) or new_request_id()
            if tracing.active():
                return await self._traced(behavior, method, request, context, metadata, rid)
            request_id.set(rid)
            started = time.monotonic()
            context.set_trailing_metadata(((REQUEST_ID_HEADER, rid),))
            try:
                response = await behavior(request, context)
            except BaseException as exc:
                _Call.record(metrics, method, _failed_code(context, exc), started)
                raise
            code = context.code() or ok
            if code is ok:
                succeeded.observe(time.monotonic() - started)
            else:
                _Call.record(metrics, method, code, started)
            return response

        return call

    async def _traced(
        self,
        behavior: Behavior,
        method: str,
        request: Any,
        context: grpc.aio.ServicerContext[Any, Any],
        metadata: Iterable[tuple[str, Any]],
        rid: str,
    ) -> Any:
        """A unary call with its server span current while the handler runs."""
        tracked = _Call(self._metrics, method, metadata, rid)
        context.set_trailing_metadata(((REQUEST_ID_HEADER, rid),))
        try:
            response = await behavior(request, context)
        except BaseException as exc:
            tracked.end(_failed_code(context, exc), exc)
            raise
        tracked.end(context.code() or grpc.StatusCode.OK)
        return response

    def _streaming(self, behavior: Behavior, method: str) -> Callable[..., Any]:

        async def call(
            request: Any, context: grpc.aio.ServicerContext[Any, Any]
        ) -> AsyncIterator[Any]:
            metadata = context.invocation_metadata() or ()
            rid = _caller_id(metadata) or new_request_id()
            tracked = _Call(self._metrics, method, metadata, rid)
            try:
                await _send_request_id(context, rid)
                async for response in behavior(request, context):
                    yield response
            except BaseException as exc:
                tracked.end(_failed_code(context, exc), exc)
                raise
            tracked.end(context.code() or grpc.StatusCode.OK)

        return call


if TYPE_CHECKING:
    _Generic = grpc.GenericRpcHandler[Any, Any]
else:
    _Generic = grpc.GenericRpcHandler


class Edge(_Generic):
    """The server's one handler lookup: every registered service's handlers, each wrapped
    by `telemetry` once per caller and method, as gRPC looks it up when a call's headers
    arrive.

    The same wrapping as `TelemetryInterceptor.intercept_service`, without grpc.aio's
    interceptor chain around every call, and built once per `(handler, key(call))`
    rather than per call: `key` says whose call it is (identity's `resolution`: the
    tenant a token names, or how the tenant is found), all the wrapped behavior depends
    on. Services register here as on a server (the generated `add_*_to_server`
    functions take it), and the server gets the edge alone.
    """

    MAX_WRAPPED = 4096  # (handler, caller) pairs kept; cleared when full

    def __init__(
        self,
        telemetry: TelemetryInterceptor,
        key: Callable[[grpc.HandlerCallDetails], Hashable] = lambda _details: None,
    ) -> None:
        self._telemetry = telemetry
        self._key = key
        self._handlers: list[grpc.GenericRpcHandler[Any, Any]] = []
        self._wrapped: dict[tuple[object, Hashable], grpc.RpcMethodHandler[Any, Any]] = {}

    def add_generic_rpc_handlers(
        self, handlers: Iterable[grpc.GenericRpcHandler[Any, Any]]
    ) -> None:
        self._handlers.extend(handlers)

    def add_registered_method_handlers(self, service: str, handlers: object) -> None:
        """Ignored: each service registers the same handlers as a generic one, too."""

    def service(self, details: grpc.HandlerCallDetails) -> grpc.RpcMethodHandler[Any, Any] | None:
        for generic in self._handlers:
            handler = generic.service(details)
            if handler is not None:
                key = (handler, self._key(details))
                wrapped = self._wrapped.get(key)
                if wrapped is None:
                    if len(self._wrapped) >= self.MAX_WRAPPED:
                        self._wrapped.clear()
                    wrapped = self._wrapped[key] = self._telemetry.wrap(handler, details)
                return wrapped
        return None


class _Call:
    """One call's server span, current in the call's task from here on, and its clock."""

    def __init__(
        self, metrics: Metrics, method: str, metadata: Iterable[tuple[str, Any]], rid: str
    ) -> None:
        self._metrics = metrics
        self._method = method.rsplit("/", 1)[-1]
        self._span: trace.Span = trace.INVALID_SPAN
        self._token: object = None
        if tracing.active():  # else every span is a no-op: make none
            parent = propagate.extract(_carrier(metadata))
            self._span = _server_span(method, parent)
            self._span.set_attribute("moderation.request_id", rid)
            self._task = asyncio.current_task()
            self._token = otel_context.attach(trace.set_span_in_context(self._span, parent))
        request_id.set(rid)
        self._started = time.monotonic()

    @staticmethod
    def record(metrics: Metrics, method: str, code: grpc.StatusCode, started: float) -> None:
        """One sample of a call's duration, labelled with its method and code."""
        name = method.rsplit("/", 1)[-1]
        metrics.child(metrics.rpc_duration, name, code.name).observe(time.monotonic() - started)

    def end(self, code: grpc.StatusCode, error: BaseException | None = None) -> None:
        """Record the call's duration and code, and end its span."""
        self._metrics.child(self._metrics.rpc_duration, self._method, code.name).observe(
            time.monotonic() - self._started
        )
        if self._token is None:
            return
        self._span.set_attribute("rpc.grpc.status_code", code.value[0])
        if code in _SERVER_FAULTS:
            self._span.set_status(trace.StatusCode.ERROR, code.name)
        if code is grpc.StatusCode.UNKNOWN and error is not None:
            self._span.record_exception(error)
        self._span.end()
        self._leave()

    def _leave(self) -> None:
        """Make the span no longer current, in the call's own task only.

        A stream whose caller left while it waited to send is closed later by
        asyncio, from another task, where the call's context cannot be reset;
        the call's task has ended then, and its context with it.
        """
        if asyncio.current_task() is self._task:
            otel_context.detach(self._token)  # type: ignore[arg-type]


def _server_span(method: str, parent: otel_context.Context) -> trace.Span:
    """A server span named after the full method; none for health checks."""
    if method.startswith(_HEALTH):
        return trace.INVALID_SPAN
    service, _, name = method.lstrip("/").partition("/")
    return tracer().start_span(
        method,
        parent,
        kind=trace.SpanKind.SERVER,
        attributes={"rpc.system": "grpc", "rpc.service": service, "rpc.method": name},
    )


async def _send_request_id(context: grpc.aio.ServicerContext[Any, Any], rid: str) -> None:
    """Send the stream's initial metadata, with its request id.

    gRPC's core refuses the send when it has already ended the call (a deadline
    of a few milliseconds) before the server heard the caller leave; the call
    then ends as gRPC ends one whose caller left, instead of as a server error.
    """
    try:
        await context.send_initial_metadata(((REQUEST_ID_HEADER, rid),))
    except grpc.aio.InternalError:
        raise asyncio.CancelledError from None


def _failed_code(
    context: grpc.aio.ServicerContext[Any, Any], error: BaseException
) -> grpc.StatusCode:
    """The code of a call ended by `error`: its abort's code; for a caller gone (its handler
    cancelled, its stream closed) DEADLINE_EXCEEDED once the deadline passed, else CANCELLED;
    UNKNOWN for any other error, as gRPC reports it."""
    code = context.code()
    if isinstance(code, grpc.StatusCode) and code is not grpc.StatusCode.OK:
        return code
    if not isinstance(error, asyncio.CancelledError | GeneratorExit):
        return grpc.StatusCode.UNKNOWN
    remaining = context.time_remaining()
    if remaining is not None and remaining <= 0:
        return grpc.StatusCode.DEADLINE_EXCEEDED
    return grpc.StatusCode.CANCELLED


def _carrier(metadata: Iterable[tuple[str, Any]]) -> dict[str, str]:
    """The call's text metadata, where the caller's W3C trace context travels."""
    return {k: v for k, v in metadata if isinstance(v, str)}


def sane_request_id(value: str) -> bool:
    """Whether a caller's request id may be used as it is (logged, echoed back)."""
    return _SANE_ID.fullmatch(value) is not None


def _caller_id(metadata: Iterable[tuple[str, Any]]) -> str:
    for key, value in metadata:
        if key == REQUEST_ID_HEADER and isinstance(value, str) and _SANE_ID.fullmatch(value):
            return value
    return ""


def _replace(
    handler: Any, behavior: Callable[..., Any], read: bool = True
) -> grpc.RpcMethodHandler[Any, Any]:
    """The same handler (and its tolerant decoders) with `behavior` wrapped.

    Without `read`, the handler is request-streaming whatever the method is: grpc.aio
    reads a unary request before it calls the handler, a streaming one only when the
    handler iterates it (the wire is the same), so a refusal leaves the message unread.
    """
    request_streaming = handler.request_streaming or not read
    if request_streaming and handler.response_streaming:
        factory: Callable[..., Any] = grpc.stream_stream_rpc_method_handler
    elif handler.response_streaming:
        factory = grpc.unary_stream_rpc_method_handler
    elif request_streaming:
        factory = grpc.stream_unary_rpc_method_handler
    else:
        factory = grpc.unary_unary_rpc_method_handler
    out: grpc.RpcMethodHandler[Any, Any] = factory(
        behavior,
        request_deserializer=handler.request_deserializer,
        response_serializer=handler.response_serializer,
    )
    return out


def _behavior_of(handler: Any) -> Behavior:
    behavior: Behavior = (
        handler.unary_unary or handler.unary_stream or handler.stream_unary or handler.stream_stream
    )
    return behavior
