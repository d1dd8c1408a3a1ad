"""Hindi and Arabic typed in Latin letters: what the language identifier tags them, and
what else it tags so.

    python -m bench.langid_romanised [--save]

py3langid knows Hindi and Arabic in their own scripts only; `moderation.language` tells
Hinglish by Hindi's grammatical words (`hi-Latn`) and Arabizi by Arabic chat words and
chat-alphabet digits (`ar-Latn`). For every language, the Latin-script lines of all its
parts (train, second train, held-out two to four, contrast, and Hindi's Latin-letter
parts): how many are tagged `hi-Latn` and `ar-Latn` (for Hindi and Arabic, lines found;
for the others, false alarms), and the same for the English sets and the public sample.
Then Arabic's Latin-script lines, tagged with and without the Arabizi rule: how many a
validated language took before. Then `bench/data/arabizi_heldout.jsonl`, written after the
rule by a writer who read neither it nor the lines it was written from: Arabizi lines found
by kind, and other Latin-script lines taken for Arabizi by kind (leetspeak, languages whose
chat shares Arabic loanwords, English with digits).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from unittest import mock

from bench.langid_hinglish import english_sets, latin
from bench.results import record
from moderation import language
from moderation.backends.local.assets import validated_languages
from moderation.language import ROMANISED_ARABIC, ROMANISED_HINDI, identify
from training.multilingual.train import language_modules

FAMILY = "Language identification: Hindi and Arabic in Latin letters"
HELD_OUT = Path(__file__).parent / "data" / "arabizi_heldout.jsonl"
PACKAGES = ("langs", "extra", "heldout3", "heldout4", "contrast")
HINDI_LATIN = ("hinglish", "hinglish_heldout")
TAGS = (ROMANISED_HINDI, ROMANISED_ARABIC)


def lines_of(module: ModuleType) -> list[str]:
    """Every text of a data module's upper-case lists of rows."""
    out: list[str] = []
    for name in dir(module):
        rows = getattr(module, name)
        if name.isupper() and isinstance(rows, list):
            out += [r[-1] for r in rows if isinstance(r, tuple) and isinstance(r[-1], str)]
    return out


def language_lines(code: str) -> list[str]:
    """The Latin-script lines of every part of language `code`."""
    texts: list[str] = []
    names = [f"training.multilingual.{p}.{code}" for p in PACKAGES]
    if code == "hi":
        names += [f"training.multilingual.{m}" for m in HINDI_LATIN]
    for name in names:
        with contextlib.suppress(ModuleNotFoundError):
            texts += lines_of(importlib.import_module(name))
    return latin(dict.fromkeys(texts))


def counts(texts: Sequence[str]) -> str:
    tags = Counter(identify(t).tag for t in texts)
    return " | ".join(f"{tags[t]}" for t in TAGS)


def held_out_rows() -> list[str]:
    """Lines tagged `ar-Latn` in the held-out Arabizi set, by whether they are Arabizi and
    by kind."""
    if not HELD_OUT.is_file():
        return []
    rows = [json.loads(r) for r in HELD_OUT.read_text(encoding="utf-8").splitlines() if r]
    found: Counter[tuple[bool, str]] = Counter()
    total: Counter[tuple[bool, str]] = Counter()
    for row in rows:
        key = (bool(row["arabizi"]), str(row["kind"]))
        total[key] += 1
        found[key] += identify(row["text"]).tag == ROMANISED_ARABIC
    out = [
        "",
        f"`{HELD_OUT.relative_to(HELD_OUT.parents[2])}` ({len(rows)} lines, written after the "
        "rule by a writer who read neither it nor the Arabic parts): lines tagged `ar-Latn`.",
        "",
        "| lines | kind | tagged `ar-Latn` |",
        "|---|---|---|",
    ]
    for arabizi in (True, False):
        keys = sorted(k for k in total if k[0] is arabizi)
        for key in keys:
            out.append(
                f"| {'Arabizi' if arabizi else 'not Arabizi'} | {key[1]} "
                f"| {found[key]} of {total[key]} |"
            )
        n, hit = sum(total[k] for k in keys), sum(found[k] for k in keys)
        out.append(f"| {'Arabizi' if arabizi else 'not Arabizi'} | all | {hit} of {n} |")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--save", action="store_true", help="record the run in bench/RESULTS.md")
    args = ap.parse_args(argv)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"## {FAMILY} — {when}",
        "",
        "`python -m bench.langid_romanised --save`: Latin-script lines (at least 80 % of the "
        "letters) of all of each language's parts, tagged by `moderation.language.identify`. "
        "The Arabizi word lists and digit rule were written from the chat alphabet's "
        "conventions after reading Arabic's Latin-script lines below, so the Arabic figure is "
        "not a held-out one; every other row is a count of false alarms.",
        "",
        "| lines | n | tagged `hi-Latn` | tagged `ar-Latn` |",
        "|---|---|---|---|",
    ]
    for code in sorted(language_modules()):
        texts = language_lines(code)
        lines.append(f"| {code}: every part | {len(texts)} | {counts(texts)} |")
    for name, texts in english_sets():
        lines.append(f"| en: {name} | {len(texts)} | {counts(texts)} |")
    arabic = language_lines("ar")
    validated = validated_languages()
    now = Counter(identify(t).tag for t in arabic)
    with mock.patch.object(language, "arabizi", lambda _text: 0.0):
        before = Counter(identify(t).tag for t in arabic)

    def cells(tags: Counter[str]) -> str:
        sure = sum(n for t, n in tags.items() if t in validated)
        listed = ", ".join(f"{t} {n}" for t, n in tags.most_common())
        return f"{listed} | {sure}"

    lines += [
        "",
        f"Arabic's {len(arabic)} Latin-script lines, and how many a validated language "
        f"({', '.join(sorted(validated))}) took, its verdict standing as that language's:",
        "",
        "| identifier | tags | validated |",
        "|---|---|---|",
        f"| without the Arabizi rule | {cells(before)} |",
        f"| with it (as shipped) | {cells(now)} |",
    ]
    lines += held_out_rows()
    print("\n".join(lines))
    if args.save:
        record("\n".join(lines), FAMILY)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
