"""The trained per-category head: numpy only at run time.

The head file holds one logistic-regression row per category plus one for "any violation",
over the features [MiniLM embedding, scaled profanity-check logit]. When the head names a
character n-gram model, each row's logit is blended with that model's logit for the same
category: (1 - blend) * minilm + blend * char. A category's score is
sqrt(p_any * p_category) (the any-head is trained on every labelled row, so it steadies the
rarer category heads), then a monotone piecewise-linear map that puts the operating point
chosen in training at the default policy's review threshold.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.assets import ASSETS_DIR, asset
from moderation.backends.local.ngrams import CharNgramModel

HEAD_RESOURCE = "minilm-head.json"
# The fine-tuned short-text head, beside the main one (train.py --short-head writes it).
SHORT_RESOURCE = "minilm-short-head.json"
ANY = "any"
# The profanity probability enters as a clipped logit times this scale.
PROFANITY_CLIP = 1e-4
PROFANITY_SCALE = 0.25

FloatArray = npt.NDArray[np.float64]


def profanity_feature(
    probs: npt.ArrayLike, clip: float = PROFANITY_CLIP, scale: float = PROFANITY_SCALE
) -> FloatArray:
    """(n, 1): scale * logit(clip(p)) of alt-profanity-check's probability."""
    p = np.clip(np.asarray(probs, dtype=np.float64).reshape(-1, 1), clip, 1.0 - clip)
    out: FloatArray = scale * np.log(p / (1.0 - p))
    return out


def sigmoid(x: FloatArray) -> FloatArray:
    out: FloatArray = 1.0 / (1.0 + np.exp(-x))
    return out


@dataclass(frozen=True, slots=True)
class Cascade:
    """The cheap first stage: static-embedding + profanity heads, blended with the n-grams.

    Every text gets these logits. A text whose any-flag raw score (max over `router`
    categories of sqrt(p_any * p_category)) falls inside `band` is uncertain and goes on to
    the encoder, whose blended logits then replace the cheap ones.
    """

    weights: FloatArray  # (1 + categories, static dim + 1)
    intercepts: FloatArray
    blend: float  # share of the char n-gram logits
    band: tuple[float, float]
    router: tuple[int, ...]  # columns of the categories whose scores route

    @classmethod
    def from_dict(cls, doc: dict[str, Any], order: Sequence[str]) -> Cascade:
        heads = doc["heads"]
        categories = list(order[1:])
        lo, hi = doc["band"]
        return cls(
            weights=np.array([heads[c]["w"] for c in order], dtype=np.float64),
            intercepts=np.array([heads[c]["b"] for c in order], dtype=np.float64),
            blend=float(doc["blend"]),
            band=(float(lo), float(hi)),
            router=tuple(1 + categories.index(c) for c in doc["router"]),
        )

    def logits(self, features: FloatArray, char_logits: FloatArray) -> FloatArray:
        lin = features @ self.weights.T + self.intercepts
        out: FloatArray = (1.0 - self.blend) * lin + self.blend * char_logits
        return out

    def route(self, logits: FloatArray) -> npt.NDArray[np.bool_]:
        """Rows whose cheap any-flag score is uncertain (inside the band)."""
        p = sigmoid(logits)
        raw = np.sqrt(p[:, :1] * p[:, list(self.router)]).max(axis=1)
        lo, hi = self.band
        out: npt.NDArray[np.bool_] = (raw >= lo) & (raw <= hi)
        return out


@dataclass(frozen=True, slots=True)
class ShortModel:
    """A second encoder and head for texts that fit its window whole.

    Short texts are where word order decides ("X are vermin" against "it is wrong to say X
    are vermin"); this encoder was fine-tuned end to end for it (finetune.py), and reads the
    whole of a text of at most `max_tokens` tokens.
    """

    head: Head
    max_tokens: int


