"""The unmodified SDK against the emulator over loopback HTTP: wire format, errors, streaming."""

from __future__ import annotations

from typing import Any

import anthropic
import pytest
from anthropic import AsyncAnthropic

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.faults import Fault, FaultKind
from moderation.backends.haiku.framing import frame_batch
from moderation.domain import Item, TextContent

SCHEMA: Any = {
    "type": "object",
    "properties": {
        "v": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "c": {"type": "object", "properties": {"harassment": {"type": "integer"}}},
                    "r": {"type": "string"},
                },
                "required": ["id"],
            },
        }
    },
    "required": ["v"],
}
USER: Any = [
    {"role": "user", "content": frame_batch([Item("i0", TextContent("you idiot"))], "ab12")}
]


def client(emu: Emulator, max_retries: int = 0) -> AsyncAnthropic:
    return AsyncAnthropic(base_url=emu.base_url, api_key="test", max_retries=max_retries)


async def test_raw_stream_follows_the_documented_event_sequence(emulator: Emulator) -> None:
    c = client(emulator)
    stream = await c.messages.create(
        model="claude-haiku-4-5",
        max_tokens=100,
        messages=USER,
        tools=[{"name": "t", "input_schema": SCHEMA}],
        tool_choice={"type": "tool", "name": "t"},
        stream=True,
    )
    events = [e async for e in stream]
    kinds = [e.type for e in events]
    assert kinds[:2] == ["message_start", "content_block_start"]
    assert kinds[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert set(kinds[2:-3]) == {"content_block_delta"}
    start = events[0]
    assert start.type == "message_start"
    usage = start.message.usage
    assert usage.input_tokens > 0 and usage.cache_read_input_tokens == 0
    assert usage.cache_creation_input_tokens == 0  # no breakpoint
    parts = [e.delta.partial_json for e in events if e.type == "content_block_delta"]  # type: ignore[union-attr]
    assert len(parts) > 3  # split at arbitrary points
    assert "".join(parts) == '{"v":[{"id":"i0","c":{"harassment":1},"r":"mentions harassment"}]}'
    last = events[-2]
    assert last.type == "message_delta" and last.delta.stop_reason == "tool_use"


async def test_pings_are_sent_and_skipped_by_the_sdk(emulator: Emulator) -> None:
    c = client(emulator)
    async with c.messages.stream(
        model="claude-haiku-4-5",
        max_tokens=100,
        messages=USER,
        output_config={"format": {"type": "json_schema", "schema": SCHEMA}},
    ) as s:
        text = await s.get_final_text()
        raw = s.response
    assert text.startswith('{"v":[{"id":"i0"')
    assert raw.headers["content-type"] == "text/event-stream"


async def test_structured_output_is_a_text_block(emulator: Emulator) -> None:
    m = await client(emulator).messages.create(
        model="claude-haiku-4-5",
        max_tokens=100,
        messages=USER,
        output_config={"format": {"type": "json_schema", "schema": SCHEMA}},
    )
    assert m.content[0].type == "text" and m.stop_reason == "end_turn"
    assert m.model == "claude-haiku-4-5-20251001"


async def test_structured_outputs_are_refused_by_haiku_35(emulator: Emulator) -> None:
    emulator.restore("claude-3-5-haiku-20241022")
    with pytest.raises(anthropic.BadRequestError, match="structured outputs"):
        await client(emulator).messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=100,
            messages=USER,
            output_config={"format": {"type": "json_schema", "schema": SCHEMA}},
        )


async def test_max_tokens_cuts_the_answer(emulator: Emulator) -> None:
    m = await client(emulator).messages.create(
        model="claude-haiku-4-5",
        max_tokens=3,
        messages=USER,
        output_config={"format": {"type": "json_schema", "schema": SCHEMA}},
    )
    assert m.stop_reason == "max_tokens" and m.usage.output_tokens == 3


