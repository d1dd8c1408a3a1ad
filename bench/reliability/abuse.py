"""Scenario: hostile input costs its sender, not the service.

Each case attacks a fresh server from outside, measures what the attack cost
the server (its memory, another caller's latency, its event loop) or whether
the attack worked, and then checks the server is still healthy (health
SERVING and one good call answered). Cases are registered with `@case(name)`
in the order they run; another module adds its own by importing this one and
registering more (its import in `bench/reliability/__main__.py` makes them
part of the scenario).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
import urllib.request
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import grpc

from bench.harness import Latency, free_port, redis_server
from bench.reliability import inputs
from bench.reliability.h2flood import flood
from bench.reliability.harness import (
    AUTH_TOKEN,
    TARGET,
    ScenarioResult,
    Stack,
    count,
    fmt_counts,
    health,
    healthy,
    labelled,
    proc_sample,
    settings_line,
    stack,
)
from moderation.v1 import moderation_pb2 as pb

MIB = 1024 * 1024
MODERATE = "/moderation.v1.ModerationService/Moderate"
# A fast upstream: what is measured is the server's own delay, not the model's.
FAST = Latency(first_token_ms=20.0, per_token_ms=0.5)
HMAC_KEY = "abuse-scenario-cache-key"


@dataclass(frozen=True)
class AbuseLoad:
    connections: int = 16  # unauthenticated senders, one connection each
    message_mib: int = 60
    hold_seconds: float = 5.0
    streams: int = 100  # calls per connection in the second wave (remaining exposure)
    images: int = 4
    image_edge: int = 8000
    budget_edge: int = 5000  # images at the default 25 MP budget, which must still be judged
    job_images: int = 50_000
    huge_job_bytes: int = 1_900_000_000


Case = Callable[[AbuseLoad, ScenarioResult, Path], Awaitable[None]]
CASES: dict[str, Case] = {}


def case(name: str) -> Callable[[Case], Case]:
    """Register a case of the scenario under `name` (cases run in registration order)."""

    def register(fn: Case) -> Case:
        CASES[name] = fn
        return fn

    return register


async def run(load: AbuseLoad, logs: Path, only: tuple[str, ...] = ()) -> ScenarioResult:
    names = [n for n in CASES if not only or n in only]
    result = ScenarioResult(
        "abuse",
        "Abuse: hostile input costs its sender, not the service",
        f"{TARGET} --only abuse",
    )
    result.setup = [
        "Every case starts its own server (and emulator), attacks it from outside, then checks"
        " it is healthy: health SERVING and one good Moderate call answered with a verdict.",
        f"Cases: {', '.join(names)}.",
    ]
    t0 = time.perf_counter()
    for name in names:
        await CASES[name](load, result, logs)
    result.elapsed = time.perf_counter() - t0
    result.observe("wall time", f"{result.elapsed:.0f} s")
    return result


async def then_healthy(result: ScenarioResult, s: Stack, name: str) -> None:
    ok, why = await healthy(s, "a quiet afternoon in the park")
    result.goal(f"{name}: then healthy", "SERVING, probe answered", why, ok)


# --- measuring ---------------------------------------------------------------------------


class RssWatch:
    """Samples a process's RSS every 50 ms while running; the peak and the last sample."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.baseline = proc_sample(pid, 0.0).rss_kib
        self.peak = self.baseline
        self.last = self.baseline
        self._task: asyncio.Task[None] | None = None

    async def _sample(self) -> None:
        while True:
            with contextlib.suppress(OSError):
                self.last = proc_sample(self.pid, 0.0).rss_kib
                self.peak = max(self.peak, self.last)
            await asyncio.sleep(0.05)

    @contextlib.asynccontextmanager
    async def watching(self) -> AsyncIterator[RssWatch]:
        self._task = asyncio.create_task(self._sample())
        try:
            yield self
        finally:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    @property
    def growth_mb(self) -> float:
        return (self.peak - self.baseline) / 1024


