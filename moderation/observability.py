"""The service's Prometheus metrics: one object, its own registry, and the /metrics endpoint.

Every metric is declared once here, with labels for what varies (source,
decision, code, model, policy, method, kind) instead of names that bake a value
in, HELP text that says what a sample means, and units and ``_total`` in names
per Prometheus conventions. Components get the `Metrics` object at start-up and
update the metric they own; levels that live elsewhere (queue depth, the
concurrency limit, the breaker state) are sampled at scrape time through
`gauge` and `state`. Each `Metrics` has its own registry, so several servers in
one process (tests, benchmarks) never share counts; `value` reads a sum back.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from moderation.domain import Usage

PREFIX = "moderation_"
_Labelled = Counter | Histogram
# Latency buckets (seconds): a cache hit takes ~1 ms, a Haiku call 0.7-10 s, a retried one more.
LATENCY_BUCKETS = (
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
    30.0,
    60.0,
    120.0,
)
QUEUE_WAIT_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
BATCH_ITEM_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256)
BATCH_TOKEN_BUCKETS = (100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000)
# Event-loop lag (seconds): a healthy loop answers its timer within a millisecond or two.
LOOP_LAG_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
# How often the watchdog samples the event loop.
LOOP_LAG_INTERVAL = 0.1


@dataclass(frozen=True, slots=True)
class TenantUsage:
    """What one tenant used on this replica since it started (read from the counters)."""

    tenant: str
    items: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)  # by source
    refused: int = 0
    usage: Usage = field(default_factory=Usage)


class Metrics:
    """Every metric of one server, registered in its own registry; safe from any thread."""

    def __init__(self) -> None:
        self.started_at = time.time()
        self._children: dict[tuple[_Labelled, tuple[str, ...]], Any] = {}
        self.registry = CollectorRegistry(auto_describe=True)
        self._sampled = _Sampled()
        self.registry.register(self._sampled)
        r = self.registry

        def counter(name: str, doc: str, labels: Sequence[str] = ()) -> Counter:
            return Counter(PREFIX + name, doc, labels, registry=r)

        def histogram(
            name: str, doc: str, labels: Sequence[str], buckets: Sequence[float]
        ) -> Histogram:
            return Histogram(PREFIX + name, doc, labels, registry=r, buckets=buckets)

        # --- transport --------------------------------------------------------
        self.rpc_duration = histogram(
            "rpc_duration_seconds",
            "Time from a call's arrival to its end (a stream: its whole life), by method and "
            "the gRPC status code it ended with.",
            ("method", "code"),
            LATENCY_BUCKETS,
        )
        self.stream_first_result = histogram(
            "stream_first_result_seconds",
            "On ModerateStream, time from the first item read to the first result sent: how "
            "soon a streaming caller hears back.",
            (),
            LATENCY_BUCKETS,
        )
        self.event_loop_lag = histogram(
            "event_loop_lag_seconds",
            "How late the event loop ran a timer due every 0.1 s: time during which no call "
            "could make progress (one heavy step on the loop stalls every caller).",
            (),
            LOOP_LAG_BUCKETS,
        )
        self.refused_overloaded = counter(
            "refused_overloaded",
            "Calls (Moderate) or stream items (ModerateStream) refused with RESOURCE_EXHAUSTED "
            "because the server held too much work; callers retry after RetryInfo.",
            ("method",),
        )
        # --- engine -----------------------------------------------------------
        self.items = counter(
            "items",
            "Valid items accepted for judging, by policy (each ends as one verdict or one "
            "item error).",
            ("policy",),
        )
        self.items_invalid = counter(
            "items_invalid",
            "Stream items refused with INVALID_ARGUMENT (a bad field, too many items in one "
            "message, an id already in flight, an unknown policy) and stream messages that could "
            "not be decoded (a bad unary request is refused whole and counted in "
            "rpc_duration_seconds with its code).",
        )
        self.verdicts = counter(
            "verdicts",
            "Verdicts answered, by where they came from (model, cache, blocklist, fallback), "
            "decision, policy and the model that decided.",
            ("source", "decision", "policy", "model"),
        )
        self.item_errors = counter(
            "item_errors",
            "Items answered with an error instead of a verdict, by error code; stream items "
            "refused for bad input or overload are counted in items_invalid and "
            "refused_overloaded instead.",
            ("code",),
        )
        self.items_deduplicated = counter(
            "items_deduplicated",
            "Items that joined an identical item already in flight instead of being judged again.",
        )
        self.items_deduplicated_across_replicas = counter(
            "items_deduplicated_across_replicas",
            "Items answered with the verdict another replica was judging for the same content, "
            "instead of being judged again.",
        )
        self.inflight_errors = counter(
            "inflight_lease_errors",
            "Redis errors of the in-flight dedup across replicas (the replica then judges alone).",
        )
        self.cache_errors = counter(
            "verdict_cache_errors",
            "Verdict-cache reads or writes that failed (the item is judged anyway).",
            ("operation",),
        )
        # --- tenants (configured, so the label is bounded) -------------------
        self.tenant_items = counter(
            "tenant_items",
            "Valid items accepted for judging, by tenant (live calls, streams and jobs).",
            ("tenant",),
        )
        self.tenant_verdicts = counter(
            "tenant_verdicts",
            "Verdicts answered, by tenant and where they came from (model, cache, blocklist, "
            "fallback).",
            ("tenant", "source"),
        )
        self.tenant_tokens = counter(
            "tenant_tokens",
            "Upstream tokens attributed to a tenant's verdicts (each item's share of its batch "
            "call), by type (input, cache_read, cache_creation, output).",
            ("tenant", "type"),
        )
        self.tenant_cost = counter(
            "tenant_cost_usd",
            "Estimated upstream cost attributed to a tenant's verdicts, in US dollars: the "
            "figure to charge back.",
            ("tenant",),
        )
        self.tenant_refused = counter(
            "tenant_refused_overloaded",
            "Items or calls refused with RESOURCE_EXHAUSTED, by tenant: a tenant over its share.",
            ("tenant",),
        )
        # --- batcher ----------------------------------------------------------
        self.queue_wait = histogram(
            "queue_wait_seconds",
            "Time an item waited in the batch queue before its upstream call started.",
            ("policy",),
            QUEUE_WAIT_BUCKETS,
        )
        self.batch_items = histogram(
            "batch_size_items",
            "Items per batch sent to the backend; the count is the number of batches.",
            ("policy",),
            BATCH_ITEM_BUCKETS,
        )
        self.batch_tokens = histogram(
            "batch_size_tokens",
            "Estimated input tokens of the items of one batch (content, context and framing; "
            "the cached policy prompt not included).",
            ("policy",),
            BATCH_TOKEN_BUCKETS,
        )
        self.batch_failures = counter(
            "batch_failures",
            "Batches whose backend raised past the resilience layer; their items got UNAVAILABLE.",
        )
        self.queue_rejected = counter(
            "queue_rejected_items",
            "Items refused by the batch queue (RESOURCE_EXHAUSTED), by which bound was full: "
            "items or bytes.",
            ("bound",),
        )
        self.queue_cancelled = counter(
            "queue_cancelled_items",
            "Queued items dropped before sending because their caller left (deadline or "
            "cancellation).",
        )
        # --- upstream: resilience ---------------------------------------------
        self.upstream_errors = counter(
            "upstream_errors",
            "Failed upstream calls by kind (overloaded, transient, malformed, truncated, "
            "conflict, incomplete, rejected, denied, model_unavailable, internal).",
            ("kind",),
        )
        self.upstream_retried_items = counter(
            "upstream_retried_items",
            "Items asked again after a failed or incomplete upstream call, by the failure kind.",
            ("kind",),
        )
        self.breaker_opened = counter(
            "upstream_breaker_opened",
            "Times the circuit breaker opened after consecutive upstream failures.",
        )
        self.breaker_short_circuits = counter(
            "upstream_breaker_short_circuits",
            "Sub-batches sent straight to the fallback because the breaker was open.",
        )
        self.fallback_items = counter(
            "fallback_items",
            "Items the model could not judge that went to the fallback, by its mode (local, "
            "fail-closed, none).",
            ("mode",),
        )
        # --- upstream: Messages API calls -------------------------------------
        self.upstream_duration = histogram(
            "upstream_request_duration_seconds",
            "Duration of one Messages API call (streamed to its end), by model and outcome "
            "(ok, or the failure kind).",
            ("model", "outcome"),
            LATENCY_BUCKETS,
        )
        self.upstream_tokens = counter(
            "upstream_tokens",
            "Tokens billed by the Messages API, by model and type (input, cache_read, "
            "cache_creation, output). Prompt-cache hit rate: rate of cache_read over the sum "
            "of the three input types.",
            ("model", "type"),
        )
        self.upstream_cost = counter(
            "upstream_cost_usd",
            "Estimated cost of Messages API calls in US dollars, from the model's list prices.",
            ("model",),
        )
        self.answer_problems = counter(
            "upstream_answer_problems",
            "Item ids in model answers that could not be used, by problem: unknown_id (not "
            "asked), invalid_verdict (does not fit the schema), conflicting_id (answered twice), "
            "refused (refused by the API alone, twice: the policy's refusal action applies).",
            ("problem",),
        )
        self.model_switches = counter(
            "upstream_model_switches",
            "Times a 404 moved the backend to the next configured model.",
        )
        # --- upstream: shared across replicas ---------------------------------
        self.budget_fallbacks = counter(
            "upstream_budget_fallbacks",
            "Times the shared upstream budget in Redis became unreachable and this replica "
            "fell back to its own share (MODERATION_BUDGET_LOCAL_SHARE).",
        )
        self.budget_limit_mismatches = counter(
            "upstream_budget_limit_mismatches",
            "Times the API's rate-limit headers reported a limit below the configured budget.",
        )
        self.warmups_shared = counter(
            "prompt_cache_warmups_shared",
            "Prompt-cache warm-ups this replica left to another replica (it waited for that "
            "replica's mark instead of writing the cache itself).",
        )
        self.warmup_errors = counter(
            "prompt_cache_warmup_errors",
            "Redis errors of the shared prompt-cache warm-up (the replica then warms alone).",
        )
        self.evidence_quotes_dropped = counter(
            "evidence_quotes_dropped",
            "Quotes a model gave as evidence that are not in the item's text: dropped, never "
            "shown as a span.",
        )
        self.config_reloads = counter(
            "config_reloads",
            "Reloads of a changed policy or blocklist file, by kind (policy, blocklist) and "
            "result (ok; failed: the file could not be used and the previous one stays).",
            ("kind", "result"),
        )

    # --- the hot path ----------------------------------------------------------

    def child(self, metric: _Labelled, *values: str) -> Any:
        """`metric.labels(*values)`, looked up once: prometheus_client validates the values
        and takes a lock on every `labels` call, which a cache hit cannot afford."""
        key = (metric, values)
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = metric.labels(*values)
        return found

    # --- sampled levels ------------------------------------------------------

    def gauge(self, name: str, doc: str, read: Callable[[], float]) -> None:
        """A level read at every scrape from the component that owns it."""
        g = Gauge(PREFIX + name, doc, registry=self.registry)
        g.set_function(read)

    def state(self, name: str, doc: str, states: Iterable[str], read: Callable[[], str]) -> None:
        """An enumerated state read at every scrape: 1 for the current state, 0 for the others."""
        self._sampled.add(PREFIX + name, doc, tuple(states), read)

    # --- reading back ---------------------------------------------------------

    def value(self, name: str, **labels: str) -> float:
        """The sum of a metric's samples whose labels include `labels` (0 when none).

        `name` is the sample name without the prefix: ``items_total``,
        ``verdicts_total``, ``batch_size_items_count``, ``upstream_concurrency_limit``.
        """
        full = PREFIX + name
        total = 0.0
        for metric in self.registry.collect():
            for sample in metric.samples:
                if sample.name == full and all(
                    sample.labels.get(k) == v for k, v in labels.items()
                ):
                    total += sample.value
        return total

    def record_usage(self, model: str, usage: Usage) -> None:
        """Tokens and cost of one upstream call."""
        for kind, tokens in (
            ("input", usage.input_tokens),
            ("cache_read", usage.cache_read_input_tokens),
            ("cache_creation", usage.cache_creation_input_tokens),
            ("output", usage.output_tokens),
        ):
            self.upstream_tokens.labels(model, kind).inc(tokens)
        self.upstream_cost.labels(model).inc(usage.estimated_cost_usd)

    def record_tenant_verdict(self, tenant: str, source: str, usage: Usage) -> None:
        """One verdict answered to `tenant`, with its share of the upstream usage."""
        self.child(self.tenant_verdicts, tenant, source).inc()
        for kind, tokens in (
            ("input", usage.input_tokens),
            ("cache_read", usage.cache_read_input_tokens),
            ("cache_creation", usage.cache_creation_input_tokens),
            ("output", usage.output_tokens),
        ):
            if tokens:
                self.tenant_tokens.labels(tenant, kind).inc(tokens)
        if usage.estimated_cost_usd:
            self.tenant_cost.labels(tenant).inc(usage.estimated_cost_usd)

    def tenant_usage(self) -> dict[str, TenantUsage]:
        """Every tenant's usage counted so far, by tenant id (one pass over the counters)."""
        items: dict[str, float] = {}
        refused: dict[str, float] = {}
        verdicts: dict[str, dict[str, int]] = {}
        tokens: dict[str, dict[str, float]] = {}
        cost: dict[str, float] = {}
        for metric in (
            self.tenant_items,
            self.tenant_refused,
            self.tenant_verdicts,
            self.tenant_tokens,
            self.tenant_cost,
        ):
            for family in metric.collect():
                for sample in family.samples:
                    if not sample.name.endswith("_total"):
                        continue
                    who = sample.labels["tenant"]
                    if metric is self.tenant_items:
                        items[who] = sample.value
                    elif metric is self.tenant_refused:
                        refused[who] = sample.value
                    elif metric is self.tenant_verdicts:
                        verdicts.setdefault(who, {})[sample.labels["source"]] = int(sample.value)
                    elif metric is self.tenant_tokens:
                        tokens.setdefault(who, {})[sample.labels["type"]] = sample.value
                    else:
                        cost[who] = sample.value
        out = {}
        for who in sorted({*items, *refused, *verdicts, *tokens, *cost}):
            t = tokens.get(who, {})
            out[who] = TenantUsage(
                who,
                int(items.get(who, 0)),
                verdicts.get(who, {}),
                int(refused.get(who, 0)),
                Usage(
                    t.get("input", 0.0),
                    t.get("cache_read", 0.0),
                    t.get("cache_creation", 0.0),
                    t.get("output", 0.0),
                    cost.get(who, 0.0),
                ),
            )
        return out

    def totals(self) -> dict[str, float]:
        """Non-zero counter totals by name (labels summed): a one-line summary for logs."""
        out: dict[str, float] = {}
        for metric in self.registry.collect():
            if metric.type != "counter":
                continue
            for sample in metric.samples:
                if sample.name.endswith("_total") and sample.value:
                    key = sample.name.removeprefix(PREFIX)
                    out[key] = out.get(key, 0.0) + sample.value
        return out


