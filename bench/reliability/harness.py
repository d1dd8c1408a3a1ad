"""What every reliability scenario shares: settings, the emulator and server processes, data.

The suite judges the service from outside, as a caller would: the server is a
real `python -m moderation` process on the haiku backend, pointed at the
Anthropic API emulator (`bench.emulator_proc`, its own process, judging with
the oracle so every verdict can be checked against data-set labels). Server
settings for every scenario live in `SETTINGS` below and nowhere else, so a
renamed setting is changed in one place.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from bench.harness import (
    BENCHMARK_LATENCY,
    EmulatorControl,
    Latency,
    emulator_process,
    free_port,
    process,
    wait_grpc,
)
from bench.load import DATASET, ORACLE_SEVERITY, load_rows
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

# --- every server setting of the suite ---------------------------------------------
# "all" applies to every scenario; each scenario adds its own on top. Values are the
# server's environment variables (moderation/config.py).
AUTH_TOKEN = "reliability-token"
SETTINGS: dict[str, dict[str, str]] = {
    "all": {
        "MODERATION_HOST": "127.0.0.1",
        "MODERATION_BACKEND": "haiku",
        "ANTHROPIC_API_KEY": "reliability-key",
        "MODERATION_LOG_LEVEL": "WARNING",
        "MODERATION_LOCAL_TEXT_MODEL": "profanity",  # the light fallback: fast start-up
        "MODERATION_HAIKU_TIMEOUT_SECONDS": "10",
        "MODERATION_GRACE_SECONDS": "5",
    },
    # The fallback (none / local) is set per run of this scenario. Small batches: a few
    # hundred items (the short form) already make dozens of upstream calls, and meet faults.
    "faults": {"MODERATION_MAX_BATCH_ITEMS": "8"},
    "bad_inputs": {
        "MODERATION_FALLBACK": "none",
        "MODERATION_AUTH_TOKENS": AUTH_TOKEN,
        # Low enough that 10,000 concurrent calls meet a full queue.
        "MODERATION_MAX_QUEUE_ITEMS": "2000",
    },
    "noisy_neighbour": {"MODERATION_FALLBACK": "none"},
    "breaker": {
        "MODERATION_FALLBACK": "none",
        "MODERATION_HAIKU_TIMEOUT_SECONDS": "2",
        "MODERATION_UPSTREAM_ATTEMPTS": "2",
        "MODERATION_HAIKU_BREAKER_FAILURES": "3",
        "MODERATION_HAIKU_BREAKER_COOLDOWN_SECONDS": "5",
    },
    # A grace as long as one upstream call may take (the timeout above): a batch sent just
    # before the signal ends, answered or timed out, within it. Under the latency model a
    # batch of 32 mostly flagged items writes 500-1,000 output tokens, 8-15 s.
    "sigterm": {"MODERATION_FALLBACK": "none", "MODERATION_GRACE_SECONDS": "10"},
    # The local fallback answers the billing error's items; a short cooldown brings the
    # breaker's trial call soon after it.
    "real_api_limits": {
        "MODERATION_FALLBACK": "local",
        "MODERATION_HAIKU_BREAKER_COOLDOWN_SECONDS": "3",
    },
    # Each case adds what it attacks (a token, the embedded backend, Redis) on top.
    "abuse": {},
    "soak": {"MODERATION_FALLBACK": "none", "MODERATION_CACHE_MAX_ENTRIES": "1000"},
    # Tenants from a file written by the scenario; the embedded run overrides the backend.
    "tenants": {"MODERATION_FALLBACK": "none"},
    # Polled often, so the kill finds the batch polled at least once; a short lease, so the
    # Redis variant's restarted process takes the dead one's job over soon.
    "jobs_restart": {
        "MODERATION_FALLBACK": "none",
        "MODERATION_JOBS_POLL_SECONDS": "0.5",
        "MODERATION_JOBS_POLL_MAX_SECONDS": "1",
        "MODERATION_JOBS_LEASE_SECONDS": "2",
    },
}


def setting(scenario: str, name: str) -> str:
    """A setting as the server of `scenario` sees it ("" when left at the server default)."""
    return SETTINGS.get(scenario, {}).get(name, SETTINGS["all"].get(name, ""))


TARGET = "python -m bench.reliability"


# --- labelled data ------------------------------------------------------------------

# The oracle answers a labelled category at ORACLE_SEVERITY (2), which the verdict
# reports as SEVERITY_MEDIUM.
PROTO_SEVERITY = ORACLE_SEVERITY + 1


# The first 400 rows of the same set, committed for machines without the full one.
SAMPLE = (
    Path(__file__).resolve().parents[2]
    / "tests"
    / "data"
    / "openai-moderation"
    / "samples-400.jsonl.gz"
)


@dataclass(frozen=True, slots=True)
class Labelled:
    """A text and the categories the oracle flags for it (proto severities)."""

    text: str
    expected: Mapping[str, int]


def dataset() -> Path:
    """The labelled set: the full one beside the repository, else the committed sample."""
    return DATASET if DATASET.exists() else SAMPLE


def _base_rows() -> list[tuple[str, dict[str, int]]]:
    """The data set's rows with their expected severities as the verdict reports them."""
    return [(text, dict.fromkeys(cats, PROTO_SEVERITY)) for text, cats in load_rows(dataset())]