def p99(samples: list[float]) -> float:
    if not samples:
        return 0.0
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


class Neighbour:
    """Another caller: one-item Moderate calls of fresh texts, one after another, timed."""

    def __init__(self, s: Stack, tag: str) -> None:
        self.s = s
        self.tag = tag
        self.latencies: list[float] = []
        self.outcomes: dict[str, int] = {}
        self._task: asyncio.Task[None] | None = None

    async def _loop(self) -> None:
        n = 0
        while True:
            n += 1
            req = pb.ModerateRequest(
                items=[pb.Item(id="n", text=f"neighbour {self.tag} note {n} about the weather")]
            )
            t0 = time.perf_counter()
            try:
                reply = await self.s.stub(1).Moderate(req, timeout=30, metadata=self.s.metadata())
                count(self.outcomes, reply.results[0].WhichOneof("outcome") or "?")
            except grpc.aio.AioRpcError as exc:
                count(self.outcomes, f"call:{exc.code().name}")
            self.latencies.append(time.perf_counter() - t0)
            await asyncio.sleep(0.02)

    @contextlib.asynccontextmanager
    async def calling(self) -> AsyncIterator[Neighbour]:
        self._task = asyncio.create_task(self._loop())
        try:
            yield self
        finally:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


class HealthProbe:
    """Health checks every 20 ms, timed: a stalled event loop shows as a slow answer."""

    def __init__(self, s: Stack) -> None:
        self.s = s
        self.latencies: list[float] = []

    async def _loop(self) -> None:
        while True:
            t0 = time.perf_counter()
            await health(self.s.target)
            self.latencies.append(time.perf_counter() - t0)
            await asyncio.sleep(0.02)

    @contextlib.asynccontextmanager
    async def probing(self) -> AsyncIterator[HealthProbe]:
        task = asyncio.create_task(self._loop())
        try:
            yield self
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


_BUCKET = re.compile(r'^moderation_event_loop_lag_seconds_bucket\{le="([^"]+)"\} (\S+)$')


def loop_lag_buckets(metrics_port: int) -> dict[float, float] | None:
    """The server's event-loop lag histogram (cumulative counts by bound); None without one."""
    url = f"http://127.0.0.1:{metrics_port}/metrics"
    with urllib.request.urlopen(url, timeout=10) as resp:
        text = resp.read().decode()
    out = {}
    for line in text.splitlines():
        m = _BUCKET.match(line)
        if m:
            out[float(m.group(1))] = float(m.group(2))
    return out or None


def _upload_codes(metrics_port: int) -> list[str]:
    """The codes UploadJob calls ended with, by the server's rpc_duration_seconds."""
    url = f"http://127.0.0.1:{metrics_port}/metrics"
    with urllib.request.urlopen(url, timeout=10) as resp:
        text = resp.read().decode()
    found = re.findall(
        r'^moderation_rpc_duration_seconds_count\{code="(\w+)",method="UploadJob"\} ([0-9.e+]+)',
        text,
        flags=re.MULTILINE,
    )
    return [code for code, n in found if float(n) > 0]


def bucket_p99(before: dict[float, float], after: dict[float, float]) -> tuple[float, int]:
    """The p99 (the upper bound of its bucket) of the samples taken between two scrapes."""
    bounds = sorted(after)
    total = after[bounds[-1]] - before.get(bounds[-1], 0.0)
    for b in bounds:
        if after[b] - before.get(b, 0.0) >= 0.99 * total:
            return b, int(total)
    return bounds[-1], int(total)


# --- cases -----------------------------------------------------------------------------


