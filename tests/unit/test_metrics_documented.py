"""Every metric `Metrics` declares has a row in the metrics table of docs/operations.md.

The table is what an operator reads to build dashboards and alerts; a metric added without
a row there is invisible to them, and a row left behind by a removed metric misleads them.
"""

from __future__ import annotations

from moderation.observability import PREFIX, Metrics
from tests.docs_tables import first_column_names


def documented_metrics() -> set[str]:
    """The names in the first column of the table under "## Metrics, traces and logs"."""
    return first_column_names("Metrics, traces and logs", r"`([a-z_]+)`")


def test_every_declared_metric_has_a_row() -> None:
    registered = {
        family.name.removeprefix(PREFIX) + ("_total" if family.type == "counter" else "")
        for family in Metrics().registry.collect()
    }
    assert registered, "no metric registered"
    missing = registered - documented_metrics()
    assert not missing, f"not in docs/operations.md's metrics table: {sorted(missing)}"
