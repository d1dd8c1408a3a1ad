"""Recording a benchmark run: its family's section is replaced, the old one kept in HISTORY.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.results import HISTORY_HEADER, record, record_table

RESULTS = """# Benchmark results

Intro.

## Embedded classifier (local)

Run of 2026-12-01. AUC 0.900.

## Batching benchmark — 2026-12-02 10:00 UTC

### Sub-table

| a | b |
|---|---|
| 1 | 2 |

## Embedded classifier: batch size — 2026-12-03 07:14 UTC

| 16 | 20 items/s |
"""


@pytest.fixture
def results(tmp_path: Path) -> Path:
    path = tmp_path / "RESULTS.md"
    path.write_text(RESULTS, encoding="utf-8")
    return path


def test_replaces_the_family_section_in_place_and_moves_the_old_one(results: Path) -> None:
    new = "## Batching benchmark — 2026-12-06 07:37 UTC\n\n93 % of the limit.\n"
    record(new, "Batching benchmark", results)

    text = results.read_text(encoding="utf-8")
    assert "2026-12-02 10:00" not in text
    assert "### Sub-table" not in text  # a ### heading belongs to its section
    assert text.index("## Embedded classifier (local)") < text.index(new)
    assert text.index(new) < text.index("## Embedded classifier: batch size")
    history = (results.parent / "HISTORY.md").read_text(encoding="utf-8")
    assert history.startswith(HISTORY_HEADER)
    assert (
        "## Batching benchmark — 2026-12-02 10:00 UTC\n\n### Sub-table\n\n| a | b |\n"
        "|---|---|\n| 1 | 2 |\n" in history
    )


def test_history_is_newest_first(results: Path) -> None:
    for day in ("04", "05", "06"):
        record(
            f"## Batching benchmark — 2026-12-{day}\n\nrun {day}\n", "Batching benchmark", results
        )

    history = (results.parent / "HISTORY.md").read_text(encoding="utf-8")
    runs = [history.index(f"## Batching benchmark — 2026-12-{d}") for d in ("05", "04", "02")]
    assert runs == sorted(runs)
    assert "2026-12-06" not in history
    assert "run 06" in results.read_text(encoding="utf-8")


def test_a_family_is_its_whole_heading_not_a_prefix_of_another(results: Path) -> None:
    record(
        "## Embedded classifier (local)\n\nRun of 2026-12-06. AUC 0.905.\n",
        "Embedded classifier (local)",
        results,
    )

    text = results.read_text(encoding="utf-8")
    assert "AUC 0.905" in text and "AUC 0.900" not in text
    assert "## Embedded classifier: batch size — 2026-12-03 07:14 UTC" in text
    history = (results.parent / "HISTORY.md").read_text(encoding="utf-8")
    assert "AUC 0.900" in history and "batch size" not in history


def test_a_new_family_is_appended_and_nothing_moves(results: Path) -> None:
    record("## Jobs vs Moderate (2026-12-06 08:00 UTC)\n\n0.50×\n", "Jobs vs Moderate", results)

    text = results.read_text(encoding="utf-8")
    assert text.startswith(RESULTS)
    assert text.endswith("\n\n## Jobs vs Moderate (2026-12-06 08:00 UTC)\n\n0.50×\n")
    assert not (results.parent / "HISTORY.md").exists()


def test_a_section_under_another_heading_is_refused(results: Path) -> None:
    with pytest.raises(ValueError):
        record("## Replicas benchmark — today\n", "Batching benchmark", results)
    assert results.read_text(encoding="utf-8") == RESULTS


def test_a_table_run_gets_its_dated_heading_and_a_rule_as_wide_as_its_header(
    tmp_path: Path,
) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text(RESULTS, encoding="utf-8")
    record_table("Batching benchmark", "How it ran.", "| x | y | z |", ["| 1 | 2 | 3 |"], results)
    text = results.read_text(encoding="utf-8")
    section = text[text.index("## Batching benchmark — ") :]
    lines = section.split("\n")
    assert lines[1:7] == ["", "How it ran.", "", "| x | y | z |", "|---|---|---|", "| 1 | 2 | 3 |"]
    assert "### Sub-table" not in text  # the old run moved to HISTORY.md
    assert "### Sub-table" in (tmp_path / "HISTORY.md").read_text(encoding="utf-8")
