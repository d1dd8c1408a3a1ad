"""Adaptive concurrency on real 429/529 answers: batcher + haiku backend + SDK + emulator."""

from __future__ import annotations

import asyncio

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.faults import Fault, FaultKind
from moderation.batching import Batcher, BatchSettings
from moderation.config import Settings
from moderation.domain import Item, Judgement, TextContent
from moderation.observability import Metrics
from moderation.policy import default_policy
from moderation.server import build_backend
from moderation.upstream.pacing import Pacer


async def test_429s_halve_the_concurrency_limit_and_nothing_is_lost() -> None:
    metrics = Metrics()
    async with Emulator(EmulatorConfig.fast()) as emu:
        settings = Settings(
            backend="haiku",
            anthropic_api_key="test",
            anthropic_base_url=emu.base_url,
            models=["claude-haiku-4-5"],
        )
        pacer = Pacer(1, 8)
        backend = build_backend(settings, metrics, pacer)
        await backend.start()
        batcher = Batcher(
            backend,
            BatchSettings(max_items=2, max_wait=0.001, max_concurrency=8, prompt_cache_ttl=0),
            metrics,
            pacer=pacer,
        )
        emu.faults.push(
            Fault(FaultKind.RATE_LIMIT, retry_after=0.05),
            Fault(FaultKind.OVERLOADED),
            Fault(FaultKind.RATE_LIMIT, retry_after=0.05),
        )
        policy = default_policy()
        items = [Item(f"c{n}", TextContent(f"message number {n}")) for n in range(24)]
        outcomes = await asyncio.gather(*(batcher.submit(i, policy) for i in items))
        await batcher.close()
        await backend.close()
    assert all(isinstance(o, Judgement) and not o.fallback for o in outcomes)
    assert pacer.limit.current < 8
    assert metrics.value("upstream_errors_total", kind="overloaded") == 3
    assert metrics.value("upstream_retried_items_total", kind="overloaded") >= 2
    calls = [r for r in emu.requests if r.path == "/v1/messages"]
    assert len(calls) > 24 // 2  # the refused calls were sent again
