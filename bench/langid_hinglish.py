"""Romanised Hindi (Hinglish): how much of it the language identifier names, and at what cost.

    python -m bench.langid_hinglish [--save]

py3langid knows Hindi in Devanagari only; `moderation.language.romanised_hindi` tells Hindi
typed in Latin letters by its grammatical words. For each language's Latin-script lines of
`training/multilingual/langs/<code>.py` and `extra/<code>.py`: how many are tagged `hi`, on
the train and first held-out parts (where the word lists were chosen) and, apart, on the
second held-out parts (never read when choosing them); and the English sets (looked at for
false alarms when choosing). For Hindi that is what the rule finds; for every other language,
and for English, a false alarm.
"""

from __future__ import annotations

import argparse
import importlib
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from bench.results import record
from moderation.language import identify, normalise, scripts
from training import DATA_DIR
from training.dataset import DEFAULT_DATA, load_openai
from training.multilingual import extra
from training.multilingual.train import language_modules

FAMILY = "Language identification: romanised Hindi"
LATIN = 0.8  # share of a line's letters in Latin script for it to count
ENGLISH_SETS = ("everyday_train.jsonl", "everyday_tune.jsonl", "everyday_heldout.jsonl")


def latin(texts: Iterable[str]) -> list[str]:
    return [t for t in texts if scripts(normalise(t)).get("LATIN", 0.0) >= LATIN]


def tagged_hindi(texts: Sequence[str]) -> str:
    return f"{sum(identify(t).tag == 'hi' for t in texts)} of {len(texts)}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--save", action="store_true", help="record the run in bench/RESULTS.md")
    args = ap.parse_args(argv)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"## {FAMILY} — {when}",
        "",
        "`python -m bench.langid_hinglish --save`: Latin-script lines (at least 80 % of the "
        "letters) of each language's parts tagged `hi` by `moderation.language.identify`; the "
        "word lists of `romanised_hindi` were chosen on the train and first held-out parts, and "
        "the English sets were looked at for false alarms. "
        "For Hindi, lines found; for the others, false alarms.",
        "",
        "| language | train and first held-out parts | second held-out parts |",
        "|---|---|---|",
    ]
    for code, mod in language_modules().items():
        try:
            more = importlib.import_module(f"{extra.__name__}.{code}")
            second = [t for _, _, t in more.FUNCTIONAL_TRAIN2]
            second += [t for _, t in more.EVERYDAY_TRAIN2]
        except ModuleNotFoundError:
            second = []
        tune = latin(
            [t for _, _, t in [*mod.FUNCTIONAL_TRAIN, *mod.FUNCTIONAL_HELDOUT]]
            + [t for _, t in [*mod.EVERYDAY_TRAIN, *mod.EVERYDAY_HELDOUT]]
            + second
        )
        test = latin(
            [t for _, _, t in mod.FUNCTIONAL_HELDOUT2] + [t for _, t in mod.EVERYDAY_HELDOUT2]
        )
        if tune or test:
            lines.append(f"| {code} | {tagged_hindi(tune)} | {tagged_hindi(test)} |")
    for name in ENGLISH_SETS:
        rows = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        texts = [json.loads(r)["text"] for r in rows if r.strip()]
        lines.append(f"| en: `{name}` | {tagged_hindi(texts)} | |")
    public = [r.text for r in load_openai(DEFAULT_DATA)]
    lines.append(f"| en: public sample (`{DEFAULT_DATA.name}`) | {tagged_hindi(public)} | |")
    print("\n".join(lines))
    if args.save:
        record("\n".join(lines), FAMILY)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
