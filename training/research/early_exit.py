"""Would an early exit inside MiniLM let the cascade route long texts for less?

    PYTHONPATH=. .venv-train/bin/python -m training.research.early_exit

The shipped cascade sends 30 % of the training rows (the uncertain band of its cheap stage)
through all six MiniLM layers. An early exit splits that work: routed texts first go through
the first three layers, whose pooled embedding gets its own head (blended with the n-grams
as the six-layer head is); only the texts that head is still unsure of go through layers 4-6,
which continue from the same hidden states, so no layer runs twice.

Everything here is the training script's seeded 5-fold CV on the training rows only (no
held-out row is read): out-of-fold logits of the cheap stage, the three-layer head and the
six-layer head, each fitted and blended as `train` fits them. For each share s1 of rows
routed past the cheap stage (its band chosen as `train.choose_band` chooses it) and each
share s2 of those sent on to layers 4-6 (a band of the three-layer router score, chosen the
same way), it prints the CV any-flag AUC (lenient / strict) and the encoder cost per text
relative to the shipped cascade, s1 * (c3 + s2 * (c6 - c3)) / (0.3 * c6), where c3 and c6 are
the measured CPU times of the three- and six-layer exports on long training texts.

Rule, fixed before the first run: an early-exit configuration is worth building if, at a
relative cost of at most 0.80, its CV AUC is at least the shipped cascade's on both the
lenient and the strict labels (the rule the other levers in bench/RESULTS.md were held to).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from moderation.backends.local.encoder import MAX_SEQ_LENGTH, MiniLMEncoder
from moderation.backends.local.head import profanity_feature
from moderation.backends.local.profanity import ProfanityModel
from moderation.backends.local.static import StaticEmbedder
from moderation.policy import default_policy
from training import train
from training.dataset import (
    DEFAULT_DATA,
    LABELLED_CATEGORIES,
    embed_cached,
    load_extra,
    load_openai,
    split,
)
from training.research.encoder_variants import first_layers

Array = npt.NDArray[np.float64]
SHIPPED_SHARE = 0.3
FIRST_SHARES = (0.3, 0.35, 0.4, 0.5)
SECOND_SHARES = (0.3, 0.4, 0.5, 0.6, 0.7)
LONG_CHARS = 500  # training texts timed for the cost model: at least this long
TIMED_TEXTS = 96
PASSES = 3


def best(oofs: dict[float, Array], cv: train.CrossValidation) -> Array:
    return oofs[max(oofs, key=lambda k: cv.any_auc(oofs[k]))]


def encoder_stage(x_public: Array, x_extra: Array, char: Array, cv: train.CrossValidation) -> Array:
    """Out-of-fold blended logits of an encoder head, chosen as `train` chooses them."""
    linear = best({c: cv.linear(x_public, x_extra, c) for c in train.C_GRID}, cv)
    return best({w: (1 - w) * linear + w * char for w in train.BLEND_GRID}, cv)


def cached_embedding(encoder: MiniLMEncoder) -> Callable[[Sequence[str]], Array]:
    """The encoder's embeddings, cached as the training script caches them."""
    return lambda texts: embed_cached(texts, encoder).astype(np.float64)


