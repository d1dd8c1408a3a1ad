"""The incremental verdict scanner, fed fragments split at every position."""

from __future__ import annotations

import json

import pytest

from moderation.backends.haiku.scanner import MalformedOutput, VerdictScanner

ANSWER = {
    "v": [
        {"id": "i0"},
        {"id": "i1", "c": {"hate": 3}, "r": 'quotes "}]{" and a \\ backslash'},
        {"id": "i2", "c": {"violence": 1, "harassment/threatening": 2}, "r": "ünïcödé ✓"},
    ]
}
TEXT = json.dumps(ANSWER, ensure_ascii=False, indent=1)


def feed_all(parts: list[str]) -> tuple[list[dict[str, object]], VerdictScanner]:
    scanner = VerdictScanner()
    out: list[dict[str, object]] = []
    for part in parts:
        out.extend(scanner.feed(part))
    return out, scanner


@pytest.mark.parametrize("cut", range(len(TEXT) + 1))
def test_one_split_anywhere(cut: int) -> None:
    out, scanner = feed_all([TEXT[:cut], TEXT[cut:]])
    assert out == ANSWER["v"]
    assert scanner.complete


def test_character_by_character_yields_each_object_when_it_closes() -> None:
    scanner = VerdictScanner()
    closed_at: list[int] = []
    for n, ch in enumerate(TEXT):
        if scanner.feed(ch):
            closed_at.append(n)
    ends = [TEXT.index('"i1"'), TEXT.index('"i2"'), len(TEXT)]
    assert len(closed_at) == 3
    assert closed_at[0] < ends[0] and closed_at[1] < ends[1] and closed_at[2] < ends[2]


def test_a_cut_answer_is_not_complete_but_keeps_what_closed() -> None:
    out, scanner = feed_all([TEXT[: TEXT.index('"i2"')]])
    assert [o["id"] for o in out] == ["i0", "i1"]
    assert not scanner.complete


@pytest.mark.parametrize(
    "bad",
    ['[{"id":"i0"}]', '{"v":[{"id":"i0"]}', '{"v":[]}}', '{"v":[]} x', 'Sure! {"v":[]}'],
)
def test_malformed_raises(bad: str) -> None:
    with pytest.raises(MalformedOutput):
        feed_all(list(bad))


def test_an_object_that_is_not_json_raises() -> None:
    with pytest.raises(MalformedOutput):
        feed_all(['{"v":[{"id": i0}]}'])
