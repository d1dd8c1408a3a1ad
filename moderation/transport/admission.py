"""Admission: how much work the server holds at once, across every call and stream.

gRPC's core parks calls the application has not picked up yet and, past
`grpc.server.max_pending_requests`, cancels them without a word (the caller
sees a bare CANCELLED; the server logs and counts nothing). The server raises
those core limits out of the way (`CORE_OPTIONS`) and refuses here instead,
in terms an operator sizes by: items and bytes of content in flight, shared between
tenants by weight. A refusal
is RESOURCE_EXHAUSTED with RetryInfo, counted and logged by the servicer.
"""

from __future__ import annotations

from collections.abc import Callable

from moderation.errors import Overloaded
from moderation.fair_share import SharedLimit
from moderation.tenants import Tenant

# Calls the gRPC core may park before the servicer picks them up, and for how long
# (seconds): far above what admission lets in, so overload is always refused here.
CORE_OPTIONS: tuple[tuple[str, int], ...] = (
    ("grpc.server.max_pending_requests", 100_000),
    ("grpc.server.max_pending_requests_hard_limit", 100_000),
    ("grpc.server_max_unrequested_time_in_server", 300),
)
RETRY_AFTER_SECONDS = 1.0


class Admission:
    """Items and bytes held by calls in flight, shared between tenants by weight.

    A tenant within its share is let in whatever others hold; beyond it, it
    borrows what is idle (`fair_share.SharedLimit`). Work that alone exceeds a
    limit is still let in when its tenant holds nothing, so a legal request is
    never refused for ever.
    """

    def __init__(
        self, max_items: int, max_bytes: int, total_weight: Callable[[], float] = lambda: 1.0
    ) -> None:
        self.limit = SharedLimit(max_items, max_bytes, total_weight)

    @property
    def items(self) -> int:
        return self.limit.items

    @property
    def bytes(self) -> int:
        return self.limit.bytes

    def admit(self, tenant: Tenant, items: int, size: int) -> None:
        """Take room for `items` items of `size` bytes for `tenant`, or raise Overloaded."""
        refused = self.limit.refusal(tenant, items, size)
        if refused is not None:
            raise Overloaded(f"{refused.message}; retry with backoff", RETRY_AFTER_SECONDS)
        self.limit.take(tenant, items, size)

    def release(self, tenant: Tenant, items: int, size: int) -> None:
        self.limit.release(tenant, items, size)
