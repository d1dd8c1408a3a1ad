"""The ModerationService servicer: proto in, engine, proto out, and the right status codes.

Every engine error becomes a status through one mapping (`status.status_for`
for whole calls, `status.item_error_for` for stream items). Overload is never
silent: it is refused with RESOURCE_EXHAUSTED and RetryInfo, counted, and
logged at most once per `OVERLOAD_LOG_SECONDS`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass
from typing import Any, NoReturn

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from moderation.domain import ErrorCode, Item, ItemError, Outcome
from moderation.engine import Engine, JudgeRequest
from moderation.errors import (
    ModerationError,
    NotACandidate,
    Overloaded,
    PolicyNotFound,
    quoted,
)
from moderation.jobs.service import JobService
from moderation.observability import TenantUsage
from moderation.promotions import PromotionNotRecorded
from moderation.tenants import Tenant, Tenants
from moderation.transport import convert
from moderation.transport.admission import Admission
from moderation.transport.auth import caller
from moderation.transport.blocklists import BlocklistHandlers
from moderation.transport.decoding import Undecodable, refuse
from moderation.transport.hits import HitAnswers
from moderation.transport.jobs import JobHandlers
from moderation.transport.status import (
    POLICY_RESOURCE,
    TENANT_RESOURCE,
    failed_precondition,
    item_error_for,
    not_found,
    status_for,
)
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

log = logging.getLogger(__name__)

# Codes that, when every item of a unary call failed with the same one, fail the whole call:
# callers' retry logic keys on the call's status.
_WHOLE_CALL_CODES = {
    ErrorCode.UNAVAILABLE: grpc.StatusCode.UNAVAILABLE,
    ErrorCode.DEADLINE_EXCEEDED: grpc.StatusCode.DEADLINE_EXCEEDED,
}
OVERLOAD_LOG_SECONDS = 10.0
SHUTTING_DOWN = "the server is shutting down; send items without a result to another replica"
# How long a stream goes on reading once the server drains: items already on their way are
# answered (UNAVAILABLE) instead of ending without a result.
DRAIN_READ_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class StreamLimits:
    """How much of one stream may be judged or waiting for its reader at once."""

    max_items: int = 256
    max_bytes: int = 32 * 1024 * 1024


def _deadline(context: grpc.aio.ServicerContext[Any, Any]) -> float | None:
    remaining = context.time_remaining()
    return None if remaining is None else time.monotonic() + remaining


class ModerationServicer(JobHandlers, BlocklistHandlers, pb_grpc.ModerationServiceServicer):
    """The moderation.v1.ModerationService handlers (registered by `decoding.add_to_server`)."""

    def __init__(
        self,
        engine: Engine,
        stream_limits: StreamLimits | None = None,
        admission: Admission | None = None,
        jobs: JobService | None = None,
        tenants: Tenants | None = None,
    ) -> None:
        self.engine = engine
        self.tenants = tenants
        self.jobs = jobs
        self.blocklists = engine.blocklists
        self.stream_limits = stream_limits or StreamLimits()
        self.admission = admission or Admission(max_items=20_000, max_bytes=512 * 1024 * 1024)
        self.hits = HitAnswers(engine)
        self.draining = asyncio.Event()
        self._overload_logged = -OVERLOAD_LOG_SECONDS
        self._overload_unlogged = 0

    def drain(self) -> None:
        """Shutdown begins: streams read on for DRAIN_READ_SECONDS (refusing what they read),
        answer what they hold, then end UNAVAILABLE."""
        self.draining.set()

    async def Moderate(
        self,
        request: pb.ModerateRequest,
        context: grpc.aio.ServicerContext[pb.ModerateRequest, pb.ModerateResponse],
    ) -> pb.ModerateResponse:
        """`moderate` for a caller in this process: the response as a message, always."""
        answer = await self.moderate(request, context)
        return pb.ModerateResponse.FromString(answer) if isinstance(answer, bytes) else answer

    async def moderate(
        self,
        request: pb.ModerateRequest | Undecodable,
        context: grpc.aio.ServicerContext[pb.ModerateRequest, pb.ModerateResponse],
    ) -> pb.ModerateResponse | bytes:
        """Moderate as the gRPC port serves it (`decoding.add_to_server`): a one-item call
        answered from this replica's verdict cache as its serialized response, before
        admission and the engine's per-item machinery (`hits.HitAnswers`: counted and
        reported as every hit is); every other call the whole way, as a message. A request
        that could not be decoded is refused, with the field at fault."""
        if isinstance(request, Undecodable):
            await refuse(request, context)
        tenant = caller()
        if len(request.items) == 1:
            hit = self.hits.answer(request, tenant)
            if hit is not None:
                return hit
        held = (len(request.items), request.ByteSize())
        try:
            self.admission.admit(tenant, *held)
        except Overloaded as exc:  # refused before any work is spent on the request
            self.engine.metrics.tenant_refused.labels(tenant.id).inc()
            await self._abort(context, exc, "Moderate")
        try:
            items = [convert.item_from_proto(i) for i in request.items]
            outcomes = await self.engine.moderate(
                items, request.policy_id, _deadline(context), tenant
            )
        except ModerationError as exc:
            if isinstance(exc, Overloaded):
                self.engine.metrics.tenant_refused.labels(tenant.id).inc()
            await self._abort(context, exc, "Moderate")
        finally:
            self.admission.release(tenant, *held)
        await _abort_if_all_failed(outcomes, context)
        return pb.ModerateResponse(results=[convert.result_to_proto(o) for o in outcomes])

    async def ModerateStream(
        self,
        request_iterator: AsyncIterable[pb.ModerateStreamRequest | Undecodable],
        context: grpc.aio.ServicerContext[pb.ModerateStreamRequest, pb.ModerateStreamResponse],
    ) -> AsyncIterator[pb.ModerateStreamResponse]:
        """`moderate_stream` for a caller in this process: each response as a message."""
        async for answer in self.moderate_stream(request_iterator, context):
            yield (
                pb.ModerateStreamResponse.FromString(answer)
                if isinstance(answer, bytes)
                else answer
            )

    async def moderate_stream(
        self,
        request_iterator: AsyncIterable[pb.ModerateStreamRequest | Undecodable],
        context: grpc.aio.ServicerContext[pb.ModerateStreamRequest, pb.ModerateStreamResponse],
    ) -> AsyncIterator[pb.ModerateStreamResponse | bytes]:
        """Results in completion order; the stream's items in flight bounded in count and bytes.
        A hit whose text hit before is sent as its serialized message (`hits.HitAnswers`).

        When the bound is reached (items judged, or answered but not yet read by
        the caller), the server stops reading the stream, so HTTP/2 flow control
        pushes back on a fast writer or a slow reader instead of the server
        buffering. On shutdown the stream reads on for DRAIN_READ_SECONDS, each item it
        reads then refused UNAVAILABLE, answers every item it
        accepted, and ends with UNAVAILABLE.
        """
        stream = _Stream(self, _deadline(context), caller())
        reader = asyncio.create_task(stream.read(request_iterator))
        first_result = self.engine.metrics.stream_first_result
        try:
            while (entry := await stream.results.get()) is not None:
                answer, item_id, size, held = entry
                if not stream.first_sent and stream.first_read_at is not None:
                    first_result.observe(time.monotonic() - stream.first_read_at)
                    stream.first_sent = True
                if held:
                    stream.in_flight.discard(item_id)
                if isinstance(answer, bytes):  # a hit answered on the wire, serialized
                    yield answer
                else:
                    response = pb.ModerateStreamResponse()
                    convert.result_into(answer, response.result)
                    yield response
                stream.budget.release(size)
                stream.slots.release()
            await reader  # surfaces a failed read (e.g. the client's stream broke)
            if stream.drained:
                await context.abort(grpc.StatusCode.UNAVAILABLE, SHUTTING_DOWN)
        finally:
            reader.cancel()
            for task in list(stream.tasks):
                task.cancel()

    async def ListPolicies(
        self,
        request: pb.ListPoliciesRequest,
        context: grpc.aio.ServicerContext[pb.ListPoliciesRequest, pb.ListPoliciesResponse],
    ) -> pb.ListPoliciesResponse:
        registry = self.engine.policies
        return pb.ListPoliciesResponse(
            policies=[
                convert.policy_to_proto(p, p.id == registry.default_id) for p in registry.all()
            ]
        )

    async def GetUsage(
        self,
        request: pb.GetUsageRequest,
        context: grpc.aio.ServicerContext[pb.GetUsageRequest, pb.GetUsageResponse],
    ) -> pb.GetUsageResponse:
        tenant = caller()
        asked = request.tenant or ("" if tenant.is_admin else tenant.id)
        known = {t.id for t in self.tenants.all()} if self.tenants else {tenant.id}
        counted = self.engine.metrics.tenant_usage()
        if asked and (
            (asked != tenant.id and not tenant.is_admin) or asked not in known | set(counted)
        ):
            status = not_found(f"no tenant {quoted(asked)}", TENANT_RESOURCE, asked)
            await context.abort(status.code, status.details, status.trailing_metadata)
        ids = [asked] if asked else sorted(known | set(counted))
        started = Timestamp()
        started.FromNanoseconds(int(self.engine.metrics.started_at * 1e9))
        return pb.GetUsageResponse(
            tenants=[convert.tenant_usage_to_proto(counted.get(i) or TenantUsage(i)) for i in ids],
            start_time=started,
        )

    async def GetShadowReport(
        self,
        request: pb.GetShadowReportRequest,
        context: grpc.aio.ServicerContext[pb.GetShadowReportRequest, pb.GetShadowReportResponse],
    ) -> pb.GetShadowReportResponse:
        await self._admin_only(context, "shadow reports are for the admin role")
        shadow = self.engine.shadow
        reports = shadow.reports(request.policy_id) if shadow is not None else []
        return pb.GetShadowReportResponse(
            reports=[convert.shadow_report_to_proto(r) for r in reports]
        )

    async def PromoteShadowPolicy(
        self,
        request: pb.PromoteShadowPolicyRequest,
        context: grpc.aio.ServicerContext[
            pb.PromoteShadowPolicyRequest, pb.PromoteShadowPolicyResponse
        ],
    ) -> pb.PromoteShadowPolicyResponse:
        await self._admin_only(context, "promoting a policy is for the admin role")
        registry, promotions = self.engine.policies, self.engine.promotions
        try:
            if promotions is not None:  # recorded: every replica follows, restarts too
                promotion = await promotions.promote(
                    request.policy_id, request.policy_version, caller().id
                )
            else:
                promotion = await registry.promote(request.policy_id, request.policy_version)
        except PromotionNotRecorded as exc:
            await context.abort(grpc.StatusCode.UNAVAILABLE, str(exc))
        except PolicyNotFound as exc:
            status = not_found(str(exc), POLICY_RESOURCE, exc.policy_id)
            await context.abort(status.code, status.details, status.trailing_metadata)
        except NotACandidate as exc:
            status = failed_precondition(str(exc), "SHADOW_CANDIDATE", exc.policy_id)
            await context.abort(status.code, status.details, status.trailing_metadata)
        shadow = self.engine.shadow
        report = shadow.report_of(promotion.candidate) if shadow is not None else None
        return pb.PromoteShadowPolicyResponse(
            policy=convert.policy_to_proto(
                promotion.live, promotion.live.id == registry.default_id
            ),
            previous_version=promotion.previous.version,
            report=convert.shadow_report_to_proto(report) if report is not None else None,
        )

    async def _admin_only(self, context: grpc.aio.ServicerContext[Any, Any], why: str) -> None:
        """Where tenants exist, PERMISSION_DENIED for all but the admin role."""
        has_tenants = self.tenants is not None and self.tenants.directory.has_tenants
        if has_tenants and not caller().is_admin:
            await context.abort(grpc.StatusCode.PERMISSION_DENIED, why)

    async def GetPolicy(
        self,
        request: pb.GetPolicyRequest,
        context: grpc.aio.ServicerContext[pb.GetPolicyRequest, pb.GetPolicyResponse],
    ) -> pb.GetPolicyResponse:
        registry = self.engine.policies
        try:
            policy = registry.get(request.policy_id)
        except PolicyNotFound as exc:
            status = not_found(str(exc), POLICY_RESOURCE, exc.policy_id)
            await context.abort(status.code, status.details, status.trailing_metadata)
        return pb.GetPolicyResponse(
            policy=convert.policy_to_proto(policy, policy.id == registry.default_id)
        )

    # --- shared ----------------------------------------------------------

    async def _abort(
        self, context: grpc.aio.ServicerContext[Any, Any], exc: ModerationError, method: str
    ) -> NoReturn:
        if isinstance(exc, Overloaded):
            self.note_overload(str(exc), method)
        status = status_for(exc)
        await context.abort(status.code, status.details, status.trailing_metadata)

    def note_overload(self, why: str, method: str = "ModerateStream") -> None:
        """Count a refusal for overload; log it, at most once per OVERLOAD_LOG_SECONDS."""
        self.engine.metrics.refused_overloaded.labels(method).inc()
        now = time.monotonic()
        if now - self._overload_logged < OVERLOAD_LOG_SECONDS:
            self._overload_unlogged += 1
            return
        log.warning(
            "overloaded, refusing work with RESOURCE_EXHAUSTED: %s (%d more refusals since the "
            "last report)",
            why,
            self._overload_unlogged,
        )
        self._overload_logged = now
        self._overload_unlogged = 0


class _ByteBudget:
    """Bytes a stream may hold at once; one item larger than the whole budget goes alone."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._used = 0
        self._freed = asyncio.Condition()

    async def acquire(self, size: int) -> None:
        async with self._freed:
            await self._freed.wait_for(lambda: self._used == 0 or self._used + size <= self._limit)
            self._used += size

    def release(self, size: int) -> None:
        self._used -= size
        if size:
            asyncio.get_running_loop().create_task(self._notify())

    async def _notify(self) -> None:
        async with self._freed:
            self._freed.notify_all()


