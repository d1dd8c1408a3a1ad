"""moderation.v1 over HTTP/JSON, routed by the contract's own `google.api.http` annotations.

The routes are read from the service descriptor, so they are the paths an Envoy
gRPC-JSON transcoder or grpc-gateway would serve from the same proto. Bodies and
answers use the standard proto3 JSON mapping (lowerCamelCase names); a failure
is a `google.rpc.Status` in JSON, with the HTTP status of its code. Each call
runs the servicer's own handler as the caller's tenant, so admission, the
engine and the error mapping are those of gRPC.

Streaming RPCs use newline-delimited JSON (`application/x-ndjson`): a
client-streaming RPC reads one request message a line; a server-streaming RPC
answers one response message a line, and a failure after the first line ends
the stream with one last line `{"error": <google.rpc.Status>}`.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn, cast
from urllib.parse import unquote

import grpc
from aiohttp import web
from google.api import annotations_pb2, http_pb2
from google.protobuf import descriptor, json_format, message
from google.protobuf.message_factory import GetMessageClass
from google.rpc import error_details_pb2, status_pb2

from moderation.http.gate import (
    HTTP_STATUS,
    HttpProblem,
    Problem,
    bearer,
    deadline_from,
    read_json,
    retry_headers,
    tenant_for,
)
from moderation.http.state import RPC, STATE, HttpState
from moderation.transport.auth import acting_as
from moderation.transport.decoding import Undecodable
from moderation.v1 import moderation_pb2

SERVICE = moderation_pb2.DESCRIPTOR.services_by_name["ModerationService"]
NDJSON = "application/x-ndjson"
_STATUS_DETAILS_KEY = "grpc-status-details-bin"
_CODES = {c.value[0]: c for c in grpc.StatusCode}
VARIABLE = re.compile(r"\{([a-z_.]+)(?:=([^}]+))?\}")


@dataclass(frozen=True, slots=True)
class Route:
    """One RPC's HTTP binding: verb, path template and where the body goes."""

    method: descriptor.MethodDescriptor
    verb: str
    template: str
    body: str
    pattern: re.Pattern[str]

    @property
    def name(self) -> str:
        return self.method.name


def routes(service: descriptor.ServiceDescriptor = SERVICE) -> list[Route]:
    """The HTTP bindings of every annotated RPC of `service`."""
    found = []
    for method in service.methods:
        options = method.GetOptions()
        if not options.HasExtension(annotations_pb2.http):
            continue
        rule: http_pb2.HttpRule = options.Extensions[annotations_pb2.http]
        verb = rule.WhichOneof("pattern")
        if verb is None or verb == "custom":
            continue
        template = getattr(rule, verb)
        found.append(Route(method, verb.upper(), template, rule.body, _compile(template)))
    return found


def _compile(template: str) -> re.Pattern[str]:
    """A path template ("/v1/{name=jobs/*}:cancel") as a regex with one group per variable."""
    out, at = [], 0
    for match in VARIABLE.finditer(template):
        out.append(re.escape(template[at : match.start()]))
        segments = (match.group(2) or "*").split("/")
        inner = "/".join(
            ".+" if s == "**" else "[^/:]+" if s == "*" else re.escape(s) for s in segments
        )
        out.append(f"(?P<{match.group(1).replace('.', '__')}>{inner})")
        at = match.end()
    out.append(re.escape(template[at:]))
    return re.compile("".join(out))


class Aborted(Exception):
    """The servicer ended the call with a status (its `context.abort`)."""

    def __init__(self, code: grpc.StatusCode, details: str, trailing: Sequence[Any]) -> None:
        super().__init__(details)
        self.code, self.details, self.trailing = code, details, trailing

    def status(self) -> status_pb2.Status:
        """The rich google.rpc.Status the servicer sent, or a plain one of its code."""
        for key, value in self.trailing or ():
            if key == _STATUS_DETAILS_KEY and isinstance(value, bytes):
                return status_pb2.Status.FromString(value)
        return status_pb2.Status(code=self.code.value[0], message=self.details)


class _Context:
    """The part of a gRPC servicer context the handlers use: the deadline and abort."""

    def __init__(self, deadline: float | None) -> None:
        self._deadline = deadline

    def time_remaining(self) -> float | None:
        return None if self._deadline is None else self._deadline - time.monotonic()

    async def abort(
        self, code: grpc.StatusCode, details: str = "", trailing_metadata: Sequence[Any] = ()
    ) -> NoReturn:
        raise Aborted(code, details, trailing_metadata)


def status_response(
    status: status_pb2.Status, headers: dict[str, str] | None = None
) -> web.Response:
    code = _CODES.get(status.code, grpc.StatusCode.UNKNOWN)
    return web.Response(
        text=json_format.MessageToJson(status, indent=None),
        status=HTTP_STATUS[code],
        content_type="application/json",
        headers=headers,
    )


def problem_status(problem: HttpProblem) -> web.Response:
    headers = retry_headers(problem.retry_after)
    status = status_pb2.Status(code=problem.code.value[0], message=problem.message)
    response = status_response(status, headers)
    response.set_status(problem.status)
    return response


def _retry_after(status: status_pb2.Status) -> dict[str, str]:
    for detail in status.details:
        info = error_details_pb2.RetryInfo()
        if detail.Unpack(info):
            return retry_headers(info.retry_delay.ToMilliseconds() / 1000)
    return {}


