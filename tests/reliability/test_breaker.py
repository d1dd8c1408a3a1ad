"""The breaker scenario (already short: the upstream hangs for 14 s)."""

from __future__ import annotations

from pathlib import Path

from bench.reliability import breaker


async def test_model_verdicts_return_within_cooldown_after_the_upstream_recovers(
    tmp_path: Path,
) -> None:
    result = await breaker.run(breaker.BreakerLoad(), tmp_path)
    assert result.passed, result.failures()
