"""Short form of the tenants scenario: a flood on each judging path, and cache scope."""

from __future__ import annotations

from pathlib import Path

from bench.reliability import tenants


async def test_a_flood_is_refused_to_its_sender_and_a_neighbour_keeps_its_latency(
    tmp_path: Path,
) -> None:
    load = tenants.TenantsLoad(flood_seconds=6.0, alone_seconds=2.0)
    result = await tenants.run(load, tmp_path)
    assert result.passed, result.failures()
