"""Short form of the noisy-neighbour scenario: three waves."""

from __future__ import annotations

from pathlib import Path

from bench.reliability import noisy_neighbour


async def test_short_deadlines_do_not_harm_callers_who_share_their_batches(
    tmp_path: Path,
) -> None:
    result = await noisy_neighbour.run(noisy_neighbour.NoisyLoad(waves=3), tmp_path)
    assert result.passed, result.failures()
