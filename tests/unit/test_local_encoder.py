"""The MiniLM encoder's ONNX export and its torch fallback."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from moderation.backends.local.encoder import MiniLMEncoder, onnx_model

pytestmark = pytest.mark.slow

TEXTS = [
    "The library opens at nine and closes at five on weekdays.",
    "Shut up you pathetic loser, nobody wants you here.",
    "A long message about many things. " * 60,
    "ok",
]


def test_export_is_deterministic_and_cached(tmp_path: Path) -> None:
    first = onnx_model(tmp_path / "a")
    second = onnx_model(tmp_path / "b")
    assert first.name == second.name
    assert first.read_bytes() == second.read_bytes()
    mtime = first.stat().st_mtime_ns
    assert onnx_model(tmp_path / "a") == first and first.stat().st_mtime_ns == mtime
    assert [p.name for p in (tmp_path / "a").iterdir()] == [first.name]  # no temporary left


def test_onnx_embeddings_match_torch(tmp_path: Path) -> None:
    onnx = MiniLMEncoder(cache_dir=tmp_path, runtime="onnx")
    torch = MiniLMEncoder(runtime="torch")
    assert (onnx.runtime, torch.runtime) == ("onnx", "torch")
    a, b = onnx.encode(TEXTS), torch.encode(TEXTS)
    assert a.shape == b.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    # Same rows in the caller's order, although the encoder sorts by length internally.
    assert (a * b).sum(axis=1).min() > 0.9999
    assert onnx.encode([]).shape == (0, 384)


def test_unwritable_cache_falls_back_to_torch(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    enc = MiniLMEncoder(cache_dir=blocker / "cache")
    assert enc.runtime == "torch"
    assert enc.encode(TEXTS[:1]).shape == (1, 384)
    with pytest.raises(OSError):
        MiniLMEncoder(cache_dir=blocker / "cache", runtime="onnx")
