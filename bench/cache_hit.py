"""A verdict-cache hit against a bare gRPC server: what the fast path costs beyond gRPC itself.

During a spam wave most items are repeats, answered from the verdict cache; how
many replicas a wave needs is set by the cost of that path. This starts the
service (`python -m moderation`, embedded backend) and `EchoServer`, a bare
grpc.aio server on the same method paths that decodes each request and answers
the very response message the service sends for it (so both decode and encode the
same bytes), and drives both with the same client code, raw bytes in and out,
alternating echo and service round by round, at each concurrency level:

- unary: closed-loop `Moderate` calls of one text, `--calls` per round;
- stream: `ModerateStream`, each stream writing one-item messages and reading each
  answer before the next write, `--messages` per round.

The figure is the service's calls (messages) per second over the echo's, median of
the rounds; absolute rates move with the machine's load, the ratio much less.

The service runs on uvloop (`MODERATION_EVENT_LOOP`), which takes less CPU a call than
the standard asyncio loop a bare grpc.aio server runs on. Two echoes are driven in the
same rounds: the bare one (the standard loop) and the same echo on uvloop. Against the
first the ratio is what the service gives over what a bare server gives; against the
second it is what the service's own work costs, the loop being the same.

    .venv/bin/python -m bench.cache_hit [--rounds 5] [--levels 8,32] [--save]
    .venv/bin/python -m bench.cache_hit --profile   # where a hit's time goes, by part
    .venv/bin/python -m bench.cache_hit --tenants   # callers named by a tenants file

With `--tenants` the service reads a tenants file of two tenants and every call of
both servers carries the same bearer token: a hit is then resolved to its tenant and
scoped to it (the echo reads the same metadata and ignores it).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import os
import platform
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import grpc

from bench.harness import cpu_seconds, free_port, process, wait_grpc, wait_listening
from bench.results import record
from moderation.cli import loop_factory
from moderation.v1 import moderation_pb2 as pb

SERVICE = "moderation.v1.ModerationService"
UNARY = f"/{SERVICE}/Moderate"
STREAM = f"/{SERVICE}/ModerateStream"
# Their sections in bench/RESULTS.md: the rates against the echo, and the profile.
FAMILY = "Verdict-cache hit vs a bare gRPC server"
TENANTS_FAMILY = "Verdict-cache hit with tenants vs a bare gRPC server"
PROFILE_FAMILY = "Where a cache hit's time goes"
TEXT = "buy cheap followers now!!! limited offer, click the link in my bio"
# With --tenants: the tenants file the service reads, and the token every call carries.
TOKEN = "team-b-bench-token"
TENANTS = f"""
[tenants.team-a]
tokens = ["team-a-bench-token"]

[tenants.team-b]
tokens = ["{TOKEN}"]
"""
Metadata = tuple[tuple[str, str], ...]


# --- the echo server ---------------------------------------------------------------


class EchoServer:
    """The ceiling: decode the request, answer a prebuilt response of the service's size."""

    def __init__(self, unary_reply: pb.ModerateResponse, stream_reply: pb.ModerateStreamResponse):
        self.unary_reply = unary_reply
        self.stream_reply = stream_reply

    async def moderate(self, request: pb.ModerateRequest, context: Any) -> pb.ModerateResponse:
        return self.unary_reply

    async def moderate_stream(
        self, requests: AsyncIterator[pb.ModerateStreamRequest], context: Any
    ) -> AsyncIterator[pb.ModerateStreamResponse]:
        async for _ in requests:
            yield self.stream_reply

    def handler(self) -> grpc.GenericRpcHandler:  # type: ignore[type-arg]
        return grpc.method_handlers_generic_handler(
            SERVICE,
            {
                "Moderate": grpc.unary_unary_rpc_method_handler(
                    self.moderate,
                    request_deserializer=pb.ModerateRequest.FromString,
                    response_serializer=pb.ModerateResponse.SerializeToString,
                ),
                "ModerateStream": grpc.stream_stream_rpc_method_handler(
                    self.moderate_stream,
                    request_deserializer=pb.ModerateStreamRequest.FromString,
                    response_serializer=pb.ModerateStreamResponse.SerializeToString,
                ),
            },
        )


async def serve_echo(port: int, unary_reply: bytes, stream_reply: bytes) -> None:
    echo = EchoServer(
        pb.ModerateResponse.FromString(unary_reply),
        pb.ModerateStreamResponse.FromString(stream_reply),
    )
    server = grpc.aio.server()
    server.add_generic_rpc_handlers((echo.handler(),))
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    await server.wait_for_termination()