def labelled(count: int, start: int = 0) -> list[Labelled]:
    """`count` distinct labelled texts: the data set's, then again with a numbered suffix.

    `start` skips ahead, so two parts of one run can take disjoint texts.
    """
    base = _base_rows()
    out: list[Labelled] = []
    for i in range(start, start + count):
        text, expected = base[i % len(base)]
        out.append(Labelled(text if i < len(base) else f"{text} ({i})", expected))
    return out


def write_labels(items: Sequence[Labelled], path: Path) -> Path:
    """The oracle's labels file: {text: {category: severity}} at the oracle's severity."""
    doc = {i.text: {cat: ORACLE_SEVERITY for cat in i.expected} for i in items if i.expected}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def flagged(verdict: pb.Verdict) -> dict[str, int]:
    """The verdict's flagged categories and their proto severities."""
    return {c.category: c.severity for c in verdict.categories if c.severity > pb.SEVERITY_NONE}


# --- emulator and server processes --------------------------------------------------


@dataclass
class Stack:
    """A running emulator and server, with a few channels to the server."""

    scenario: str
    port: int
    emulator: EmulatorControl
    server: Any  # subprocess.Popen[bytes]
    env: dict[str, str]
    log: Path
    channels: list[grpc.aio.Channel] = field(default_factory=list)
    http_port: int = 0  # the HTTP port, when the scenario asked for one

    @property
    def http_base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def target(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return int(self.server.pid)

    def stub(self, n: int = 0) -> pb_grpc.ModerationServiceAsyncStub:
        return pb_grpc.ModerationServiceStub(self.channels[n % len(self.channels)])

    def metadata(self) -> tuple[tuple[str, str], ...]:
        """Call metadata: the bearer token when the scenario's server wants one."""
        if self.env.get("MODERATION_AUTH_TOKENS"):
            return (("authorization", f"Bearer {AUTH_TOKEN}"),)
        return ()

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return ""


def log_dir() -> Path:
    """Where process logs go (one directory per run)."""
    path = Path(os.environ.get("RELIABILITY_LOG_DIR") or tempfile.mkdtemp(prefix="reliability-"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.asynccontextmanager
async def stack(
    scenario: str,
    items: Sequence[Labelled],
    latency: Latency = BENCHMARK_LATENCY,
    *,
    logs: Path,
    overrides: Mapping[str, str] | None = None,
    hang_ms: float = 3_600_000.0,
    seed: int = 0,
    channels: int = 4,
    http: bool = False,
) -> AsyncIterator[Stack]:
    """Start the emulator (oracle over `items`) and the server; stop both at exit."""
    tag = f"{scenario}-{seed}-{time.monotonic_ns() % 10**9}"
    labels = write_labels(items, logs / f"{tag}-labels.json")
    port = free_port()
    env = dict(os.environ)
    env.update(SETTINGS["all"])
    env.update(SETTINGS.get(scenario, {}))
    env.update(overrides or {})
    env["MODERATION_PORT"] = str(port)
    http_port = free_port() if http else 0
    env["MODERATION_HTTP_PORT"] = str(http_port)
    log = logs / f"{tag}-server.log"
    emulated = emulator_process(
        latency, labels=labels, hang_ms=hang_ms, seed=seed, log=logs / f"{tag}-emulator.log"
    )
    async with emulated as emu:
        env["ANTHROPIC_BASE_URL"] = emu.base_url
        with process([sys.executable, "-m", "moderation"], env, log) as proc:
            try:
                await wait_grpc(port, proc)
            except RuntimeError as exc:
                raise RuntimeError(f"{exc}\n{log.read_text(errors='replace')[-3000:]}") from exc
            s = Stack(scenario, port, emu, proc, env, log, http_port=http_port)
            s.channels = [
                grpc.aio.insecure_channel(s.target, options=[("grpc.use_local_subchannel_pool", 1)])
                for _ in range(channels)
            ]
            try:
                yield s
            finally:
                for ch in s.channels:
                    await ch.close(None)


async def health(target: str) -> str:
    """The gRPC health status of the whole server, or the error code's name."""
    async with grpc.aio.insecure_channel(target) as ch:
        try:
            reply = await health_pb2_grpc.HealthStub(ch).Check(
                health_pb2.HealthCheckRequest(), timeout=5
            )
        except grpc.aio.AioRpcError as exc:
            return exc.code().name
    return str(health_pb2.HealthCheckResponse.ServingStatus.Name(reply.status))


async def healthy(s: Stack, text: str) -> tuple[bool, str]:
    """Health SERVING and one good Moderate call answered with a verdict."""
    status = await health(s.target)
    if status != "SERVING":
        return False, f"health {status}"
    req = pb.ModerateRequest(items=[pb.Item(id="probe", text=text)])
    try:
        reply = await s.stub().Moderate(req, timeout=30, metadata=s.metadata())
    except grpc.aio.AioRpcError as exc:
        return False, f"probe call {exc.code().name}: {exc.details()}"
    if len(reply.results) != 1 or reply.results[0].WhichOneof("outcome") != "verdict":
        return False, f"probe call answered {reply.results}"
    return True, "SERVING, probe answered"


# --- /proc ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProcSample:
    at: float
    rss_kib: int
    threads: int
    fds: int


def proc_sample(pid: int, at: float) -> ProcSample:
    """RSS and threads from /proc/<pid>/status, open fds from /proc/<pid>/fd."""
    rss = threads = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1])
        elif line.startswith("Threads:"):
            threads = int(line.split()[1])
    fds = len(os.listdir(f"/proc/{pid}/fd"))
    return ProcSample(at, rss, threads, fds)


# --- results ----------------------------------------------------------------------------


@dataclass
class Goal:
    """One goal of a scenario: what is wanted, what was measured, whether it holds."""

    name: str
    target: str
    measured: str
    passed: bool


@dataclass
class ScenarioResult:
    """A scenario's goals, its settings and observations, and the command that reruns it."""

    scenario: str
    title: str
    command: str
    setup: list[str] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    observations: list[tuple[str, str]] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    elapsed: float = 0.0

    def goal(self, name: str, target: str, measured: str, passed: bool) -> None:
        self.goals.append(Goal(name, target, measured, passed))

    def observe(self, name: str, value: str) -> None:
        self.observations.append((name, value))

    @property
    def passed(self) -> bool:
        return all(g.passed for g in self.goals)

    def failures(self) -> str:
        """The failed goals with their numbers: the assertion message of the short forms."""
        lines = [f"{self.title}: goals not met"]
        lines += [
            f"- {g.name}: wanted {g.target}, measured {g.measured}"
            for g in self.goals
            if not g.passed
        ]
        lines += [f"  ({k}: {v})" for k, v in self.observations]
        lines += [f"  {d}" for d in self.details[:20]]
        return "\n".join(lines)


def settings_line(scenario: str, extra: Mapping[str, str] | None = None) -> str:
    merged = {**SETTINGS["all"], **SETTINGS.get(scenario, {}), **(extra or {})}
    shown = {k: v for k, v in merged.items() if k not in ("ANTHROPIC_API_KEY",)}
    if "MODERATION_AUTH_TOKENS" in shown:
        shown["MODERATION_AUTH_TOKENS"] = "(one token)"
    return "Server settings: " + ", ".join(f"`{k}={v}`" for k, v in sorted(shown.items()))


def count(counter: dict[str, int], key: str, n: int = 1) -> None:
    counter[key] = counter.get(key, 0) + n


def fmt_counts(counter: Mapping[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: -kv[1])) or "–"
