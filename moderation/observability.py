"""Logging set-up, in-process counters and gauges, and their Prometheus endpoint.

Counters (verdicts by source, usage and cost, cache behaviour, upstream calls)
and gauges (queue depth, calls in flight, the adaptive concurrency limit) are
plain numbers read by `snapshot()`: the server logs them at shutdown,
benchmarks read them, and `serve_prometheus` exposes them for scraping.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

from moderation.domain import Usage

PROMETHEUS_PREFIX = "moderation_"
# Snapshot entries that are levels, not running totals.
_GAUGES = {"prompt_cache_hit_rate"}


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


class Metrics:
    """Monotonic counters and sampled gauges; safe from the event loop and worker threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, float] = {}
        self._usage = Usage()
        self._gauges: dict[str, Callable[[], float]] = {}

    def incr(self, name: str, by: float = 1) -> None:
        with self._lock:
            self._counts[name] = self._counts.get(name, 0.0) + by

    def add_usage(self, usage: Usage) -> None:
        with self._lock:
            self._usage = self._usage + usage

    def gauge(self, name: str, read: Callable[[], float]) -> None:
        """Sample `read()` at every snapshot (e.g. the batcher's queue depth)."""
        with self._lock:
            self._gauges[name] = read

    def gauge_names(self) -> set[str]:
        with self._lock:
            return set(self._gauges) | _GAUGES

    def snapshot(self) -> dict[str, float]:
        with self._lock:
            out: dict[str, float] = dict(self._counts)
            u = self._usage
            gauges = dict(self._gauges)
        out.update(
            input_tokens=u.input_tokens,
            cache_read_input_tokens=u.cache_read_input_tokens,
            cache_creation_input_tokens=u.cache_creation_input_tokens,
            output_tokens=u.output_tokens,
            estimated_cost_usd=u.estimated_cost_usd,
        )
        prompt = u.input_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens
        out["prompt_cache_hit_rate"] = u.cache_read_input_tokens / prompt if prompt else 0.0
        for name, read in gauges.items():
            out[name] = float(read())
        return out


class _Collector:
    """Presents a Metrics snapshot to prometheus_client at each scrape."""

    def __init__(self, metrics: Metrics) -> None:
        self._metrics = metrics

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

        gauges = self._metrics.gauge_names()
        for name, value in sorted(self._metrics.snapshot().items()):
            full = PROMETHEUS_PREFIX + name
            if name in gauges:
                yield GaugeMetricFamily(full, name.replace("_", " "), value=value)
            else:
                yield CounterMetricFamily(full, name.replace("_", " "), value=value)


def serve_prometheus(metrics: Metrics, host: str, port: int) -> Callable[[], None]:
    """Serve /metrics over HTTP on (host, port) in a thread; returns how to stop it."""
    from prometheus_client import CollectorRegistry, start_http_server

    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Collector(metrics))
    server, thread = start_http_server(port, addr=host, registry=registry)

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    return stop
