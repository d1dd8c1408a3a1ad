"""Scenario: tenants who share one server cannot infer from or starve each other.

Three tenants on one server (team-a, team-b, and ops with the admin role). A
floods: many concurrent calls of many items each, far more than its share of
`MODERATION_MAX_ITEMS_IN_FLIGHT`, while B sends one item every 100 ms with a
10 s deadline. B's calls must never be refused and its p99 latency must stay
within max(1 s, 3x its p99 alone, measured on the same server just before);
A's calls beyond its share are refused RESOURCE_EXHAUSTED with RetryInfo. B
sending a text A sent must not be answered from the cache, and B cannot
see, read, cancel or delete A's job (`tenants_jobs`). Run on the
embedded default (MiniLM, what answers without a key) and on the haiku path
against the emulator, where B's items must go out in the next batches while
A's queue is deep: B's p99 within two upstream calls of the latency model
(at worst one call until a slot frees, then its own), where first come, first
served would put B behind all of A's queue. A third run floods the embedded default with
long flagged texts in other languages, each a full window of the multilingual encoder and
its evidence checked by deletion (an encoder pass per word tried), so the dearest texts the
embedded path takes cost their sender only too.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
from google.rpc import error_details_pb2, status_pb2

from bench.harness import BENCHMARK_LATENCY
from bench.reliability.harness import (
    TARGET,
    Labelled,
    ScenarioResult,
    Stack,
    count,
    fmt_counts,
    labelled,
    settings_line,
    stack,
)
from bench.reliability.tenants_jobs import jobs_isolation, sqlite_store_bytes
from moderation.v1 import moderation_pb2 as pb
from training.multilingual.train import language_modules

TOKENS = {"team-a": "token-team-a", "team-b": "token-team-b", "ops": "token-ops"}
TENANTS_FILE = """
[tenants.team-a]
tokens = ["token-team-a"]

[tenants.team-b]
tokens = ["token-team-b"]

[tenants.ops]
tokens = ["token-ops"]
role = "admin"
"""
B_DEADLINE = 10.0
A_DEADLINE = 120.0
DETAILS_KEY = "grpc-status-details-bin"


@dataclass(frozen=True)
class TenantsLoad:
    flood_calls: int = 48  # A's concurrent calls
    flood_items: int = 256  # items per call of A
    flood_seconds: float = 20.0
    alone_seconds: float = 5.0
    b_every: float = 0.1
    max_items_in_flight: int = 8192
    paths: tuple[str, ...] = ("embedded", "embedded in other languages", "haiku")


# Everyday sentences in other languages, from which A's long texts are made.
FOREIGN_SENTENCES = {
    "de": (
        "Wir treffen uns morgen um acht am Bahnhof und fahren dann gemeinsam in die Stadt.",
        "Die Lieferung ist leider immer noch nicht angekommen, obwohl sie angekündigt war.",
        "Kannst du mir bitte das Rezept für den Apfelkuchen von letzter Woche schicken?",
        "Das Spiel gestern war unglaublich spannend, vor allem die letzten zehn Minuten.",
    ),
    "fr": (
        "Je pense que nous devrions reporter la réunion à jeudi, si tout le monde est d'accord.",
        "Le nouveau restaurant au coin de la rue propose un menu du jour très abordable.",
        "Merci encore pour ton aide pendant le déménagement, je te dois un grand service.",
        "La connexion internet coupe régulièrement depuis la mise à jour du routeur.",
    ),
    "ar": (
        "سنلتقي غدا في المقهى القريب من الجامعة بعد انتهاء المحاضرة الأخيرة.",
        "شكرا جزيلا على المساعدة في ترتيب الحفلة، كانت ناجحة جدا.",
        "هل يمكنك إرسال الملفات قبل نهاية الأسبوع حتى نراجعها معا؟",
        "الطقس اليوم جميل جدا، ربما نذهب إلى الشاطئ في المساء.",
    ),
    "hi": (
        "कल सुबह हम सब पार्क में मिलेंगे और फिर साथ में नाश्ता करेंगे।",
        "मेरा ऑर्डर अभी तक नहीं आया है, कृपया इसकी स्थिति बताइए।",
        "इस किताब की कहानी बहुत अच्छी है, मैंने दो दिन में पढ़ ली।",
        "बारिश की वजह से आज का मैच शाम तक के लिए टल गया है।",
    ),
    "zh": (
        "我们明天早上八点在车站见面，然后一起去市中心吃早饭。",
        "这家店的服务很好，但是排队的时间实在太长了。",
        "请把上周会议的记录发给我，我想再看一遍细节。",
        "周末天气不错，我们打算带孩子去公园放风筝。",
    ),
}


def _auth(tenant: str) -> tuple[tuple[str, str]]:
    return (("authorization", f"Bearer {TOKENS[tenant]}"),)


def _retry_info(exc: grpc.aio.AioRpcError) -> bool:
    """True when a refusal carries google.rpc.RetryInfo in its rich status."""
    metadata: Any = exc.trailing_metadata() or ()
    for key, value in metadata:
        if key == DETAILS_KEY and isinstance(value, bytes):
            info = error_details_pb2.RetryInfo()
            return any(d.Unpack(info) for d in status_pb2.Status.FromString(value).details)
    return False


def p99(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else float("nan")


@dataclass
class _Caller:
    """B's side: one single-item call every `every` seconds, each timed."""

    latencies: list[float]
    outcomes: dict[str, int]


