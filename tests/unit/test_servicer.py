"""The servicer in process, through grpcio-testing: statuses and rich details, no network.

grpcio-testing drives synchronous handlers, so a thin shim runs the asyncio
servicer's coroutines on an event loop in a background thread and adapts the
test context's abort to the awaitable one the servicer uses.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections.abc import Coroutine, Iterator
from typing import Any, NoReturn, TypeVar

import grpc
import grpc_testing
import pytest
from google.rpc import error_details_pb2, status_pb2

from moderation.config import Settings
from moderation.domain import Decision, Source, Verdict
from moderation.server import build_engine
from moderation.transport.convert import verdict_to_proto
from moderation.transport.servicer import ModerationServicer
from moderation.v1 import moderation_pb2 as pb
from tests.fakes import KeywordBackend

T = TypeVar("T")
SERVICE = pb.DESCRIPTOR.services_by_name["ModerationService"]


class _AioContext:
    """The parts of grpc.aio.ServicerContext the servicer uses, over a grpc_testing context."""

    def __init__(self, context: grpc.ServicerContext) -> None:
        self._context = context

    def time_remaining(self) -> float | None:
        return self._context.time_remaining()

    async def abort(
        self, code: grpc.StatusCode, details: str = "", trailing_metadata: Any = ()
    ) -> NoReturn:
        # grpc_testing's own abort drops trailing metadata (where rich details travel),
        # so set the status parts and end the handler instead.
        self._context.set_trailing_metadata(trailing_metadata)
        self._context.set_code(code)
        self._context.set_details(details)
        raise _Aborted


class _Aborted(Exception):
    """The handler aborted; its status is already set on the context."""


class _Shim:
    def __init__(self, servicer: ModerationServicer, loop: asyncio.AbstractEventLoop) -> None:
        self._servicer = servicer
        self._loop = loop

    def _run(self, coro: Coroutine[Any, Any, T]) -> T | None:
        try:
            return asyncio.run_coroutine_threadsafe(coro, self._loop).result()
        except _Aborted:
            return None

    def Moderate(self, request: pb.ModerateRequest, context: grpc.ServicerContext) -> Any:
        return self._run(self._servicer.Moderate(request, _AioContext(context)))  # type: ignore[arg-type]

    def ListPolicies(self, request: pb.ListPoliciesRequest, context: grpc.ServicerContext) -> Any:
        return self._run(self._servicer.ListPolicies(request, _AioContext(context)))  # type: ignore[arg-type]

    def GetPolicy(self, request: pb.GetPolicyRequest, context: grpc.ServicerContext) -> Any:
        return self._run(self._servicer.GetPolicy(request, _AioContext(context)))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def test_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[grpc_testing.Server]:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    settings = Settings(max_items_per_request=4, max_wait_ms=1.0)
    engine = asyncio.run_coroutine_threadsafe(
        build_engine(settings, backend=KeywordBackend()), loop
    ).result()
    shim = _Shim(ModerationServicer(engine), loop)
    yield grpc_testing.server_from_dictionary({SERVICE: shim}, grpc_testing.strict_real_time())
    asyncio.run_coroutine_threadsafe(engine.close(), loop).result()
    loop.call_soon_threadsafe(loop.stop)
    thread.join()


def call(server: grpc_testing.Server, method: str, request: Any) -> tuple[Any, Any, Any, str]:
    rpc = server.invoke_unary_unary(SERVICE.methods_by_name[method], {}, request, None)
    return rpc.termination()  # type: ignore[no-any-return]


def violations(trailing_metadata: Any) -> list[str]:
    for key, value in trailing_metadata:
        if key == "grpc-status-details-bin":
            status = status_pb2.Status.FromString(value)
            bad = error_details_pb2.BadRequest()
            assert status.details[0].Unpack(bad)
            return [v.field for v in bad.field_violations]
    raise AssertionError("no rich status details")


def test_moderate_maps_verdicts_in_order(test_server: grpc_testing.Server) -> None:
    request = pb.ModerateRequest(
        items=[pb.Item(id="x", text="I will kill you"), pb.Item(id="y", text="hello")]
    )
    response, _, code, _ = call(test_server, "Moderate", request)
    assert code is grpc.StatusCode.OK
    assert [r.item_id for r in response.results] == ["x", "y"]
    first, second = (r.verdict for r in response.results)
    assert first.decision == pb.DECISION_BLOCK and first.flagged
    assert first.source == pb.VERDICT_SOURCE_MODEL and first.model == "keyword-judge"
    assert {c.category for c in first.categories if c.flagged} == {"violence"}
    assert second.decision == pb.DECISION_ALLOW and not second.flagged


def test_a_one_item_hit_answered_at_once_reads_as_a_hit_of_a_whole_call(
    test_server: grpc_testing.Server,
) -> None:
    text = "a hit of its own, I will kill you"
    first, _, _, _ = call(
        test_server, "Moderate", pb.ModerateRequest(items=[pb.Item(id="a", text=text)])
    )
    assert first.results[0].verdict.source == pb.VERDICT_SOURCE_MODEL
    # Two items take the whole way (the engine's judge), one item the hit path.
    both = pb.ModerateRequest(items=[pb.Item(id="b", text=text), pb.Item(id="c", text=text)])
    whole, _, _, _ = call(test_server, "Moderate", both)
    alone, _, code, _ = call(
        test_server, "Moderate", pb.ModerateRequest(items=[pb.Item(id="d", text=text)])
    )
    assert code is grpc.StatusCode.OK
    assert [r.item_id for r in alone.results] == ["d"]
    assert alone.results[0].verdict == whole.results[0].verdict == whole.results[1].verdict
    assert alone.results[0].verdict.source == pb.VERDICT_SOURCE_CACHE
    expected = pb.Verdict()
    expected.CopyFrom(first.results[0].verdict)
    expected.source = pb.VERDICT_SOURCE_CACHE
    expected.usage.Clear()
    assert alone.results[0].verdict == expected


@pytest.mark.parametrize(
    ("request_", "fields"),
    [
        (pb.ModerateRequest(), ["items"]),
        (pb.ModerateRequest(items=[pb.Item(id="a")]), ["items[0].text"]),
        (pb.ModerateRequest(items=[pb.Item(id=str(n), text="t") for n in range(5)]), ["items"]),
        (pb.ModerateRequest(items=[pb.Item(id="a", text="t")], policy_id="nope"), ["policy_id"]),
        (
            pb.ModerateRequest(
                items=[pb.Item(id="a", image=pb.Image(data=b"x", media_type="image/png"))]
            ),
            ["items[0].image.data"],
        ),
    ],
)
def test_bad_input_is_invalid_argument_with_field_violations(
    test_server: grpc_testing.Server, request_: pb.ModerateRequest, fields: list[str]
) -> None:
    _, trailing, code, details = call(test_server, "Moderate", request_)
    assert code is grpc.StatusCode.INVALID_ARGUMENT
    assert details
    assert violations(trailing) == fields


def test_policies_are_listed_and_described(test_server: grpc_testing.Server) -> None:
    listed, _, code, _ = call(test_server, "ListPolicies", pb.ListPoliciesRequest())
    assert code is grpc.StatusCode.OK
    [policy] = listed.policies
    assert policy.id == "default" and policy.is_default and len(policy.version) == 16
    got, _, code, _ = call(test_server, "GetPolicy", pb.GetPolicyRequest())
    hate = next(c for c in got.policy.categories if c.name == "hate")
    assert hate.review_at == pb.SEVERITY_MEDIUM and hate.block_at == pb.SEVERITY_HIGH
    _, _, code, _ = call(test_server, "GetPolicy", pb.GetPolicyRequest(policy_id="nope"))
    assert code is grpc.StatusCode.NOT_FOUND


def test_a_verdicts_language_reaches_the_wire() -> None:
    base = Verdict("i", Decision.REVIEW, True, (), "", "default", "v", "m", Source.MODEL)
    german = verdict_to_proto(dataclasses.replace(base, language="de", language_validated=False))
    assert german.language == "de"
    assert german.language_validation == pb.LANGUAGE_VALIDATION_UNVALIDATED
    english = verdict_to_proto(dataclasses.replace(base, language="en"))
    assert english.language_validation == pb.LANGUAGE_VALIDATION_VALIDATED
