"""Run the reliability suite and write bench/RELIABILITY.md.

    python -m bench.reliability            # everything, ~13 minutes on 2 cores
    python -m bench.reliability --quick    # the short forms (what `make test` runs), ~3 minutes
    python -m bench.reliability --only breaker --no-save
    python -m bench.reliability --only jobs_restart   # merged into bench/RELIABILITY.md
    python -m bench.reliability --only real_api_limits

The soak (10 minutes) runs beside the other scenarios, each scenario with its
own server and emulator processes, so the whole suite fits in 15 minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Awaitable, Sequence
from pathlib import Path

from bench.reliability import (
    abuse,
    bad_inputs,
    breaker,
    injection,
    jobs_restart,
    noisy_neighbour,
    real_api_limits,
    sigterm,
    soak,
    tenants,
    upstream_faults,
)
from bench.reliability.harness import ScenarioResult, log_dir
from bench.reliability.report import merge, render

OUT = Path(__file__).resolve().parents[1] / "RELIABILITY.md"
SCENARIOS = (
    "faults",
    "bad_inputs",
    "noisy_neighbour",
    "breaker",
    "sigterm",
    "jobs_restart",
    "tenants",
    "real_api_limits",
    "injection",
    "abuse",
    "soak",
)
RATES = (0.2, 0.4)
FALLBACKS = ("none", "local")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.reliability", description=__doc__)
    p.add_argument("--only", action="append", choices=SCENARIOS, help="run only these")
    p.add_argument("--quick", action="store_true", help="the short forms, as in make test")
    p.add_argument("--items", type=int, help="items per faults run (default 10,000)")
    p.add_argument("--rate", type=float, action="append", help="fault rate(s): 0.2 and 0.4")
    p.add_argument("--fallback", action="append", choices=FALLBACKS, help="none and local")
    p.add_argument("--concurrent-calls", type=int, help="the flood case (default 10,000)")
    p.add_argument("--waves", type=int, help="noisy-neighbour waves (default 10)")
    p.add_argument("--hang-seconds", type=float, help="breaker: how long upstream hangs")
    p.add_argument("--soak-seconds", type=float, help="default 600")
    p.add_argument("--jobs-items", type=int, help="jobs_restart: items in the job (2,000)")
    p.add_argument(
        "--store", action="append", choices=jobs_restart.STORES, help="jobs_restart: sqlite, redis"
    )
    p.add_argument(
        "--before",
        type=Path,
        help="injection: also measure the server of this checkout (the code before a change)",
    )
    p.add_argument(
        "--abuse-case", action="append", choices=list(abuse.CASES), help="abuse: these cases"
    )
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--no-save", action="store_true", help="print only")
    p.add_argument(
        "--replace",
        action="store_true",
        help="with --only: write only these scenarios instead of merging them into --out",
    )
    return p


async def run_all(args: argparse.Namespace) -> list[ScenarioResult]:
    only = set(args.only or SCENARIOS)
    quick = args.quick
    logs = log_dir()
    print(f"process logs in {logs}", file=sys.stderr, flush=True)
    soak_task: asyncio.Task[ScenarioResult] | None = None
    if "soak" in only:
        seconds = args.soak_seconds or (20.0 if quick else 600.0)
        sample = 1.0 if seconds < 120 else 5.0
        soak_task = asyncio.create_task(
            soak.run(soak.SoakLoad(seconds=seconds, sample_every=sample), logs)
        )
    results: list[ScenarioResult] = []

    async def step(name: str, coro: Awaitable[ScenarioResult]) -> None:
        t0 = time.perf_counter()
        print(f"running {name} …", file=sys.stderr, flush=True)
        r = await coro
        results.append(r)
        verdict = "PASS" if r.passed else "FAIL"
        print(f"  {verdict} in {time.perf_counter() - t0:.0f} s: {r.title}", file=sys.stderr)

    if "faults" in only:
        items = args.items or (300 if quick else 10_000)
        for rate in args.rate or RATES:
            for fallback in args.fallback or FALLBACKS:
                load = upstream_faults.FaultLoad(
                    items=items,
                    rate=rate,
                    fallback=fallback,
                    unary_workers=16 if quick else 48,
                    streams=4 if quick else 8,
                )
                await step(f"faults {rate:.0%} {fallback}", upstream_faults.run(load, logs))
    if "bad_inputs" in only:
        calls = args.concurrent_calls or (300 if quick else 10_000)
        await step("bad inputs", bad_inputs.run(calls, logs))
    if "noisy_neighbour" in only:
        waves = args.waves or (3 if quick else 10)
        await step(
            "noisy neighbour", noisy_neighbour.run(noisy_neighbour.NoisyLoad(waves=waves), logs)
        )
    if "breaker" in only:
        load_b = breaker.BreakerLoad()
        if args.hang_seconds:
            load_b = breaker.BreakerLoad(hang_seconds=args.hang_seconds)
        await step("breaker", breaker.run(load_b, logs))
    if "sigterm" in only:
        await step("sigterm", sigterm.run(sigterm.SigtermLoad(), logs))
    if "jobs_restart" in only:
        for store in args.store or jobs_restart.STORES:
            load_j = jobs_restart.RestartLoad(
                items=args.jobs_items or (300 if quick else 2000),
                batch_seconds=3.0 if quick else 10.0,
                store=store,
            )
            await step(f"jobs restart ({store})", jobs_restart.run(load_j, logs))
    if "tenants" in only:
        load_t = tenants.TenantsLoad(flood_seconds=8.0, alone_seconds=3.0) if quick else None
        await step("tenants", tenants.run(load_t or tenants.TenantsLoad(), logs))
    if "real_api_limits" in only:
        await step("real API limits", real_api_limits.run(real_api_limits.LimitsLoad(), logs))
    if "injection" in only:
        load_i = injection.InjectionLoad(
            calls_per_kind=4 if quick else 20, concurrency=4 if quick else 12, before=args.before
        )
        await step("injection", injection.run(load_i, logs))
    if "abuse" in only:
        load_a = (
            abuse.AbuseLoad(connections=4, streams=20, images=2, job_images=10_000)
            if quick
            else abuse.AbuseLoad()
        )
        await step("abuse", abuse.run(load_a, logs, tuple(args.abuse_case or ())))
    if soak_task is not None:
        print("waiting for the soak …", file=sys.stderr, flush=True)
        r = await soak_task
        results.append(r)
        print(f"  {'PASS' if r.passed else 'FAIL'}: {r.title}", file=sys.stderr)
    return results


def main(argv: Sequence[str] | None = None) -> None:
    args = parser().parse_args(argv)
    t0 = time.perf_counter()
    results = asyncio.run(run_all(args))
    elapsed = time.perf_counter() - t0
    text = render(results, elapsed, args.quick)
    if args.only and not args.replace and not args.quick and args.out.exists():
        # Some scenarios alone: their sections replace (or join) those of the last full run.
        text = merge(args.out.read_text(encoding="utf-8"), results, elapsed)
    print(text)
    if not args.no_save:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
