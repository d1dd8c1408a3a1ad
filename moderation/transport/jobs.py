"""The job RPCs: proto in, `JobService` call, proto out, one status per kind of error.

A mixin of the ModerationService servicer, so one servicer still serves the
whole service: INVALID_ARGUMENT with the fields at fault, NOT_FOUND for an
unknown job, or another tenant's (with a ResourceInfo naming it: the same
answer), FAILED_PRECONDITION for cancelling an ended job (with a
PreconditionFailure), RESOURCE_EXHAUSTED when the caller's stored jobs are
full (with RetryInfo and a QuotaFailure), UNIMPLEMENTED when the server runs
without jobs. Every call acts as the caller's tenant (`auth.caller()`).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterable, AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

import grpc
from google.protobuf import any_pb2
from google.protobuf.timestamp_pb2 import Timestamp
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from moderation.domain import ErrorCode, Item
from moderation.errors import FieldViolation, InvalidArgument, ModerationError
from moderation.jobs.model import Job, JobEnded, JobNotFound, JobState, TenantJobsFull
from moderation.jobs.service import JobService
from moderation.transport import convert
from moderation.transport.auth import caller
from moderation.transport.convert import GRPC_CODES
from moderation.transport.decoding import Undecodable
from moderation.transport.status import (
    JOB_RESOURCE,
    RETRY_PUSHBACK_KEY,
    failed_precondition,
    not_found,
    status_for,
    with_retry_info,
)
from moderation.v1 import moderation_pb2 as pb

# How long a caller should wait before asking again while the job store is unreachable.
STORE_RETRY_SECONDS = 1.0
# When a tenant whose stored jobs are full might look again: space comes back only as its
# jobs are deleted or expire, so gRPC's own retry (seconds later) is told not to try.
FULL_RETRY_SECONDS = 60.0

_STATES = {
    JobState.PENDING: pb.JOB_STATE_PENDING,
    JobState.RUNNING: pb.JOB_STATE_RUNNING,
    JobState.SUCCEEDED: pb.JOB_STATE_SUCCEEDED,
    JobState.CANCELLED: pb.JOB_STATE_CANCELLED,
}
Context = grpc.aio.ServicerContext[Any, Any]


def _time(seconds: float | None) -> Timestamp | None:
    if seconds is None:
        return None
    ts = Timestamp()
    ts.FromNanoseconds(int(seconds * 1e9))
    return ts


def job_to_proto(job: Job, now: float) -> pb.Job:
    c = job.counts
    return pb.Job(
        name=job.name,
        policy_id=job.policy_id,
        state=_STATES.get(job.state, pb.JOB_STATE_UNSPECIFIED),
        item_count=job.item_count,
        counts=pb.JobCounts(
            pending=c.pending,
            allowed=c.allowed,
            review=c.review,
            blocked=c.blocked,
            errors=c.errors,
        ),
        usage=convert.usage_to_proto(job.usage),
        create_time=_time(job.created_at),
        update_time=_time(job.updated_at),
        end_time=_time(job.ended_at),
        estimated_end_time=_time(job.estimated_end(now)),
        backend=job.backend,
        owner=job.owner,
    )


class JobHandlers:
    """CreateJob, UploadJob, GetJob, ListJobs, CancelJob, DeleteJob and ReadJobResults."""

    jobs: JobService | None

    async def CreateJob(
        self, request: pb.CreateJobRequest, context: Context
    ) -> pb.CreateJobResponse:
        jobs = await self._jobs(context)
        items = await convert.items_from_proto(request.items)
        try:
            job = await jobs.create(items, request.policy_id, caller())
        except Exception as exc:
            await _abort(context, exc, jobs)
        return pb.CreateJobResponse(job=job_to_proto(job, _now()))

    async def UploadJob(
        self, request_iterator: AsyncIterable[pb.UploadJobRequest | Undecodable], context: Context
    ) -> pb.UploadJobResponse:
        jobs = await self._jobs(context)

        async def messages() -> AsyncIterator[tuple[Sequence[Item], str]]:
            async for message in request_iterator:
                if isinstance(message, Undecodable):
                    raise InvalidArgument([FieldViolation("", message.message())])
                yield [convert.item_from_proto(i) for i in message.items], message.policy_id

        try:
            job = await jobs.upload(messages(), caller())
        except Exception as exc:
            await _abort(context, exc, jobs)
        return pb.UploadJobResponse(job=job_to_proto(job, _now()))

    async def GetJob(self, request: pb.GetJobRequest, context: Context) -> pb.GetJobResponse:
        jobs = await self._jobs(context)
        try:
            job = await jobs.get(request.name, caller())
        except Exception as exc:
            await _abort(context, exc, jobs)
        return pb.GetJobResponse(job=job_to_proto(job, _now()))

    async def ListJobs(self, request: pb.ListJobsRequest, context: Context) -> pb.ListJobsResponse:
        jobs = await self._jobs(context)
        try:
            page, token = await jobs.list(request.page_size, request.page_token, caller())
        except Exception as exc:
            await _abort(context, exc, jobs)
        now = _now()
        return pb.ListJobsResponse(jobs=[job_to_proto(j, now) for j in page], next_page_token=token)

    async def CancelJob(
        self, request: pb.CancelJobRequest, context: Context
    ) -> pb.CancelJobResponse:
        jobs = await self._jobs(context)
        try:
            job = await jobs.cancel(request.name, caller())
        except Exception as exc:
            await _abort(context, exc, jobs)
        return pb.CancelJobResponse(job=job_to_proto(job, _now()))

    async def DeleteJob(
        self, request: pb.DeleteJobRequest, context: Context
    ) -> pb.DeleteJobResponse:
        jobs = await self._jobs(context)
        try:
            name = await jobs.delete(request.name, caller())
        except Exception as exc:
            await _abort(context, exc, jobs)
        return pb.DeleteJobResponse(name=name)

    async def ReadJobResults(
        self, request: pb.ReadJobResultsRequest, context: Context
    ) -> AsyncIterator[pb.ReadJobResultsResponse]:
        jobs = await self._jobs(context)
        try:
            results = await jobs.results(request.name, request.page_token, request.follow, caller())
            async for outcome, token in results:
                yield pb.ReadJobResultsResponse(
                    result=convert.result_to_proto(outcome), page_token=token
                )
        except Exception as exc:
            await _abort(context, exc, jobs)

    async def _jobs(self, context: Context) -> JobService:
        if self.jobs is None:
            await context.abort(grpc.StatusCode.UNIMPLEMENTED, "this server runs without jobs")
        return self.jobs


def _now() -> float:
    return time.time()


async def _abort(context: Context, exc: Exception, jobs: JobService) -> NoReturn:
    status: grpc.Status | None = None
    if isinstance(exc, JobNotFound):
        status = not_found(f"no job {exc.name}", JOB_RESOURCE, exc.name)
    elif isinstance(exc, JobEnded):
        status = failed_precondition(str(exc), "JOB_ENDED", exc.name)
    elif isinstance(exc, TenantJobsFull):
        status = _full(exc)
    elif jobs.unreachable(exc):
        message = f"the job store cannot be reached now ({exc}); retry with backoff"
        status = with_retry_info(GRPC_CODES[ErrorCode.UNAVAILABLE], message, STORE_RETRY_SECONDS)
    if status is not None:
        await context.abort(status.code, status.details, status.trailing_metadata)
    if isinstance(exc, ModerationError):
        status = status_for(exc)
        await context.abort(status.code, status.details, status.trailing_metadata)
    raise exc


def _full(exc: TenantJobsFull) -> grpc.Status:
    """RESOURCE_EXHAUSTED with a QuotaFailure naming the tenant and the bound, and RetryInfo;
    a negative pushback asks gRPC's built-in retry not to resend it in a few seconds."""
    quota = error_details_pb2.QuotaFailure(
        violations=[
            error_details_pb2.QuotaFailure.Violation(
                subject=f"tenants/{exc.tenant}", description=str(exc)
            )
        ]
    )
    retry = error_details_pb2.RetryInfo()
    retry.retry_delay.FromMilliseconds(int(FULL_RETRY_SECONDS * 1000))
    details = []
    for message in (quota, retry):
        detail = any_pb2.Any()
        detail.Pack(message)
        details.append(detail)
    rich = rpc_status.to_status(
        status_pb2.Status(code=code_pb2.RESOURCE_EXHAUSTED, message=str(exc), details=details)
    )
    return _Full(rich.code, rich.details, (*rich.trailing_metadata, (RETRY_PUSHBACK_KEY, "-1")))


@dataclass(frozen=True, slots=True)
class _Full(grpc.Status):
    code: grpc.StatusCode
    details: str
    trailing_metadata: tuple[tuple[str, str | bytes], ...]
