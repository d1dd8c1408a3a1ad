"""Request decoding that turns malformed bytes into INVALID_ARGUMENT instead of UNKNOWN.

gRPC decodes a request before any handler runs; a message that is not valid
protobuf (or a string field with bad UTF-8) would otherwise fail the call with
a bare UNKNOWN. Here the decoder hands the handler an `Undecodable` marker, and
the handler answers the caller with a clear status.
"""

from __future__ import annotations

from collections.abc import Callable
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


def tolerant(parse: Callable[[bytes], M]) -> Callable[[bytes], M | Undecodable]:
    def decode(data: bytes) -> M | Undecodable:
        try:
            return parse(data)
        except DecodeError as exc:
            return Undecodable(str(exc) or "not a valid protobuf message")

    return decode


def add_to_server(servicer: Any, server: grpc.aio.Server) -> None:
    """Register the ModerationService handlers with tolerant request decoders."""
    handlers = {
        "Moderate": grpc.unary_unary_rpc_method_handler(
            servicer.Moderate,
            request_deserializer=tolerant(pb.ModerateRequest.FromString),
            response_serializer=pb.ModerateResponse.SerializeToString,
        ),
        "ModerateStream": grpc.stream_stream_rpc_method_handler(
            servicer.ModerateStream,
            request_deserializer=tolerant(pb.ModerateStreamRequest.FromString),
            response_serializer=pb.ModerateStreamResponse.SerializeToString,
        ),
        "ListPolicies": grpc.unary_unary_rpc_method_handler(
            servicer.ListPolicies,
            request_deserializer=tolerant(pb.ListPoliciesRequest.FromString),
            response_serializer=pb.ListPoliciesResponse.SerializeToString,
        ),
        "GetPolicy": grpc.unary_unary_rpc_method_handler(
            servicer.GetPolicy,
            request_deserializer=tolerant(pb.GetPolicyRequest.FromString),
            response_serializer=pb.GetPolicyResponse.SerializeToString,
        ),
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))