@case("unauthenticated_flood")
async def unauthenticated_flood(load: AbuseLoad, result: ScenarioResult, logs: Path) -> None:
    """Big messages from callers without a token must not be held by the server."""
    extra = {"MODERATION_AUTH_TOKENS": AUTH_TOKEN}
    size = load.message_mib * MIB
    message = pb.ModerateRequest(
        items=[pb.Item(id="x", text="a" * (size - 16))]
    ).SerializeToString()
    result.setup.append(
        f"unauthenticated_flood: {load.connections} raw HTTP/2 connections, no token, each"
        f" starting one Moderate call that announces a {load.message_mib} MiB message and sends"
        " it as fast as flow control allows, then holding the connection"
        f" {load.hold_seconds:g} s; server RSS sampled every 50 ms. Then the same with"
        f" {load.streams} calls on each connection. " + settings_line("abuse", extra)
    )
    async with stack("abuse", labelled(1), FAST, logs=logs, overrides=extra) as s:
        await healthy(s, "warm up the server before measuring")
        watch = RssWatch(s.pid)
        async with watch.watching():
            floods = await asyncio.gather(
                *(
                    flood("127.0.0.1", s.port, MODERATE, message, load.hold_seconds)
                    for _ in range(load.connections)
                )
            )
            held = watch.last
        await asyncio.sleep(1.0)
        after = proc_sample(s.pid, 0.0).rss_kib
        result.goal(
            f"unauthenticated_flood: server RSS growth, {load.connections} x"
            f" {load.message_mib} MiB without a token",
            "< 200 MB",
            f"{watch.growth_mb:.0f} MB",
            watch.growth_mb < 200,
        )
        sent = sum(f.sent for f in floods)
        outcome: dict[str, int] = {}
        for f in floods:
            count(outcome, "answered" if f.answered else "reset" if f.reset else "no answer")
        result.observe(
            "unauthenticated_flood",
            f"RSS {watch.baseline / 1024:.0f} MB before, peak {watch.peak / 1024:.0f} MB, "
            f"{held / 1024:.0f} MB while the connections were held, {after / 1024:.0f} MB 1 s"
            f" after they left; the server let in {sent / MIB:.1f} MiB of"
            f" {load.connections * size / MIB:.0f} MiB; calls {fmt_counts(outcome)}",
        )
        # What is left: many calls on each connection, each pushing what its window allows.
        many = RssWatch(s.pid)
        async with many.watching():
            waves = await asyncio.gather(
                *(
                    flood(
                        "127.0.0.1", s.port, MODERATE, message, load.hold_seconds, (), load.streams
                    )
                    for _ in range(load.connections)
                )
            )
        result.observe(
            f"unauthenticated_flood, {load.streams} calls per connection",
            f"peak RSS growth {many.growth_mb:.0f} MB; the server let in"
            f" {sum(w.sent for w in waves) / MIB:.1f} MiB of"
            f" {load.connections * load.streams * size / MIB:,.0f} MiB",
        )
        await then_healthy(result, s, "unauthenticated_flood")


async def _timed_images(
    s: Stack, images: list[bytes], neighbour_tag: str
) -> tuple[RssWatch, Neighbour, dict[str, int]]:
    watch = RssWatch(s.pid)
    neighbour = Neighbour(s, neighbour_tag)
    codes: dict[str, int] = {}

    async def send(n: int, data: bytes) -> None:
        req = pb.ModerateRequest(
            items=[pb.Item(id=f"img{n}", image=pb.Image(data=data, media_type="image/png"))]
        )
        try:
            reply = await s.stub(2 + n).Moderate(req, timeout=120)
            r = reply.results[0]
            count(codes, "verdict" if r.WhichOneof("outcome") == "verdict" else "item error")
        except grpc.aio.AioRpcError as exc:
            count(codes, exc.code().name)

    async with watch.watching(), neighbour.calling():
        await asyncio.sleep(1.0)  # the neighbour's calls before the images arrive
        await asyncio.gather(*(send(n, d) for n, d in enumerate(images)))
        await asyncio.sleep(0.5)
    return watch, neighbour, codes


