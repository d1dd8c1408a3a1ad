"""Request decoding that turns malformed bytes into INVALID_ARGUMENT instead of UNKNOWN.

gRPC decodes a request before any handler runs; a message that is not valid
protobuf (or a string field with bad UTF-8) would otherwise fail the call with
a bare UNKNOWN. Here the decoder hands the handler an `Undecodable` marker, and
the handler answers the caller with a clear status.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import grpc
from google.protobuf.message import DecodeError

from moderation.v1 import moderation_pb2 as pb

M = TypeVar("M")
SERVICE = "moderation.v1.ModerationService"


@dataclass(frozen=True, slots=True)
class Undecodable:
    """A request message that could not be decoded, and why."""

    reason: str

    def message(self) -> str:
        return f"malformed request message: {self.reason}"


def tolerant(parse: Callable[[bytes], M]) -> Callable[[bytes], M | Undecodable]:
    def decode(data: bytes) -> M | Undecodable:
        try:
            return parse(data)
        except DecodeError as exc:
            return Undecodable(str(exc) or "not a valid protobuf message")

    return decode


def _refusing(behaviour: Callable[[Any, Any], Awaitable[Any]]) -> Callable[[Any, Any], Any]:
    """A unary handler that answers an undecodable request before the servicer sees it."""

    async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        if isinstance(request, Undecodable):
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, request.message())
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
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, request.message())
        async for response in behaviour(request, context):
            yield response

    return handle


def add_to_server(servicer: Any, server: grpc.aio.Server) -> None:
    """Register the ModerationService handlers with tolerant request decoders.

    Unary calls with an undecodable request are refused here; on a stream the
    servicer gets the marker and answers that one message with a per-item error.
    """

    def unary(
        behaviour: Callable[[Any, Any], Awaitable[Any]],
        parse: Callable[[bytes], Any],
        serialize: Callable[[Any], bytes],
    ) -> grpc.RpcMethodHandler[Any, Any]:
        return grpc.unary_unary_rpc_method_handler(
            _refusing(behaviour),
            request_deserializer=tolerant(parse),
            response_serializer=serialize,
        )

    handlers = {
        "Moderate": unary(
            servicer.Moderate, pb.ModerateRequest.FromString, pb.ModerateResponse.SerializeToString
        ),
        "ModerateStream": grpc.stream_stream_rpc_method_handler(
            servicer.ModerateStream,
            request_deserializer=tolerant(pb.ModerateStreamRequest.FromString),
            response_serializer=pb.ModerateStreamResponse.SerializeToString,
        ),
        "ListPolicies": unary(
            servicer.ListPolicies,
            pb.ListPoliciesRequest.FromString,
            pb.ListPoliciesResponse.SerializeToString,
        ),
        "GetPolicy": unary(
            servicer.GetPolicy,
            pb.GetPolicyRequest.FromString,
            pb.GetPolicyResponse.SerializeToString,
        ),
    }
    handlers.update(
        {
            "CreateJob": unary(
                servicer.CreateJob,
                pb.CreateJobRequest.FromString,
                pb.CreateJobResponse.SerializeToString,
            ),
            "UploadJob": grpc.stream_unary_rpc_method_handler(
                servicer.UploadJob,
                request_deserializer=tolerant(pb.UploadJobRequest.FromString),
                response_serializer=pb.UploadJobResponse.SerializeToString,
            ),
            "GetJob": unary(
                servicer.GetJob, pb.GetJobRequest.FromString, pb.GetJobResponse.SerializeToString
            ),
            "ListJobs": unary(
                servicer.ListJobs,
                pb.ListJobsRequest.FromString,
                pb.ListJobsResponse.SerializeToString,
            ),
            "CancelJob": unary(
                servicer.CancelJob,
                pb.CancelJobRequest.FromString,
                pb.CancelJobResponse.SerializeToString,
            ),
            "ReadJobResults": grpc.unary_stream_rpc_method_handler(
                _refusing_stream(servicer.ReadJobResults),
                request_deserializer=tolerant(pb.ReadJobResultsRequest.FromString),
                response_serializer=pb.ReadJobResultsResponse.SerializeToString,
            ),
        }
    )
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))
