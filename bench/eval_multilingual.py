"""The multilingual embedded model on each language's held-out parts.

    python -m bench.eval_multilingual [--save] [--manifest]

For every language in `training/multilingual/langs/`, on its second held-out parts (the
first ones train the shipped model; they were its first test), and apart on its third
(`training/multilingual/heldout3/`, harder by design) and on its fourth (`heldout4/`,
written apart from every other part): ROC-AUC of the any-flag score (each
category's score rescaled so its review threshold sits at 0.5, the max) on the held-out
functional rows, recall of the hateful rows and accuracy of the rows that must pass at the
default policy's thresholds (the over-flag functionalities by name), the share of held-out
everyday lines flagged, and the share of held-out lines the language identifier tags with the
language (in any script). Hindi typed in Latin letters (`hi-Latn`) has a row of its own:
the Latin-script lines of Hindi's second and third held-out parts together, measured and
validated as a language is, and apart on a later held-out part of its own
(`training/multilingual/hinglish_heldout.py`). English through the same model for
reference (English is judged by the English model). Short-text throughput per core. The
second, third and fourth held-out parts are never trained on (`training.multilingual.train`).

`--manifest` writes the languages that meet the bar (ROC-AUC >= 0.80, everyday <= 3 %) with
their figures into the asset manifest's validated languages (the English entry is kept).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Protocol

import numpy as np

from bench.eval_local import any_score, policy_matrix
from bench.langid_hinglish import latin
from bench.machine import cpu
from bench.metrics import roc_auc
from bench.results import record
from moderation.backends.local.assets import ASSETS_DIR, MANIFEST
from moderation.backends.local.early_exit import EarlyExit, deep_model, review_thresholds
from moderation.language import ROMANISED_HINDI, LanguageIdentifier
from moderation.policy import Policy, default_policy
from training import DATA_DIR, multilingual
from training.dataset import LABELLED_CATEGORIES
from training.multilingual import heldout3, heldout4
from training.multilingual.train import (
    identity_held_out,
    language_modules,
    threats_held_out,
    training_rows,
    written_model,
)

FAMILY = "Multilingual embedded model: held-out parts per language"
MIN_AUC = 0.80
MAX_EVERYDAY = 0.03
OVER_FLAG = ("abuse_individual", "identity_positive", "negated_hate", "counter_speech")
ENGLISH_HELD_OUT = "hate_functional_heldout4.jsonl"
ENGLISH_EVERYDAY = "everyday_heldout.jsonl"


class Scorer(Protocol):
    """What the measures read of a model: each text's score per category."""

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]: ...


@dataclass(frozen=True)
class LanguageFigures:
    code: str
    n: int
    auc: float
    precision: float
    recall: float
    allow_accuracy: float
    over_flag: dict[str, float]
    everyday_n: int
    everyday_flagged: float
    langid: float

    @property
    def validated(self) -> bool:
        return self.auc >= MIN_AUC and self.everyday_flagged <= MAX_EVERYDAY


def measure(
    code: str,
    functional: Sequence[tuple[str, bool, str]],
    everyday: Sequence[str],
    clf: Scorer,
    policy: Policy,
    langid: LanguageIdentifier,
) -> LanguageFigures:
    thr = review_thresholds(policy)
    texts = [t for _, _, t in functional]
    scores = policy_matrix(clf.score(texts), policy)
    y = np.array([f for _, f, _ in functional], dtype=float)
    flagged = np.asarray((scores >= thr).any(axis=1), dtype=bool)
    by_func: dict[str, list[bool]] = defaultdict(list)
    for (func, expect, _), f in zip(functional, flagged, strict=True):
        by_func[func].append(bool(f) == expect)
    every = policy_matrix(clf.score(list(everyday)), policy)
    every_flagged = np.asarray((every >= thr).any(axis=1), dtype=bool)
    tags = [langid.identify(t).tag for t in [*texts, *everyday]]
    return LanguageFigures(
        code,
        len(functional),
        roc_auc(y, any_score(scores, policy)),
        float((y[flagged] == 1).mean()) if flagged.any() else float("nan"),
        float(flagged[y == 1].mean()),
        float((~flagged[y == 0]).mean()),
        {f: float(np.mean(by_func[f])) for f in OVER_FLAG if f in by_func},
        len(everyday),
        float(every_flagged.mean()),
        float(np.mean([t == code if "-" in code else t.split("-")[0] == code for t in tags])),
    )


