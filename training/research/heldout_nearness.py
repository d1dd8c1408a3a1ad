"""How near each language's train parts come to its second held-out part, and the
Latin-letter Hindi held-out part to Hindi's training lines.

    python -m training.research.heldout_nearness

For every line of a train part, its nearest second-held-out line by the cosine of character
3-5-gram TF-IDF (`training.multilingual.train.too_close`'s measure): the mean, and the share
above 0.5. A part written knowing the held-out part's frames would stand out from the first
train parts and from the other languages' second parts.
"""

from __future__ import annotations

import numpy as np

from training.multilingual import extra
from training.multilingual.train import language_modules


def nearest(texts: list[str], held: list[str]) -> list[float]:
    """Each text's cosine to its nearest line of `held`."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit([*texts, *held])
    near = (vec.transform(texts) @ vec.transform(held).T).max(axis=1).toarray().ravel()
    return [float(v) for v in near]


def nearness(texts: list[str], held: list[str]) -> tuple[float, float]:
    near = np.array(nearest(texts, held))
    return float(np.mean(near)), float(np.mean(near > 0.5))


def main() -> int:
    import importlib

    print("| language | first train part: mean / > 0.5 | second train part: mean / > 0.5 |")
    print("|---|---|---|")
    for code, mod in sorted(language_modules().items()):
        held = [t for _, _, t in mod.FUNCTIONAL_HELDOUT2]
        first = nearness([t for _, _, t in mod.FUNCTIONAL_TRAIN], held)
        second = importlib.import_module(f"{extra.__name__}.{code}")
        other = nearness([t for _, _, t in second.FUNCTIONAL_TRAIN2], held)
        print(f"| {code} | {first[0]:.3f} / {first[1]:.1%} | {other[0]:.3f} / {other[1]:.1%} |")
    fresh_part()
    return 0


def fresh_part() -> None:
    """The Latin-letter Hindi held-out part against every Hindi training line."""
    import importlib

    from training.multilingual.train import extra_parts

    try:
        fresh = importlib.import_module("training.multilingual.hinglish_heldout")
    except ModuleNotFoundError:
        return
    hi = language_modules()["hi"]
    more_f, more_e = extra_parts("hi")
    trained = [t for _, _, t in [*hi.FUNCTIONAL_TRAIN, *hi.FUNCTIONAL_HELDOUT, *more_f]]
    trained += [t for _, t in [*hi.EVERYDAY_TRAIN, *hi.EVERYDAY_HELDOUT, *more_e]]
    texts = [t for _, _, t in fresh.FUNCTIONAL_HELDOUT_LATN]
    texts += [t for _, t in fresh.EVERYDAY_HELDOUT_LATN]
    mean, above = nearness(texts, trained)
    print(
        f"\nhinglish_heldout.py against Hindi's training lines: mean {mean:.3f}, "
        f"{above:.1%} above 0.5, of {len(texts)} lines"
    )
    # The shipped model on the lines no nearer than 0.5 to any training line.
    from bench.eval_multilingual import measure, table
    from moderation.backends.local.multilingual import MultilingualClassifier
    from moderation.language import ROMANISED_HINDI, LanguageIdentifier
    from moderation.policy import default_policy

    near = nearest(texts, trained)
    n = len(fresh.FUNCTIONAL_HELDOUT_LATN)
    functional = [
        r for r, v in zip(fresh.FUNCTIONAL_HELDOUT_LATN, near[:n], strict=True) if v <= 0.5
    ]
    everyday = [
        t for (_, t), v in zip(fresh.EVERYDAY_HELDOUT_LATN, near[n:], strict=True) if v <= 0.5
    ]
    figures = measure(
        ROMANISED_HINDI,
        functional,
        everyday,
        MultilingualClassifier(),
        default_policy(),
        LanguageIdentifier(),
    )
    print("\nThe shipped model on those no nearer than 0.5:\n")
    print("\n".join(table([figures])))


if __name__ == "__main__":
    raise SystemExit(main())
