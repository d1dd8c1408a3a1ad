"""Admission: how much work the server holds at once, across every call and stream.

gRPC's core parks calls the application has not picked up yet and, past
`grpc.server.max_pending_requests`, cancels them without a word (the caller
sees a bare CANCELLED; the server logs and counts nothing). The server raises
those core limits out of the way (`CORE_OPTIONS`) and refuses here instead,
in terms an operator sizes by: items and bytes of content in flight. A refusal
is RESOURCE_EXHAUSTED with RetryInfo, counted and logged by the servicer.
"""

from __future__ import annotations

from dataclasses import dataclass

from moderation.errors import Overloaded

# Calls the gRPC core may park before the servicer picks them up, and for how long
# (seconds): far above what admission lets in, so overload is always refused here.
CORE_OPTIONS: tuple[tuple[str, int], ...] = (
    ("grpc.server.max_pending_requests", 100_000),
    ("grpc.server.max_pending_requests_hard_limit", 100_000),
    ("grpc.server_max_unrequested_time_in_server", 300),
)
RETRY_AFTER_SECONDS = 1.0


@dataclass(slots=True)
class Admission:
    """Counts items and bytes held by calls in flight; refuses what would exceed the limits."""

    max_items: int
    max_bytes: int
    items: int = 0
    bytes: int = 0

    def admit(self, items: int, size: int) -> None:
        """Take room for `items` items of `size` bytes, or raise Overloaded.

        Work that alone exceeds a limit is still let in when nothing else is
        held, so a legal request is never refused for ever.
        """
        if self.items and self.items + items > self.max_items:
            raise Overloaded(
                f"{self.items} items in flight (limit {self.max_items}); retry with backoff",
                RETRY_AFTER_SECONDS,
            )
        if self.bytes and self.bytes + size > self.max_bytes:
            raise Overloaded(
                f"{self.bytes} bytes in flight (limit {self.max_bytes}); retry with backoff",
                RETRY_AFTER_SECONDS,
            )
        self.items += items
        self.bytes += size

    def release(self, items: int, size: int) -> None:
        self.items -= items
        self.bytes -= size
