"""Text classifiers: MiniLM embeddings with the trained head, or the light profanity model.

Both return policy-aligned scores in [0, 1] per category name; neither does I/O per call.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from moderation.backends.local.encoder import MiniLMEncoder
from moderation.backends.local.head import Head, align
from moderation.backends.local.profanity import ProfanityModel
from moderation.backends.local.static import StaticEmbedder


class TextClassifier(Protocol):
    model: str

    def categories(self) -> tuple[str, ...]:
        """Category names in the order of `score` columns."""
        ...

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """One {category: score} per text; blocking, CPU-bound."""
        ...


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
        needs_static = self.head.cascade is not None or self.head.short is not None
        self.static = StaticEmbedder() if needs_static else None
        short = self.head.short
        self.short_encoder = (
            None
            if short is None
            else MiniLMEncoder(short.head.max_seq_length, model=short.head.encoder_path)
        )

    def categories(self) -> tuple[str, ...]:
        return self.head.categories

    def features(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        """The head's input rows for these texts."""
        prof = None if self._profanity is None or not texts else self._profanity.predict_prob(texts)
        return self.head.features(self.encoder.encode(texts), prof)

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        head, cascade, short = self.head, self.head.cascade, self.head.short
        if self.static is None or head.char is None:
            scores = head.scores(self.features(texts), texts)
            return self._rows(scores)
        prof = self._profanity.predict_prob(texts) if self._profanity is not None else None
        static, counts = self.static.encode_counted(texts)
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
            return self._rows(scores)
        sub = [texts[int(i)] for i in rest]
        sub_prof = None if prof is None else prof[rest]
        char = head.char.logits(sub)
        if cascade is None:
            feats = head.features(self.encoder.encode(sub), sub_prof)
            scores[rest] = align(head.logits(feats, char_logits=char), head.knots)
            return self._rows(scores)
        logits = cascade.logits(head.features(static[rest], sub_prof), char)
        routed = np.flatnonzero(cascade.route(logits))
        if len(routed):
            feats = head.features(
                self.encoder.encode([sub[int(i)] for i in routed]),
                None if sub_prof is None else sub_prof[routed],
            )
            logits[routed] = head.logits(feats, char_logits=char[routed])
        scores[rest] = align(logits, head.knots)
        return self._rows(scores)

    def _rows(self, scores: npt.NDArray[np.float64]) -> list[dict[str, float]]:
        cats = self.head.categories
        return [dict(zip(cats, map(float, row), strict=True)) for row in scores]


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
