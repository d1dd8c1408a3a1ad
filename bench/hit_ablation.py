"""Where a cache hit's server CPU above a bare gRPC server goes: the service with parts left out.

`bench.cache_hit` compares the service with `EchoServer` round by round. Here every
target is driven at the same time, by one client, the same number of calls each, so
whatever else the machine runs falls on all of them alike; the figure is each server's
CPU per unary call (all its threads, from /proc schedstat) and, round by round, its
difference from the echo's. Every server runs on uvloop, the service's event loop. The
targets:

- the echo, and the echo that also sends a fresh request id in its trailer, as the
  service does;
- the service (`python -m moderation`, embedded backend, the hit in its verdict cache);
- the service whose `Moderate` answers the stored response of the hit at once: the hit
  path's own work (the caller's tenant, the text's lookup, the engine's checks that the
  hit still stands, the response's bytes) left out, the edge's wrapping kept;
- that service with the edge's wrapping left out too (span, request id and latency,
  identity): what is left is the process and its server options.

With `--against REF` it compares this tree's service with the one of a git ref instead
(`git archive REF`, in a temporary directory): `--copies` of each beside the echo, all
driven at once, because two servers of the very same code differ by a few microseconds a
call with their place in the run; the figure is each tree's CPU per call above the
echo's, the mean of its copies' means over the rounds.

    .venv/bin/python -m bench.hit_ablation [--rounds 30] [--calls 1000] [--level 16] [--save]
    .venv/bin/python -m bench.hit_ablation --against main [--copies 3] [--save]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import grpc

from bench.cache_hit import UNARY, EchoServer, replies, server_env, stream_rate
from bench.harness import ROOT, free_port, process, wait_grpc, wait_listening
from bench.results import record
from moderation.cli import loop_factory
from moderation.logs import new_request_id
from moderation.v1 import moderation_pb2 as pb

FAMILY = "Where a cache hit's CPU above the echo goes (parts left out)"
AGAINST_FAMILY = "A cache hit's CPU above the echo: this tree against a git ref"
STREAM_AGAINST_FAMILY = "A streamed cache hit's CPU above the echo: this tree against a git ref"
# Target name -> what it is, as the table says it.
TARGETS = {
    "echo": "echo (`bench.cache_hit`'s)",
    "echo+trailer": "echo that also sends a request id in its trailer",
    "service": "the service",
    "stored": "the service, its Moderate answering the hit's stored response at once",
    "stored-bare": "… and without the edge's wrapping (span, request id, latency, identity)",
}


# --- the servers ------------------------------------------------------------------------


async def serve_echo(port: int, unary_reply: bytes, trailer: bool, stream_reply: bytes) -> None:
    """The echo of `bench.cache_hit`, with or without a fresh request id in its trailer."""
    echo = EchoServer(
        pb.ModerateResponse.FromString(unary_reply),
        pb.ModerateStreamResponse.FromString(stream_reply),
    )
    reply = echo.unary_reply

    async def with_trailer(request: pb.ModerateRequest, context: Any) -> pb.ModerateResponse:
        context.set_trailing_metadata((("x-request-id", new_request_id()),))
        return reply

    if trailer:
        echo.moderate = with_trailer  # type: ignore[method-assign]
    server = grpc.aio.server()
    server.add_generic_rpc_handlers((echo.handler(),))
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    await server.wait_for_termination()


def serve_service(variant: str) -> None:
    """`python -m moderation` with the parts `variant` names left out (in this process)."""
    from moderation.cli import main as service_main
    from moderation.transport import servicer, telemetry

    if variant in ("stored", "stored-bare"):
        whole_way = servicer.ModerationServicer.moderate
        stored: list[bytes] = []

        async def moderate(self: Any, request: Any, context: Any) -> Any:
            if stored:
                return stored[0]
            answer = await whole_way(self, request, context)
            if isinstance(answer, bytes):  # a hit answered on the wire: kept
                stored.append(answer)
            return answer

        servicer.ModerationServicer.moderate = moderate  # type: ignore[method-assign]
    if variant == "stored-bare":
        telemetry.TelemetryInterceptor.wrap = lambda self, handler, details: handler  # type: ignore[method-assign]
    sys.argv = ["moderation"]
    raise SystemExit(service_main())


# --- the load ---------------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """Seconds on a CPU, all threads of `pid` (schedstat: nanoseconds, not clock ticks)."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        with contextlib.suppress(OSError):
            total += int(Path(f"/proc/{pid}/task/{task}/schedstat").read_text().split()[0])
    return total / 1e9


async def drive(target: str, request: bytes, calls: int, level: int) -> None:
    async with grpc.aio.insecure_channel(target) as channel:
        call = channel.unary_unary(UNARY, request_serializer=None, response_deserializer=None)
        left = [calls]

        async def worker() -> None:
            while left[0] > 0:
                left[0] -= 1
                await call(request, timeout=30)

        await asyncio.gather(*(worker() for _ in range(level)))


