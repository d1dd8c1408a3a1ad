"""The embedded model for languages other than English: static multilingual piece vectors.

Why static vectors: a multilingual encoder (multilingual-e5-small) judges a short text at about
130 texts/s per core and weighs 91 MB, past what the embedded path may cost. Its knowledge is
kept in a table instead: one vector per SentencePiece piece (the encoder's output for the piece
alone, distilled at build time by `training.multilingual.vectors`, projected to fewer
dimensions and stored as int8 rows with a scale each). A text is the weighted mean and the
element-wise max of its pieces' vectors, so pieces that mean the same in different languages
push it the same way; a character n-gram TF-IDF beside them holds each language's own words,
slurs and spellings, and one logistic head per category reads both. No transformer runs: a
text costs one tokenisation, a few vector sums and an n-gram scan, and its scores do not
depend on any other text.

Every part is a sum of per-word terms (a piece's share of the mean, the dimensions whose max
it holds, a word's n-grams), so a flagged category's evidence is exact: each word's share of
the category's logit.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.assets import asset
from moderation.backends.local.attribution import Attribution, Words
from moderation.backends.local.ngrams import CharNgramModel, NgramScan

MULTILINGUAL_VECTORS = "multilingual-static-int8.npz"
MULTILINGUAL_HEAD = "multilingual-head.json"
MULTILINGUAL_NGRAMS = "multilingual-char-ngrams.json"
MAX_PIECES = 256
# The metaspace marker SentencePiece writes for a space.
METASPACE = "\u2581"

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Pieces:
    """A text's pieces: their table rows and the word each lies in."""

    rows: npt.NDArray[np.int64]
    words: tuple[int, ...]  # the white-space separated word each piece lies in


class PieceTable:
    """The piece vocabulary, its normaliser and its int8 vectors; numpy and tokenizers only."""

    def __init__(self, path: Path | None = None) -> None:
        from tokenizers import Tokenizer, pre_tokenizers
        from tokenizers.models import Unigram

        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        with np.load(path or asset(MULTILINGUAL_VECTORS), allow_pickle=False) as doc:
            blob = doc["pieces"].tobytes().decode("utf-8")
            bounds = doc["piece_offsets"]
            pieces = [blob[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]
            scores = doc["piece_scores"].astype(np.float64)
            self.rows: npt.NDArray[np.int8] = doc["rows"]
            self.scales: npt.NDArray[np.float32] = doc["scales"]
            self.weights: npt.NDArray[np.float32] = doc["weights"]
            norm_from = doc["normalise_from"]
            norm_to = doc["normalise_to"].tobytes().decode("utf-8")
            norm_bounds = doc["normalise_offsets"]
            unk = int(doc["unk"])
        self.dim = int(self.rows.shape[1])
        # The encoder's own per-character normaliser (NFKC-like folding, control characters).
        self._normalise = {
            int(cp): norm_to[norm_bounds[i] : norm_bounds[i + 1]] for i, cp in enumerate(norm_from)
        }
        model = Unigram([(p, float(s)) for p, s in zip(pieces, scores, strict=True)], unk, False)
        tok: Any = Tokenizer(model)
        tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="always")
        tok.enable_truncation(MAX_PIECES)
        tok.no_padding()
        self._tokenizer = tok

    def pieces(self, texts: Sequence[str]) -> list[Pieces]:
        """Each text's pieces and the word each lies in."""
        normal = [" ".join(t.translate(self._normalise).split()) for t in texts]
        encodings: list[Any] = self._tokenizer.encode_batch(normal)
        out: list[Pieces] = []
        for enc in encodings:
            words = tuple(w if w is not None else 0 for w in enc.word_ids)
            out.append(Pieces(np.asarray(enc.ids, dtype=np.int64), words))
        return out

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


@dataclass(frozen=True, slots=True)
class LinearHeads:
    """One logistic head per category over standardised text vectors."""

    categories: tuple[str, ...]
    mean: FloatArray
    scale: FloatArray
    weights: FloatArray  # (categories, dim)
    bias: FloatArray  # (categories,)

    @classmethod
    def load(cls, path: Path | None = None) -> LinearHeads:
        doc = json.loads((path or asset(MULTILINGUAL_HEAD)).read_text(encoding="utf-8"))
        return cls(
            tuple(doc["categories"]),
            np.asarray(doc["mean"], dtype=np.float64),
            np.asarray(doc["scale"], dtype=np.float64),
            np.asarray(doc["weights"], dtype=np.float64),
            np.asarray(doc["bias"], dtype=np.float64),
        )

    def logits(self, x: FloatArray) -> FloatArray:
        """(texts, categories) logits of the dense part."""
        out: FloatArray = ((x - self.mean) / self.scale) @ self.weights.T + self.bias
        return out


