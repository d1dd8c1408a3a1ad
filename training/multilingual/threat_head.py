"""A head for threats of violence, added to a written multilingual model without changing any
of its other heads.

    python -m training.multilingual.threat_head --model DIR [--cv-offset] [--threats2]

The policy's `harassment/threatening` category (a threat of violence against anyone) has no
head in the multilingual model: its hate heads learnt threats against groups, and a threat
against a person ("Je vais te tuer.") is judged by the violence and harassment heads, which
the public rows taught little of it. Fine-tuning the encoder on threats moved negations and
everyday lines toward them (`bench/RESULTS.md`, "a head for threats"). Here the encoder stays
as it is: one more logistic head reads the model's frozen features, its encoder's embedding
standardised as its heads standardise it and its n-grams' TF-IDF over its own vocabulary, so
every other head, the vocabulary and the encoder stay byte for byte as they were and judge
every other category as before.

Rows: every training row of the other languages and the training part of threats against a
person with harmless lines in the same words (`training/multilingual/threats/`, and with
`--threats2` the eighth part, `threats2/`); a threat against a person or a group is
THREATENING, every other row is not; English rows and every line of the held-out part of
threats are left out. The regularisation and the weights of a row are the model's own knobs;
the offset added to the head's logit is the model's, or with `--cv-offset` one chosen by
cross-validation on these rows. The six-layer model in DIR/deep, when there, gets its own
head the same way. Tried on the shipped pair and not shipped (`bench/RESULTS.md`, "a threat
head on the frozen encoder"): `make train-multilingual` does not run it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from moderation.backends.local.early_exit import DEEP_DIR
from moderation.backends.local.multilingual import (
    MULTILINGUAL_HEAD,
    MULTILINGUAL_NGRAMS,
    MultilingualClassifier,
)
from moderation.backends.local.ngrams import encode_f16
from training.dataset import Row
from training.multilingual.train import (
    ENGLISH,
    EVERYDAY,
    THREATENING,
    Knobs,
    head_categories,
    language,
    language_modules,
    review_thresholds,
    threats_held_out,
    training_rows,
    written_model,
)

Sparse = Any  # scipy.sparse.csr_matrix
# The default policy's review threshold of the category (a probability).
REVIEW = float(review_thresholds([THREATENING])[0])


def frozen_features(model: MultilingualClassifier, texts: Sequence[str]) -> Sparse:
    """What the model's heads read, as they read it: [standardised embedding, n-gram TF-IDF]."""
    from scipy import sparse

    dense = model.dense(model.tokenizer.pieces(list(texts)))
    z = (dense - model.heads.mean) / model.heads.scale
    scan = model.ngrams.scan(list(texts))
    grams = sparse.csr_matrix(
        (scan.values, (scan.pair_rows, scan.pair_features)),
        shape=(len(texts), len(model.ngrams.idf)),
    )
    return sparse.hstack([sparse.csr_matrix(z), grams]).tocsr()


def threat_rows(threats2: bool = False) -> list[Row]:
    """The other languages' training rows with the threats part (and with `threats2` the
    eighth part), THREATENING labelled; less any line of the held-out part of threats (a stock
    phrase of an earlier part, "Esse calor tá me matando.", is one of its harmless lines)."""
    rows = training_rows(
        head_categories(),
        implicit=True,
        latin2=True,
        identity=True,
        emojis=True,
        threats=True,
        threat_head=True,
        threats2=threats2,
    )
    held = {t for code in language_modules() for *_, t in threats_held_out(code)}
    return [r for r in rows if language(r) not in ENGLISH and r.text not in held]


