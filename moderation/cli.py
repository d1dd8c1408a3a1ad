"""`moderation-server`: load Settings from the environment and flags, then serve."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Sequence

from moderation.config import Settings
from moderation.logs import setup_logging
from moderation.policy import PolicyError
from moderation.tracing import setup_tracing

log = logging.getLogger("moderation")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        settings = Settings.load(sys.argv[1:] if argv is None else argv, os.environ)
    except ValueError as exc:
        print(f"moderation-server: bad setting: {exc}", file=sys.stderr)
        return 2
    try:
        setup_logging(settings.log_level, settings.log_format, settings.log_http_requests)
        stop_tracing = setup_tracing(settings.otel_traces_exporter)
    except ValueError as exc:
        print(f"moderation-server: bad setting: {exc}", file=sys.stderr)
        return 2
    from moderation.server import ConfigError, serve

    try:
        asyncio.run(serve(settings))
    except (ConfigError, PolicyError, OSError) as exc:
        log.error("cannot start: %s", exc)
        return 1
    finally:
        stop_tracing()  # flush the spans still buffered
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
