"""Fair share: a flood is refused to its sender only, and idle share is lent."""

from __future__ import annotations

from moderation.fair_share import SharedLimit, VirtualClock
from moderation.tenants import Tenant

A = Tenant("a")
B = Tenant("b")
HEAVY = Tenant("heavy", weight=3.0)


def two_tenants(max_items: int = 100, max_bytes: int = 10_000) -> SharedLimit:
    return SharedLimit(max_items, max_bytes, total_weight=lambda: 2.0)


def test_one_tenant_alone_gets_the_whole_limit() -> None:
    limit = two_tenants()
    limit.take(A, 90, 10)
    assert limit.refusal(A, 10, 10) is None  # borrowing B's idle share
    limit.take(A, 10, 10)
    refused = limit.refusal(A, 1, 1)
    assert refused is not None and refused.bound == "items"
    assert "tenant a holds 100 items" in refused.message


def test_a_tenant_within_its_share_is_let_in_whatever_a_flood_holds() -> None:
    limit = two_tenants()
    limit.take(A, 100, 100)
    limit.take(B, 1, 1)  # B held nothing: always let in once
    assert limit.refusal(B, 49, 10) is None  # within its share of 50
    limit.take(B, 49, 10)
    assert limit.refusal(B, 1, 1) is not None  # beyond it, with nothing idle to borrow
    assert limit.refusal(A, 1, 1) is not None
    assert limit.held("a") == (100, 100) and limit.items == 150


def test_bytes_are_shared_as_items_are() -> None:
    limit = two_tenants()
    limit.take(A, 1, 9_000)
    refused = limit.refusal(A, 1, 2_000)
    assert refused is not None and refused.bound == "bytes"
    assert limit.refusal(B, 1, 2_000) is None


def test_release_gives_room_back_and_forgets_idle_tenants() -> None:
    limit = two_tenants()
    limit.take(A, 100, 10)
    limit.release(A, 100, 10)
    assert limit.items == 0 and limit.tenants() == {}
    assert limit.refusal(A, 100, 10) is None


def test_a_tenant_cap_holds_even_with_room_to_spare() -> None:
    capped = Tenant("capped", max_items_in_flight=10, max_bytes_in_flight=100)
    limit = two_tenants()
    limit.take(capped, 10, 10)
    refused = limit.refusal(capped, 1, 1)
    assert refused is not None and "its cap 10" in refused.message


def test_the_least_served_tenant_goes_next_in_proportion_to_weight() -> None:
    clock = VirtualClock()
    for _ in range(400):
        clock.arrive(A)
        clock.arrive(HEAVY)
    sent = {"a": 0, "heavy": 0}
    for _ in range(400):
        who = clock.least(["a", "heavy"])
        assert who is not None
        tenant = A if who == "a" else HEAVY
        clock.leave(tenant)
        clock.charge(tenant, 1.0)
        sent[who] += 1
    assert sent == {"a": 100, "heavy": 300}


def test_an_idle_tenant_banks_no_credit() -> None:
    clock = VirtualClock()
    clock.arrive(A)
    for _ in range(1000):  # A alone for a long time
        clock.arrive(A)
        clock.leave(A)
        clock.charge(A, 1.0)
    clock.arrive(B)
    assert clock.of("b") == clock.of("a") - 1.0  # B starts at the work in progress
    sent = []
    for _ in range(6):
        who = clock.least(["a", "b"])
        assert who is not None
        tenant = A if who == "a" else B
        clock.charge(tenant, 1.0)
        sent.append(who)
    assert sent == ["b", "a", "b", "a", "b", "a"]  # turns, not 1000 of B's first