@case("image_bombs")
async def image_bombs(load: AbuseLoad, result: ScenarioResult, logs: Path) -> None:
    """Images tiny on the wire and huge decoded, on the embedded judge that also scores text."""
    extra = {"MODERATION_BACKEND": "local"}
    edge, budget = load.image_edge, load.budget_edge
    bombs = [inputs.png_rgba(edge, edge, (n, 40, 80, 255)) for n in range(load.images)]
    at_budget = [inputs.png_rgba(budget, budget, (n, 90, 30, 255)) for n in range(load.images)]
    result.setup.append(
        f"image_bombs: {load.images} RGBA PNGs of {edge:,} x {edge:,} px"
        f" ({len(bombs[0]) / 1024:.0f} KB each, {edge * edge * 4 / MIB:.0f} MiB decoded) in"
        f" {load.images} concurrent Moderate calls, then {load.images} of {budget:,} x"
        f" {budget:,} px (at the default pixel budget); meanwhile another caller sends"
        " one-item text calls one after another. Embedded backend (it decodes images and"
        " scores texts in the same process), its image model run once on a small image"
        " before measuring. " + settings_line("abuse", extra)
    )
    async with stack("abuse", labelled(1), FAST, logs=logs, overrides=extra) as s:
        await healthy(s, "warm up the server before measuring")
        # The image model's first run sizes its own buffers: done before measuring.
        small = pb.Image(data=inputs.png_rgba(64, 64, (1, 2, 3, 255)), media_type="image/png")
        await s.stub().Moderate(pb.ModerateRequest(items=[pb.Item(id="w", image=small)]))
        watch, neighbour, codes = await _timed_images(s, bombs, "bombs")
        result.goal(
            f"image_bombs: peak RSS growth, {load.images} x {edge:,}² px PNGs",
            "< 150 MB",
            f"{watch.growth_mb:.0f} MB",
            watch.growth_mb < 150,
        )
        text_p99 = p99(neighbour.latencies)
        result.goal(
            "image_bombs: another caller's text p99 meanwhile",
            "< 1 s",
            f"{text_p99 * 1000:.0f} ms ({len(neighbour.latencies)} calls)",
            text_p99 < 1.0 and bool(neighbour.latencies),
        )
        result.observe(
            "image_bombs",
            f"image calls {fmt_counts(codes)}; neighbour {fmt_counts(neighbour.outcomes)}",
        )
        watch2, neighbour2, codes2 = await _timed_images(s, at_budget, "budget")
        result.observe(
            f"image_bombs at the budget ({budget:,}² px)",
            f"image calls {fmt_counts(codes2)}; peak RSS growth {watch2.growth_mb:.0f} MB;"
            f" another caller's text p99 {p99(neighbour2.latencies) * 1000:.0f} ms"
            f" ({len(neighbour2.latencies)} calls)",
        )
        await then_healthy(result, s, "image_bombs")


