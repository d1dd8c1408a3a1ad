"""The per-call and per-connection bounds handed to gRPC, and the token check's handler shape."""

from __future__ import annotations

from typing import Any

import grpc

from moderation.config import Settings
from moderation.observability import Metrics
from moderation.tenants import Tenants
from moderation.transport import bounds
from moderation.transport.auth import Identity
from moderation.transport.telemetry import TelemetryInterceptor


def options(settings: Settings) -> dict[str, int]:
    return dict(bounds.options(settings))


def test_the_message_limit_is_sized_to_the_item_limits() -> None:
    few = Settings(max_items_per_request=2, max_image_bytes=1_000_000, max_text_chars=1_000)
    limit = bounds.message_limit(few)
    assert 2 * 1_000_000 < limit < 2 * 1_000_000 + 64 * 1024
    texts = Settings(max_items_per_request=3, max_image_bytes=1_000, max_text_chars=100_000)
    assert bounds.message_limit(texts) >= 3 * 100_000 * 4  # any text of UTF-8 at the limit


def test_the_derived_limit_is_capped_and_a_set_one_wins() -> None:
    assert bounds.message_limit(Settings()) == bounds.MESSAGE_CAP
    assert bounds.message_limit(Settings(max_message_bytes=123_456)) == 123_456
    assert options(Settings())["grpc.max_receive_message_length"] == bounds.MESSAGE_CAP


def test_streams_per_connection_are_bounded_as_http2_counts_them() -> None:
    opts = options(Settings(max_streams_per_connection=7))
    assert opts["grpc.max_concurrent_streams"] == 7
    assert opts["grpc.http.overload_protection"] == 0
    assert options(Settings())["grpc.max_concurrent_streams"] == 256


async def test_a_refused_call_never_has_its_request_read() -> None:
    """grpc.aio reads the request of a unary-request handler before calling it: the refusal
    is request-streaming whatever the method, so nothing is read."""

    async def behaviour(request: Any, context: Any) -> Any:
        raise AssertionError("not reached")

    shapes = {
        "unary": grpc.unary_unary_rpc_method_handler(behaviour),
        "server-stream": grpc.unary_stream_rpc_method_handler(behaviour),
        "client-stream": grpc.stream_unary_rpc_method_handler(behaviour),
        "bidi": grpc.stream_stream_rpc_method_handler(behaviour),
    }
    identity = Identity(Tenants.from_settings(None, ["s3cret"]))
    interceptor = TelemetryInterceptor(Metrics(), identity.behavior)
    for shape, handler in shapes.items():

        async def found(_: grpc.HandlerCallDetails, h: Any = handler) -> Any:
            return h

        details = _Details("/moderation.v1.ModerationService/Moderate", ())
        refused = await interceptor.intercept_service(found, details)
        assert refused.request_streaming, shape
        assert refused.response_streaming == handler.response_streaming, shape
        allowed = await interceptor.intercept_service(
            found, _Details(details.method, (("authorization", "Bearer s3cret"),))
        )
        assert allowed.request_streaming == handler.request_streaming, shape


class _Details(grpc.HandlerCallDetails):
    def __init__(self, method: str, metadata: tuple[tuple[str, str], ...]) -> None:
        self.method = method
        self.invocation_metadata = metadata
