"""The multilingual model in two depths: four layers judge every text, six only the doubtful.

Why: e5's first six layers rank every held-out part about 0.03 higher than its first four,
but judge well under 500 short texts/s a core, and batching does not make them faster
(`bench/RESULTS.md`, "the cut's fine-tune, three ways" and "the cut in batches"). Most texts
are far from any threshold, and for them the four-layer model's verdict stands. A text
whose any-flag score (each category's score rescaled so that the caller's policy's review
threshold sits at 0.5, the highest taken) lies in `DOUBT_BAND` is judged again by the
six-layer model, whose scores and evidence replace the first ones. The band is relative to
the policy that judges the batch, so a strict policy's doubtful texts are its own.

Each model encodes a text alone, so a text's scores still depend on nothing but the text
and the policy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from moderation.backends.local.assets import ASSETS_DIR
from moderation.backends.local.attribution import Deferring, Found
from moderation.backends.local.multilingual import (
    MULTILINGUAL_HEAD,
    MULTILINGUAL_NGRAMS,
    CutEncoder,
    LinearHeads,
    MultilingualClassifier,
    PieceTokenizer,
)
from moderation.backends.local.ngrams import CharNgramModel
from moderation.policy import Policy, default_policy

# The deeper model's files: its layers, heads and n-grams (the piece table is the first's).
DEEP_DIR = "deep"
# On the any-flag scale. The widest band the early-exit research measured (8.8 % of the
# held-out parts' texts judged twice), chosen for what it costs, not for its recall.
DOUBT_BAND = (0.2, 0.8)

FloatArray = npt.NDArray[np.float64]


def review_thresholds(policy: Policy) -> FloatArray:
    """The score at which each of the policy's categories is held for review."""
    out: FloatArray = np.array([c.bands.score(c.review_at) for c in policy.categories])
    return out


def flag_scale(scores: FloatArray, policy: Policy) -> FloatArray:
    """Each row's highest category score, rescaled so that each review threshold of the
    policy sits at 0.5: (texts, policy categories) -> (texts,)."""
    thr = review_thresholds(policy)
    scaled = np.where(
        scores < thr, 0.5 * scores / thr, 0.5 + 0.5 * (scores - thr) / np.maximum(1 - thr, 1e-9)
    )
    out: FloatArray = scaled.max(axis=1)
    return out


def deep_model(
    directory: Path | None = None, first: MultilingualClassifier | None = None
) -> MultilingualClassifier:
    """The six-layer model as shipped (assets/deep/), or as written to `directory`. With
    `first`, a model over the same piece table, its tokenizer and piece embeddings are
    shared rather than loaded again (19 MB)."""
    where = directory or ASSETS_DIR / DEEP_DIR
    return MultilingualClassifier(
        first.tokenizer if first is not None else PieceTokenizer(),
        LinearHeads.load(where / MULTILINGUAL_HEAD),
        CharNgramModel.load(where / MULTILINGUAL_NGRAMS),
        CutEncoder(where, blocks=first.encoder.blocks if first is not None else None),
    )


class EarlyExit(Deferring):
    """Scores texts in languages other than English: the first model's, or the deeper
    model's for the texts the first leaves in doubt under the policy."""

    model = "local/multilingual-e5-cut4-exit6-v1"

    def __init__(
        self,
        first: MultilingualClassifier | None = None,
        deep: MultilingualClassifier | None = None,
        band: tuple[float, float] = DOUBT_BAND,
    ) -> None:
        self.first = first or MultilingualClassifier()
        # The shipped models share the shipped piece table.
        self.deep = deep or deep_model(first=None if first else self.first)
        if self.deep.categories() != self.first.categories():
            raise ValueError("early exit: the two models score different categories")
        self.band = band
        # Judges doubt when no policy is given (parsed once: a parse costs milliseconds).
        self.default_policy = default_policy()

    def categories(self) -> tuple[str, ...]:
        return self.first.categories()

    def doubtful(self, rows: Sequence[Mapping[str, float]], policy: Policy) -> list[int]:
        """The texts whose scores lie in the band under this policy."""
        if not rows:
            return []
        matrix = np.array([[r.get(c, 0.0) for c in policy.category_names] for r in rows])
        low, high = self.band
        scale = flag_scale(matrix, policy)
        return (
            [int(i) for i in np.flatnonzero((scale >= low) & (scale <= high))] if low < high else []
        )

    def score(self, texts: Sequence[str], policy: Policy | None = None) -> list[dict[str, float]]:
        """One {category: score} per text, doubt judged under `policy` (default: the
        service's default policy)."""
        return self.judge(texts, lambda row: (), policy)[0]

    def judge(
        self,
        texts: Sequence[str],
        wanted: Callable[[dict[str, float]], Sequence[str]],
        policy: Policy | None = None,
    ) -> tuple[list[dict[str, float]], list[Found]]:
        """Scores and evidence, each from the model that decided the text (the first model's
        words are checked by deletion only for the texts it decides), the deletion checks
        left to run on their own."""
        logits, shares = self.first.shares(texts, wanted)
        rows = self.first.rows(logits)
        found = self.first.deferred(texts, logits, shares)
        again = self.doubtful(rows, policy or self.default_policy)
        if again:
            deep_rows, deep_found = self.deep.judge([texts[i] for i in again], wanted)
            for i, row, evidence in zip(again, deep_rows, deep_found, strict=True):
                rows[i], found[i] = row, evidence
        return rows, found
