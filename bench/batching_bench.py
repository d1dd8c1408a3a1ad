"""Batching, cost and throughput benchmark: the service against the Anthropic API emulator.

Starts the emulator (realistic latency model) and `moderation-server` with the
haiku backend pointed at it, once with the default configuration and once
naive (one item per call, no prompt caching), and drives each with concurrent
gRPC clients through the generated stubs: unary `Moderate` and `ModerateStream`.
Also measures the service's own overhead at light load (emulator latency set
to zero) and a verdict-cache hit against a bare grpc.aio echo server with the
same message sizes. Prints a report and appends it to bench/RESULTS.md.

    .venv/bin/python -m bench.batching_bench [--quick]

Figures from one run are compared as ratios (default ÷ naive), because
absolute times move with the load on shared machines.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from moderation.config import Settings
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

ROOT = Path(__file__).resolve().parents[1]
DATASET = ROOT.parent / "shared" / "data" / "openai-moderation" / "samples-1680.jsonl.gz"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
BIN = Path(sys.executable).parent
MODEL = "claude-haiku-4-5"
# USD per million tokens (input, output); cache writes 1.25x input, cache reads 0.1x.
PRICES = {"Haiku 3.5": (0.80, 4.00), "Haiku 4.5": (1.00, 5.00)}
CACHE_WRITE, CACHE_READ = 1.25, 0.10
FIRST_TOKEN_MS, PER_TOKEN_MS, JITTER = 700.0, 15.0, 0.03


@dataclass(frozen=True)
class Sizes:
    """How much load each phase offers; `--quick` shrinks everything for a smoke run."""

    unary_items: int = 2048
    unary_workers: int = 384
    stream_items: int = 1024
    streams: int = 16
    stream_window: int = 32
    naive_divisor: int = 6  # naive is ~6x slower: fewer items keep the run under 5 minutes
    light_items: int = 60
    hit_requests: int = 10_000
    hit_workers: int = 32


@dataclass(frozen=True)
class Config:
    name: str
    env: dict[str, str]
    prompt_caching: bool
    settings: Settings


def configs() -> list[Config]:
    default = Settings()
    naive_env = {
        "MODERATION_MAX_BATCH_ITEMS": "1",
        "MODERATION_PROMPT_CACHE_TTL_SECONDS": "0",
        "MODERATION_HAIKU_PROMPT_CACHE": "off",  # no cache_control breakpoint at all
    }
    naive = Settings.load(None, naive_env)
    return [Config("default", {}, True, default), Config("naive", naive_env, False, naive)]


# --- processes ----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def process(args: Sequence[str], env: dict[str, str] | None = None, log: Path | None = None) -> Any:
    """A child process, stopped with SIGTERM at exit; stderr to `log` when given.

    A long run should pass `log`: an unread stderr pipe fills up and blocks the child.
    """
    with contextlib.ExitStack() as stack:
        stderr: Any = subprocess.PIPE if log is None else stack.enter_context(log.open("ab"))
        proc = subprocess.Popen(
            list(args), env=env, stdout=subprocess.DEVNULL, stderr=stderr, cwd=ROOT
        )
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def _died(proc: subprocess.Popen[bytes], what: str) -> RuntimeError:
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    return RuntimeError(f"{what} exited early:\n{err[-4000:]}")


def _http(url: str, payload: dict[str, Any] | None = None) -> dict[str, Any]:
    data = None if payload is None else json.dumps(payload).encode()
    req = urllib.request.Request(url, data=data, headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        doc: dict[str, Any] = json.loads(resp.read())
    return doc


async def wait_http(url: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            raise _died(proc, "emulator")
        with contextlib.suppress(OSError):
            await asyncio.to_thread(_http, url + "/bench/stats")
            return
        await asyncio.sleep(0.1)
    raise RuntimeError("emulator did not start")


async def wait_grpc(port: int, proc: subprocess.Popen[bytes]) -> None:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        health = health_pb2_grpc.HealthStub(channel)
        for _ in range(600):
            if proc.poll() is not None:
                raise _died(proc, "moderation-server")
            with contextlib.suppress(grpc.aio.AioRpcError):
                reply = await health.Check(health_pb2.HealthCheckRequest(), timeout=1.0)
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            await asyncio.sleep(0.2)
    raise RuntimeError("moderation-server did not report SERVING")


class EmulatorControl:
    """The benchmark routes of bench.emulator_proc (loopback HTTP)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    async def reset(self, keep_prompt_cache: bool = False) -> None:
        url = self.base_url + "/bench/reset"
        await asyncio.to_thread(_http, url, {"keep_prompt_cache": keep_prompt_cache})

    async def latency(self, first_token_ms: float, per_token_ms: float) -> None:
        body = {
            "first_token_seconds": first_token_ms / 1000,
            "per_token_seconds": per_token_ms / 1000,
        }
        await asyncio.to_thread(_http, self.base_url + "/bench/latency", body)

    async def stats(self) -> dict[str, Any]:
        return await asyncio.to_thread(_http, self.base_url + "/bench/stats")


