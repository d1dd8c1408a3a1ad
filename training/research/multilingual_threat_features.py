"""Can a threat head on the frozen multilingual encoder tell threats from harmless lines?

    python -m training.research.multilingual_threat_features [--deep] [--save]

A head for `harassment/threatening` on the shipped encoder's features
(`training.multilingual.threat_head`) flagged too many harmless lines in the words of
threats (`bench/RESULTS.md`, "a threat head on the frozen encoder"). Here, on the training
rows alone (the other languages' rows with the seventh and eighth parts, threats against a
person and harmless lines in their words; five folds, every fifth row), the head reads the
features it read, and then more beside them: a max over the encoder's piece states (mean
pooling blurs "te tuer" into the sentence), word pairs and character n-grams across words
(the model's n-grams never cross a word). Per feature set: the out-of-fold ROC-AUC on the
seventh and eighth parts' rows (threats against harmless lines in the same words), and at
the offset a cross-validation would choose (`threat_head.offset_by_cv`'s caps), the recall
of threats and the share of those harmless lines flagged. `--deep` reads the six-layer
model's features. Nothing is built.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from bench.results import record_table
from moderation.backends.local.early_exit import deep_model
from moderation.backends.local.multilingual import MultilingualClassifier
from training.multilingual.threat_head import (
    EVERYDAY_CAP,
    FOLDS,
    HARMLESS_CAP,
    REVIEW,
    logistic,
    threat_rows,
)
from training.multilingual.train import EVERYDAY, THREATENING, Knobs, language, language_modules

FAMILY = "Multilingual embedded model: what a threat head on the frozen encoder can read"
Sparse = Any  # scipy.sparse matrices


def threat_part_texts() -> set[str]:
    """The lines of the seventh and eighth training parts (threats and harmless lines)."""
    out: set[str] = set()
    for code in language_modules():
        for package, name in (("threats", "FUNCTIONAL_TRAIN7"), ("threats2", "FUNCTIONAL_TRAIN8")):
            part = importlib.import_module(f"training.multilingual.{package}.{code}")
            out |= {text for *_, text in getattr(part, name)}
    return out


def feature_sets(model: MultilingualClassifier, texts: Sequence[str]) -> dict[str, Sparse]:
    """What the head reads, and what could be read beside it."""
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer

    dense, states = model.encode(model.tokenizer.pieces(list(texts)))
    z = (dense - model.heads.mean) / model.heads.scale
    scan = model.ngrams.scan(list(texts))
    grams = sparse.csr_matrix(
        (scan.values, (scan.pair_rows, scan.pair_features)),
        shape=(len(texts), len(model.ngrams.idf)),
    )
    assert states is not None
    peaks = np.stack([s.max(axis=0) for s in states]).astype(np.float64)
    peaks = (peaks - peaks.mean(0)) / (peaks.std(0) + 1e-6)
    pairs = TfidfVectorizer(
        analyzer="word", ngram_range=(2, 2), sublinear_tf=True, min_df=2, token_pattern=r"\w+"
    ).fit_transform(texts)
    across = TfidfVectorizer(
        analyzer="char", ngram_range=(4, 6), sublinear_tf=True, min_df=3, max_features=200_000
    ).fit_transform(texts)
    base = sparse.hstack([sparse.csr_matrix(z), grams])
    return {
        "the head's (embedding, n-grams)": base.tocsr(),
        "with a max over the piece states": sparse.hstack([base, peaks]).tocsr(),
        "with word pairs": sparse.hstack([base, pairs]).tocsr(),
        "with character 4-6-grams across words": sparse.hstack([base, across]).tocsr(),
    }


def out_of_fold(x: Sparse, y: npt.NDArray[np.int64], weight: npt.NDArray[np.float64]) -> Any:
    scores = np.zeros(len(y))
    fold = np.arange(len(y)) % FOLDS
    for k in range(FOLDS):
        clf = logistic(x[fold != k], y[fold != k], weight[fold != k], Knobs.c)
        scores[fold == k] = clf.decision_function(x[fold == k])
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    from sklearn.metrics import roc_auc_score

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--deep", action="store_true", help="the six-layer model's features")
    ap.add_argument("--save", action="store_true", help="record the run in bench/RESULTS.md")
    args = ap.parse_args(argv)
    rows = threat_rows(threats2=True)
    texts = [r.text for r in rows]
    y = np.array([r.labels[THREATENING] for r in rows])
    everyday = np.array([r.source.endswith(EVERYDAY) for r in rows])
    langs = np.array([language(r) for r in rows])
    part = threat_part_texts()
    in_part = np.array([t in part for t in texts])
    weight = np.array([Knobs.language_weight * (6.0 if e else 1.0) for e in everyday])
    at = float(np.log(REVIEW / (1 - REVIEW)))
    model = deep_model() if args.deep else MultilingualClassifier()
    table: list[str] = []
    for name, x in feature_sets(model, texts).items():
        scores = out_of_fold(x, y, weight)
        chosen = None
        for offset in np.arange(-6.0, 2.01, 0.25):
            flagged = scores + offset >= at
            worst = max(float(flagged[everyday & (langs == c)].mean()) for c in set(langs))
            if (
                worst <= EVERYDAY_CAP
                and float(flagged[(y == 0) & ~everyday].mean()) <= HARMLESS_CAP
            ):
                chosen = flagged
        auc = roc_auc_score(y[in_part], scores[in_part])
        recall = float(chosen[in_part & (y == 1)].mean()) if chosen is not None else 0.0
        harmless = float(chosen[in_part & (y == 0)].mean()) if chosen is not None else 0.0
        table.append(f"| {name} | {auc:.3f} | {recall:.3f} | {harmless:.3f} |")
        print(table[-1], flush=True)
    header = (
        "| features | ROC-AUC, threats parts (out of fold) | threat recall at the chosen "
        "offset | harmless lines in their words flagged |"
    )
    encoder = "the six-layer model's" if args.deep else "the four-layer model's"
    intro = (
        f"`python -m training.research.multilingual_threat_features{' --deep' * args.deep}"
        f" --save`: {encoder} frozen features, five folds of the training rows ({len(rows)}: "
        "the other languages' rows with the seventh and eighth parts); the offset is the "
        "boldest whose out-of-fold flags stay within `threat_head`'s caps."
    )
    if args.save:
        record_table(FAMILY + (", six layers" if args.deep else ""), intro, header, table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
