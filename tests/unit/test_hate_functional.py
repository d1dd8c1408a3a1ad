"""The templated hate-speech set: the committed files are what the generator writes, and
the held-out part shares no text, template or target group with the tune part."""

from __future__ import annotations

import json
from pathlib import Path

from bench.hate_functional import GROUPS, HELD_OUT, TUNE, build


def _rows(path: Path) -> list[dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_committed_files_are_the_generators_output() -> None:
    assert _rows(TUNE) == build(0)
    assert _rows(HELD_OUT) == build(1)


def test_held_out_part_shares_no_text_and_no_group_with_the_tune_part() -> None:
    tune, held = build(0), build(1)
    assert not {r["text"] for r in tune} & {r["text"] for r in held}
    for part, other in ((tune, GROUPS[1::2]), (held, GROUPS[0::2])):
        group_rows = [r for r in part if r["functionality"] == "derogation"]
        for r in group_rows:
            assert not any(str(r["text"]).lower().startswith(g.lower()) for g, _ in other)
            assert not any(f" {g.lower()}" in str(r["text"]).lower() for g, _ in other)


def test_every_functionality_has_cases_in_both_parts() -> None:
    tune = {r["functionality"] for r in build(0)}
    held = {r["functionality"] for r in build(1)}
    assert tune == held and len(tune) == 12
