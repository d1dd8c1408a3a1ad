"""Identity at the edge: every moderation RPC learns its tenant here, once.

A caller is known by its bearer token (``authorization: Bearer <token>``) or,
over mTLS, by a name in its client certificate that the tenants file lists.
The tenant is set for the call's handler (`caller()`), which passes it on
explicitly with every item; a caller nobody knows gets UNAUTHENTICATED before
its handler runs. Health checks and reflection stay open, so Kubernetes probes
and tooling work without a token. With no tokens configured at all, every
caller is the tenant `default`.

A caller nobody knows is refused before its request message is read. grpc.aio
runs interceptors as soon as a call's headers arrive and reads the message only
when the handler is a unary-request one; the refusing handler is therefore
always request-streaming (the wire is the same), never reads, and answers
UNAUTHENTICATED at once. What such a caller can still make the server hold is
what HTTP/2 flow control lets it send before the refusal: measured in
bench/RELIABILITY.md (`abuse`). (A caller resolved from its client certificate is
resolved when its handler runs, after its message is read; mTLS refuses a caller
without a certificate at the handshake.)
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import AsyncIterator, Callable, Hashable, Iterator, Sequence
from typing import Any

import grpc
from opentelemetry import trace

from moderation import logs, tracing
from moderation.tenants import DEFAULT_TENANT, Tenant, Tenants

PROTECTED_PREFIX = "/moderation.v1.ModerationService/"
UNKNOWN_CALLER = "missing or invalid bearer token"
# The certificate fields gRPC puts in a TLS call's auth context that may name a tenant.
_CERT_NAME_KEYS = ("x509_common_name", "x509_subject_alternative_name")

# How a call's tenant is found when no token names it (`Identity.resolution`).
OPEN = "open"  # not a moderation call: health checks and reflection
BY_CERTIFICATE = "certificate"  # from the call's client certificate, when the handler runs
REFUSED = "refused"  # nobody known: UNAUTHENTICATED, the message unread

_caller: contextvars.ContextVar[Tenant] = contextvars.ContextVar("tenant", default=DEFAULT_TENANT)


def caller() -> Tenant:
    """The tenant of the call whose handler is running (`default` when none is configured)."""
    return _caller.get()


@contextlib.contextmanager
def acting_as(tenant: Tenant) -> Iterator[None]:
    """Run the block as `tenant` (its items, log lines and span say so), then undo it.

    For callers resolved at another edge (an HTTP request, which shares its
    connection's task with the requests before and after it on that connection).
    """
    caller_token, log_token = _caller.set(tenant), logs.tenant.set(tenant.id)
    if tracing.active():
        trace.get_current_span().set_attribute("moderation.tenant", tenant.id)
    try:
        yield
    finally:
        logs.tenant.reset(log_token)
        _caller.reset(caller_token)


def _become(tenant: Tenant) -> None:
    """The call's handler runs as `tenant`: its items, log lines and span say so.

    Set in the call's own task, which ends with the call: nothing to reset.
    """
    _caller.set(tenant)
    logs.tenant.set(tenant.id)
    if tracing.active():
        trace.get_current_span().set_attribute("moderation.tenant", tenant.id)


def _behavior(handler: grpc.RpcMethodHandler[Any, Any]) -> Callable[..., Any]:
    return (
        handler.unary_unary or handler.unary_stream or handler.stream_unary or handler.stream_stream  # type: ignore[return-value]
    )


class Refusal:
    """A behavior that only answers UNAUTHENTICATED and never needs its request.

    The edge registers a handler with this behavior as request-streaming whatever the
    method is (`needs_request`), so gRPC never reads the refused caller's message.
    """

    def __init__(self, streaming: bool, message: str) -> None:
        self.streaming = streaming
        self.message = message

    def __call__(self, request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        return self._refuse_stream(context) if self.streaming else self._refuse(context)

    async def _refuse(self, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        await context.abort(grpc.StatusCode.UNAUTHENTICATED, self.message)

    async def _refuse_stream(
        self, context: grpc.aio.ServicerContext[Any, Any]
    ) -> AsyncIterator[Any]:
        # An async generator, like every streaming handler: the edge iterates it.
        await context.abort(grpc.StatusCode.UNAUTHENTICATED, self.message)
        yield  # pragma: no cover - abort raises


def needs_request(behavior: Callable[..., Any]) -> bool:
    """Whether a call's request must be read before `behavior` runs (not for a refusal)."""
    return not isinstance(behavior, Refusal)


def _deny(streaming: bool, message: str) -> Callable[..., Any]:
    """A behavior that only answers UNAUTHENTICATED, without the request being read."""
    return Refusal(streaming, message)


def _as_tenant(
    behavior: Callable[..., Any],
    streaming: bool,
    resolve: Callable[[grpc.aio.ServicerContext[Any, Any]], Tenant | None],
) -> Callable[..., Any]:
    """`behavior` run as the tenant `resolve` finds for the call, or UNAUTHENTICATED."""

    async def call(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        tenant = resolve(context)
        if tenant is None:
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, UNKNOWN_CALLER)
        _become(tenant)
        return await behavior(request, context)

    async def call_stream(
        request: Any, context: grpc.aio.ServicerContext[Any, Any]
    ) -> AsyncIterator[Any]:
        tenant = resolve(context)
        if tenant is None:
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, UNKNOWN_CALLER)
        _become(tenant)
        async for response in behavior(request, context):
            yield response

    return call_stream if streaming else call


