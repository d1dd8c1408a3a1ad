"""Short form of the bad-input scenario: every case, a smaller flood of concurrent calls."""

from __future__ import annotations

from pathlib import Path

from bench.reliability import bad_inputs


async def test_each_bad_input_gets_its_documented_status_and_the_server_stays_healthy(
    tmp_path: Path,
) -> None:
    result = await bad_inputs.run(300, tmp_path)
    assert len(result.goals) >= 35
    assert result.passed, result.failures()
