"""Evidence spans from the embedded model: the words that drive a flagged category's score.

Why attribution by the model's linear parts, not occlusion of the encoder: every text is
already scored by linear models whose outputs are sums of per-word terms (the cascade's
static-token head, the character n-gram heads, alt-profanity-check's word SVM), so each
word's share of each category's logit is exact and is read from what scoring computed for
the batch (its tokens, n-gram feature values and profanity probability): no transformer
runs, no text is hashed twice, and only flagged texts and their flagged categories are
attributed. Occluding word windows would re-run an encoder once per window for every flagged
item, one text per onnxruntime call (encoder.SUB_BATCH): onnxruntime is a third to a half of
the path's time on the data's mix (profiled), so three windows for each flagged item (about
a third of the data) would add 30 to 45 %, far past the 10 % spans may cost; these shares
cost 2 to 7 % of the items/s in the recorded runs (bench/local_spans.py, whose deletion test
also checks the spans on the real model: deleting them lowers the category's score where
deleting as many other words does not). The price: for a text the encoder decided, the spans
are the words its linear companion weighs most, not a reading of the encoder. The multilingual
model's encoder is read too, at no cost: its heads read the mean of its last layer's piece
states, which scoring computes anyway, so each piece's state carries an exact share.

A word's weight for a category is its first-order share of log(score): the category's score
is sqrt(p_any * p_category), so each head's logit share counts (1 - p) / 2, with p the
companion's own probability. A profanity hit (the profanity model's probability >= 0.5) is
quoted first and exactly: the words that model scores, at their offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from moderation.backends.local.steps import Steps, run_steps
from moderation.domain import Evidence
from moderation.policy import Policy

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
    """A text's white-space separated words: where each starts and ends."""

    bounds: tuple[Offsets, ...]
    starts: npt.NDArray[np.intp]

    @classmethod
    def of(cls, text: str) -> Words:
        bounds = tuple(m.span() for m in _WORDS.finditer(text))
        return cls(bounds, np.fromiter((a for a, _ in bounds), dtype=np.intp, count=len(bounds)))

    def index(self, offsets: Sequence[Offsets]) -> npt.NDArray[np.intp]:
        """The word each [start, end) lies in (tokens never cross white space)."""
        at = np.fromiter((a for a, _ in offsets), dtype=np.intp, count=len(offsets))
        out: npt.NDArray[np.intp] = np.maximum(
            np.searchsorted(self.starts, at, side="right") - 1, 0
        )
        return out


def core(text: str, start: int, end: int) -> Offsets:
    """[start, end) without the punctuation around the word ("idiot!!" quotes "idiot"); the
    whole of it when it has no letter or digit."""
    found = _CORE.search(text, start, end)
    return (found.start(), found.end()) if found is not None else (start, end)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Candidate spans of one scored text (its words) and their weight for each of some
    categories, (spans, categories); `hits` are the profanity model's scored words when it
    flags the text (heaviest first), which stand first for `hit_categories`. A span is
    quoted without the punctuation around it.
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
            start, end = core(text, start, end)
            if all(end <= a or start >= b for a, b in chosen):
                chosen.append((start, end))

        if category in self.hit_categories:
            for span in self.hits:
                take(span)
        if category in self.categories and len(self.spans):
            column = self.weights[:, self.categories.index(category)]
            ranked = np.argsort(-column, kind="stable")
            if offset:
                starts = np.fromiter((a for a, _ in self.spans), np.intp, len(self.spans))
                ranked = ranked[starts[ranked] >= offset]
            top = float(column[ranked[0]]) if len(ranked) else 0.0
            if top > 0:
                for k in ranked:
                    if column[k] < MIN_SHARE * top or len(chosen) >= MAX_SPANS:
                        break
                    take(self.spans[k])
            elif len(ranked) and not chosen:
                # No word pushes the score up: the one that holds it down least stands alone.
                take(self.spans[ranked[0]])
        return tuple(Evidence(a, b, text[a:b]) for a, b in sorted(chosen))


@dataclass(frozen=True, slots=True)
class Deferred:
    """A flagged text's evidence whose checking costs encoder passes (the multilingual
    model's deletions): `steps` runs them, an encoder pass a step, outside the batch's
    scoring (workers.py says why); `unchecked` is the evidence by share alone, quoted if
    the checks fail."""

    steps: Callable[[], Steps[Attribution]]
    unchecked: Attribution

    def check(self) -> Attribution:
        """The checked evidence, all the checks run here."""
        return run_steps(self.steps())


# What scoring found for a text: its evidence, evidence still to check, or none wanted.
Found = Attribution | Deferred | None


def resolved(found: Sequence[Found]) -> list[Attribution | None]:
    """Every text's evidence, the deferred checks run here."""
    return [f.check() if isinstance(f, Deferred) else f for f in found]


class Deferring:
    """A classifier whose `judge` leaves evidence checks for later: `score_and_attribute`
    runs them at once, here."""

    def judge(
        self,
        texts: Sequence[str],
        wanted: Callable[[dict[str, float]], Sequence[str]],
        policy: Policy | None = None,
    ) -> tuple[list[dict[str, float]], list[Found]]:
        raise NotImplementedError

    def score_and_attribute(
        self,
        texts: Sequence[str],
        wanted: Callable[[dict[str, float]], Sequence[str]],
        policy: Policy | None = None,
    ) -> tuple[list[dict[str, float]], list[Attribution | None]]:
        """Scores, and for the texts `wanted` names categories of, what carries them (each
        model's `judge` says how it is found)."""
        rows, found = self.judge(texts, wanted, policy)
        return rows, resolved(found)


def gradient_weights(logits: FloatArray) -> FloatArray:
    """d log(sqrt(p_any * p_c)) / d logit for each head, (1 + categories,): (1 - p) / 2."""
    out: FloatArray = 0.5 / (1.0 + np.exp(logits))
    return out


def category_weights(shares: FloatArray, base: FloatArray) -> FloatArray:
    """Per-word weight of each category, (words, categories), from each word's share of each
    head's logit, (words, 1 + categories) with the any-head first; `base` is the part of
    each logit no word owns (the intercepts and the like)."""
    grad = gradient_weights(shares.sum(axis=0) + base)
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
