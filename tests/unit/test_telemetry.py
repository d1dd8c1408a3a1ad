"""A caller's x-request-id is taken only when the whole value is sane."""

from __future__ import annotations

import grpc
import pytest

from moderation.transport.telemetry import REQUEST_ID_HEADER, _caller_id


class Details(grpc.HandlerCallDetails):
    def __init__(self, request_id: str) -> None:
        self.method = "/moderation.v1.ModerationService/Moderate"
        self.invocation_metadata = ((REQUEST_ID_HEADER, request_id),)


@pytest.mark.parametrize(
    ("sent", "taken"),
    [("caller-rid-1", "caller-rid-1"), ("caller-rid-1\n", ""), ("a b", ""), ("x" * 129, "")],
)
def test_only_a_sane_request_id_is_taken(sent: str, taken: str) -> None:
    assert _caller_id(Details(sent)) == taken
