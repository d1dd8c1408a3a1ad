"""The ModerationService servicer: proto in, engine, proto out, and the right status codes."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterable, AsyncIterator
from typing import Any, NoReturn

import grpc
from google.rpc import code_pb2

from moderation.domain import ErrorCode, Item, ItemError, Outcome
from moderation.engine import Engine
from moderation.errors import (
    InvalidArgument,
    Overloaded,
    UpstreamUnavailable,
)
from moderation.transport import convert
from moderation.transport.decoding import Undecodable
from moderation.transport.status import bad_request, with_retry_info
from moderation.v1 import moderation_pb2 as pb

log = logging.getLogger(__name__)

# Codes that, when every item of a unary call failed with the same one, fail the whole call:
# callers' retry logic keys on the call's status.
_WHOLE_CALL_CODES = {
    ErrorCode.UNAVAILABLE: grpc.StatusCode.UNAVAILABLE,
    ErrorCode.DEADLINE_EXCEEDED: grpc.StatusCode.DEADLINE_EXCEEDED,
}
OVERLOAD_RETRY_SECONDS = 1.0


def _deadline(context: grpc.aio.ServicerContext[Any, Any]) -> float | None:
    remaining = context.time_remaining()
    return None if remaining is None else time.monotonic() + remaining


class ModerationServicer:
    """The moderation.v1.ModerationService handlers (registered by `decoding.add_to_server`)."""

    def __init__(self, engine: Engine, max_stream_in_flight: int = 256) -> None:
        self._engine = engine
        self._max_stream_in_flight = max_stream_in_flight

    async def Moderate(
        self,
        request: pb.ModerateRequest,
        context: grpc.aio.ServicerContext[pb.ModerateRequest, pb.ModerateResponse],
    ) -> pb.ModerateResponse:
        items = [convert.item_from_proto(i) for i in request.items]
        try:
            outcomes = await self._engine.moderate(items, request.policy_id, _deadline(context))
        except InvalidArgument as exc:
            await _abort_with(context, bad_request(str(exc), exc.violations))
        except Overloaded as exc:
            await _abort_with(
                context,
                with_retry_info(code_pb2.RESOURCE_EXHAUSTED, str(exc), OVERLOAD_RETRY_SECONDS),
            )
        except UpstreamUnavailable as exc:
            await context.abort(grpc.StatusCode.UNAVAILABLE, str(exc))
        await _abort_if_all_failed(outcomes, context)
        return pb.ModerateResponse(results=[convert.result_to_proto(o) for o in outcomes])

    async def ModerateStream(
        self,
        request_iterator: AsyncIterable[pb.ModerateStreamRequest | Undecodable],
        context: grpc.aio.ServicerContext[pb.ModerateStreamRequest, pb.ModerateStreamResponse],
    ) -> AsyncIterator[pb.ModerateStreamResponse]:
        """Results in completion order; at most `max_stream_in_flight` items unanswered.

        When that many items wait (judged or not yet read by the caller), the
        server stops reading the stream, so HTTP/2 flow control pushes back on
        a fast writer or a slow reader instead of the server buffering.
        """
        # (outcome, whether it frees an id held in flight); None ends the stream.
        results: asyncio.Queue[tuple[Outcome, bool] | None] = asyncio.Queue()
        slots = asyncio.Semaphore(self._max_stream_in_flight)
        in_flight: set[str] = set()
        tasks: set[asyncio.Task[None]] = set()
        deadline = _deadline(context)

        async def judge(item: Item, policy_id: str) -> None:
            try:
                policy = self._engine.policies.get(policy_id)
                outcome: Outcome = await self._engine.judge(item, policy, deadline)
            except InvalidArgument as exc:
                v = exc.violations[0]
                outcome = ItemError(item.id, ErrorCode.INVALID_ARGUMENT, v.description, v.field)
            except Overloaded as exc:
                outcome = ItemError(item.id, ErrorCode.RESOURCE_EXHAUSTED, str(exc))
            except UpstreamUnavailable as exc:
                outcome = ItemError(item.id, ErrorCode.UNAVAILABLE, str(exc))
            except Exception:  # one item's fault must not stall the stream
                log.exception("judging a streamed item failed")
                outcome = ItemError(item.id, ErrorCode.INTERNAL, "internal error judging this item")
            await results.put((outcome, True))

        async def read() -> None:
            try:
                await read_items()
                if tasks:
                    await asyncio.gather(*list(tasks))
            finally:
                await results.put(None)

        async def read_items() -> None:
            index = 0
            async for message in request_iterator:
                if isinstance(message, Undecodable):
                    await slots.acquire()
                    refused = ItemError("", ErrorCode.INVALID_ARGUMENT, message.message())
                    await results.put((refused, False))
                    continue
                for raw in message.items:
                    await slots.acquire()
                    item, error = self._engine.check_stream_item(
                        convert.item_from_proto(raw), f"items[{index}]"
                    )
                    index += 1
                    if error is None and item.id in in_flight:
                        error = ItemError(
                            item.id,
                            ErrorCode.INVALID_ARGUMENT,
                            f"id {item.id!r} is already in flight on this stream",
                            "items.id",
                        )
                    if error is not None:
                        await results.put((error, False))
                        continue
                    in_flight.add(item.id)
                    task = asyncio.create_task(judge(item, message.policy_id))
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)

        reader = asyncio.create_task(read())
        try:
            while True:
                entry = await results.get()
                if entry is None:
                    break
                outcome, held = entry
                if held:
                    in_flight.discard(outcome.item_id)
                yield pb.ModerateStreamResponse(result=convert.result_to_proto(outcome))
                slots.release()
            await reader  # surfaces a failed read (e.g. the client's stream broke)
        finally:
            reader.cancel()
            for task in list(tasks):
                task.cancel()

    async def ListPolicies(
        self,
        request: pb.ListPoliciesRequest,
        context: grpc.aio.ServicerContext[pb.ListPoliciesRequest, pb.ListPoliciesResponse],
    ) -> pb.ListPoliciesResponse:
        registry = self._engine.policies
        return pb.ListPoliciesResponse(
            policies=[
                convert.policy_to_proto(p, p.id == registry.default_id) for p in registry.all()
            ]
        )

    async def GetPolicy(
        self,
        request: pb.GetPolicyRequest,
        context: grpc.aio.ServicerContext[pb.GetPolicyRequest, pb.GetPolicyResponse],
    ) -> pb.GetPolicyResponse:
        registry = self._engine.policies
        try:
            policy = registry.get(request.policy_id)
        except InvalidArgument as exc:
            await context.abort(grpc.StatusCode.NOT_FOUND, str(exc))
        return pb.GetPolicyResponse(
            policy=convert.policy_to_proto(policy, policy.id == registry.default_id)
        )


async def _abort_with(context: grpc.aio.ServicerContext[Any, Any], status: grpc.Status) -> NoReturn:
    """Abort with a rich status (code, message and details in the trailing metadata)."""
    await context.abort(status.code, status.details, status.trailing_metadata)


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
