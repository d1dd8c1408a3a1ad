"""The job stores the job tests run against: each store must keep the same rules."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from moderation.jobs.store import JobStore
from moderation.jobs.store_redis import RedisJobStore
from moderation.jobs.store_sqlite import SqliteJobStore


@pytest.fixture(params=["sqlite", "redis"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[JobStore]:
    s: JobStore
    if request.param == "redis":
        s = RedisJobStore(request.getfixturevalue("redis_url"))
    else:
        s = SqliteJobStore(tmp_path)
    try:
        yield s
    finally:
        await s.close()