def measure_part(
    modules: dict[str, ModuleType],
    number: int,
    clf: Scorer,
    policy: Policy,
    langid: LanguageIdentifier,
    trained: frozenset[str] = frozenset(),
) -> list[LanguageFigures]:
    """Each language's held-out part `number` (FUNCTIONAL_HELDOUT<n>, EVERYDAY_HELDOUT<n>),
    less the lines in `trained`."""
    return [
        measure(
            code,
            [r for r in getattr(mod, f"FUNCTIONAL_HELDOUT{number}") if r[2] not in trained],
            [t for _, t in getattr(mod, f"EVERYDAY_HELDOUT{number}") if t not in trained],
            clf,
            policy,
            langid,
        )
        for code, mod in sorted(modules.items())
    ]


# Appended to hateful rows to see whether a verdict survives them: friendly emojis that no
# training row holds.
TEST_EMOJIS = ("🫶", "💖", "😇", "💐", "🫂")


def emoji_kept(
    modules: dict[str, ModuleType], number: int, clf: Scorer, policy: Policy
) -> dict[str, float]:
    """Per language, of the hateful rows of held-out part `number` the model flags, the share
    still flagged with each of TEST_EMOJIS appended (an emoji must not buy an ALLOW)."""
    thr = review_thresholds(policy)
    out: dict[str, float] = {}
    for code, mod in sorted(modules.items()):
        hateful = [t for _, f, t in getattr(mod, f"FUNCTIONAL_HELDOUT{number}") if f]
        scores = policy_matrix(clf.score(hateful), policy)
        flagged = [t for t, row in zip(hateful, scores, strict=True) if (row >= thr).any()]
        varied = [f"{t} {e}" for t in flagged for e in TEST_EMOJIS]
        again = policy_matrix(clf.score(varied), policy) if varied else np.zeros((0, len(thr)))
        out[code] = float((again >= thr).any(axis=1).mean()) if varied else float("nan")
    return out


def kept_line(name: str, kept: dict[str, float]) -> str:
    worst = min(kept, key=lambda c: kept[c])
    cells = ", ".join(f"{c} {v:.3f}" for c, v in kept.items())
    return f"- {name} parts: worst {worst} {kept[worst]:.3f}; {cells}"


def paired_parts(
    held_out: Callable[[str], list[tuple[str, bool, str]]],
    clf: Scorer,
    policy: Policy,
    langid: LanguageIdentifier,
) -> list[LanguageFigures]:
    """Each language's held-out part of harmful lines and harmless ones in the same words
    (`held_out`: the statements naming groups of `identity_heldout/`, or the threats against a
    person of `threats_heldout/`), its harmless lines also as the everyday lines (the share
    flagged is the false alarms on them)."""
    out: list[LanguageFigures] = []
    for code in sorted(language_modules()):
        rows = held_out(code)
        if rows:
            harmless = [t for _, f, t in rows if not f]
            out.append(measure(code, rows, harmless, clf, policy, langid))
    return out


def paired_section(
    intro: str, name: str, harmless: str, figures: Sequence[LanguageFigures]
) -> list[str]:
    """A paired part's paragraph, table and means (with its harmless lines' false alarms and
    its recall), or nothing when no language has the part."""
    if not figures:
        return []
    flagged = float(np.mean([f.everyday_flagged for f in figures]))
    recall = float(np.mean([f.recall for f in figures]))
    return [
        intro,
        "",
        *table(figures),
        "",
        means(name, figures) + f", mean share of harmless {harmless} flagged {flagged:.4f}, "
        f"mean recall {recall:.4f}",
        "",
    ]


def third_parts() -> dict[str, ModuleType]:
    """Each language's third held-out part (`training/multilingual/heldout3/<code>.py`)."""
    return _later_parts(heldout3)


