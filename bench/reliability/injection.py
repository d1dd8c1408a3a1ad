"""Scenario: items that carry a prompt injection, batched with other callers' items.

The emulated model obeys every injection of `anthropic_emulator.faults.INJECTIONS`
each time it meets one (as a model that falls for it would, repairs included):
an item makes it give its verdict under a neighbour's id and skip its own, write
a rationale of thousands of characters, or repeat its verdict twenty times.
Calls of ten items, one of them injected, run concurrently, so the server's
batches mix injected items with many callers' neighbours. The same calls without
the injected items run first on a fresh server (the clean run); a neighbour's
verdict in the attacked run must be the one it had there (same decision and
categories, from the model), for every kind: 0 changed. The injected items must
end in their honest verdict or the fallback (`fail-closed` here), marked
`injection_suspected`.

With ``--before CHECKOUT`` the attacked run is repeated against the server of
another checkout (the code before a change), and its counts are shown beside
the goals as observations.
"""

from __future__ import annotations

import asyncio
import random
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import grpc

from anthropic_emulator.faults import INJECTIONS, FaultKind
from bench.harness import Latency
from bench.reliability.harness import (
    TARGET,
    Labelled,
    ScenarioResult,
    count,
    flagged,
    fmt_counts,
    labelled,
    settings_line,
    stack,
)
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc

FAST_LATENCY = Latency(first_token_ms=100.0, per_token_ms=1.0, jitter=0.03)
KINDS = tuple(INJECTIONS)
OVERRIDES = {"MODERATION_FALLBACK": "fail-closed"}


@dataclass(frozen=True)
class InjectionLoad:
    calls_per_kind: int = 20
    neighbours_per_call: int = 9
    concurrency: int = 12
    latency: Latency = FAST_LATENCY
    seed: int = 5
    before: Path | None = None  # a checkout whose server is measured too (observations)


@dataclass(frozen=True, slots=True)
class Call:
    kind: FaultKind
    items: tuple[tuple[str, str], ...]  # (caller id, text), the injected one included
    attacker: str  # its caller id


Signature = tuple[str, ...]


def plan(load: InjectionLoad) -> tuple[list[Call], list[Labelled]]:
    """The calls (shuffled kinds, the injected item at a random place) and the labelled texts."""
    rng = random.Random(load.seed)
    per_call = load.neighbours_per_call
    n_calls = load.calls_per_kind * len(KINDS)
    texts = labelled(n_calls * (per_call + 1))
    calls: list[Call] = []
    pos = 0
    for kind in KINDS:
        for c in range(load.calls_per_kind):
            items = [(f"{kind.value}-{c}-n{j}", texts[pos + j].text) for j in range(per_call)]
            attacker = f"{kind.value}-{c}-attacker"
            injected = f"{texts[pos + per_call].text} {INJECTIONS[kind]}"
            items.insert(rng.randint(0, per_call), (attacker, injected))
            calls.append(Call(kind, tuple(items), attacker))
            pos += per_call + 1
    rng.shuffle(calls)
    return calls, texts


def signature(result: pb.ItemResult) -> Signature:
    """What a neighbour's answer must keep: decision, flagged categories, where it came from."""
    if result.WhichOneof("outcome") != "verdict":
        return ("error", str(result.error.code))
    v = result.verdict
    cats = ",".join(f"{c}:{s}" for c, s in sorted(flagged(v).items()))
    return ("verdict", pb.Decision.Name(v.decision), cats, pb.VerdictSource.Name(v.source))


async def send_all(
    stub: pb_grpc.ModerationServiceAsyncStub,
    calls: Sequence[Call],
    concurrency: int,
    with_attackers: bool,
) -> dict[str, pb.ItemResult]:
    """Every call once, `concurrency` at a time; each item's result by caller id."""
    out: dict[str, pb.ItemResult] = {}
    queue = list(reversed(calls))

    async def worker() -> None:
        while queue:
            call = queue.pop()
            items = [(i, t) for i, t in call.items if with_attackers or i != call.attacker]
            req = pb.ModerateRequest(items=[pb.Item(id=i, text=t) for i, t in items])
            try:
                reply = await stub.Moderate(req, timeout=300)
            except grpc.aio.AioRpcError as exc:
                for i, _ in items:
                    out[i] = pb.ItemResult(
                        item_id=i,
                        error=pb.ItemError(code=exc.code().value[0], message="call failed"),
                    )
                continue
            for r in reply.results:
                out[r.item_id] = r

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return out


@dataclass
class Tally:
    """One attacked run, per injection kind."""

    changed: dict[str, int]
    neighbours: dict[str, int]
    attackers: dict[str, dict[str, int]]
    calls: int = 0
    output_tokens: int = 0
    examples: tuple[str, ...] = ()


def tally(
    calls: Sequence[Call], clean: Mapping[str, pb.ItemResult], attacked: Mapping[str, pb.ItemResult]
) -> Tally:
    changed = dict.fromkeys((k.value for k in KINDS), 0)
    neighbours = dict.fromkeys((k.value for k in KINDS), 0)
    attackers: dict[str, dict[str, int]] = {k.value: {} for k in KINDS}
    examples: list[str] = []
    for call in calls:
        kind = call.kind.value
        for item_id, _ in call.items:
            got = attacked.get(item_id)
            if item_id == call.attacker:
                count(attackers[kind], attacker_outcome(got))
                continue
            neighbours[kind] += 1
            before, after = clean.get(item_id), got
            if before is None or after is None or signature(before) != signature(after):
                changed[kind] += 1
                if len(examples) < 8:
                    was = signature(before) if before else "-"
                    now = signature(after) if after else "-"
                    examples.append(f"{kind} {item_id}: clean {was}, attacked {now}")
    return Tally(changed, neighbours, attackers, examples=tuple(examples))


