"""Text classifiers: MiniLM embeddings with the trained head, or the light profanity model.

Both return policy-aligned scores in [0, 1] per category name; neither does I/O per call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from moderation.backends.local.attribution import (
    Attribution,
    Found,
    Words,
    category_weights,
    profanity_hits,
)
from moderation.backends.local.encoder import MiniLMEncoder
from moderation.backends.local.head import Cascade, Head, align, profanity_feature
from moderation.backends.local.ngrams import NgramScan
from moderation.backends.local.profanity import ProfanityModel
from moderation.backends.local.static import StaticEmbedder, norms
from moderation.policy import Policy

FloatArray = npt.NDArray[np.float64]


class TextClassifier(Protocol):
    model: str

    def categories(self) -> tuple[str, ...]:
        """Category names in the order of `score` columns."""
        ...

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """One {category: score} per text; blocking, CPU-bound."""
        ...

    def judge(
        self,
        texts: Sequence[str],
        wanted: Callable[[dict[str, float]], Sequence[str]],
        policy: Policy | None = None,
    ) -> tuple[list[dict[str, float]], Sequence[Found]]:
        """`score`, and for each text the categories `wanted` names from its scores (most
        texts: none), what in it drives their scores (attribution.py), or the checks that
        will tell, where they cost encoder passes (`Deferred`); blocking. `policy` judges
        the batch: a model may look again at the texts near its thresholds (early_exit.py);
        the others spend the same on every text and ignore it."""
        ...


@dataclass(slots=True)
class _Scored:
    """What scoring a batch computed that attributing its texts reads again."""

    encoded: list[Any] | None = None  # the static tokenizer's encodings, one per text
    static_norms: FloatArray | None = None  # their weighted sums' norms
    profanity: FloatArray | None = None  # the profanity model's probability, one per text
    scan: NgramScan | None = None  # the n-grams of the texts in `scanned`
    scanned: dict[int, int] = field(default_factory=dict)  # text index -> its row of `scan`


class MiniLMClassifier:
    """MiniLM embeddings of the whole batch in one call, then the numpy head.

    The shipped head also reads alt-profanity-check's probability (its model read with numpy)
    and blends in a character n-gram model; both are cheap next to the encoder. When the head
    has a cascade, every text is first scored from static token vectors, the profanity
    feature and the n-grams (no transformer), and only the texts that score uncertain there
    are encoded. When the head has a short-text model, texts that fit its window whole are
    scored by that fine-tuned encoder and its own head instead.
    """

    def __init__(self, head: Head | None = None, model: Path | None = None) -> None:
        self.head = head or Head.load()
        self.encoder = MiniLMEncoder(
            self.head.max_seq_length, model=model or self.head.encoder_path
        )
        self.model = self.head.model
        self._profanity = ProfanityModel.load() if self.head.uses_profanity else None
        # An empty text's profanity probability: the feature's level that no word raised.
        self._empty_profanity = (
            float(self._profanity.predict_prob([""])[0]) if self._profanity is not None else 0.0
        )
        needs_static = self.head.cascade is not None or self.head.short is not None
        self.static = StaticEmbedder() if needs_static else None
        short = self.head.short
        self.short_encoder = (
            None
            if short is None
            else MiniLMEncoder(short.head.max_seq_length, model=short.head.encoder_path)
        )
        # The cascade's heads read per token, for attribution (static.TokenHeads).
        cascade = self.head.cascade
        self._token_heads = (
            None
            if cascade is None or self.static is None
            else self.static.project(cascade.weights[:, : self._static_columns(cascade)])
        )

    def _static_columns(self, cascade: Cascade) -> int:
        """The cascade weights' columns over the static embedding (the profanity feature's
        column, when the head reads it, comes last)."""
        return int(cascade.weights.shape[1]) - (1 if self.head.uses_profanity else 0)

    def categories(self) -> tuple[str, ...]:
        return self.head.categories

    def features(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        """The head's input rows for these texts."""
        prof = None if self._profanity is None or not texts else self._profanity.predict_prob(texts)
        return self.head.features(self.encoder.encode(texts), prof)

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return self._rows(self._score(texts)[0])

    def score_and_attribute(
        self,
        texts: Sequence[str],
        wanted: Callable[[dict[str, float]], Sequence[str]],
        policy: Policy | None = None,
    ) -> tuple[list[dict[str, float]], list[Attribution | None]]:
        scores, scored = self._score(texts)
        rows = self._rows(scores)
        out: list[Attribution | None] = []
        for k, row in enumerate(rows):
            categories = wanted(row)
            out.append(self._attribute(texts[k], k, scored, categories) if categories else None)
        return rows, out

    # Its evidence runs no encoder: found with the scores, nothing deferred.
    judge = score_and_attribute

    def _score(self, texts: Sequence[str]) -> tuple[FloatArray, _Scored]:
        scored = _Scored()
        if not texts:
            return np.zeros((0, len(self.head.categories))), scored
        head, cascade, short = self.head, self.head.cascade, self.head.short
        prof = self._profanity.predict_prob(texts) if self._profanity is not None else None
        scored.profanity = prof
        if self.static is None or head.char is None:
            feats = head.features(self.encoder.encode(texts), prof)
            return head.scores(feats, texts), scored
        scored.encoded = self.static.tokenize(texts)
        sums, counts = self.static.weighted_sums(scored.encoded)
        scored.static_norms = norms(sums)
        static = sums / scored.static_norms[:, None]
        scores = np.empty((len(texts), len(head.categories)))
        is_short = np.zeros(len(texts), dtype=bool)
        if short is not None and self.short_encoder is not None:
            is_short = counts <= short.max_tokens
            idx = np.flatnonzero(is_short)
            if len(idx):
                emb = self.short_encoder.encode([texts[int(i)] for i in idx])
                x = short.head.features(emb, None if prof is None else prof[idx])
                scores[idx] = short.head.scores(x)
        rest = np.flatnonzero(~is_short)
        if not len(rest):
            return scores, scored
        sub = [texts[int(i)] for i in rest]
        sub_prof = None if prof is None else prof[rest]
        scored.scan = head.char.scan(sub)
        scored.scanned = {int(i): row for row, i in enumerate(rest)}
        char = head.char.logits(sub, scored.scan)
        if cascade is None:
            feats = head.features(self.encoder.encode(sub), sub_prof)
            scores[rest] = align(head.logits(feats, char_logits=char), head.knots)
            return scores, scored
        logits = cascade.logits(head.features(static[rest], sub_prof), char)
        routed = np.flatnonzero(cascade.route(logits))
        if len(routed):
            feats = head.features(
                self.encoder.encode([sub[int(i)] for i in routed]),
                None if sub_prof is None else sub_prof[routed],
            )
            logits[routed] = head.logits(feats, char_logits=char[routed])
        scores[rest] = align(logits, head.knots)
        return scores, scored

    def _rows(self, scores: npt.NDArray[np.float64]) -> list[dict[str, float]]:
        cats = self.head.categories
        return [dict(zip(cats, map(float, row), strict=True)) for row in scores]

    def _attribute(
        self, text: str, k: int, scored: _Scored, categories: Sequence[str]
    ) -> Attribution:
        """Each word's share of the linear companion's logits for `categories` (and the
        any-head): the cascade's static-token head, the n-gram heads and the profanity
        feature (its rise over an empty text's, shared among the words that raise the
        profanity model's decision). Exact for those parts; no transformer runs
        (attribution.py says why). Reads again what scoring text `k` computed (tokens,
        n-grams, profanity) instead of computing it."""
        head, cascade = self.head, self.head.cascade
        cats = tuple(categories)
        words = Words.of(text)
        if not words.bounds or not cats:
            return Attribution(cats, (), np.zeros((0, len(cats))))
        cols = np.array([0, *(1 + head.categories.index(c) for c in cats)], dtype=np.intp)
        shares = np.zeros((len(words.bounds), len(cols)))
        base = np.zeros(len(cols))
        linear = cascade.weights if cascade is not None and self._token_heads is not None else None
        blend = cascade.blend if linear is not None and cascade is not None else head.blend
        if self._token_heads is not None and self.static is not None and cascade is not None:
            if scored.encoded is not None and scored.static_norms is not None:
                encoded, norm = scored.encoded[k], float(scored.static_norms[k])
            else:
                (encoded,) = self.static.tokenize([text])
                norm = float(norms(self.static.weighted_sums([encoded])[0])[0])
            offsets, tokens, rest = self.static.contributions(
                encoded, norm, self._token_heads, cols
            )
            if offsets:
                np.add.at(shares, words.index(offsets), (1.0 - blend) * tokens)
            base += (1.0 - blend) * (cascade.intercepts[cols] + rest)
        if head.char is not None:
            scan, row = (
                (scored.scan, scored.scanned[k])
                if scored.scan is not None and k in scored.scanned
                else (head.char.scan([text]), 0)
            )
            char = head.char.contributions(scan, row, cols)
            if len(char) == len(shares):  # the same white-space separated words
                shares += blend * char
            base += blend * head.char.intercepts[cols]
        hits: tuple[tuple[int, int], ...] = ()
        hit_categories: frozenset[str] = frozenset()
        if self._profanity is not None and head.profanity is not None:
            column = (linear if linear is not None else head.weights)[cols, -1]
            p = (
                float(scored.profanity[k])
                if scored.profanity is not None
                else float(self._profanity.predict_prob([text])[0])
            )
            f, f0 = profanity_feature([p, self._empty_profanity], **head.profanity)[:, 0]
            base += (1.0 - blend) * column * min(f, f0)
            # Below an empty text's level no word raised the feature: nothing to share.
            if f > f0:
                offsets, words_share = self._profanity.contributions(text)
                positive = np.clip(words_share, 0.0, None)
                if offsets and positive.sum() > 0:
                    rise = (f - f0) * positive / positive.sum()
                    np.add.at(shares, words.index(offsets), (1.0 - blend) * np.outer(rise, column))
                hits = profanity_hits(offsets, words_share, p)
                hit_categories = frozenset(
                    c for c, w in zip(cats, column[1:], strict=True) if w > 0
                )
        return Attribution(
            cats,
            words.bounds,
            category_weights(shares, base),
            hits,
            hit_categories,
        )


