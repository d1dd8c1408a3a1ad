"""One streamed Messages API call, its answer folded into verdicts as they close.

Each call reports to its gate (the Pacer, or a batch's budget turn) what it will cost
before it is sent and what the API counted after it (`ratelimits`), runs in a client
span (GenAI conventions, counts only), and is folded event by event
(`answer.accumulate_event`): ids not asked are dropped, a verdict counts only in its
item's turn, and an answer that breaks is closed there (nothing after a break is
used, or paid for). What went wrong is raised as one `UpstreamError` (`errors`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import anthropic
from anthropic import AsyncAnthropic
from opentelemetry import trace

from moderation.backends.base import CallGate
from moderation.backends.haiku import usage
from moderation.backends.haiku.answer import Answer, accumulate_event, finish
from moderation.backends.haiku.errors import check_answer, outcome, refusal
from moderation.backends.haiku.models import ModelSpec
from moderation.backends.haiku.ratelimits import InputEstimate, Seen
from moderation.backends.haiku.request import Request
from moderation.backends.haiku.scanner import MalformedOutput
from moderation.domain import Judgement
from moderation.observability import Metrics
from moderation.policy import Policy
from moderation.tracing import tracer
from moderation.upstream.budget import Cost


class Streamer:
    """Streamed calls on one client, with what they learn of the API's token counts."""

    def __init__(self, client: AsyncAnthropic, metrics: Metrics, cache_ttl: str) -> None:
        self.client = client
        self.metrics = metrics
        self.cache_ttl = cache_ttl
        self.inputs = InputEstimate()

    async def call(
        self,
        request: Request,
        policy: Policy,
        spec: ModelSpec,
        prompt_tokens: int,
        gate: CallGate | None,
    ) -> AsyncIterator[Judgement]:
        """The request's verdicts as they close; raises UpstreamError for a bad answer (and
        lets the SDK's own errors through, for the backend to classify)."""
        model, params = request.params["model"], request.params
        answer = Answer.expecting(request.ids, policy.category_names)
        answer.model = model
        cost = self.inputs.cost(
            model, spec, request.items, prompt_tokens, self.cache_ttl, params["max_tokens"]
        )
        if gate is not None:
            await gate.before_call(model, cost)
        # Not made current: this generator yields to its consumer while the span is open.
        span = tracer().start_span(
            f"chat {model}",
            kind=trace.SpanKind.CLIENT,
            attributes={
                "gen_ai.operation.name": "chat",
                "gen_ai.system": "anthropic",
                "gen_ai.request.model": model,
                "gen_ai.request.max_tokens": params["max_tokens"],
                "moderation.batch.items": len(request.ids),
            },
        )
        started = time.monotonic()
        how = "ok"
        try:
            async for j in self._fold(request, answer, spec, span, (cost, gate)):
                yield j
        except (asyncio.CancelledError, GeneratorExit):
            how = "cancelled"
            raise
        except Exception as exc:
            how = outcome(exc)
            span.set_status(trace.StatusCode.ERROR, how)
            if rid := getattr(exc, "request_id", None):
                span.set_attribute("anthropic.request_id", rid)
            raise
        finally:
            self.metrics.upstream_duration.labels(model, how).observe(time.monotonic() - started)
            usage.usage_attributes(span, answer)
            span.end()

    async def _fold(
        self,
        request: Request,
        answer: Answer,
        spec: ModelSpec,
        span: trace.Span,
        reserved: tuple[Cost, CallGate | None],
    ) -> AsyncIterator[Judgement]:
        """The streamed call folded into verdicts; raises UpstreamError for a bad answer."""
        model, n, ttl = answer.model, len(request.ids), self.cache_ttl
        cost, gate = reserved
        malformed = ""
        details: Any = None
        seen = Seen()
        try:
            async with self.client.messages.stream(**request.params) as stream:
                if stream.request_id:
                    span.set_attribute("anthropic.request_id", stream.request_id)
                seen.answered(stream.response.headers, 200)
                async for event in stream:
                    if event.type == "message_delta" and event.delta.stop_reason == "refusal":
                        details = event.delta.stop_details
                    for verdict in accumulate_event(event, answer):
                        yield usage.judgement(verdict, answer, n, spec, ttl)
                    if answer.broken is not None:
                        break  # nothing after a break is used: stop paying for it
        except (MalformedOutput, ValueError) as exc:  # ValueError: the SDK's partial-JSON parser
            malformed = f"malformed answer: {exc}"
        except anthropic.APIStatusError as exc:
            seen.answered(exc.response.headers, exc.status_code)
            raise
        finally:
            usage.estimate_cut_output(answer)
            self.inputs.learn(model, request.items, answer)
            if gate is not None:
                await gate.after_call(seen.report(model, cost, answer, spec))
        refused = refusal(answer, request.ids, model, details) if not malformed else None
        for verdict in finish(answer) if not malformed else []:
            yield usage.judgement(verdict, answer, n, spec, ttl)
        usage.record_usage(self.metrics, answer, spec, ttl)
        error = check_answer(answer, model, malformed, self.metrics, refused)
        if error is not None:
            raise error
