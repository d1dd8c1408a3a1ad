"""Recording a run: its section replaces its family's in RESULTS.md, the old one goes to HISTORY.md.

bench/RESULTS.md holds one `## ` section per figure family (the latest recorded
run); bench/HISTORY.md keeps every earlier run verbatim, newest first, below its
header. A family is known by its section's heading: `## <family>` alone or
followed by a space (` — <date>`, ` (<date>)`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HISTORY_NAME = "HISTORY.md"
HISTORY_HEADER = (
    "# Benchmark history\n\n"
    "Earlier runs, moved here verbatim from RESULTS.md when a newer run of the same family\n"
    "replaced them. Append-only, **newest first**.\n"
)


def _span(lines: list[str], family: str) -> tuple[int, int] | None:
    """[start, end) of the family's `## ` section in `lines`, or None."""
    heading = f"## {family}"
    start = next(
        (n for n, line in enumerate(lines) if line == heading or line.startswith(heading + " ")),
        None,
    )
    if start is None:
        return None
    end = next((n for n in range(start + 1, len(lines)) if lines[n].startswith("## ")), len(lines))
    return start, end


def _join(*parts: list[str]) -> str:
    """The non-blank parts, each ending in one newline, a blank line between them."""
    blocks = ["\n".join(p).strip("\n") for p in parts]
    return "\n\n".join(b for b in blocks if b) + "\n"


def record(section: str, family: str, results: Path = RESULTS) -> None:
    """Put `section` (starting `## <family>`) in place of the family's current one.

    The section it replaces moves, unchanged, to the top of HISTORY.md beside
    `results`; with no current section the new one is appended.
    """
    if not section.startswith(f"## {family}"):
        raise ValueError(f"a {family!r} section starts with '## {family}'")
    old = results.read_text(encoding="utf-8").split("\n") if results.exists() else []
    new = section.split("\n")
    span = _span(old, family)
    if span is None:
        results.write_text(_join(old or ["# Benchmark results"], new), encoding="utf-8")
        return
    start, end = span
    _to_history(old[start:end], results.with_name(HISTORY_NAME))
    results.write_text(_join(old[:start], new, old[end:]), encoding="utf-8")


def record_table(
    family: str, intro: str, header: str, rows: list[str], results: Path = RESULTS
) -> None:
    """Record a run made of one paragraph and one table (`header`: the table's first line),
    under `## <family> — <now>`."""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    rule = "|" + "---|" * (header.count("|") - 1)
    section = "\n".join([f"## {family} — {when}", "", intro, "", header, rule, *rows])
    record(section, family, results)


def _to_history(previous: list[str], history: Path) -> None:
    text = history.read_text(encoding="utf-8") if history.exists() else HISTORY_HEADER
    lines = text.split("\n")
    first = next((n for n, line in enumerate(lines) if line.startswith("## ")), len(lines))
    history.write_text(_join(lines[:first], previous, lines[first:]), encoding="utf-8")