def fourth_parts() -> dict[str, ModuleType]:
    """Each language's fourth held-out part (`training/multilingual/heldout4/<code>.py`)."""
    return _later_parts(heldout4)


def _later_parts(package: ModuleType) -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for code in sorted(language_modules()):
        with contextlib.suppress(ModuleNotFoundError):
            found[code] = importlib.import_module(f"{package.__name__}.{code}")
    return found


def romanised_hindi(
    clf: Scorer, policy: Policy, langid: LanguageIdentifier
) -> LanguageFigures | None:
    """Hindi typed in Latin letters (`hi-Latn`): the Latin-script lines of Hindi's second and
    third held-out parts together (the second alone has too few of them to decide on)."""
    parts = [(language_modules().get("hi"), 2), (third_parts().get("hi"), 3)]
    functional: list[tuple[str, bool, str]] = []
    everyday: list[str] = []
    for mod, number in parts:
        if mod is None:
            return None
        rows = getattr(mod, f"FUNCTIONAL_HELDOUT{number}")
        kept = set(latin([t for _, _, t in rows]))
        functional += [r for r in rows if r[2] in kept]
        everyday += latin([t for _, t in getattr(mod, f"EVERYDAY_HELDOUT{number}")])
    return measure(ROMANISED_HINDI, functional, everyday, clf, policy, langid)


def fresh_romanised_hindi(
    clf: Scorer, policy: Policy, langid: LanguageIdentifier
) -> LanguageFigures | None:
    """Hindi typed in Latin letters on its own held-out part
    (`training/multilingual/hinglish_heldout.py`, written after the shipped model, never
    trained on; how near its lines come to the training lines:
    `python -m training.research.heldout_nearness`)."""
    try:
        mod = importlib.import_module(f"{multilingual.__name__}.hinglish_heldout")
    except ModuleNotFoundError:
        return None
    everyday = [t for _, t in mod.EVERYDAY_HELDOUT_LATN]
    return measure(ROMANISED_HINDI, mod.FUNCTIONAL_HELDOUT_LATN, everyday, clf, policy, langid)


def english(clf: Scorer, policy: Policy, langid: LanguageIdentifier) -> LanguageFigures:
    rows = [json.loads(x) for x in (DATA_DIR / ENGLISH_HELD_OUT).read_text().splitlines() if x]
    every = [json.loads(x) for x in (DATA_DIR / ENGLISH_EVERYDAY).read_text().splitlines() if x]
    functional = [(r["functionality"], bool(r["expect_flag"]), r["text"]) for r in rows]
    return measure("en", functional, [r["text"] for r in every], clf, policy, langid)


def throughput(clf: Scorer, texts: Sequence[str], passes: int = 5) -> float:
    """Items per CPU-second of this thread, batches of 16, median of `passes` passes."""
    clf.score(list(texts[:16]))
    rates = []
    for _ in range(passes):
        start = time.thread_time()
        for i in range(0, len(texts), 16):
            clf.score(list(texts[i : i + 16]))
        rates.append(len(texts) / max(time.thread_time() - start, 1e-9))
    return float(np.median(rates))


def means(name: str, figures: Sequence[LanguageFigures]) -> str:
    """One line: a part's mean ROC-AUC and mean share of must-pass rows passed, to four
    places (what a rule comparing two models reads)."""
    auc = float(np.mean([f.auc for f in figures]))
    passed = float(np.mean([f.allow_accuracy for f in figures]))
    return (
        f"- {name} parts ({len(figures)} languages): mean ROC-AUC {auc:.4f}, "
        f"mean share of must-pass rows passed {passed:.4f}"
    )


def table(figures: Sequence[LanguageFigures]) -> list[str]:
    over = " | ".join(OVER_FLAG)
    lines = [
        f"| language | n | ROC-AUC | precision | recall | pass rows right | {over} | everyday n "
        "| everyday flagged | langid | validated |",
        "|---|---|---|---|---|---|" + "---|" * len(OVER_FLAG) + "---|---|---|---|",
    ]
    for f in figures:
        cells = " | ".join(f"{f.over_flag[k]:.2f}" if k in f.over_flag else "–" for k in OVER_FLAG)
        lines.append(
            f"| {f.code} | {f.n} | {f.auc:.3f} | {f.precision:.2f} | {f.recall:.2f} "
            f"| {f.allow_accuracy:.2f} "
            f"| {cells} | {f.everyday_n} | {f.everyday_flagged:.3f} | {f.langid:.2f} "
            f"| {'yes' if f.validated else 'no'} |"
        )
    return lines