def cpu_per_text(encoders: dict[int, MiniLMEncoder], texts: Sequence[str]) -> dict[int, float]:
    """Median CPU seconds per text of each encoder, in batches of 32, passes interleaved."""
    times: dict[int, list[float]] = {layers: [] for layers in encoders}
    for enc in encoders.values():
        enc.encode(list(texts[:8]))
    for _ in range(PASSES):
        for layers, enc in encoders.items():
            start = time.thread_time()
            for i in range(0, len(texts), 32):
                enc.encode(list(texts[i : i + 32]))
            times[layers].append((time.thread_time() - start) / len(texts))
    return {layers: float(np.median(t)) for layers, t in times.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    categories = default_policy().category_names
    rows = load_openai(DEFAULT_DATA)
    public = [rows[i] for i in split(rows)[0]]
    extra = [r for p in train.DEFAULT_EXTRA for r in load_extra(p, categories)]
    public_texts, extra_texts = [r.text for r in public], [r.text for r in extra]
    y_public = train.label_matrix(public, categories)
    y_extra = train.label_matrix(extra, categories)
    labelled = [j for j, c in enumerate(categories, start=1) if c in LABELLED_CATEGORIES]
    strict = np.array([np.nan if (v := r.any_flag(True)) is None else v for r in public])
    cv = train.CrossValidation(
        y_public, y_extra, labelled, train.CV_FOLDS, train.CV_SEED, strict=strict
    )
    profanity = ProfanityModel.load()
    static = StaticEmbedder()

    def prof(texts: Sequence[str]) -> Array:
        return profanity_feature(profanity.predict_prob(texts))

    def feature_rows(embed: Callable[[Sequence[str]], Array]) -> tuple[Array, Array]:
        """Feature rows (embedding + profanity) of the public and the hand-written texts."""
        public, hand = (np.hstack([embed(t), prof(t)]) for t in (public_texts, extra_texts))
        return public, hand

    char = best({c: cv.char(public_texts, extra_texts, c) for c in train.CHAR_C_GRID}, cv)
    xs_public, xs_extra = feature_rows(static.encode)
    static_oof = best({c: cv.linear(xs_public, xs_extra, c) for c in train.STATIC_C_GRID}, cv)
    cheap = best({w: (1 - w) * static_oof + w * char for w in train.CHEAP_BLEND_GRID}, cv)

    long_texts = [t for t in public_texts if len(t) >= LONG_CHARS][:TIMED_TEXTS]
    with tempfile.TemporaryDirectory() as tmp:
        encoders = {
            6: MiniLMEncoder(MAX_SEQ_LENGTH),
            3: MiniLMEncoder(MAX_SEQ_LENGTH, model=first_layers(3, Path(tmp))),
        }
        stages = {}
        for layers, enc in encoders.items():
            x_public, x_extra = feature_rows(cached_embedding(enc))
            stages[layers] = encoder_stage(x_public, x_extra, char, cv)
        cost = cpu_per_text(encoders, long_texts)
    mid, full = stages[3], stages[6]
    _, _, shipped_routed = train.choose_band(cheap, full, cv, SHIPPED_SHARE)
    shipped_oof = np.where(shipped_routed[:, None], full, cheap)
    shipped_cost = shipped_routed.mean() * cost[6]
    print(
        f"encoder CPU per long training text: 3 layers {cost[3] * 1e3:.2f} ms, "
        f"6 layers {cost[6] * 1e3:.2f} ms ({len(long_texts)} texts of >= {LONG_CHARS} chars)"
    )
    print(
        "| routed past the cheap stage | of those, on to layers 4-6 | relative encoder cost "
        "| CV any-flag AUC (lenient / strict) |"
    )
    print("|---|---|---|---|")
    print(
        f"| {shipped_routed.mean():.0%} (shipped) | all | 1.00 | "
        f"{cv.any_auc(shipped_oof):.4f} / {cv.strict_any_auc(shipped_oof):.4f} |"
    )
    r_mid = train.router_score(mid, labelled)
    for s1 in FIRST_SHARES:
        _, _, routed = train.choose_band(cheap, full, cv, s1)
        first = np.where(routed[:, None], mid, cheap)
        for s2 in SECOND_SHARES:
            # The band of the three-layer router score holding s2 of the routed rows that
            # maximises the CV AUC once the six-layer logits replace those rows'.
            r = r_mid[routed]
            outcome: tuple[float, Array] | None = None
            for a in np.linspace(0.0, 1.0 - s2, train.BAND_STARTS):
                lo, hi = np.quantile(r, a), np.quantile(r, a + s2)
                on = routed & (r_mid >= lo) & (r_mid <= hi)
                oof = np.where(on[:, None], full, first)
                auc = cv.any_auc(oof)
                if outcome is None or auc > outcome[0]:
                    outcome = (auc, oof)
            assert outcome is not None
            auc, oof = outcome
            rel = routed.mean() * (cost[3] + s2 * (cost[6] - cost[3])) / shipped_cost
            print(
                f"| {routed.mean():.0%} | {s2:.0%} | {rel:.2f} | "
                f"{auc:.4f} / {cv.strict_any_auc(oof):.4f} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
