"""Rich gRPC statuses: a code, a message, and google.rpc details callers can parse."""

from __future__ import annotations

from dataclasses import dataclass

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from moderation.domain import ErrorCode, ItemError
from moderation.errors import (
    FieldViolation,
    InvalidArgument,
    ModerationError,
    Overloaded,
    UpstreamUnavailable,
)
from moderation.transport.convert import GRPC_CODES

# Trailing metadata that gRPC's built-in retry reads as "wait this many ms before retrying".
RETRY_PUSHBACK_KEY = "grpc-retry-pushback-ms"


# Bytes of google.rpc.BadRequest a status carries: with its message, base64 and the
# grpc-message header it stays under the 8 KiB of trailing metadata clients accept.
BAD_REQUEST_BYTES = 3072


def bad_request(message: str, violations: list[FieldViolation]) -> grpc.Status:
    """INVALID_ARGUMENT with a google.rpc.BadRequest listing each field at fault.

    As many fields as fit in BAD_REQUEST_BYTES are listed, in request order; the message
    says how many were left out.
    """
    bad = error_details_pb2.BadRequest()
    for v in violations:
        bad.field_violations.add(field=v.field, description=v.description)
        if bad.ByteSize() > BAD_REQUEST_BYTES and len(bad.field_violations) > 1:
            del bad.field_violations[-1]
            break
    listed = len(bad.field_violations)
    if listed < len(violations):
        message = f"{message} ({len(violations)} fields at fault; the first {listed} are listed)"
    detail = any_pb2.Any()
    detail.Pack(bad)
    return rpc_status.to_status(
        status_pb2.Status(code=code_pb2.INVALID_ARGUMENT, message=message, details=[detail])
    )


@dataclass(frozen=True, slots=True)
class _Status(grpc.Status):
    code: grpc.StatusCode
    details: str
    trailing_metadata: tuple[tuple[str, str | bytes], ...]


# The type named in ResourceInfo details, as google.rpc suggests: the resource's proto type.
POLICY_RESOURCE = "type.googleapis.com/moderation.v1.Policy"
JOB_RESOURCE = "type.googleapis.com/moderation.v1.Job"
TENANT_RESOURCE = "type.googleapis.com/moderation.v1.TenantUsage"
RESOURCE_NAME_CHARS = 256


def not_found(message: str, resource_type: str, resource_name: str) -> grpc.Status:
    """NOT_FOUND with a google.rpc.ResourceInfo, so callers see which resource is missing.

    A name longer than any the service gives out is cut short, as its message quotes it.
    """
    detail = any_pb2.Any()
    detail.Pack(
        error_details_pb2.ResourceInfo(
            resource_type=resource_type,
            resource_name=resource_name[:RESOURCE_NAME_CHARS],
            description=message,
        )
    )
    return rpc_status.to_status(
        status_pb2.Status(code=code_pb2.NOT_FOUND, message=message, details=[detail])
    )


def failed_precondition(message: str, kind: str, subject: str) -> grpc.Status:
    """FAILED_PRECONDITION with a google.rpc.PreconditionFailure naming what is in the way."""
    detail = any_pb2.Any()
    detail.Pack(
        error_details_pb2.PreconditionFailure(
            violations=[
                error_details_pb2.PreconditionFailure.Violation(
                    type=kind, subject=subject, description=message
                )
            ]
        )
    )
    return rpc_status.to_status(
        status_pb2.Status(code=code_pb2.FAILED_PRECONDITION, message=message, details=[detail])
    )


def with_retry_info(code: int, message: str, retry_after_seconds: float) -> grpc.Status:
    """A status (RESOURCE_EXHAUSTED, UNAVAILABLE) telling the caller when to retry.

    Said twice: as a google.rpc.RetryInfo detail for code that reads statuses, and
    as `grpc-retry-pushback-ms`, which gRPC's own retry policy honours, so a client
    retrying through its service config waits as long as the server asked.
    """
    delay_ms = int(retry_after_seconds * 1000)
    detail = any_pb2.Any()
    info = error_details_pb2.RetryInfo()
    info.retry_delay.FromMilliseconds(delay_ms)
    detail.Pack(info)
    rich = rpc_status.to_status(status_pb2.Status(code=code, message=message, details=[detail]))
    return _Status(
        rich.code,
        rich.details,
        (*rich.trailing_metadata, (RETRY_PUSHBACK_KEY, str(delay_ms))),
    )


def error_code(exc: ModerationError) -> ErrorCode:
    """The one mapping from the engine's errors to codes, for whole calls and stream items."""
    if isinstance(exc, InvalidArgument):
        return ErrorCode.INVALID_ARGUMENT
    if isinstance(exc, Overloaded):
        return ErrorCode.RESOURCE_EXHAUSTED
    if isinstance(exc, UpstreamUnavailable):
        return ErrorCode.UNAVAILABLE
    return ErrorCode.INTERNAL


def status_for(exc: ModerationError) -> grpc.Status:
    """A whole call's rich status: field violations, or when to retry."""
    code = error_code(exc)
    if isinstance(exc, InvalidArgument):
        return bad_request(str(exc), exc.violations)
    if isinstance(exc, Overloaded):
        return with_retry_info(GRPC_CODES[code], str(exc), exc.retry_after)
    return rpc_status.to_status(status_pb2.Status(code=GRPC_CODES[code], message=str(exc)))


def item_error_for(exc: ModerationError, item_id: str) -> ItemError:
    """A stream item's error: the same code as a whole call would get, and the field."""
    field = exc.violations[0].field if isinstance(exc, InvalidArgument) else ""
    return ItemError(item_id, error_code(exc), str(exc), field)
