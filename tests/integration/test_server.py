"""The real server on a loopback port, called through the generated stubs."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from moderation.server import RunningServer
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from moderation_client import AsyncModerationClient, ModerationRpcError
from tests.images import jpeg, png
from tests.rich_status import rich_status

TOXIC = "You are a worthless piece of shit and everyone hates you, go die"
BENIGN = "Thanks for the recipe, the bread turned out great!"


def text(id: str, body: str) -> pb.Item:
    return pb.Item(id=id, text=body)


def image(id: str, data: bytes, media_type: str = "image/png") -> pb.Item:
    return pb.Item(id=id, image=pb.Image(data=data, media_type=media_type))


async def serving(channel: grpc.aio.Channel) -> bool:
    health = health_pb2_grpc.HealthStub(channel)
    reply = await health.Check(
        health_pb2.HealthCheckRequest(service="moderation.v1.ModerationService")
    )
    return bool(reply.status == health_pb2.HealthCheckResponse.SERVING)


async def test_unary_texts_and_images_in_request_order(
    stub: pb_grpc.ModerationServiceAsyncStub,
) -> None:
    items = [
        text("t1", BENIGN),
        image("i1", png()),
        text("t2", TOXIC),
        image("i2", jpeg(), "image/jpeg"),
    ]
    response = await stub.Moderate(pb.ModerateRequest(items=items))
    assert [r.item_id for r in response.results] == ["t1", "i1", "t2", "i2"]
    verdicts = {r.item_id: r.verdict for r in response.results}
    assert verdicts["t1"].decision == pb.DECISION_ALLOW
    assert verdicts["t2"].decision in (pb.DECISION_REVIEW, pb.DECISION_BLOCK)
    assert verdicts["t2"].flagged and verdicts["t2"].rationale
    assert verdicts["i1"].decision == pb.DECISION_ALLOW
    for v in verdicts.values():
        assert v.policy_id == "default" and len(v.policy_version) == 16
        assert v.model.startswith("local/")
        assert {c.category for c in v.categories} >= {"hate", "sexual", "violence"}


async def test_stream_correlates_results_by_id(stub: pb_grpc.ModerationServiceAsyncStub) -> None:
    sent = [text(f"s{n}", BENIGN if n % 2 else f"{TOXIC} #{n}") for n in range(12)]
    sent.append(image("img", png(64, 48)))

    async def requests() -> AsyncIterator[pb.ModerateStreamRequest]:
        for item in sent:
            yield pb.ModerateStreamRequest(items=[item])

    results = {r.result.item_id: r.result async for r in stub.ModerateStream(requests())}
    assert set(results) == {i.id for i in sent}
    for n in range(12):
        verdict = results[f"s{n}"].verdict
        assert verdict.flagged is (n % 2 == 0), (n, verdict)


async def test_stream_reports_a_bad_item_and_goes_on(
    stub: pb_grpc.ModerationServiceAsyncStub,
) -> None:
    async def requests() -> AsyncIterator[pb.ModerateStreamRequest]:
        yield pb.ModerateStreamRequest(items=[text("ok1", BENIGN), pb.Item(id="empty")])
        yield pb.ModerateStreamRequest(items=[image("junk", b"GIF89a-not-really")])
        yield pb.ModerateStreamRequest(items=[text("ok2", BENIGN)], policy_id="missing")
        yield pb.ModerateStreamRequest(items=[text("ok3", BENIGN)])

    results = {r.result.item_id: r.result async for r in stub.ModerateStream(requests())}
    assert set(results) == {"ok1", "empty", "junk", "ok2", "ok3"}
    assert results["ok1"].HasField("verdict") and results["ok3"].HasField("verdict")
    assert results["empty"].error.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    assert results["empty"].error.field == "items[1].text"
    assert results["junk"].error.field == "items[2].image.data"
    assert results["ok2"].error.field == "policy_id"


async def test_a_stream_message_over_the_item_limit_fails_its_items_only(
    stub: pb_grpc.ModerationServiceAsyncStub,
) -> None:
    async def requests() -> AsyncIterator[pb.ModerateStreamRequest]:
        yield pb.ModerateStreamRequest(items=[text(f"m{n}", BENIGN) for n in range(17)])
        yield pb.ModerateStreamRequest(items=[text("after", BENIGN)])

    results = {r.result.item_id: r.result async for r in stub.ModerateStream(requests())}
    assert results["after"].HasField("verdict")
    assert len(results) == 18
    for n in range(17):  # the server's limit is 16 items a message
        error = results[f"m{n}"].error
        assert error.code == grpc.StatusCode.INVALID_ARGUMENT.value[0] and error.field == "items"
        assert "17 items in one message; the limit is 16" in error.message


async def test_health_and_reflection(channel: grpc.aio.Channel) -> None:
    assert await serving(channel)
    reflection = reflection_pb2_grpc.ServerReflectionStub(channel)

    async def ask() -> AsyncIterator[reflection_pb2.ServerReflectionRequest]:
        yield reflection_pb2.ServerReflectionRequest(list_services="")

    [reply] = [r async for r in reflection.ServerReflectionInfo(ask())]
    names = {s.name for s in reply.list_services_response.service}
    assert {"moderation.v1.ModerationService", "grpc.health.v1.Health"} <= names


BAD_REQUESTS = {
    "empty request": (pb.ModerateRequest(), "items"),
    "empty item": (pb.ModerateRequest(items=[pb.Item(id="a")]), "items[0].text"),
    "blank text": (pb.ModerateRequest(items=[text("a", " \n ")]), "items[0].text"),
    "text over the limit": (pb.ModerateRequest(items=[text("a", "x" * 2_001)]), "items[0].text"),
    "not an image": (
        pb.ModerateRequest(items=[image("a", b"\x89PNG but not really")]),
        "items[0].image.data",
    ),
    "unsupported media type": (
        pb.ModerateRequest(items=[image("a", png(), "image/bmp")]),
        "items[0].image.media_type",
    ),
    "image over the size limit": (
        pb.ModerateRequest(items=[image("a", png() + b"\0" * 200_000)]),
        "items[0].image.data",
    ),
    "too many items": (
        pb.ModerateRequest(items=[text(str(n), BENIGN) for n in range(17)]),
        "items",
    ),
    "duplicate ids": (
        pb.ModerateRequest(items=[text("a", BENIGN), text("a", TOXIC)]),
        "items[1].id",
    ),
    "unknown policy": (pb.ModerateRequest(items=[text("a", BENIGN)], policy_id="x"), "policy_id"),
    "missing id": (pb.ModerateRequest(items=[text("", BENIGN)]), "items[0].id"),
}


@pytest.mark.parametrize("case", list(BAD_REQUESTS))
async def test_bad_input_gets_invalid_argument_and_the_server_stays_healthy(
    case: str, stub: pb_grpc.ModerationServiceAsyncStub, channel: grpc.aio.Channel
) -> None:
    request, field = BAD_REQUESTS[case]
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await stub.Moderate(request)
    err = info.value
    assert err.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert err.details()
    status = rich_status(err)
    bad = error_details_pb2.BadRequest()
    assert status.details[0].Unpack(bad)
    assert [v.field for v in bad.field_violations] == [field]
    assert await serving(channel)
    ok = await stub.Moderate(pb.ModerateRequest(items=[text("after", BENIGN)]))
    assert ok.results[0].HasField("verdict")


async def test_cache_hit_then_another_policy_version_misses(
    stub: pb_grpc.ModerationServiceAsyncStub,
) -> None:
    body = "Some content seen twice: you people are disgusting animals"
    first = (await stub.Moderate(pb.ModerateRequest(items=[text("a", body)]))).results[0].verdict
    second = (await stub.Moderate(pb.ModerateRequest(items=[text("b", body)]))).results[0]
    assert first.source == pb.VERDICT_SOURCE_MODEL
    assert second.item_id == "b" and second.verdict.source == pb.VERDICT_SOURCE_CACHE
    assert second.verdict.decision == first.decision
    other = await stub.Moderate(pb.ModerateRequest(items=[text("c", body)], policy_id="strict"))
    assert other.results[0].verdict.source == pb.VERDICT_SOURCE_MODEL
    assert other.results[0].verdict.policy_version != first.policy_version


async def test_hits_answered_on_the_wire_are_the_whole_ways_hits_unary_and_streamed(
    stub: pb_grpc.ModerationServiceAsyncStub,
) -> None:
    body = "a repost storm: you people are disgusting animals, buy followers here"
    await stub.Moderate(pb.ModerateRequest(items=[text("first", body)]))
    # Two items go the engine's whole way (judge): their hits are the reference.
    whole = await stub.Moderate(pb.ModerateRequest(items=[text("w1", body), text("w2", BENIGN)]))
    expected = whole.results[0].verdict
    assert expected.source == pb.VERDICT_SOURCE_CACHE
    for n in range(3):  # the first hit of the text, then hits answered from what it found
        reply = await stub.Moderate(pb.ModerateRequest(items=[text(f"u{n}", body)]))
        assert [r.item_id for r in reply.results] == [f"u{n}"]
        assert reply.results[0].verdict == expected

    async def requests() -> AsyncIterator[pb.ModerateStreamRequest]:
        for n in range(5):
            yield pb.ModerateStreamRequest(items=[text(f"s{n}", body)])
        yield pb.ModerateStreamRequest(items=[text(f"m{n}", body) for n in range(17)])

    results = {r.result.item_id: r.result async for r in stub.ModerateStream(requests())}
    assert all(results[f"s{n}"].verdict == expected for n in range(5))
    # A message over the item limit is refused item by item, hit or not.
    assert all(results[f"m{n}"].error.field == "items" for n in range(17))


async def test_embedded_model_flags_carry_spans_at_code_point_offsets_also_from_the_cache(
    stub: pb_grpc.ModerationServiceAsyncStub,
) -> None:
    body = "🎉🙂 𝔥𝔢𝔩𝔩𝔬 you are an asshole, leave this chat"
    items = [text("t", body), text("clean", BENIGN)]
    first = await stub.Moderate(pb.ModerateRequest(items=items))
    again = await stub.Moderate(pb.ModerateRequest(items=[text("t2", body)]))
    verdict, clean = first.results[0].verdict, first.results[1].verdict
    cached = again.results[0].verdict
    assert cached.source == pb.VERDICT_SOURCE_CACHE
    assert verdict.flagged and not clean.flagged
    assert all(not c.evidence for c in clean.categories)
    for c in verdict.categories:
        assert bool(c.evidence) == c.flagged, c
        for e in c.evidence:
            assert body[e.start : e.end] == e.quote and not e.blocklist
    at = body.index("asshole")
    spans = {(e.start, e.end, e.quote) for c in verdict.categories for e in c.evidence}
    assert (at, at + len("asshole"), "asshole") in spans
    assert [list(c.evidence) for c in cached.categories] == [
        list(c.evidence) for c in verdict.categories
    ]


async def test_policies_through_the_stub(stub: pb_grpc.ModerationServiceAsyncStub) -> None:
    listed = await stub.ListPolicies(pb.ListPoliciesRequest())
    assert [p.id for p in listed.policies] == ["default", "strict"]
    assert [p.is_default for p in listed.policies] == [True, False]
    got = await stub.GetPolicy(pb.GetPolicyRequest(policy_id="strict"))
    assert got.policy.id == "strict" and len(got.policy.categories) >= 13


async def test_async_client_and_its_errors(local_server: RunningServer) -> None:
    from moderation_client.v1 import moderation_pb2 as client_pb

    async with AsyncModerationClient(f"127.0.0.1:{local_server.port}") as client:
        [result] = await client.moderate(BENIGN)
        assert result.verdict.decision == client_pb.DECISION_ALLOW
        with pytest.raises(ModerationRpcError) as info:
            await client.moderate([client_pb.Item(id="x")])
        assert info.value.code is grpc.StatusCode.INVALID_ARGUMENT
        assert info.value.violations[0][0] == "items[0].text"


async def test_concurrent_callers_each_get_their_own_verdicts(
    stub: pb_grpc.ModerationServiceAsyncStub,
) -> None:
    async def one(n: int) -> tuple[int, pb.ModerateResponse]:
        body = f"{TOXIC} ({n})" if n % 3 == 0 else f"{BENIGN} ({n})"
        return n, await stub.Moderate(pb.ModerateRequest(items=[text("same-id", body)]))

    for n, response in await asyncio.gather(*(one(n) for n in range(30))):
        [result] = response.results
        assert result.item_id == "same-id"
        assert result.verdict.flagged is (n % 3 == 0), n


# A status travels in trailing metadata, which clients cap (8 KiB by default before they
# complain, 16 KiB before they drop the status and report RESOURCE_EXHAUSTED instead). The
# bad-input scenario (tests/reliability) sends requests that name hundreds of fields.
async def test_an_error_quoting_a_long_value_keeps_its_status_and_stays_small(
    stub: pb_grpc.ModerationServiceAsyncStub,
) -> None:
    request = pb.ModerateRequest(items=[text("a", BENIGN)], policy_id="p" * 20_000)
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await stub.Moderate(request)
    err = info.value
    assert err.code() is grpc.StatusCode.INVALID_ARGUMENT, err.details()
    metadata: Any = err.trailing_metadata() or ()
    metadata_bytes = sum(len(k) + len(v) for k, v in metadata)
    assert metadata_bytes + len((err.details() or "").encode()) < 8 * 1024
    bad = error_details_pb2.BadRequest()
    assert rich_status(err).details[0].Unpack(bad)
    assert [v.field for v in bad.field_violations] == ["policy_id"]


async def test_get_policy_of_a_long_unknown_id_is_not_found(
    stub: pb_grpc.ModerationServiceAsyncStub,
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await stub.GetPolicy(pb.GetPolicyRequest(policy_id="p" * 20_000))
    assert info.value.code() is grpc.StatusCode.NOT_FOUND, info.value.details()
    assert len(info.value.details() or "") < 1024


async def test_get_job_of_a_long_malformed_name_is_invalid_argument(
    stub: pb_grpc.ModerationServiceAsyncStub,
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await stub.GetJob(pb.GetJobRequest(name="jobs/" + "x" * 20_000))
    assert info.value.code() is grpc.StatusCode.INVALID_ARGUMENT, info.value.details()
    assert len(info.value.details() or "") < 1024
