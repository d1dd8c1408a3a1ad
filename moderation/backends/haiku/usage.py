"""What a call used and what it cost: the API's token counts, priced per model.

A call's input (and its cache reads and writes) is shared between its verdicts; each
verdict carries its own output tokens (4 characters a token), and its estimated cost at
the model's prices for the prompt cache's TTL (half price through Message Batches).
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

from opentelemetry import trace

from moderation.backends.haiku.answer import Answer, ParsedVerdict
from moderation.backends.haiku.models import ModelSpec
from moderation.domain import Judgement, Usage
from moderation.observability import Metrics


def usage_of(u: Any, output_tokens: int, spec: ModelSpec, cache_ttl: str) -> Usage:
    """The SDK's usage of one call as this service's `Usage`, priced."""
    usage = Usage(
        input_tokens=u.input_tokens,
        cache_read_input_tokens=u.cache_read_input_tokens or 0,
        cache_creation_input_tokens=u.cache_creation_input_tokens or 0,
        output_tokens=output_tokens,
    )
    return dataclasses.replace(usage, estimated_cost_usd=spec.cost(usage, cache_ttl))


def record_usage(metrics: Metrics, answer: Answer, spec: ModelSpec, cache_ttl: str) -> None:
    """Count a whole answer's tokens and cost (nothing when the call never started)."""
    if answer.usage is not None:
        usage = usage_of(answer.usage, answer.output_tokens, spec, cache_ttl)
        metrics.record_usage(answer.model, usage)


def judgement(
    verdict: ParsedVerdict,
    answer: Answer,
    n_items: int,
    spec: ModelSpec,
    cache_ttl: str,
    batch_api: bool = False,
) -> Judgement:
    """A checked verdict with its share of the call's input and its own output tokens."""
    u = answer.usage
    share = Usage(
        input_tokens=u.input_tokens if u else 0,
        cache_read_input_tokens=(u.cache_read_input_tokens or 0) if u else 0,
        cache_creation_input_tokens=(u.cache_creation_input_tokens or 0) if u else 0,
    ).split(n_items)
    usage = dataclasses.replace(share, output_tokens=float(math.ceil(verdict.chars / 4)))
    usage = dataclasses.replace(usage, estimated_cost_usd=spec.cost(usage, cache_ttl, batch_api))
    return Judgement(
        item_id=verdict.item_id,
        categories=verdict.categories,
        model=answer.model,
        rationale=verdict.rationale,
        usage=usage,
        injection=verdict.injection,
        cacheable=verdict.cacheable,
        quotes=verdict.quotes,
    )


def estimate_cut_output(answer: Answer) -> None:
    """An answer closed at a break never reports its output tokens: count what was read,
    at 4 characters a token, so the usage metrics still see what it cost."""
    if answer.broken is not None and answer.stop_reason is None and not answer.output_tokens:
        answer.output_tokens = math.ceil(answer.chars / 4)


def cache_hit_rate(metrics: Metrics) -> float:
    """Share of prompt tokens read from the prompt cache, over all calls so far."""
    read = metrics.value("upstream_tokens_total", type="cache_read")
    total = sum(
        metrics.value("upstream_tokens_total", type=t)
        for t in ("input", "cache_read", "cache_creation")
    )
    return read / total if total else 0.0


def usage_attributes(span: trace.Span, answer: Answer) -> None:
    """Token counts on the call's span (GenAI semantic conventions); counts only, no text."""
    u = answer.usage
    if u is None:
        return
    span.set_attribute("gen_ai.usage.input_tokens", u.input_tokens)
    span.set_attribute("gen_ai.usage.output_tokens", answer.output_tokens)
    span.set_attribute("gen_ai.usage.cache_read.input_tokens", u.cache_read_input_tokens or 0)
    span.set_attribute(
        "gen_ai.usage.cache_creation.input_tokens", u.cache_creation_input_tokens or 0
    )
    if answer.stop_reason:
        span.set_attribute("gen_ai.response.finish_reasons", [answer.stop_reason])