async def measure(args: argparse.Namespace) -> tuple[dict[str, list[float]], list[float]]:
    logs = Path(os.environ.get("TMPDIR", "/tmp"))
    load = [os.getloadavg()[0]]
    with contextlib.ExitStack() as stack:
        pids: dict[str, tuple[int, int]] = {}
        for name in ("service", "stored", "stored-bare"):
            port = free_port()
            cmd = [sys.executable, "-m", "bench.hit_ablation", "--serve", name]
            p = stack.enter_context(process(cmd, server_env(port), logs / f"ablation-{name}.log"))
            await wait_grpc(port, p)
            request, unary_reply, _, stream_reply = await replies(f"127.0.0.1:{port}")
            pids[name] = (port, p.pid)
        for name in ("echo", "echo+trailer"):
            port = free_port()
            cmd = [sys.executable, "-m", "bench.hit_ablation", "--serve", name, str(port)]
            cmd += [unary_reply.hex(), stream_reply.hex()]
            e = stack.enter_context(process(cmd, None, logs / f"ablation-{name}.log"))
            await wait_listening(port, e, name)
            pids[name] = (port, e.pid)
        for port, _ in pids.values():  # warm every connection and path
            await drive(f"127.0.0.1:{port}", request, 200, args.level)
        cpu: dict[str, list[float]] = {name: [] for name in TARGETS}
        for r in range(args.rounds):
            before = {name: cpu_seconds(pid) for name, (_, pid) in pids.items()}
            await asyncio.gather(
                *(
                    drive(f"127.0.0.1:{port}", request, args.calls, args.level)
                    for port, _ in pids.values()
                )
            )
            for name, (_, pid) in pids.items():
                cpu[name].append((cpu_seconds(pid) - before[name]) / args.calls * 1e6)
            print(f"round {r + 1} done", file=sys.stderr, flush=True)
    load.append(os.getloadavg()[0])
    return cpu, load


async def measure_against(
    args: argparse.Namespace, other: Path
) -> tuple[dict[str, list[float]], list[float]]:
    """CPU per call above the echo's, mean over the rounds, of each copy of each tree's
    service (keys `this` and `ref`, one value per copy)."""
    logs = Path(tempfile.gettempdir())
    load = [os.getloadavg()[0]]
    with contextlib.ExitStack() as stack:
        servers: list[tuple[str, int, int]] = []
        for copy in range(args.copies):
            for tree, root in (("this", ROOT), ("ref", other)):
                port = free_port()
                env = server_env(port)
                env["PYTHONPATH"] = f"{root}{os.pathsep}{root / 'clients' / 'python'}"
                env["PYTHONSAFEPATH"] = "1"  # not the working directory's package first
                cmd = [sys.executable, "-m", "moderation"]
                log = logs / f"ablation-{tree}-{copy}.log"
                p = stack.enter_context(process(cmd, env, log))
                await wait_grpc(port, p)
                request, unary_reply, message, stream_reply = await replies(f"127.0.0.1:{port}")
                servers.append((tree, port, p.pid))
        port = free_port()
        cmd = [sys.executable, "-m", "bench.hit_ablation", "--serve", "echo", str(port)]
        cmd += [unary_reply.hex(), stream_reply.hex()]
        e = stack.enter_context(process(cmd, None, logs / "ablation-echo.log"))
        await wait_listening(port, e, "echo")
        servers.insert(0, ("echo", port, e.pid))

        async def load_of(target: str, calls: int) -> None:
            """`calls` unary calls, or one-item stream messages (`bench.cache_hit`'s streams)."""
            if args.stream:
                await stream_rate(target, message, calls, args.level)
            else:
                await drive(target, request, calls, args.level)

        for _, port, _ in servers:
            await load_of(f"127.0.0.1:{port}", calls=200)
        rounds: list[list[float]] = [[] for _ in servers]
        for r in range(args.rounds):
            before = [cpu_seconds(pid) for _, _, pid in servers]
            await asyncio.gather(
                *(load_of(f"127.0.0.1:{port}", calls=args.calls) for _, port, _ in servers)
            )
            for i, (_, _, pid) in enumerate(servers):
                rounds[i].append((cpu_seconds(pid) - before[i]) / args.calls * 1e6)
            print(f"round {r + 1} done", file=sys.stderr, flush=True)
    load.append(os.getloadavg()[0])
    above: dict[str, list[float]] = {"this": [], "ref": []}
    for (tree, _, _), cpu in zip(servers[1:], rounds[1:], strict=True):
        above[tree].append(statistics.mean(a - b for a, b in zip(cpu, rounds[0], strict=True)))
    return above, load


