"""Scenario: the limits and refusals of the real Anthropic API, met by real callers.

The emulator enforces what the real API does: images limited to 5 MB of
base64, request bodies to 32 MB, streamed refusals (an item holding the
emulator's refusal trigger is refused every time it is sent), and billing
errors. The same workload runs twice on one server, on different texts:

- a **clean run**: a call of 20 texts and a small PNG, calls of 10 texts and
  fourteen small PNGs (sent at once, each under the server's message limit, so
  one batch holds them), a call of 20 texts and one more text, and a bulk of
  texts from concurrent callers;
- the **limits run**: the same, but the first PNG is 4.5 MB (6 MB of base64),
  the fourteen are 2.5 MB each (46 MB of base64 together) and the extra text
  holds the refusal trigger.

Every item of the limits run must get its model verdict (none on the
fallback), the 4.5 MB PNG must reach the API re-encoded under 5 MB, the
refused item must get the policy's refusal action, and the upstream calls
per item must stay within 1.2x of the clean run's. Then a billing error
(402): the breaker opens at once (one call meets it), health says
NOT_SERVING with the reason, one log line says so, and once the breaker's
trial call passes, model verdicts and SERVING are back.
"""

from __future__ import annotations

import asyncio
import io
import math
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import grpc
from PIL import Image

from anthropic_emulator.emulator import MAX_IMAGE_BASE64_BYTES, REFUSAL_TRIGGER
from bench.harness import Latency
from bench.reliability.harness import (
    TARGET,
    Labelled,
    ScenarioResult,
    Stack,
    fmt_counts,
    health,
    labelled,
    setting,
    settings_line,
    stack,
)
from bench.reliability.ledger import Ledger
from moderation.v1 import moderation_pb2 as pb

LATENCY = Latency(first_token_ms=100.0, per_token_ms=1.0, jitter=0.03)
RATIO_BOUND = 1.2
BILLING_LOG = "refuses to bill the organisation (no credit"  # the breaker's one line
HEALTH_LOG = "reporting NOT_SERVING: the Anthropic API refuses to bill"


@dataclass(frozen=True)
class LimitsLoad:
    bulk_items: int = 800  # texts from concurrent callers, beside the special calls
    bulk_call_items: int = 25
    workers: int = 8
    big_png_bytes: int = 4_500_000
    many_png_bytes: int = 2_500_000
    many_pngs: int = 14
    seed: int = 1