# --- the load (the same code for both servers) ----------------------------------------


async def unary_rate(
    target: str, request: bytes, calls: int, workers: int, metadata: Metadata = ()
) -> float:
    async with grpc.aio.insecure_channel(target) as ch:
        call = ch.unary_unary(UNARY, request_serializer=None, response_deserializer=None)
        await call(request, timeout=30, metadata=metadata)
        left = [calls]

        async def worker() -> None:
            while left[0] > 0:
                left[0] -= 1
                await call(request, timeout=30, metadata=metadata)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(workers)))
        return calls / (time.perf_counter() - t0)


async def stream_rate(
    target: str, message: bytes, messages: int, streams: int, metadata: Metadata = ()
) -> float:
    async with grpc.aio.insecure_channel(target) as ch:
        open_stream = ch.stream_stream(STREAM, request_serializer=None, response_deserializer=None)
        per_stream = max(1, messages // streams)

        async def one() -> None:
            call = open_stream(timeout=120, metadata=metadata)  # type: ignore[call-arg]
            for _ in range(per_stream):
                await call.write(message)
                await call.read()
            await call.done_writing()
            await call.read()  # the end of the stream

        t0 = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(streams)))
        return per_stream * streams / (time.perf_counter() - t0)


# --- the run --------------------------------------------------------------------------


