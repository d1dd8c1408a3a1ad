"""Short form of the faulted-upstream scenario: a few hundred items per rate and fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.reliability import upstream_faults


@pytest.mark.parametrize("fallback", ["none", "local"])
@pytest.mark.parametrize("rate", [0.2, 0.4])
async def test_every_item_answered_once_and_model_verdicts_match_the_oracle(
    rate: float, fallback: str, tmp_path: Path
) -> None:
    load = upstream_faults.FaultLoad(
        items=300, rate=rate, fallback=fallback, unary_workers=16, streams=4, seed=11
    )
    result = await upstream_faults.run(load, tmp_path)
    assert result.passed, result.failures()
