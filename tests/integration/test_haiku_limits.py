"""The Claude path under the real API's limits, refusals and billing errors (SDK to emulator)."""

from __future__ import annotations

import base64
import logging
from collections.abc import AsyncIterator, Mapping

import pytest

from anthropic_emulator.emulator import REFUSAL_TRIGGER, EmulatedModel, Emulator, EmulatorConfig
from anthropic_emulator.faults import FaultKind
from anthropic_emulator.judges import OracleJudge
from moderation.backends.haiku.limits import IMAGE_BASE64_BUDGET
from moderation.domain import Decision, ImageContent, Item, Judgement, Source, TextContent
from moderation.engine import Engine
from moderation.upstream.errors import ErrorKind
from tests.images import noisy_png
from tests.integration.test_haiku_backend import (
    LABELS,
    POLICY,
    FakeLocal,
    haiku_of,
    make,
    run,
    severities,
    started,
    texts,
)


@pytest.fixture
async def oracle(emulator: Emulator) -> AsyncIterator[Emulator]:
    emulator.judge = OracleJudge(LABELS)
    yield emulator


def image_item(item_id: str, data: bytes) -> Item:
    return Item(item_id, ImageContent(data, "image/png"))


def sent_images(emu: Emulator) -> list[str]:
    """The base64 strings of every image block the emulator received."""
    return [
        block["source"]["data"]
        for r in emu.message_requests()
        for m in r.body["messages"]
        for block in m["content"]
        if isinstance(block, dict) and block.get("type") == "image"
    ]


def model_verdicts(out: Mapping[str, object]) -> set[str]:
    return {
        i for i, o in out.items() if isinstance(o, Judgement) and not o.fallback and not o.refused
    }


async def test_an_image_over_5_mb_of_base64_is_re_encoded_and_judged(oracle: Emulator) -> None:
    backend = await started(make(oracle, fallback="local", fallback_backend=FakeLocal()))
    big = noisy_png(4_500_000)  # 4.5 MB on disk, 6 MB of base64
    items = (*texts("nice photo", "what a loser"), image_item("img", big))
    out = await run(backend, items)
    assert model_verdicts(out) == {"i0", "i1", "img"}
    assert severities(out["i1"]) == {"harassment": 2}
    (sent,) = sent_images(oracle)
    assert len(sent) <= IMAGE_BASE64_BUDGET < len(base64.b64encode(big))
    assert len(oracle.message_requests()) == 1


async def test_fourteen_large_pngs_are_split_by_request_bytes_not_refused(
    oracle: Emulator,
) -> None:
    backend = await started(make(oracle, fallback="local", fallback_backend=FakeLocal()))
    images = tuple(image_item(f"p{n}", noisy_png(2_500_000, seed=n)) for n in range(14))
    out = await run(backend, (*texts("nice photo"), *images))
    assert model_verdicts(out) == {"i0", *(i.id for i in images)}
    calls = oracle.message_requests()
    assert len(calls) == 2  # 14 x 3.3 MB of base64 is over 32 MB: two calls, no 413
    assert all(len(str(r.body)) < 32 * 1024 * 1024 for r in calls)


async def test_a_413_is_answered_by_splitting_not_by_the_fallback() -> None:
    config = EmulatorConfig.fast(max_request_bytes=60_000)
    async with Emulator(config, OracleJudge(LABELS)) as emu:
        backend = await started(make(emu, fallback="local", fallback_backend=FakeLocal()))
        items = tuple(Item(f"t{n}", TextContent(f"{n} " + "x" * 20_000)) for n in range(6))
        out = await run(backend, items)
        assert model_verdicts(out) == {i.id for i in items}
        assert backend.metrics.value("upstream_errors_total", kind="too_large") >= 1
        await backend.close()