def server_env(port: int, tenants_file: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    if tenants_file is not None:
        env["MODERATION_TENANTS_FILE"] = str(tenants_file)
    env.update(
        {
            "MODERATION_HOST": "127.0.0.1",
            "MODERATION_PORT": str(port),
            "MODERATION_BACKEND": "local",
            "MODERATION_LOCAL_TEXT_MODEL": "profanity",
            "MODERATION_LOG_LEVEL": "WARNING",
        }
    )
    env.pop("ANTHROPIC_API_KEY", None)
    return env


async def replies(target: str, metadata: Metadata = ()) -> tuple[bytes, bytes, bytes, bytes]:
    """(unary request, its cached reply, stream message, its cached reply), as served."""
    request = pb.ModerateRequest(items=[pb.Item(id="hit", text=TEXT)]).SerializeToString()
    message = pb.ModerateStreamRequest(items=[pb.Item(id="hit", text=TEXT)]).SerializeToString()
    async with grpc.aio.insecure_channel(target) as ch:
        call = ch.unary_unary(UNARY, request_serializer=None, response_deserializer=None)
        await call(request, timeout=30, metadata=metadata)  # judged: cached from now on
        unary_reply = await call(request, timeout=30, metadata=metadata)
        open_stream = ch.stream_stream(STREAM, request_serializer=None, response_deserializer=None)
        stream = open_stream(timeout=30, metadata=metadata)  # type: ignore[call-arg]
        await stream.write(message)
        stream_reply = await stream.read()
        await stream.done_writing()
    assert isinstance(unary_reply, bytes) and isinstance(stream_reply, bytes)
    assert pb.ModerateResponse.FromString(unary_reply).results[0].verdict.source == (
        pb.VERDICT_SOURCE_CACHE
    )
    return request, unary_reply, message, stream_reply


# The servers driven in each round, in turn: the bare echo on the standard asyncio loop,
# the same echo on uvloop (the service's loop), then the service.
TARGETS = ("echo", "echo on uvloop", "service")


@dataclass
class Figures:
    # Target -> "unary@8" and the like -> calls (messages) per second, one a round.
    rates: dict[str, dict[str, list[float]]] = field(
        default_factory=lambda: {t: {} for t in TARGETS}
    )
    # Server CPU seconds (user + system, all threads) per call: steadier than a rate.
    cpu: dict[str, dict[str, list[float]]] = field(default_factory=lambda: {t: {} for t in TARGETS})
    # The machine's 1-minute load average at the start and the end (it is shared).
    load: list[float] = field(default_factory=list)


async def measure(args: argparse.Namespace) -> Figures:
    logs = Path(tempfile.mkdtemp(prefix="cache-hit-"))
    port, echo_port = free_port(), free_port()
    figures = Figures(load=[os.getloadavg()[0]])
    tenants_file: Path | None = None
    metadata: Metadata = ()
    if args.tenants:
        tenants_file = logs / "tenants.toml"
        tenants_file.write_text(TENANTS, encoding="utf-8")
        metadata = (("authorization", f"Bearer {TOKEN}"),)
    env = server_env(port, tenants_file)
    with process([sys.executable, "-m", "moderation"], env, logs / "server.log") as p:
        await wait_grpc(port, p)
        request, unary_reply, message, stream_reply = await replies(f"127.0.0.1:{port}", metadata)
        pids = {"service": (port, p.pid)}
        with contextlib.ExitStack() as echoes:
            for name, loop in (("echo", "asyncio"), ("echo on uvloop", "uvloop")):
                echo_port = free_port()
                echo_args = [sys.executable, "-m", "bench.cache_hit", "--serve-echo", loop]
                echo_args += [str(echo_port), unary_reply.hex(), stream_reply.hex()]
                e = echoes.enter_context(process(echo_args, None, logs / f"{loop}-echo.log"))
                await wait_listening(echo_port, e, name)
                pids[name] = (echo_port, e.pid)
            for level in args.levels:
                for r in range(args.rounds):
                    for name in TARGETS:
                        target, pid = pids[name]
                        to = f"127.0.0.1:{target}"
                        rates, cpu = figures.rates[name], figures.cpu[name]
                        c0 = cpu_seconds(pid)
                        u = await unary_rate(to, request, args.calls, level, metadata)
                        c1 = cpu_seconds(pid)
                        s = await stream_rate(to, message, args.messages, level, metadata)
                        c2 = cpu_seconds(pid)
                        rates.setdefault(f"unary@{level}", []).append(u)
                        rates.setdefault(f"stream@{level}", []).append(s)
                        cpu.setdefault(f"unary@{level}", []).append((c1 - c0) / args.calls)
                        cpu.setdefault(f"stream@{level}", []).append((c2 - c1) / args.messages)
                    print(f"level {level} round {r + 1} done", file=sys.stderr, flush=True)
    figures.load.append(os.getloadavg()[0])
    return figures


def report(args: argparse.Namespace, figures: Figures) -> str:
    lines = [
        f"## {TENANTS_FAMILY if args.tenants else FAMILY} — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"`python -m bench.cache_hit --rounds {args.rounds} --levels"
        f" {','.join(map(str, args.levels))}{' --tenants' if args.tenants else ''}` on"
        f" {os.cpu_count()} cores"
        f" ({platform.machine()}); client, service and echo on the same machine. One text"
        f" ({len(TEXT)} characters) answered from the verdict cache; each echo decodes the"
        " same request and answers the same response message. The service runs on uvloop;"
        " the echo is a bare grpc.aio server on the standard asyncio loop, and the same echo"
        " on uvloop is the ceiling with the service's loop. Unary: closed-loop calls from N"
        " concurrent callers; stream: N streams, each writing one-item messages and reading each"
        " answer before the next. The three servers alternate round by round; medians."
        + (
            f" Load average {figures.load[0]:.2f} at the start, {figures.load[-1]:.2f} at the"
            " end (the machine is shared with other work)."
            if figures.load
            else ""
        ),
        "",
        "| path | concurrency | echo /s | echo on uvloop /s | service /s | service / echo"
        " | service / echo on uvloop | server CPU per call: echo / echo on uvloop / service |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for key in figures.rates["service"]:
        kind, level = key.split("@")
        rate = {t: statistics.median(figures.rates[t][key]) for t in TARGETS}
        cpu = "/".join(f" {statistics.median(figures.cpu[t][key]) * 1e6:.0f} " for t in TARGETS)
        service = rate["service"]
        lines.append(
            f"| {kind} | {level} | {rate['echo']:.0f} | {rate['echo on uvloop']:.0f} |"
            f" {service:.0f} | **{service / rate['echo']:.0%}** |"
            f" {service / rate['echo on uvloop']:.0%} |{cpu}µs |"
        )
    return "\n".join(lines) + "\n"


# --- where the time goes ------------------------------------------------------------------

# Parts of a hit, by the module (path fragment) of the functions whose own time is counted.
PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("the edge: telemetry (span, request id, latency)", ("transport/telemetry",)),
    ("the edge: identity", ("transport/auth",)),
    ("request decoding (tolerant decoder)", ("transport/decoding",)),
    ("servicer and admission", ("transport/servicer", "transport/admission", "fair_share")),
    ("the hit answered on the wire (what the text hit before)", ("transport/hits",)),
    ("proto ⇄ domain conversion", ("transport/convert",)),
    ("validation", ("moderation/validation",)),
    (
        "engine (accept, standing/answer_again, hashing, cache key)",
        ("moderation/engine", "moderation/domain"),
    ),
    ("verdict cache", ("moderation/cache", "cachetools")),
    ("metrics (prometheus_client)", ("prometheus_client", "moderation/observability")),
    ("tracing (OpenTelemetry)", ("opentelemetry",)),
    ("logging", ("logging/", "moderation/logs")),
    ("protobuf (encode/decode)", ("google/protobuf",)),
    ("grpc.aio (Python)", ("grpc/", "grpc_")),
    # Cython is not profiled: gRPC's own work, run as event-loop callbacks, lands here.
    ("grpc.aio core (Cython, as event-loop callbacks)", ("_contextvars.Context",)),
    ("waiting for I/O (epoll)", ("select.epoll",)),
    ("asyncio", ("asyncio/",)),
)


def profile_table(stats: pstats.Stats, calls: int) -> str:
    own: dict[str, float] = {}
    total = 0.0
    for (filename, _line, name), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{filename}:{name}"
        total += tt
        part = next((p for p, marks in PARTS if any(m in where for m in marks)), "other")
        own[part] = own.get(part, 0.0) + tt
    lines = [
        "| part of a cache hit | µs per call (own time) | share |",
        "| --- | --- | --- |",
    ]
    for part, seconds in sorted(own.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {part} | {seconds / calls * 1e6:.0f} | {seconds / total:.0%} |")
    return "\n".join(lines)


async def _profiled_server(
    port: int, calls: int, ready: asyncio.Event, done: asyncio.Event
) -> None:
    from moderation.config import Settings
    from moderation.server import start_server

    settings = Settings.load(env=server_env(port))
    running = await start_server(settings)
    ready.set()
    await done.wait()
    await running.stop(1.0)


def profile(args: argparse.Namespace) -> str:
    """The server in this process under cProfile, a client process hammering it with hits."""
    port = free_port()
    calls = args.calls * 4

    async def main() -> None:
        ready, done = asyncio.Event(), asyncio.Event()
        server = asyncio.create_task(_profiled_server(port, calls, ready, done))
        await ready.wait()
        await replies(f"127.0.0.1:{port}")
        client = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.cache_hit", "--hammer", str(port), str(calls)
        )
        profiler.enable()
        await client.wait()
        profiler.disable()
        done.set()
        await server

    profiler = cProfile.Profile()
    # The standard loop, not the service's uvloop: cProfile sees the loop's Python work, and
    # would see none of uvloop's C.
    asyncio.run(main())
    stats = pstats.Stats(profiler)
    return (
        f"## {PROFILE_FAMILY} — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC\n\n"
        f"Where a cache hit's time goes (`python -m bench.cache_hit --profile`: the server"
        f" under cProfile, {calls} unary hits from 32 concurrent callers in another process;"
        " own time of each function, grouped by the part it belongs to; cProfile slows"
        " Python code more than C, so shares, not absolute times, are what to read):\n\n"
        + profile_table(stats, calls)
        + "\n"
    )


async def hammer(port: int, calls: int) -> None:
    request = pb.ModerateRequest(items=[pb.Item(id="hit", text=TEXT)]).SerializeToString()
    await unary_rate(f"127.0.0.1:{port}", request, calls, 32)


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.cache_hit", description=__doc__)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--levels", type=lambda s: [int(x) for x in s.split(",")], default=[8, 32])
    p.add_argument("--calls", type=int, default=3000, help="unary calls per round")
    p.add_argument("--messages", type=int, default=3000, help="stream messages per round")
    p.add_argument("--profile", action="store_true", help="where a hit's time goes, by part")
    p.add_argument(
        "--tenants", action="store_true", help="a tenants file; every call carries a token"
    )
    p.add_argument(
        "--save",
        action="store_true",
        help="record in bench/RESULTS.md (the previous run goes to bench/HISTORY.md)",
    )
    p.add_argument("--serve-echo", nargs=4, help=argparse.SUPPRESS)
    p.add_argument("--hammer", nargs=2, type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.serve_echo:
        loop, port, unary_reply, stream_reply = args.serve_echo
        echo = serve_echo(int(port), bytes.fromhex(unary_reply), bytes.fromhex(stream_reply))
        with asyncio.Runner(loop_factory=loop_factory(loop)) as runner:
            runner.run(echo)
        return
    if args.hammer:
        asyncio.run(hammer(*args.hammer))
        return
    text = profile(args) if args.profile else report(args, asyncio.run(measure(args)))

    print(text)
    if args.save:
        family = TENANTS_FAMILY if args.tenants else FAMILY
        record(text, PROFILE_FAMILY if args.profile else family)


if __name__ == "__main__":
    main()
