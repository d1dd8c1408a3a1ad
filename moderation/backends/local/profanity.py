"""alt-profanity-check's model read with numpy: the same probabilities, no scikit-learn.

The asset (profanity.json, written by export.py) holds the package's TF-IDF over word
unigrams (vocabulary and idf) and its CalibratedClassifierCV: five linear SVMs, each with a
sigmoid calibration. A text's probability is the mean over the five of
1 / (1 + exp(a * (w.x + w0) + b)), exactly what the package's predict_prob computes.
"""

from __future__ import annotations

import base64
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.assets import PROFANITY_JSON, asset

FloatArray = npt.NDArray[np.float64]


def _f4(text: str) -> FloatArray:
    return np.frombuffer(base64.b64decode(text), dtype="<f4").astype(np.float64)


@dataclass(frozen=True, slots=True)
class ProfanityModel:
    vocabulary: dict[str, int]
    idf: FloatArray  # (features,)
    weights: FloatArray  # (folds, features)
    intercepts: FloatArray  # (folds,)
    sigmoid_a: FloatArray  # (folds,)
    sigmoid_b: FloatArray  # (folds,)
    token_pattern: re.Pattern[str]

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> ProfanityModel:
        vocab = list(doc["vocabulary"])
        folds = doc["folds"]
        weights = np.vstack([_f4(f["coef_f4"]) for f in folds])
        idf = _f4(doc["idf_f4"])
        if weights.shape[1] != len(vocab) or idf.shape[0] != len(vocab):
            raise ValueError("profanity asset: vocabulary, idf and weights disagree")
        return cls(
            vocabulary={w: i for i, w in enumerate(vocab)},
            idf=idf,
            weights=weights,
            intercepts=np.array([f["intercept"] for f in folds], dtype=np.float64),
            sigmoid_a=np.array([f["sigmoid_a"] for f in folds], dtype=np.float64),
            sigmoid_b=np.array([f["sigmoid_b"] for f in folds], dtype=np.float64),
            token_pattern=re.compile(doc["token_pattern"]),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> ProfanityModel:
        path = path or asset(PROFANITY_JSON)
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def decision(self, texts: Sequence[str]) -> FloatArray:
        """Each fold's SVM output, (n, folds)."""
        out = np.tile(self.intercepts, (len(texts), 1))
        for row, text in enumerate(texts):
            counts = Counter(
                i
                for w in self.token_pattern.findall(text.lower())
                if (i := self.vocabulary.get(w)) is not None
            )
            if not counts:
                continue
            idx = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            x = np.fromiter(counts.values(), dtype=np.float64, count=len(counts)) * self.idf[idx]
            x /= np.linalg.norm(x)
            out[row] += self.weights[:, idx] @ x
        return out

    def contributions(self, text: str) -> tuple[list[tuple[int, int]], FloatArray]:
        """Each scored word of `text` at its [start, end) in code points, and its share of the
        decision (mean over the folds): exact, the shares sum to the decision less the
        intercept. A word that occurs n times has its term's share split n ways. Words are
        found in the lower-cased text when lower-casing keeps every offset, else in `text`
        itself (each word lower-cased to look it up): their offsets are always the text's."""
        lowered = text.lower()
        if len(lowered) == len(text):  # the same offsets: look the words up as they are
            found = [
                (*m.span(), i)
                for m in self.token_pattern.finditer(lowered)
                if (i := self.vocabulary.get(m.group())) is not None
            ]
        else:
            found = [
                (*m.span(), i)
                for m in self.token_pattern.finditer(text)
                if (i := self.vocabulary.get(m.group().lower())) is not None
            ]
        if not found:
            return [], np.zeros(0)
        idx = np.fromiter((i for _, _, i in found), dtype=np.intp, count=len(found))
        terms, inverse, counts = np.unique(idx, return_inverse=True, return_counts=True)
        x = (counts * self.idf[terms]).astype(np.float64)
        x /= np.linalg.norm(x)
        share = (self.weights[:, terms] * x).mean(axis=0) / counts
        return [(a, b) for a, b, _ in found], share[inverse]

    def predict_prob(self, texts: Sequence[str]) -> FloatArray:
        """The probability that each text is offensive, (n,)."""
        if not texts:
            return np.zeros(0)
        z = self.sigmoid_a * self.decision(texts) + self.sigmoid_b
        out: FloatArray = (1.0 / (1.0 + np.exp(z))).mean(axis=1)
        return out