def handler(route: Route) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """The aiohttp handler of one RPC's binding."""
    request_class = GetMessageClass(route.method.input_type)

    async def handle(request: web.Request) -> web.StreamResponse:
        request[RPC] = route.name
        state: HttpState = request.app[STATE]
        try:
            tenant = tenant_for(state.tenants, bearer(request.headers))
        except HttpProblem as problem:
            return problem_status(problem)
        try:
            with acting_as(tenant):
                return await _call(request, route, state, request_class)
        except Aborted as aborted:
            status = aborted.status()
            return status_response(status, _retry_after(status))
        except HttpProblem as problem:
            return problem_status(problem)

    return handle


async def _call(
    request: web.Request, route: Route, state: HttpState, cls: type[message.Message]
) -> web.StreamResponse:
    """The servicer's own handler of `route`, with the request as its message(s)."""
    context = cast(Any, _Context(deadline_from(request.headers)))
    behavior = getattr(state.servicer, route.name)
    if route.method.client_streaming:
        argument: Any = _stream_of(request, cls, state.max_body_bytes)
    else:
        argument = await _message(request, route, cls)
    if route.method.server_streaming:
        return await _stream_answer(request, behavior(argument, context))
    answer: message.Message = await behavior(argument, context)
    return web.Response(
        text=json_format.MessageToJson(answer, indent=None), content_type="application/json"
    )


async def _message(request: web.Request, route: Route, cls: type[message.Message]) -> Any:
    """The request message from the body (when the rule has one), path and query."""
    out = cls()
    fields: dict[str, Any] = {}
    if route.body and request.can_read_body:
        body = await read_json(request)
        if not isinstance(body, dict):
            raise _bad("the request body must be a JSON object")
        if route.body == "*":
            fields.update(body)
        else:  # the body is one field (AIP-133's resource), the rest comes in the query
            fields[route.body] = body
    for key, value in request.query.items():
        fields[key] = _query_value(out, key, value)
    match = route.pattern.fullmatch(path_of(request))
    if match is not None:
        for key, value in match.groupdict().items():
            fields[key.replace("__", ".")] = value
    try:
        json_format.ParseDict(fields, out)
    except json_format.ParseError as exc:
        raise _bad(str(exc)) from None
    return out


def path_of(request: web.Request) -> str:
    """The request's path with escapes undone ("jobs%2Fabc" is "jobs/abc", as a client
    encoding a resource name as one path parameter sends it)."""
    return unquote(request.raw_path.partition("?")[0])


def _query_value(out: message.Message, key: str, value: str) -> Any:
    field = out.DESCRIPTOR.fields_by_name.get(key) or next(
        (f for f in out.DESCRIPTOR.fields if f.json_name == key), None
    )
    if field is not None and field.type == descriptor.FieldDescriptor.TYPE_BOOL:
        return value.lower() in {"true", "1"}
    return value


async def _lines(request: web.Request, max_line: int) -> AsyncIterator[bytes]:
    """The body's lines as they arrive; one longer than `max_line` bytes is TOO_LARGE."""
    pending = b""
    async for chunk in request.content.iter_any():
        *lines, pending = (pending + chunk).split(b"\n")
        for line in [*lines, pending]:
            if len(line) > max_line:
                raise HttpProblem(
                    Problem.TOO_LARGE, f"a line of the request is longer than {max_line} bytes"
                )
        for line in lines:
            yield line
    yield pending


async def _stream_of(
    request: web.Request, cls: type[message.Message], max_line: int
) -> AsyncIterator[Any]:
    """Request messages, one JSON object a line of the body (each at most `max_line` bytes).

    A line that is not a valid message reaches the handler as `Undecodable`, as an
    undecodable gRPC stream message does: that message gets a per-item error and the
    stream goes on.
    """
    async for line in _lines(request, max_line):
        text = line.strip()
        if not text:
            continue
        out = cls()
        try:
            json_format.Parse(text, out)
        except (json_format.ParseError, UnicodeDecodeError) as exc:
            yield Undecodable(f"not a valid {cls.DESCRIPTOR.name} in JSON: {exc}")
            continue
        yield out


async def _stream_answer(request: web.Request, answers: AsyncIterator[Any]) -> web.StreamResponse:
    """Answer messages as NDJSON; a failure before the first line is an ordinary error."""
    response: web.StreamResponse | None = None
    try:
        async for answer in answers:
            if response is None:
                response = web.StreamResponse(headers={"Content-Type": NDJSON})
                await response.prepare(request)
            line = json_format.MessageToJson(answer, indent=None) + "\n"
            await response.write(line.encode())
    except (Aborted, HttpProblem) as exc:
        if response is None:
            raise
        status = (
            exc.status()
            if isinstance(exc, Aborted)
            else status_pb2.Status(code=exc.code.value[0], message=exc.message)
        )
        error = {"error": json_format.MessageToDict(status)}
        await response.write((json.dumps(error) + "\n").encode())
    if response is None:
        response = web.StreamResponse(headers={"Content-Type": NDJSON})
        await response.prepare(request)
    await response.write_eof()
    return response


def _bad(message_text: str) -> HttpProblem:
    return HttpProblem(Problem.BAD_INPUT, message_text)
