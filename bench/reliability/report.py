"""bench/RELIABILITY.md: one table per scenario, goals against measured values."""

from __future__ import annotations

import os
import platform
import re
from collections.abc import Sequence
from datetime import UTC, datetime

from bench.reliability.harness import ScenarioResult, dataset


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(results: Sequence[ScenarioResult], elapsed: float, quick: bool) -> str:
    goals = [g for r in results for g in r.goals]
    passed = sum(g.passed for g in goals)
    lines = [
        "# Reliability",
        "",
        f"Written by `make reliability` (`python -m bench.reliability`) on"
        f" {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
        + (" — quick form (small parameters)" if quick else "")
        + ".",
        "",
        f"- Machine: {os.cpu_count()} cores, Python {platform.python_version()}; the whole run"
        f" took {elapsed / 60:.1f} min (the soak runs beside the other scenarios, each with its"
        " own server and emulator).",
        "- Every scenario starts the real server (`python -m moderation`, haiku backend, the"
        " real `anthropic` SDK) against the Anthropic API emulator (`bench.emulator_proc`) on"
        " loopback, judging with the oracle (labels of the OpenAI moderation set,"
        f" `{dataset().name}`, each labelled"
        " category at severity 2, reported as SEVERITY_MEDIUM), and calls it through the"
        " generated gRPC stubs like any caller.",
        "- The short forms of these scenarios run in `make test` (`tests/reliability/`).",
        "",
        f"**{passed} of {len(goals)} goals met.**",
        "",
        "| scenario | goals met | result |",
        "|---|---|---|",
    ]
    lines += [_summary_row(r) for r in results]
    for r in results:
        lines += ["", *_section(r)]
    lines.append("")
    return "\n".join(lines)


def _summary_row(r: ScenarioResult) -> str:
    ok = sum(g.passed for g in r.goals)
    return f"| {_cell(r.title)} | {ok} / {len(r.goals)} | {'PASS' if r.passed else 'FAIL'} |"


def _section(r: ScenarioResult, note: str = "") -> list[str]:
    lines = [f"## {r.title}", "", f"Reproduce: `{r.command}`", ""]
    if note:
        lines += [note, ""]
    lines += [f"- {s}" for s in r.setup]
    lines += ["", "| goal | target | measured | result |", "|---|---|---|---|"]
    for g in r.goals:
        lines.append(
            f"| {_cell(g.name)} | {_cell(g.target)} | {_cell(g.measured)} |"
            f" {'PASS' if g.passed else '**FAIL**'} |"
        )
    if r.observations:
        lines += [""]
        lines += [f"- {name}: {_cell(value)}" for name, value in r.observations]
    if r.details:
        lines += ["", "Examples:", ""]
        lines += [f"- `{_cell(d)[:300]}`" for d in r.details[:8]]
    return lines


_ROW = re.compile(r"^\| (?P<title>.+) \| (?P<ok>\d+) / (?P<n>\d+) \| (?:PASS|FAIL) \|$")
_TOTAL = re.compile(r"^\*\*\d+ of \d+ goals met\.\*\*$")
_REPRODUCE = re.compile(r"^Reproduce: `(.+)`$", re.MULTILINE)


def merge(previous: str, results: Sequence[ScenarioResult], elapsed: float) -> str:
    """The last report with these scenarios' rows and sections replaced or added.

    Each merged section says when it ran alone, so a reader can tell it from the
    full run the header describes; the goal total is recounted from the rows.
    """
    head, *sections = previous.rstrip("\n").split("\n## ")
    by_title = {s.split("\n", 1)[0]: "## " + s.rstrip("\n") for s in sections}
    # A scenario is the same one when its command is: its title may name a new count.
    title_of = {
        m.group(1): title
        for title, text in by_title.items()
        if (m := _REPRODUCE.search(text)) is not None
    }
    lines = head.rstrip("\n").split("\n")
    rows = [n for n, line in enumerate(lines) if _ROW.match(line)]
    at = (rows[-1] + 1) if rows else len(lines)
    when = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    for r in results:
        note = (
            f"Run alone on {when} ({elapsed / 60:.1f} min for the scenarios run with it) and"
            " merged into this report."
        )
        before = title_of.get(r.command, r.title)
        section = "\n".join(_section(r, note))
        by_title = {
            (r.title if t == before else t): (section if t == before else text)
            for t, text in by_title.items()
        }
        by_title.setdefault(r.title, section)
        titles = [m.group("title") for m in (_ROW.match(lines[n]) for n in rows) if m]
        if _cell(before) in titles:
            lines[rows[titles.index(_cell(before))]] = _summary_row(r)
        else:
            lines.insert(at, _summary_row(r))
            rows.append(at)
            at += 1
    ok = total = 0
    for line in lines:
        m = _ROW.match(line)
        if m:
            ok, total = ok + int(m.group("ok")), total + int(m.group("n"))
    lines = [f"**{ok} of {total} goals met.**" if _TOTAL.match(x) else x for x in lines]
    return "\n".join(lines) + "\n\n" + "\n\n".join(by_title.values()) + "\n"