async def watch_event_loop(
    metrics: Metrics,
    interval: float = LOOP_LAG_INTERVAL,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Sample the running loop's lag for ever: sleep `interval`, observe how late it woke.

    Started with the server; a stall shows here even when no call is there to feel it.
    """
    while True:
        due = clock() + interval
        await asyncio.sleep(interval)
        metrics.event_loop_lag.observe(max(0.0, clock() - due))


class _Sampled(Collector):
    """Enumerated states (e.g. the breaker's) read from their owner at scrape time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._states: list[tuple[str, str, tuple[str, ...], Callable[[], str]]] = []

    def add(self, name: str, doc: str, states: tuple[str, ...], read: Callable[[], str]) -> None:
        with self._lock:
            self._states.append((name, doc, states, read))

    def collect(self) -> Iterator[Metric]:
        with self._lock:
            states = list(self._states)
        for name, doc, values, read in states:
            family = GaugeMetricFamily(name, doc, labels=("state",))
            current = read()
            for value in values:
                family.add_metric((value,), 1.0 if value == current else 0.0)
            yield family


def serve_prometheus(metrics: Metrics, host: str, port: int) -> Callable[[], None]:
    """Serve /metrics over HTTP on (host, port) in a thread; returns how to stop it."""
    server, thread = start_http_server(port, addr=host, registry=metrics.registry)

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    return stop