# The profanity model gives one probability that a text is offensive. It was trained on
# insults and abusive language, so it is read as harassment evidence; it cannot tell who is
# targeted, so hate gets a capped share that reaches at most the default policy's "low" band.
PROFANITY_WEIGHTS: dict[str, float] = {"harassment": 1.0, "hate": 0.5}


class ProfanityClassifier:
    """alt-profanity-check (a linear model over word TF-IDF): fast, shallow."""

    model = "local/profanity-check-v1"

    def __init__(self) -> None:
        self._model = ProfanityModel.load()

    def categories(self) -> tuple[str, ...]:
        return tuple(PROFANITY_WEIGHTS)

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        probs = self._model.predict_prob(texts)
        return [{c: float(p) * w for c, w in PROFANITY_WEIGHTS.items()} for p in probs]

    def score_and_attribute(
        self,
        texts: Sequence[str],
        wanted: Callable[[dict[str, float]], Sequence[str]],
        policy: Policy | None = None,
    ) -> tuple[list[dict[str, float]], list[Attribution | None]]:
        """The words the model scores and their share of its decision: exact."""
        probs = self._model.predict_prob(texts) if texts else np.zeros(0)
        rows = [{c: float(p) * w for c, w in PROFANITY_WEIGHTS.items()} for p in probs]
        out: list[Attribution | None] = []
        for text, row, p in zip(texts, rows, probs, strict=True):
            categories = tuple(c for c in wanted(row) if c in PROFANITY_WEIGHTS)
            if not categories:
                out.append(None)
                continue
            offsets, shares = self._model.contributions(text)
            weights = np.outer(shares, [PROFANITY_WEIGHTS[c] for c in categories])
            out.append(
                Attribution(
                    categories,
                    tuple(offsets),
                    weights.reshape(len(offsets), len(categories)),
                    profanity_hits(offsets, shares, float(p)),
                    frozenset(categories),
                )
            )
        return rows, out

    # Its evidence is exact and costs no model call: found with the scores, nothing deferred.
    judge = score_and_attribute