async def _b_calls(s: Stack, texts: Iterator[Labelled], seconds: float, every: float) -> _Caller:
    caller = _Caller([], {})

    async def one(n: int) -> None:
        item = next(texts)
        t0 = time.perf_counter()
        try:
            reply = await s.stub(n).Moderate(
                pb.ModerateRequest(items=[pb.Item(id=f"b{n}", text=item.text)]),
                timeout=B_DEADLINE,
                metadata=_auth("team-b"),
            )
            result = reply.results[0]
            what = "verdict" if result.HasField("verdict") else f"item-error:{result.error.code}"
        except grpc.aio.AioRpcError as exc:
            what = f"call:{exc.code().name}"
        caller.latencies.append(time.perf_counter() - t0)
        count(caller.outcomes, what)

    calls = []
    n = 0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        calls.append(asyncio.ensure_future(one(n)))
        n += 1
        await asyncio.sleep(every)
    await asyncio.gather(*calls)
    return caller


@dataclass
class _Flood:
    sent: int = 0
    answered: int = 0
    refused: int = 0
    refused_with_retry_info: int = 0
    other: dict[str, int] | None = None


@contextlib.asynccontextmanager
async def _flood(s: Stack, load: TenantsLoad, texts: Iterator[Labelled]) -> AsyncIterator[_Flood]:
    """A's calls, `flood_calls` at once, each of `flood_items` new texts, until the block ends."""
    flood = _Flood(other={})
    stop = asyncio.Event()

    async def worker(w: int) -> None:
        items: list[pb.Item] = []
        while not stop.is_set():
            # New texts for each call A gets answered; the same ones again after a refusal.
            items = items or [
                pb.Item(id=str(k), text=next(texts).text) for k in range(load.flood_items)
            ]
            flood.sent += 1
            try:
                await s.stub(w).Moderate(
                    pb.ModerateRequest(items=items), timeout=A_DEADLINE, metadata=_auth("team-a")
                )
                flood.answered += 1
                items = []
            except grpc.aio.AioRpcError as exc:
                if exc.code() is grpc.StatusCode.RESOURCE_EXHAUSTED:
                    flood.refused += 1
                    flood.refused_with_retry_info += _retry_info(exc)
                    await asyncio.sleep(0.5)  # a polite client backs off, as RetryInfo asks
                else:
                    assert flood.other is not None
                    count(flood.other, exc.code().name)

    workers = [asyncio.ensure_future(worker(w)) for w in range(load.flood_calls)]
    try:
        yield flood
    finally:
        stop.set()  # A goes away: its calls are cancelled, and the server drops their items
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)


