"""The Anthropic API emulator with counters for the benchmark, run as its own process.

Adds four loopback-only routes next to the emulated API:
``GET /bench/stats`` (calls, items, tokens, nominal and served call latency,
requests refused by the organisation's rate limit), ``POST /bench/reset``
(forget counters, the rate-limit buckets and the prompt cache: the next
configuration starts cold), ``POST /bench/latency`` (switch the latency
model, e.g. to zero to measure the service's own overhead) and
``POST /bench/limits`` (the organisation's rate limits, 0 for none).
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from moderation.testing.emulator import (
    EmulatedModel,
    Emulator,
    EmulatorConfig,
    _last_user_items,
    _Reply,
)
from moderation.testing.faults import Fault
from moderation.testing.http import Request, Response, json_response
from moderation.testing.ratelimit import OrgLimits, OrgRateLimiter
from moderation.testing.tokens import PromptCache


@dataclass
class Counters:
    calls: int = 0
    items: int = 0
    input_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0
    output_tokens: int = 0
    nominal_latency_s: float = 0.0
    served_calls: int = 0
    served_latency_s: float = 0.0
    batch_sizes: list[int] = field(default_factory=list)
    spans: list[tuple[float, float]] = field(default_factory=list)


class CountingEmulator(Emulator):
    """Counts what the service asked upstream, from the emulator's own accounting."""

    def __init__(self, config: EmulatorConfig) -> None:
        super().__init__(config)
        self.counters = Counters()

    async def _handle(self, req: Request) -> Response:
        if req.path == "/bench/stats":
            c = self.counters
            doc: dict[str, Any] = dict(vars(c))
            doc["http_requests"] = len(self.message_requests())
            doc["rate_limited"] = self.limiter.refused
            doc["rate_limited_by"] = dict(self.limiter.refused_by)
            doc["admitted"] = self.limiter.admitted
            return json_response(200, doc)
        if req.path == "/bench/limits":
            body = req.json()
            self.config.rate_limits = OrgLimits(
                float(body.get("rpm", 0)),
                float(body.get("itpm", 0)),
                float(body.get("otpm", 0)),
                float(body.get("burst_seconds", 60)),
            )
            self.limiter = OrgRateLimiter(self.config.rate_limits)
            return json_response(200, {"ok": True})
        if req.path == "/bench/reset":
            body = req.json() if req.body else {}
            self.counters = Counters()
            self.requests.clear()
            self.limiter = OrgRateLimiter(self.config.rate_limits)
            if not body.get("keep_prompt_cache"):
                self.cache = PromptCache()
            return json_response(200, {"ok": True})
        if req.path == "/bench/latency":
            body = req.json()
            self.config.first_token_seconds = float(body["first_token_seconds"])
            self.config.per_token_seconds = float(body["per_token_seconds"])
            return json_response(200, {"ok": True})
        started = time.monotonic()
        response = await super()._handle(req)
        if req.path != "/v1/messages" or response.status != 200:
            return response
        if isinstance(response.body, bytes):
            self._served(started)
        else:
            response.body = self._timed(response.body, started)
        return response

    def _served(self, started: float) -> None:
        self.counters.served_calls += 1
        self.counters.served_latency_s += time.monotonic() - started
        self.counters.spans.append((started, time.monotonic()))

    async def _timed(self, body: AsyncIterator[bytes], started: float) -> AsyncIterator[bytes]:
        async for chunk in body:
            yield chunk
        self._served(started)

    async def _reply(
        self, body: dict[str, Any], model: EmulatedModel, fault: Fault | None
    ) -> _Reply:
        reply = await super()._reply(body, model, fault)
        c = self.counters
        n = len(_last_user_items(body))
        c.calls += 1
        c.items += n
        c.batch_sizes.append(n)
        c.input_tokens += reply.input_tokens
        c.cache_creation_input_tokens += reply.cache_creation
        c.cache_read_input_tokens += reply.cache_read
        c.output_tokens += reply.output_tokens
        c.nominal_latency_s += (
            self.config.first_token_seconds + self.config.per_token_seconds * reply.output_tokens
        )
        return reply


async def serve(port: int, first_token_ms: float, per_token_ms: float, jitter: float) -> None:
    config = EmulatorConfig(
        port=port,
        seed=0,
        first_token_seconds=first_token_ms / 1000,
        per_token_seconds=per_token_ms / 1000,
        jitter=jitter,
    )
    emulator = CountingEmulator(config)
    await emulator.start()
    print(f"emulator listening on {emulator.base_url}", flush=True)
    await asyncio.Event().wait()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--first-token-ms", type=float, default=700.0)
    p.add_argument("--per-token-ms", type=float, default=15.0)
    p.add_argument("--jitter", type=float, default=0.03)
    args = p.parse_args()
    asyncio.run(serve(args.port, args.first_token_ms, args.per_token_ms, args.jitter))


if __name__ == "__main__":
    main()
