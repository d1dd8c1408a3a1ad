"""The API's limits as pure functions: base64 budgets, byte splits, errors by kind, refusals."""

from __future__ import annotations

import base64
from types import SimpleNamespace
from typing import Any

import anthropic
import httpx2 as httpx
import pytest

from moderation.backends.haiku.answer import Answer, accumulate_event
from moderation.backends.haiku.errors import error_kind, refused_item, result_error_kind
from moderation.backends.haiku.framing import EncodedImage, frame_batch
from moderation.backends.haiku.images import encode_image
from moderation.backends.haiku.limits import (
    IMAGE_BASE64_BUDGET,
    base64_length,
    image_at_fault,
    request_chunks,
    split_calls,
)
from moderation.backends.haiku.models import UNKNOWN, spec_for, spec_from_model_info
from moderation.domain import Decision, ImageContent, Item, Judgement, TextContent, Usage
from moderation.policy import PolicyError, parse_policy
from moderation.upstream.breaker import BreakerState, CircuitBreaker
from moderation.upstream.errors import ErrorKind
from tests.images import noisy_png, png
from tests.unit.test_policy import SMALL


def test_base64_takes_four_bytes_per_three() -> None:
    for n in (0, 1, 2, 3, 4, 3_932_160, 3_932_161):
        assert base64_length(n) == len(base64.b64encode(b"x" * n))
    assert base64_length(3_932_161) > 5 * 1024 * 1024  # 3.75 MB on disk is over the limit


def test_calls_are_split_by_bytes_and_images_and_an_oversized_item_goes_alone() -> None:
    sizes = {"a": 10, "b": 10, "c": 50, "d": 5, "e": 5}
    assert split_calls(list(sizes), sizes, {}, budget=25) == [["a", "b"], ["c"], ["d", "e"]]
    images = {"a": 1, "b": 1, "d": 1}
    assert split_calls(list(sizes), sizes, images, budget=100, max_images=2) == [
        ["a", "b", "c"],
        ["d", "e"],
    ]


def test_request_chunks_measure_the_base64_of_images() -> None:
    items = [Item(f"p{n}", ImageContent(b"", "image/png")) for n in range(14)]
    images = {i.id: EncodedImage("image/png", "A" * 3_400_000, 1, 1) for i in items}
    chunks = request_chunks(items, images)
    assert [len(c) for c in chunks] == [7, 7]


def test_the_image_an_error_names_is_found_by_its_content_block() -> None:
    items = [
        Item("i0", TextContent("hello")),
        Item("i1", ImageContent(b"", "image/png")),
        Item("i2", ImageContent(b"", "image/png")),
    ]
    images = {i: EncodedImage("image/png", "AAAA", 1, 1) for i in ("i1", "i2")}
    request: dict[str, Any] = {
        "messages": [{"role": "user", "content": frame_batch(items, "n0", images)}]
    }
    message = "messages.0.content.6.image.source.base64: image exceeds 5 MB maximum: 9 bytes > 5"
    assert request["messages"][0]["content"][6]["type"] == "image"
    assert image_at_fault(message, request) == "i2"
    assert image_at_fault("max_tokens: too many", request) is None
    assert image_at_fault("messages.0.content.1.image.source: bad", request) is None


def test_a_small_image_is_sent_as_it_is() -> None:
    data = png(40, 30)
    encoded = encode_image(ImageContent(data, "image/png"))
    assert base64.b64decode(encoded.data_b64) == data and encoded.media_type == "image/png"


def test_an_image_over_the_base64_budget_is_re_encoded_to_fit() -> None:
    data = noisy_png(4_500_000)
    assert len(data) < 5 * 1024 * 1024 < base64_length(len(data))
    encoded = encode_image(ImageContent(data, "image/png"))
    assert len(encoded.data_b64) <= IMAGE_BASE64_BUDGET
    smaller = encode_image(ImageContent(data, "image/png"), budget=100_000)
    assert len(smaller.data_b64) <= 100_000 and smaller.media_type == "image/jpeg"


def _status_error(status: int, body: dict[str, Any]) -> anthropic.APIStatusError:
    response = httpx.Response(
        status, request=httpx.Request("POST", "http://api/v1/messages"), json=body
    )
    return anthropic.AsyncAnthropic(api_key="k")._make_status_error(
        "error", body=body, response=response
    )


