"""What the job e2e tests share: the emulator they judge against, a server's settings, waiting."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

from anthropic_emulator.batches import BatchKnobs
from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.judges import OracleJudge

HATE = "you people are vermin and should be wiped out"
ROOT = Path(__file__).resolve().parents[2]


def job_emulator() -> Emulator:
    """Fast calls, Message Batches that end in 0.2 s, and HATE judged as hate."""
    config = EmulatorConfig.fast(batches=BatchKnobs(processing_seconds=0.2))
    return Emulator(config, OracleJudge({HATE: {"hate": 3}}))


def job_server_env(emulator: Emulator, port: int, **settings: str) -> dict[str, str]:
    """A haiku server on loopback `port` against the emulator, polling batches quickly."""
    return dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        ANTHROPIC_API_KEY="test-key",
        ANTHROPIC_BASE_URL=emulator.base_url,
        MODERATION_BACKEND="haiku",
        MODERATION_LOCAL_TEXT_MODEL="profanity",
        MODERATION_PORT=str(port),
        MODERATION_JOBS_POLL_SECONDS="0.05",
        MODERATION_JOBS_POLL_MAX_SECONDS="0.1",
        MODERATION_MAX_BATCH_ITEMS="8",
        **settings,
    )


async def until(predicate: Callable[[], bool], limit: float = 60.0) -> None:
    async with asyncio.timeout(limit):
        while True:
            if predicate():
                return
            await asyncio.sleep(0.02)
