"""bench/RELIABILITY.md is rewritten one scenario at a time without losing the others."""

from __future__ import annotations

from bench.reliability.harness import ScenarioResult
from bench.reliability.report import merge, render


def result(title: str, command: str, goals: int) -> ScenarioResult:
    r = ScenarioResult(command.rsplit(" ", 1)[-1], title, command)
    for n in range(goals):
        r.goal(f"goal {n}", "target", "measured", True)
    return r


def test_a_scenario_whose_title_names_a_new_count_replaces_its_old_section() -> None:
    before = render(
        [
            result("Bad inputs: 2 cases", "python -m bench.reliability --only bad_inputs", 2),
            result("Soak: 1 minute", "python -m bench.reliability --only soak", 3),
        ],
        60.0,
        quick=False,
    )
    after = merge(
        before,
        [result("Bad inputs: 4 cases", "python -m bench.reliability --only bad_inputs", 4)],
        30.0,
    )
    assert "Bad inputs: 2 cases" not in after
    assert after.count("## Bad inputs: 4 cases") == 1
    assert after.count("| Bad inputs: 4 cases | 4 / 4 | PASS |") == 1
    assert "## Soak: 1 minute" in after
    assert "**7 of 7 goals met.**" in after
    assert after.index("Bad inputs: 4 cases") < after.index("Soak: 1 minute")