def attacker_outcome(result: pb.ItemResult | None) -> str:
    if result is None:
        return "no answer"
    if result.WhichOneof("outcome") != "verdict":
        return "error"
    v = result.verdict
    where = "honest" if v.source == pb.VERDICT_SOURCE_MODEL else pb.VerdictSource.Name(v.source)
    where = where.removeprefix("VERDICT_SOURCE_").lower()
    return f"{where}{' flagged' if v.injection_suspected else ' unflagged'}"


async def _run(
    load: InjectionLoad,
    calls: Sequence[Call],
    texts: Sequence[Labelled],
    logs: Path,
    with_attackers: bool,
    overrides: Mapping[str, str],
) -> tuple[dict[str, pb.ItemResult], dict[str, int]]:
    async with stack(
        "injection", texts, load.latency, logs=logs, overrides=overrides, seed=load.seed
    ) as s:
        out = await send_all(s.stub(), calls, load.concurrency, with_attackers)
        stats = await s.emulator.stats()
    return out, {k: int(stats.get(k, 0)) for k in ("calls", "output_tokens")}


def _commit(checkout: Path) -> str:
    done = subprocess.run(
        ["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or "?"


async def run(load: InjectionLoad, logs: Path) -> ScenarioResult:
    n = load.calls_per_kind * len(KINDS)
    title = (
        f"Prompt injection: {n} calls of {load.neighbours_per_call + 1} items, one injected,"
        f" over {len(KINDS)} kinds"
    )
    command = f"{TARGET} --only injection"
    if load.before is not None:
        command += " --before CHECKOUT"
    result = ScenarioResult("injection", title, command)
    result.setup = [
        f"Emulator latency: {load.latency.describe()}; oracle judge on the data-set labels; the"
        " emulated model obeys each injection whenever it meets it:"
        f" {', '.join(k.value for k in KINDS)} (see `anthropic_emulator.faults`).",
        f"Load: {load.calls_per_kind} calls per kind, {load.concurrency} at a time, each"
        f" {load.neighbours_per_call} labelled neighbours and one injected item at a random"
        " place; the clean run sends the same calls without the injected items to a fresh"
        " server first.",
        settings_line("injection", OVERRIDES),
        "Output tokens are the emulator's count of whole answers, those the server stopped"
        " reading at a break included (the API bills what it generated until the stream closed).",
    ]
    if load.before is not None:
        result.setup.append(
            f"Before: the attacked run again, against the server of CHECKOUT = commit"
            f" {_commit(load.before)} with this emulator; that server's parser refuses the"
            ' `"x":1` flag as an unknown key, so its injected items cannot end flagged.'
        )
    calls, texts = plan(load)
    t0 = time.perf_counter()
    clean, clean_stats = await _run(load, calls, texts, logs, False, OVERRIDES)
    attacked, stats = await _run(load, calls, texts, logs, True, OVERRIDES)
    t = tally(calls, clean, attacked)
    for kind in KINDS:
        k = kind.value
        result.goal(
            f"{k}: neighbours' verdicts changed",
            "0",
            f"{t.changed[k]} of {t.neighbours[k]}",
            t.changed[k] == 0,
        )
        ends = t.attackers[k]
        bad = sum(v for o, v in ends.items() if o not in ("honest flagged", "fallback flagged"))
        result.goal(
            f"{k}: injected items ending in their honest verdict or the fallback, flagged",
            f"{load.calls_per_kind}",
            f"{load.calls_per_kind - bad} ({fmt_counts(ends)})",
            bad == 0,
        )
    result.observe(
        "upstream calls / output tokens",
        f"clean run {clean_stats['calls']} / {clean_stats['output_tokens']:,};"
        f" attacked run {stats['calls']} / {stats['output_tokens']:,}",
    )
    if load.before is not None:
        # Safe path: `python -m` would put the working directory (this checkout) first.
        path = f"{load.before}:{load.before / 'clients' / 'python'}"
        env = {**OVERRIDES, "PYTHONPATH": path, "PYTHONSAFEPATH": "1"}
        old, old_stats = await _run(load, calls, texts, logs, True, env)
        tb = tally(calls, clean, old)
        result.observe(
            "before (the server of the checkout before the change): neighbours changed",
            "; ".join(f"{k}: {tb.changed[k]} of {tb.neighbours[k]}" for k in tb.changed),
        )
        result.observe(
            "before: injected items",
            "; ".join(f"{k}: {fmt_counts(v)}" for k, v in tb.attackers.items()),
        )
        result.observe(
            "before: upstream calls / output tokens",
            f"{old_stats['calls']} / {old_stats['output_tokens']:,}",
        )
        result.details += [f"before: {e}" for e in tb.examples]
    result.elapsed = time.perf_counter() - t0
    result.observe("wall time", f"{result.elapsed:.0f} s")
    result.details = [*t.examples, *result.details]
    return result
