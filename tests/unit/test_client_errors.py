"""How the Python client turns a failed call into ModerationRpcError."""

from __future__ import annotations

from typing import Any

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2

from moderation_client.client import STATUS_DETAILS_KEY, ModerationRpcError


class FailedCall(grpc.RpcError, grpc.Call):
    """A finished call with a code, a message and trailing metadata, as gRPC raises it."""

    def __init__(self, code: grpc.StatusCode, message: str, details: bytes | None) -> None:
        self._code, self._message = code, message
        self._trailers = ((STATUS_DETAILS_KEY, details),) if details is not None else ()

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return self._message

    def trailing_metadata(self) -> Any:
        return self._trailers

    def initial_metadata(self) -> Any:
        return ()

    def is_active(self) -> bool:
        return False

    def time_remaining(self) -> float:
        return 0.0

    def cancel(self) -> bool:
        return False

    def add_callback(self, callback: Any) -> bool:
        return False


def bad_request(code: int, message: str) -> bytes:
    detail = any_pb2.Any()
    detail.Pack(
        error_details_pb2.BadRequest(
            field_violations=[{"field": "items[0].text", "description": "empty"}]
        )
    )
    status = status_pb2.Status(code=code, message=message, details=[detail])
    return bytes(status.SerializeToString())


def test_a_bad_request_names_its_fields() -> None:
    details = bad_request(code_pb2.INVALID_ARGUMENT, "bad item")
    err = ModerationRpcError.from_call(
        FailedCall(grpc.StatusCode.INVALID_ARGUMENT, "bad item", details)
    )
    assert err.code is grpc.StatusCode.INVALID_ARGUMENT
    assert err.violations == [("items[0].text", "empty")]


def test_details_for_another_code_leave_the_plain_code_and_message() -> None:
    details = bad_request(code_pb2.NOT_FOUND, "bad item")
    err = ModerationRpcError.from_call(
        FailedCall(grpc.StatusCode.INVALID_ARGUMENT, "bad item", details)
    )
    assert (err.code, err.message, err.violations) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "bad item",
        [],
    )


def test_unreadable_details_leave_the_plain_code_and_message() -> None:
    err = ModerationRpcError.from_call(
        FailedCall(grpc.StatusCode.INTERNAL, "broken", b"\xff not a status")
    )
    assert (err.code, err.message, err.violations) == (grpc.StatusCode.INTERNAL, "broken", [])


def test_a_field_the_message_already_names_is_said_once() -> None:
    """The server's message names the fields at fault; the error must not repeat them."""
    message = "items[0].text: empty"
    err = ModerationRpcError.from_call(
        FailedCall(
            grpc.StatusCode.INVALID_ARGUMENT,
            message,
            bad_request(code_pb2.INVALID_ARGUMENT, message),
        )
    )
    assert str(err) == "INVALID_ARGUMENT: items[0].text: empty"
    other = ModerationRpcError.from_call(
        FailedCall(
            grpc.StatusCode.INVALID_ARGUMENT,
            "bad item",
            bad_request(code_pb2.INVALID_ARGUMENT, "bad item"),
        )
    )
    assert str(other) == "INVALID_ARGUMENT: bad item [items[0].text: empty]"
