"""Short form of the jobs part of the `tenants` scenario, on SQLite and on Redis."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.reliability import tenants_jobs
from bench.reliability.harness import ScenarioResult
from moderation.config import Settings
from moderation.server import start_server
from tests.integration.test_tenants import TENANTS


@pytest.mark.parametrize("store", ["sqlite", "redis"])
async def test_b_cannot_reach_a_s_job_the_admin_sees_it_and_a_s_delete_empties_the_store(
    store: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    (tmp_path / "tenants.toml").write_text(TENANTS)
    jobs_dir = tmp_path / "jobs"
    values: dict[str, object] = {"jobs_dir": jobs_dir, "jobs_store": store}
    probe = tenants_jobs.sqlite_store_bytes(jobs_dir)
    unit = "bytes"
    if store == "redis":
        url = request.getfixturevalue("redis_url")
        values["redis_url"] = url
        probe, unit = tenants_jobs.redis_key_count(url), "keys"
    settings = Settings(
        host="127.0.0.1",
        port=0,
        backend="local",
        local_text_model="profanity",
        tenants_file=tmp_path / "tenants.toml",
        jobs_poll_seconds=0.05,
        max_wait_ms=2.0,
        **values,  # type: ignore[arg-type]
    )
    running = await start_server(settings)
    try:
        figures = await tenants_jobs.jobs_isolation(
            f"127.0.0.1:{running.port}",
            "token-a",
            "token-b",
            "token-ops",
            items=100,
            store_size=probe,
            store_unit=unit,
        )
    finally:
        await running.stop(grace=1.0)
    assert figures.foreign == dict.fromkeys(tenants_jobs.JOB_RPCS, "NOT_FOUND")
    assert all(figures.same_as_unknown.values())
    assert figures.a_job_untouched and figures.b_listed_a_jobs == 0
    assert figures.admin_owner == "team-a"
    assert figures.a_after_delete == "NOT_FOUND"
    assert figures.store_with_job is not None and figures.store_before is not None
    assert figures.store_after is not None
    assert figures.store_with_job > figures.store_before >= figures.store_after
    result = ScenarioResult("tenants", "Tenants", "python -m bench.reliability --only tenants")
    figures.record(result)
    assert len(result.goals) == 5
    assert result.passed and figures.passed, result.failures()