def _error(kind: str, message: str, code: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"type": kind, "message": message}
    if code:
        error["details"] = {"error_code": code}
    return {"type": "error", "error": error}


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (402, _error("billing_error", "unpaid"), ErrorKind.BILLING),
        (
            400,
            _error("invalid_request_error", "Your credit balance is too low to access the API."),
            ErrorKind.BILLING,
        ),
        (
            429,
            _error("rate_limit_error", "limit", "enforced_spend_limit_reached"),
            ErrorKind.BILLING,
        ),
        (413, _error("request_too_large", "Request exceeds the maximum"), ErrorKind.TOO_LARGE),
        (
            400,
            _error(
                "invalid_request_error",
                "messages.0.content.4.image.source.base64: image exceeds 5 MB maximum: 1 > 0",
            ),
            ErrorKind.IMAGE_REJECTED,
        ),
        (400, _error("invalid_request_error", "max_tokens: too big"), ErrorKind.REJECTED),
        (401, _error("authentication_error", "invalid x-api-key"), ErrorKind.DENIED),
    ],
)
def test_error_kinds_of_limits_and_billing(
    status: int, body: dict[str, Any], kind: ErrorKind
) -> None:
    assert error_kind(_status_error(status, body)) is kind


@pytest.mark.parametrize(
    ("error_type", "message", "kind"),
    [
        ("api_error", "Internal server error", ErrorKind.TRANSIENT),
        ("overloaded_error", "Overloaded", ErrorKind.OVERLOADED),
        ("request_too_large", "Request exceeds the maximum size", ErrorKind.TOO_LARGE),
        (
            "invalid_request_error",
            "messages.0.content.7.image.source.base64: image exceeds 5 MB maximum",
            ErrorKind.IMAGE_REJECTED,
        ),
        ("invalid_request_error", "max_tokens: too big", ErrorKind.REJECTED),
        ("invalid_request_error", "Your credit balance is too low", ErrorKind.BILLING),
        ("permission_error", "not allowed", ErrorKind.DENIED),
        ("not_found_error", "model: claude-old", ErrorKind.TRANSIENT),
    ],
)
def test_an_errored_batch_request_is_of_the_kind_a_live_call_would_be(
    error_type: str, message: str, kind: ErrorKind
) -> None:
    assert result_error_kind(error_type, message) is kind


def _events(*parts: str, stop: str) -> list[Any]:
    out: list[Any] = [
        SimpleNamespace(
            type="content_block_delta", delta=SimpleNamespace(type="text_delta", text=p)
        )
        for p in parts
    ]
    out.append(
        SimpleNamespace(
            type="message_delta",
            delta=SimpleNamespace(stop_reason=stop),
            usage=SimpleNamespace(output_tokens=9),
        )
    )
    return out


def test_a_refused_answer_names_the_item_it_stopped_at() -> None:
    ids = ["a", "b", "c", "d"]
    answer = Answer.expecting(ids, ["hate"])
    for event in _events('{"v":[{"id":"a"},{"id":"b"},', stop="refusal"):
        accumulate_event(event, answer)
    assert refused_item(answer, ids) == "c"
    nothing = Answer.expecting(ids, ["hate"])
    for event in _events('{"v":[', stop="refusal"):
        accumulate_event(event, nothing)
    assert refused_item(nothing, ids) == "a"
    done = Answer.expecting(ids, ["hate"])
    for event in _events('{"v":[]}', stop="end_turn"):
        accumulate_event(event, done)
    assert refused_item(done, ids) == ""


def test_the_models_api_capabilities_override_the_table_and_prices_stay_unknown() -> None:
    info = SimpleNamespace(
        capabilities=SimpleNamespace(structured_outputs=SimpleNamespace(supported=True)),
        max_tokens=32_000,
    )
    spec = spec_from_model_info("claude-new-1", info)
    assert spec is not None and spec.structured_outputs and spec.max_output_tokens == 32_000
    assert not spec.priced and spec.cost(Usage(input_tokens=1000, output_tokens=100)) == 0.0
    assert spec_from_model_info("x", SimpleNamespace(capabilities=None, max_tokens=None)) is None
    assert spec_for("claude-haiku-4-5-20251001").priced and not UNKNOWN.priced


def test_a_trip_opens_the_breaker_at_the_first_failure() -> None:
    breaker = CircuitBreaker(failures=5, cooldown=30.0)
    permit = breaker.permit()
    assert permit is not None
    permit.trip()
    assert permit.opened and breaker.state is BreakerState.OPEN


def test_the_refusal_action_is_a_policy_setting_review_by_default() -> None:
    refused = Judgement("i0", (), "m", refused=True)
    assert parse_policy(SMALL).decide(refused)[0] is Decision.REVIEW
    strict = parse_policy('refusal_action = "block"\n' + SMALL)
    decision, results = strict.decide(refused)
    assert decision is Decision.BLOCK and not any(r.flagged for r in results)
    with pytest.raises(PolicyError, match="refusal_action"):
        parse_policy('refusal_action = "ignore"\n' + SMALL)