# --- load ---------------------------------------------------------------------


def load_texts(count: int) -> list[str]:
    """`count` distinct texts: the dataset's, then again with a numbered suffix."""
    with gzip.open(DATASET, "rt", encoding="utf-8") as f:
        texts = list(dict.fromkeys(json.loads(line)["prompt"] for line in f if line.strip()))
    texts = [t for t in texts if t.strip()]
    return [texts[i % len(texts)] + ("" if i < len(texts) else f" ({i})") for i in range(count)]


@dataclass
class PhaseResult:
    items: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    elapsed: float = 0.0
    sources: dict[str, int] = field(default_factory=dict)
    input_tokens: float = 0.0  # summed from each verdict's usage share
    upstream: dict[str, Any] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.items / self.elapsed if self.elapsed else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        s = sorted(self.latencies)
        return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]

    def note(self, result: pb.ItemResult) -> None:
        if result.WhichOneof("outcome") == "verdict":
            name = pb.VerdictSource.Name(result.verdict.source)
            self.sources[name] = self.sources.get(name, 0) + 1
        else:
            code = f"item:{result.error.code}"
            self.errors[code] = self.errors.get(code, 0) + 1


def channels(port: int, n: int) -> list[grpc.aio.Channel]:
    # A few connections, as several client replicas would open.
    return [
        grpc.aio.insecure_channel(
            f"127.0.0.1:{port}", options=[("grpc.use_local_subchannel_pool", 1)]
        )
        for _ in range(n)
    ]


async def unary_load(port: int, texts: list[str], workers: int) -> PhaseResult:
    out = PhaseResult()
    chans = channels(port, 4)
    stubs = [pb_grpc.ModerationServiceStub(c) for c in chans]
    queue = iter(enumerate(texts))

    async def worker(n: int) -> None:
        stub = stubs[n % len(stubs)]
        for i, text in queue:
            req = pb.ModerateRequest(items=[pb.Item(id=f"u{i}", text=text)])
            t0 = time.perf_counter()
            try:
                reply = await stub.Moderate(req, timeout=120)
            except grpc.aio.AioRpcError as exc:
                key = exc.code().name
                out.errors[key] = out.errors.get(key, 0) + 1
                continue
            out.latencies.append(time.perf_counter() - t0)
            out.items += 1
            for r in reply.results:
                out.note(r)

    t0 = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(workers)))
    out.elapsed = time.perf_counter() - t0
    for c in chans:
        await c.close(None)
    return out


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


async def hammer(target: str, method: str, request: bytes, total: int, workers: int) -> PhaseResult:
    """Closed-loop unary calls with raw bytes: the same client code for service and echo."""
    out = PhaseResult()
    async with grpc.aio.insecure_channel(target) as ch:
        call = ch.unary_unary(method, request_serializer=None, response_deserializer=None)
        remaining = [total]

        async def worker() -> None:
            while remaining[0] > 0:
                remaining[0] -= 1
                t0 = time.perf_counter()
                await call(request, timeout=30)
                out.latencies.append(time.perf_counter() - t0)
                out.items += 1

        await call(request, timeout=30)  # connect
        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(workers)))
        out.elapsed = time.perf_counter() - t0
    return out


