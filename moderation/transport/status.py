"""Rich gRPC statuses: a code, a message, and google.rpc details callers can parse."""

from __future__ import annotations

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from moderation.errors import FieldViolation


def bad_request(message: str, violations: list[FieldViolation]) -> grpc.Status:
    """INVALID_ARGUMENT with a google.rpc.BadRequest listing each field at fault."""
    detail = any_pb2.Any()
    detail.Pack(
        error_details_pb2.BadRequest(
            field_violations=[
                error_details_pb2.BadRequest.FieldViolation(
                    field=v.field, description=v.description
                )
                for v in violations
            ]
        )
    )
    return rpc_status.to_status(
        status_pb2.Status(code=code_pb2.INVALID_ARGUMENT, message=message, details=[detail])
    )


def with_retry_info(code: int, message: str, retry_after_seconds: float) -> grpc.Status:
    """A status (RESOURCE_EXHAUSTED, UNAVAILABLE) telling the caller when to retry."""
    detail = any_pb2.Any()
    info = error_details_pb2.RetryInfo()
    info.retry_delay.FromMilliseconds(int(retry_after_seconds * 1000))
    detail.Pack(info)
    return rpc_status.to_status(status_pb2.Status(code=code, message=message, details=[detail]))