@case("image_job")
async def image_job(load: AbuseLoad, result: ScenarioResult, logs: Path) -> None:
    """One CreateJob of many tiny images must not stall other callers or the event loop."""
    metrics_port = free_port()
    extra = {"MODERATION_METRICS_PORT": str(metrics_port), "MODERATION_FALLBACK": "none"}
    items = [
        pb.Item(id=f"j{n}", image=pb.Image(data=inputs.png_tiny(n), media_type="image/png"))
        for n in range(load.job_images)
    ]
    request = pb.CreateJobRequest(items=items)
    result.setup.append(
        f"image_job: one CreateJob of {load.job_images:,} distinct 1 x 1 PNGs"
        f" ({request.ByteSize() / MIB:.1f} MiB) while another caller sends one-item text calls"
        " one after another and a prober checks health every 20 ms; measured from the call's"
        " start to its answer, then the job is cancelled. Emulator"
        f" {FAST.describe()}. " + settings_line("abuse", extra)
    )
    async with stack("abuse", labelled(1), FAST, logs=logs, overrides=extra) as s:
        await healthy(s, "warm up the server before measuring")
        before = await asyncio.to_thread(loop_lag_buckets, metrics_port)
        neighbour = Neighbour(s, "job")
        probe = HealthProbe(s)
        code = "OK"
        name = ""
        t0 = time.perf_counter()
        async with neighbour.calling(), probe.probing():
            await asyncio.sleep(1.0)
            neighbour.latencies.clear()
            probe.latencies.clear()
            t0 = time.perf_counter()
            try:
                reply = await s.stub(2).CreateJob(request, timeout=300, metadata=s.metadata())
                name = reply.job.name
            except grpc.aio.AioRpcError as exc:
                code = exc.code().name
            took = time.perf_counter() - t0
        after = await asyncio.to_thread(loop_lag_buckets, metrics_port)
        if name:
            with contextlib.suppress(grpc.aio.AioRpcError):
                await s.stub().CancelJob(pb.CancelJobRequest(name=name), timeout=60)
        text_p99 = p99(neighbour.latencies)
        result.goal(
            f"image_job: another caller's p99 during a {load.job_images:,}-image CreateJob",
            "< 0.5 s",
            f"{text_p99 * 1000:.0f} ms ({len(neighbour.latencies)} calls)",
            text_p99 < 0.5 and bool(neighbour.latencies),
        )
        probe_p99 = p99(probe.latencies)
        if before is not None and after is not None:
            lag, samples = bucket_p99(before, after)
            result.goal(
                "image_job: event-loop lag p99 (the server's histogram)",
                "< 100 ms",
                f"≤ {lag * 1000:g} ms ({samples} samples)",
                lag < 0.1,
            )
        else:
            result.goal(
                "image_job: event-loop lag p99 (no histogram: health-probe latency p99)",
                "< 100 ms",
                f"{probe_p99 * 1000:.0f} ms",
                probe_p99 < 0.1,
            )
        result.observe(
            "image_job",
            f"CreateJob {code} after {took:.2f} s; health-probe p99"
            f" {probe_p99 * 1000:.0f} ms ({len(probe.latencies)} probes); neighbour"
            f" {fmt_counts(neighbour.outcomes)}",
        )
        await then_healthy(result, s, "image_job")


@case("huge_job")
async def huge_job(load: AbuseLoad, result: ScenarioResult, logs: Path) -> None:
    """A job of ~1.9 GB of text, streamed with UploadJob, on the haiku path: refused up front
    (the per-job byte limit) before the server holds much of it, never an OOM crash-loop."""
    metrics_port = free_port()
    extra = {"MODERATION_FALLBACK": "none", "MODERATION_METRICS_PORT": str(metrics_port)}
    text = "w" * 31_000
    per_message = 128  # ~4 MiB a message, under the message limit
    messages = int(load.huge_job_bytes / (per_message * len(text))) + 1
    result.setup.append(
        f"huge_job: one UploadJob streaming {messages} messages of {per_message} texts of"
        f" {len(text):,} characters ({load.huge_job_bytes / 1e9:.1f} GB in all) on the haiku"
        " path; server RSS sampled every 50 ms. " + settings_line("abuse", extra)
    )
    sent = 0

    async def upload() -> AsyncIterator[pb.UploadJobRequest]:
        nonlocal sent
        for m in range(messages):
            items = [pb.Item(id=f"h{m}-{k}", text=text) for k in range(per_message)]
            sent += per_message * len(text)
            yield pb.UploadJobRequest(items=items)

    async with stack("abuse", labelled(1), FAST, logs=logs, overrides=extra) as s:
        await healthy(s, "warm up the server before measuring")
        listed = await s.stub().ListJobs(pb.ListJobsRequest(), timeout=30, metadata=s.metadata())
        before = {j.name for j in listed.jobs}  # earlier cases' jobs, in the same data dir
        watch = RssWatch(s.pid)
        code, field = "OK", ""
        async with watch.watching():
            try:
                await s.stub().UploadJob(upload(), timeout=300, metadata=s.metadata())
            except grpc.aio.AioRpcError as exc:
                code = exc.code().name
                field = (exc.details() or "")[:80]
        # The server's own count of how the call ended: a Python client still writing when
        # the server refuses may say only INTERNAL (grpc/grpc#36066).
        ended = await asyncio.to_thread(_upload_codes, metrics_port)
        listed = await s.stub().ListJobs(pb.ListJobsRequest(), timeout=30, metadata=s.metadata())
        kept = [j.name for j in listed.jobs if j.name not in before]
        refused = set(ended) <= {"RESOURCE_EXHAUSTED", "INVALID_ARGUMENT"} and bool(ended)
        result.goal(
            f"huge_job: a {load.huge_job_bytes / 1e9:.1f} GB job",
            "refused up front (the server's code), nothing kept, RSS growth < 1 GB",
            f"server: {', '.join(ended) or 'no UploadJob counted'}; client saw {code} ({field})"
            f" after {sent / MIB:.0f} MiB sent; {len(kept)} jobs kept; RSS growth"
            f" {watch.growth_mb:.0f} MB",
            refused and not kept and watch.growth_mb < 1024,
        )
        await then_healthy(result, s, "huge_job")


