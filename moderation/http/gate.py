"""What every HTTP surface shares with gRPC: who calls, until when, and admission.

The OpenAI and Perspective shims and the JSON form of moderation.v1 all come
through here, so an HTTP caller is the same tenant (the same tokens), is held
to the same in-flight limits and is refused for load the same way as a gRPC
caller of `Moderate`.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import grpc
from aiohttp import web

from moderation.domain import ErrorCode, Item, ItemError, Outcome
from moderation.errors import InvalidArgument, ModerationError, Overloaded, UpstreamUnavailable
from moderation.http.state import RPC, STATE, HttpState
from moderation.tenants import DEFAULT_TENANT, Tenant, Tenants
from moderation.transport.auth import acting_as
from moderation.transport.servicer import ModerationServicer

# Deadline headers: our own, and the one the official OpenAI SDKs send with their timeout.
TIMEOUT_HEADERS = ("x-request-timeout", "x-stainless-timeout")
POLICY_HEADER = "x-moderation-policy"

# The standard mapping of gRPC codes to HTTP statuses (google/rpc/code.proto).
HTTP_STATUS = {
    grpc.StatusCode.OK: 200,
    grpc.StatusCode.CANCELLED: 499,
    grpc.StatusCode.UNKNOWN: 500,
    grpc.StatusCode.INVALID_ARGUMENT: 400,
    grpc.StatusCode.DEADLINE_EXCEEDED: 504,
    grpc.StatusCode.NOT_FOUND: 404,
    grpc.StatusCode.ALREADY_EXISTS: 409,
    grpc.StatusCode.PERMISSION_DENIED: 403,
    grpc.StatusCode.RESOURCE_EXHAUSTED: 429,
    grpc.StatusCode.FAILED_PRECONDITION: 400,
    grpc.StatusCode.ABORTED: 409,
    grpc.StatusCode.OUT_OF_RANGE: 400,
    grpc.StatusCode.UNIMPLEMENTED: 501,
    grpc.StatusCode.INTERNAL: 500,
    grpc.StatusCode.UNAVAILABLE: 503,
    grpc.StatusCode.DATA_LOSS: 500,
    grpc.StatusCode.UNAUTHENTICATED: 401,
}
# For metrics: the code an HTTP status stands for, so HTTP calls sit in rpc_duration_seconds
# beside gRPC ones.
CODE_OF_STATUS = {
    200: grpc.StatusCode.OK,
    400: grpc.StatusCode.INVALID_ARGUMENT,
    401: grpc.StatusCode.UNAUTHENTICATED,
    403: grpc.StatusCode.PERMISSION_DENIED,
    404: grpc.StatusCode.NOT_FOUND,
    405: grpc.StatusCode.UNIMPLEMENTED,
    409: grpc.StatusCode.ABORTED,
    413: grpc.StatusCode.RESOURCE_EXHAUSTED,
    415: grpc.StatusCode.INVALID_ARGUMENT,
    429: grpc.StatusCode.RESOURCE_EXHAUSTED,
    499: grpc.StatusCode.CANCELLED,
    501: grpc.StatusCode.UNIMPLEMENTED,
    503: grpc.StatusCode.UNAVAILABLE,
    504: grpc.StatusCode.DEADLINE_EXCEEDED,
}


class Problem(StrEnum):
    """Kinds of HTTP-level failure, each rendered in the peer's own error format."""

    BAD_KEY = "bad_key"
    BAD_INPUT = "bad_input"
    TOO_LARGE = "too_large"
    OVERLOADED = "overloaded"
    UNAVAILABLE = "unavailable"
    DEADLINE = "deadline"
    INTERNAL = "internal"


_PROBLEM_CODE = {
    Problem.BAD_KEY: grpc.StatusCode.UNAUTHENTICATED,
    Problem.BAD_INPUT: grpc.StatusCode.INVALID_ARGUMENT,
    Problem.TOO_LARGE: grpc.StatusCode.RESOURCE_EXHAUSTED,
    Problem.OVERLOADED: grpc.StatusCode.RESOURCE_EXHAUSTED,
    Problem.UNAVAILABLE: grpc.StatusCode.UNAVAILABLE,
    Problem.DEADLINE: grpc.StatusCode.DEADLINE_EXCEEDED,
    Problem.INTERNAL: grpc.StatusCode.INTERNAL,
}


@dataclass(eq=False)
class HttpProblem(Exception):
    """A refused or failed HTTP call; `param` names the request field at fault, if any."""

    kind: Problem
    message: str
    param: str = ""
    retry_after: float = 0.0

    @property
    def code(self) -> grpc.StatusCode:
        return _PROBLEM_CODE[self.kind]

    @property
    def status(self) -> int:
        return 413 if self.kind is Problem.TOO_LARGE else HTTP_STATUS[self.code]

    def __str__(self) -> str:
        return self.message


