"""The SIGTERM scenario (already short: 4 s of load, then the signal)."""

from __future__ import annotations

from pathlib import Path

from bench.reliability import sigterm


async def test_sigterm_answers_every_accepted_item_and_exits_within_grace(
    tmp_path: Path,
) -> None:
    result = await sigterm.run(sigterm.SigtermLoad(), tmp_path)
    assert result.passed, result.failures()
