"""The Anthropic API emulator with counters for the benchmark, run as its own process.

Judges with the data set's own labels when given ``--labels`` (an `OracleJudge`), so
the verdict mix the service is measured on is the data's, and adds loopback-only
routes next to the emulated API:
``GET /bench/stats`` (calls, items, tokens, nominal and served call latency,
faults injected by kind, requests refused by the organisation's rate limit),
``POST /bench/reset`` (forget counters, the rate-limit buckets and the prompt
cache: the next configuration starts cold), ``POST /bench/latency`` (switch the
latency model, e.g. to zero to measure the service's own overhead),
``POST /bench/faults`` (replace the random fault rates and the hang length, and
queue scripted faults for the next calls, so a run can take the upstream down
and bring it back, or meet every fault kind for sure) and ``POST /bench/limits``
(the organisation's rate limits, 0 for none). The stats also count Messages
API answers by HTTP status and give the largest image (base64) the API was
sent. The stats count Message Batches too: batches and requests created, polls
of a batch, and how many items went upstream in more than one batch request
(the same work paid twice).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import time
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anthropic_emulator.batches import PREFIX as BATCHES_PREFIX
from anthropic_emulator.batches import BatchKnobs
from anthropic_emulator.emulator import (
    EmulatedModel,
    Emulator,
    EmulatorConfig,
    RecordedRequest,
    _last_user_items,
    _Reply,
)
from anthropic_emulator.faults import Fault, FaultKind
from anthropic_emulator.http import Request, Response, json_response
from anthropic_emulator.judges import Judge, KeywordJudge, OracleJudge
from anthropic_emulator.ratelimit import OrgLimits, OrgRateLimiter
from anthropic_emulator.tokens import CHARS_PER_TOKEN, PromptCache


@dataclass
class Counters:
    calls: int = 0
    items: int = 0
    input_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0
    output_tokens: int = 0
    nominal_latency_s: float = 0.0
    longest_nominal_latency_s: float = 0.0  # of one call
    served_calls: int = 0
    served_latency_s: float = 0.0
    batch_sizes: list[int] = field(default_factory=list)
    # Verdict objects in the answers, by kind, with their characters (and the comma after).
    clean_verdicts: int = 0
    clean_verdict_chars: int = 0
    flagged_verdicts: int = 0
    flagged_verdict_chars: int = 0
    spans: list[tuple[float, float]] = field(default_factory=list)


class CountingEmulator(Emulator):
    """Counts what the service asked upstream, from the emulator's own accounting."""

    def __init__(self, config: EmulatorConfig, judge: Judge | None = None) -> None:
        super().__init__(config, judge)
        self.counters = Counters()
        self.statuses: Counter[str] = Counter()  # Messages API answers by HTTP status

    async def _handle(self, req: Request) -> Response:
        if req.path == "/bench/stats":
            c = self.counters
            doc: dict[str, Any] = dict(vars(c))
            doc["http_requests"] = len(self.message_requests())
            doc["faults"] = dict(Counter(f.kind.value for f in self.faults.injected))
            doc["rate_limited"] = self.limiter.refused
            doc["rate_limited_by"] = dict(self.limiter.refused_by)
            doc["admitted"] = self.limiter.admitted
            doc["batches"] = self._batch_stats()
            doc["statuses"] = dict(self.statuses)
            doc["largest_image_base64"] = max(_image_lengths(self.message_requests()), default=0)
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
            self.statuses.clear()
            self.requests.clear()
            self.faults.injected.clear()
            self.limiter = OrgRateLimiter(self.config.rate_limits)
            if not body.get("keep_prompt_cache"):
                self.cache = PromptCache()
            return json_response(200, {"ok": True})
        if req.path == "/bench/latency":
            body = req.json()
            self.config.first_token_seconds = float(body["first_token_seconds"])
            self.config.per_token_seconds = float(body["per_token_seconds"])
            return json_response(200, {"ok": True})
        if req.path == "/bench/faults":
            body = req.json()
            self.faults.rates = {FaultKind(k): float(p) for k, p in body["rates"].items()}
            if "hang_seconds" in body:
                self.config.hang_seconds = float(body["hang_seconds"])
            self.faults.push(*(FaultKind(k) for k in body.get("push", [])))
            return json_response(200, {"ok": True})
        started = time.monotonic()
        response = await super()._handle(req)
        if req.path == "/v1/messages":
            self.statuses[str(response.status)] += 1
        if req.path != "/v1/messages" or response.status != 200:
            return response
        if isinstance(response.body, bytes):
            self._served(started)
        else:
            response.body = self._timed(response.body, started)
        return response

    def _batch_stats(self) -> dict[str, int]:
        """Message Batches as the API saw them; an item is known by its text."""
        sends: Counter[str] = Counter()
        for request in self.batches.all_requests():
            sends.update(i.text or "" for i in _last_user_items(request.get("params") or {}))
        poll = re.compile(re.escape(BATCHES_PREFIX) + r"/[^/]+$")
        return {
            "created": self.batches.created,
            "requests": self.batches.requests_created,
            "polls": sum(1 for r in self.requests if r.method == "GET" and poll.match(r.path)),
            "item_sends": sum(sends.values()),
            "items_sent_twice": sum(1 for n in sends.values() if n > 1),
        }

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
        nominal = (
            self.config.first_token_seconds + self.config.per_token_seconds * reply.output_tokens
        )
        c.nominal_latency_s += nominal
        c.longest_nominal_latency_s = max(c.longest_nominal_latency_s, nominal)
        verdicts = reply.tool_input.get("v") if isinstance(reply.tool_input, dict) else None
        for v in verdicts if isinstance(verdicts, list) else []:
            chars = len(json.dumps(v, separators=(",", ":"))) + 1
            if isinstance(v, dict) and v.get("c"):
                c.flagged_verdicts += 1
                c.flagged_verdict_chars += chars
            else:
                c.clean_verdicts += 1
                c.clean_verdict_chars += chars
        return reply