def _set_of(f: LanguageFigures) -> str:
    if f.code == ROMANISED_HINDI:
        return (
            "the Latin-script lines of training/multilingual/langs/hi.py FUNCTIONAL_HELDOUT2 "
            "and training/multilingual/heldout3/hi.py FUNCTIONAL_HELDOUT3 "
            f"({f.n} rows), and of their EVERYDAY_HELDOUT parts ({f.everyday_n} lines)"
        )
    return (
        f"training/multilingual/langs/{f.code}.py FUNCTIONAL_HELDOUT2 ({f.n} rows) and "
        f"EVERYDAY_HELDOUT2 ({f.everyday_n} lines)"
    )


def write_manifest(figures: Sequence[LanguageFigures], when: str) -> None:
    path = ASSETS_DIR / MANIFEST
    doc = json.loads(path.read_text(encoding="utf-8"))
    kept = [e for e in doc.get("validated_languages", []) if e["language"] == "en"]
    for f in figures:
        if f.code == "en" or not f.validated:
            continue
        kept.append(
            {
                "language": f.code,
                "held_out": [
                    {
                        "text_model": "multilingual",
                        "set": _set_of(f),
                        "any_flag_roc_auc": round(f.auc, 3),
                        "precision": round(f.precision, 2),
                        "recall": round(f.recall, 2),
                        "everyday_flagged": round(f.everyday_flagged, 3),
                    }
                ],
                "measured_by": f"python -m bench.eval_multilingual (bench/RESULTS.md, {FAMILY}, "
                f"run of {when})",
            }
        )
    doc["validated_languages"] = kept
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


