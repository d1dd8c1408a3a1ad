"""Short form of the abuse scenario: 4 unauthenticated senders, 2 image bombs, a
10,000-image job, a planted verdict."""

from __future__ import annotations

from pathlib import Path

from bench.reliability import abuse


async def test_hostile_input_costs_its_sender_not_the_service(tmp_path: Path) -> None:
    load = abuse.AbuseLoad(connections=4, streams=20, images=2, job_images=10_000)
    result = await abuse.run(load, tmp_path)
    assert len(result.goals) == 10
    assert result.passed, result.failures()
