"""bench/RELIABILITY.md: one table per scenario, goals against measured values."""

from __future__ import annotations

import os
import platform
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
    for r in results:
        ok = sum(g.passed for g in r.goals)
        lines.append(
            f"| {_cell(r.title)} | {ok} / {len(r.goals)} | {'PASS' if r.passed else 'FAIL'} |"
        )
    for r in results:
        lines += ["", f"## {r.title}", "", f"Reproduce: `{r.command}`", ""]
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
    lines.append("")
    return "\n".join(lines)
