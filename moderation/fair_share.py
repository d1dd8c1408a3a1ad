"""Fair share: whose work is let in, and whose items go into the next batch.

The one place that shares capacity between tenants by weight:

- `SharedLimit` (admission, the batch queue): a tenant within its share of a
  limit (the limit times its weight over all tenants' weights) is always let
  in, whatever others hold; beyond its share it borrows what is idle, up to
  the limit; a tenant holding nothing is always let in once. So a flood is
  refused to its sender only, and one tenant alone still gets everything.
  The price of that promise is that what is held can pass the limit by the
  shares of tenants who arrive while borrowers hold it, never more than
  twice the limit plus one call per tenant; it drains as borrowed work ends.
- `VirtualClock` (batch formation): start-time fair queueing over tenants.
  Each tenant's clock advances by the cost it sent over its weight; the next
  item comes from the waiting tenant whose clock is least. A tenant that was
  idle starts at the clock of the work in progress, so idleness banks no
  credit and a newcomer's items go out in the next batch, not behind a flood.

With one tenant both are exactly first come, first served.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from moderation.tenants import Tenant


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a tenant may not take more now: which bound (items or bytes), in words."""

    bound: str
    message: str


@dataclass(slots=True)
class _Held:
    items: int = 0
    bytes: int = 0


class SharedLimit:
    """Items and bytes held at once, shared between tenants by weight; idle share is lent."""

    def __init__(
        self,
        max_items: int,
        max_bytes: int,
        total_weight: Callable[[], float] = lambda: 1.0,
        what: str = "in flight",
    ) -> None:
        self.max_items = max_items
        self.max_bytes = max_bytes
        self._total_weight = total_weight
        self._what = what
        self.items = 0
        self.bytes = 0
        self._held: dict[str, _Held] = {}

    def held(self, tenant_id: str) -> tuple[int, int]:
        """(items, bytes) the tenant holds now."""
        held = self._held.get(tenant_id)
        return (held.items, held.bytes) if held else (0, 0)

    def tenants(self) -> dict[str, tuple[int, int]]:
        """What each tenant holds now (tenants holding nothing are left out)."""
        return {t: (h.items, h.bytes) for t, h in self._held.items()}

    def refusal(self, tenant: Tenant, items: int, size: int) -> Refusal | None:
        """Why `tenant` may not take `items` more items of `size` bytes now; None if it may."""
        held = self._held.get(tenant.id)
        if held is None or held.items == 0:
            return None  # one call at a time is never refused: a legal request always gets in
        if (
            self.items + items <= self.max_items
            and self.bytes + size <= self.max_bytes
            and tenant.max_items_in_flight is None
            and tenant.max_bytes_in_flight is None
        ):
            return None  # room for everyone: no share to work out
        share = min(1.0, tenant.weight / max(self._total_weight(), tenant.weight))
        for unit, mine, total, limit, cap, n in (
            ("items", held.items, self.items, self.max_items, tenant.max_items_in_flight, items),
            ("bytes", held.bytes, self.bytes, self.max_bytes, tenant.max_bytes_in_flight, size),
        ):
            if cap is not None and mine + n > cap:
                return Refusal(
                    unit, f"tenant {tenant.id} holds {mine} {unit} {self._what} (its cap {cap})"
                )
            if mine + n <= limit * share or total + n <= limit:
                continue  # within its share, or borrowing what is idle
            return Refusal(
                unit,
                f"tenant {tenant.id} holds {mine} {unit} {self._what}, over its share "
                f"{int(limit * share)} of {limit} while others use the rest",
            )
        return None

    def take(self, tenant: Tenant, items: int, size: int) -> None:
        held = self._held.setdefault(tenant.id, _Held())
        held.items += items
        held.bytes += size
        self.items += items
        self.bytes += size

    def release(self, tenant: Tenant, items: int, size: int) -> None:
        held = self._held.get(tenant.id)
        if held is None:
            return
        held.items -= items
        held.bytes -= size
        self.items -= items
        self.bytes -= size
        if held.items <= 0 and held.bytes <= 0:
            del self._held[tenant.id]


class VirtualClock:
    """Start-time fair queueing: which waiting tenant's item goes next, by weight."""

    def __init__(self) -> None:
        self._clock: dict[str, float] = {}
        self._waiting: dict[str, int] = {}
        self._now = 0.0  # the clock of the last item sent

    def arrive(self, tenant: Tenant) -> None:
        """An item of `tenant` starts waiting; an idle tenant starts at the current clock."""
        waiting = self._waiting.get(tenant.id, 0)
        if waiting == 0:
            self._clock[tenant.id] = max(self._clock.get(tenant.id, 0.0), self._now)
        self._waiting[tenant.id] = waiting + 1

    def leave(self, tenant: Tenant) -> None:
        """An item of `tenant` stops waiting (sent, or its caller left)."""
        waiting = self._waiting.get(tenant.id, 0) - 1
        if waiting > 0:
            self._waiting[tenant.id] = waiting
        else:
            self._waiting.pop(tenant.id, None)

    def charge(self, tenant: Tenant, cost: float) -> None:
        """`tenant` sent work of `cost` (an item: 1); its clock advances by cost / weight."""
        start = self._clock.get(tenant.id, self._now)
        self._now = max(self._now, start)
        self._clock[tenant.id] = start + cost / tenant.weight
        if not self._waiting.get(tenant.id):
            self._forget_idle()

    def of(self, tenant_id: str) -> float:
        """The tenant's clock: whose is least goes next."""
        return self._clock.get(tenant_id, self._now)

    def least(self, tenant_ids: Iterable[str]) -> str | None:
        return min(tenant_ids, key=self.of, default=None)

    def _forget_idle(self) -> None:
        """Idle tenants' clocks at or behind the current one carry nothing: drop them."""
        if len(self._clock) > 4 * max(1, len(self._waiting)) + 64:
            self._clock = {
                t: c for t, c in self._clock.items() if t in self._waiting or c > self._now
            }
