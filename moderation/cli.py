"""`moderation-server`: load Settings from the environment and flags, then serve."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Sequence

from moderation.config import Settings
from moderation.observability import setup_logging
from moderation.policy import PolicyError

log = logging.getLogger("moderation")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        settings = Settings.load(sys.argv[1:] if argv is None else argv, os.environ)
    except ValueError as exc:
        print(f"moderation-server: bad setting: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings.log_level)
    from moderation.server import ConfigError, serve

    try:
        asyncio.run(serve(settings))
    except (ConfigError, PolicyError, OSError) as exc:
        log.error("cannot start: %s", exc)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
