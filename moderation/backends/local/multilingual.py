"""The embedded model for languages other than English: multilingual-e5-small cut to four
layers and fine-tuned, beside character n-grams.

Why a cut: the whole encoder (twelve layers) judges a short text at about 75 texts/s per core
and weighs 72 MB, past what the embedded path may cost. Its first four layers, fine-tuned on
the model's own non-English rows (`training.multilingual.cut`), rank the held-out parts better
than the static piece vectors they replace, at about 800 short texts/s per core and 27 MB:
the layers as int8 ONNX, the piece embeddings as e5's own 4-bit blocks (they stay frozen in
training, so nothing is lost). A character n-gram TF-IDF beside the encoder's mean-pooled
embedding holds each language's own words, slurs and spellings, and one logistic head per
category reads both. A text is encoded alone (one onnxruntime call), so its scores do not
depend on any other text. The service runs it behind an early exit (early_exit.py): a
six-layer model of the same making judges again the texts it leaves near a threshold.

Both parts are sums of per-piece terms: the n-grams' by construction, the encoder's because
its embedding is the mean of its last layer's piece states, so a piece's state times the
heads' weights is its exact share. A flagged category's evidence is each word's share of the
category's logit (its n-grams' and its pieces'); <s>, </s> and the intercepts are the rest.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt

from moderation.backends.local.assets import asset
from moderation.backends.local.attribution import (
    MAX_SPANS,
    MIN_SHARE,
    Attribution,
    Deferred,
    Deferring,
    Found,
    Words,
    core,
)
from moderation.backends.local.encoder import cpu_session
from moderation.backends.local.ngrams import CharNgramModel, NgramScan
from moderation.backends.local.steps import Steps
from moderation.policy import Policy

MULTILINGUAL_HEAD = "multilingual-head.json"
MULTILINGUAL_NGRAMS = "multilingual-char-ngrams.json"
CUT_ONNX = "multilingual-e5-cut-int8.onnx"
# The tokeniser (pieces, scores, normaliser) and the pieces' 4-bit embedding blocks.
MULTILINGUAL_PIECES = "multilingual-e5-pieces.npz"
MAX_PIECES = 256
# The encoder reads a text's first pieces only (its cost grows with the square of them).
CUT_PIECES = 128
# The metaspace marker SentencePiece writes for a space.
METASPACE = "\u2581"

FloatArray = npt.NDArray[np.float64]
# A text's last-layer outputs, (pieces + 2, dim): <s>, its pieces, </s>.
States = npt.NDArray[np.float32]


def _without(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with these words deleted as they would be quoted (the punctuation around
    them stays)."""
    for start, end in sorted((core(text, a, b) for a, b in spans), reverse=True):
        text = text[:start] + text[end:]
    return text


@dataclass(frozen=True, slots=True)
class Pieces:
    """A text's pieces: their table rows and the word each lies in."""

    rows: npt.NDArray[np.int64]
    words: tuple[int, ...]  # the white-space separated word each piece lies in


def pieces_file(directory: Path | None = None) -> Path:
    """The piece table of the model in `directory`: its own, or the shipped one (a second
    cut fine-tuned from the same table ships without a copy of it)."""
    own = directory / MULTILINGUAL_PIECES if directory else None
    return own if own is not None and own.is_file() else asset(MULTILINGUAL_PIECES)


