"""Short form of the job-restart scenario: 300 items, a batch in progress for 3 s."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.reliability import jobs_restart


@pytest.mark.parametrize("store", jobs_restart.STORES)
async def test_a_job_killed_mid_batch_resumes_answering_every_item_once_from_one_batch(
    store: str, tmp_path: Path
) -> None:
    load = jobs_restart.RestartLoad(items=300, batch_seconds=3.0, store=store)
    result = await jobs_restart.run(load, tmp_path)
    assert len(result.goals) == 5
    assert result.passed, result.failures()
