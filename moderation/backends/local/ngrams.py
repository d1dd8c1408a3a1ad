"""Character n-gram TF-IDF with linear heads: numpy only at run time.

The asset is plain JSON: the n-gram vocabulary, its idf and one weight row per head (float16,
base64). Features are what scikit-learn's TfidfVectorizer computes with `char_ngrams` as its
analyzer, sublinear tf and l2 normalisation, so training and serving share one definition.
"""

from __future__ import annotations

import base64
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

NGRAM_RESOURCE = "char-ngrams.json"
NGRAM_RANGE = (2, 5)
FloatArray = npt.NDArray[np.float64]
_SPACES = re.compile(r"\s+")


def char_ngrams(text: str, lo: int = NGRAM_RANGE[0], hi: int = NGRAM_RANGE[1]) -> list[str]:
    """Lower-cased n-grams of each space-padded word, lo..hi characters long."""
    out: list[str] = []
    for word in _SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        for n in range(lo, min(hi, len(padded)) + 1):
            out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


def encode_f16(values: npt.NDArray[np.floating[Any]]) -> str:
    return base64.b64encode(np.asarray(values, dtype="<f2").tobytes()).decode("ascii")


def decode_f16(text: str) -> FloatArray:
    return np.frombuffer(base64.b64decode(text), dtype="<f2").astype(np.float64)


@dataclass(frozen=True, slots=True)
class CharNgramModel:
    heads: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: FloatArray  # (features,)
    weights: FloatArray  # (heads, features)
    intercepts: FloatArray  # (heads,)
    ngram_range: tuple[int, int]

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> CharNgramModel:
        heads = tuple(doc["heads"])
        vocab = list(doc["vocabulary"])
        weights = np.vstack([decode_f16(doc["weights_f16"][h]) for h in heads])
        if weights.shape[1] != len(vocab) or len(doc["idf"]) != len(vocab):
            raise ValueError("char n-gram asset: vocabulary, idf and weights disagree")
        lo, hi = doc["ngram_range"]
        return cls(
            heads=heads,
            vocabulary={g: i for i, g in enumerate(vocab)},
            idf=np.asarray(doc["idf"], dtype=np.float64),
            weights=weights,
            intercepts=np.asarray([doc["intercepts"][h] for h in heads], dtype=np.float64),
            ngram_range=(int(lo), int(hi)),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> CharNgramModel:
        if path is None:
            res = resources.files("moderation.backends.local").joinpath("assets", NGRAM_RESOURCE)
            return cls.from_dict(json.loads(res.read_text(encoding="utf-8")))
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def logits(self, texts: Sequence[str]) -> FloatArray:
        """Linear outputs, (n, heads)."""
        out = np.tile(self.intercepts, (len(texts), 1))
        lo, hi = self.ngram_range
        for row, text in enumerate(texts):
            counts = Counter(
                i for g in char_ngrams(text, lo, hi) if (i := self.vocabulary.get(g)) is not None
            )
            if not counts:
                continue
            idx = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
            x = tf * self.idf[idx]
            x /= np.linalg.norm(x)
            out[row] += self.weights[:, idx] @ x
        return out