class PieceTokenizer:
    """The piece vocabulary and the encoder's own normaliser; tokenizers only."""

    def __init__(self, path: Path | None = None) -> None:
        from tokenizers import Tokenizer, pre_tokenizers
        from tokenizers.models import Unigram

        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        with np.load(path or pieces_file(), allow_pickle=False) as doc:
            blob = doc["pieces"].tobytes().decode("utf-8")
            bounds = doc["piece_offsets"]
            pieces = [blob[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]
            scores = doc["piece_scores"].astype(np.float64)
            norm_from = doc["normalise_from"]
            norm_to = doc["normalise_to"].tobytes().decode("utf-8")
            norm_bounds = doc["normalise_offsets"]
            unk = int(doc["unk"])
        self.piece_list = pieces
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


class CutEncoder:
    """multilingual-e5-small cut to its first four layers and fine-tuned
    (`training.multilingual.cut`): a text's mean-pooled embedding, from its pieces. The piece
    embeddings are e5's own 4-bit blocks, read with numpy; the layers run on onnxruntime, one
    text per call, so that (as for the English encoder) the int8 model's activation ranges are
    each text's own and its embedding does not depend on its batch."""

    def __init__(
        self,
        directory: Path | None = None,
        threads: int = 1,
        blocks: npt.NDArray[np.uint8] | None = None,
    ) -> None:
        """`blocks`: another cut's piece embeddings, when both read the same piece table."""
        onnx = directory / CUT_ONNX if directory else asset(CUT_ONNX)
        if blocks is None:
            with np.load(pieces_file(directory), allow_pickle=False) as doc:
                # (pieces + 2, dim / 32, 18): a float16 scale, then 32 weights as nibbles
                blocks = doc["blocks"]
        self.blocks: npt.NDArray[np.uint8] = blocks
        self.dim = 32 * int(self.blocks.shape[1])
        self.bos, self.eos = len(self.blocks) - 2, len(self.blocks) - 1
        self.onnx = onnx
        self._session = cpu_session(onnx, threads)

    def run_as_shipped(self) -> None:
        """Run the file's own weights from now on, not this CPU's exact kernel's (a baseline
        for benchmarks: the same outputs on x86, at the shipped kernel's speed)."""
        self._session = cpu_session(self.onnx, as_shipped=True)

    def vectors(self, rows: npt.NDArray[np.int64]) -> npt.NDArray[np.float32]:
        """These pieces' embeddings, (pieces, dim): each nibble less 8, times its block's scale."""
        b = self.blocks[rows]
        scale = b[..., :2].copy().view("<f2").astype(np.float32)
        low = (b[..., 2:] & 0x0F).astype(np.float32) - 8
        high = (b[..., 2:] >> 4).astype(np.float32) - 8
        out: npt.NDArray[np.float32] = (np.concatenate([low, high], axis=-1) * scale).reshape(
            len(rows), self.dim
        )
        return out

    def embed(self, pieces: Sequence[Pieces]) -> FloatArray:
        """Each text's embedding, computed alone: <s>, its first CUT_PIECES pieces, </s>."""
        return self.encode(pieces)[0]

    def encode(self, pieces: Sequence[Pieces]) -> tuple[FloatArray, list[States]]:
        """Each text's embedding and the last layer's output at each of its pieces (<s> and
        </s> included): the embedding is their mean, so a category's dense logit is a sum of
        per-piece terms."""
        out = np.zeros((len(pieces), self.dim), dtype=np.float64)
        states: list[States] = []
        for k, p in enumerate(pieces):
            rows = np.concatenate([[self.bos], p.rows[:CUT_PIECES], [self.eos]])
            found, at = self._session.run(None, {"vectors": self.vectors(rows)[None]})
            out[k] = found[0]
            states.append(at[0])
        return out, states


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


@dataclass(frozen=True, slots=True)
class Scored:
    """What scoring a batch computed that attributing its texts reads again."""

    pieces: list[Pieces]
    features: FloatArray
    states: list[States] | None  # the encoder's, per text (None for a static dense part)
    scan: NgramScan


class MultilingualClassifier(Deferring):
    """Scores texts in languages other than English: each category's logit is the dense
    heads' (the encoder's embedding) plus the character n-gram model's, fitted together."""

    model = "local/multilingual-e5-cut4-v1"
    # Whether `encode` runs the e5 cut (models whose dense part is another never load it).
    reads_encoder: ClassVar[bool] = True
    # Words of a flagged text whose deletion is tried before they are quoted (the evidence
    # quotes at most three; 0: quote by share alone).
    checked_words: ClassVar[int] = 6
    # Whether the words a quote would name are deleted together too (`_quoted_together`).
    checked_together: ClassVar[bool] = True

    def __init__(
        self,
        tokenizer: PieceTokenizer | None = None,
        heads: LinearHeads | None = None,
        ngrams: CharNgramModel | None = None,
        encoder: CutEncoder | None = None,
    ) -> None:
        self.tokenizer = tokenizer or PieceTokenizer()
        self.heads = heads or LinearHeads.load()
        self.ngrams = ngrams or CharNgramModel.load(asset(MULTILINGUAL_NGRAMS))
        if self.ngrams.heads != self.heads.categories:
            raise ValueError("multilingual model: the dense and n-gram heads disagree")
        # Loaded here, at start-up, not by the first text that needs it.
        self._encoder = encoder or (CutEncoder() if self.reads_encoder else None)

    @property
    def encoder(self) -> CutEncoder:
        if self._encoder is None:
            raise TypeError(f"{type(self).__name__} reads no encoder")
        return self._encoder

    def categories(self) -> tuple[str, ...]:
        return self.heads.categories

    def logits(self, texts: Sequence[str]) -> FloatArray:
        return self._logits(texts)[0]

    def _logits(self, texts: Sequence[str]) -> tuple[FloatArray, Scored]:
        pieces = self.tokenizer.pieces(texts)
        features, states = self.encode(pieces)
        scan = self.ngrams.scan(texts)
        out: FloatArray = self.heads.logits(features) + self.ngrams.logits(texts, scan)
        return out, Scored(pieces, features, states, scan)

    def encode(self, pieces: Sequence[Pieces]) -> tuple[FloatArray, list[States] | None]:
        """What the dense heads read (the encoder's embedding of each text), and each text's
        piece states, whose mean it is."""
        return self.encoder.encode(pieces)

    def dense(self, pieces: Sequence[Pieces]) -> FloatArray:
        """What the dense heads read."""
        return self.encode(pieces)[0]

    def word_terms(
        self,
        pieces: Pieces,
        features: FloatArray,
        states: States | None,
        cols: npt.NDArray[np.intp],
    ) -> FloatArray | None:
        """Each piece's term in the dense heads' logits of these categories, (pieces, cols):
        the heads read the mean of the encoder's piece states, so a piece's term is its
        state's share (pieces past CUT_PIECES, which the encoder does not read, have none;
        <s> and </s> stay in the rest)."""
        if states is None:
            return None
        out = np.zeros((len(pieces.rows), len(cols)))
        terms = states.astype(np.float64) @ self.dense_weights(cols) / len(states)
        out[: len(states) - 2] = terms[1:-1]
        return out

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return self.rows(self.logits(texts))

    def rows(self, logits: FloatArray) -> list[dict[str, float]]:
        """Each text's {category: probability} from its logits."""
        probs = 1.0 / (1.0 + np.exp(-logits))
        cats = self.heads.categories
        return [{c: float(v) for c, v in zip(cats, row, strict=True)} for row in probs]

    def judge(
        self,
        texts: Sequence[str],
        wanted: Callable[[dict[str, float]], Sequence[str]],
        policy: Policy | None = None,
    ) -> tuple[list[dict[str, float]], list[Found]]:
        """Scores, and for the texts `wanted` names categories of, the words that carry them:
        the words with the largest shares (`shares`), weighed again by what deleting each
        does to the categories' logits (`deletion_steps`, left to run on their own)."""
        logits, shares = self.shares(texts, wanted)
        return self.rows(logits), self.deferred(texts, logits, shares)

    def shares(
        self, texts: Sequence[str], wanted: Callable[[dict[str, float]], Sequence[str]]
    ) -> tuple[FloatArray, list[Attribution | None]]:
        """The logits, and each word's exact share of the wanted categories' logits."""
        logits, scored = self._logits(texts)
        out: list[Attribution | None] = []
        for k, row in enumerate(self.rows(logits)):
            categories = tuple(wanted(row))
            out.append(self._attribute(texts[k], k, scored, categories) if categories else None)
        return logits, out

    def deferred(
        self, texts: Sequence[str], logits: FloatArray, shares: Sequence[Attribution | None]
    ) -> list[Found]:
        """Each attributed text's deletion checks (`deletion_steps`), to run later: a text's
        checks read only that text, so they give what they give in any batch."""
        out: list[Found] = []
        for text, row, share in zip(texts, logits, shares, strict=True):
            if share is None or not len(share.spans) or not self.checked_words:
                out.append(share)
                continue
            out.append(Deferred(functools.partial(self.deletion_steps, text, row, share), share))
        return out

    def deletion_steps(
        self, text: str, logits: FloatArray, share: Attribution
    ) -> Steps[Attribution]:
        """Why: the encoder's piece states are contextual, so a state's share can sit on a
        neighbour of the word that moved it ("ce" in "…les femmes, ce sont des ordures").
        The text's `checked_words` heaviest words by share are deleted one at a time (an
        encoder pass each, a step each); a word's weight becomes the logit it takes away,
        and the words not tried rank below every word tried. `logits` are the text's own."""
        best = np.argsort(-share.weights.max(axis=1), kind="stable")[: self.checked_words]
        cols = [self.heads.categories.index(c) for c in share.categories]
        drops = np.empty((len(best), len(cols)))
        for n, w in enumerate(best):
            if n:
                yield
            deleted = self.logits([_without(text, [share.spans[int(w)]])])[0]
            drops[n] = logits[cols] - deleted[cols]
        weights = np.full_like(share.weights, float(drops.min()) - 1.0)
        weights[best] = drops
        checked = Attribution(share.categories, share.spans, weights)
        if not self.checked_together:
            return checked
        return (yield from self._quoted_together(text, logits, checked))

    def _quoted_together(
        self, text: str, logits: FloatArray, checked: Attribution
    ) -> Steps[Attribution]:
        """Why: words' effects do not add up ("Je déteste les , ce sont des ." keeps the
        hate its frame carries, though deleting "femmes" alone removes it), so the words a
        quote would name are deleted together too (one more encoder pass), and if that takes
        less away than the heaviest of them alone, it alone is quoted; the others drop below
        every word tried. (Every subset would cost up to four passes, for little more.)"""
        mean = checked.weights.mean(axis=1)
        ranked = [int(w) for w in np.argsort(-mean, kind="stable")[:MAX_SPANS]]
        top = float(mean[ranked[0]])
        quoted = [w for w in ranked if top > 0 and mean[w] >= MIN_SHARE * top]
        if len(quoted) < 2:
            return checked
        yield
        row = self.logits([_without(text, [checked.spans[w] for w in quoted])])[0]
        cols = [self.heads.categories.index(c) for c in checked.categories]
        together = float((logits[cols] - row[cols]).mean())
        # Of equals, the fewest words: the heaviest alone.
        if together > float(checked.weights[quoted[0]].mean()):
            return checked
        weights = checked.weights.copy()
        for w in quoted[1:]:
            weights[w] = float(weights.min()) - 1.0
        return Attribution(checked.categories, checked.spans, weights)

    def _attribute(
        self, text: str, k: int, scored: Scored, categories: tuple[str, ...]
    ) -> Attribution:
        """Each word's share of the categories' logits: its n-grams' terms and its pieces'
        terms in the dense heads. Exact: the shares and the rest (the intercepts, <s> and
        </s>) sum to the logit."""
        words = Words.of(text)
        if not words.bounds:
            return Attribution(categories, (), np.zeros((0, len(categories))))
        cols = np.array([self.heads.categories.index(c) for c in categories], dtype=np.intp)
        pieces = scored.pieces[k]
        shares = self.ngrams.contributions(scored.scan, k, cols)
        if len(shares) != len(words.bounds):
            shares = np.zeros((len(words.bounds), len(cols)))
        # The normalised text keeps the original's words, one space apart.
        piece_words = np.asarray(pieces.words, dtype=np.intp)
        if len(piece_words) and int(piece_words.max()) < len(words.bounds):
            states = scored.states[k] if scored.states is not None else None
            terms = self.word_terms(pieces, scored.features[k], states, cols)
            if terms is not None:
                np.add.at(shares, piece_words, terms)
        return Attribution(categories, words.bounds, shares)

    def dense_weights(self, cols: npt.NDArray[np.intp]) -> FloatArray:
        """The dense heads' weights on raw features for these categories, (features, cols)."""
        out: FloatArray = (self.heads.weights[cols] / self.heads.scale).T
        return out
