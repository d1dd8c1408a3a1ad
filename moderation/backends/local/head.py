"""The trained per-category head: numpy only at run time.

The head file holds one logistic-regression row per category plus one for "any violation".
A category's score is sqrt(p_any * p_category) (the any-head is trained on every labelled row,
so it steadies the rarer category heads), then a monotone piecewise-linear map that puts the
operating point chosen in training at the default policy's review threshold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

HEAD_RESOURCE = "minilm-head.json"
ANY = "any"

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Head:
    model: str
    categories: tuple[str, ...]
    weights: FloatArray  # (1 + categories, dim); row 0 is the any-head
    intercepts: FloatArray  # (1 + categories,)
    knots: tuple[tuple[tuple[float, ...], tuple[float, ...]], ...]  # per category: (xs, ys)
    max_seq_length: int
    metadata: dict[str, Any]

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> Head:
        heads = doc["heads"]
        categories = tuple(c for c in heads if c != ANY)
        order = (ANY, *categories)
        weights = np.array([heads[c]["w"] for c in order], dtype=np.float64)
        intercepts = np.array([heads[c]["b"] for c in order], dtype=np.float64)
        knots = tuple(
            (tuple(map(float, heads[c]["knots"][0])), tuple(map(float, heads[c]["knots"][1])))
            for c in categories
        )
        return cls(
            model=str(doc["model"]),
            categories=categories,
            weights=weights,
            intercepts=intercepts,
            knots=knots,
            max_seq_length=int(doc["encoder"]["max_seq_length"]),
            metadata=dict(doc.get("training", {})),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> Head:
        """The head shipped in the package, or one at `path`."""
        if path is None:
            text = resources.files("moderation.backends.local").joinpath("assets", HEAD_RESOURCE)
            return cls.from_dict(json.loads(text.read_text(encoding="utf-8")))
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def probabilities(self, embeddings: npt.NDArray[np.floating[Any]]) -> FloatArray:
        """Sigmoid outputs, (n, 1 + categories); column 0 is the any-head."""
        logits = np.asarray(embeddings, dtype=np.float64) @ self.weights.T + self.intercepts
        out: FloatArray = 1.0 / (1.0 + np.exp(-logits))
        return out

    def scores(self, embeddings: npt.NDArray[np.floating[Any]]) -> FloatArray:
        """Policy-aligned scores in [0, 1], (n, categories), in `self.categories` order."""
        return combine(self.probabilities(embeddings), self.knots)


def combine(
    probs: FloatArray, knots: tuple[tuple[tuple[float, ...], tuple[float, ...]], ...]
) -> FloatArray:
    """sqrt(p_any * p_category), then each category's piecewise-linear alignment."""
    raw = np.sqrt(probs[:, :1] * probs[:, 1:])
    out = np.empty_like(raw)
    for j, (xs, ys) in enumerate(knots):
        out[:, j] = np.interp(raw[:, j], xs, ys)
    return out
