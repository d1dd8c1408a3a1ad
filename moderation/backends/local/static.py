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
from dataclasses import dataclass
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
        return self.encode_counted(texts)[0]

    def tokenize(self, texts: Sequence[str]) -> list[Any]:
        """The tokenizer's encodings (ids and code-point offsets), up to MAX_TOKENS."""
        out: list[Any] = self._tokenizer.encode_batch(list(texts))
        return out

    def encode_counted(
        self, texts: Sequence[str], encoded: Sequence[Any] | None = None
    ) -> tuple[FloatArray, npt.NDArray[np.int64]]:
        """(embeddings, tokens per text without [CLS] and [SEP], counted up to MAX_TOKENS);
        `encoded`: these texts' `tokenize` when already made."""
        sums, counts = self.weighted_sums(encoded if encoded is not None else self.tokenize(texts))
        return sums / norms(sums)[:, None], counts

    def weighted_sums(self, encoded: Sequence[Any]) -> tuple[FloatArray, npt.NDArray[np.int64]]:
        """Each text's weighted sum of token rows (its embedding before unit length), and its
        token count as `encode_counted` gives it."""
        counts = np.array([len(e.ids) - 2 for e in encoded], dtype=np.int64)
        if not len(encoded):
            return np.zeros((0, DIM), dtype=np.float64), counts
        # One (texts x distinct tokens) weight matrix times the batch's distinct rows: a
        # third cheaper than a weighted sum per text.
        ids = [np.asarray(e.ids[1:-1] or [UNK_ID], dtype=np.int64) for e in encoded]
        owner = np.repeat(np.arange(len(ids)), [len(i) for i in ids])
        flat = np.concatenate(ids)
        uniq, col = np.unique(flat, return_inverse=True)
        weights = np.zeros((len(ids), len(uniq)), dtype=np.float32)
        np.add.at(weights, (owner, col), token_weights(flat).astype(np.float32))
        rows = self._rows[uniq].astype(np.float32) * self._scales[uniq, None]
        out: FloatArray = (weights @ rows).astype(np.float64)
        return out, counts

    def project(self, heads: FloatArray) -> TokenHeads:
        """Linear heads over these embeddings, read per token (computed once per head)."""
        rows = self._rows.astype(np.float32) * self._scales[:, None]
        table = (rows @ heads.T.astype(np.float32)).astype(np.float32)
        mean = rows[RANK_OFFSET:].mean(axis=0, dtype=np.float64) @ heads.T
        return TokenHeads(table, np.asarray(mean, dtype=np.float64))

    def contributions(
        self, encoded: Any, norm: float, heads: TokenHeads, columns: npt.NDArray[np.intp]
    ) -> tuple[list[tuple[int, int]], FloatArray, FloatArray]:
        """Each token of a tokenized text (`tokenize`, with `norm` the norm of its
        `weighted_sums` row) at its [start, end) in code points,
        its share of each head's output over the text's embedding, (tokens, columns), and the
        part no token owns, (heads,). Token rows share a common direction (every token pushes
        a head the same way), so a token's share is measured from the mean word row:
        a_t * (v_t - mean) . w / norm. Exact: shares and the rest sum to the heads' output
        over `encode(text)`, since one norm scales every token. Only the heads in `columns`."""
        ids = np.asarray(encoded.ids[1:-1], dtype=np.int64)
        mean = heads.mean[columns]
        if not len(ids):
            return [], np.zeros((0, len(columns))), np.zeros(len(columns))
        a = token_weights(ids)
        offsets = [(int(s), int(e)) for s, e in encoded.offsets[1:-1]]
        out: FloatArray = a[:, None] * (heads.table[ids[:, None], columns] - mean) / norm
        rest: FloatArray = float(a.sum()) * mean / norm
        return offsets, out, rest


@dataclass(frozen=True, slots=True)
class TokenHeads:
    """Each vocabulary row's output on some linear heads, (vocabulary, heads), and the
    mean word row's, (heads,): a token's share of a head is one row of a table."""

    table: npt.NDArray[np.float32]
    mean: FloatArray


def norms(sums: FloatArray) -> FloatArray:
    """The length of each row, at least a tiny positive one."""
    out: FloatArray = np.maximum(np.linalg.norm(sums, axis=1), 1e-12)
    return out
