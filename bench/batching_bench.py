"""Batching, cost and throughput benchmark: the service against the Anthropic API emulator.

Starts the emulator (the benchmark latency model; verdicts from the data set's own
labels, so the mix of clean and flagged answers is the data's) and three
`moderation-server` processes with the haiku backend pointed at it: the default
configuration, `naive-cached` (one item per call, prompt caching on: what a user
writes first) and `naive` (one item per call, no prompt caching). Each phase (unary
`Moderate`, `ModerateStream`) runs the three configurations one after the other, so
the machine's load falls on all of them alike. Also measures the time to the first
verdict of a 25-item stream against its whole batch, the service's own overhead at
light load (emulator latency set to zero); the verdict-cache hit against a bare
grpc.aio echo server is `bench.cache_hit` (alternated rounds), which `make bench` runs
next. Prints a report and records it in
bench/RESULTS.md (the previous run of the benchmark moves to bench/HISTORY.md).

    .venv/bin/python -m bench.batching_bench [--quick]

The upstream-bound limit is computed from the stated latency model (first token +
per output token, with the output tokens the answers really had), not from how long
the emulator took, so a slow emulator cannot raise the share. Figures from one run
are compared as ratios, because absolute times move with the load on shared machines.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import grpc

from bench.emulator_proc import tokens_per_verdict
from bench.harness import (
    BENCHMARK_LATENCY,
    BIN,
    MODEL,
    EmulatorControl,
    emulator_process,
    free_port,
    haiku_server_env,
    process,
    wait_grpc,
)
from bench.load import DATASET, ORACLE_SEVERITY, PhaseResult, channels, closed_loop, load_texts
from bench.results import record
from moderation.config import Settings
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

FAMILY = "Batching benchmark"  # its section in bench/RESULTS.md
# USD per million tokens (input, output); cache writes 1.25x input, cache reads 0.1x.
PRICES = {"Haiku 3.5": (0.80, 4.00), "Haiku 4.5": (1.00, 5.00)}
CACHE_WRITE, CACHE_READ = 1.25, 0.10
LATENCY = BENCHMARK_LATENCY
FIRST_TOKEN_MS, PER_TOKEN_MS, JITTER = LATENCY.first_token_ms, LATENCY.per_token_ms, LATENCY.jitter


@dataclass(frozen=True)
class Sizes:
    """How much load each phase offers; `--quick` shrinks everything for a smoke run."""

    unary_items: int = 2048
    unary_workers: int = 384
    stream_items: int = 2048
    streams: int = 16
    stream_window: int = 32
    naive_divisor: int = 6  # naive is ~6x slower: fewer items keep the run under 5 minutes
    light_items: int = 60
    first_verdict_trials: int = 6
    first_verdict_items: int = 25


@dataclass(frozen=True)
class Config:
    name: str
    env: dict[str, str]
    prompt_caching: bool
    settings: Settings

    @property
    def one_per_call(self) -> bool:
        return self.settings.max_batch_items == 1


def configs() -> list[Config]:
    """default, then the two baselines: one item per call with and without prompt caching."""
    default = Settings()
    cached_env = {"MODERATION_MAX_BATCH_ITEMS": "1"}
    naive_env = {
        "MODERATION_MAX_BATCH_ITEMS": "1",
        "MODERATION_PROMPT_CACHE_TTL_SECONDS": "0",
        "MODERATION_HAIKU_PROMPT_CACHE": "off",  # no cache_control breakpoint at all
    }
    return [
        Config("default", {}, True, default),
        Config("naive-cached", cached_env, True, Settings.load(None, cached_env)),
        Config("naive", naive_env, False, Settings.load(None, naive_env)),
    ]


# --- load ---------------------------------------------------------------------


async def unary_load(port: int, texts: list[str], workers: int) -> PhaseResult:
    return await closed_loop(channels(port, 4), texts, workers, "u", deadline=120)


async def stream_load(port: int, texts: list[str], streams: int, window: int) -> PhaseResult:
    out = PhaseResult()
    chans = channels(port, 4)
    shares = [texts[n::streams] for n in range(streams)]

    async def one_stream(n: int, mine: list[str]) -> None:
        stub = pb_grpc.ModerationServiceStub(chans[n % len(chans)])
        call = stub.ModerateStream(timeout=300)  # type: ignore[call-arg]  # write()/read() API
        sent: dict[str, float] = {}
        slots = asyncio.Semaphore(window)

        async def send() -> None:
            for i, text in enumerate(mine):
                await slots.acquire()
                item_id = f"s{n}-{i}"
                sent[item_id] = time.perf_counter()
                await call.write(pb.ModerateStreamRequest(items=[pb.Item(id=item_id, text=text)]))
            await call.done_writing()

        sender = asyncio.create_task(send())
        try:
            for _ in range(len(mine)):
                resp = await call.read()
                if not isinstance(resp, pb.ModerateStreamResponse):
                    break  # end of stream
                r = resp.result
                out.latencies.append(time.perf_counter() - sent.pop(r.item_id))
                out.items += 1
                out.note(r)
                slots.release()
            await sender
        except grpc.aio.AioRpcError as exc:
            out.errors[exc.code().name] = out.errors.get(exc.code().name, 0) + 1
            sender.cancel()

    t0 = time.perf_counter()
    await asyncio.gather(*(one_stream(n, share) for n, share in enumerate(shares)))
    out.elapsed = time.perf_counter() - t0
    for c in chans:
        await c.close(None)
    return out


async def sequential(port: int, texts: list[str]) -> PhaseResult:
    out = PhaseResult()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
        stub = pb_grpc.ModerationServiceStub(ch)
        t_start = time.perf_counter()
        for i, text in enumerate(texts):
            t0 = time.perf_counter()
            reply = await stub.Moderate(
                pb.ModerateRequest(items=[pb.Item(id=f"l{i}", text=text)]), timeout=60
            )
            out.latencies.append(time.perf_counter() - t0)
            out.items += 1
            out.note(reply.results[0])
        out.elapsed = time.perf_counter() - t_start
    return out


async def first_verdicts(port: int, batches: list[list[str]]) -> tuple[list[float], list[float]]:
    """Streams of len(batch) items written back to back: (time to first verdict, to last).

    Both are timed from the first write. The items of one stream share one upstream call
    (they arrive within max_wait), so the first verdict shows how early a stream hears
    back, with the answer's rule that a verdict leaves only when the next one has closed.
    """
    firsts: list[float] = []
    wholes: list[float] = []
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
        stub = pb_grpc.ModerationServiceStub(ch)
        for n, texts in enumerate(batches):
            call = stub.ModerateStream(timeout=120)  # type: ignore[call-arg]  # write()/read()
            t0 = time.perf_counter()
            for i, text in enumerate(texts):
                item = pb.Item(id=f"f{n}-{i}", text=text)
                await call.write(pb.ModerateStreamRequest(items=[item]))
            await call.done_writing()
            first: float | None = None
            for _ in texts:
                resp = await call.read()
                if not isinstance(resp, pb.ModerateStreamResponse):
                    raise RuntimeError("stream ended before every verdict")
                if first is None:
                    first = time.perf_counter() - t0
            wholes.append(time.perf_counter() - t0)
            firsts.append(first if first is not None else float("nan"))
    return firsts, wholes


# --- configurations side by side ----------------------------------------------


@dataclass
class ConfigResult:
    config: Config
    port: int
    unary: PhaseResult = field(default_factory=PhaseResult)
    stream: PhaseResult = field(default_factory=PhaseResult)
    light: PhaseResult | None = None


@dataclass
class FirstVerdict:
    firsts: list[float]
    wholes: list[float]
    upstream: dict[str, Any]


async def warm(port: int, emu: EmulatorControl, tag: str) -> None:
    """Cold upstream, then one request that writes the prompt cache; counters start after it."""
    await emu.reset()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
        req = pb.ModerateRequest(items=[pb.Item(id="warm", text=f"good morning ({tag})")])
        await pb_grpc.ModerationServiceStub(ch).Moderate(req, timeout=60)
    await emu.reset(keep_prompt_cache=True)


def slices(cfg: Config, texts: list[str], sizes: Sizes) -> tuple[list[str], list[str]]:
    """(unary texts, stream texts); one-per-call configurations get fewer (they are slower)."""
    divisor = sizes.naive_divisor if cfg.one_per_call else 1
    n_unary = max(8, sizes.unary_items // divisor)
    n_stream = max(8, sizes.stream_items // divisor)
    first_stream = sizes.unary_items
    return texts[:n_unary], texts[first_stream : first_stream + n_stream]


async def run_all(
    results: list[ConfigResult], emu: EmulatorControl, texts: list[str], sizes: Sizes
) -> FirstVerdict:
    """Each phase runs every configuration in turn (interleaved, not one config after another)."""
    for phase in ("unary", "stream"):
        for r in results:
            print(f"running {r.config.name} {phase} …", file=sys.stderr, flush=True)
            unary_texts, stream_texts = slices(r.config, texts, sizes)
            await warm(r.port, emu, phase)
            if phase == "unary":
                workers = min(sizes.unary_workers, len(unary_texts))
                r.unary = await unary_load(r.port, unary_texts, workers)
                r.unary.upstream = await emu.stats()
            else:
                r.stream = await stream_load(
                    r.port, stream_texts, sizes.streams, sizes.stream_window
                )
                r.stream.upstream = await emu.stats()
    default = results[0]
    start = sizes.unary_items + sizes.stream_items
    k = sizes.first_verdict_items
    batches = [
        texts[start + n * k : start + (n + 1) * k] for n in range(sizes.first_verdict_trials)
    ]
    await warm(default.port, emu, "first verdict")
    firsts, wholes = await first_verdicts(default.port, batches)
    fv = FirstVerdict(firsts, wholes, await emu.stats())
    # Light load, upstream answering instantly: what the service itself adds.
    await emu.latency(0.0, 0.0)
    light_texts = texts[-sizes.light_items :]
    for r in (default, results[-1]):
        await emu.reset(keep_prompt_cache=True)
        r.light = await sequential(r.port, light_texts)
    await emu.latency(FIRST_TOKEN_MS, PER_TOKEN_MS)
    return fv


# --- report -------------------------------------------------------------------


def per_item_tokens(up: dict[str, Any]) -> dict[str, float]:
    n = max(1, up.get("items", 0))
    return {
        "input": up["input_tokens"] / n,
        "cache_read": up["cache_read_input_tokens"] / n,
        "cache_write": up["cache_creation_input_tokens"] / n,
        "output": up["output_tokens"] / n,
    }


def dollars_per_1000(up: dict[str, Any], prices: tuple[float, float]) -> float:
    """List price of the tokens the upstream reported (cache writes 1.25x, reads 0.1x)."""
    t = per_item_tokens(up)
    p_in, p_out = prices
    prompt = t["input"] * p_in + t["cache_write"] * CACHE_WRITE * p_in
    prompt += t["cache_read"] * CACHE_READ * p_in
    return 1000 * (prompt + t["output"] * p_out) / 1e6


def cache_hit_rate(up: dict[str, Any]) -> float:
    prompt = up["input_tokens"] + up["cache_read_input_tokens"] + up["cache_creation_input_tokens"]
    return up["cache_read_input_tokens"] / prompt if prompt else 0.0


# A flagged verdict without its reason: the least this format spends on category and severity.
FLOOR_VERDICT = '{"id":"i17","c":{"hate":2}},'


def flagged_tokens(up: dict[str, Any]) -> float:
    return tokens_per_verdict(int(up["flagged_verdict_chars"]), int(up["flagged_verdicts"]))


def nominal_call_s(up: dict[str, Any]) -> float:
    """Mean call time the latency model gives the answers this phase really had.

    First token + per-token time x output tokens, averaged over the calls.
    """
    return float(up["nominal_latency_s"]) / max(1, int(up["calls"]))


def served_call_s(up: dict[str, Any]) -> float:
    """Mean time the emulator took to serve a call (first byte in to last byte out)."""
    return float(up["served_latency_s"]) / max(1, int(up["served_calls"]))


def upstream_bound(cfg: Config, up: dict[str, Any]) -> tuple[float, float, float]:
    """(items/s limit, mean batch, nominal call time): cap x batch / nominal call time.

    The limit is what a service that kept every upstream slot busy with the batches it
    sent would get from an upstream that kept exactly to the latency model. It is computed
    from the model, not from the served time, so the emulator's own slowness on a busy
    machine counts against the service, never for it.
    """
    calls = max(1, up["calls"])
    batch = up["items"] / calls
    call_s = nominal_call_s(up)
    return cfg.settings.max_concurrency * batch / call_s, batch, call_s


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def ratio(a: float, b: float) -> str:
    return f"{a / b:.3f}×" if b else "–"


def met(ok: bool) -> str:
    return "met" if ok else "**missed**"


def report(
    results: list[ConfigResult],
    fv: FirstVerdict,
    elapsed: float,
    quick: bool,
    flagged_share: float,
) -> str:
    d, nc, n = results
    s = d.config.settings
    lines = [
        f"## Batching benchmark — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
        + (" (quick smoke run)" if quick else ""),
        "",
        "Command: `.venv/bin/python -m bench.batching_bench` (`make bench`).",
        "",
        f"- Machine: {os.cpu_count()} cores, Python {platform.python_version()};"
        f" run took {elapsed:.0f} s.",
        f"- Upstream: Anthropic API emulator, latency model {FIRST_TOKEN_MS:.0f} ms to first token"
        f" + {PER_TOKEN_MS:.0f} ms per output token, ±{JITTER:.0%} seeded jitter; model {MODEL}"
        " (token counts priced at both Haiku 3.5 and 4.5 list prices).",
        f"- Verdicts: oracle judge with the data set's own labels (a category labelled 1 is"
        f' answered at severity {ORACLE_SEVERITY} with the reason "labelled <categories>";'
        f" unknown labels read as 0): {flagged_share:.0%} of the texts are flagged.",
        f"- default: max_batch_items={s.max_batch_items}, max_batch_tokens={s.max_batch_tokens},"
        f" max_wait_ms={s.max_wait_ms:g}, max_concurrency={s.max_concurrency} (AIMD,"
        f" floor {s.min_concurrency}), prompt caching on (first call alone).",
        "- naive-cached: max_batch_items=1, prompt caching on (what a user writes first);"
        " naive: max_batch_items=1, no prompt caching (no cache_control breakpoint); same"
        " concurrency cap.",
        f"- Dataset: {DATASET.name} (OpenAI moderation eval set), distinct texts, one item per"
        " request / stream message; verdict cache cold for every measured item; each phase"
        " starts after one warm-up request that writes the prompt cache, and runs the three"
        " configurations one after the other (unary: default, naive-cached, naive; then"
        " streams in the same order).",
        "",
        "| | default unary | default stream | naive-cached unary | naive-cached stream"
        " | naive unary | naive stream | default ÷ naive-cached (unary)"
        " | default ÷ naive (unary) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]

    def row(name: str, vals: list[str], r1: str = "", r2: str = "") -> None:
        lines.append(f"| {name} | " + " | ".join(vals) + f" | {r1} | {r2} |")

    phases = [d.unary, d.stream, nc.unary, nc.stream, n.unary, n.stream]
    row("items", [str(p.items) for p in phases])
    row("errors", [", ".join(f"{k}={v}" for k, v in p.errors.items()) or "0" for p in phases])
    row(
        "items/s",
        [f"{p.rate:.1f}" for p in phases],
        f"{d.unary.rate / max(nc.unary.rate, 1e-9):.2f}×",
        f"{d.unary.rate / max(n.unary.rate, 1e-9):.2f}×",
    )
    for q in (0.50, 0.95, 0.99):
        row(
            f"latency p{round(q * 100)} (ms)",
            [ms(p.pct(q)) for p in phases],
            f"{d.unary.pct(q) / max(nc.unary.pct(q), 1e-9):.2f}×",
            f"{d.unary.pct(q) / max(n.unary.pct(q), 1e-9):.2f}×",
        )
    row("upstream calls", [str(p.upstream.get("calls", 0)) for p in phases])
    row(
        "items per call",
        [f"{p.upstream['items'] / max(1, p.upstream['calls']):.1f}" for p in phases],
    )
    row("call time, latency model (s)", [f"{nominal_call_s(p.upstream):.2f}" for p in phases])
    row("call time, served (s)", [f"{served_call_s(p.upstream):.2f}" for p in phases])
    tok = [per_item_tokens(p.upstream) for p in phases]
    for key, label in (
        ("input", "input tokens / item"),
        ("cache_read", "cache-read tokens / item"),
        ("cache_write", "cache-write tokens / item"),
        ("output", "output tokens / item"),
    ):
        row(
            label,
            [f"{t[key]:.1f}" for t in tok],
            ratio(tok[0][key], tok[2][key]),
            ratio(tok[0][key], tok[4][key]),
        )
    row(
        "output tokens / flagged verdict",
        [f"{flagged_tokens(p.upstream):.1f}" for p in phases],
    )
    row("prompt-cache hit rate", [f"{cache_hit_rate(p.upstream):.0%}" for p in phases])
    costs: dict[str, list[float]] = {}
    for model, prices in PRICES.items():
        costs[model] = [dollars_per_1000(p.upstream, prices) for p in phases]
        c = costs[model]
        row(
            f"$ / 1,000 items, {model}",
            [f"{x:.4f}" for x in c],
            ratio(c[0], c[2]),
            ratio(c[0], c[4]),
        )
    lines.append("")

    shares: list[float] = []
    for label, cfg_result, phase in (
        ("default, unary", d, d.unary),
        ("default, streams", d, d.stream),
        ("naive-cached, unary", nc, nc.unary),
        ("naive, unary", n, n.unary),
    ):
        limit, batch, call_s = upstream_bound(cfg_result.config, phase.upstream)
        share = phase.rate / limit
        if cfg_result is d:
            shares.append(share)
        lines.append(
            f"- Upstream-bound limit ({label}): cap {cfg_result.config.settings.max_concurrency}"
            f" × {batch:.1f} items per call ÷ {call_s:.2f} s per call from the latency model"
            f" ({FIRST_TOKEN_MS / 1000:.1f} s + {PER_TOKEN_MS:.0f} ms ×"
            f" {phase.upstream['output_tokens'] / max(1, phase.upstream['calls']):.1f} output"
            f" tokens) = {limit:.1f} items/s; measured {phase.rate:.1f} items/s ="
            f" **{share:.0%}** of the limit (the emulator served its calls in"
            f" {served_call_s(phase.upstream):.2f} s on average)."
        )
    dup = d.unary.upstream
    flagged_tok = flagged_tokens(dup)
    clean_tok = tokens_per_verdict(dup["clean_verdict_chars"], dup["clean_verdicts"])
    fv_ratio = [f / w for f, w in zip(fv.firsts, fv.wholes, strict=True)]
    fv_calls = fv.upstream["calls"]
    cost_ratio = costs["Haiku 4.5"][0] / costs["Haiku 4.5"][2]
    lines += [
        f"- Verdict sizes (default, unary; emulator tokens at 4 characters): a clean verdict"
        f' `{{"id":"i7"}},` {clean_tok:.2f} tokens, a flagged one {flagged_tok:.1f} tokens'
        f" ({dup['flagged_verdicts']} of {dup['flagged_verdicts'] + dup['clean_verdicts']}"
        f" verdicts flagged). Without its reason a flagged verdict would be"
        f" `{FLOOR_VERDICT}` ="
        f" {tokens_per_verdict(len(FLOOR_VERDICT), 1):.2f} tokens:"
        " that is the floor of this format with its category and severity; the rest is the"
        " short reason the Verdict contract carries.",
        f"- Time to first verdict, {len(fv.firsts)} streams of"
        f" {fv.upstream['items'] // max(1, fv_calls)} items each written back to back on an"
        f" idle server ({fv_calls} upstream calls for"
        f" {len(fv.firsts)} streams): first verdict after median"
        f" {statistics.median(fv.firsts):.2f} s, all after median"
        f" {statistics.median(fv.wholes):.2f} s; first ÷ whole median"
        f" **{statistics.median(fv_ratio):.0%}** (range {min(fv_ratio):.0%}–{max(fv_ratio):.0%})."
        " A verdict is handed out once the next verdict's id has arrived (so a forged"
        " duplicate id is caught first); the figure includes that wait.",
    ]
    assert d.light is not None and n.light is not None
    lines.append(
        f"- Light load ({d.light.items} sequential single-item requests, emulator answering"
        f" instantly, so all of it is the service plus one loopback HTTP call): default p50"
        f" {d.light.pct(0.5) * 1000:.1f} / p99 {d.light.pct(0.99) * 1000:.1f} ms; naive (no"
        f" batching wait) p50 {n.light.pct(0.5) * 1000:.1f} / p99 {n.light.pct(0.99) * 1000:.1f}"
        f" ms. Batching adds p50 {(d.light.pct(0.5) - n.light.pct(0.5)) * 1000:.1f} / p99"
        f" {(d.light.pct(0.99) - n.light.pct(0.99)) * 1000:.1f} ms"
        f" (target ≤ max_wait {s.max_wait_ms:g} ms + 5 ms)."
    )
    lines += [
        "",
        "Goals (issue 11):",
        "",
        f"- ≥ 90 % of the limit from the latency model: unary {shares[0]:.0%}, streams"
        f" {shares[1]:.0%} — {met(min(shares) >= 0.90)}.",
        f"- $ per 1,000 items ≤ 0.33× naive-cached: {cost_ratio:.3f}× at Haiku 4.5 prices,"
        f" {costs['Haiku 3.5'][0] / costs['Haiku 3.5'][2]:.3f}× at Haiku 3.5 —"
        f" {met(cost_ratio <= 0.33)}.",
        f"- First verdict of a 25-item stream ≤ 30 % of the whole batch:"
        f" {statistics.median(fv_ratio):.0%} — {met(statistics.median(fv_ratio) <= 0.30)}.",
        "",
    ]
    return "\n".join(lines)


async def main_async(quick: bool) -> str:
    sizes = Sizes()
    if quick:
        sizes = Sizes(
            unary_items=256,
            unary_workers=128,
            stream_items=128,
            streams=4,
            light_items=10,
            first_verdict_trials=2,
        )
    t0 = time.perf_counter()
    total = sizes.unary_items + sizes.stream_items
    total += sizes.first_verdict_trials * sizes.first_verdict_items + sizes.light_items
    texts, labels = load_texts(total)
    flagged_share = sum(t in labels for t in texts[: sizes.unary_items]) / sizes.unary_items
    with tempfile.TemporaryDirectory() as tmp:
        labels_file = Path(tmp) / "labels.json"
        labels_file.write_text(json.dumps(labels), encoding="utf-8")
        async with emulator_process(LATENCY, labels=labels_file) as emu:
            with contextlib.ExitStack() as stack:
                results: list[ConfigResult] = []
                procs = []
                for cfg in configs():
                    port = free_port()
                    server = [str(BIN / "moderation-server")]
                    env = haiku_server_env(port, emu.base_url, cfg.env)
                    procs.append(stack.enter_context(process(server, env)))
                    results.append(ConfigResult(cfg, port))
                for r, proc in zip(results, procs, strict=True):
                    await wait_grpc(r.port, proc)
                fv = await run_all(results, emu, texts, sizes)
    return report(results, fv, time.perf_counter() - t0, quick, flagged_share)


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="Batching, cost and throughput benchmark.")
    p.add_argument("--quick", action="store_true", help="a small smoke run")
    p.add_argument(
        "--no-save",
        action="store_true",
        help="print only; do not record in RESULTS.md (the previous run goes to HISTORY.md)",
    )
    args = p.parse_args(argv)
    text = asyncio.run(main_async(args.quick))
    print(text)
    if not args.no_save:
        record(text, FAMILY)


if __name__ == "__main__":
    main()