def _image_lengths(requests: list[RecordedRequest]) -> list[int]:
    """The base64 length of every image block the Messages API was sent."""
    out: list[int] = []
    for r in requests:
        messages = r.body.get("messages") if isinstance(r.body, dict) else None
        for m in messages if isinstance(messages, list) else []:
            content = m.get("content") if isinstance(m, dict) else None
            for block in content if isinstance(content, list) else []:
                if isinstance(block, dict) and block.get("type") == "image":
                    out.append(len(str((block.get("source") or {}).get("data", ""))))
    return out


def tokens_per_verdict(chars: int, verdicts: int) -> float:
    """The emulator's token approximation of one verdict object (and its comma)."""
    return chars / CHARS_PER_TOKEN / verdicts if verdicts else 0.0


async def serve(
    port: int,
    first_token_ms: float,
    per_token_ms: float,
    jitter: float,
    labels: Path | None = None,
    hang_ms: float = 3_600_000.0,
    seed: int = 0,
    batch_processing_ms: float = 1000.0,
) -> None:
    config = EmulatorConfig(
        port=port,
        seed=seed,
        first_token_seconds=first_token_ms / 1000,
        per_token_seconds=per_token_ms / 1000,
        jitter=jitter,
        hang_seconds=hang_ms / 1000,
        batches=BatchKnobs(processing_seconds=batch_processing_ms / 1000),
    )
    judge: Judge = KeywordJudge() if labels is None else OracleJudge.from_file(labels)
    emulator = CountingEmulator(config, judge)
    await emulator.start()
    print(f"emulator listening on {emulator.base_url}", flush=True)
    await asyncio.Event().wait()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--first-token-ms", type=float, default=700.0)
    p.add_argument("--per-token-ms", type=float, default=15.0)
    p.add_argument("--jitter", type=float, default=0.03)
    p.add_argument("--labels", type=Path, help="oracle judge: JSON {text: {category: severity}}")
    p.add_argument(
        "--hang-ms", type=float, default=3_600_000.0, help="how long a hang fault stalls"
    )
    p.add_argument("--seed", type=int, default=0, help="seed of jitter and random faults")
    p.add_argument(
        "--batch-processing-ms",
        type=float,
        default=1000.0,
        help="how long a Message Batch stays in progress",
    )
    args = p.parse_args()
    asyncio.run(
        serve(
            args.port,
            args.first_token_ms,
            args.per_token_ms,
            args.jitter,
            args.labels,
            args.hang_ms,
            args.seed,
            args.batch_processing_ms,
        )
    )


if __name__ == "__main__":
    main()
