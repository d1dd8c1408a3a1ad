"""Logging set-up: plain text or JSON lines, each line tagged with the request it serves.

The request id lives in a context variable: the gRPC layer sets it for each
call (the caller's ``x-request-id``, or a fresh one) and each batch sets its
own, so every line says which call or batch it belongs to, along with the
calling tenant (configured, never content) and the trace and span ids when a
span is active. The JSON formatter is a few lines
over the standard library rather than a dependency. Log calls in this service
never pass item content, prompts or keys; only ids, counts and error messages.
"""

from __future__ import annotations

import contextvars
import json
import logging
import random
import sys
from datetime import UTC, datetime
from enum import StrEnum

from opentelemetry import trace

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
# The calling tenant's id, set at the gRPC edge once the caller is known ("-" before).
tenant: contextvars.ContextVar[str] = contextvars.ContextVar("tenant", default="-")
# Loggers of the HTTP clients under the Anthropic SDK: an INFO line per request otherwise.
HTTP_CLIENT_LOGGERS = ("httpx", "httpx2", "httpcore")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s %(tenant)s]: %(message)s"


class LogFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


# Request ids need to be unique, not secret: drawn from a generator seeded once from the OS,
# not a system call per call.
_ids = random.Random()


def new_request_id() -> str:
    return f"{_ids.getrandbits(64):016x}"


class RequestContext(logging.Filter):
    """Adds the current request id, tenant and, inside a span, the trace and span ids."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        record.tenant = tenant.get()
        ctx = trace.get_current_span().get_span_context()
        record.trace_id = format(ctx.trace_id, "032x") if ctx.is_valid else ""
        record.span_id = format(ctx.span_id, "016x") if ctx.is_valid else ""
        return True


class JsonLines(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id, trace ids."""

    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
            "tenant": getattr(record, "tenant", "-"),
        }
        for key in ("trace_id", "span_id"):
            if value := getattr(record, key, ""):
                doc[key] = value
        if record.exc_info:
            doc["exception"] = self.formatException(record.exc_info)
        return json.dumps(doc, ensure_ascii=False)


def setup_logging(level: str, fmt: str = "text", http_client_lines: bool = False) -> None:
    """Configure the root logger once, at start-up.

    `http_client_lines` keeps the HTTP client's per-request INFO line (one per
    upstream call, noise at any volume); off, only its warnings pass.
    """
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RequestContext())
    kind = LogFormat(fmt.strip().lower())
    handler.setFormatter(JsonLines() if kind is LogFormat.JSON else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    for name in HTTP_CLIENT_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET if http_client_lines else logging.WARNING)
