"""Prompt, output and cache figures of the haiku backend, measured against the emulator.

Token counts are the emulator's documented approximation (text: 4 characters per
token; schemas and tool definitions: their compact JSON at the same rate), not
Anthropic's tokenizer. Latency is switched off: none of these figures depends on it.

    .venv/bin/python -m bench.haiku_prompt_stats [--items 1000] [--batch 32]
"""

from __future__ import annotations

import argparse
import asyncio
import logging

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.judges import KeywordJudge
from moderation.backends.base import Batch
from moderation.backends.haiku.backend import HaikuBackend, HaikuConfig
from moderation.domain import Item, Judgement, TextContent
from moderation.observability import Metrics
from moderation.policy import default_policy

MODELS = ("claude-haiku-4-5", "claude-3-5-haiku-latest")
CLEAN = "Thanks for sharing, the photos from the hike look great!"
FLAGGED = "you are all subhuman vermin"  # keyword judge: hate, severity 3


async def backend_for(emu: Emulator, model: str, metrics: Metrics) -> HaikuBackend:
    config = HaikuConfig(models=(model,), api_key="bench", base_url=emu.base_url)
    backend = HaikuBackend(config, metrics)
    await backend.start()
    return backend


async def run_items(backend: HaikuBackend, texts: list[str], batch: int) -> int:
    policy = default_policy()
    judged = 0
    for start in range(0, len(texts), batch):
        chunk = texts[start : start + batch]
        items = tuple(Item(f"i{n}", TextContent(t)) for n, t in enumerate(chunk))
        async for outcome in backend.classify(Batch(items, policy)):
            judged += isinstance(outcome, Judgement)
    return judged


async def main(n_items: int, batch: int) -> None:
    logging.basicConfig(level="WARNING")
    policy = default_policy()
    config = EmulatorConfig.fast(retired=frozenset())  # Haiku 3.5 served, to measure it too
    print(
        f"# haiku_prompt_stats: policy {policy.id}@{policy.version}, emulator token approximation"
    )
    print("latency model: none (figures do not depend on it); concurrency: 1 call at a time")
    async with Emulator(config, KeywordJudge()) as emu:
        for model in MODELS:
            metrics = Metrics()
            backend = await backend_for(emu, model, metrics)
            (tokens,) = backend.prompt_tokens.values()
            spec = backend.spec
            mode = "structured output schema" if spec.structured_outputs else "forced tool"
            print(
                f"prompt tokens, {model}: {tokens} (system prompt + {mode}); "
                f"cache minimum {spec.min_cache_tokens}; "
                f"cacheable: {tokens >= spec.min_cache_tokens}"
            )
            for label, text in (("clean", CLEAN), ("flagged", FLAGGED)):
                before = metrics.value("upstream_tokens_total", type="output")
                await run_items(backend, [text] * batch, batch)
                out = metrics.value("upstream_tokens_total", type="output") - before
                print(f"  output tokens per {label} item ({batch} per call): {out / batch:.2f}")
            await backend.close()

        metrics = Metrics()
        backend = await backend_for(emu, MODELS[0], metrics)
        emu.cache.clear()
        texts = [f"{CLEAN} #{n}" if n % 10 else f"{FLAGGED} #{n}" for n in range(n_items)]
        judged = await run_items(backend, texts, batch)
        billed = {
            t: metrics.value("upstream_tokens_total", type=t)
            for t in ("input", "cache_read", "cache_creation")
        }
        calls = metrics.value("upstream_request_duration_seconds_count")
        cost = metrics.value("upstream_cost_usd_total")
        print(
            f"cache over {n_items} items ({batch} per call, {MODELS[0]}, 10% flagged): "
            f"{int(calls)} calls, {judged} verdicts, "
            f"hit rate {backend.cache_hit_rate():.3f} "
            f"(read {billed['cache_read']:.0f}, "
            f"written {billed['cache_creation']:.0f}, "
            f"uncached {billed['input']:.0f} input tokens); "
            f"estimated cost ${cost:.4f} "
            f"(${cost / n_items * 1000:.4f} per 1,000 items)"
        )
        await backend.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=32)
    args = parser.parse_args()
    asyncio.run(main(args.items, args.batch))