async def _path(
    result: ScenarioResult, load: TenantsLoad, path: str, logs: Path, tenants_file: Path
) -> None:
    """One run of the flood on one judging path, with its goals."""
    state = logs / f"tenants-{path}-state"
    overrides = {
        "MODERATION_DATA_DIR": str(state),
        "MODERATION_TENANTS_FILE": str(tenants_file),
        "MODERATION_MAX_ITEMS_IN_FLIGHT": str(load.max_items_in_flight),
        "MODERATION_FALLBACK": "none",
    }
    embedded = path.startswith("embedded")
    if embedded:
        overrides.update(
            {
                "MODERATION_BACKEND": "local",
                "MODERATION_LOCAL_TEXT_MODEL": "minilm",
                "MODERATION_MAX_BATCH_ITEMS": "8",
            }
        )
    b_texts = iter(labelled(int((load.alone_seconds + load.flood_seconds) / load.b_every) + 50))
    a_texts = _foreign() if path == "embedded in other languages" else _endless(start=100_000)
    async with stack(
        "tenants", labelled(400), BENCHMARK_LATENCY, logs=logs, overrides=overrides
    ) as s:
        # Warm start: models loaded, the prompt cache written, as a running server has them.
        await s.stub().Moderate(
            pb.ModerateRequest(items=[pb.Item(id="warm", text="good morning")]),
            timeout=60,
            metadata=_auth("team-b"),
        )
        alone = await _b_calls(s, b_texts, load.alone_seconds, load.b_every)
        async with _flood(s, load, a_texts) as flood:
            await asyncio.sleep(2.0)  # A's queue deep before B's calls are timed
            await s.emulator.reset(keep_prompt_cache=True)
            crowded = await _b_calls(s, b_texts, load.flood_seconds, load.b_every)
            upstream = await s.emulator.stats()
        cache_probe = await _cache_probe(s)
        if path == "embedded":  # jobs are judged the same way on either path
            jobs = await jobs_isolation(
                s.target,
                *TOKENS.values(),
                store_size=sqlite_store_bytes(state / "jobs"),
                store_unit="bytes of the SQLite store",
            )
            jobs.record(result)
    if embedded:
        allowed = max(1.0, 3 * p99(alone.latencies))
        bound = f"≤ max(1 s, 3 × {p99(alone.latencies) * 1000:.0f} ms alone)"
    else:
        # From the latency model: B waits for a slot at most one call, then its own call.
        call = upstream["nominal_latency_s"] / max(1, upstream["calls"])
        allowed = 2 * call
        bound = f"≤ 2 upstream calls of the latency model (2 × {call * 1000:.0f} ms)"
        sizes = upstream["batch_sizes"]
        served = upstream["served_latency_s"] / max(1, upstream["served_calls"])
        result.observe(
            f"{path}: upstream calls during A's flood",
            f"{upstream['calls']}, {sum(sizes) / max(1, len(sizes)):.1f} items each on average;"
            f" by the latency model {call * 1000:.0f} ms on average, the longest"
            f" {upstream['longest_nominal_latency_s'] * 1000:.0f} ms; served in"
            f" {served * 1000:.0f} ms on average",
        )
    b_refused = sum(v for k, v in crowded.outcomes.items() if k != "verdict")
    result.goal(
        f"{path}: B's calls refused or failed during A's flood",
        "0",
        f"{b_refused} of {len(crowded.latencies)} ({fmt_counts(crowded.outcomes)})",
        b_refused == 0,
    )
    result.goal(
        f"{path}: B's p99 during A's flood",
        f"{bound} = {allowed * 1000:.0f} ms",
        f"{p99(crowded.latencies) * 1000:.0f} ms",
        p99(crowded.latencies) <= allowed,
    )
    result.goal(
        f"{path}: A refused beyond its share, each with RetryInfo",
        "> 0, all with RetryInfo",
        f"{flood.refused} of {flood.sent} calls, {flood.refused_with_retry_info} with RetryInfo",
        flood.refused > 0 and flood.refused_with_retry_info == flood.refused,
    )
    result.goal(
        f"{path}: B's copy of a text A sent answered from the cache",
        "never (source model)",
        cache_probe,
        cache_probe == "VERDICT_SOURCE_MODEL",
    )
    result.observe(
        f"{path}: B alone (p50 / p99)",
        f"{_ms(alone.latencies, 0.5)} / {p99(alone.latencies) * 1000:.0f} ms over "
        f"{len(alone.latencies)} calls",
    )
    result.observe(
        f"{path}: B during A's flood (p50 / p99)",
        f"{_ms(crowded.latencies, 0.5)} / {p99(crowded.latencies) * 1000:.0f} ms over "
        f"{len(crowded.latencies)} calls",
    )
    result.observe(
        f"{path}: A's calls",
        f"{flood.sent} sent, {flood.answered} answered, {flood.refused} refused"
        + (f", other: {fmt_counts(flood.other)}" if flood.other else ""),
    )