@case("planted_verdict")
async def planted_verdict(load: AbuseLoad, result: ScenarioResult, logs: Path) -> None:
    """A verdict written into Redis by someone else must not be served."""
    from redis.asyncio import Redis

    from moderation.domain import Item, TextContent

    hateful = next((row for row in labelled(400) if row.expected), None)
    assert hateful is not None, "the data set has flagged rows"
    with redis_server() as url:
        extra = {"MODERATION_REDIS_URL": url, "MODERATION_CACHE_HMAC_KEY": HMAC_KEY}
        result.setup.append(
            "planted_verdict: with the verdict cache in Redis, an `allow` verdict is written"
            " straight into Redis under the key of a text the model flags (the key is computable:"
            " policy, version, model and the content's SHA-256), then that text is sent. "
            + settings_line("abuse", {**extra, "MODERATION_REDIS_URL": "redis://…"})
        )
        async with stack("abuse", [hateful], FAST, logs=logs, overrides=extra) as s:
            warm = await s.stub().Moderate(
                pb.ModerateRequest(items=[pb.Item(id="w", text="a calm and ordinary sentence")]),
                timeout=30,
            )
            v = warm.results[0].verdict
            # The key is everything but the content's hash (its format, the cache's scope,
            # policy, version and the backend's configured model, not the snapshot a verdict
            # names): read it off the key the warm-up verdict was stored under.
            client = Redis.from_url(url)
            warm_hash = Item("w", TextContent("a calm and ordinary sentence")).content_hash()
            keys = await client.keys("moderation:v*")
            stored = [k.decode() if isinstance(k, bytes) else str(k) for k in keys]
            warm_key = next(k for k in stored if k.endswith(":" + warm_hash))
            content = Item("p", TextContent(hateful.text)).content_hash()
            key = warm_key.removesuffix(warm_hash) + content
            planted = {
                "format": 1,
                "item_id": "p",
                "decision": "allow",
                "flagged": False,
                "categories": [],
                "rationale": "",
                "policy_id": v.policy_id,
                "policy_version": v.policy_version,
                "model": v.model,
                "source": "model",
                "usage": {},
            }
            try:
                await client.set(key, json.dumps(planted), ex=3600)
            finally:
                await client.aclose()
            reply = await s.stub().Moderate(
                pb.ModerateRequest(items=[pb.Item(id="p", text=hateful.text)]), timeout=30
            )
            got = reply.results[0].verdict
            served = got.source == pb.VERDICT_SOURCE_CACHE and got.decision == pb.DECISION_ALLOW
            result.goal(
                "planted_verdict: planted Redis verdict served",
                "0 of 1",
                f"{int(served)} of 1 (answered {pb.Decision.Name(got.decision)}"
                f" from {pb.VerdictSource.Name(got.source)})",
                not served,
            )
            await then_healthy(result, s, "planted_verdict")
