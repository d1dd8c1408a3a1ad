"""Jobs are durable with no configuration: SQLite in the data directory, else memory, said once."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import grpc
import pytest

from moderation.config import Settings, default_data_dir
from moderation.jobs.store_sqlite import DB_FILE, SqliteJobStore, StoreBusy
from moderation.server import RunningServer, start_server
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

if TYPE_CHECKING:
    Stub = pb_grpc.ModerationServiceAsyncStub


@contextlib.asynccontextmanager
async def serve(**overrides: object) -> AsyncIterator[tuple[RunningServer, Stub]]:
    values: dict[str, object] = {
        "backend": "local",
        "local_text_model": "profanity",
        "max_wait_ms": 2.0,
        **overrides,
    }
    running = await start_server(Settings(host="127.0.0.1", port=0, **values))  # type: ignore[arg-type]
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            yield running, pb_grpc.ModerationServiceStub(channel)
    finally:
        await running.stop(grace=1.0)


async def finished(stub: Stub, name: str) -> pb.Job:
    async with asyncio.timeout(60):
        while True:
            job = (await stub.GetJob(pb.GetJobRequest(name=name))).job
            if job.state == pb.JOB_STATE_SUCCEEDED:
                return job
            await asyncio.sleep(0.05)


ITEMS = [pb.Item(id=f"c{k}", text=f"a harmless comment {k}") for k in range(5)]


def test_the_default_data_dir_follows_the_xdg_base_directory_spec() -> None:
    assert default_data_dir({"XDG_STATE_HOME": "/s", "HOME": "/h"}) == Path("/s/moderation")
    assert default_data_dir({"HOME": "/h"}) == Path("/h/.local/state/moderation")
    # The spec says a relative XDG path is invalid and must be ignored.
    assert default_data_dir({"XDG_STATE_HOME": "rel", "HOME": "/h"}) == Path(
        "/h/.local/state/moderation"
    )


async def test_with_no_setting_jobs_survive_a_restart_in_the_default_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    state = tmp_path / "xdg-state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))  # what a fresh machine's default resolves
    async with serve() as (running, stub):
        job = (await stub.CreateJob(pb.CreateJobRequest(items=ITEMS))).job
        await finished(stub, job.name)
        assert running.engine.metrics.value("jobs_durable") == 1
    assert (state / "moderation" / "jobs" / DB_FILE).exists()
    async with serve() as (_, stub):  # a new server on the same directory
        again = (await stub.GetJob(pb.GetJobRequest(name=job.name))).job
        results = [r async for r in stub.ReadJobResults(pb.ReadJobResultsRequest(name=job.name))]
    assert again.state == pb.JOB_STATE_SUCCEEDED and again.counts.allowed == 5
    assert [r.result.item_id for r in results] == [i.id for i in ITEMS]


async def test_an_unusable_data_dir_keeps_jobs_in_memory_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with caplog.at_level(logging.ERROR, logger="moderation.jobs.service"):
        async with serve(data_dir=blocker) as (running, stub):
            job = (await stub.CreateJob(pb.CreateJobRequest(items=ITEMS))).job
            await finished(stub, job.name)
            assert running.engine.metrics.value("jobs_durable") == 0
    [line] = [r.getMessage() for r in caplog.records if "kept in memory" in r.getMessage()]
    assert str(blocker / "jobs") in line and "MODERATION_DATA_DIR" in line


async def test_memory_can_be_chosen_and_writes_nothing(tmp_path: Path) -> None:
    async with serve(data_dir=tmp_path / "state", jobs_store="memory") as (running, stub):
        job = (await stub.CreateJob(pb.CreateJobRequest(items=ITEMS))).job
        await finished(stub, job.name)
        assert running.engine.metrics.value("jobs_durable") == 0
    assert not (tmp_path / "state").exists()


async def test_a_data_dir_serves_one_process_at_a_time(tmp_path: Path) -> None:
    first = SqliteJobStore(tmp_path)
    try:
        with pytest.raises(StoreBusy, match=r"in use by pid \d+"):
            SqliteJobStore(tmp_path)
    finally:
        await first.close()
    second = SqliteJobStore(tmp_path)  # free again once the holder closed
    await second.close()


async def test_an_unknown_jobs_store_stops_the_server_at_start_up() -> None:
    from moderation.server import ConfigError

    with pytest.raises(ConfigError, match="MODERATION_JOBS_STORE"):
        await start_server(Settings(host="127.0.0.1", port=0, jobs_store="postgres"))
    with pytest.raises(ConfigError, match="MODERATION_REDIS_URL"):
        await start_server(Settings(host="127.0.0.1", port=0, jobs_store="redis"))
