"""An emulator of the Anthropic Messages API, for tests and benchmarks on loopback.

The unmodified `anthropic` SDK talks to it over real HTTP
(``AsyncAnthropic(base_url=emulator.base_url, api_key="test")``). It serves:

- ``POST /v1/messages``: JSON or server-sent events (``stream: true``), with
  the documented event sequence, text, structured outputs
  (``output_config.format``) and forced tool use (``tool_choice: tool``);
- ``POST /v1/messages/count_tokens``; ``GET /v1/models`` and ``/v1/models/{id}``;
- the Message Batches endpoints (see `anthropic_emulator.batches`);
- errors in Anthropic's shape with their statuses and headers;
- the limits the real API enforces: a request body of at most 32 MB (413
  ``request_too_large``), images of at most 5 MB *of base64* (400
  ``image exceeds 5 MB maximum: N bytes > 5242880 bytes``, naming the content
  block), at most 100 images, no unknown top-level request fields (400
  ``NAME: Extra inputs are not permitted``);
- streaming refusals: ``stop_reason: "refusal"`` with ``stop_details`` on
  ``message_delta``, for any item whose text holds `REFUSAL_TRIGGER` (again on
  every resend of it, as the real classifiers refuse the same content again) and
  as a one-off fault kind;
- billing errors in each form the API sends them: 402 ``billing_error``, 400
  "credit balance is too low", 429 with a spend-limit ``error_code``;
- the prompt cache as the API keeps it: a write is readable by other requests
  only once its response has begun (not when the request is admitted);
- batch results billed as ``service_tier: "batch"``, and the Models API with each
  model's ``capabilities``;
- the organisation's rate limits (`ratelimit`): 429 with ``retry-after`` when a
  bucket would be overdrawn, ``anthropic-ratelimit-*`` headers on every answer.

What the fake model says comes from a pluggable `Judge`; faults (429, 529,
500, hangs, malformed or truncated output, wrong ids, in-stream errors) are
scripted or random; latency follows the benchmark conventions (0.7 s to first
token + 15 ms per output token, a few % of seeded jitter). Every request is
recorded so tests can assert on what was sent.

Run it alone: ``python -m anthropic_emulator.emulator --port 8765``.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import contextlib
import io
import ipaddress
import json
import logging
import math
import random
import time
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from PIL import Image

from anthropic_emulator.batches import PREFIX as BATCHES_PREFIX
from anthropic_emulator.batches import BatchKnobs, MessageBatches
from anthropic_emulator.faults import (
    HTTP_FAULTS,
    INJECTION_FAULTS,
    Fault,
    FaultKind,
    FaultPlan,
    injection_in,
)
from anthropic_emulator.http import HTTPServer, Request, Response, json_response
from anthropic_emulator.judges import Finding, Judge, JudgeItem, KeywordJudge, OracleJudge
from anthropic_emulator.ratelimit import OrgLimits, OrgRateLimiter
from anthropic_emulator.tokens import PromptCache, count_input_tokens, segments, text_tokens
from moderation.backends.haiku.framing import read_items

log = logging.getLogger(__name__)

MAX_IMAGES = 100
# The API limits an image by the length of its base64 string, not by its decoded bytes.
MAX_IMAGE_BASE64_BYTES = 5 * 1024 * 1024
MAX_IMAGE_EDGE = 8000
# Messages and count_tokens request bodies (Cloudflare answers 413 before the API sees them).
MAX_REQUEST_BYTES = 32 * 1024 * 1024
# An item whose text holds this is refused by the fake model's "streaming classifier",
# every time it is sent: the verdicts of the items before it come out, then the refusal.
REFUSAL_TRIGGER = "[[emulator:refuse]]"
REFUSAL_DETAILS: Mapping[str, Any] = {
    "type": "refusal",
    "category": None,
    "explanation": "This request was declined because it may violate the usage policy.",
}
CREDIT_BALANCE_MESSAGE = (
    "Your credit balance is too low to access the Anthropic API. "
    "Please go to Plans & Billing to upgrade or purchase credits."
)
# Top-level fields of a Messages request (the SDK's MessageCreateParams, plus sampling
# parameters older models take); anything else is refused with 400, as the API does.
MESSAGES_FIELDS = frozenset(
    {
        "model",
        "messages",
        "max_tokens",
        "system",
        "metadata",
        "stop_sequences",
        "stream",
        "temperature",
        "top_k",
        "top_p",
        "tools",
        "tool_choice",
        "thinking",
        "output_config",
        "service_tier",
        "container",
        "cache_control",
        "diagnostics",
        "inference_geo",
        "speed",
        "context_management",
        "mcp_servers",
    }
)
COUNT_TOKENS_FIELDS = MESSAGES_FIELDS - {
    "max_tokens",
    "metadata",
    "stop_sequences",
    "stream",
    "temperature",
    "top_k",
    "top_p",
    "service_tier",
    "container",
    "diagnostics",
    "inference_geo",
}


@dataclass(frozen=True, slots=True)
class EmulatedModel:
    """What the emulated API knows of a model (its public documentation)."""

    id: str
    display_name: str
    created_at: str
    aliases: tuple[str, ...]
    min_cache_tokens: int
    structured_outputs: bool
    max_tokens: int
    max_input_tokens: int = 200_000
    # List prices, USD per million tokens (Anthropic's pricing page).
    input_usd_per_mtok: float = 1.00
    output_usd_per_mtok: float = 5.00
    cache_reads_count: bool = True  # toward the input-tokens limit (Haiku 3.5 only, of these)


CATALOGUE: tuple[EmulatedModel, ...] = (
    EmulatedModel(
        "claude-haiku-4-5-20251001",
        "Claude Haiku 4.5",
        "2025-10-15T00:00:00Z",
        ("claude-haiku-4-5",),
        min_cache_tokens=4096,
        structured_outputs=True,
        max_tokens=64_000,
        cache_reads_count=False,
    ),
    EmulatedModel(
        "claude-3-5-haiku-20241022",
        "Claude Haiku 3.5",
        "2024-10-22T00:00:00Z",
        ("claude-3-5-haiku-latest",),
        min_cache_tokens=2048,
        structured_outputs=False,
        max_tokens=8192,
        input_usd_per_mtok=0.80,
        output_usd_per_mtok=4.00,
    ),
)
# Prompt-cache writes cost 1.25x the input price (5-minute TTL) or 2x (1 hour), reads 0.1x;
# the Message Batches API halves every price.
CACHE_WRITE_PRICE = {"5m": 1.25, "1h": 2.0}
CACHE_READ_PRICE = 0.1
BATCH_DISCOUNT = 0.5


@dataclass(slots=True)
class Ledger:
    """What the emulated API would bill: Messages calls at list price, batch requests at half."""

    message_calls: int = 0
    message_usd: float = 0.0
    batch_requests: int = 0
    batch_usd: float = 0.0

    def charge(self, model: EmulatedModel, reply: _Reply, batch: bool) -> None:
        per_in = model.input_usd_per_mtok / 1e6
        usd = (
            reply.input_tokens * per_in
            + reply.cache_creation * per_in * CACHE_WRITE_PRICE.get(reply.cache_ttl, 1.25)
            + reply.cache_read * per_in * CACHE_READ_PRICE
            + reply.output_tokens * model.output_usd_per_mtok / 1e6
        )
        if batch:
            self.batch_requests += 1
            self.batch_usd += usd * BATCH_DISCOUNT
        else:
            self.message_calls += 1
            self.message_usd += usd


# Retired on 2026-02-19: requests naming it answer 404 not_found_error.
DEFAULT_RETIRED = frozenset({"claude-3-5-haiku-20241022"})


@dataclass(slots=True)
class EmulatorConfig:
    host: str = "127.0.0.1"
    port: int = 0
    seed: int = 0
    first_token_seconds: float = 0.7
    per_token_seconds: float = 0.015
    jitter: float = 0.03  # relative, uniform in [-jitter, +jitter]
    api_key: str | None = None  # None: any non-empty key is accepted
    retired: frozenset[str] = DEFAULT_RETIRED
    fault_rates: Mapping[FaultKind, float] = field(default_factory=dict)
    hang_seconds: float = 3600.0
    max_chunk_chars: int = 24  # partial_json / text deltas are split at random points up to this
    ping_every: int = 8  # a ping event every N deltas (and one after message_start)
    batches: BatchKnobs = field(default_factory=BatchKnobs)
    rate_limits: OrgLimits = field(default_factory=OrgLimits)  # the organisation's limits
    # The API's own limits; tests lower them to meet them with small inputs.
    max_request_bytes: int = MAX_REQUEST_BYTES
    max_image_base64_bytes: int = MAX_IMAGE_BASE64_BYTES

    @classmethod
    def fast(cls, **kw: Any) -> EmulatorConfig:
        """No latency: for tests."""
        return cls(first_token_seconds=0.0, per_token_seconds=0.0, jitter=0.0, **kw)


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    method: str
    path: str
    headers: Mapping[str, str]
    body: Any
    received_at: float


@dataclass(slots=True)
class _Reply:
    """What the fake model produced for one request, before it is put on the wire."""

    model: str
    mode: str  # "tool" | "text"
    tool_name: str
    text: str  # the JSON text (possibly malformed or cut)
    tool_input: dict[str, Any]
    stop_reason: str
    input_tokens: int
    cache_creation: int
    cache_read: int
    cache_ttl: str
    output_tokens: int
    stream_error_at: int | None  # cut the stream here with an error event
    hold_at: int  # where a held stream pauses: after its second verdict (the first is then out)
    max_tokens: int = 0  # reserved from the output-tokens bucket until the answer ends
    stop_details: dict[str, Any] | None = None  # set with stop_reason "refusal"
    # Writes the request's prompt-cache entries: called once its response has begun (the
    # real cache is usable by other requests only from then on, not from admission).
    commit_cache: Any = None


class Emulator:
    """The fake Messages API. Start it, point the SDK at `base_url`, stop it."""

    def __init__(self, config: EmulatorConfig | None = None, judge: Judge | None = None) -> None:
        self.config = config or EmulatorConfig()
        self.judge: Judge = judge or KeywordJudge()
        self.faults = FaultPlan(self.config.fault_rates, self.config.seed)
        self.cache = PromptCache()
        self.requests: list[RecordedRequest] = []
        self.retired: set[str] = set(self.config.retired)
        self._rng = random.Random(self.config.seed)
        self._server = HTTPServer(self._handle, self.config.host, self.config.port)
        self._models = {m.id: m for m in CATALOGUE}
        self._aliases = {a: m.id for m in CATALOGUE for a in m.aliases}
        self.limiter = OrgRateLimiter(self.config.rate_limits)
        # Tests may close this gate: streams then pause right after their first verdict.
        self.hold_streams: asyncio.Event | None = None
        self.streams_finished = 0
        self.ledger = Ledger()
        self.batches = MessageBatches(self, self.config.batches)

    # --- lifecycle -----------------------------------------------------

    async def start(self) -> Emulator:
        await self._server.start()
        log.info("Anthropic API emulator on %s", self.base_url)
        return self

    async def stop(self) -> None:
        await self.batches.stop()
        await self._server.stop()

    async def __aenter__(self) -> Emulator:
        return await self.start()

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.config.host}:{self._server.port}"

    # --- knobs for tests -----------------------------------------------

    def retire(self, model_id: str) -> None:
        """From now on, the model (and its aliases) answers 404."""
        self.retired.add(self._aliases.get(model_id, model_id))

    def restore(self, model_id: str) -> None:
        self.retired.discard(self._aliases.get(model_id, model_id))

    def add_model(self, model: EmulatedModel) -> None:
        """Serve one more model (a new release the service has no table row for)."""
        self._models[model.id] = model
        self._aliases.update({a: model.id for a in model.aliases})

    def message_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == "/v1/messages"]

    # --- routing -------------------------------------------------------

    async def _handle(self, req: Request) -> Response:
        body: Any = None
        with contextlib.suppress(ValueError):
            body = req.json()
        self.requests.append(
            RecordedRequest(req.method, req.path, dict(req.headers), body, time.monotonic())
        )
        request_id = "req_" + uuid.UUID(int=self._rng.getrandbits(128)).hex[:24]
        headers = {"request-id": request_id}
        if not self._authorized(req):
            return _error(401, "authentication_error", "invalid x-api-key", headers)
        if (
            req.method == "POST"
            and req.path in ("/v1/messages", "/v1/messages/count_tokens")
            and len(req.body) > self.config.max_request_bytes
        ):
            return _error(
                413,
                "request_too_large",
                "Request exceeds the maximum allowed number of bytes.",
                headers,
            )
        fault = self.faults.next(req.path) if req.method == "POST" else None
        if fault is not None and fault.kind in HTTP_FAULTS:
            return self._http_fault(fault, body, headers)
        if req.method == "GET" and req.path == "/v1/models":
            return self._list_models(req, headers)
        if req.method == "GET" and req.path.startswith("/v1/models/"):
            return self._get_model(req.path.removeprefix("/v1/models/"), headers)
        if req.method == "POST" and req.path == "/v1/messages/count_tokens":
            return self._count_tokens(body, headers)
        if req.method == "POST" and req.path == "/v1/messages":
            return await self._messages(body, headers, fault)
        if req.path.startswith(BATCHES_PREFIX):
            return await self.batches.handle(req, body, headers)
        return _error(404, "not_found_error", f"no route for {req.method} {req.path}", headers)

    def _authorized(self, req: Request) -> bool:
        key = req.headers.get("x-api-key", "")
        auth = req.headers.get("authorization", "")
        if not key and auth.lower().startswith("bearer "):
            key = auth[7:].strip()
        if not key:
            return False
        return self.config.api_key is None or key == self.config.api_key

    def _http_fault(self, fault: Fault, body: Any, headers: dict[str, str]) -> Response:
        kind = fault.kind
        if kind is FaultKind.HANG:
            return Response(200, hang=self.config.hang_seconds)
        if kind is FaultKind.RATE_LIMIT:
            model = body.get("model", "") if isinstance(body, dict) else ""
            limits = self.limiter.headers(self._canonical(model), time.monotonic())
            h = {**headers, **limits, "retry-after": f"{fault.retry_after:g}"}
            return _error(
                429, "rate_limit_error", "Number of requests has exceeded your rate limit", h
            )
        if kind is FaultKind.SPEND_LIMIT:
            payload = _error_body(
                "rate_limit_error",
                "You have reached your specified workspace API usage limits.",
                headers["request-id"],
            )
            payload["error"]["details"] = {"error_code": "enforced_spend_limit_reached"}
            return json_response(429, payload, {**headers, "x-should-retry": "false"})
        if kind is FaultKind.BILLING:
            message = "Your organization has no valid payment method or its invoices are unpaid."
            return _error(402, "billing_error", message, headers)
        if kind is FaultKind.CREDIT_BALANCE:
            return _error(400, "invalid_request_error", CREDIT_BALANCE_MESSAGE, headers)
        if kind is FaultKind.OVERLOADED:
            h = dict(headers)
            if fault.retry_after:
                h["retry-after"] = f"{fault.retry_after:g}"
            return _error(529, "overloaded_error", "Overloaded", h)
        if kind is FaultKind.SERVER_ERROR:
            return _error(500, "api_error", "Internal server error", headers)
        if kind is FaultKind.AUTH:
            return _error(401, "authentication_error", "invalid x-api-key", headers)
        if kind is FaultKind.PERMISSION:
            message = "Your API key does not have permission to use the specified resource."
            return _error(403, "permission_error", message, headers)
        if kind is FaultKind.BAD_REQUEST:
            return _error(400, "invalid_request_error", "messages: unexpected field", headers)
        model = body.get("model", "") if isinstance(body, dict) else ""
        return _error(404, "not_found_error", f"model: {model}", headers)

    # --- models --------------------------------------------------------

    def _resolve(self, model_id: str) -> EmulatedModel | None:
        return self._models.get(self._aliases.get(model_id, model_id))

    def _model_info(self, m: EmulatedModel) -> dict[str, Any]:
        retired = m.id in self.retired
        return {
            "type": "model",
            "id": m.id,
            "display_name": m.display_name,
            "created_at": m.created_at,
            "lifecycle": "retired" if retired else "active",
            "deprecated_at": "2025-12-19T00:00:00Z" if retired else None,
            "retires_at": None,
            "max_input_tokens": m.max_input_tokens,
            "max_tokens": m.max_tokens,
            "line": "haiku",
            "capabilities": _capabilities(m),
        }

    def _get_model(self, model_id: str, headers: dict[str, str]) -> Response:
        m = self._resolve(model_id)
        # A retired model's alias no longer resolves; its dated id stays in the catalogue.
        if m is None or (m.id in self.retired and model_id != m.id):
            return _error(404, "not_found_error", f"model: {model_id}", headers)
        return json_response(200, self._model_info(m), headers)

    def _list_models(self, req: Request, headers: dict[str, str]) -> Response:
        data = [self._model_info(m) for m in self._models.values()]
        limit = int(req.query.get("limit", ["20"])[0])
        after = req.query.get("after_id", [None])[0]
        if after:
            ids = [d["id"] for d in data]
            data = data[ids.index(after) + 1 :] if after in ids else []
        page, more = data[:limit], len(data) > limit
        return json_response(
            200,
            {
                "data": page,
                "has_more": more,
                "first_id": page[0]["id"] if page else None,
                "last_id": page[-1]["id"] if page else None,
            },
            headers,
        )

    # --- count_tokens --------------------------------------------------

    def _count_tokens(self, body: Any, headers: dict[str, str]) -> Response:
        problem = self._check(body, need_max_tokens=False, fields=COUNT_TOKENS_FIELDS)
        if problem is not None:
            return _error(problem[0], problem[1], problem[2], headers)
        return json_response(200, {"input_tokens": count_input_tokens(body)}, headers)

    # --- messages ------------------------------------------------------

    def _check(
        self, body: Any, need_max_tokens: bool = True, fields: frozenset[str] = MESSAGES_FIELDS
    ) -> tuple[int, str, str] | None:
        """Validation the real API does before any inference."""
        if not isinstance(body, dict):
            return (400, "invalid_request_error", "request body must be a JSON object")
        for name in sorted(set(body) - fields):
            return (400, "invalid_request_error", f"{name}: Extra inputs are not permitted")
        model_id = body.get("model")
        if not isinstance(model_id, str) or not model_id:
            return (400, "invalid_request_error", "model: field required")
        m = self._resolve(model_id)
        if m is None or m.id in self.retired:
            return (404, "not_found_error", f"model: {model_id}")
        if need_max_tokens:
            mt = body.get("max_tokens")
            if not isinstance(mt, int) or mt < 1:
                return (400, "invalid_request_error", "max_tokens: field required")
            if mt > m.max_tokens:
                return (
                    400,
                    "invalid_request_error",
                    f"max_tokens: {mt} > {m.max_tokens}, which is the maximum allowed "
                    f"number of output tokens for {m.id}",
                )
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            return (400, "invalid_request_error", "messages: at least one message is required")
        fmt = (body.get("output_config") or {}).get("format")
        if fmt and not m.structured_outputs:
            return (
                400,
                "invalid_request_error",
                f"'{model_id}' does not support output_config.format (structured outputs)",
            )
        images = [
            (f"messages.{m}.content.{c}.image.source", b)
            for m, msg in enumerate(messages)
            if isinstance(msg.get("content"), list)
            for c, b in enumerate(msg["content"])
            if isinstance(b, dict) and b.get("type") == "image"
        ]
        if len(images) > MAX_IMAGES:
            return (400, "invalid_request_error", f"too many images: {len(images)} > {MAX_IMAGES}")
        for where, img in images:
            problem = _check_image(img, where, self.config.max_image_base64_bytes)
            if problem:
                return (400, "invalid_request_error", problem)
        return None

    async def _messages(self, body: Any, headers: dict[str, str], fault: Fault | None) -> Response:
        problem = self._check(body)
        if problem is not None:
            return _error(problem[0], problem[1], problem[2], headers)
        model = self._resolve(body["model"])
        assert model is not None
        now = time.monotonic()
        peek = self.cache.account(model.id, segments(body), model.min_cache_tokens, commit=False)
        counted = peek.input_tokens + peek.cache_creation_input_tokens
        if model.cache_reads_count:
            counted += peek.cache_read_input_tokens
        admission = self.limiter.admit(model.id, counted, int(body["max_tokens"]), now)
        headers.update(self.limiter.headers(model.id, now))
        if not admission.ok:
            headers["retry-after"] = str(max(1, math.ceil(admission.retry_after)))
            message = self.limiter.message(model.id, admission.bucket)
            return _error(429, "rate_limit_error", message, headers)
        reply = await self._reply(body, model, fault)
        self.ledger.charge(model, reply, batch=False)
        if body.get("stream"):
            headers.update({"content-type": "text/event-stream", "cache-control": "no-cache"})
            return Response(200, headers, self._sse(reply))
        try:
            await asyncio.sleep(self._latency(reply.output_tokens))
        finally:
            self._settle(reply)
        reply.commit_cache()
        return json_response(200, self._message_json(reply), headers)

    def check_params(self, body: Any) -> tuple[int, str, str] | None:
        """The checks of ``POST /v1/messages``, for one request of a Message Batch."""
        return self._check(body)

    async def answer(self, body: dict[str, Any], fault: Fault | None) -> dict[str, Any]:
        """A Message Batch request's message: the same fake model, billed at the batch price."""
        model = self._resolve(body["model"])
        assert model is not None
        reply = await self._reply(body, model, fault)
        reply.commit_cache()
        self.ledger.charge(model, reply, batch=True)
        return self._message_json(reply, service_tier="batch")

    def _settle(self, reply: _Reply) -> None:
        """The answer ended: its output tokens replace the max_tokens reserved for it."""
        self.limiter.settle_output(
            reply.model, reply.max_tokens, reply.output_tokens, time.monotonic()
        )

    def _canonical(self, model_id: str) -> str:
        m = self._resolve(model_id)
        return m.id if m is not None else model_id

    async def _reply(
        self, body: dict[str, Any], model: EmulatedModel, fault: Fault | None
    ) -> _Reply:
        segs = segments(body)
        # Read now; written once the response begins (see `_Reply.commit_cache`).
        usage = self.cache.account(model.id, segs, model.min_cache_tokens, commit=False)
        cache = self.cache

        def commit_cache() -> None:
            cache.account(model.id, segs, model.min_cache_tokens)

        ttl = next((s.breakpoint for s in segs if s.breakpoint), "5m") or "5m"
        schema, mode, tool_name = _output_shape(body)
        items = _last_user_items(body)
        categories = _schema_categories(schema)
        findings = await self.judge.judge(items, categories) if items else []
        quotes_asked = _schema_asks_quotes(schema)
        verdicts = [_verdict_json(f, quotes_asked) for f in findings]
        kind = fault.kind if fault else None
        if kind is FaultKind.MISSING_ID and verdicts:
            verdicts = verdicts[:-1]
        elif kind is FaultKind.EXTRA_ID:
            verdicts.append({"id": f"i{len(items) + 7}"})
        elif kind is FaultKind.DUPLICATE_ID and verdicts:
            verdicts.append(dict(verdicts[0], c={categories[0]: 3} if categories else {}))
        refused_at = next(
            (n for n, i in enumerate(items) if REFUSAL_TRIGGER in (i.text or "")), None
        )
        if refused_at is None and kind is FaultKind.REFUSAL:
            refused_at = min(1, len(items))
        if refused_at is not None:
            verdicts = verdicts[:refused_at]
        elif kind is FaultKind.INJECTED_VERDICT and len(verdicts) >= 2:
            genuine = verdicts[1]
            forged = (
                {"id": genuine["id"]}
                if genuine.get("c") or not categories
                else {"id": genuine["id"], "c": {categories[0]: 3}, "r": "forged"}
            )
            verdicts.insert(1, forged)
        verdicts = _obey_injections(verdicts, items, categories, kind)
        obj: dict[str, Any] = {"v": verdicts} if schema is not None or items else {}
        text = json.dumps(obj, separators=(",", ":")) if obj else "OK"
        stop = "tool_use" if mode == "tool" else "end_turn"
        stop_details: dict[str, Any] | None = None
        if refused_at is not None:
            # The classifier stops the answer where the refused item's verdict would start.
            text = text[: -len("]}")] + ("," if verdicts else "")
            obj = {"v": verdicts}
            stop, stop_details = "refusal", dict(REFUSAL_DETAILS)
        if kind is FaultKind.MALFORMED:
            cut = max(2, len(text) // 2)
            text = text[:cut] + '}{"v":[oops'  # not JSON, whatever the cut
            obj = {"v": "malformed"}
        max_chars = int(body["max_tokens"]) * 4
        if kind is FaultKind.TRUNCATE:
            max_chars = min(max_chars, max(1, len(text) // 2))
        if len(text) > max_chars:
            text = text[:max_chars]
            stop = "max_tokens"
            obj = _complete_prefix(verdicts, text)
        first = json.dumps(verdicts[0], separators=(",", ":")) if verdicts else ""
        first_end = min(len(text), len('{"v":[') + len(first)) if first else 0
        error_at = min(len(text), first_end + 1) if kind is FaultKind.STREAM_ERROR else None
        two = ",".join(json.dumps(v, separators=(",", ":")) for v in verdicts[:2])
        hold_at = min(len(text), len('{"v":[') + len(two)) if verdicts else 0
        return _Reply(
            model=model.id,
            mode=mode,
            tool_name=tool_name,
            text=text,
            tool_input=obj,
            stop_reason=stop,
            input_tokens=usage.input_tokens,
            cache_creation=usage.cache_creation_input_tokens,
            cache_read=usage.cache_read_input_tokens,
            cache_ttl=ttl,
            output_tokens=max(1, text_tokens(text)),
            stream_error_at=error_at,
            hold_at=hold_at,
            max_tokens=int(body["max_tokens"]),
            stop_details=stop_details,
            commit_cache=commit_cache,
        )

    def _usage(
        self, r: _Reply, output_tokens: int, service_tier: str = "standard"
    ) -> dict[str, Any]:
        return {
            "input_tokens": r.input_tokens,
            "cache_creation_input_tokens": r.cache_creation,
            "cache_read_input_tokens": r.cache_read,
            "cache_creation": {
                "ephemeral_5m_input_tokens": r.cache_creation if r.cache_ttl == "5m" else 0,
                "ephemeral_1h_input_tokens": r.cache_creation if r.cache_ttl == "1h" else 0,
            },
            "output_tokens": output_tokens,
            "service_tier": service_tier,
        }

    def _message_json(self, r: _Reply, service_tier: str = "standard") -> dict[str, Any]:
        if r.mode == "tool":
            content: list[dict[str, Any]] = [
                {
                    "type": "tool_use",
                    "id": _tool_id(self._rng),
                    "name": r.tool_name,
                    "input": r.tool_input,
                }
            ]
        else:
            content = [{"type": "text", "text": r.text}]
        return {
            "id": _msg_id(self._rng),
            "type": "message",
            "role": "assistant",
            "model": r.model,
            "content": content,
            "stop_reason": r.stop_reason,
            "stop_sequence": None,
            "stop_details": r.stop_details,
            "usage": self._usage(r, r.output_tokens, service_tier),
        }

    async def _sse(self, r: _Reply) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._events(r):
                yield chunk
        finally:
            self._settle(r)

    async def _events(self, r: _Reply) -> AsyncIterator[bytes]:
        start = self._message_json(r)
        start.update(content=[], stop_reason=None, stop_details=None)
        start["usage"] = self._usage(r, 1)
        # Paced against a schedule, not chunk by chunk: the answer's last byte leaves
        # first-token + per-token x output_tokens after the start, as the latency model says,
        # however the text is cut into deltas and however late the event loop wakes.
        loop = asyncio.get_running_loop()
        per_token = self._jittered(self.config.per_token_seconds)
        await asyncio.sleep(self._latency(0))
        paced_from = loop.time()
        r.commit_cache()
        yield _event("message_start", {"type": "message_start", "message": start})
        yield _event("ping", {"type": "ping"})
        if r.mode == "tool":
            block: dict[str, Any] = {
                "type": "tool_use",
                "id": _tool_id(self._rng),
                "name": r.tool_name,
                "input": {},
            }
        else:
            block = {"type": "text", "text": ""}
        yield _event(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": block},
        )
        pos, n = 0, 0
        while pos < len(r.text):
            size = self._rng.randint(1, max(1, self.config.max_chunk_chars))
            for stop_at in (r.stream_error_at, r.hold_at or None):
                if stop_at is not None and pos < stop_at < pos + size:
                    size = stop_at - pos
            chunk = r.text[pos : pos + size]
            pos += size
            if r.mode == "tool":
                delta = {"type": "input_json_delta", "partial_json": chunk}
            else:
                delta = {"type": "text_delta", "text": chunk}
            due = paced_from + per_token * text_tokens(r.text[:pos])
            await asyncio.sleep(max(0.0, due - loop.time()))
            yield _event(
                "content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}
            )
            n += 1
            if self.hold_streams is not None and pos == r.hold_at:
                held_at = loop.time()
                await self.hold_streams.wait()
                paced_from += loop.time() - held_at
            if self.config.ping_every and n % self.config.ping_every == 0:
                yield _event("ping", {"type": "ping"})
            if r.stream_error_at is not None and pos >= r.stream_error_at:
                yield _event(
                    "error",
                    {
                        "type": "error",
                        "error": {"type": "overloaded_error", "message": "Overloaded"},
                    },
                )
                return
        yield _event("content_block_stop", {"type": "content_block_stop", "index": 0})
        delta_usage = self._usage(r, r.output_tokens)
        delta_usage.pop("cache_creation")
        delta_usage.pop("service_tier")
        yield _event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {
                    "stop_reason": r.stop_reason,
                    "stop_sequence": None,
                    "stop_details": r.stop_details,
                },
                "usage": delta_usage,
            },
        )
        yield _event("message_stop", {"type": "message_stop"})
        self.streams_finished += 1

    # --- latency and rate-limit headers --------------------------------

    def _jittered(self, seconds: float) -> float:
        if seconds <= 0:
            return 0.0
        j = self.config.jitter
        return seconds * (1 + self._rng.uniform(-j, j))

    def _latency(self, output_tokens: int) -> float:
        return self._jittered(self.config.first_token_seconds) + self._per_token(output_tokens)

    def _per_token(self, tokens: int) -> float:
        return self._jittered(self.config.per_token_seconds * tokens)


# --- helpers ------------------------------------------------------------


def _error_body(kind: str, message: str, request_id: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": message}, "request_id": request_id}


def _error(status: int, kind: str, message: str, headers: Mapping[str, str]) -> Response:
    return json_response(status, _error_body(kind, message, headers.get("request-id", "")), headers)


def _event(name: str, payload: Mapping[str, Any]) -> bytes:
    return f"event: {name}\ndata: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()


def _msg_id(rng: random.Random) -> str:
    return "msg_emu_" + "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=20))


def _tool_id(rng: random.Random) -> str:
    return "toolu_emu_" + "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=20))


def _check_image(block: Mapping[str, Any], where: str, max_base64: int) -> str | None:
    """The API's checks of one image block; `where` names it as the API's message does
    (``messages.0.content.3.image.source``), so a client can tell which image is at fault."""
    source = block.get("source") or {}
    if source.get("type") != "base64":
        return f"{where}: only base64 sources are emulated"
    encoded = str(source.get("data", ""))
    if len(encoded) > max_base64:
        return (
            f"{where}.base64: image exceeds 5 MB maximum: {len(encoded)} bytes > {max_base64} bytes"
        )
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return f"{where}.base64: invalid base64 data"
    try:
        with Image.open(io.BytesIO(data)) as img:
            w, h = img.size
            fmt = (img.format or "").lower()
    except OSError:
        return f"{where}.base64: could not process image"
    if max(w, h) > MAX_IMAGE_EDGE:
        return f"{where}.base64: image dimensions exceed max allowed size: {MAX_IMAGE_EDGE} pixels"
    declared = str(source.get("media_type", ""))
    if declared.removeprefix("image/") != fmt:
        return f"{where}.media_type: image does not match the provided media type {declared}"
    return None


def _capabilities(m: EmulatedModel) -> dict[str, Any]:
    """The Models API's capability object (every key present), for one model."""

    def yes(flag: bool) -> dict[str, bool]:
        return {"supported": flag}

    modern = m.structured_outputs  # of these two models, Haiku 4.5 has the newer features
    return {
        "batch": yes(True),
        "citations": yes(True),
        "code_execution": yes(False),
        "context_management": {"supported": modern, "clear_tool_uses_20250919": yes(modern)},
        "effort": {
            "supported": False,
            "low": yes(False),
            "medium": yes(False),
            "high": yes(False),
            "max": yes(False),
        },
        "image_input": yes(True),
        "pdf_input": yes(True),
        "server_tools": {
            "supported": True,
            "code_execution": yes(modern),
            "web_search": yes(True),
        },
        "structured_outputs": yes(m.structured_outputs),
        "thinking": {
            "supported": modern,
            "types": {
                "adaptive": yes(False),
                "between_tools": yes(False),
                "disabled": yes(True),
                "enabled": yes(modern),
            },
        },
    }


def _output_shape(body: Mapping[str, Any]) -> tuple[dict[str, Any] | None, str, str]:
    """(schema the answer must follow, "tool" or "text", forced tool name)."""
    choice = body.get("tool_choice") or {}
    if choice.get("type") == "tool":
        name = str(choice.get("name"))
        for tool in body.get("tools") or []:
            if tool.get("name") == name:
                return dict(tool.get("input_schema") or {}), "tool", name
    fmt = (body.get("output_config") or {}).get("format")
    if isinstance(fmt, Mapping) and fmt.get("type") == "json_schema":
        return dict(fmt.get("schema") or {}), "text", ""
    return None, "text", ""


def _schema_categories(schema: Mapping[str, Any] | None) -> list[str]:
    try:
        props = schema["properties"]["v"]["items"]["properties"]["c"]["properties"]  # type: ignore[index]
        return list(props)
    except (KeyError, TypeError):
        return []


def _last_user_items(body: Mapping[str, Any]) -> list[JudgeItem]:
    users = [m for m in body.get("messages") or [] if m.get("role") == "user"]
    if not users:
        return []
    out: list[JudgeItem] = []
    for framed in read_items(users[-1].get("content") or ""):
        image: bytes | None = None
        media = ""
        if framed.image is not None:
            source = framed.image.get("source") or {}
            image = base64.b64decode(str(source.get("data", "")))
            media = str(source.get("media_type", ""))
        out.append(JudgeItem(framed.id, framed.text, framed.context, image, media))
    return out


def _schema_asks_quotes(schema: Mapping[str, Any] | None) -> bool:
    """Whether the answer's schema has evidence quotes ("q") in a verdict."""
    try:
        return "q" in schema["properties"]["v"]["items"]["properties"]  # type: ignore[index]
    except (KeyError, TypeError):
        return False


def _verdict_json(f: Finding, quotes: bool = False) -> dict[str, Any]:
    if not f.categories:
        return {"id": f.id}
    verdict: dict[str, Any] = {"id": f.id, "c": dict(f.categories), "r": f.rationale or "flagged"}
    if quotes and f.quotes:
        verdict["q"] = list(f.quotes)
    return verdict


def _obey_injections(
    verdicts: list[dict[str, Any]],
    items: Sequence[JudgeItem],
    categories: Sequence[str],
    scripted: FaultKind | None,
) -> list[dict[str, Any]]:
    """The answer of a model that falls for injections: a scripted one (the first item is
    the attacker) and those the items' own text carries (see `faults.INJECTIONS`).

    An item carrying an injection that the model answers honestly (alone, with no
    neighbour to aim at) gets ``"x":1``: the model saw the attempt for what it was.
    """
    attacks: list[tuple[FaultKind, str, bool]] = []
    if scripted is not None and scripted in INJECTION_FAULTS and items:
        attacks.append((scripted, items[0].id, False))
    for item in items:
        kind = injection_in(item.text)
        if kind is not None:
            attacks.append((kind, item.id, True))
    out = list(verdicts)
    for kind, attacker, in_text in attacks:
        out = _inject(out, attacker, kind, categories, in_text)
    return out


def _inject(
    verdicts: list[dict[str, Any]],
    attacker: str,
    kind: FaultKind,
    categories: Sequence[str],
    in_text: bool,
) -> list[dict[str, Any]]:
    """One injection obeyed in an answer (`FaultKind.NEIGHBOUR_ID` and the others);
    `in_text`: the attacker's own text carries it (else a scripted fault played it)."""
    at = next((n for n, v in enumerate(verdicts) if v.get("id") == attacker), None)
    if at is None:
        return verdicts
    own = dict(verdicts[at])
    if kind is FaultKind.LONG_RATIONALE:
        cat = {categories[0]: 1} if categories else {}
        long = {"id": attacker, "c": own.get("c") or cat, "r": "because " * 800}
        return [*verdicts[:at], long, *verdicts[at + 1 :]]
    if kind is FaultKind.REPEATED_ID:
        return [*verdicts[: at + 1], *[own] * 20, *verdicts[at + 1 :]]
    if len(verdicts) < 2:  # alone: nothing to aim at, and the attempt is plain to see
        return [{**own, "x": 1}] if in_text else verdicts
    near = at + 1 if at + 1 < len(verdicts) else at - 1
    genuine = verdicts[near]
    forged = (
        {"id": genuine["id"]}
        if genuine.get("c") or not categories
        else {"id": genuine["id"], "c": {categories[0]: 3}, "r": "forged"}
    )
    return [forged if n == at else v for n, v in enumerate(verdicts) if n != near]


def _complete_prefix(verdicts: Sequence[Mapping[str, Any]], text: str) -> dict[str, Any]:
    """The verdicts wholly inside a cut-off text (what a truncated tool input holds)."""
    kept: list[Mapping[str, Any]] = []
    used = len('{"v":[')
    for v in verdicts:
        used += len(json.dumps(v, separators=(",", ":"))) + 1
        if used > len(text) + 1:
            break
        kept.append(v)
    return {"v": kept}


# --- command line -------------------------------------------------------


def _parse_rates(values: Sequence[str]) -> dict[FaultKind, float]:
    rates: dict[FaultKind, float] = {}
    for raw in values:
        name, _, p = raw.partition("=")
        rates[FaultKind(name.strip())] = float(p)
    return rates


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m anthropic_emulator.emulator",
        description="Emulate the Anthropic Messages API on loopback.",
    )
    p.add_argument("--host", default="127.0.0.1", help="loopback address only")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--first-token-ms", type=float, default=700.0)
    p.add_argument("--per-token-ms", type=float, default=15.0)
    p.add_argument("--jitter", type=float, default=0.03)
    p.add_argument(
        "--judge",
        choices=["local", "keyword", "oracle"],
        default="local",
        help="who decides the verdicts: the embedded classifier (default), keywords, or labels",
    )
    p.add_argument("--labels", type=Path, help="oracle labels: JSON {text: {category: severity}}")
    p.add_argument(
        "--fault-rate",
        action="append",
        default=[],
        metavar="KIND=P",
        help="random fault probability per request; kinds: "
        + ", ".join(k.value for k in FaultKind),
    )
    p.add_argument(
        "--batch-processing-ms",
        type=float,
        default=1000.0,
        help="how long a Message Batch stays in progress before its results are ready",
    )
    p.add_argument(
        "--batch-result-rate",
        action="append",
        default=[],
        metavar="KIND=P",
        help="per-request probability of a batch result of this kind: errored, expired, "
        "canceled or missing",
    )
    p.add_argument("--rpm", type=float, default=0.0, help="organisation requests/minute (0: none)")
    p.add_argument("--itpm", type=float, default=0.0, help="input tokens/minute (0: none)")
    p.add_argument("--otpm", type=float, default=0.0, help="output tokens/minute (0: none)")
    p.add_argument(
        "--burst-seconds", type=float, default=60.0, help="seconds of refill a bucket holds"
    )
    p.add_argument("--api-key", default=None, help="accept only this key (default: any)")
    p.add_argument(
        "--available",
        action="append",
        default=[],
        metavar="MODEL",
        help="serve a model that is retired by default (e.g. claude-3-5-haiku-20241022)",
    )
    return p


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


async def _judge_from_args(args: argparse.Namespace) -> Judge:
    if args.judge == "oracle":
        if args.labels is None:
            raise SystemExit("--judge oracle needs --labels FILE")
        return OracleJudge.from_file(args.labels)
    if args.judge == "local":
        from anthropic_emulator.local_judge import local_judge

        return await local_judge()
    return KeywordJudge()


async def serve(config: EmulatorConfig, args: argparse.Namespace) -> None:
    if not _is_loopback(config.host):
        raise SystemExit(f"the emulator listens on loopback only, not {config.host!r}")
    emulator = Emulator(config, await _judge_from_args(args))
    await emulator.start()
    print(f"emulator listening on {emulator.base_url}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await emulator.stop()


def main(argv: Sequence[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level="INFO", format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = EmulatorConfig(
        host=args.host,
        port=args.port,
        seed=args.seed,
        first_token_seconds=args.first_token_ms / 1000,
        per_token_seconds=args.per_token_ms / 1000,
        jitter=args.jitter,
        api_key=args.api_key,
        retired=frozenset(DEFAULT_RETIRED - set(args.available)),
        fault_rates=_parse_rates(args.fault_rate),
        batches=BatchKnobs(
            processing_seconds=args.batch_processing_ms / 1000,
            result_rates={
                k.strip(): float(p)
                for k, _, p in (r.partition("=") for r in args.batch_result_rate)
            },
        ),
        rate_limits=OrgLimits(args.rpm, args.itpm, args.otpm, args.burst_seconds),
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(config, args))


if __name__ == "__main__":
    main()
