"""Whether the multilingual model's evidence spans name what drives its flags.

A deletion test on the second held-out parts' hateful rows of the ten languages (never
trained on): for each category the default policy would flag, its score after deleting the
quoted words, against after deleting as many other words of the same row chosen at random
(fixed seed). Spans that name what drives the score lower it more than random words do. The
shipped spans (the words with the largest shares, each word's n-gram share and its pieces'
share of the encoder's part, then deleted one at a time and ranked by the logit each takes
away, then the words a quote would name deleted together too, and the heaviest alone quoted
if that takes more away) are measured beside the same checked one word at a time only, the
shares alone, unchecked, and the n-gram shares alone, which is what the encoder's part
would leave without its piece states.

    python -m bench.multilingual_spans [--save]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np
import numpy.typing as npt

from bench.local_spans import delete_spans
from bench.results import record
from moderation.backends.local.multilingual import MultilingualClassifier, Pieces, States
from training.dataset import LABELLED_CATEGORIES
from training.multilingual.train import language_modules, review_thresholds

FAMILY = "Multilingual embedded model: evidence spans, deletion test"


class OneAtATime(MultilingualClassifier):
    """The shipped model, its spans checked by deleting one word at a time only."""

    checked_together = False


class SharesOnly(MultilingualClassifier):
    """The shipped model, its spans by share alone (no word deleted to check it)."""

    checked_words = 0


class NgramSpans(SharesOnly):
    """The shipped model, its spans from the n-gram shares alone."""

    def word_terms(
        self,
        pieces: Pieces,
        features: npt.NDArray[np.float64],
        states: States | None,
        cols: npt.NDArray[np.intp],
    ) -> npt.NDArray[np.float64] | None:
        return None


def deletion_test(
    clf: MultilingualClassifier, texts: Sequence[str]
) -> tuple[int, float, float, float, float]:
    """(flagged pairs, median drop deleting the spans, the same deleting random words, share
    of pairs where the spans' drop is the larger, CPU ms per text scored with its spans)."""
    threshold = dict(zip(LABELLED_CATEGORIES, review_thresholds(), strict=True))
    start = time.process_time()
    rows, attributions = clf.score_and_attribute(
        texts, lambda row: [c for c, v in row.items() if v >= threshold.get(c, 1.0)]
    )
    cpu_ms = 1000 * (time.process_time() - start) / max(len(texts), 1)
    rng = random.Random(11)
    cases: list[tuple[str, str, str, float]] = []
    for text, row, attribution in zip(texts, rows, attributions, strict=True):
        if attribution is None:
            continue
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        for category in attribution.categories:
            quoted = [(e.start, e.end) for e in attribution.evidence(text, category)]
            others = [w for w in words if all(w[1] <= a or w[0] >= b for a, b in quoted)]
            if not quoted or len(others) < len(quoted):
                continue
            chosen = rng.sample(others, len(quoted))
            cases.append(
                (category, delete_spans(text, quoted), delete_spans(text, chosen), row[category])
            )
    spans = clf.score([c[1] for c in cases])
    chance = clf.score([c[2] for c in cases])
    drops = [
        (score - s[cat], score - r[cat])
        for (cat, _, _, score), s, r in zip(cases, spans, chance, strict=True)
    ]
    wins = sum(1 for a, b in drops if a > b) / max(len(drops), 1)
    return (
        len(drops),
        statistics.median(a for a, _ in drops),
        statistics.median(b for _, b in drops),
        wins,
        cpu_ms,
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--save", action="store_true", help="record the section in bench/RESULTS.md")
    args = ap.parse_args(argv)
    texts = [t for mod in language_modules().values() for _, f, t in mod.FUNCTIONAL_HELDOUT2 if f]
    shipped = MultilingualClassifier()
    parts = (shipped.tokenizer, shipped.heads, shipped.ngrams, shipped.encoder)
    lines = [
        f"## {FAMILY} — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        "`python -m bench.multilingual_spans --save`: the hateful rows of the ten languages' "
        f"second held-out parts ({len(texts)}); for each category the default policy flags, "
        "the category's score after deleting the quoted words against after deleting as many "
        "other words at random (seed 11); the CPU time to score these rows with their spans "
        "(one onnxruntime thread; most of them flagged).",
        "",
        "| spans from | flagged pairs | median drop, spans deleted | median drop, random words "
        "deleted | pairs where the spans' drop is the larger | CPU ms per row |",
        "|---|---|---|---|---|---|",
    ]
    for name, clf in (
        (
            "shares of the n-grams and the encoder's piece states, checked by deletion, alone "
            "and together (shipped)",
            shipped,
        ),
        ("the same, each word deleted alone only", OneAtATime(*parts)),
        ("the same shares, unchecked", SharesOnly(*parts)),
        ("n-gram shares alone, unchecked", NgramSpans(*parts)),
    ):
        cases, by_spans, by_chance, wins, cpu_ms = deletion_test(clf, texts)
        lines.append(
            f"| {name} | {cases} | {by_spans:.3f} | {by_chance:.3f} | {wins:.0%} | {cpu_ms:.1f} |"
        )
    print("\n".join(lines))
    if args.save:
        record("\n".join(lines), FAMILY)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
