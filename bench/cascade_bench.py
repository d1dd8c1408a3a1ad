"""The cascade against haiku-only and embedded-only, in one run, on the emulator's oracle judge.

    python -m bench.cascade_bench [--data PATH] [--max-share 0.3] [--every-band] [--save]

1. The band: the held-out split (504 rows, never trained on: on the training rows the
   embedded model looks better than it is, so a band chosen there is too narrow) is cut in
   two halves at random (seeded). The embedded model scores the first; for each candidate
   band, the share of items it would send upstream and the agreement with the labels if the
   upstream judge were right on them (the oracle is). The widest band whose share stays within
   --max-share is chosen (agreement breaks ties).
2. The run: the other half (252 rows) through three engines built as the server builds
   them (`build_engine`), against one in-process emulator whose oracle judge answers from the
   rows' own labels (a labelled category at medium severity): haiku-only, embedded-only and
   the cascade with the chosen band. Per engine: the share of items judged upstream, the
   estimated cost per 1,000 items (the haiku backend's own accounting of the emulator's usage),
   and agreement with the labels (flagged = some label is 1; unknown labels read as 0).

The oracle is the labels, so haiku-only agrees by construction; the figure that matters is
how far the cascade falls from it and what it saves.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.judges import OracleJudge
from bench.machine import cpu
from bench.results import record
from moderation.backends.base import Batch
from moderation.backends.cascade import doubt
from moderation.backends.local import LocalBackend
from moderation.config import Settings
from moderation.domain import Item, Judgement, TextContent, Verdict
from moderation.policy import UnvalidatedLanguage, default_policy
from moderation.server import build_engine
from training.dataset import DEFAULT_DATA, Row, load_openai, split

FAMILY = "Cascade: embedded first, Claude for its doubts, against haiku-only and embedded-only"
ORACLE_SEVERITY = 2  # medium: the default policy's review threshold
BANDS = (
    (0.5, 0.5),
    (0.45, 0.55),
    (0.4, 0.6),
    (0.35, 0.65),
    (0.3, 0.7),
    (0.25, 0.75),
    (0.2, 0.8),
    (0.15, 0.85),
)


def label(row: Row) -> bool:
    return bool(row.any_flag(False))


@dataclass(frozen=True)
class Scored:
    doubt: float
    flagged: bool
    unvalidated: bool


async def embedded(rows: Sequence[Row]) -> list[Scored]:
    policy = default_policy()
    local = LocalBackend()
    await local.start()
    items = tuple(Item(f"r{i}", TextContent(r.text)) for i, r in enumerate(rows))
    out: list[Scored] = []
    for start in range(0, len(items), 32):
        async for j in local.classify(Batch(items[start : start + 32], policy)):
            assert isinstance(j, Judgement)
            decision, _ = policy.decide(j)
            out.append(
                Scored(doubt(j, policy), decision.value != "allow", not j.language_validated)
            )
    await local.close()
    return out


def sweep(
    scored: Sequence[Scored], labels: Sequence[bool]
) -> list[tuple[float, float, float, float]]:
    """(low, high, share sent upstream, agreement if upstream is right) per band."""
    out = []
    y = np.array(labels)
    d = np.array([s.doubt for s in scored])
    flagged = np.array([s.flagged for s in scored])
    unvalidated = np.array([s.unvalidated for s in scored])
    for low, high in BANDS:
        up = ((d >= low) & (d <= high)) | unvalidated
        agree = np.where(up, True, flagged == y)
        out.append((low, high, float(up.mean()), float(agree.mean())))
    return out


def engine_settings(kind: str, emulator: Emulator, **overrides: float) -> Settings:
    """The server's settings for backend `kind`, judging upstream with `emulator`."""
    return Settings(
        backend=kind,
        anthropic_api_key="bench-key",
        anthropic_base_url=emulator.base_url,
        **overrides,  # type: ignore[arg-type]
    )


async def run_engine(
    kind: str, emulator: Emulator, rows: Sequence[Row], band: tuple[float, float]
) -> dict[str, float]:
    settings = engine_settings(
        kind, emulator, max_wait_ms=5.0, cascade_band_low=band[0], cascade_band_high=band[1]
    )
    engine = await build_engine(settings)
    items = [Item(f"r{i}", TextContent(r.text)) for i, r in enumerate(rows)]
    start = time.perf_counter()
    outcomes = []
    for i in range(0, len(items), 32):
        outcomes += await engine.moderate(items[i : i + 32])
    elapsed = time.perf_counter() - start
    await engine.close()
    verdicts = [o for o in outcomes if isinstance(o, Verdict)]
    assert len(verdicts) == len(rows), outcomes
    upstream = [not v.model.startswith("local/") for v in verdicts]
    agree = [v.flagged == label(r) for v, r in zip(verdicts, rows, strict=True)]
    cost = sum(v.usage.estimated_cost_usd for v in verdicts)
    return {
        "upstream": float(np.mean(upstream)),
        "cost_per_1000": 1000 * cost / len(rows),
        "agreement": float(np.mean(agree)),
        "seconds": elapsed,
    }


