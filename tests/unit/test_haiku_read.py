"""The haiku backend's request/answer pair as jobs use it: requests built for a batch, and a
Message Batches result read into verdicts and the one error a live call would have raised."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

from moderation.backends.base import Batch
from moderation.backends.haiku.backend import HaikuBackend, HaikuConfig
from moderation.backends.haiku.framing import read_items
from moderation.backends.haiku.models import spec_for
from moderation.domain import Item, TextContent
from moderation.policy import default_policy
from moderation.upstream.errors import ErrorKind

MODEL = "claude-haiku-4-5"
POLICY = default_policy()


def backend() -> HaikuBackend:
    return HaikuBackend(HaikuConfig(models=(MODEL,)))


def succeeded(verdicts: list[dict[str, Any]] | str, stop: str = "end_turn") -> Any:
    usage = SimpleNamespace(
        input_tokens=100, cache_read_input_tokens=4000, cache_creation_input_tokens=0
    )
    message = SimpleNamespace(
        model=MODEL,
        usage=usage,
        stop_reason=stop,
        content=[
            SimpleNamespace(
                type="text",
                text=verdicts if isinstance(verdicts, str) else json.dumps({"v": verdicts}),
            )
        ],
    )
    return SimpleNamespace(type="succeeded", message=message)


def errored(kind: str, message: str) -> Any:
    error = SimpleNamespace(type=kind, message=message)
    return SimpleNamespace(type="errored", error=SimpleNamespace(error=error))


async def test_a_batch_becomes_requests_of_its_own_ids_with_the_cached_prefix() -> None:
    items = tuple(Item(f"l{n}", TextContent(f"text {n}")) for n in range(3))
    requests, bad = await backend().request(Batch(items, POLICY))
    assert not bad
    (request,) = requests
    assert request.ids == ("l0", "l1", "l2")
    params = request.params
    assert params["model"] == MODEL and params["system"][0]["cache_control"]
    assert "output_config" in params  # structured outputs on this model
    framed = read_items(params["messages"][0]["content"])
    assert [f.id for f in framed] == ["l0", "l1", "l2"]


async def test_a_complete_answer_reads_as_verdicts_at_the_batch_price() -> None:
    reading = backend().read(
        succeeded([{"id": "a"}, {"id": "b", "c": {"hate": 3}, "r": "slur"}]), ["a", "b"], POLICY
    )
    assert reading.error is None
    assert [j.item_id for j in reading.judgements] == ["a", "b"]
    live = spec_for(MODEL).cost(reading.judgements[1].usage)
    assert reading.judgements[1].usage.estimated_cost_usd == live / 2


def test_an_answer_that_repeats_an_id_names_the_items_to_ask_alone() -> None:
    verdicts = [{"id": "a"}, {"id": "a"}, {"id": "b"}]
    reading = backend().read(succeeded(verdicts), ["a", "b", "c"], POLICY)
    assert reading.error is not None and reading.error.kind is ErrorKind.CONFLICT
    assert "a" in reading.error.ids


def test_a_cut_off_answer_is_truncated_and_a_refused_one_names_where_it_stopped() -> None:
    cut = backend().read(succeeded([{"id": "a"}], stop="max_tokens"), ["a", "b"], POLICY)
    assert cut.error is not None and cut.error.kind is ErrorKind.TRUNCATED
    # The classifiers stop the answer mid-way, in b's turn: b is named, to ask alone.
    stopped = succeeded('{"v":[{"id":"a"},{"id":"b","c":{"ha', stop="refusal")
    refused = backend().read(stopped, ["a", "b", "c"], POLICY)
    assert refused.error is not None and refused.error.kind is ErrorKind.REFUSED
    assert refused.error.ids == ("b",)


def test_results_without_an_answer_are_errors_of_their_kind() -> None:
    expired = backend().read(SimpleNamespace(type="expired"), ["a"], POLICY)
    assert expired.error is not None and expired.error.kind is ErrorKind.TRANSIENT
    image = "messages.0.content.3.image.source.base64: image exceeds 5 MB maximum"
    refused = backend().read(errored("invalid_request_error", image), ["a"], POLICY)
    assert refused.judgements == []
    assert refused.error is not None and refused.error.kind is ErrorKind.IMAGE_REJECTED
