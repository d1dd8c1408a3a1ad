"""The emulator's Message Batches API, as Anthropic documents it.

- ``POST /v1/messages/batches``: at most 100,000 requests or 256 MB; each
  ``custom_id`` matches ``^[a-zA-Z0-9_-]{1,64}$`` and is unique in the batch;
- ``GET /v1/messages/batches/{id}``: ``processing_status`` (``in_progress``,
  ``canceling``, ``ended``), ``request_counts`` (processing, succeeded, errored,
  canceled, expired: requests stay ``processing`` until the whole batch ends),
  ``created_at``, ``expires_at`` (24 hours on), ``ended_at``, ``results_url``;
- ``GET /v1/messages/batches`` (newest first; ``limit``, ``before_id``, ``after_id``),
  ``POST .../{id}/cancel``, ``DELETE .../{id}`` (ended batches only);
- ``GET .../{id}/results``: JSONL, one ``{"custom_id", "result"}`` line per
  request, in any order; result types succeeded / errored / canceled / expired.

Each request is answered by the same fake model as ``/v1/messages`` (its
params are checked the same way; a bad one ends ``errored``), with the same
content faults drawn from the emulator's plan. Knobs: `processing_seconds`
(how long a batch stays in progress), `expire_seconds` (a batch still
processing then ends its remaining requests ``expired``), `result_rates` and
`script` (errored / expired / canceled / missing results), `hold` (a gate
that keeps every batch in progress until opened) and `lose_creates` (that many
batches are created but their create call never gets its answer, as when a
connection drops or the caller dies right after the API committed). The ledger prices its usage
at the batch discount (50 %).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import re
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from anthropic_emulator.faults import HTTP_FAULTS, FaultKind
from anthropic_emulator.http import Request, Response, json_response

if TYPE_CHECKING:
    from anthropic_emulator.emulator import Emulator

PREFIX = "/v1/messages/batches"
MAX_REQUESTS = 100_000
MAX_BYTES = 256 * 1024 * 1024
CUSTOM_ID = re.compile(r"[a-zA-Z0-9_-]{1,64}")  # fullmatch: `$` lets "\n" through
RESULT_KINDS = ("errored", "expired", "canceled", "missing")
_HTTP_ERROR_TYPES = {
    FaultKind.RATE_LIMIT: "rate_limit_error",
    FaultKind.BILLING: "billing_error",
    FaultKind.CREDIT_BALANCE: "invalid_request_error",
    FaultKind.OVERLOADED: "overloaded_error",
    FaultKind.SERVER_ERROR: "api_error",
    FaultKind.BAD_REQUEST: "invalid_request_error",
    FaultKind.NOT_FOUND: "not_found_error",
}


@dataclass(slots=True)
class BatchKnobs:
    processing_seconds: float = 1.0
    expire_seconds: float = 24 * 3600.0
    # Per-request probability of a result of this kind instead of the model's answer.
    result_rates: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class _Batch:
    id: str
    requests: list[dict[str, Any]]
    created: float
    expires: float
    status: str = "in_progress"
    ended: float | None = None
    cancel_initiated: float | None = None
    results: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    cancelled: asyncio.Event = field(default_factory=asyncio.Event)


class MessageBatches:
    """Batches of one emulator: held in memory, processed by a background task each."""

    def __init__(self, emulator: Emulator, knobs: BatchKnobs | None = None) -> None:
        self._emu = emulator
        self.knobs = knobs or BatchKnobs()
        self.hold: asyncio.Event | None = None
        self.lose_creates = 0
        self._script: deque[str] = deque()
        self._rng = random.Random(emulator.config.seed + 1)
        self._batches: dict[str, _Batch] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self.created = 0  # batches accepted
        self.requests_created = 0  # requests in them

    # --- knobs for tests -------------------------------------------------

    def script(self, *kinds: str) -> None:
        """The next requests' results, in order: errored, expired, canceled or missing."""
        for kind in kinds:
            if kind not in RESULT_KINDS:
                raise ValueError(f"unknown result kind {kind!r}; use one of {RESULT_KINDS}")
            self._script.append(kind)

    def all_requests(self) -> list[dict[str, Any]]:
        """Every request of every batch created, in creation order."""
        return [r for b in self._batches.values() for r in b.requests]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    # --- routing ---------------------------------------------------------

    async def handle(self, req: Request, body: Any, headers: dict[str, str]) -> Response:
        rest = req.path.removeprefix(PREFIX).strip("/")
        parts = rest.split("/") if rest else []
        if req.method == "POST" and not parts:
            return self._create(req, body, headers)
        if req.method == "GET" and not parts:
            return self._list(req, headers)
        batch = self._batches.get(parts[0]) if parts else None
        if batch is None:
            return _error(404, "not_found_error", f"no message batch {rest!r}", headers)
        if req.method == "GET" and len(parts) == 1:
            return json_response(200, self._json(batch), headers)
        if req.method == "POST" and parts[1:] == ["cancel"]:
            if batch.status == "in_progress":
                batch.status = "canceling"
                batch.cancel_initiated = time.time()
                batch.cancelled.set()
            return json_response(200, self._json(batch), headers)
        if req.method == "GET" and parts[1:] == ["results"]:
            if batch.status != "ended":
                return _error(
                    400, "invalid_request_error", f"batch {batch.id} is still processing", headers
                )
            lines = "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in batch.results)
            return Response(200, {**headers, "content-type": "application/x-jsonl"}, lines.encode())
        if req.method == "DELETE" and len(parts) == 1:
            if batch.status != "ended":
                msg = f"batch {batch.id} must end (or be canceled) before it can be deleted"
                return _error(400, "invalid_request_error", msg, headers)
            del self._batches[batch.id]
            return json_response(200, {"id": batch.id, "type": "message_batch_deleted"}, headers)
        return _error(404, "not_found_error", f"no route for {req.method} {req.path}", headers)

    # --- endpoints -------------------------------------------------------

    def _create(self, req: Request, body: Any, headers: dict[str, str]) -> Response:
        if len(req.body) > MAX_BYTES:
            return _error(413, "request_too_large", "request exceeds 256 MB", headers)
        requests = body.get("requests") if isinstance(body, dict) else None
        if not isinstance(requests, list) or not requests:
            return _error(
                400, "invalid_request_error", "requests: at least one is required", headers
            )
        if len(requests) > MAX_REQUESTS:
            msg = f"requests: {len(requests)} > {MAX_REQUESTS}, the most one batch may hold"
            return _error(400, "invalid_request_error", msg, headers)
        seen: set[str] = set()
        for n, r in enumerate(requests):
            cid = r.get("custom_id") if isinstance(r, dict) else None
            if not isinstance(cid, str) or not CUSTOM_ID.fullmatch(cid):
                msg = f"requests.{n}.custom_id: must match ^[a-zA-Z0-9_-]{{1,64}}$"
                return _error(400, "invalid_request_error", msg, headers)
            if cid in seen:
                msg = f"requests.{n}.custom_id: {cid!r} is not unique in the batch"
                return _error(400, "invalid_request_error", msg, headers)
            seen.add(cid)
            if not isinstance(r.get("params"), dict):
                return _error(
                    400, "invalid_request_error", f"requests.{n}.params: required", headers
                )
        now = time.time()
        batch = _Batch(
            id="msgbatch_emu_" + uuid.UUID(int=self._rng.getrandbits(128)).hex[:24],
            requests=requests,
            created=now,
            expires=now + self.knobs.expire_seconds,
        )
        self._batches[batch.id] = batch
        self.created += 1
        self.requests_created += len(requests)
        task = asyncio.create_task(self._process(batch))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        if self.lose_creates > 0:
            self.lose_creates -= 1
            return Response(200, hang=self._emu.config.hang_seconds)
        return json_response(200, self._json(batch), headers)

    def _list(self, req: Request, headers: dict[str, str]) -> Response:
        newest = sorted(self._batches.values(), key=lambda b: b.created, reverse=True)
        ids = [b.id for b in newest]
        limit = max(1, min(1000, int(req.query.get("limit", ["20"])[0])))
        if after := req.query.get("after_id", [""])[0]:
            newest = newest[ids.index(after) + 1 :] if after in ids else []
        elif before := req.query.get("before_id", [""])[0]:
            newest = newest[: ids.index(before)] if before in ids else []
            newest = newest[-limit:]
        page = newest[:limit]
        data = [self._json(b) for b in page]
        return json_response(
            200,
            {
                "data": data,
                "has_more": len(newest) > limit,
                "first_id": data[0]["id"] if data else None,
                "last_id": data[-1]["id"] if data else None,
            },
            headers,
        )

    # --- processing ------------------------------------------------------

    async def _process(self, batch: _Batch) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(batch.cancelled.wait(), self.knobs.processing_seconds)
        if self.hold is not None and not batch.cancelled.is_set():
            waits = {asyncio.ensure_future(e.wait()) for e in (self.hold, batch.cancelled)}
            try:
                await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for w in waits:
                    w.cancel()
        counts = dict.fromkeys(("succeeded", "errored", "canceled", "expired"), 0)
        for request in batch.requests:
            result = await self._result(batch, request)
            if result is None:
                continue  # a result left out of the file (a fault)
            counts[result["type"]] += 1
            batch.results.append({"custom_id": request["custom_id"], "result": result})
        self._rng.shuffle(batch.results)  # results come in any order
        batch.counts = counts
        batch.status = "ended"
        batch.ended = time.time()

    async def _result(self, batch: _Batch, request: dict[str, Any]) -> dict[str, Any] | None:
        if batch.status == "canceling":
            return {"type": "canceled"}
        if time.time() >= batch.expires:
            return {"type": "expired"}
        kind = self._script.popleft() if self._script else self._draw()
        if kind == "missing":
            return None
        if kind == "errored":
            return _errored("api_error", "Internal server error")
        if kind in ("expired", "canceled"):
            return {"type": kind}
        emu = self._emu
        params = request["params"]
        problem = emu.check_params(params)
        if problem is not None:
            return _errored(problem[1], problem[2])
        fault = emu.faults.next("/v1/messages")
        if fault is not None and fault.kind in HTTP_FAULTS:
            return _errored(_HTTP_ERROR_TYPES.get(fault.kind, "api_error"), fault.kind.value)
        message = await emu.answer(params, fault)
        return {"type": "succeeded", "message": message}

    def _draw(self) -> str:
        for kind, rate in sorted(self.knobs.result_rates.items()):
            if self._rng.random() < rate:
                return kind
        return ""

    def _json(self, b: _Batch) -> dict[str, Any]:
        processing = len(b.requests) if b.status != "ended" else 0
        counts = b.counts or dict.fromkeys(("succeeded", "errored", "canceled", "expired"), 0)
        if b.status == "ended":
            # Results left out of the file still count: the sum matches the batch's size.
            counts = dict(counts)
            counts["errored"] += len(b.requests) - sum(counts.values())
        return {
            "id": b.id,
            "type": "message_batch",
            "processing_status": b.status,
            "request_counts": {"processing": processing, **counts},
            "created_at": _rfc3339(b.created),
            "expires_at": _rfc3339(b.expires),
            "ended_at": _rfc3339(b.ended) if b.ended else None,
            "cancel_initiated_at": _rfc3339(b.cancel_initiated) if b.cancel_initiated else None,
            "archived_at": None,
            "results_url": f"{self._emu.base_url}{PREFIX}/{b.id}/results"
            if b.status == "ended"
            else None,
        }


def _rfc3339(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _errored(kind: str, message: str) -> dict[str, Any]:
    return {
        "type": "errored",
        "error": {"type": "error", "error": {"type": kind, "message": message}},
    }


def _error(status: int, kind: str, message: str, headers: dict[str, str]) -> Response:
    body = {"type": "error", "error": {"type": kind, "message": message}}
    return json_response(status, {**body, "request_id": headers.get("request-id", "")}, headers)
