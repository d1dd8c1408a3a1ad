"""The cascade backend through the whole server: embedded first, the emulator for the rest."""

from __future__ import annotations

import asyncio

import grpc
import pytest

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.faults import FaultKind
from moderation.config import Settings
from moderation.server import start_server
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

pytestmark = pytest.mark.slow


def cascade_settings(emulator: Emulator, **overrides: int) -> Settings:
    """A cascade on a loopback port, judging upstream with `emulator`."""
    return Settings(
        host="127.0.0.1",
        port=0,
        backend="cascade",
        anthropic_api_key="test-key",
        anthropic_base_url=emulator.base_url,
        max_wait_ms=5.0,
        **overrides,  # type: ignore[arg-type]
    )


async def test_confident_items_stay_local_and_an_unvalidated_language_goes_to_claude(
    emulator: Emulator,
) -> None:
    settings = cascade_settings(emulator)
    running = await start_server(settings)
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            stub = pb_grpc.ModerationServiceStub(channel)
            reply = await stub.Moderate(
                pb.ModerateRequest(
                    items=[
                        pb.Item(id="en", text="The library opens at nine and closes at five."),
                        pb.Item(id="sv", text="Jag hatar kvinnor, de är alla likadana."),
                    ]
                )
            )
    finally:
        await running.stop(grace=1.0)
    english, swedish = (r.verdict for r in reply.results)
    assert english.model.startswith("local/") and english.language == "en"
    assert english.language_validation == pb.LANGUAGE_VALIDATION_VALIDATED
    assert not swedish.model.startswith("local/") and swedish.language == "sv"
    # Claude judges every language: the verdict that decided is validated.
    assert swedish.language_validation == pb.LANGUAGE_VALIDATION_VALIDATED
    asked = [r for r in emulator.requests if r.path == "/v1/messages"]
    assert asked and all("library opens" not in str(r.body) for r in asked)


async def test_a_confident_item_does_not_wait_for_another_callers_call_to_claude() -> None:
    """With one upstream call allowed in flight and a slow upstream, a confident item sent
    while another caller's doubtful item is with Claude is answered first: the cascade
    keeps it in the process, so it never waits for an upstream slot or budget turn."""
    async with Emulator(EmulatorConfig(first_token_seconds=3.0, jitter=0.0)) as slow:
        running = await start_server(cascade_settings(slow, min_concurrency=1, max_concurrency=1))
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
                stub = pb_grpc.ModerationServiceStub(channel)
                doubtful = asyncio.ensure_future(
                    stub.Moderate(
                        pb.ModerateRequest(
                            items=[pb.Item(id="sv", text="Jag hatar kvinnor, de är alla lika.")]
                        )
                    )
                )
                for _ in range(500):  # until the doubtful item's call is out
                    if any(r.path == "/v1/messages" for r in slow.requests):
                        break
                    await asyncio.sleep(0.02)
                confident = await stub.Moderate(
                    pb.ModerateRequest(
                        items=[pb.Item(id="en", text="The library opens at nine tomorrow.")]
                    )
                )
                answered_first = not doubtful.done()
                swedish = (await doubtful).results[0].verdict
        finally:
            await running.stop(grace=1.0)
    english = confident.results[0].verdict
    assert english.model.startswith("local/")
    assert not swedish.model.startswith("local/")
    assert answered_first, "the confident item waited for the other caller's call to Claude"


async def test_under_upstream_faults_deadlines_and_cancels_every_item_is_answered_once() -> None:
    """Callers mixing confident and doubtful items, short and long deadlines, and calls
    they cancel, while the upstream fails a third of its calls: every call that waits gets
    one result per item (a verdict, from Claude, the embedded model or its fallback, or an
    error that says why), a short deadline ends its own call only, and the server answers
    afterwards."""
    faults = {FaultKind.OVERLOADED: 0.15, FaultKind.SERVER_ERROR: 0.1, FaultKind.MALFORMED: 0.1}
    config = EmulatorConfig(first_token_seconds=0.2, per_token_seconds=0.001, fault_rates=faults)
    async with Emulator(config) as upstream:
        running = await start_server(cascade_settings(upstream))
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
                stub = pb_grpc.ModerationServiceStub(channel)

                def request(n: int) -> pb.ModerateRequest:
                    return pb.ModerateRequest(
                        items=[
                            pb.Item(id=f"en-{n}", text=f"The library opens at {n % 12 + 1}."),
                            pb.Item(id=f"sv-{n}", text=f"Jag hatar kvinnor, nummer {n}."),
                            pb.Item(id=f"nl-{n}", text=f"Tot morgen bij het station, {n}!"),
                        ]
                    )

                calls = [
                    stub.Moderate(request(n), timeout=0.05 if n % 4 == 0 else 30.0)
                    for n in range(24)
                ]
                for n in range(2, 24, 6):  # cancelled by their callers mid-call
                    calls[n].cancel()
                ended = await asyncio.gather(*calls, return_exceptions=True)
                after = await stub.Moderate(request(99), timeout=30.0)
        finally:
            await running.stop(grace=1.0)
    for n, outcome in enumerate(ended):
        if isinstance(outcome, BaseException):
            code = outcome.code() if isinstance(outcome, grpc.aio.AioRpcError) else None
            if n % 6 == 2:
                assert (
                    isinstance(outcome, asyncio.CancelledError) or code is grpc.StatusCode.CANCELLED
                )
            else:
                assert n % 4 == 0 and code is grpc.StatusCode.DEADLINE_EXCEEDED, (n, outcome)
            continue
        assert [r.item_id for r in outcome.results] == [f"en-{n}", f"sv-{n}", f"nl-{n}"]
        for result in outcome.results:
            assert result.WhichOneof("outcome") in ("verdict", "error")
            if result.WhichOneof("outcome") == "error":
                assert result.error.message, result
    long_calls = [o for n, o in enumerate(ended) if n % 4 and n % 6 != 2]
    assert long_calls and all(not isinstance(o, BaseException) for o in long_calls)
    assert all(r.WhichOneof("outcome") == "verdict" for r in after.results)
    replies = [o for o in long_calls if isinstance(o, pb.ModerateResponse)]
    assert all(o.results[0].verdict.model.startswith("local/") for o in replies)
    doubts = [o.results[1] for o in replies if o.results[1].WhichOneof("outcome") == "verdict"]
    assert any(not r.verdict.model.startswith("local/") for r in doubts)  # Claude judged some
    # The short deadline (the upstream takes 0.2 s) ended those calls' doubts, and only
    # theirs: the call, or its upstream item with DEADLINE_EXCEEDED (4) and the rest as judged.
    short = [o for n, o in enumerate(ended) if n % 4 == 0 and n % 6 != 2]
    assert short
    for o in short:
        if isinstance(o, pb.ModerateResponse):
            swedish = o.results[1]
            assert swedish.WhichOneof("outcome") == "error" and swedish.error.code == 4, o
        else:
            assert isinstance(o, grpc.aio.AioRpcError), o
