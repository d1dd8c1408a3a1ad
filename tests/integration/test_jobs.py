"""Jobs from outside: a real server on loopback, called through the generated stubs.

On the haiku backend the server's real SDK talks to the emulator's Message
Batches endpoints over HTTP; without a key the same API runs on the engine.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import math
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import grpc
import pytest
from google.rpc import error_details_pb2

import moderation
from anthropic_emulator.batches import BatchKnobs
from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.faults import FaultKind
from anthropic_emulator.judges import OracleJudge
from moderation.config import Settings
from moderation.jobs.store import BatchState
from moderation.server import RunningServer, start_server
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from tests.rich_status import rich_status

HATE = "you people are vermin and should be wiped out"
PROFANE = "fuck you, you worthless piece of shit"
LABELS = {HATE: {"hate": 3}}
M = TypeVar(
    "M",
    error_details_pb2.ResourceInfo,
    error_details_pb2.PreconditionFailure,
    error_details_pb2.RetryInfo,
)
if TYPE_CHECKING:
    Stub = pb_grpc.ModerationServiceAsyncStub


@contextlib.asynccontextmanager
async def serve(tmp_path: Path, **overrides: object) -> AsyncIterator[tuple[RunningServer, Stub]]:
    values: dict[str, object] = {
        "backend": "local",
        "local_text_model": "profanity",
        "jobs_dir": tmp_path / "jobs",
        "jobs_poll_seconds": 0.05,
        "jobs_poll_max_seconds": 0.2,
        "max_wait_ms": 2.0,
        **overrides,
    }
    settings = Settings(host="127.0.0.1", port=0, **values)  # type: ignore[arg-type]
    running = await start_server(settings)
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            yield running, pb_grpc.ModerationServiceStub(channel)
    finally:
        await running.stop(grace=1.0)


def haiku(emulator: Emulator, **more: object) -> dict[str, object]:
    return {
        "backend": "haiku",
        "anthropic_api_key": "test-key",
        "anthropic_base_url": emulator.base_url,
        **more,
    }


async def until(predicate: Callable[[], bool]) -> None:
    async with asyncio.timeout(30):
        while True:
            if predicate():
                return
            await asyncio.sleep(0.02)


async def wait_ended(stub: Stub, name: str) -> pb.Job:
    async with asyncio.timeout(60):
        while True:
            job = (await stub.GetJob(pb.GetJobRequest(name=name))).job
            if job.state in (pb.JOB_STATE_SUCCEEDED, pb.JOB_STATE_CANCELLED):
                return job
            await asyncio.sleep(0.05)


async def read_all(stub: Stub, name: str, token: str = "") -> list[pb.ReadJobResultsResponse]:
    request = pb.ReadJobResultsRequest(name=name, page_token=token)
    return [r async for r in stub.ReadJobResults(request)]


def texts(n: int, flagged: str = HATE) -> list[pb.Item]:
    return [
        pb.Item(id=f"c{k}", text=flagged if k % 5 == 0 else f"clean message number {k}")
        for k in range(n)
    ]


@pytest.fixture
async def oracle() -> AsyncIterator[Emulator]:
    config = EmulatorConfig.fast(batches=BatchKnobs(processing_seconds=0.1))
    async with Emulator(config, OracleJudge(LABELS)) as emu:
        yield emu


async def test_a_job_on_message_batches_answers_every_item_at_the_batch_price(
    tmp_path: Path, oracle: Emulator
) -> None:
    items = texts(70)
    async with serve(tmp_path, **haiku(oracle, max_batch_items=16)) as (_, stub):
        created = (await stub.CreateJob(pb.CreateJobRequest(items=items))).job
        assert created.name.startswith("jobs/") and created.item_count == 70
        assert created.backend == "message-batches"
        job = await wait_ended(stub, created.name)
        results = await read_all(stub, created.name)
    assert job.state == pb.JOB_STATE_SUCCEEDED
    assert [r.result.item_id for r in results] == [i.id for i in items]
    for item, r in zip(items, results, strict=True):
        verdict = r.result.verdict
        assert verdict.source == pb.VERDICT_SOURCE_MODEL
        expected = pb.DECISION_BLOCK if item.text == HATE else pb.DECISION_ALLOW
        assert verdict.decision == expected, item.text
    assert job.counts.blocked == 14 and job.counts.allowed == 56 and job.counts.pending == 0
    # One Message Batch of ceil(70 / 16) requests; no real-time Messages call judged an item.
    assert oracle.batches.created == 1 and oracle.batches.requests_created == 5
    assert oracle.ledger.message_calls == 0
    # The job's cost is what the emulated API bills at the batch discount.
    assert job.usage.estimated_cost_usd == pytest.approx(oracle.ledger.batch_usd, rel=0.01)
    assert job.usage.estimated_cost_usd > 0


async def test_a_job_on_message_batches_names_each_verdicts_language(
    tmp_path: Path, oracle: Emulator
) -> None:
    items = [
        pb.Item(id="en", text=HATE),
        pb.Item(id="fr", text="Merci beaucoup pour votre aide avec le déménagement, à vendredi !"),
        pb.Item(id="emoji", text="🙂🙂"),
    ]
    async with serve(tmp_path, **haiku(oracle)) as (_, stub):
        created = (await stub.CreateJob(pb.CreateJobRequest(items=items))).job
        await wait_ended(stub, created.name)
        results = await read_all(stub, created.name)
    languages = {r.result.item_id: r.result.verdict.language for r in results}
    assert languages == {"en": "en", "fr": "fr", "emoji": "und"}


async def test_errored_expired_missing_and_unanswered_ids_are_sent_again_then_bounded(
    tmp_path: Path, oracle: Emulator
) -> None:
    items = texts(12)
    # Requests of 4 items: 3 requests. The first comes back errored, the second expired,
    # the third without a result line; in the follow-up batch one answer leaves an id out.
    oracle.batches.script("errored", "expired", "missing")
    oracle.faults.push(FaultKind.MISSING_ID)
    async with serve(tmp_path, **haiku(oracle, max_batch_items=4)) as (_, stub):
        created = (await stub.CreateJob(pb.CreateJobRequest(items=items))).job
        job = await wait_ended(stub, created.name)
        results = await read_all(stub, created.name)
    assert [r.result.item_id for r in results] == [i.id for i in items]
    assert all(r.result.HasField("verdict") for r in results)
    assert job.counts.errors == 0
    assert oracle.batches.created >= 3  # the first, the follow-up, the missing id's
    # Exactly one verdict per item although several requests carried it.
    assert job.counts.allowed + job.counts.blocked == 12


async def test_an_item_that_never_gets_an_answer_ends_with_a_per_item_error_without_fallback(
    tmp_path: Path, oracle: Emulator
) -> None:
    oracle.batches.knobs.result_rates = {"errored": 1.0}
    overrides = haiku(oracle, jobs_max_attempts=2, fallback="none")
    async with serve(tmp_path, **overrides) as (_, stub):
        created = (await stub.CreateJob(pb.CreateJobRequest(items=texts(3)))).job
        job = await wait_ended(stub, created.name)
        results = await read_all(stub, created.name)
    assert job.state == pb.JOB_STATE_SUCCEEDED and job.counts.errors == 3
    assert oracle.batches.created == 2
    for r in results:
        assert r.result.error.code == grpc.StatusCode.UNAVAILABLE.value[0]
        assert "after 2 Message Batches attempts" in r.result.error.message


async def test_items_out_of_attempts_are_held_for_review_when_failing_closed(
    tmp_path: Path, oracle: Emulator
) -> None:
    oracle.batches.knobs.result_rates = {"errored": 1.0}
    overrides = haiku(oracle, jobs_max_attempts=2, fallback="fail-closed")
    async with serve(tmp_path, **overrides) as (_, stub):
        created = (await stub.CreateJob(pb.CreateJobRequest(items=texts(3)))).job
        job = await wait_ended(stub, created.name)
        results = await read_all(stub, created.name)
    assert job.state == pb.JOB_STATE_SUCCEEDED and job.counts.review == 3
    assert oracle.batches.created == 2
    assert [r.result.item_id for r in results] == ["c0", "c1", "c2"]
    for r in results:
        verdict = r.result.verdict
        assert verdict.decision == pb.DECISION_REVIEW
        assert verdict.source == pb.VERDICT_SOURCE_FALLBACK
        assert verdict.model == "fail-closed"
        assert "after 2 Message Batches attempts" in verdict.rationale


async def test_items_out_of_attempts_are_judged_by_the_local_fallback(
    tmp_path: Path, oracle: Emulator
) -> None:
    oracle.batches.knobs.result_rates = {"errored": 1.0}
    items = [pb.Item(id="p", text=PROFANE), pb.Item(id="c", text="have a lovely day")]
    overrides = haiku(oracle, jobs_max_attempts=2, fallback="local")
    async with serve(tmp_path, **overrides) as (_, stub):
        created = (await stub.CreateJob(pb.CreateJobRequest(items=items))).job
        job = await wait_ended(stub, created.name)
        results = await read_all(stub, created.name)
    assert job.state == pb.JOB_STATE_SUCCEEDED and job.counts.errors == 0
    assert oracle.batches.created == 2
    [profane, clean] = [r.result.verdict for r in results]
    for verdict in (profane, clean):
        assert verdict.source == pb.VERDICT_SOURCE_FALLBACK
        assert verdict.model.startswith("local/")
    assert profane.decision != pb.DECISION_ALLOW and clean.decision == pb.DECISION_ALLOW


@pytest.mark.slow
async def test_without_a_key_jobs_run_on_the_embedded_classifier(tmp_path: Path) -> None:
    items = texts(40, flagged=PROFANE)
    async with serve(tmp_path) as (_, stub):
        upload = [
            pb.UploadJobRequest(items=items[:25], policy_id="default"),
            pb.UploadJobRequest(items=items[25:]),
        ]
        created = (await stub.UploadJob(iter(upload))).job
        assert created.backend == "local" and created.item_count == 40
        job = await wait_ended(stub, created.name)
        first = await read_all(stub, created.name)
        resumed = await read_all(stub, created.name, first[9].page_token)
        listed = (await stub.ListJobs(pb.ListJobsRequest(page_size=10))).jobs
    assert job.state == pb.JOB_STATE_SUCCEEDED and job.counts.pending == 0
    assert [r.result.item_id for r in first] == [i.id for i in items]
    assert [r.result.item_id for r in resumed] == [i.id for i in items[10:]]
    assert all(r.result.verdict.model.startswith("local/") for r in first)
    assert job.counts.blocked + job.counts.review == 8  # the profane texts
    assert [j.name for j in listed] == [created.name]


async def test_cancel_ends_a_job_with_cancelled_items_and_stops_its_batch(
    tmp_path: Path, oracle: Emulator
) -> None:
    oracle.batches.hold = asyncio.Event()
    async with serve(tmp_path, **haiku(oracle)) as (_, stub):
        created = (await stub.CreateJob(pb.CreateJobRequest(items=texts(5)))).job
        await until(lambda: oracle.batches.created > 0)
        cancelled = (await stub.CancelJob(pb.CancelJobRequest(name=created.name))).job
        results = await read_all(stub, created.name)
        with pytest.raises(grpc.aio.AioRpcError) as again:
            await stub.CancelJob(pb.CancelJobRequest(name=created.name))
        # The runner cancels the upstream batch too.
        await until(lambda: any(r.path.endswith("/cancel") for r in oracle.requests))
    assert cancelled.state == pb.JOB_STATE_CANCELLED and cancelled.counts.errors == 5
    assert all(r.result.error.code == grpc.StatusCode.CANCELLED.value[0] for r in results)
    assert again.value.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_a_job_whose_policy_is_gone_after_a_restart_ends_and_stops_its_batch(
    tmp_path: Path, oracle: Emulator
) -> None:
    default = Path(moderation.__file__).parent / "policies" / "default.toml"
    gone = tmp_path / "gone.toml"
    gone.write_text(default.read_text().replace('id = "default"', 'id = "gone"', 1))
    oracle.batches.hold = asyncio.Event()
    async with serve(tmp_path, **haiku(oracle, policy_files=[default, gone])) as (running, stub):
        items = pb.CreateJobRequest(items=texts(5), policy_id="gone")
        created = (await stub.CreateJob(items)).job
        assert running.jobs is not None
        job_id = created.name.removeprefix("jobs/")
        async with asyncio.timeout(30):
            while True:  # stopped with its batch submitted and still running upstream
                if await running.jobs.store.batches(job_id, [BatchState.SUBMITTED]):
                    break
                await asyncio.sleep(0.02)
    async with serve(tmp_path, **haiku(oracle, policy_files=[default])) as (_, stub):
        job = await wait_ended(stub, created.name)
        results = await read_all(stub, created.name)
        # Its batch can no longer be read into verdicts: it is cancelled upstream.
        await until(lambda: any(r.path.endswith("/cancel") for r in oracle.requests))
    assert job.state == pb.JOB_STATE_SUCCEEDED
    assert (job.counts.errors, job.counts.pending) == (5, 0)
    assert [r.result.item_id for r in results] == [i.id for i in items.items]
    for r in results:
        assert r.result.error.code == grpc.StatusCode.FAILED_PRECONDITION.value[0]
        assert "policy 'gone' is no longer configured" in r.result.error.message


async def test_bad_job_requests_get_clear_statuses(tmp_path: Path) -> None:
    async with serve(tmp_path, jobs_max_items=5) as (_, stub):
        a = (await stub.CreateJob(pb.CreateJobRequest(items=texts(2)))).job
        b = (await stub.CreateJob(pb.CreateJobRequest(items=texts(1)))).job
        await wait_ended(stub, a.name)
        [first, _] = await read_all(stub, a.name)
        unknown = await code(stub.GetJob(pb.GetJobRequest(name="jobs/0123456789abcdef")))
        assert unknown[0] == grpc.StatusCode.NOT_FOUND
        assert (await code(stub.GetJob(pb.GetJobRequest(name="nonsense"))))[1] == ["name"]
        newline = await code(stub.GetJob(pb.GetJobRequest(name=a.name + "\n")))
        assert newline == (grpc.StatusCode.INVALID_ARGUMENT, ["name"])
        too_big = await code(stub.CreateJob(pb.CreateJobRequest(items=texts(6))))
        assert too_big == (grpc.StatusCode.INVALID_ARGUMENT, ["items"])
        empty = await code(stub.CreateJob(pb.CreateJobRequest()))
        assert empty == (grpc.StatusCode.INVALID_ARGUMENT, ["items"])
        dup = [pb.Item(id="x", text="a"), pb.Item(id="x", text="b")]
        assert (await code(stub.CreateJob(pb.CreateJobRequest(items=dup))))[1] == ["items[1].id"]
        policy = await code(stub.CreateJob(pb.CreateJobRequest(items=texts(1), policy_id="no")))
        assert policy == (grpc.StatusCode.INVALID_ARGUMENT, ["policy_id"])
        upload = [pb.UploadJobRequest(items=texts(3)), pb.UploadJobRequest(items=texts(1))]
        dup_upload = await code(stub.UploadJob(iter(upload)))
        assert dup_upload == (grpc.StatusCode.INVALID_ARGUMENT, ["items[3].id"])
        other = pb.ReadJobResultsRequest(name=b.name, page_token=first.page_token)
        foreign = await code(read_stream(stub, other))
        assert foreign == (grpc.StatusCode.INVALID_ARGUMENT, ["page_token"])
        junk = pb.ReadJobResultsRequest(name=a.name, page_token="!!")
        assert (await code(read_stream(stub, junk)))[1] == ["page_token"]
        bad_page = await code(stub.ListJobs(pb.ListJobsRequest(page_token="e30=")))
        assert bad_page == (grpc.StatusCode.INVALID_ARGUMENT, ["page_token"])
        # The failed upload left nothing behind.
        listed = (await stub.ListJobs(pb.ListJobsRequest())).jobs
        assert sorted(j.name for j in listed) == sorted([a.name, b.name])


@pytest.mark.parametrize("jobs_store", ["sqlite", "memory", "redis"])
async def test_forged_page_tokens_with_numbers_out_of_range_are_invalid_argument(
    tmp_path: Path, request: pytest.FixtureRequest, jobs_store: str
) -> None:
    """Refused before any store sees them: a huge int overflows SQLite, NaN orders nothing."""
    store: dict[str, object] = {"jobs_store": jobs_store}
    if jobs_store == "redis":
        store.update(redis_url=request.getfixturevalue("redis_url"), jobs_dir=None)
    async with serve(tmp_path, **store) as (_, stub):
        older = (await stub.CreateJob(pb.CreateJobRequest(items=texts(2)))).job
        job = (await stub.CreateJob(pb.CreateJobRequest(items=texts(2)))).job
        await wait_ended(stub, job.name)
        job_id = job.name.removeprefix("jobs/")
        for seq in (10**30, -1, 2, True, 1.0):
            forged = token({"job": job_id, "seq": seq})
            read = read_stream(stub, pb.ReadJobResultsRequest(name=job.name, page_token=forged))
            assert await code(read) == (grpc.StatusCode.INVALID_ARGUMENT, ["page_token"]), seq
        for t, after in [
            (10**400, job_id),
            ("nan", job_id),
            (math.nan, job_id),
            (math.inf, job_id),
            (True, job_id),
            (1e9, [job_id]),
            (1e9, "x"),
        ]:
            listed = stub.ListJobs(pb.ListJobsRequest(page_token=token({"t": t, "id": after})))
            assert await code(listed) == (grpc.StatusCode.INVALID_ARGUMENT, ["page_token"]), t
        # The tokens the server issues still resume where they stopped.
        [first, _] = await read_all(stub, job.name)
        [rest] = await read_all(stub, job.name, first.page_token)
        page = await stub.ListJobs(pb.ListJobsRequest(page_size=1))
        following = await stub.ListJobs(pb.ListJobsRequest(page_token=page.next_page_token))
    assert rest.result.item_id == "c1"
    assert [j.name for j in page.jobs] == [job.name]
    assert [j.name for j in following.jobs] == [older.name]


def token(doc: dict[str, object]) -> str:
    """A page token as the server encodes one, holding whatever `doc` says."""
    return base64.urlsafe_b64encode(json.dumps(doc).encode()).decode()


async def code(call: object) -> tuple[grpc.StatusCode, list[str]]:
    """The status code of a call that must fail, and the fields its BadRequest names."""
    with pytest.raises(grpc.aio.AioRpcError) as err:
        await call  # type: ignore[misc]
    return err.value.code(), [f for f, _ in field_violations(err.value)]


def field_violations(err: grpc.aio.AioRpcError) -> list[tuple[str, str]]:
    """The BadRequest field violations of a failed call; [] when it carries none."""
    try:
        status = rich_status(err)
    except AssertionError:
        return []
    out: list[tuple[str, str]] = []
    for detail in status.details:
        bad = error_details_pb2.BadRequest()
        if detail.Unpack(bad):
            out.extend((v.field, v.description) for v in bad.field_violations)
    return out


async def read_stream(stub: Stub, request: pb.ReadJobResultsRequest) -> None:
    async for _ in stub.ReadJobResults(request):
        pass


def details(err: grpc.aio.AioRpcError, message: type[M]) -> list[M]:
    """The call's google.rpc details of one type."""
    out: list[M] = []
    for detail in rich_status(err).details:
        found = message()
        if detail.Unpack(found):
            out.append(found)
    return out


