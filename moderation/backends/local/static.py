"""Static token vectors distilled from MiniLM: a whole text embedded without attention.

Each WordPiece token's vector is MiniLM's own sentence embedding of that token alone
([CLS] token [SEP], mean-pooled), computed once at build time (export.py) and stored as
int8 rows with one scale each (model2vec's idea, without its PCA). A text's embedding is the
weighted mean of its tokens' vectors, unit length. The weight log(1 + rank) stands in for
inverse frequency: the WordPiece vocabulary lists words roughly by frequency after its first
thousand entries (specials, characters), so common words count less. No window: all tokens
up to MAX_TOKENS are read, at the cost of tokenising them (no transformer runs).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.assets import MINILM_STATIC, MINILM_TOKENIZER, asset

DIM = 384
MAX_TOKENS = 512
# Token ids below this are specials, unused slots and single characters.
RANK_OFFSET = 1000
UNK_ID = 100

FloatArray = npt.NDArray[np.float64]


def token_weights(ids: npt.NDArray[np.int64]) -> FloatArray:
    out: FloatArray = np.log1p(np.maximum(ids - RANK_OFFSET, 1)).astype(np.float64)
    return out


class StaticEmbedder:
    """Unit-length 384-d embeddings from the static token table; numpy and tokenizers only."""

    def __init__(self, table: Path | None = None, tokenizer: Path | None = None) -> None:
        from tokenizers import Tokenizer

        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        with np.load(table or asset(MINILM_STATIC), allow_pickle=False) as doc:
            self._rows: npt.NDArray[np.int8] = doc["rows"]
            self._scales: npt.NDArray[np.float32] = doc["scales"]
        tok: Any = Tokenizer.from_file(str(tokenizer or asset(MINILM_TOKENIZER)))
        tok.enable_truncation(MAX_TOKENS)
        tok.no_padding()
        self._tokenizer = tok

    def encode(self, texts: Sequence[str]) -> FloatArray:
        out = np.zeros((len(texts), DIM), dtype=np.float64)
        for i, enc in enumerate(self._tokenizer.encode_batch(list(texts))):
            ids = np.asarray(enc.ids[1:-1], dtype=np.int64)  # without [CLS] and [SEP]
            if not len(ids):
                ids = np.array([UNK_ID], dtype=np.int64)
            w = token_weights(ids) * self._scales[ids]
            v = w @ self._rows[ids].astype(np.float64)
            out[i] = v / max(float(np.linalg.norm(v)), 1e-12)
        return out