def _as_known(behavior: Callable[..., Any], tenant: Tenant) -> Callable[..., Any]:
    """`behavior` run as `tenant`, known before the call: no coroutine of its own around the
    call's (the edge's wrapper runs it in the call's task, where `_become` must run)."""

    def call(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        _become(tenant)
        return behavior(request, context)

    return call


def bearer_token(metadata: Sequence[tuple[str, Any]]) -> str:
    for key, value in metadata:
        if key == "authorization" and isinstance(value, str):
            scheme, _, token = value.partition(" ")
            if scheme.lower() == "bearer":
                return token.strip()
    return ""


def certificate_names(context: grpc.aio.ServicerContext[Any, Any]) -> list[str]:
    """The names a verified client certificate carries (none over plaintext or plain TLS)."""
    auth = context.auth_context() or {}
    names: list[str] = []
    for key in _CERT_NAME_KEYS:
        for value in auth.get(key, ()):
            names.append(value.decode("utf-8", "replace") if isinstance(value, bytes) else value)
    return names


class Identity:
    """Resolves each moderation call's tenant from its token or client certificate.

    Not an interceptor of its own: the edge's one interceptor
    (`telemetry.TelemetryInterceptor`) wraps each handler's behavior with it, so a
    call pays for one wrapped handler, not one per concern.
    """

    def __init__(self, tenants: Tenants) -> None:
        self._tenants = tenants

    def resolution(self, details: grpc.HandlerCallDetails) -> Hashable:
        """How the call's tenant is found, the same for every call of one caller on one
        method: the tenant its token names, or one of OPEN (not a moderation call),
        BY_CERTIFICATE (when the handler runs) and REFUSED."""
        if not (details.method or "").startswith(PROTECTED_PREFIX):
            return OPEN
        tenants = self._tenants
        directory = tenants.directory
        if not directory.authenticates:  # open: everyone is the one configured tenant
            return DEFAULT_TENANT
        token = bearer_token(details.invocation_metadata or ())
        tenant = tenants.by_token(token) if token else None
        if tenant is not None:
            return tenant
        return BY_CERTIFICATE if directory.by_cert_name else REFUSED

    def behavior(
        self, handler: grpc.RpcMethodHandler[Any, Any], details: grpc.HandlerCallDetails
    ) -> Callable[..., Any]:
        """The handler's behavior, run as the caller's tenant, or refusing an unknown one."""
        behavior = _behavior(handler)
        found = self.resolution(details)
        if found is OPEN:
            return behavior
        streaming = handler.response_streaming
        if found is REFUSED:
            return _deny(streaming, UNKNOWN_CALLER)
        if isinstance(found, Tenant):
            return _as_known(behavior, found)
        # Only the call's context knows its certificate: resolve it when the handler runs.
        tenants = self._tenants
        return _as_tenant(
            behavior,
            streaming,
            lambda context: tenants.by_cert_names(certificate_names(context)),
        )
