"""`moderation-server`: load Settings from the environment and flags, then serve."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Callable, Sequence

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
        new_loop = loop_factory(settings.event_loop)
        stop_tracing = setup_tracing(settings.otel_traces_exporter)
    except ValueError as exc:
        print(f"moderation-server: bad setting: {exc}", file=sys.stderr)
        return 2
    from moderation.server import ConfigError, serve

    try:
        with asyncio.Runner(loop_factory=new_loop) as runner:
            runner.run(serve(settings))
    except (ConfigError, PolicyError, OSError) as exc:
        log.error("cannot start: %s", exc)
        return 1
    finally:
        stop_tracing()  # flush the spans still buffered
    return 0


def loop_factory(name: str) -> Callable[[], asyncio.AbstractEventLoop]:
    """The event loop `name` selects. uvloop runs the same asyncio code with less CPU a call
    (its loop is C, the standard one Python): a cache hit takes about a tenth less."""
    if name == "asyncio":
        return asyncio.new_event_loop
    if name != "uvloop":
        raise ValueError(f"event_loop: {name!r} is not uvloop or asyncio")
    try:
        import uvloop
    except ImportError:  # not built for this platform: the standard loop serves the same
        log.warning("uvloop is not installed here: serving on the standard asyncio loop")
        return asyncio.new_event_loop
    return uvloop.new_event_loop


if __name__ == "__main__":
    raise SystemExit(main())