# --- one configuration --------------------------------------------------------


@dataclass
class ConfigResult:
    config: Config
    unary: PhaseResult
    stream: PhaseResult
    light: PhaseResult
    cache_hit: PhaseResult | None = None
    hit_reply_bytes: int = 0
    hit_request: bytes = b""
    hit_workers: int = 0


async def run_config(
    cfg: Config, emu: EmulatorControl, texts: list[str], sizes: Sizes, quick: bool
) -> ConfigResult:
    port = free_port()
    env = dict(
        os.environ,
        MODERATION_HOST="127.0.0.1",
        MODERATION_PORT=str(port),
        MODERATION_BACKEND="haiku",
        MODERATION_FALLBACK="none",
        MODERATION_MODELS=MODEL,
        MODERATION_LOG_LEVEL="WARNING",
        ANTHROPIC_API_KEY="bench-key",
        ANTHROPIC_BASE_URL=emu.base_url,
        **cfg.env,
    )
    divisor = 1 if cfg.prompt_caching else sizes.naive_divisor
    n_unary = max(8, sizes.unary_items // divisor)
    n_stream = max(8, sizes.stream_items // divisor)
    unary_texts = texts[:n_unary]
    stream_texts = texts[n_unary : n_unary + n_stream]
    light_texts = texts[-sizes.light_items :]
    await emu.reset()
    await emu.latency(FIRST_TOKEN_MS, PER_TOKEN_MS)
    with process([str(BIN / "moderation-server")], env) as proc:
        await wait_grpc(port, proc)
        # One request first: it writes the prompt cache (the batcher sends it alone).
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
            warm = pb.ModerateRequest(items=[pb.Item(id="warm", text="good morning")])
            await pb_grpc.ModerationServiceStub(ch).Moderate(warm, timeout=60)
        await emu.reset(keep_prompt_cache=True)
        unary = await unary_load(port, unary_texts, min(sizes.unary_workers, n_unary))
        unary.upstream = await emu.stats()
        await emu.reset(keep_prompt_cache=True)
        stream = await stream_load(port, stream_texts, sizes.streams, sizes.stream_window)
        stream.upstream = await emu.stats()
        # Light load, upstream answering instantly: what the service itself adds.
        await emu.latency(0.0, 0.0)
        await emu.reset(keep_prompt_cache=True)
        light = await sequential(port, light_texts)
        light.upstream = await emu.stats()
        result = ConfigResult(cfg, unary, stream, light)
        if cfg.prompt_caching:
            # A verdict-cache hit: the same text again, as raw bytes through one client code path.
            req = pb.ModerateRequest(items=[pb.Item(id="hit", text=unary_texts[0])])
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
                reply = await pb_grpc.ModerationServiceStub(ch).Moderate(req, timeout=30)
            assert reply.results[0].verdict.source == pb.VERDICT_SOURCE_CACHE, reply
            result.hit_request = req.SerializeToString()
            result.hit_reply_bytes = reply.ByteSize()
            result.hit_workers = sizes.hit_workers
            result.cache_hit = await hammer(
                f"127.0.0.1:{port}",
                "/moderation.v1.ModerationService/Moderate",
                result.hit_request,
                sizes.hit_requests,
                sizes.hit_workers,
            )
    return result


async def run_echo(request: bytes, reply_bytes: int, sizes: Sizes) -> PhaseResult:
    port = free_port()
    args = [sys.executable, "-m", "bench.echo_server", "--port", str(port)]
    with process([*args, "--reply-bytes", str(reply_bytes)]) as proc:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
            for _ in range(300):
                if proc.poll() is not None:
                    raise _died(proc, "echo server")
                try:
                    echo = ch.unary_unary("/bench.Echo/Echo", None, None)
                    await echo(b"", timeout=1)
                    break
                except grpc.aio.AioRpcError:
                    await asyncio.sleep(0.1)
        return await hammer(
            f"127.0.0.1:{port}", "/bench.Echo/Echo", request, sizes.hit_requests, sizes.hit_workers
        )


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


def upstream_bound(cfg: Config, up: dict[str, Any]) -> tuple[float, float, float]:
    """(items/s limit, mean batch, mean call latency): cap x batch / call latency.

    The call latency is what the emulator took to answer (first byte of the
    request to the last byte of the reply), so the limit is what a service that
    kept every slot busy with full batches would get from this upstream.
    """
    calls = max(1, up["calls"])
    batch = up["items"] / calls
    latency = up["served_latency_s"] / max(1, up["served_calls"])
    return cfg.settings.max_concurrency * batch / latency, batch, latency


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def report(
    results: list[ConfigResult], echo: PhaseResult | None, elapsed: float, quick: bool
) -> str:
    d, n = results[0], results[1]
    s = d.config.settings
    lines = [
        f"## Batching benchmark — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
        + (" (quick smoke run)" if quick else ""),
        "",
        f"- Machine: {os.cpu_count()} cores, Python {platform.python_version()};"
        f" run took {elapsed:.0f} s.",
        f"- Upstream: Anthropic API emulator, latency model {FIRST_TOKEN_MS:.0f} ms to first token"
        f" + {PER_TOKEN_MS:.0f} ms per output token, ±{JITTER:.0%} seeded jitter; model {MODEL}"
        " (token counts priced at both Haiku 3.5 and 4.5 list prices).",
        f"- Default: max_batch_items={s.max_batch_items}, max_batch_tokens={s.max_batch_tokens},"
        f" max_wait_ms={s.max_wait_ms:g}, max_concurrency={s.max_concurrency} (AIMD,"
        f" floor {s.min_concurrency}), prompt caching on (first call alone).",
        "- Naive: max_batch_items=1, no prompt caching (no cache_control breakpoint),"
        " same concurrency cap.",
        f"- Dataset: {DATASET.name} (OpenAI moderation eval set), distinct texts, one item per"
        " request / stream message; verdict cache cold for every measured item; after one warm-up"
        " request per server.",
        "",
        "| | default unary | default stream | naive unary | naive stream"
        " | default ÷ naive (unary) |",
        "|---|---|---|---|---|---|",
    ]

    def row(name: str, vals: list[str], ratio: str = "") -> None:
        lines.append(f"| {name} | " + " | ".join(vals) + f" | {ratio} |")

    phases = [d.unary, d.stream, n.unary, n.stream]
    row("items", [str(p.items) for p in phases])
    row(
        "errors",
        [", ".join(f"{k}={v}" for k, v in p.errors.items()) or "0" for p in phases],
    )
    row(
        "items/s",
        [f"{p.rate:.1f}" for p in phases],
        f"{d.unary.rate / max(n.unary.rate, 1e-9):.2f}×",
    )
    for q in (0.50, 0.95, 0.99):
        row(
            f"latency p{round(q * 100)} (ms)",
            [ms(p.pct(q)) for p in phases],
            f"{d.unary.pct(q) / max(n.unary.pct(q), 1e-9):.2f}×",
        )
    row("upstream calls", [str(p.upstream.get("calls", 0)) for p in phases])
    row(
        "items per call",
        [f"{p.upstream['items'] / max(1, p.upstream['calls']):.1f}" for p in phases],
    )
    tok = [per_item_tokens(p.upstream) for p in phases]
    for key, label in (
        ("input", "input tokens / item"),
        ("cache_read", "cache-read tokens / item"),
        ("cache_write", "cache-write tokens / item"),
        ("output", "output tokens / item"),
    ):
        ratio = f"{tok[0][key] / tok[2][key]:.2f}×" if tok[2][key] else "–"
        row(label, [f"{t[key]:.1f}" for t in tok], ratio)
    row("prompt-cache hit rate", [f"{cache_hit_rate(p.upstream):.0%}" for p in phases])
    for model, prices in PRICES.items():
        costs = [dollars_per_1000(p.upstream, prices) for p in phases]
        row(f"$ / 1,000 items, {model}", [f"{c:.4f}" for c in costs], f"{costs[0] / costs[2]:.3f}×")
    lines.append("")
    limit, batch, latency = upstream_bound(d.config, d.unary.upstream)
    lines.append(
        f"- Upstream-bound limit (default, unary): cap {s.max_concurrency} × {batch:.1f} items per"
        f" call ÷ {latency:.2f} s per call = {limit:.1f} items/s; measured {d.unary.rate:.1f}"
        f" items/s = **{d.unary.rate / limit:.0%}** of the limit."
    )
    slimit, sbatch, slatency = upstream_bound(d.config, d.stream.upstream)
    lines.append(
        f"- Same for streams: {s.max_concurrency} × {sbatch:.1f} ÷ {slatency:.2f} s = {slimit:.1f}"
        f" items/s; measured {d.stream.rate:.1f} = **{d.stream.rate / slimit:.0%}**."
    )
    nlimit, nbatch, nlatency = upstream_bound(n.config, n.unary.upstream)
    lines.append(
        f"- Naive limit: {n.config.settings.max_concurrency} × {nbatch:.1f} ÷ {nlatency:.2f} s ="
        f" {nlimit:.1f} items/s; measured {n.unary.rate:.1f} = {n.unary.rate / nlimit:.0%}."
    )
    lines.append(
        f"- Light load ({d.light.items} sequential single-item requests, emulator answering"
        f" instantly, so all of it is the service plus one loopback HTTP call): default p50"
        f" {d.light.pct(0.5) * 1000:.1f} / p99 {d.light.pct(0.99) * 1000:.1f} ms; naive (no"
        f" batching wait) p50 {n.light.pct(0.5) * 1000:.1f} / p99 {n.light.pct(0.99) * 1000:.1f}"
        f" ms. Batching adds p50 {(d.light.pct(0.5) - n.light.pct(0.5)) * 1000:.1f} / p99"
        f" {(d.light.pct(0.99) - n.light.pct(0.99)) * 1000:.1f} ms"
        f" (target ≤ max_wait {s.max_wait_ms:g} ms + 5 ms)."
    )
    if d.cache_hit is not None and echo is not None:
        lines.append(
            f"- Verdict-cache hit, unary Moderate ({len(d.hit_request)} B request,"
            f" {d.hit_reply_bytes} B reply, {d.cache_hit.items} calls from"
            f" {d.hit_workers} concurrent"
            f" callers): {d.cache_hit.rate:.0f}/s, p50 {ms(d.cache_hit.pct(0.5))} ms; bare grpc.aio"
            f" echo, same sizes: {echo.rate:.0f}/s, p50 {ms(echo.pct(0.5))} ms ="
            f" **{d.cache_hit.rate / echo.rate:.0%}** of echo."
        )
    lines.append("")
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
            hit_requests=1000,
        )
    t0 = time.perf_counter()
    texts = load_texts(sizes.unary_items + sizes.stream_items + sizes.light_items)
    eport = free_port()
    emu_args = [sys.executable, "-m", "bench.emulator_proc", "--port", str(eport)]
    emu_args += ["--first-token-ms", str(FIRST_TOKEN_MS), "--per-token-ms", str(PER_TOKEN_MS)]
    emu_args += ["--jitter", str(JITTER)]
    with process(emu_args, dict(os.environ)) as eproc:
        emu = EmulatorControl(f"http://127.0.0.1:{eport}")
        await wait_http(emu.base_url, eproc)
        results = []
        for cfg in configs():
            print(f"running {cfg.name} …", file=sys.stderr, flush=True)
            results.append(await run_config(cfg, emu, texts, sizes, quick))
    echo = None
    if results[0].cache_hit is not None:
        echo = await run_echo(results[0].hit_request, results[0].hit_reply_bytes, sizes)
    return report(results, echo, time.perf_counter() - t0, quick)


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="Batching, cost and throughput benchmark.")
    p.add_argument("--quick", action="store_true", help="a small smoke run")
    p.add_argument("--no-save", action="store_true", help="print only; do not append RESULTS.md")
    args = p.parse_args(argv)
    text = asyncio.run(main_async(args.quick))
    print(text)
    if not args.no_save:
        with RESULTS.open("a", encoding="utf-8") as f:
            if f.tell() == 0:
                f.write("# Benchmark results\n\nAppended by `make bench`; newest last.\n\n")
            f.write(text + "\n")


if __name__ == "__main__":
    main()