SHIPPED = (
    f"the shipped model, `{EarlyExit.model}`: the four-layer e5 cut, and the six-layer one "
    "for texts near the default policy's thresholds"
)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--candidate",
        type=Path,
        help="a model written by `python -m training.multilingual.train --write --out-dir DIR` "
        "(the e5 cut's, the static table's or the student's files, with their heads and n-grams)",
    )
    ap.add_argument("--save", action="store_true", help="record the run in bench/RESULTS.md")
    ap.add_argument("--manifest", action="store_true", help="write the validated languages")
    ap.add_argument(
        "--deep",
        type=Path,
        help="with --candidate: a six-layer model written the same way, behind an early exit",
    )
    args = ap.parse_args(argv)
    clf: Scorer = written_model(args.candidate) if args.candidate else EarlyExit()
    if args.candidate and args.deep:
        clf = EarlyExit(written_model(args.candidate), deep_model(args.deep))
    policy = default_policy()
    langid = LanguageIdentifier()

    figures = measure_part(language_modules(), 2, clf, policy, langid)
    hinglish = romanised_hindi(clf, policy, langid)
    if hinglish is not None:
        figures.append(hinglish)
    third = measure_part(third_parts(), 3, clf, policy, langid)
    # Written apart from every other part: the few lines a training part has too are left out.
    trained = frozenset(r.text for r in training_rows(LABELLED_CATEGORIES))
    fourth = measure_part(fourth_parts(), 4, clf, policy, langid, trained)
    fresh = fresh_romanised_hindi(clf, policy, langid)
    ref = english(clf, policy, langid)
    identity = paired_parts(identity_held_out, clf, policy, langid)
    threats = paired_parts(threats_held_out, clf, policy, langid)
    kept = {
        "second": emoji_kept(language_modules(), 2, clf, policy),
        "fourth": emoji_kept(fourth_parts(), 4, clf, policy),
    }
    short = [t for _, t in language_modules()["de"].EVERYDAY_HELDOUT2] if figures else []
    rate = throughput(clf, (short * 8)[:512]) if short else float("nan")
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    validated = [f.code for f in figures if f.validated]
    languages = [f for f in figures if f.code in language_modules()]
    parts = {"second": languages, "third": third, "fourth": fourth}
    lines = [
        f"## {FAMILY} — {when}",
        "",
        f"`{' '.join(['python -m bench.eval_multilingual', *sys.argv[1:]])}` "
        f"({'a candidate' if args.candidate else SHIPPED}; "
        "the second held-out "
        "parts of `training/multilingual/langs/*.py`, FUNCTIONAL_HELDOUT2 and "
        "EVERYDAY_HELDOUT2, written after the first model was measured on the first parts "
        "and never read by training). ROC-AUC of the any-flag "
        "score on the functional rows; precision and recall of hateful rows and the share of "
        "must-pass rows passed at the default policy's thresholds, with the over-flag "
        "functionalities by name; "
        "everyday lines flagged; the share of these lines the language identifier tags with "
        "the language (any script: `hi-Latn` is Hindi; on the `hi-Latn` row, `hi-Latn` "
        "alone). The `hi-Latn` row is Hindi typed in Latin letters: the Latin-script lines "
        "(80 % of the letters) of Hindi's second and third held-out parts together. "
        f"Validated: ROC-AUC ≥ {MIN_AUC:.2f} and everyday ≤ {MAX_EVERYDAY:.0%}.",
        "",
        *table(figures),
        "",
        "The third held-out parts (`training/multilingual/heldout3/<code>.py`: written from the "
        "train and first held-out parts only, aimed at what those teach least: implicit hate "
        "without slurs, hate at the end of long ordinary posts, veiled threats, hard negatives "
        "in the same registers; never trained on). Validation is decided on the second parts; "
        "the column says whether the third would qualify too:",
        "",
        *table(third),
        "",
        *(
            [
                "The fourth held-out parts (`training/multilingual/heldout4/<code>.py`: written "
                "apart, by writers who read none of the other parts, about a third of the hateful "
                "rows implicit; never trained or tuned on; lines a training part has too left "
                "out). Validation is decided on the second parts; the column says whether the "
                "fourth would qualify too:",
                "",
                *table(fourth),
                "",
            ]
            if fourth
            else []
        ),
        *(
            [
                "Hindi typed in Latin letters on a held-out part of its own "
                "(`training/multilingual/hinglish_heldout.py`, written after the model with the "
                "first Latin-letter part shipped, and never trained on):",
                "",
                *table([fresh]),
                "",
            ]
            if fresh is not None
            else []
        ),
        *paired_section(
            "Short statements naming protected groups, harmless and hateful, on a held-out "
            "part of their own (`training/multilingual/identity_heldout/<code>.py`: written "
            "apart from the sixth training parts, never trained or tuned on); the everyday "
            "columns are its harmless statements:",
            "identity",
            "statements",
            identity,
        ),
        *paired_section(
            "Threats of violence against a person, and harmless lines in the same words "
            "(hyperbole, games and sport, threats reported, violence discussed), on a "
            "held-out part of their own (`training/multilingual/threats_heldout/<code>.py`: "
            "written apart from the seventh training parts, never trained or tuned on); the "
            "everyday columns are its harmless lines:",
            "threats",
            "lines",
            threats,
        ),
        "English through the same model, for reference (English texts are judged by the "
        f"English model): `{ENGLISH_HELD_OUT}` and `{ENGLISH_EVERYDAY}`:",
        "",
        *table([ref])[2:],
        "",
        f"Validated: {', '.join(validated) or 'none'} ({len(validated)} languages). "
        f"Short texts (German everyday lines, batches of 16): {rate:.0f} items/s per core "
        f"({cpu()}).",
        "",
        *(means(name, part) for name, part in parts.items() if part),
        "",
        "Hateful rows the model flags, still flagged with an emoji appended (each of "
        f"{' '.join(TEST_EMOJIS)}; share of row-emoji pairs):",
        "",
        *(kept_line(name, k) for name, k in kept.items() if k),
    ]
    print("\n".join(lines))
    if args.save:
        record("\n".join(lines), FAMILY)
    if args.manifest:
        write_manifest(figures, when)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