class MultilingualClassifier:
    """Scores texts in languages other than English: each category's logit is the dense
    heads' (piece vectors) plus the character n-gram model's, fitted together."""

    model = "local/multilingual-static-v1"

    def __init__(
        self,
        table: PieceTable | None = None,
        heads: LinearHeads | None = None,
        ngrams: CharNgramModel | None = None,
    ) -> None:
        self.table = table or PieceTable()
        self.heads = heads or LinearHeads.load()
        self.ngrams = ngrams or CharNgramModel.load(asset(MULTILINGUAL_NGRAMS))
        if self.ngrams.heads != self.heads.categories:
            raise ValueError("multilingual model: the dense and n-gram heads disagree")

    def categories(self) -> tuple[str, ...]:
        return self.heads.categories

    def logits(self, texts: Sequence[str]) -> FloatArray:
        return self._logits(texts)[0]

    def _logits(
        self, texts: Sequence[str]
    ) -> tuple[FloatArray, list[Pieces], FloatArray, NgramScan]:
        pieces = self.table.pieces(texts)
        features = self.dense(pieces)
        scan = self.ngrams.scan(texts)
        out: FloatArray = self.heads.logits(features) + self.ngrams.logits(texts, scan)
        return out, pieces, features, scan

    def dense(self, pieces: Sequence[Pieces]) -> FloatArray:
        """What the dense heads read: the static piece features (research models extend it;
        only these first columns are a sum over words)."""
        return self.table.features(pieces)

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return self._rows(self.logits(texts))

    def _rows(self, logits: FloatArray) -> list[dict[str, float]]:
        probs = 1.0 / (1.0 + np.exp(-logits))
        cats = self.heads.categories
        return [{c: float(v) for c, v in zip(cats, row, strict=True)} for row in probs]

    def score_and_attribute(
        self, texts: Sequence[str], wanted: Callable[[dict[str, float]], Sequence[str]]
    ) -> tuple[list[dict[str, float]], list[Attribution | None]]:
        logits, pieces, features, scan = self._logits(texts)
        rows = self._rows(logits)
        out: list[Attribution | None] = []
        for k, row in enumerate(rows):
            categories = tuple(wanted(row))
            out.append(
                self._attribute(texts[k], k, pieces[k], features[k], scan, categories)
                if categories
                else None
            )
        return rows, out

    def _attribute(
        self,
        text: str,
        k: int,
        pieces: Pieces,
        features: FloatArray,
        scan: NgramScan,
        categories: tuple[str, ...],
    ) -> Attribution:
        """Each word's share of the categories' logits: its n-grams' terms and its pieces'
        terms in the dense heads (the weighted mean's, and the max's where one of its pieces
        holds a dimension's maximum). Exact: the shares and the intercept-like rest sum to
        the logit."""
        words = Words.of(text)
        if not words.bounds:
            return Attribution(categories, (), np.zeros((0, len(categories))))
        cols = np.array([self.heads.categories.index(c) for c in categories], dtype=np.intp)
        shares = self.ngrams.contributions(scan, k, cols)
        if len(shares) != len(words.bounds):
            shares = np.zeros((len(words.bounds), len(cols)))
        # The normalised text keeps the original's words, one space apart.
        piece_words = np.asarray(pieces.words, dtype=np.intp)
        if len(piece_words) and int(piece_words.max()) < len(words.bounds):
            static = 2 * self.table.dim
            terms = self.table.contributions(pieces, features[:static], self._dense(cols)[:static])
            np.add.at(shares, piece_words, terms)
        return Attribution(categories, words.bounds, shares)

    def _dense(self, cols: npt.NDArray[np.intp]) -> FloatArray:
        """The dense heads' weights on raw features for these categories, (features, cols)."""
        out: FloatArray = (self.heads.weights[cols] / self.heads.scale).T
        return out
