"""Short form of the injection scenario: a few calls per kind, against a fresh server each run."""

from __future__ import annotations

from pathlib import Path

from bench.reliability import injection


async def test_no_injection_changes_a_neighbours_verdict(tmp_path: Path) -> None:
    load = injection.InjectionLoad(calls_per_kind=3, concurrency=3, seed=7)
    result = await injection.run(load, tmp_path)
    assert len(result.goals) == 2 * len(injection.KINDS)
    assert result.passed, result.failures()
