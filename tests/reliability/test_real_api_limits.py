"""Short form of the real-API-limits scenario (it is short already: about 15 s)."""

from __future__ import annotations

from pathlib import Path

from bench.reliability import real_api_limits


async def test_limits_refusals_and_billing_leave_no_neighbour_on_the_fallback(
    tmp_path: Path,
) -> None:
    result = await real_api_limits.run(real_api_limits.LimitsLoad(seed=3), tmp_path)
    assert result.passed, result.failures()
