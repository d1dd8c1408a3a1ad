"""`bench.hit_ablation`'s tables read back what was measured, and a git ref's tree unpacks
where its service can be started from."""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

import pytest

from bench.harness import ROOT
from bench.hit_ablation import (
    AGAINST_FAMILY,
    FAMILY,
    STREAM_AGAINST_FAMILY,
    TARGETS,
    archived,
    report,
    report_against,
)


def test_each_server_is_a_row_with_its_cpu_and_its_difference_from_the_echo() -> None:
    cpu = {name: [200.0 + 10 * n, 202.0 + 10 * n] for n, name in enumerate(TARGETS)}
    text = report(argparse.Namespace(rounds=2, calls=10, level=4), cpu, [1.0, 2.0])
    assert text.startswith(f"## {FAMILY} — ")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "µs" in line]
    assert len(rows) == len(TARGETS)
    assert rows[0].split(" | ")[1:3] == ["201 µs", "+0 µs"]
    assert rows[2].split(" | ")[1:3] == ["221 µs", "+20 µs"]


@pytest.mark.parametrize("stream", [False, True])
def test_the_trees_difference_is_the_difference_of_their_copies_means(stream: bool) -> None:
    args = argparse.Namespace(against="main", copies=2, rounds=3, calls=10, level=4, stream=stream)
    text = report_against(args, {"this": [30.0, 34.0], "ref": [40.0, 38.0]}, [1.0, 1.0])
    family = STREAM_AGAINST_FAMILY if stream else AGAINST_FAMILY
    assert text.startswith(f"## {family} — ")
    assert ("CPU per message above the echo" in text) is stream
    assert "| this tree | 32.0 µs | 30.0 / 34.0 µs |" in text
    assert "| `main` | 39.0 µs | 40.0 / 38.0 µs |" in text
    assert "**-7.0 µs**" in text


def test_a_refs_tree_holds_the_service_package(tmp_path: Path) -> None:
    found = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, check=False)
    if found.returncode:
        pytest.skip("not a git checkout")
    tree = archived("HEAD", tmp_path)
    assert (tree / "moderation" / "__main__.py").is_file()
    assert (tree / "clients" / "python").is_dir()
