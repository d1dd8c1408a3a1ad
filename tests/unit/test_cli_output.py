"""`moderate --jsonl` output: input order restored, formats, the progress line, what is counted."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import time
from pathlib import Path

import pytest

from moderation_client import cli
from moderation_client.jsonl import Source
from moderation_client.output import Format, Reorder, Writer
from moderation_client.progress import Progress, line
from moderation_client.v1 import moderation_pb2 as pb


def verdict(item_id: str, decision: int = pb.DECISION_ALLOW) -> pb.ItemResult:
    return pb.ItemResult(
        item_id=item_id,
        verdict=pb.Verdict(decision=decision, model="m", source=pb.VERDICT_SOURCE_MODEL),  # type: ignore[arg-type]
    )


def test_results_are_released_in_the_order_lines_were_sent() -> None:
    reorder = Reorder()
    for n in (1, 2, 4, 5):  # line 3 was blank
        reorder.sent(n)
    assert list(reorder.arrived(4, verdict("4"))) == []
    assert list(reorder.arrived(2, verdict("2"))) == []
    assert [n for n, _ in reorder.arrived(1, verdict("1"))] == [1, 2, 4]
    assert [n for n, _ in reorder.arrived(5, verdict("5"))] == [5]
    assert reorder.missing() == []


def test_unordered_releases_at_once_and_missing_lines_are_named() -> None:
    reorder = Reorder(ordered=False)
    for n in (1, 2, 3):
        reorder.sent(n)
    assert [n for n, _ in reorder.arrived(3, verdict("3"))] == [3]
    assert reorder.missing() == [1, 2]


def test_a_call_ending_early_releases_what_is_held_and_names_the_gap() -> None:
    reorder = Reorder()
    for n in (1, 2, 3):
        reorder.sent(n)
    assert list(reorder.arrived(3, verdict("3"))) == []
    assert [n for n, _ in reorder.rest()] == [3]
    assert reorder.missing() == [1, 2]


def test_each_format_carries_the_input_line() -> None:
    results = [verdict("a"), pb.ItemResult(item_id="b", error=pb.ItemError(code=3, message="bad"))]
    out = io.StringIO()
    writer = Writer(out, Format.JSONL)
    for n, r in zip((1, 3), results, strict=True):
        writer.write(n, r)
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [(r["line"], r["itemId"]) for r in rows] == [(1, "a"), (3, "b")]
    out = io.StringIO()
    writer = Writer(out, Format.CSV)
    for n, r in zip((1, 3), results, strict=True):
        writer.write(n, r)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["line"], r["decision"], r["error_code"]) for r in table] == [
        ("1", "allow", ""),
        ("3", "", "3"),
    ]
    out = io.StringIO()
    Writer(out, Format.TABLE).write(7, results[0])
    assert out.getvalue() == "     7  a: ALLOW [model, m]\n"


def test_the_progress_line_shows_counts_bar_and_eta() -> None:
    assert line("job", 30, 120, 75) == f"job 30/120 [{'#' * 6}{'.' * 18}]  25% ETA 1m15s"
    assert line("moderating", 42, None) == "moderating 42"
    assert line("job", 120, 120, 5).endswith("100%")  # no ETA once done


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_only_on_a_terminal() -> None:
    piped, tty = io.StringIO(), Tty()
    for stream in (piped, tty):
        progress = Progress("moderating", 10, stream)
        progress.update(10)
        progress.close()
    assert piped.getvalue() == ""
    assert "moderating 10/10" in tty.getvalue() and tty.getvalue().endswith("\r")


def test_only_a_regular_file_is_counted_ahead(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "x"}\n')
    read, write = os.pipe()
    try:
        assert Source.of(path).countable
        assert not Source.of("-").countable
        assert not Source.of(f"/dev/fd/{read}").countable  # a pipe, as /dev/stdin often is
        assert Source.of("-").name == "<stdin>"
    finally:
        os.close(read)
        os.close(write)


class JobsStub:
    """GetJob answers: running with fewer pending each time, then succeeded."""

    def __init__(self, pending: list[int]) -> None:
        self.pending = pending

    def get_job(self, name: str) -> pb.Job:
        left = self.pending.pop(0)
        state = pb.JOB_STATE_RUNNING if left else pb.JOB_STATE_SUCCEEDED
        return pb.Job(name=name, state=state, item_count=10, counts=pb.JobCounts(pending=left))


def test_a_job_is_polled_soon_then_less_often_with_a_progress_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)  # the CLI sleeps through time.sleep
    tty = Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    stub = JobsStub([10, 8, 5, 2, 1, 1, 1, 1, 0])
    start = pb.Job(name="jobs/1", state=pb.JOB_STATE_PENDING, item_count=10)
    job = cli.follow_job(stub, start)  # type: ignore[arg-type]
    assert job.state == pb.JOB_STATE_SUCCEEDED
    assert slept == [0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 15.0, 15.0, 15.0]
    assert "jobs/1 5/10 [" in tty.getvalue() and "ETA" in tty.getvalue()


def test_the_human_line_shows_each_span_of_the_flagged_categories_once() -> None:
    from moderation_client.output import describe

    span = pb.Evidence(start=6, end=11, quote="idiøt")
    hit = pb.Evidence(start=0, end=3, quote="buy", blocklist="blocklists/shop", term="buy")
    result = pb.ItemResult(
        item_id="a",
        verdict=pb.Verdict(
            decision=pb.DECISION_BLOCK,
            categories=[
                pb.CategoryResult(category="harassment", flagged=True, evidence=[span]),
                pb.CategoryResult(category="hate", flagged=True, evidence=[span, hit]),
                pb.CategoryResult(category="spam", flagged=False, evidence=[hit]),
            ],
            model="m",
            source=pb.VERDICT_SOURCE_MODEL,
        ),
    )
    line = describe(result)
    assert 'at 0-3 "buy" (blocklists/shop: buy), 6-11 "idiøt"' in line
