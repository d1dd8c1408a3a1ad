"""Reading the names documented in docs/operations.md's tables, for the tests that check them."""

from __future__ import annotations

import re
from pathlib import Path

OPERATIONS = Path(__file__).resolve().parents[1] / "docs" / "operations.md"


def first_column_names(heading: str, pattern: str) -> set[str]:
    """The names matching `pattern` (one capture group) in the first column of the table
    under the level-2 `heading` of docs/operations.md."""
    text = OPERATIONS.read_text(encoding="utf-8")
    section = text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(pattern, row.split("|")[1])}
