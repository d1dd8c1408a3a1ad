"""What one call and one connection may make the server hold: gRPC server options.

gRPC reads a whole unary request message into memory before any handler runs
(an interceptor runs first, and the bearer-token check refuses a caller without
a token before its message is read: see `auth`). So the receive limit is what
one authenticated call may cost before the service can look at it, and it is
sized to what a legal request can be: the most items a request may carry times
the largest item, capped at `MESSAGE_CAP`. A job bigger than that goes through
`UploadJob`, in as many messages as it needs. HTTP/2 streams per connection are
bounded too, so one connection cannot open calls without end: a client over the
limit queues its calls until one ends. And each stream's flow-control window is
fixed, so what a sender can push in before the server refuses its call is bounded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderation.validation import MAX_ID_CHARS

if TYPE_CHECKING:
    from moderation.config import Settings

MIB = 1024 * 1024
# The largest request message the derived limit allows: 256 texts of 32,000 characters fit
# (8 MB in ASCII), and three images at the 5 MiB API limit.
MESSAGE_CAP = 16 * MIB
# Protobuf framing of one item (tags, lengths, media type) and of the request around them.
ITEM_OVERHEAD = 64
REQUEST_OVERHEAD = 1024
# Each HTTP/2 stream's receive window, fixed. gRPC's BDP probe would grow it with the measured
# bandwidth-delay product (on loopback it doubled from 4 to 8 MiB in 1 run of 30; gRPC allows
# up to 1 GiB), so the bytes a caller without a token can push in before the refusal had no
# fixed bound. 4 MiB keeps one stream at 400 MiB/s over a 10 ms round trip.
STREAM_WINDOW = 4 * MIB
# Responses are the server's own (verdicts, job pages); this only stops a runaway one.
SEND_LIMIT = 64 * MIB
UTF8_MAX = 4  # bytes a character may take


def largest_item(settings: Settings) -> int:
    """Bytes of the largest item a request may legally hold."""
    content = max(settings.max_text_chars * UTF8_MAX, settings.max_image_bytes)
    return content + (settings.max_context_chars + MAX_ID_CHARS) * UTF8_MAX + ITEM_OVERHEAD


def message_limit(settings: Settings) -> int:
    """The receive limit: the setting when given, else items x largest item, at most the cap."""
    if settings.max_message_bytes > 0:
        return settings.max_message_bytes
    legal = settings.max_items_per_request * largest_item(settings) + REQUEST_OVERHEAD
    return min(legal, MESSAGE_CAP)


def options(settings: Settings) -> list[tuple[str, int]]:
    """The grpc.aio.server options that carry these bounds."""
    return [
        ("grpc.max_receive_message_length", message_limit(settings)),
        ("grpc.max_send_message_length", max(SEND_LIMIT, message_limit(settings))),
        ("grpc.max_concurrent_streams", max(1, settings.max_streams_per_connection)),
        # Count streams as HTTP/2 does, so a client that honours the limit queues its calls
        # over it; gRPC's default also counts streams not yet freed and refuses the next
        # ones with REFUSED_STREAM (UNAVAILABLE to the caller) while they are.
        ("grpc.http.overload_protection", 0),
        ("grpc.http2.bdp_probe", 0),
        ("grpc.http2.lookahead_bytes", STREAM_WINDOW),
    ]
