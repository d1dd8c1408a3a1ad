"""The limits and refusals the real API enforces, as the emulator serves them to the real SDK."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from typing import Any

import anthropic
import pytest
from anthropic import AsyncAnthropic

from anthropic_emulator.batches import BatchKnobs
from anthropic_emulator.emulator import REFUSAL_TRIGGER, Emulator, EmulatorConfig
from anthropic_emulator.faults import FaultKind
from moderation.backends.haiku.framing import EncodedImage, frame_batch, new_nonce
from moderation.domain import ImageContent, Item, TextContent
from tests.images import noisy_png
from tests.integration.test_emulator_batches import ended

MODEL = "claude-haiku-4-5"


@pytest.fixture
async def api() -> AsyncIterator[tuple[Emulator, AsyncAnthropic]]:
    config = EmulatorConfig.fast(max_chunk_chars=7, batches=BatchKnobs(processing_seconds=0.05))
    async with Emulator(config) as emu:
        client = AsyncAnthropic(base_url=emu.base_url, api_key="k", max_retries=0)
        yield emu, client
        await client.close()


def user(*texts: str) -> Any:
    items = [Item(f"i{n}", TextContent(t)) for n, t in enumerate(texts)]
    return [{"role": "user", "content": frame_batch(items, new_nonce())}]


async def test_an_image_is_limited_by_its_base64_length_not_its_bytes(
    api: tuple[Emulator, AsyncAnthropic],
) -> None:
    _, client = api
    data = noisy_png(4_100_000)  # under 5 MB raw, over 5 MB once base64-encoded
    encoded = base64.b64encode(data).decode()
    assert len(data) < 5_242_880 < len(encoded)
    item = Item("i0", ImageContent(data, "image/png"))
    image = EncodedImage("image/png", encoded, 1, 1)
    content: Any = frame_batch([item], new_nonce(), {"i0": image})
    with pytest.raises(anthropic.BadRequestError) as err:
        await client.messages.create(
            model=MODEL, max_tokens=50, messages=[{"role": "user", "content": content}]
        )
    assert err.value.type == "invalid_request_error"
    assert err.value.api_message == (
        "messages.0.content.2.image.source.base64: image exceeds 5 MB maximum: "
        f"{len(encoded)} bytes > 5242880 bytes"
    )


async def test_a_request_body_over_the_limit_is_413_request_too_large() -> None:
    async with Emulator(EmulatorConfig.fast(max_request_bytes=20_000)) as emu:
        client = AsyncAnthropic(base_url=emu.base_url, api_key="k", max_retries=0)
        with pytest.raises(anthropic.ContentTooLargeError) as err:
            await client.messages.create(model=MODEL, max_tokens=50, messages=user("x" * 30_000))
        assert err.value.status_code == 413 and str(err.value.type) == "request_too_large"
        small = await client.messages.create(model=MODEL, max_tokens=50, messages=user("hi"))
        assert small.stop_reason == "end_turn"
        await client.close()


async def test_unknown_top_level_fields_are_refused(api: tuple[Emulator, AsyncAnthropic]) -> None:
    _, client = api
    with pytest.raises(anthropic.BadRequestError) as err:
        await client.messages.create(
            model=MODEL, max_tokens=50, messages=user("hi"), extra_body={"verdicts": True}
        )
    assert err.value.api_message == "verdicts: Extra inputs are not permitted"
    with pytest.raises(anthropic.BadRequestError):
        await client.messages.count_tokens(
            model=MODEL, messages=user("hi"), extra_body={"max_tokens": 5}
        )


async def test_a_trigger_item_is_refused_in_stream_with_stop_details_every_time(
    api: tuple[Emulator, AsyncAnthropic],
) -> None:
    _, client = api
    messages = user("fine", f"bad {REFUSAL_TRIGGER}", "also fine")
    for _ in range(2):  # the same content is refused again when sent again
        stream = await client.messages.create(
            model=MODEL, max_tokens=200, messages=messages, stream=True
        )
        events = [e async for e in stream]
        delta = next(e for e in events if e.type == "message_delta")
        assert delta.delta.stop_reason == "refusal"
        assert delta.delta.stop_details is not None
        assert delta.delta.stop_details.type == "refusal"
        text = "".join(
            e.delta.text
            for e in events
            if e.type == "content_block_delta" and e.delta.type == "text_delta"
        )
        assert '"id":"i0"' in text and '"i1"' not in text and '"i2"' not in text
    whole = await client.messages.create(model=MODEL, max_tokens=200, messages=messages)
    assert whole.stop_reason == "refusal" and whole.stop_details is not None


async def test_the_refusal_fault_refuses_once(api: tuple[Emulator, AsyncAnthropic]) -> None:
    emu, client = api
    emu.faults.push(FaultKind.REFUSAL)
    messages = user("one", "two")
    async with client.messages.stream(model=MODEL, max_tokens=200, messages=messages) as s:
        first = await s.get_final_message()
    assert first.stop_reason == "refusal"
    again = await client.messages.create(model=MODEL, max_tokens=200, messages=messages)
    assert again.stop_reason == "end_turn" and again.stop_details is None


async def test_billing_errors_come_in_each_documented_form(
    api: tuple[Emulator, AsyncAnthropic],
) -> None:
    emu, client = api
    emu.faults.push(FaultKind.BILLING, FaultKind.CREDIT_BALANCE, FaultKind.SPEND_LIMIT)
    with pytest.raises(anthropic.PaymentRequiredError) as billing:
        await client.messages.create(model=MODEL, max_tokens=50, messages=user("hi"))
    assert billing.value.type == "billing_error"
    with pytest.raises(anthropic.BadRequestError) as credit:
        await client.messages.create(model=MODEL, max_tokens=50, messages=user("hi"))
    assert "credit balance is too low" in (credit.value.api_message or "")
    with pytest.raises(anthropic.RateLimitError) as spend:
        await client.messages.create(model=MODEL, max_tokens=50, messages=user("hi"))
    assert spend.value.error_code == "enforced_spend_limit_reached"


async def test_a_cache_write_is_readable_only_once_its_response_has_begun() -> None:
    config = EmulatorConfig(first_token_seconds=0.2, per_token_seconds=0.0, jitter=0.0)
    system: Any = [
        {"type": "text", "text": "policy " * 6000, "cache_control": {"type": "ephemeral"}}
    ]
    async with Emulator(config) as emu:
        client = AsyncAnthropic(base_url=emu.base_url, api_key="k", max_retries=0)

        async def call(text: str) -> Any:
            return await client.messages.create(
                model=MODEL, max_tokens=50, system=system, messages=user(text)
            )

        # Both admitted before either began answering: neither can read the other's write.
        burst = await asyncio.gather(call("a"), call("b"))
        assert all(m.usage.cache_creation_input_tokens > 0 for m in burst)
        assert all(m.usage.cache_read_input_tokens == 0 for m in burst)
        later = await call("c")
        assert later.usage.cache_read_input_tokens > 0
        await client.close()


async def test_batch_results_report_the_batch_service_tier(
    api: tuple[Emulator, AsyncAnthropic],
) -> None:
    _, client = api
    params: Any = {"model": MODEL, "max_tokens": 50, "messages": user("hello")}
    created = await client.messages.batches.create(requests=[{"custom_id": "r", "params": params}])
    await ended(client, created.id)
    results = [r async for r in await client.messages.batches.results(created.id)]
    assert results[0].result.type == "succeeded"
    assert results[0].result.message.usage.service_tier == "batch"


async def test_the_models_api_states_each_models_capabilities(
    api: tuple[Emulator, AsyncAnthropic],
) -> None:
    _, client = api
    h45 = await client.models.retrieve(MODEL)
    assert h45.capabilities is not None and h45.capabilities.structured_outputs.supported
    assert h45.max_tokens == 64_000 and h45.capabilities.image_input.supported
    h35 = await client.models.retrieve("claude-3-5-haiku-20241022")
    assert h35.capabilities is not None and not h35.capabilities.structured_outputs.supported