def fit_head(
    model: MultilingualClassifier, rows: Sequence[Row], knobs: Knobs, cv_offset: bool = False
) -> tuple[np.ndarray, np.ndarray, float]:
    """The THREATENING head over the model's frozen features: dense weights, n-gram weights
    and bias (with the offset: the knobs', or with `cv_offset` the one `offset_by_cv`
    chooses), fitted as `train.fit` fits every other head."""
    x = frozen_features(model, [r.text for r in rows])
    check = [r.text for r in rows[:: max(1, len(rows) // 200)]]
    w = np.hstack([model.heads.weights, model.ngrams.weights])
    again = frozen_features(model, check) @ w.T + model.heads.bias + model.ngrams.intercepts
    if not np.allclose(again, model.logits(check), atol=1e-6):
        raise ValueError("the features read here are not what the model's heads read")
    y = np.array([r.labels[THREATENING] for r in rows])
    weight = np.array(
        [
            knobs.language_weight * (knobs.everyday_weight if r.source.endswith(EVERYDAY) else 1)
            for r in rows
        ]
    )
    clf = logistic(x, y, weight, knobs.c)
    offset = offset_by_cv(x, y, weight, rows, knobs.c) if cv_offset else knobs.offset
    d = model.heads.mean.shape[0]
    return clf.coef_[0][:d], clf.coef_[0][d:], float(clf.intercept_[0]) + offset


def logistic(x: Sparse, y: np.ndarray, weight: np.ndarray, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=3000).fit(x, y, sample_weight=weight)


# What the offset chosen by cross-validation may cost: the share of each language's everyday
# lines, and of the other harmless rows, that the head alone flags out of fold.
EVERYDAY_CAP = 0.01
HARMLESS_CAP = 0.03
FOLDS = 5


def offset_by_cv(
    x: Sparse, y: np.ndarray, weight: np.ndarray, rows: Sequence[Row], c: float
) -> float:
    """The offset with the most threats flagged out of fold (five folds of the training rows,
    every fifth row) whose flags of harmless rows stay within the caps: EVERYDAY_CAP of any
    language's everyday lines, HARMLESS_CAP of the other harmless rows. Flagged: at the
    default policy's review threshold."""
    fold = np.arange(len(rows)) % FOLDS
    scores = np.zeros(len(rows))
    for k in range(FOLDS):
        clf = logistic(x[fold != k], y[fold != k], weight[fold != k], c)
        scores[fold == k] = clf.decision_function(x[fold == k])
    at = float(np.log(REVIEW / (1 - REVIEW)))
    everyday = np.array([r.source.endswith(EVERYDAY) for r in rows])
    langs = np.array([language(r) for r in rows])
    best = None
    for offset in np.arange(-6.0, 2.01, 0.25):
        flagged = scores + offset >= at
        worst_everyday = max(
            float(flagged[everyday & (langs == code)].mean()) for code in set(langs[everyday])
        )
        harmless = float(flagged[(y == 0) & ~everyday].mean())
        recall = float(flagged[y == 1].mean())
        print(
            f"offset {offset:+.2f}: recall {recall:.3f}, worst everyday {worst_everyday:.3f}, "
            f"other harmless {harmless:.3f} (out of fold)"
        )
        if worst_everyday <= EVERYDAY_CAP and harmless <= HARMLESS_CAP:
            best = float(offset)
    if best is None:
        raise ValueError("no offset keeps the harmless rows within the caps")
    print(f"chosen offset {best:+.2f}")
    return best


def add_head(directory: Path, rows: Sequence[Row], knobs: Knobs, cv_offset: bool = False) -> None:
    """Fit the head for the model in `directory` and append it to its heads and n-grams."""
    model = written_model(directory)
    if THREATENING in model.heads.categories:
        raise ValueError(f"{directory}: already has a head for {THREATENING}")
    dense, grams, bias = fit_head(model, rows, knobs, cv_offset)
    head_path, ngram_path = directory / MULTILINGUAL_HEAD, directory / MULTILINGUAL_NGRAMS
    heads = json.loads(head_path.read_text(encoding="utf-8"))
    heads["categories"].append(THREATENING)
    heads["weights"].append(dense.round(6).tolist())
    heads["bias"].append(round(bias, 6))
    heads["meta"]["threat_head"] = (
        "python -m training.multilingual.threat_head "
        f"--c {knobs.c} --language-weight {knobs.language_weight} "
        f"--everyday-weight {knobs.everyday_weight} "
        + ("--cv-offset" if cv_offset else f"--offset {knobs.offset}")
        + f"; rows {len(rows)}, bias {bias:.4f}"
    )
    ngrams = json.loads(ngram_path.read_text(encoding="utf-8"))
    ngrams["heads"].append(THREATENING)
    ngrams["intercepts"][THREATENING] = 0.0
    ngrams["weights_f16"][THREATENING] = encode_f16(grams)
    head_path.write_text(json.dumps(heads) + "\n", encoding="utf-8")
    ngram_path.write_text(json.dumps(ngrams) + "\n", encoding="utf-8")
    print(f"{directory}: {THREATENING} head over {len(rows)} rows, bias {bias:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, required=True, help="a model written by train")
    ap.add_argument("--c", type=float, default=Knobs.c)
    ap.add_argument("--language-weight", type=float, default=Knobs.language_weight)
    ap.add_argument("--everyday-weight", type=float, default=6.0)
    ap.add_argument("--offset", type=float, default=-0.75, help="the four-layer model's")
    ap.add_argument("--deep-offset", type=float, default=-0.5, help="the six-layer model's")
    ap.add_argument(
        "--cv-offset", action="store_true", help="choose each head's offset by cross-validation"
    )
    ap.add_argument("--threats2", action="store_true", help="with the eighth training part")
    args = ap.parse_args(argv)
    rows = threat_rows(args.threats2)
    base = dict(c=args.c, language_weight=args.language_weight)
    first = Knobs(**base, everyday_weight=args.everyday_weight, offset=args.offset)
    add_head(args.model, rows, first, args.cv_offset)
    deep = args.model / DEEP_DIR
    if deep.is_dir():
        knobs = Knobs(**base, everyday_weight=args.everyday_weight, offset=args.deep_offset)
        add_head(deep, rows, knobs, args.cv_offset)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