def halves(data: Path = DEFAULT_DATA) -> tuple[list[Row], list[Row]]:
    """The held-out split cut in two at random (seeded): the band's half and the run's."""
    rows = load_openai(data)
    _, test_idx = split(rows)
    order = np.random.default_rng(20261206).permutation(len(test_idx))
    half = len(order) // 2
    train = [rows[test_idx[int(i)]] for i in order[:half]]
    held = [rows[test_idx[int(i)]] for i in sorted(order[half:])]
    return train, held


def oracle_labels(rows: Sequence[Row]) -> dict[str, dict[str, int]]:
    """What the oracle judge answers for each row: its labelled categories at medium."""
    return {r.text: {c: ORACLE_SEVERITY for c, v in r.labels.items() if v == 1} for r in rows}


async def main_async(args: argparse.Namespace) -> int:
    train, held = halves(args.data)

    lines: list[str] = []
    say = lines.append
    scored = await embedded(train)
    table = sweep(scored, [label(r) for r in train])
    fits = [b for b in table if b[2] <= args.max_share]
    low, high, _, _ = max(fits, key=lambda b: (b[1] - b[0], b[3]))
    say(f"Band sweep on the first held-out half ({len(train)} rows; upstream assumed right):\n")
    say("| band (threshold-relative) | share sent upstream | agreement with labels |")
    say("|---|---|---|")
    for b_low, b_high, share, agree in table:
        mark = " (chosen)" if (b_low, b_high) == (low, high) else ""
        say(f"| [{b_low:.2f}, {b_high:.2f}]{mark} | {share:.3f} | {agree:.3f} |")

    labels = oracle_labels(held)
    results: dict[str, dict[str, float]] = {}
    async with Emulator(EmulatorConfig.fast(), OracleJudge(labels)) as emu:
        for kind in ("haiku", "local", "cascade"):
            results[kind] = await run_engine(kind, emu, held, (low, high))
        if args.every_band:  # the trade-off on the same half, every candidate band
            for band in BANDS:
                if band != (low, high):
                    name = f"cascade [{band[0]:.2f}, {band[1]:.2f}]"
                    results[name] = await run_engine("cascade", emu, held, band)
    base = results["haiku"]["cost_per_1000"]
    say(
        f"\nSecond held-out half ({len(held)} rows), emulator oracle judge, {platform.machine()}; "
        f"cascade band [{low:.2f}, {high:.2f}], policy unvalidated_language = "
        f"{UnvalidatedLanguage.REVIEW.value}:\n"
    )
    say(
        "| backend | share judged upstream | $ per 1,000 items | × haiku-only cost "
        "| agreement with labels |"
    )
    say("|---|---|---|---|---|")
    for kind, r in results.items():
        ratio = r["cost_per_1000"] / base if base else 0.0
        say(
            f"| {kind} | {r['upstream']:.3f} | {r['cost_per_1000']:.4f} | {ratio:.2f} "
            f"| {r['agreement']:.3f} |"
        )
    print("\n".join(lines))
    if args.save:
        when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        command = "python -m bench.cascade_bench" + "".join(f" {a}" for a in argv_of(args))
        intro = (
            f"`{command}` ({cpu()}): the three backends built by `build_engine` as the server "
            "builds them, in one process, against one in-process emulator with the oracle "
            "judge; batches of 32 items per `moderate` call. The held-out split is halved at "
            "random (seed 20261206): the band is chosen on the first half, every figure of "
            "the second table is on the other half. The oracle answers from the rows' own "
            "labels (a labelled category at medium severity), so haiku-only agrees by "
            "construction; the figures that matter are the cascade's distance from it and "
            "its cost."
        )
        record("\n".join([f"## {FAMILY} — {when}", "", intro, "", *lines]), FAMILY)
    return 0


def argv_of(args: argparse.Namespace) -> list[str]:
    """The options of this run, as typed."""
    out = [f"--max-share {args.max_share:g}"]
    return [*out, "--every-band"] if args.every_band else out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--max-share", type=float, default=0.3)
    parser.add_argument("--every-band", action="store_true", help="run the cascade at each band")
    parser.add_argument("--save", action="store_true", help="record the run in bench/RESULTS.md")
    return asyncio.run(main_async(parser.parse_args(argv)))


if __name__ == "__main__":
    raise SystemExit(main())