class _Stream:
    """One ModerateStream call: its reader, its items in flight and its results queue."""

    def __init__(
        self, servicer: ModerationServicer, deadline: float | None, tenant: Tenant
    ) -> None:
        self._servicer = servicer
        self._tenant = tenant
        self.engine = servicer.engine
        self._limits = servicer.stream_limits
        self._deadline = deadline
        # (outcome, or a hit's serialized message; its item id; bytes it holds; whether it
        # frees an id in flight); None ends the stream.
        self.results: asyncio.Queue[tuple[Outcome | bytes, str, int, bool] | None] = asyncio.Queue()
        self.slots = asyncio.Semaphore(self._limits.max_items)
        self.budget = _ByteBudget(self._limits.max_bytes)
        self.in_flight: set[str] = set()
        self.tasks: set[asyncio.Task[None]] = set()
        self.drained = False
        self.first_read_at: float | None = None  # when the first message was read
        self.first_sent = False
        self._drain_ends: float | None = None  # when a draining stream stops reading
        self._reader: asyncio.Task[Any] | None = None  # the task running `read`
        self._reading = False  # `read` waits for the next message
        self._read_timer: asyncio.TimerHandle | None = None  # ends a draining read
        self._read_abandoned = False

    async def read(self, request_iterator: AsyncIterable[Any]) -> None:
        # One waiter on the server's drain for the whole stream, not one per message: a read
        # waiting when the drain begins is bounded from then on (`_on_drain`).
        self._reader = asyncio.current_task()
        drain = asyncio.ensure_future(self._servicer.draining.wait())
        drain.add_done_callback(self._on_drain)
        try:
            iterator = aiter(request_iterator)
            index = 0
            while (message := await self._next(iterator)) is not None:
                if self.first_read_at is None:
                    self.first_read_at = time.monotonic()
                if isinstance(message, Undecodable):
                    await self._refuse(
                        ItemError("", ErrorCode.INVALID_ARGUMENT, message.message(), message.field)
                    )
                    continue
                among = len(message.items)
                again = among <= self.engine.limits.max_items  # else each item is refused
                for raw in message.items:
                    if not (again and await self._answered_again(raw, message.policy_id)):
                        await self._accept(convert.item_from_proto(raw), index, among, message)
                    index += 1
            if self.tasks:
                await asyncio.gather(*list(self.tasks))
        finally:
            drain.cancel()
            await self.results.put(None)

    async def _next(self, iterator: AsyncIterator[Any]) -> Any:
        """The next request message; None at its end, or once the server has been draining
        for DRAIN_READ_SECONDS.

        Messages a caller wrote just before the drain may still be on their way: for a
        moment the stream goes on reading, and each item it reads then is answered
        (UNAVAILABLE, to send to another replica) rather than left without a result. Only
        a read still waiting when that moment ends is abandoned (`_abandon_read`). A read
        is a plain await of the next message, with no task or waiter of its own: a stream
        of cache hits spends most of its time here.
        """
        draining = self._servicer.draining.is_set()
        if draining and self._drain_left() <= 0:
            self.drained = True
            return None
        if draining:
            self._bound_read()
        self._reading = True
        try:
            return await anext(iterator, None)
        except asyncio.CancelledError:
            reader = self._reader
            if not self._read_abandoned or reader is None or reader.uncancel() > 0:
                raise  # cancelled by someone else too: the stream is going away
            self.drained = True
            return None
        finally:
            self._reading = False
            if self._read_timer is not None:
                self._read_timer.cancel()
                self._read_timer = None

    def _on_drain(self, drain: asyncio.Future[Any]) -> None:
        """The server drains: a read waiting now has what is left of the moment."""
        if not drain.cancelled() and self._reading:
            self._bound_read()

    def _bound_read(self) -> None:
        if self._read_timer is None:
            loop = asyncio.get_running_loop()
            self._read_timer = loop.call_later(max(0.0, self._drain_left()), self._abandon_read)

    def _abandon_read(self) -> None:
        """The drain's moment is over and the stream still waits for a message: stop."""
        self._read_timer = None
        if self._reading and self._reader is not None:
            self._read_abandoned = True
            self._reader.cancel()

    def _drain_left(self) -> float:
        """Seconds this draining stream goes on reading (DRAIN_READ_SECONDS from the first
        read that saw the drain)."""
        now = time.monotonic()
        if self._drain_ends is None:
            self._drain_ends = now + DRAIN_READ_SECONDS
        return self._drain_ends - now

    async def _answered_again(self, raw: pb.Item, policy_id: str) -> bool:
        """An item whose text hit before, answered on the wire (`HitAnswers.again`) as
        `_accept` answers a hit; False leaves the item to `_accept` (a copy of an id in
        flight, the server draining, anything but a hit that still stands)."""
        item_id = raw.id
        if item_id in self.in_flight or self._servicer.draining.is_set():
            return False
        result = self._servicer.hits.again(raw, policy_id, self._tenant)
        if result is None:
            return False
        await self.slots.acquire()
        self.in_flight.add(item_id)
        self.results.put_nowait((convert.one_result_bytes(result), item_id, 0, True))
        return True

    async def _accept(self, item: Item, index: int, among: int, message: Any) -> None:
        where = f"items[{index}]"
        if item.id in self.in_flight:
            # Checked first, whatever else is wrong with the copy: an error under the id would
            # be a second result for it, and the caller already has that item in flight.
            await self._refuse(
                ItemError(
                    "",
                    ErrorCode.INVALID_ARGUMENT,
                    f"id {quoted(item.id)} is already in flight on this stream; "
                    "this copy was not judged",
                    f"{where}.id",
                )
            )
            return
        try:
            request = self.engine.accept(
                item,
                message.policy_id,
                where,
                among=among,
                deadline=self._deadline,
                tenant=self._tenant,
            )
        except ModerationError as exc:
            await self._refuse(item_error_for(exc, item.id))
            return
        if self._servicer.draining.is_set():
            self.drained = True
            await self._refuse(ItemError(item.id, ErrorCode.UNAVAILABLE, SHUTTING_DOWN))
            return
        hit = self._servicer.hits.first(request, message.policy_id)
        if hit is not None:  # answered at once: no admission, no task
            await self.slots.acquire()
            self.in_flight.add(item.id)
            self.results.put_nowait((hit, item.id, 0, True))  # unbounded: the slots bound it
            return
        size = request.item.size_bytes()
        try:
            self._servicer.admission.admit(self._tenant, 1, size)
        except Overloaded as exc:
            await self._refuse(item_error_for(exc, item.id))
            return
        try:
            await self.slots.acquire()
            await self.budget.acquire(size)
        except BaseException:
            self._servicer.admission.release(self._tenant, 1, size)
            raise
        self.in_flight.add(item.id)
        task = asyncio.create_task(self._judge(request, size))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _refuse(self, error: ItemError) -> None:
        self._count(error)
        await self.slots.acquire()
        await self.results.put((error, error.item_id, 0, False))

    def _count(self, error: ItemError) -> ItemError:
        """Count, once, an error the stream answers itself (the engine counts its own):
        bad input in items_invalid, overload in refused_overloaded, the rest in item_errors."""
        if error.code is ErrorCode.INVALID_ARGUMENT:
            self.engine.metrics.items_invalid.inc()
        elif error.code is ErrorCode.RESOURCE_EXHAUSTED:
            self._servicer.note_overload(error.message)
            self.engine.metrics.tenant_refused.labels(self._tenant.id).inc()
        else:
            self.engine.metrics.item_errors.labels(error.code.value).inc()
        return error

    async def _judge(self, request: JudgeRequest, size: int) -> None:
        item = request.item
        try:
            outcome: Outcome = await self.engine.judge(request)
        except ModerationError as exc:
            outcome = self._count(item_error_for(exc, item.id))
        except Exception:  # one item's fault must not stall the stream
            log.exception("judging a streamed item failed")
            outcome = self._count(
                ItemError(item.id, ErrorCode.INTERNAL, "internal error judging this item")
            )
        finally:
            self._servicer.admission.release(self._tenant, 1, size)
        await self.results.put((outcome, item.id, size, True))


async def _abort_if_all_failed(
    outcomes: list[Outcome], context: grpc.aio.ServicerContext[Any, Any]
) -> None:
    codes = {o.code for o in outcomes if isinstance(o, ItemError)}
    if len(codes) == 1 and all(isinstance(o, ItemError) for o in outcomes):
        code = codes.pop()
        if code in _WHOLE_CALL_CODES:
            first = outcomes[0]
            assert isinstance(first, ItemError)
            await context.abort(_WHOLE_CALL_CODES[code], first.message)
