"""Request decoding that turns malformed bytes into INVALID_ARGUMENT instead of UNKNOWN.

gRPC decodes a request before any handler runs; a message that is not valid
protobuf (or a string field with bad UTF-8) would otherwise fail the call with
a bare UNKNOWN. Here the decoder hands the handler an `Undecodable` marker, and
the handler answers the caller with INVALID_ARGUMENT and a google.rpc.BadRequest
naming the field at fault where the bytes show it (`locate_fault`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn

import grpc
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import DecodeError, Message

from moderation.errors import FieldViolation
from moderation.transport.status import bad_request
from moderation.v1 import moderation_pb2 as pb

if TYPE_CHECKING:
    from moderation.transport.telemetry import Edge

SERVICE = "moderation.v1.ModerationService"


@dataclass(frozen=True, slots=True)
class Undecodable:
    """A request message that could not be decoded, and why."""

    reason: str
    field: str = ""

    def message(self) -> str:
        where = f"{self.field}: " if self.field else ""
        return f"malformed request message: {where}{self.reason}"

    def violation(self) -> FieldViolation:
        return FieldViolation(self.field, self.reason)


def tolerant(message_type: type[Message]) -> Callable[[bytes], Any]:
    """A deserializer that answers `Undecodable` (with the field, if found) instead of raising."""

    def decode(data: bytes) -> Any:
        try:
            return message_type.FromString(data)
        except DecodeError as exc:
            found = locate_fault(_of(message_type.DESCRIPTOR), data)
            if found is not None:
                return Undecodable(found[1], found[0])
            return Undecodable(str(exc) or "not a valid protobuf message")

    return decode


def _of(descriptor: object) -> Descriptor:
    """The descriptor as the stubs' pure-Python type (the upb one behaves the same)."""
    assert descriptor is not None
    return descriptor  # type: ignore[return-value]


class _Truncated(Exception):
    pass


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise _Truncated
        byte = data[pos]
        value |= (byte & 0x7F) << shift
        pos, shift = pos + 1, shift + 7
        if not byte & 0x80:
            return value, pos


def locate_fault(descriptor: Descriptor, data: bytes, prefix: str = "") -> tuple[str, str] | None:
    """The path (e.g. `items[0].text`) and reason of the first fault in undecodable bytes.

    protobuf's DecodeError does not say which field failed; walking the wire format
    once more, only on this error path, lets the caller see which of its fields to fix.
    None when no single field is at fault (the bytes are not protobuf at all).
    """
    pos, seen = 0, dict[int, int]()
    while pos < len(data):
        try:
            key, pos = _varint(data, pos)
        except _Truncated:
            return None
        number, wire = key >> 3, key & 7
        field = descriptor.fields_by_number.get(number)
        path = prefix + (field.name if field else str(number))
        if field is not None and field.is_repeated:
            index = seen.get(number, 0)
            seen[number] = index + 1
            path = f"{path}[{index}]"
        try:
            if wire == 0:
                _, pos = _varint(data, pos)
            elif wire in (1, 5):
                pos += 8 if wire == 1 else 4
                if pos > len(data):
                    raise _Truncated
            elif wire == 2:
                size, pos = _varint(data, pos)
                chunk, pos = data[pos : pos + size], pos + size
                if pos > len(data):
                    raise _Truncated
                if field is not None and field.type == FieldDescriptor.TYPE_STRING:
                    chunk.decode("utf-8")
                elif field is not None and field.type == FieldDescriptor.TYPE_MESSAGE:
                    inner = locate_fault(_of(field.message_type), chunk, path + ".")
                    if inner is not None:
                        return inner
            else:
                return (path, f"unsupported wire type {wire}") if field else None
        except _Truncated:
            return path, "truncated"
        except UnicodeDecodeError:
            return path, "not valid UTF-8"
    return None


async def refuse(request: Undecodable, context: grpc.aio.ServicerContext[Any, Any]) -> NoReturn:
    """INVALID_ARGUMENT with a BadRequest naming the field that could not be decoded."""
    status = bad_request(request.message(), [request.violation()])
    await context.abort(status.code, status.details, status.trailing_metadata)


def _refusing(behaviour: Callable[[Any, Any], Awaitable[Any]]) -> Callable[[Any, Any], Any]:
    """A unary handler that answers an undecodable request before the servicer sees it."""

    async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        if isinstance(request, Undecodable):
            await refuse(request, context)
        return await behaviour(request, context)

    return handle


def _refusing_stream(
    behaviour: Callable[[Any, Any], AsyncIterator[Any]],
) -> Callable[[Any, Any], AsyncIterator[Any]]:
    """A server-streaming handler that answers an undecodable request before the servicer."""

    async def handle(
        request: Any, context: grpc.aio.ServicerContext[Any, Any]
    ) -> AsyncIterator[Any]:
        if isinstance(request, Undecodable):
            await refuse(request, context)
        async for response in behaviour(request, context):
            yield response

    return handle