async def test_an_image_the_api_refuses_is_re_encoded_alone_and_its_neighbours_judged() -> None:
    config = EmulatorConfig.fast(max_image_base64_bytes=200_000)
    async with Emulator(config, OracleJudge(LABELS)) as emu:
        backend = await started(make(emu, fallback="local", fallback_backend=FakeLocal()))
        big = noisy_png(240_000)  # 320 KB of base64: within the service's budget, not this API's
        items = (*texts("nice photo", "what a loser"), image_item("img", big))
        out = await run(backend, items)
        assert model_verdicts(out) == {"i0", "i1", "img"}
        assert backend.metrics.value("upstream_errors_total", kind="image_rejected") == 1
        assert len(sent_images(emu)[-1]) <= 200_000
        bodies = [r.body for r in emu.message_requests()]
        assert len(bodies) == 3  # refused; the image alone, smaller; the neighbours together
        await backend.close()


async def test_a_refused_item_gets_the_refusal_action_and_its_neighbours_their_verdicts(
    oracle: Emulator,
) -> None:
    backend = await started(make(oracle, fallback="local", fallback_backend=FakeLocal()))
    items = texts("nice photo", f"refuse me {REFUSAL_TRIGGER}", "what a loser", "nice photo")
    out = await run(backend, items)
    assert model_verdicts(out) == {"i0", "i2", "i3"}
    refused = out["i1"]
    assert isinstance(refused, Judgement) and refused.refused and not refused.fallback
    assert "refused" in refused.rationale
    decision, _ = POLICY.decide(refused)
    assert decision is Decision.REVIEW
    # One call, the refused item alone, then the rest without it: nothing to the fallback.
    assert len(oracle.message_requests()) == 3


async def test_a_one_off_refusal_is_judged_by_the_model_when_asked_alone(
    oracle: Emulator,
) -> None:
    backend = await started(make(oracle, fallback="local", fallback_backend=FakeLocal()))
    oracle.faults.push(FaultKind.REFUSAL)
    out = await run(backend, texts(*LABELS))
    assert model_verdicts(out) == {"i0", "i1", "i2", "i3"}
    assert backend.metrics.value("upstream_errors_total", kind="refused") == 1


@pytest.mark.parametrize(
    "fault", [FaultKind.BILLING, FaultKind.CREDIT_BALANCE, FaultKind.SPEND_LIMIT]
)
async def test_billing_errors_open_the_breaker_at_once_and_say_so_once(
    oracle: Emulator, fault: FaultKind, caplog: pytest.LogCaptureFixture
) -> None:
    backend = await started(
        make(oracle, fallback="local", fallback_backend=FakeLocal(), breaker_cooldown=60)
    )
    oracle.faults.push(fault)
    with caplog.at_level(logging.WARNING):
        out = await run(backend, texts(*LABELS))
        again = await run(backend, texts("nice photo"))
    assert all(isinstance(o, Judgement) and o.fallback for o in out.values())
    assert isinstance(again["i0"], Judgement) and again["i0"].fallback
    assert len(oracle.message_requests()) == 1  # the breaker opened at the first refusal
    assert backend.breaker_state.value == "open"
    assert "refuses to bill" in backend.problem
    assert backend.metrics.value("upstream_errors_total", kind=ErrorKind.BILLING.value) == 1
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(logged) == 1 and "refuses to bill" in logged[0]


async def test_a_model_without_a_table_row_is_used_as_the_models_api_describes_it(
    emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.add_model(
        EmulatedModel(
            "claude-haiku-9",
            "Claude Haiku 9",
            "2027-01-01T00:00:00Z",
            (),
            min_cache_tokens=4096,
            structured_outputs=True,
            max_tokens=32_000,
        )
    )
    with caplog.at_level(logging.WARNING):
        backend = await started(make(emulator, models=("claude-haiku-9",)))
    assert any("unknown price for model claude-haiku-9" in r.getMessage() for r in caplog.records)
    out = await run(backend, texts("nice photo"))
    assert isinstance(out["i0"], Judgement) and out["i0"].usage.estimated_cost_usd == 0.0
    spec = haiku_of(backend).spec
    assert spec.structured_outputs and spec.max_output_tokens == 32_000 and not spec.priced
    (request,) = emulator.message_requests()
    assert "output_config" in request.body and "tools" not in request.body


def test_refusal_source_and_action_come_from_the_policy() -> None:
    judgement = Judgement("x", (), "m", rationale="refused", refused=True)
    verdict = Engine._make_verdict(Item("x", TextContent("t")), POLICY, judgement)
    assert verdict.source is Source.REFUSAL and verdict.decision is Decision.REVIEW