def report_against(
    args: argparse.Namespace, above: dict[str, list[float]], load: list[float]
) -> str:
    this, ref = statistics.mean(above["this"]), statistics.mean(above["ref"])
    copies = " / ".join
    return "\n".join(
        [
            f"## {STREAM_AGAINST_FAMILY if args.stream else AGAINST_FAMILY}"
            f" — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            "",
            f"`python -m bench.hit_ablation --against {args.against} --copies {args.copies}"
            f" --rounds {args.rounds}{' --stream' if args.stream else ''}` on"
            f" {os.cpu_count()} cores ({platform.machine()}):"
            f" {args.copies} copies of each tree's service (embedded backend, the hit in its"
            " verdict cache) and the echo, driven at the same time by one client, "
            + (
                f"{args.level} streams of one-item messages, each answer read before the next"
                f" message, {args.calls} messages each a round; server CPU per message"
                if args.stream
                else f"{args.level} concurrent unary callers and {args.calls} calls each a"
                " round; server CPU per call"
            )
            + " (all threads) above the echo's in the same round, the mean"
            " over the rounds of each copy, and of the copies. With this many servers on"
            " the machine each call costs more than alone; the difference between the trees"
            f" is what to read. Load average {load[0]:.2f} at the start, {load[-1]:.2f} at"
            " the end (the machine is shared).",
            "",
            f"| service | CPU per {'message' if args.stream else 'call'} above the echo"
            " | its copies |",
            "| --- | --- | --- |",
            f"| this tree | {this:.1f} µs | {copies(f'{x:.1f}' for x in above['this'])} µs |",
            f"| `{args.against}` | {ref:.1f} µs | {copies(f'{x:.1f}' for x in above['ref'])} µs |",
            f"| this tree − `{args.against}` | **{this - ref:+.1f} µs** | |",
            "",
        ]
    )


def archived(ref: str, into: Path) -> Path:
    """The tree of git `ref`, unpacked under `into`."""
    archive = subprocess.run(
        ["git", "archive", ref], cwd=ROOT, check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def report(args: argparse.Namespace, cpu: dict[str, list[float]], load: list[float]) -> str:
    echo = cpu["echo"]
    lines = [
        f"## {FAMILY} — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"`python -m bench.hit_ablation --rounds {args.rounds} --calls {args.calls} --level"
        f" {args.level}` on {os.cpu_count()} cores ({platform.machine()}): the five servers"
        f" driven at the same time by one client, {args.level} concurrent unary callers and"
        f" {args.calls} calls each a round; server CPU per call (all threads), median of the"
        " rounds, and its difference from the echo's in the same round (median, and the"
        " middle half of the rounds). Load average"
        f" {load[0]:.2f} at the start, {load[-1]:.2f} at the end (the machine is shared).",
        "",
        "| server | CPU per call | above the echo | middle half of the rounds |",
        "| --- | --- | --- | --- |",
    ]
    for name, what in TARGETS.items():
        above = [a - b for a, b in zip(cpu[name], echo, strict=True)]
        q1, _, q3 = statistics.quantiles(above, n=4)
        lines.append(
            f"| {what} | {statistics.median(cpu[name]):.0f} µs |"
            f" {statistics.median(above):+.0f} µs | {q1:+.0f} … {q3:+.0f} µs |"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.hit_ablation", description=__doc__)
    p.add_argument("--rounds", type=int, default=30)
    p.add_argument("--calls", type=int, default=1000, help="unary calls per server a round")
    p.add_argument("--level", type=int, default=16, help="concurrent callers per server")
    p.add_argument("--against", help="a git ref whose service this tree's is compared with")
    p.add_argument("--copies", type=int, default=3, help="servers of each tree, with --against")
    p.add_argument(
        "--stream", action="store_true", help="with --against: stream messages, not unary calls"
    )
    p.add_argument("--save", action="store_true", help="record in bench/RESULTS.md")
    p.add_argument("--serve", nargs="+", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.serve:
        name, *rest = args.serve
        if name.startswith("echo"):
            port, reply, stream_reply = rest
            trailer = name == "echo+trailer"
            echo = serve_echo(int(port), bytes.fromhex(reply), trailer, bytes.fromhex(stream_reply))
            # The service's own loop (MODERATION_EVENT_LOOP's default): its parts are what differ.
            with asyncio.Runner(loop_factory=loop_factory("uvloop")) as runner:
                runner.run(echo)
        else:
            serve_service(name)
        return
    if args.against:
        with tempfile.TemporaryDirectory(prefix="hit-ablation-ref-") as tmp:
            other = archived(args.against, Path(tmp))
            text = report_against(args, *asyncio.run(measure_against(args, other)))
    else:
        text = report(args, *asyncio.run(measure(args)))
    print(text)
    if args.save:
        family = STREAM_AGAINST_FAMILY if args.stream else AGAINST_FAMILY
        record(text, family if args.against else FAMILY)


if __name__ == "__main__":
    main()