def as_is_or(serialize: Callable[[Any], bytes]) -> Callable[[Any], bytes]:
    """A response serializer that sends a response serialized beforehand as it is."""

    def serialized(response: Any) -> bytes:
        return response if response.__class__ is bytes else serialize(response)

    return serialized


def add_to_server(servicer: Any, server: grpc.aio.Server | Edge) -> None:
    """Register the ModerationService handlers with tolerant request decoders.

    Unary calls with an undecodable request are refused here; on a stream the
    servicer gets the marker and answers that one message with a per-item error.
    """

    def unary(
        behaviour: Callable[[Any, Any], Awaitable[Any]],
        request_type: type[Message],
        serialize: Callable[[Any], bytes],
    ) -> grpc.RpcMethodHandler[Any, Any]:
        return grpc.unary_unary_rpc_method_handler(
            _refusing(behaviour),
            request_deserializer=tolerant(request_type),
            response_serializer=serialize,
        )

    handlers = {
        # The servicer refuses an undecodable request itself here: no wrapper around its
        # busiest handler (a cache hit's cost is mostly such layers).
        "Moderate": grpc.unary_unary_rpc_method_handler(
            servicer.moderate,
            request_deserializer=tolerant(pb.ModerateRequest),
            response_serializer=as_is_or(pb.ModerateResponse.SerializeToString),
        ),
        "ModerateStream": grpc.stream_stream_rpc_method_handler(
            servicer.moderate_stream,
            request_deserializer=tolerant(pb.ModerateStreamRequest),
            response_serializer=as_is_or(pb.ModerateStreamResponse.SerializeToString),
        ),
        "ListPolicies": unary(
            servicer.ListPolicies,
            pb.ListPoliciesRequest,
            pb.ListPoliciesResponse.SerializeToString,
        ),
        "GetPolicy": unary(
            servicer.GetPolicy,
            pb.GetPolicyRequest,
            pb.GetPolicyResponse.SerializeToString,
        ),
        "GetUsage": unary(
            servicer.GetUsage,
            pb.GetUsageRequest,
            pb.GetUsageResponse.SerializeToString,
        ),
        "CreateJob": unary(
            servicer.CreateJob,
            pb.CreateJobRequest,
            pb.CreateJobResponse.SerializeToString,
        ),
        "UploadJob": grpc.stream_unary_rpc_method_handler(
            servicer.UploadJob,
            request_deserializer=tolerant(pb.UploadJobRequest),
            response_serializer=pb.UploadJobResponse.SerializeToString,
        ),
        "GetJob": unary(servicer.GetJob, pb.GetJobRequest, pb.GetJobResponse.SerializeToString),
        "ListJobs": unary(
            servicer.ListJobs,
            pb.ListJobsRequest,
            pb.ListJobsResponse.SerializeToString,
        ),
        "CancelJob": unary(
            servicer.CancelJob,
            pb.CancelJobRequest,
            pb.CancelJobResponse.SerializeToString,
        ),
        "DeleteJob": unary(
            servicer.DeleteJob,
            pb.DeleteJobRequest,
            pb.DeleteJobResponse.SerializeToString,
        ),
        "ReadJobResults": grpc.unary_stream_rpc_method_handler(
            _refusing_stream(servicer.ReadJobResults),
            request_deserializer=tolerant(pb.ReadJobResultsRequest),
            response_serializer=pb.ReadJobResultsResponse.SerializeToString,
        ),
        "CreateBlocklist": unary(
            servicer.CreateBlocklist,
            pb.CreateBlocklistRequest,
            pb.CreateBlocklistResponse.SerializeToString,
        ),
        "GetBlocklist": unary(
            servicer.GetBlocklist,
            pb.GetBlocklistRequest,
            pb.GetBlocklistResponse.SerializeToString,
        ),
        "ListBlocklists": unary(
            servicer.ListBlocklists,
            pb.ListBlocklistsRequest,
            pb.ListBlocklistsResponse.SerializeToString,
        ),
        "DeleteBlocklist": unary(
            servicer.DeleteBlocklist,
            pb.DeleteBlocklistRequest,
            pb.DeleteBlocklistResponse.SerializeToString,
        ),
        "AddBlocklistItems": unary(
            servicer.AddBlocklistItems,
            pb.AddBlocklistItemsRequest,
            pb.AddBlocklistItemsResponse.SerializeToString,
        ),
        "GetShadowReport": unary(
            servicer.GetShadowReport,
            pb.GetShadowReportRequest,
            pb.GetShadowReportResponse.SerializeToString,
        ),
        "PromoteShadowPolicy": unary(
            servicer.PromoteShadowPolicy,
            pb.PromoteShadowPolicyRequest,
            pb.PromoteShadowPolicyResponse.SerializeToString,
        ),
        "RemoveBlocklistItems": unary(
            servicer.RemoveBlocklistItems,
            pb.RemoveBlocklistItemsRequest,
            pb.RemoveBlocklistItemsResponse.SerializeToString,
        ),
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))
