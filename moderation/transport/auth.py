"""Identity at the edge: every moderation RPC learns its tenant here, once.

A caller is known by its bearer token (``authorization: Bearer <token>``) or,
over mTLS, by a name in its client certificate that the tenants file lists.
The tenant is set for the call's handler (`caller()`), which passes it on
explicitly with every item; a caller nobody knows gets UNAUTHENTICATED before
its handler runs. Health checks and reflection stay open, so Kubernetes probes
and tooling work without a token. With no tokens configured at all, every
caller is the tenant `default`.
"""

from __future__ import annotations

import contextvars
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

import grpc

from moderation.tenants import DEFAULT_TENANT, Tenant, Tenants

PROTECTED_PREFIX = "/moderation.v1.ModerationService/"
UNKNOWN_CALLER = "missing or invalid bearer token"
# The certificate fields gRPC puts in a TLS call's auth context that may name a tenant.
_CERT_NAME_KEYS = ("x509_common_name", "x509_subject_alternative_name")

_caller: contextvars.ContextVar[Tenant] = contextvars.ContextVar("tenant", default=DEFAULT_TENANT)


def caller() -> Tenant:
    """The tenant of the call whose handler is running (`default` when none is configured)."""
    return _caller.get()


def act_as(tenant: Tenant) -> contextvars.Token[Tenant]:
    """Make `tenant` the caller of the running task (an HTTP request resolved at its own edge)."""
    return _caller.set(tenant)


def stop_acting(token: contextvars.Token[Tenant]) -> None:
    _caller.reset(token)


def _factory(handler: grpc.RpcMethodHandler[Any, Any]) -> Callable[..., Any]:
    if handler.request_streaming and handler.response_streaming:
        return grpc.stream_stream_rpc_method_handler
    if handler.request_streaming:
        return grpc.stream_unary_rpc_method_handler
    if handler.response_streaming:
        return grpc.unary_stream_rpc_method_handler
    return grpc.unary_unary_rpc_method_handler


def _behavior(handler: grpc.RpcMethodHandler[Any, Any]) -> Callable[..., Any]:
    return (
        handler.unary_unary or handler.unary_stream or handler.stream_unary or handler.stream_stream  # type: ignore[return-value]
    )


def _deny(
    handler: grpc.RpcMethodHandler[Any, Any], message: str
) -> grpc.RpcMethodHandler[Any, Any]:
    """A handler of the same shape as `handler` that only answers UNAUTHENTICATED."""

    async def refuse(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        await context.abort(grpc.StatusCode.UNAUTHENTICATED, message)

    async def refuse_stream(
        request: Any, context: grpc.aio.ServicerContext[Any, Any]
    ) -> AsyncIterator[Any]:
        # An async generator, like every streaming handler: interceptors iterate it.
        await context.abort(grpc.StatusCode.UNAUTHENTICATED, message)
        yield  # pragma: no cover - abort raises

    out: grpc.RpcMethodHandler[Any, Any] = _factory(handler)(
        refuse_stream if handler.response_streaming else refuse
    )
    return out


def _as_tenant(
    handler: grpc.RpcMethodHandler[Any, Any],
    resolve: Callable[[grpc.aio.ServicerContext[Any, Any]], Tenant | None],
) -> grpc.RpcMethodHandler[Any, Any]:
    """`handler` run as the tenant `resolve` finds for the call, or UNAUTHENTICATED."""
    behavior = _behavior(handler)

    async def call(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        tenant = resolve(context)
        if tenant is None:
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, UNKNOWN_CALLER)
        _caller.set(tenant)
        return await behavior(request, context)

    async def call_stream(
        request: Any, context: grpc.aio.ServicerContext[Any, Any]
    ) -> AsyncIterator[Any]:
        tenant = resolve(context)
        if tenant is None:
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, UNKNOWN_CALLER)
        _caller.set(tenant)  # the call's own task: no reset needed when it ends
        async for response in behavior(request, context):
            yield response

    out: grpc.RpcMethodHandler[Any, Any] = _factory(handler)(
        call_stream if handler.response_streaming else call,
        request_deserializer=handler.request_deserializer,
        response_serializer=handler.response_serializer,
    )
    return out


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


if TYPE_CHECKING:
    _Interceptor = grpc.aio.ServerInterceptor[Any, Any]
else:  # not subscriptable at run time
    _Interceptor = grpc.aio.ServerInterceptor


class IdentityInterceptor(_Interceptor):
    """Resolves each moderation call's tenant from its token or client certificate."""

    def __init__(self, tenants: Tenants) -> None:
        self._tenants = tenants

    async def intercept_service(
        self,
        continuation: Callable[
            [grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler[Any, Any]]
        ],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any]:
        handler = await continuation(handler_call_details)
        method = handler_call_details.method or ""
        if handler is None or not method.startswith(PROTECTED_PREFIX):
            return handler
        tenants = self._tenants
        directory = tenants.directory
        if not directory.authenticates:
            return handler  # open: everyone is the one configured tenant
        token = bearer_token(handler_call_details.invocation_metadata or ())
        tenant = tenants.by_token(token) if token else None
        if tenant is not None:
            return _as_tenant(handler, lambda _context: tenant)
        if not directory.by_cert_name:
            return _deny(handler, UNKNOWN_CALLER)
        # Only the call's context knows its certificate: resolve it when the handler runs.
        return _as_tenant(
            handler, lambda context: tenants.by_cert_names(certificate_names(context))
        )