def noisy_png(raw_bytes: int, seed: int) -> bytes:
    """Random pixels (they do not compress): a PNG about `raw_bytes` long."""
    side = max(8, math.isqrt(raw_bytes // 3))
    pixels = random.Random(seed).randbytes(side * side * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), pixels).save(out, format="PNG", compress_level=1)
    return out.getvalue()


@dataclass
class Call:
    """One Moderate call: its items, and which of them are images or the refused one."""

    name: str
    items: list[pb.Item]
    labels: list[Labelled]


# What one call may carry: under the server's message limit (16 MiB by default).
CALL_BYTES = 15 * 1024 * 1024


def _calls(load: LimitsLoad, texts: list[Labelled], limits: bool, tag: str) -> list[Call]:
    """The special calls and the bulk; images big (limits) or small (clean)."""
    pos = 0

    def take(n: int) -> list[Labelled]:
        nonlocal pos
        pos += n
        return texts[pos - n : pos]

    def text_items(prefix: str, labels: Sequence[Labelled]) -> list[pb.Item]:
        return [pb.Item(id=f"{tag}-{prefix}-{n}", text=t.text) for n, t in enumerate(labels)]

    def image(item_id: str, size: int, seed: int) -> tuple[pb.Item, Labelled]:
        data = noisy_png(size if limits else 3_000, seed)
        img = pb.Item(id=item_id, image=pb.Image(data=data, media_type="image/png"))
        return img, Labelled(f"<image {item_id}>", {})

    calls: list[Call] = []
    a = take(20)
    big, big_label = image(f"{tag}-big", load.big_png_bytes, load.seed)
    calls.append(Call("big", [*text_items("a", a), big], [*a, big_label]))
    b = take(10)
    many = [
        image(f"{tag}-png-{n}", load.many_png_bytes, load.seed + 1 + n)
        for n in range(load.many_pngs)
    ]
    # Several calls under the server's message limit, sent at once: one batch holds them.
    per_call = max(1, CALL_BYTES // load.many_png_bytes)
    for n in range(0, len(many), per_call):
        pngs = many[n : n + per_call]
        texts_b = b if n == 0 else []
        calls.append(
            Call(
                "many",
                [*text_items("b", texts_b), *(i for i, _ in pngs)],
                [*texts_b, *(lb for _, lb in pngs)],
            )
        )
    c = take(20)
    odd = take(1)[0]
    odd_text = f"{odd.text} {REFUSAL_TRIGGER}" if limits else odd.text
    refused = pb.Item(id=f"{tag}-refused", text=odd_text)
    calls.append(Call("refused", [*text_items("c", c), refused], [*c, Labelled(odd_text, {})]))
    bulk = take(load.bulk_items)
    for n in range(0, len(bulk), load.bulk_call_items):
        part = bulk[n : n + load.bulk_call_items]
        calls.append(Call("bulk", text_items(f"bulk{n}", part), part))
    return calls


async def _send(s: Stack, ledger: Ledger, calls: list[Call], workers: int) -> None:
    queue = list(reversed(calls))

    async def worker(k: int) -> None:
        while queue:
            call = queue.pop()
            ids = [i.id for i in call.items]
            for i, label in zip(ids, call.labels, strict=True):
                ledger.send(i, label)
            try:
                reply = await s.stub(k).Moderate(pb.ModerateRequest(items=call.items), timeout=120)
            except grpc.aio.AioRpcError as exc:
                ledger.call_failed(ids, exc.code())
                continue
            ledger.response(ids, reply)

    await asyncio.gather(*(worker(k) for k in range(workers)))


def _size(load: LimitsLoad) -> int:
    return 20 + 1 + 10 + load.many_pngs + 20 + 1 + load.bulk_items


async def _phase(
    s: Stack, load: LimitsLoad, texts: list[Labelled], limits: bool, tag: str
) -> tuple[Ledger, dict[str, object], dict[str, pb.Verdict]]:
    """One run of the workload; its ledger, the emulator's stats and the special verdicts."""
    await s.emulator.reset(keep_prompt_cache=True)
    ledger = Ledger()
    calls = _calls(load, texts, limits, tag)
    specials = [c for c in calls if c.name != "bulk"]
    verdicts: dict[str, pb.Verdict] = {}

    async def special(call: Call) -> None:
        ids = [i.id for i in call.items]
        for i, label in zip(ids, call.labels, strict=True):
            ledger.send(i, label)
        try:
            reply = await s.stub().Moderate(pb.ModerateRequest(items=call.items), timeout=120)
        except grpc.aio.AioRpcError as exc:
            ledger.call_failed(ids, exc.code())
            return
        ledger.response(ids, reply)
        verdicts.update({r.item_id: r.verdict for r in reply.results})

    bulk = [c for c in calls if c.name == "bulk"]
    await asyncio.gather(*(special(c) for c in specials), _send(s, ledger, bulk, load.workers))
    return ledger, await s.emulator.stats(), verdicts


async def _until_health(s: Stack, want: str, seconds: float) -> float | None:
    """Seconds until health reports `want`, or None."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < seconds:
        if await health(s.target) == want:
            return time.monotonic() - t0
        await asyncio.sleep(0.1)
    return None


async def run(load: LimitsLoad, logs: Path) -> ScenarioResult:
    cooldown = float(setting("real_api_limits", "MODERATION_HAIKU_BREAKER_COOLDOWN_SECONDS"))
    total = _size(load)
    result = ScenarioResult(
        "real_api_limits",
        f"Real API limits: a 4.5 MB PNG, fourteen 2.5 MB PNGs, a refused item and a billing"
        f" error among {total} items",
        f"{TARGET} --only real_api_limits",
    )
    result.setup = [
        f"Emulator latency: {LATENCY.describe()}; oracle judge on the data-set labels (images"
        " are clean); the emulator enforces 5 MB of base64 per image, 32 MB per request,"
        " refuses (stop_reason refusal) any item holding its refusal trigger, every time.",
        f"Workload, run twice on one server with different texts (clean, then limits): a call"
        f" of 20 texts + one PNG ({load.big_png_bytes / 1e6:g} MB in the limits run), a call"
        f" of 10 texts + {load.many_pngs} PNGs ({load.many_png_bytes / 1e6:g} MB each), a call"
        f" of 20 texts + one more (the refusal trigger in the limits run), and"
        f" {load.bulk_items} texts in calls of {load.bulk_call_items} from {load.workers}"
        " concurrent callers; in the clean run the PNGs are 3 kB. The prompt cache is warm"
        " before both runs.",
        f"Then one 402 billing_error; calls of 10 texts until model verdicts are back"
        f" (breaker cooldown {cooldown:g} s).",
        settings_line("real_api_limits"),
    ]
    texts = labelled(2 * total + 400)
    t0 = time.perf_counter()
    async with stack("real_api_limits", texts, LATENCY, logs=logs, seed=load.seed) as s:
        await s.stub().Moderate(
            pb.ModerateRequest(items=[pb.Item(id="warm", text="good morning")]), timeout=60
        )
        clean, clean_stats, _ = await _phase(s, load, texts[:total], False, "clean")
        hard, hard_stats, specials = await _phase(s, load, texts[total : 2 * total], True, "lim")
        billing = await _billing(s, texts[2 * total :], cooldown)
        server_log = s.log_tail(2_000_000).splitlines()
    log_lines = [line for line in server_log if BILLING_LOG in line]
    health_lines = [line for line in server_log if HEALTH_LOG in line]
    result.elapsed = time.perf_counter() - t0

    def per_item(stats: dict[str, object], ledger: Ledger) -> float:
        calls = stats.get("http_requests", 0)
        return float(calls) / max(1, len(ledger.sent))  # type: ignore[arg-type]

    on_fallback = hard.outcomes.get("verdict:fallback", 0)
    others = {k: n for k, n in hard.outcomes.items() if k not in ("verdict:model",)}
    result.goal("lost or duplicated items (limits run)", "0", f"{hard.lost} / {hard.duplicated}",
                hard.lost == 0 and hard.duplicated == 0)  # fmt: skip
    result.goal(
        "items of the limits run on the fallback (neighbours included)",
        "0",
        str(on_fallback),
        on_fallback == 0 and not hard.unavailable(),
    )
    model = hard.outcomes.get("verdict:model", 0)
    result.goal(
        "model verdicts (every item but the refused one)",
        f"{len(hard.sent) - 1}",
        f"{model}, mismatching the oracle: {len(hard.mismatched)}",
        model == len(hard.sent) - 1 and not hard.mismatched,
    )
    big = specials.get("lim-big")
    largest = int(hard_stats.get("largest_image_base64", 0))  # type: ignore[call-overload]
    result.goal(
        "the 4.5 MB PNG judged after re-encoding",
        f"model verdict, ≤ {MAX_IMAGE_BASE64_BYTES} bytes of base64 sent",
        f"{_source(big)}, largest image sent {largest:,} bytes",
        big is not None
        and big.source == pb.VERDICT_SOURCE_MODEL
        and 0 < largest <= MAX_IMAGE_BASE64_BYTES,
    )
    refused = specials.get("lim-refused")
    result.goal(
        "the refused item",
        "source refusal, decision review",
        f"{_source(refused)}, {_decision(refused)}",
        refused is not None
        and refused.source == pb.VERDICT_SOURCE_REFUSAL
        and refused.decision == pb.DECISION_REVIEW,
    )
    statuses = hard_stats.get("statuses", {})
    refused_by_api = {k: v for k, v in statuses.items() if k != "200"}  # type: ignore[attr-defined]
    result.goal(
        "requests the API refused (400 image, 413 too large)",
        "0",
        fmt_counts(refused_by_api) if refused_by_api else "0",
        not refused_by_api,
    )
    ratio = per_item(hard_stats, hard) / max(1e-9, per_item(clean_stats, clean))
    result.goal(
        "upstream calls per item, limits run / clean run",
        f"≤ {RATIO_BOUND:g}",
        f"{ratio:.2f} ({hard_stats.get('http_requests')} calls for {len(hard.sent)} items /"
        f" {clean_stats.get('http_requests')} for {len(clean.sent)})",
        ratio <= RATIO_BOUND,
    )
    result.goal(
        "billing error: calls that met it (the breaker opened at once)",
        "1",
        str(billing.billing_calls),
        billing.billing_calls == 1,
    )
    result.goal(
        "billing error: health while refused, and after the trial call",
        "NOT_SERVING with the reason (logged), then SERVING",
        f"{billing.not_serving} (reason logged {len(health_lines)}x), then {billing.serving_again}",
        billing.not_serving == "NOT_SERVING"
        and len(health_lines) >= 1
        and billing.serving_again == "SERVING",
    )
    result.goal("billing error: log lines saying so", "1", str(len(log_lines)), len(log_lines) == 1)
    result.goal(
        "billing error: model verdicts back after the cooldown",
        f"≤ {cooldown + 5:g} s",
        f"{billing.back_after:.1f} s" if billing.back_after is not None else "never",
        billing.back_after is not None and billing.back_after <= cooldown + 5,
    )
    result.observe("limits run answers", fmt_counts(hard.by_kind()))
    result.observe("clean run answers", fmt_counts(clean.by_kind()))
    result.observe("limits run answers other than model", fmt_counts(others))
    result.observe("billing phase answers", fmt_counts(billing.outcomes))
    result.observe("wall time", f"{result.elapsed:.0f} s")
    result.details = [f"mismatch {m}" for m in hard.mismatched[:8]]
    return result


@dataclass
class _Billing:
    billing_calls: int = 0
    not_serving: str = ""
    serving_again: str = ""
    back_after: float | None = None
    outcomes: dict[str, int] = field(default_factory=dict)


async def _billing(s: Stack, texts: list[Labelled], cooldown: float) -> _Billing:
    """One 402, then calls of 10 texts until a model verdict is back."""
    out = _Billing()
    ledger = Ledger()
    await s.emulator.reset(keep_prompt_cache=True)
    await s.emulator.faults({}, push=["billing"])
    pool = iter(texts)
    started = time.monotonic()
    n = 0
    while time.monotonic() - started < cooldown + 20:
        part = [next(pool) for _ in range(10)]
        ids = [f"bill-{n}-{k}" for k in range(len(part))]
        for i, label in zip(ids, part, strict=True):
            ledger.send(i, label)
        items = [pb.Item(id=i, text=t.text) for i, t in zip(ids, part, strict=True)]
        reply = await s.stub().Moderate(pb.ModerateRequest(items=items), timeout=60)
        ledger.response(ids, reply)
        if n == 0:
            waited = await _until_health(s, "NOT_SERVING", 5.0)
            out.not_serving = "NOT_SERVING" if waited is not None else await health(s.target)
        n += 1
        if any(r.verdict.source == pb.VERDICT_SOURCE_MODEL for r in reply.results):
            out.back_after = time.monotonic() - started
            break
        await asyncio.sleep(0.5)
    waited = await _until_health(s, "SERVING", 5.0)
    out.serving_again = "SERVING" if waited is not None else await health(s.target)
    stats = await s.emulator.stats()
    out.billing_calls = int(stats.get("statuses", {}).get("402", 0))
    out.outcomes = dict(ledger.by_kind())
    return out


def _source(v: pb.Verdict | None) -> str:
    if v is None:
        return "no verdict"
    return pb.VerdictSource.Name(v.source).removeprefix("VERDICT_SOURCE_").lower()


def _decision(v: pb.Verdict | None) -> str:
    return pb.Decision.Name(v.decision).removeprefix("DECISION_").lower() if v else "none"