async def test_retired_model_is_404_everywhere(emulator: Emulator) -> None:
    c = client(emulator)
    with pytest.raises(anthropic.NotFoundError) as err:
        await c.messages.create(model="claude-3-5-haiku-latest", max_tokens=10, messages=USER)
    assert err.value.type == "not_found_error"
    assert err.value.api_message == "model: claude-3-5-haiku-latest"
    assert err.value.request_id and err.value.request_id.startswith("req_")
    with pytest.raises(anthropic.NotFoundError):
        await c.models.retrieve("claude-3-5-haiku-latest")
    info = await c.models.retrieve("claude-3-5-haiku-20241022")
    assert info.lifecycle == "retired"
    listed = {m.id: m.lifecycle async for m in c.models.list()}
    assert listed == {"claude-haiku-4-5-20251001": "active", "claude-3-5-haiku-20241022": "retired"}


async def test_count_tokens(emulator: Emulator) -> None:
    counted = await client(emulator).messages.count_tokens(
        model="claude-haiku-4-5", system="x" * 400, messages=[{"role": "user", "content": "abcd"}]
    )
    assert counted.input_tokens == 101


@pytest.mark.parametrize(
    "fault, error, status, kind",
    [
        (
            Fault(FaultKind.RATE_LIMIT, retry_after=7),
            anthropic.RateLimitError,
            429,
            "rate_limit_error",
        ),
        (Fault(FaultKind.OVERLOADED), anthropic.OverloadedError, 529, "overloaded_error"),
        (Fault(FaultKind.SERVER_ERROR), anthropic.InternalServerError, 500, "api_error"),
        (Fault(FaultKind.AUTH), anthropic.AuthenticationError, 401, "authentication_error"),
    ],
)
async def test_error_shapes(
    emulator: Emulator, fault: Fault, error: type[anthropic.APIStatusError], status: int, kind: str
) -> None:
    emulator.faults.push(fault)
    with pytest.raises(error) as err:
        await client(emulator).messages.create(
            model="claude-haiku-4-5", max_tokens=10, messages=USER
        )
    assert err.value.status_code == status and err.value.type == kind
    headers = err.value.response.headers
    assert headers["request-id"] == err.value.request_id
    if status == 429:
        assert headers["retry-after"] == "7"
        assert int(headers["anthropic-ratelimit-requests-limit"]) > 0


async def test_sdk_retries_honour_the_emulated_retry_after(emulator: Emulator) -> None:
    emulator.faults.push(Fault(FaultKind.RATE_LIMIT, retry_after=0.01), FaultKind.OVERLOADED)
    m = await client(emulator, max_retries=2).messages.create(
        model="claude-haiku-4-5", max_tokens=10, messages=USER
    )
    assert m.stop_reason == "end_turn"
    assert len(emulator.message_requests()) == 3


async def test_in_stream_error_after_http_200(emulator: Emulator) -> None:
    emulator.faults.push(FaultKind.STREAM_ERROR)
    seen = ""
    with pytest.raises(anthropic.APIStatusError) as err:
        async with client(emulator).messages.stream(
            model="claude-haiku-4-5",
            max_tokens=100,
            messages=USER,
            output_config={"format": {"type": "json_schema", "schema": SCHEMA}},
        ) as s:
            async for text in s.text_stream:
                seen += text
    assert err.value.status_code == 200 and err.value.type == "overloaded_error"
    assert seen.startswith('{"v":[{"id":"i0"')


async def test_a_wrong_key_is_401() -> None:
    async with Emulator(EmulatorConfig.fast(api_key="right")) as emu:
        with pytest.raises(anthropic.AuthenticationError):
            await client(emu).messages.create(
                model="claude-haiku-4-5", max_tokens=10, messages=USER
            )


async def test_requests_are_recorded(emulator: Emulator) -> None:
    await client(emulator).messages.create(model="claude-haiku-4-5", max_tokens=10, messages=USER)
    (req,) = emulator.message_requests()
    assert req.body["model"] == "claude-haiku-4-5"
    assert req.headers["authorization"] == "Bearer test"