async def test_unknown_and_ended_jobs_and_oversized_jobs_say_which_and_why(
    tmp_path: Path,
) -> None:
    unknown = "jobs/0123456789abcdef"
    async with serve(tmp_path, jobs_max_items=5) as (_, stub):
        calls: dict[str, Awaitable[object]] = {
            "GetJob": stub.GetJob(pb.GetJobRequest(name=unknown)),
            "CancelJob": stub.CancelJob(pb.CancelJobRequest(name=unknown)),
            "ReadJobResults": read_stream(stub, pb.ReadJobResultsRequest(name=unknown)),
        }
        for rpc, call in calls.items():
            with pytest.raises(grpc.aio.AioRpcError) as missing:
                await call
            assert missing.value.code() == grpc.StatusCode.NOT_FOUND, rpc
            [info] = details(missing.value, error_details_pb2.ResourceInfo)
            assert info.resource_name == unknown
            assert info.resource_type == "type.googleapis.com/moderation.v1.Job"
        done = (await stub.CreateJob(pb.CreateJobRequest(items=texts(2)))).job
        await wait_ended(stub, done.name)
        with pytest.raises(grpc.aio.AioRpcError) as ended:
            await stub.CancelJob(pb.CancelJobRequest(name=done.name))
        assert ended.value.code() == grpc.StatusCode.FAILED_PRECONDITION
        [failure] = details(ended.value, error_details_pb2.PreconditionFailure)
        [violation] = failure.violations
        assert violation.subject == done.name and "succeeded" in violation.description
        upload = [pb.UploadJobRequest(items=texts(4)), pb.UploadJobRequest(items=texts(6)[4:])]
        with pytest.raises(grpc.aio.AioRpcError) as too_big:
            await stub.UploadJob(iter(upload))
        assert too_big.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert field_violations(too_big.value) == [("items", "6 items; a job holds at most 5")]
        listed = (await stub.ListJobs(pb.ListJobsRequest())).jobs
    assert [j.name for j in listed] == [done.name]  # the refused upload left nothing


