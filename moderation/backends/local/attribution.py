"""Evidence spans from the embedded model: the words that drive a flagged category's score.

Why attribution by the model's linear parts, not occlusion of the encoder: every text is
already scored by linear models whose outputs are sums of per-word terms (the cascade's
static-token head, the character n-gram heads, alt-profanity-check's word SVM), so each
word's share of each category's logit is exact and costs one more pass over the words of a
flagged text, with no transformer run. Occluding word windows would re-run the encoder once
per window for every flagged item: with one text per onnxruntime call (encoder.SUB_BATCH) and
a third of the traffic flagged, even four windows would more than double the embedded path's
cost, far past the 10 % it may spend. The price: for a text the encoder decided, the spans
are the words its linear companion weighs most, which is what the encoder's head reads most
of the time (they share the profanity feature and are blended with the n-grams), not a
reading of the encoder itself. bench/local_spans.py measures the cost.

A word's weight for a category is its first-order share of log(score): the category's score
is sqrt(p_any * p_category), so each head's logit share counts (1 - p) / 2 of it, with p the
companion's own probability. A profanity hit (the profanity model's probability >= 0.5) is
quoted first and exactly: the words that model scores, at their offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from moderation.domain import Evidence

FloatArray = npt.NDArray[np.float64]
Offsets = tuple[int, int]

# At most this many spans per flagged category.
MAX_SPANS = 3
# A word is quoted when its weight is at least this share of the top word's: the few words
# that carry the score, not every word that leans its way.
MIN_SHARE = 0.25
# The profanity model's own decision threshold: at or above it, its words are a hit.
PROFANITY_HIT = 0.5

_WORDS = re.compile(r"\S+")
# A word's span without the punctuation around it ("idiot!!" quotes "idiot").
_CORE = re.compile(r"\w(?:.*\w)?", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Words:
    """A text's white-space separated words: where each is, and its span without the
    punctuation around it (the whole word when it has no letter or digit)."""

    bounds: tuple[Offsets, ...]
    spans: tuple[Offsets, ...]

    @classmethod
    def of(cls, text: str) -> Words:
        bounds, spans = [], []
        for m in _WORDS.finditer(text):
            bounds.append((m.start(), m.end()))
            core = _CORE.search(m.group())
            spans.append(
                (m.start() + core.start(), m.start() + core.end())
                if core is not None
                else (m.start(), m.end())
            )
        return cls(tuple(bounds), tuple(spans))

    def index(self, offsets: Sequence[Offsets]) -> npt.NDArray[np.intp]:
        """The word each [start, end) lies in (tokens never cross white space)."""
        starts = np.array([b[0] for b in self.bounds], dtype=np.intp)
        at = np.array([a for a, _ in offsets], dtype=np.intp)
        out: npt.NDArray[np.intp] = np.maximum(np.searchsorted(starts, at, side="right") - 1, 0)
        return out


@dataclass(frozen=True, slots=True)
class Attribution:
    """Candidate spans of one scored text and their weight for each category.

    `weights` is (spans, categories) in the classifier's category order; `hits` are the
    profanity model's scored words when it flags the text (heaviest first), which stand
    first for `hit_categories`.
    """

    categories: tuple[str, ...]
    spans: tuple[Offsets, ...]
    weights: FloatArray
    hits: tuple[Offsets, ...] = ()
    hit_categories: frozenset[str] = field(default_factory=frozenset)

    def evidence(self, text: str, category: str, offset: int = 0) -> tuple[Evidence, ...]:
        """The spans for `category` in `text`, the item's own text, which starts at `offset`
        of the scored text (after its context): in text order, at most MAX_SPANS, none
        overlapping, none in the context."""
        chosen: list[Offsets] = []

        def take(span: Offsets) -> None:
            start, end = span[0] - offset, span[1] - offset
            if start < 0 or end > len(text) or len(chosen) >= MAX_SPANS:
                return
            if all(end <= a or start >= b for a, b in chosen):
                chosen.append((start, end))

        if category in self.hit_categories:
            for span in self.hits:
                take(span)
        if category in self.categories and len(self.spans):
            column = self.weights[:, self.categories.index(category)]
            inside = [k for k, (a, _) in enumerate(self.spans) if a >= offset]
            ranked = sorted(inside, key=lambda k: -column[k])
            top = float(column[ranked[0]]) if ranked else 0.0
            if top > 0:
                for k in ranked:
                    if column[k] < MIN_SHARE * top:
                        break
                    take(self.spans[k])
            elif ranked and not chosen:
                # No word pushes the score up: the one that holds it down least stands alone.
                take(self.spans[ranked[0]])
        return tuple(Evidence(a, b, text[a:b]) for a, b in sorted(chosen))


def gradient_weights(logits: FloatArray) -> FloatArray:
    """d log(sqrt(p_any * p_c)) / d logit for each head, (1 + categories,): (1 - p) / 2."""
    out: FloatArray = 0.5 / (1.0 + np.exp(logits))
    return out


def category_weights(shares: FloatArray, intercepts: FloatArray) -> FloatArray:
    """Per-word weight of each category, (words, categories), from each word's share of each
    head's logit, (words, 1 + categories) with the any-head first."""
    grad = gradient_weights(shares.sum(axis=0) + intercepts)
    out: FloatArray = shares[:, :1] * grad[0] + shares[:, 1:] * grad[1:]
    return out


def profanity_hits(
    offsets: Sequence[Offsets], shares: FloatArray, probability: float
) -> tuple[Offsets, ...]:
    """The profanity model's words that carry its decision (as `MIN_SHARE` says), heaviest
    first, when it flags the text; none when it does not."""
    if probability < PROFANITY_HIT:
        return ()
    top = float(shares.max()) if len(shares) else 0.0
    order = np.argsort(-shares, kind="stable")
    return tuple(offsets[int(k)] for k in order if shares[k] > 0 and shares[k] >= MIN_SHARE * top)
