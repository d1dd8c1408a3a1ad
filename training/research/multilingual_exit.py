"""Would a six-layer cut behind an early exit keep its quality at the four-layer cut's speed?

    python -m training.research.multilingual_exit --candidate DIR [--save]

A six-layer cut ranks every held-out part about 0.03 higher than the shipped four-layer one
but judges under 500 short texts/s a core, and batching does not make it faster
(`bench/RESULTS.md`, "the cut's fine-tune, three ways" and "the cut in batches"). Here the
shipped model judges every text first, and only the texts whose any-flag score (each
category's score rescaled so its review threshold sits at 0.5, the highest taken) falls in a
band around the threshold are judged again by the six-layer model, whose scores replace the
first ones. Both models are as built: the shipped one, and the one
`python -m training.multilingual.train --write --cut --implicit --latin2 --layers 6 ...
--out-dir DIR` wrote. The bands are fixed here, not chosen on any part; nothing is built.

Per band: the mean figures of `bench.eval_multilingual` on the second, third and fourth
held-out parts, the share of those parts' texts judged twice, and short texts per
CPU-second (German everyday lines, batches of 16, as `bench.eval_multilingual` times them).
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from bench.eval_multilingual import (
    LanguageFigures,
    fourth_parts,
    measure_part,
    third_parts,
    throughput,
)
from moderation.backends.local.early_exit import EarlyExit
from moderation.backends.local.multilingual import MultilingualClassifier
from moderation.language import LanguageIdentifier
from moderation.policy import Policy, default_policy
from training.dataset import LABELLED_CATEGORIES
from training.multilingual.train import language_modules, training_rows, written_model

FAMILY = "Multilingual embedded model: six layers behind an early exit (research)"
# The bands on the any-flag scale (the review threshold at 0.5): none, three widths, all.
BANDS = ((0.5, 0.5), (0.4, 0.6), (0.3, 0.7), (0.2, 0.8), (0.0, 1.0))


class Counting(EarlyExit):
    """The service's early exit, counting the texts it judges and those it judges twice."""

    judged = 0
    again = 0

    def doubtful(self, rows: Sequence[Mapping[str, float]], policy: Policy) -> list[int]:
        out = super().doubtful(rows, policy)
        self.judged += len(rows)
        self.again += len(out)
        return out


def mean(figures: Sequence[LanguageFigures], field: str) -> float:
    return float(np.mean([getattr(f, field) for f in figures]))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--candidate", type=Path, required=True, help="the six-layer model's files")
    ap.add_argument("--save", action="store_true", help="record the run in bench/RESULTS.md")
    args = ap.parse_args(argv)
    policy = default_policy()
    langid = LanguageIdentifier()
    shipped, deep = MultilingualClassifier(), written_model(args.candidate)
    trained = frozenset(r.text for r in training_rows(LABELLED_CATEGORIES))
    short = [t for _, t in language_modules()["de"].EVERYDAY_HELDOUT2]
    rows = []
    for band in BANDS:
        clf = Counting(shipped, deep, band)
        parts = [
            measure_part(language_modules(), 2, clf, policy, langid),
            measure_part(third_parts(), 3, clf, policy, langid),
            measure_part(fourth_parts(), 4, clf, policy, langid, trained),
        ]
        share = clf.again / clf.judged
        rate = throughput(clf, (short * 8)[:512])
        second = parts[0]
        row = (
            f"| [{band[0]:.1f}, {band[1]:.1f}] | {share:.3f} | "
            + " / ".join(f"{mean(p, 'auc'):.3f}" for p in parts)
            + " | "
            + " / ".join(f"{mean(p, 'recall'):.3f}" for p in parts)
            + f" | {max(f.everyday_flagged for f in second):.1%} | "
            f"{mean(second, 'allow_accuracy'):.3f} | "
            f"{sum(f.validated for f in second)} | {rate:,.0f} |"
        )
        print(row, flush=True)
        rows.append(row)
    if args.save:
        from bench.results import record_table

        record_table(
            FAMILY,
            "`python -m training.research.multilingual_exit --candidate DIR --save` "
            "(train extra; DIR: the six-layer model of \"the cut's fine-tune, three "
            'ways"): the shipped four-layer model judges every text; those whose '
            "any-flag score lies in the band are judged again by the six-layer model, "
            "whose scores replace the first. [0.5, 0.5] is the shipped model alone, "
            "[0.0, 1.0] the six-layer model alone (its speed both models'). Share "
            "judged twice: of every text of the three parts. Means over the ten "
            "languages; everyday, must-pass and validated on the second parts; short "
            "texts/s a core: German everyday lines, batches of 16.",
            "| band | judged twice | ROC-AUC, second / third / fourth | recall, second "
            "/ third / fourth | everyday, worst | must-pass | validated of 10 | short "
            "texts/s |",
            rows,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
