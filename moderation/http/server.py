"""The HTTP port: aiohttp on the gRPC server's event loop, started and stopped with it.

One middleware gives every HTTP call what the gRPC telemetry interceptor gives
an RPC: a server span (a child of the caller's ``traceparent``), a request id
(the caller's ``X-Request-Id`` when sane, else a fresh one, sent back in the
answer's headers and set for its log lines) and one sample of
``rpc_duration_seconds`` labelled with the call's method and the gRPC code its
HTTP status stands for.
"""

from __future__ import annotations

import contextvars
import logging
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import grpc
from aiohttp import web
from aiohttp.typedefs import Middleware
from opentelemetry import context as otel_context
from opentelemetry import propagate, trace

from moderation import tracing
from moderation.http import openai_compat, perspective, transcoding
from moderation.http.gate import CODE_OF_STATUS
from moderation.http.state import REQUEST_ID, RPC, STATE, HttpState
from moderation.logs import new_request_id, request_id
from moderation.observability import Metrics
from moderation.tracing import tracer
from moderation.transport.telemetry import REQUEST_ID_HEADER, sane_request_id

log = logging.getLogger(__name__)

OPENAPI_FILE = Path(__file__).with_name("openapi.json")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def build_app(state: HttpState, metrics: Metrics) -> web.Application:
    app = web.Application(client_max_size=state.max_body_bytes, middlewares=[_telemetry(metrics)])
    app[STATE] = state
    app.on_response_prepare.append(_send_request_id)
    app.router.add_post("/v1/moderations", openai_compat.handle)
    app.router.add_post("/v1alpha1/comments:analyze", perspective.handle)
    openapi = OPENAPI_FILE.read_text(encoding="utf-8")

    async def serve_openapi(request: web.Request) -> web.Response:
        request[RPC] = "OpenAPI"
        return web.Response(text=openapi, content_type="application/json")

    app.router.add_get("/openapi.json", serve_openapi)
    bindings = [(r, transcoding.handler(r)) for r in transcoding.routes()]

    async def dispatch(request: web.Request) -> web.StreamResponse:
        allowed, path = False, transcoding.path_of(request)
        for route, handle in bindings:
            if route.pattern.fullmatch(path):
                if route.verb == request.method:
                    return await handle(request)
                allowed = True
        raise web.HTTPMethodNotAllowed(request.method, []) if allowed else web.HTTPNotFound()

    app.router.add_route("*", "/{tail:.*}", dispatch)
    return app


def _telemetry(metrics: Metrics) -> Middleware:
    @web.middleware
    async def telemetry(request: web.Request, handler: Handler) -> web.StreamResponse:
        started = time.monotonic()
        sent = request.headers.get(REQUEST_ID_HEADER, "")
        rid = sent if sane_request_id(sent) else new_request_id()
        request[REQUEST_ID] = rid
        id_token = request_id.set(rid)
        span, span_token = _start_span(request, rid) if tracing.active() else (None, None)
        status = 500
        try:
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as exc:
            status = exc.status
            raise
        finally:
            code = CODE_OF_STATUS.get(status, grpc.StatusCode.UNKNOWN)
            rpc = request.get(RPC)
            if rpc is not None:
                metrics.rpc_duration.labels(rpc, code.name).observe(time.monotonic() - started)
            if span is not None and span_token is not None:
                span.set_attribute("http.response.status_code", status)
                if status >= 500:
                    span.set_status(trace.StatusCode.ERROR, code.name)
                span.end()
                otel_context.detach(span_token)
            request_id.reset(id_token)

    return telemetry


def _start_span(
    request: web.Request, rid: str
) -> tuple[trace.Span, contextvars.Token[otel_context.Context]]:
    """The call's server span (a child of the caller's traceparent), made current."""
    parent = propagate.extract(dict(request.headers))
    span = tracer().start_span(
        f"HTTP {request.method}",
        parent,
        kind=trace.SpanKind.SERVER,
        attributes={
            "http.request.method": request.method,
            "url.path": request.path,
            "moderation.request_id": rid,
        },
    )
    return span, otel_context.attach(trace.set_span_in_context(span, parent))


async def _send_request_id(request: web.Request, response: web.StreamResponse) -> None:
    """Every answer, streamed ones too, carries the call's request id."""
    rid = request.get(REQUEST_ID)
    if rid is not None:
        response.headers[REQUEST_ID_HEADER] = rid


@dataclass
class HttpServer:
    """A started HTTP port; `stop` finishes requests in flight within the grace period."""

    runner: web.AppRunner
    port: int

    async def stop(self, grace: float) -> None:
        await self.runner.shutdown()
        await self.runner.cleanup()


async def start_http(
    state: HttpState,
    metrics: Metrics,
    host: str,
    port: int,
    grace: float,
    ssl_context: ssl.SSLContext | None = None,
) -> HttpServer:
    """Listen on `host:port` (0 picks a free port, for tests) and serve until stopped;
    HTTPS with `ssl_context`."""
    runner = web.AppRunner(build_app(state, metrics), access_log=None, shutdown_timeout=grace)
    await runner.setup()
    site = web.TCPSite(runner, host, port, reuse_port=False, ssl_context=ssl_context)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        raise OSError(f"cannot listen on {host}:{port} for HTTP: {exc.strerror}") from None
    bound = runner.addresses[0][1] if runner.addresses else port
    log.info("HTTP on %s:%d", host, bound)
    return HttpServer(runner, int(bound))
