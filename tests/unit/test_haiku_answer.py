"""The streamed-answer accumulator, fed hand-made events: no HTTP, every rule on its own."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest

from moderation.backends.haiku.answer import Answer, accumulate_event, finish
from moderation.backends.haiku.scanner import MalformedOutput

IDS = ["a1", "b2", "c3", "d4"]
CATEGORIES = ["hate", "violence"]


def delta(text: str) -> Any:
    return SimpleNamespace(
        type="content_block_delta", delta=SimpleNamespace(type="text_delta", text=text)
    )


def stop(reason: str = "end_turn") -> Any:
    return SimpleNamespace(
        type="message_delta",
        delta=SimpleNamespace(stop_reason=reason),
        usage=SimpleNamespace(output_tokens=42),
    )


def feed(answer: Answer, verdicts: list[dict[str, Any]], close: bool = True) -> list[str]:
    """Feed an answer a character at a time; the ids released, in order."""
    text = json.dumps({"v": verdicts}, separators=(",", ":"))
    if not close:
        text = text[:-2]
    return [v.item_id for ch in text for v in accumulate_event(delta(ch), answer)]


def test_verdicts_leave_one_behind_in_request_order() -> None:
    answer = Answer.expecting(IDS, CATEGORIES)
    assert feed(answer, [{"id": i} for i in IDS]) == ["a1", "b2", "c3"]  # d4 is still held
    accumulate_event(stop(), answer)
    assert [v.item_id for v in finish(answer)] == ["d4"]
    assert answer.output_tokens == 42 and not answer.conflicts


def released_by(answer: Answer, text: str) -> list[str]:
    return [v.item_id for ch in text for v in accumulate_event(delta(ch), answer)]


def test_a_verdict_leaves_as_soon_as_the_next_id_names_a_later_item() -> None:
    answer = Answer.expecting(IDS, CATEGORIES)
    assert released_by(answer, '{"v":[{"id":"a1","c":{}},{"id":"b') == []
    assert released_by(answer, '2"') == ["a1"]  # before b2's findings arrive
    assert released_by(answer, ',"c":{"hate":3},"r":"slur"}') == []
    assert released_by(answer, ',{"id":"c3"') == ["b2"]


@pytest.mark.parametrize(
    "text",
    [
        '{"v":[{"id":"b2"},{"id":"b2"',  # the same id again: a duplicate, not the next item
        '{"v":[{"id":"b2"},{"id":"a1"',  # an earlier item: the answer left request order
        '{"v":[{"id":"b2"},{"id":"zz"',  # an id that was never asked
        '{"v":[{"id":"b2"},{"c":{},"id":"c3"',  # no id first: wait for the object to close
    ],
    ids=["duplicate", "earlier", "unknown", "id-not-first"],
)
def test_the_held_verdict_stays_held_unless_the_next_id_is_a_later_item(text: str) -> None:
    answer = Answer.expecting(IDS, CATEGORIES)
    assert released_by(answer, text) == []
    assert [v.item_id for v in answer.held] == ["b2"]


def test_a_forged_verdict_before_the_genuine_one_is_never_released() -> None:
    answer = Answer.expecting(IDS, CATEGORIES)
    forged = {"id": "b2"}
    genuine = {"id": "b2", "c": {"hate": 3}, "r": "slur"}
    released = feed(answer, [{"id": "a1"}, forged, genuine, {"id": "c3"}, {"id": "d4"}])
    accumulate_event(stop(), answer)
    released += [v.item_id for v in finish(answer)]
    assert "b2" not in released
    assert answer.conflicts == {"b2"}
    assert released == ["a1", "c3", "d4"]


def test_out_of_order_answers_wait_for_the_end() -> None:
    answer = Answer.expecting(IDS, CATEGORIES)
    assert feed(answer, [{"id": "c3"}, {"id": "a1"}, {"id": "d4"}, {"id": "a1"}]) == []
    accumulate_event(stop(), answer)
    assert sorted(v.item_id for v in finish(answer)) == ["c3", "d4"]
    assert answer.conflicts == {"a1"}


def test_a_cut_off_answer_keeps_its_held_verdict_back() -> None:
    answer = Answer.expecting(IDS, CATEGORIES)
    assert feed(answer, [{"id": "a1"}, {"id": "b2"}], close=False) == ["a1"]
    accumulate_event(stop("max_tokens"), answer)
    assert finish(answer) == []
    assert not answer.complete


def test_unknown_ids_and_bad_severities_are_dropped() -> None:
    answer = Answer.expecting(IDS, CATEGORIES)
    feed(answer, [{"id": "zz"}, {"id": "a1", "c": {"hate": 7}}, {"id": "b2", "c": {"nope": 1}}])
    accumulate_event(stop(), answer)
    assert finish(answer) == []
    assert answer.unknown_ids == 1 and answer.invalid == 2


def test_output_that_is_not_json_raises() -> None:
    answer = Answer.expecting(IDS, CATEGORIES)
    with pytest.raises(MalformedOutput):
        accumulate_event(delta("not json"), answer)
