"""How near each language's train parts come to its second held-out part.

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


def nearness(texts: list[str], held: list[str]) -> tuple[float, float]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit([*texts, *held])
    near = (vec.transform(texts) @ vec.transform(held).T).max(axis=1).toarray().ravel()
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