async def answer_json(
    request: web.Request,
    method: str,
    answer: Callable[[web.Request, HttpState], Awaitable[dict[str, Any]]],
    error_response: Callable[[HttpProblem], web.Response],
) -> web.Response:
    """A peer-compatible route: its answer as JSON, or its problem in the peer's error format;
    `method` names the call in metrics and traces."""
    request[RPC] = method
    try:
        return web.json_response(await answer(request, request.app[STATE]))
    except HttpProblem as problem:
        return error_response(problem)


def retry_headers(seconds: float) -> dict[str, str]:
    """`Retry-After` in whole seconds (at least 1), or nothing when there is no delay."""
    return {"Retry-After": str(max(1, round(seconds)))} if seconds else {}


def bearer(headers: Mapping[str, str]) -> str:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def tenant_for(tenants: Tenants, token: str) -> Tenant:
    """The caller of a token, as the gRPC edge resolves it; BAD_KEY for one nobody knows."""
    if not tenants.directory.authenticates:
        return DEFAULT_TENANT
    tenant = tenants.by_token(token) if token else None
    if tenant is None:
        raise HttpProblem(Problem.BAD_KEY, "missing or invalid API key")
    return tenant


def deadline_from(headers: Mapping[str, str]) -> float | None:
    """An absolute monotonic deadline from a timeout header in seconds, or None."""
    for name in TIMEOUT_HEADERS:
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value)
        except ValueError:
            continue
        if math.isfinite(seconds) and seconds > 0:
            return time.monotonic() + seconds
    return None


async def moderate(
    servicer: ModerationServicer,
    tenant: Tenant,
    items: Sequence[Item],
    policy_id: str,
    deadline: float | None,
    method: str,
    store: bool = True,
) -> list[Outcome]:
    """`Moderate` as the servicer runs it (admission, engine, refusals counted and logged).

    Raises the engine's errors (InvalidArgument, PolicyNotFound, Overloaded) for the
    caller to render, and HttpProblem when every item failed for want of a judge or of time.
    """
    with acting_as(tenant):  # its log lines and span name the tenant, as on gRPC
        return await _moderate(servicer, tenant, items, policy_id, deadline, method, store)


async def _moderate(
    servicer: ModerationServicer,
    tenant: Tenant,
    items: Sequence[Item],
    policy_id: str,
    deadline: float | None,
    method: str,
    store: bool,
) -> list[Outcome]:
    engine, admission = servicer.engine, servicer.admission
    held = (len(items), sum(i.size_bytes() for i in items))
    try:
        admission.admit(tenant, *held)
    except Overloaded as exc:
        engine.metrics.tenant_refused.labels(tenant.id).inc()
        servicer.note_overload(str(exc), method)
        raise
    try:
        outcomes = await engine.moderate(items, policy_id, deadline, tenant, store)
    except Overloaded as exc:
        engine.metrics.tenant_refused.labels(tenant.id).inc()
        servicer.note_overload(str(exc), method)
        raise
    finally:
        admission.release(tenant, *held)
    failed = {o.code for o in outcomes if isinstance(o, ItemError)}
    if outcomes and len(failed) == 1 and all(isinstance(o, ItemError) for o in outcomes):
        first = outcomes[0]
        assert isinstance(first, ItemError)
        if first.code is ErrorCode.UNAVAILABLE:
            raise HttpProblem(Problem.UNAVAILABLE, first.message, retry_after=1.0)
        if first.code is ErrorCode.DEADLINE_EXCEEDED:
            raise HttpProblem(Problem.DEADLINE, first.message)
    return outcomes


def problem_for(exc: ModerationError) -> HttpProblem:
    """The engine's errors in HTTP's terms (the same split as `status.error_code`)."""
    if isinstance(exc, InvalidArgument):
        field = exc.violations[0].field if exc.violations else ""
        return HttpProblem(Problem.BAD_INPUT, str(exc), field)
    if isinstance(exc, Overloaded):
        return HttpProblem(Problem.OVERLOADED, str(exc), retry_after=exc.retry_after)
    if isinstance(exc, UpstreamUnavailable):
        return HttpProblem(Problem.UNAVAILABLE, str(exc), retry_after=1.0)
    return HttpProblem(Problem.INTERNAL, str(exc))


async def read_json(request: web.Request) -> Any:
    """The request body as JSON; TOO_LARGE beyond the server's body limit, BAD_INPUT if not JSON."""
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise HttpProblem(
            Problem.TOO_LARGE, "the request body is larger than the server accepts"
        ) from None
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise HttpProblem(Problem.BAD_INPUT, "the request body is not valid JSON") from None
