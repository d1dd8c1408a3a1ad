"""The static piece table: one vector per SentencePiece piece (e5's output for the piece
alone, projected, int8), and the multilingual model built on it before the e5 cut replaced it.

A text is the weighted mean and the element-wise max of its pieces' vectors, so every part of
its features is a sum of per-piece terms and each word's share of a logit is exact. The
service no longer ships it; the research studies and the contextual student
(`training.multilingual.student`) read it, built by `training.multilingual.train` from the
vectors `training.multilingual.vectors` distils (cached, train extra).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from moderation.backends.local.multilingual import (
    FloatArray,
    LinearHeads,
    MultilingualClassifier,
    Pieces,
    PieceTokenizer,
    States,
)
from moderation.backends.local.ngrams import CharNgramModel
from training.multilingual.vectors import CACHE

STATIC_TABLE = "multilingual-static-int8.npz"


def table_path() -> Path:
    """The table with the default knobs, built into the cache on first use."""
    path = CACHE / STATIC_TABLE
    if not path.exists():
        from training.multilingual.train import Knobs, build_table, write_npz

        CACHE.mkdir(parents=True, exist_ok=True)
        write_npz(path, build_table(Knobs()))
    return path


class PieceTable(PieceTokenizer):
    """The tokeniser and the pieces' int8 vectors; numpy and tokenizers only."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or table_path()
        super().__init__(path)
        with np.load(path, allow_pickle=False) as doc:
            self.rows: npt.NDArray[np.int8] = doc["rows"]
            self.scales: npt.NDArray[np.float32] = doc["scales"]
            self.weights: npt.NDArray[np.float32] = doc["weights"]
        self.dim = int(self.rows.shape[1])

    def contributions(self, p: Pieces, features: FloatArray, weights: FloatArray) -> FloatArray:
        """Each piece's term in `features @ weights`, (pieces, columns); with the mean's
        part of what the weights do to an all-zero text, they sum to it."""
        if len(p.rows) == 0:
            return np.zeros((0, weights.shape[1]))
        dim = self.dim
        vectors, w, norm = self._weighted(p)
        out: FloatArray = (w[:, None] * vectors / norm) @ weights[:dim]
        holder = np.argmax(vectors, axis=0)  # the piece that holds each dimension's max
        np.add.at(out, holder, features[dim:, None] * weights[dim:])
        return out

    def features(self, pieces: Sequence[Pieces]) -> FloatArray:
        """Per text: the unit-length weighted mean of its piece vectors, then their
        element-wise max (zeros for a text with no pieces)."""
        out = np.zeros((len(pieces), 2 * self.dim), dtype=np.float64)
        for n, p in enumerate(pieces):
            if len(p.rows) == 0:
                continue
            vectors, w, norm = self._weighted(p)
            out[n, : self.dim] = (w @ vectors) / norm
            out[n, self.dim :] = vectors.max(axis=0)
        return out

    def _weighted(self, p: Pieces) -> tuple[FloatArray, FloatArray, float]:
        """A text's piece vectors, their weights, and the norm of their weighted sum."""
        vectors: FloatArray = self.rows[p.rows].astype(np.float64) * self.scales[p.rows, None]
        w: FloatArray = self.weights[p.rows].astype(np.float64)
        return vectors, w, max(float(np.linalg.norm(w @ vectors)), 1e-12)


class StaticClassifier(MultilingualClassifier):
    """The multilingual model over the static piece features: its dense part is a sum over
    pieces, so each word's share holds its pieces' terms too."""

    model = "local/multilingual-static-v1"
    reads_encoder = False

    def __init__(
        self,
        table: PieceTable | None = None,
        heads: LinearHeads | None = None,
        ngrams: CharNgramModel | None = None,
    ) -> None:
        self.table = table or PieceTable()
        super().__init__(self.table, heads, ngrams)

    def encode(self, pieces: Sequence[Pieces]) -> tuple[FloatArray, list[States] | None]:
        return self.dense(pieces), None

    def dense(self, pieces: Sequence[Pieces]) -> FloatArray:
        """The static piece features (a subclass may add columns after them)."""
        return self.table.features(pieces)

    def word_terms(
        self,
        pieces: Pieces,
        features: FloatArray,
        states: States | None,
        cols: npt.NDArray[np.intp],
    ) -> FloatArray | None:
        static = 2 * self.table.dim
        weights = self.dense_weights(cols)[:static]
        return self.table.contributions(pieces, features[:static], weights)
