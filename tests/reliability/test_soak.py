"""Short form of the soak: 20 s, sampled every second."""

from __future__ import annotations

from pathlib import Path

from bench.reliability import soak


async def test_memory_threads_and_descriptors_stay_flat_under_steady_load(
    tmp_path: Path,
) -> None:
    result = await soak.run(soak.SoakLoad(seconds=20, sample_every=1), tmp_path)
    assert result.passed, result.failures()
