"""Every metric `Metrics` declares has a row in the metrics table of docs/operations.md.

The table is what an operator reads to build dashboards and alerts; a metric added without
a row there is invisible to them, and a row left behind by a removed metric misleads them.
"""

from __future__ import annotations

import re
from pathlib import Path

from moderation.observability import PREFIX, Metrics

OPERATIONS = Path(__file__).resolve().parents[2] / "docs" / "operations.md"


def documented_metrics() -> set[str]:
    """The names in the first column of the table under "## Metrics, traces and logs"."""
    text = OPERATIONS.read_text(encoding="utf-8")
    section = text.split("\n## Metrics, traces and logs\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(r"`([a-z_]+)`", row.split("|")[1])}


def test_every_declared_metric_has_a_row() -> None:
    registered = {
        family.name.removeprefix(PREFIX) + ("_total" if family.type == "counter" else "")
        for family in Metrics().registry.collect()
    }
    assert registered, "no metric registered"
    missing = registered - documented_metrics()
    assert not missing, f"not in docs/operations.md's metrics table: {sorted(missing)}"
