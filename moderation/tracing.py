"""OpenTelemetry traces: the tracer the layers share, and the exporter chosen at start-up.

Spans: the gRPC server span (made at the gRPC edge, under the caller's W3C
``traceparent`` when it sends one), one ``moderation.judge`` span
per item under it, one ``moderation.batch`` span per batch and one
``anthropic.messages`` client span per Messages API call under the batch. A
batch carries items of many callers, so it starts a trace of its own and is
tied to each caller's item span by links both ways (the OpenTelemetry pattern
for batched work), never parented under one caller.

Without an exporter configured the API stays a no-op and spans cost next to
nothing. The exporter's own settings (endpoint, headers, protocol, sampler,
resource) are the standard ``OTEL_*`` variables, read by the SDK itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum

from opentelemetry import trace

log = logging.getLogger(__name__)

TRACER_NAME = "moderation"
SERVICE_NAME = "moderation-service"


class TraceExporter(StrEnum):
    """Where finished spans go (the value of OTEL_TRACES_EXPORTER)."""

    NONE = "none"  # spans are not recorded
    OTLP = "otlp"  # OTLP over gRPC to OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT
    CONSOLE = "console"  # one JSON document per span on stdout, for a quick look


# A proxy until a provider is installed, then that provider's tracer: safe to take at import.
_TRACER = trace.get_tracer(TRACER_NAME)


def tracer() -> trace.Tracer:
    """The service's tracer; it follows whatever provider is installed globally."""
    return _TRACER


_installed: list[bool] = []  # [True] once a provider is installed


def active() -> bool:
    """Whether spans can be recorded: False while no tracer provider is installed, when
    every span is a no-op and the hot path skips making one. A provider, once installed,
    cannot be replaced, so True stays True; which spans are kept is then the sampler's call.
    """
    if _installed:
        return True
    # What `trace.set_tracer_provider` sets; `get_tracer_provider()` would read the
    # environment on every call while none is set, too dear for every request.
    if getattr(trace, "_TRACER_PROVIDER", None) is None:
        return False
    _installed.append(True)
    return True


def recording() -> bool:
    """Whether the span current here records: a provider is installed and its sampler
    kept this call's span. A hit answered without its own span (the engine's fast
    path) is only right when nothing would have recorded one."""
    return active() and trace.get_current_span().is_recording()


def setup_tracing(exporter: str) -> Callable[[], None]:
    """Install a tracer provider exporting to `exporter`; returns how to flush and stop it.

    Only the process entry point calls this; tests install their own provider.
    """
    kind = TraceExporter(exporter.strip().lower() or TraceExporter.NONE)
    if kind is TraceExporter.NONE:
        return lambda: None
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import (
        BatchSpanProcessor,
        ConsoleSpanExporter,
        SpanExporter,
    )

    resource = Resource.create()  # OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES
    if str(resource.attributes.get("service.name", "")).startswith("unknown_service"):
        resource = resource.merge(Resource({"service.name": SERVICE_NAME}))
    provider = TracerProvider(resource=resource)
    span_exporter: SpanExporter
    if kind is TraceExporter.OTLP:
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

        span_exporter = OTLPSpanExporter()
    else:
        span_exporter = ConsoleSpanExporter()
    provider.add_span_processor(BatchSpanProcessor(span_exporter))
    trace.set_tracer_provider(provider)
    log.info("exporting traces: %s", kind.value)
    return provider.shutdown