async def test_an_unreachable_job_store_answers_unavailable_with_when_to_retry(
    tmp_path: Path,
) -> None:
    """Redis gone: every job RPC says UNAVAILABLE and when to retry, and the server stays up."""
    from bench.harness import free_port

    dead = f"redis://127.0.0.1:{free_port()}/0"
    async with serve(tmp_path, jobs_store="redis", redis_url=dead, jobs_dir=None) as (_, stub):
        name = "jobs/0123456789abcdef"
        calls: dict[str, Awaitable[object]] = {
            "CreateJob": stub.CreateJob(pb.CreateJobRequest(items=texts(2))),
            "GetJob": stub.GetJob(pb.GetJobRequest(name=name)),
            "ListJobs": stub.ListJobs(pb.ListJobsRequest()),
            "CancelJob": stub.CancelJob(pb.CancelJobRequest(name=name)),
            "ReadJobResults": read_stream(stub, pb.ReadJobResultsRequest(name=name)),
        }
        for rpc, call in calls.items():
            with pytest.raises(grpc.aio.AioRpcError) as down:
                await call
            assert down.value.code() == grpc.StatusCode.UNAVAILABLE, rpc
            assert "job store cannot be reached" in (down.value.details() or ""), rpc
            [retry] = details(down.value, error_details_pb2.RetryInfo)
            assert retry.retry_delay.ToTimedelta().total_seconds() > 0, rpc
        # The rest of the service does not depend on the job store.
        reply = await stub.Moderate(pb.ModerateRequest(items=[pb.Item(id="a", text="hello")]))
        assert reply.results[0].WhichOneof("outcome") == "verdict"


async def test_jobs_send_through_the_live_path_s_backend_built_once(
    tmp_path: Path, oracle: Emulator
) -> None:
    """One client, one model choice, one prompt count: the Models API is probed and the
    policy's prompt counted once, at start-up, not again for the first job."""
    async with serve(tmp_path, **haiku(oracle)) as (running, stub):
        created = (await stub.CreateJob(pb.CreateJobRequest(items=texts(5)))).job
        job = await wait_ended(stub, created.name)
        assert running.jobs is not None and running.jobs.problem == ""
    assert job.counts.blocked == 1 and job.counts.allowed == 4
    probes = [r for r in oracle.requests if r.path.startswith("/v1/models/")]
    counted = [r for r in oracle.requests if r.path == "/v1/messages/count_tokens"]
    assert (len(probes), len(counted)) == (1, 1)
