"""Does a shadow candidate cost callers latency? The same load with and without one.

One haiku server in process against the Anthropic API emulator (its latency model:
700 ms to first token + 15 ms per output token), an oracle judge whose labels put
every third text at each hate severity; `--items` single-item Moderate calls from
`--callers` concurrent callers, cold cache. Run twice on fresh servers: no candidate,
then a candidate lowering hate's block_at judged on every verdict (sample rate 1.0,
the worst case, or `--sample`). Prints caller latency percentiles for both, and the candidate's
report against the flip count computed offline from the labels.

    PYTHONPATH=$PWD:$PWD/clients/python .venv/bin/python -m bench.shadow_bench
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import grpc

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.judges import OracleJudge
from moderation.config import Settings
from moderation.server import start_server
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

DEFAULT = (
    Path(__file__).resolve().parents[1] / "moderation" / "policies" / "default.toml"
).read_text(encoding="utf-8")


def candidate_text() -> str:
    head, hate = DEFAULT.replace(
        'id = "default"', 'id = "candidate"\nshadow_of = "default"', 1
    ).split('name = "hate"', 1)
    return head + 'name = "hate"' + hate.replace('block_at = "high"', 'block_at = "medium"', 1)


def labels(run: str, items: int) -> dict[str, dict[str, int]]:
    return {f"{run} sample text {n}": {"hate": n % 4} for n in range(items)}


async def run(
    name: str, shadow: bool, items: int, callers: int, workdir: Path, sample: float = 1.0
) -> tuple[list[float], pb.ShadowReport | None, dict[str, dict[str, int]]]:
    texts = labels(name, items)
    judge = OracleJudge({t: {c: s for c, s in v.items() if s} for t, v in texts.items()})
    async with Emulator(EmulatorConfig(), judge) as emulator:
        default = workdir / f"{name}-default.toml"
        default.write_text(DEFAULT)
        files = [default]
        if shadow:
            candidate = workdir / f"{name}-candidate.toml"
            candidate.write_text(candidate_text())
            files.append(candidate)
        settings = Settings(
            host="127.0.0.1",
            port=0,
            backend="haiku",
            anthropic_api_key="bench-key",
            anthropic_base_url=emulator.base_url,
            policy_files=files,
            shadow_sample_rate=sample,
            shadow_max_in_flight=items,
            shadow_max_cost_usd=100.0,
            data_dir=workdir / name,
        )
        running = await start_server(settings)
        latencies: list[float] = []
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
                stub = pb_grpc.ModerationServiceStub(channel)
                await stub.Moderate(pb.ModerateRequest(items=[pb.Item(id="w", text="warm up")]))
                queue = list(enumerate(texts))

                async def caller() -> None:
                    while queue:
                        n, text = queue.pop()
                        started = time.perf_counter()
                        await stub.Moderate(
                            pb.ModerateRequest(items=[pb.Item(id=f"i{n}", text=text)])
                        )
                        latencies.append(time.perf_counter() - started)

                await asyncio.gather(*(caller() for _ in range(callers)))
                report = None
                if shadow:
                    deadline = time.monotonic() + 120
                    while time.monotonic() < deadline:
                        reply = await stub.GetShadowReport(pb.GetShadowReportRequest())
                        report = reply.reports[0] if reply.reports else None
                        done = report.compared + report.errors if report else 0
                        if report is not None and done >= sample * items * 0.9 and sample < 1:
                            await asyncio.sleep(2.0)  # a sample: let the last ones finish
                            reply = await stub.GetShadowReport(pb.GetShadowReportRequest())
                            report = reply.reports[0]
                            break
                        if report is not None and done >= items + 1:  # and the warm-up
                            break
                        await asyncio.sleep(0.2)
        finally:
            await running.stop(grace=1.0)
    return latencies, report, texts


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=240)
    parser.add_argument("--callers", type=int, default=24)
    parser.add_argument("--sample", type=float, default=1.0, help="the shadow sample rate")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        off, _, _ = await run("off", False, args.items, args.callers, Path(tmp))
        on, report, texts = await run("on", True, args.items, args.callers, Path(tmp), args.sample)
    print(f"{args.items} single-item Moderate calls, {args.callers} concurrent callers\n")
    print(f"| | no candidate | candidate, sample rate {args.sample:g} |")
    print("|---|---|---|")
    for label, q in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99)):
        print(f"| caller latency {label} (ms) | {pct(off, q):.0f} | {pct(on, q):.0f} |")
    print(f"| mean (ms) | {1000 * statistics.mean(off):.0f} | {1000 * statistics.mean(on):.0f} |")
    offline = sum(1 for v in texts.values() if v["hate"] == 2)
    # Of a sample, the offline count would be of the sampled items, which the bench does not see.
    expected = f"offline count from the labels: {offline}" if args.sample >= 1 else "a sample"
    if report is not None:
        print(
            f"\nShadow report: {report.compared} compared, {report.agreed} agreed, "
            f"{report.flip_count} flips ({expected}), "
            f"{report.skipped_busy} skipped, {report.errors} errors, "
            f"cost {report.cost_usd:.4f} USD."
        )


if __name__ == "__main__":
    asyncio.run(main())