@dataclass(frozen=True, slots=True)
class Head:
    model: str
    categories: tuple[str, ...]
    weights: FloatArray  # (1 + categories, dim); row 0 is the any-head
    intercepts: FloatArray  # (1 + categories,)
    knots: tuple[tuple[tuple[float, ...], tuple[float, ...]], ...]  # per category: (xs, ys)
    max_seq_length: int
    metadata: dict[str, Any]
    profanity: dict[str, float] | None = None  # {"clip", "scale"} when the feature is used
    char: CharNgramModel | None = None
    blend: float = 0.0
    # The encoder export the head was fitted on; None: the shipped default (assets.MINILM_ONNX).
    encoder_path: Path | None = None
    cascade: Cascade | None = None
    short: ShortModel | None = None

    @classmethod
    def from_dict(
        cls,
        doc: dict[str, Any],
        char: CharNgramModel | None = None,
        encoder_path: Path | None = None,
    ) -> Head:
        heads = doc["heads"]
        categories = tuple(c for c in heads if c != ANY)
        order = (ANY, *categories)
        weights = np.array([heads[c]["w"] for c in order], dtype=np.float64)
        intercepts = np.array([heads[c]["b"] for c in order], dtype=np.float64)
        knots = tuple(
            (tuple(map(float, heads[c]["knots"][0])), tuple(map(float, heads[c]["knots"][1])))
            for c in categories
        )
        features = doc.get("features", {})
        profanity = features.get("profanity")
        blend = float(doc.get("char_ngrams", {}).get("blend", 0.0))
        if blend and char is None:
            raise ValueError("this head blends a char n-gram model; pass it")
        if char is not None and char.heads != order:
            raise ValueError("char n-gram heads do not match the head's categories")
        return cls(
            model=str(doc["model"]),
            categories=categories,
            weights=weights,
            intercepts=intercepts,
            knots=knots,
            max_seq_length=int(doc["encoder"]["max_seq_length"]),
            metadata=dict(doc.get("training", {})),
            profanity=None if profanity is None else {k: float(v) for k, v in profanity.items()},
            char=char if blend else None,
            blend=blend,
            encoder_path=encoder_path,
            cascade=Cascade.from_dict(doc["cascade"], order) if "cascade" in doc else None,
        )

    @classmethod
    def load(cls, path: Path | None = None) -> Head:
        """The head shipped in the package, or one at `path`.

        The n-gram file of a head at `path` is read beside it, and so is its encoder export
        when one of that name is there (else the shipped file of that name).
        """
        if path is None:
            res = resources.files("moderation.backends.local").joinpath("assets", HEAD_RESOURCE)
            doc = json.loads(res.read_text(encoding="utf-8"))
        else:
            doc = json.loads(path.read_text(encoding="utf-8"))
        char = None
        if "char_ngrams" in doc:
            name = doc["char_ngrams"]["resource"]
            char = CharNgramModel.load(None if path is None else path.parent / name)
        encoder_path = None
        if file := doc["encoder"].get("file"):
            beside = None if path is None else path.parent / file
            encoder_path = beside if beside is not None and beside.is_file() else asset(file)
        head = cls.from_dict(doc, char, encoder_path)
        if "short" not in doc:
            return head
        name = doc["short"]["resource"]
        short_path = (ASSETS_DIR if path is None else path.parent) / name
        short = ShortModel(cls.load(short_path), int(doc["short"]["max_tokens"]))
        if short.head.categories != head.categories:
            raise ValueError("the short-text head's categories differ from the head's")
        return replace(head, short=short)

    @property
    def uses_profanity(self) -> bool:
        return self.profanity is not None

    def features(
        self, embeddings: npt.ArrayLike, profanity: npt.ArrayLike | None = None
    ) -> FloatArray:
        """The head's input rows: embeddings, then the profanity feature if the head uses it."""
        x = np.asarray(embeddings, dtype=np.float64)
        if self.profanity is None:
            return x
        if profanity is None:
            raise ValueError("this head needs the profanity probability of each text")
        return np.hstack([x, profanity_feature(profanity, **self.profanity)])

    def logits(
        self,
        features: FloatArray,
        texts: Sequence[str] | None = None,
        char_logits: FloatArray | None = None,
    ) -> FloatArray:
        """Blended linear outputs, (n, 1 + categories); column 0 is the any-head.

        `char_logits` are the n-gram model's outputs for `texts` when already computed.
        """
        out: FloatArray = features @ self.weights.T + self.intercepts
        if self.char is not None:
            if char_logits is None:
                if texts is None:
                    raise ValueError("this head blends a char n-gram model; pass the texts")
                char_logits = self.char.logits(texts)
            out = (1.0 - self.blend) * out + self.blend * char_logits
        return out

    def probabilities(self, features: FloatArray, texts: Sequence[str] | None = None) -> FloatArray:
        """Sigmoid outputs, (n, 1 + categories); column 0 is the any-head."""
        return sigmoid(self.logits(features, texts))

    def scores(self, features: FloatArray, texts: Sequence[str] | None = None) -> FloatArray:
        """Policy-aligned scores in [0, 1], (n, categories), in `self.categories` order."""
        return combine(self.probabilities(features, texts), self.knots)


def align(
    logits: FloatArray, knots: tuple[tuple[tuple[float, ...], tuple[float, ...]], ...]
) -> FloatArray:
    """Policy-aligned scores from logits, (n, categories)."""
    return combine(sigmoid(logits), knots)


def combine(
    probs: FloatArray, knots: tuple[tuple[tuple[float, ...], tuple[float, ...]], ...]
) -> FloatArray:
    """sqrt(p_any * p_category), then each category's piecewise-linear alignment."""
    raw = np.sqrt(probs[:, :1] * probs[:, 1:])
    out = np.empty_like(raw)
    for j, (xs, ys) in enumerate(knots):
        out[:, j] = np.interp(raw[:, j], xs, ys)
    return out