async def _cache_probe(s: Stack) -> str:
    """A judges a fresh text, then B sends the same text: B's verdict's source."""
    text = "a text only team-a has ever sent: meet me behind the gym at nine"
    for tenant in ("team-a", "team-b"):
        reply = await s.stub().Moderate(
            pb.ModerateRequest(items=[pb.Item(id=tenant, text=text)]),
            timeout=60,
            metadata=_auth(tenant),
        )
    return str(pb.VerdictSource.Name(reply.results[0].verdict.source))


def _endless(start: int, chunk: int = 10_000) -> Iterator[Labelled]:
    """Distinct labelled texts, as many as asked for."""
    while True:
        yield from labelled(chunk, start=start)
        start += chunk


def _foreign(sentences: int = 12) -> Iterator[Labelled]:
    """Distinct long texts in other languages, the dearest the embedded path takes: each opens
    with three hateful lines of its language's training rows, so most are flagged and their
    evidence checked by deletion (an encoder pass per word tried), then `sentences` everyday
    sentences, past the multilingual encoder's 128-piece window."""
    languages = sorted(FOREIGN_SENTENCES)
    modules = language_modules(languages)
    hateful = {c: [t for _, hate, t in modules[c].FUNCTIONAL_TRAIN if hate] for c in languages}
    n = 0
    while True:
        code = languages[n % len(languages)]
        pool, lines = FOREIGN_SENTENCES[code], hateful[code]
        start = 3 * (n // len(languages))
        hate = " ".join(lines[(start + k) % len(lines)] for k in range(3))
        body = " ".join(pool[(n + k) % len(pool)] for k in range(sentences))
        yield Labelled(f"{hate} {body} #{n}", {})
        n += 1


def _ms(latencies: list[float], q: float) -> str:
    ordered = sorted(latencies)
    return f"{ordered[int(len(ordered) * q)] * 1000:.0f}" if ordered else "–"


def _foreign_length() -> str:
    lengths = [len(t.text) for t, _ in zip(_foreign(), range(50), strict=False)]
    return f"{min(lengths)}–{max(lengths)}"


async def run(load: TenantsLoad, logs: Path) -> ScenarioResult:
    result = ScenarioResult(
        "tenants",
        "Tenants: a flood is refused to its sender only; no tenant hears another's content",
        f"{TARGET} --only tenants",
    )
    result.setup = [
        "Three tenants (team-a, team-b, ops with the admin role) from a tenants file.",
        f"A: {load.flood_calls} concurrent calls of {load.flood_items} distinct texts from the"
        f" labelled set, each call followed by the next, for {load.flood_seconds:g} s (a refused"
        " call waits 0.5 s, as its RetryInfo asks). B: one single-item call every"
        f" {load.b_every * 1000:.0f} ms with a {B_DEADLINE:g} s deadline, alone for"
        f" {load.alone_seconds:g} s, then during A's flood (from 2 s in).",
        f"Paths: {', '.join(load.paths)} (embedded: MODERATION_BACKEND=local with MiniLM, A's"
        " texts from the labelled set; embedded in other languages: the same settings, A's texts"
        f" {_foreign_length()} characters of German, French, Arabic, Hindi or Mandarin, each"
        " three hateful lines of the training rows, then everyday sentences, past the multilingual"
        " encoder's window, most of them flagged and their evidence checked by deletion; haiku: the"
        " emulator,"
        f" {BENCHMARK_LATENCY.describe()}).",
        settings_line("tenants", {"MODERATION_MAX_ITEMS_IN_FLIGHT": str(load.max_items_in_flight)}),
    ]
    tenants_file = logs / "tenants.toml"
    tenants_file.write_text(TENANTS_FILE, encoding="utf-8")
    t0 = time.perf_counter()
    for path in load.paths:
        await _path(result, load, path, logs, tenants_file)
    result.elapsed = time.perf_counter() - t0
    result.observe("wall time", f"{result.elapsed:.0f} s")
    return result
