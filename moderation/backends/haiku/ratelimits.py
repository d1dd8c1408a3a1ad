"""What one call takes from the API's rate-limit buckets: estimated before it is sent, read
from its usage and its ``anthropic-ratelimit-*`` headers after.

Before: one request, the uncached input tokens (the items' estimate, scaled by how the
API has counted them lately, and the prompt unless it is read from the cache without
counting), and ``max_tokens`` of output, as the API reserves them. After: what the API
counted (cache reads only where the model counts them) and what its headers say is left.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

from moderation.backends.haiku.answer import Answer
from moderation.backends.haiku.models import ModelSpec
from moderation.domain import Item
from moderation.upstream.budget import CallReport, Cost, Remaining
from moderation.upstream.tokens import estimate_tokens

RATELIMIT_HEADER = "anthropic-ratelimit-{}-{}"
RATELIMIT_BUCKETS = ("requests", "input-tokens", "output-tokens")
# The API rounds remaining token counts to the nearest thousand.
REMAINING_SLACK = Cost(0.0, 500.0, 500.0)
# Where the estimate's scale starts: as if 2,000 estimated tokens had been counted as
# such, so the first calls (often one short item, mostly the request's own framing)
# move it only a little.
SCALE_PRIOR = (2000.0, 2000.0)


class InputEstimate:
    """The input tokens a call will be counted for, learnt per model from the API's counts."""

    def __init__(self) -> None:
        # Per model, decayed sums of the API's input tokens and of the estimates for them.
        self._seen: dict[str, tuple[float, float]] = {}

    def cost(
        self,
        model: str,
        spec: ModelSpec,
        items: Sequence[Item],
        prompt: int,
        cache_ttl: str,
        max_tokens: int,
    ) -> Cost:
        """What the API will take from its buckets for this call, as far as known before it.

        The cached prompt (`prompt` tokens) counts only where cache reads count toward the
        limit (or nothing is cached); a cache write is charged after the call, when the
        usage says so.
        """
        cached = (
            cache_ttl != "off" and prompt >= spec.min_cache_tokens and not spec.cache_reads_count
        )
        content = sum(estimate_tokens(item) for item in items) * self.scale(model)
        return Cost(1.0, float(content + (0 if cached else prompt)), float(max_tokens))

    def learn(self, model: str, items: Sequence[Item], answer: Answer) -> None:
        """Follow how the API's count of the items' tokens compares with the estimate, so
        the next estimate taken from the budget is closer.

        A ratio of decayed sums, not an average of ratios: a call of one short item is
        mostly the request's own framing, and must not make every estimate after it large.
        """
        u = answer.usage
        estimated = sum(estimate_tokens(item) for item in items)
        if u is None or not estimated or not u.input_tokens:
            return
        if (u.cache_read_input_tokens or 0) + (u.cache_creation_input_tokens or 0) == 0:
            return  # the prompt was not cached: input_tokens holds it too
        counted, guessed = self._seen.get(model, SCALE_PRIOR)
        self._seen[model] = (0.8 * counted + u.input_tokens, 0.8 * guessed + estimated)

    def scale(self, model: str) -> float:
        """The API's input tokens per estimated token, lately."""
        counted, guessed = self._seen.get(model, SCALE_PRIOR)
        return counted / guessed


class Seen:
    """What one call's HTTP answer said about the API's rate-limit buckets."""

    def __init__(self) -> None:
        self.status = 0
        self.headers: Mapping[str, str] = {}
        self.at = 0.0

    def answered(self, headers: Mapping[str, str], status: int) -> None:
        self.headers, self.status, self.at = headers, status, time.monotonic()

    def report(self, model: str, reserved: Cost, answer: Answer, spec: ModelSpec) -> CallReport:
        """What the API counted: nothing for a 429 (refused before it was counted); the
        answer's usage when it has one; else (no answer, cut short) the reservation."""
        used = reserved
        if self.status == 429:
            used = Cost()
        elif answer.usage is not None:
            u = answer.usage
            counted = (u.input_tokens or 0) + (u.cache_creation_input_tokens or 0)
            if spec.cache_reads_count:
                counted += u.cache_read_input_tokens or 0
            finished = answer.stop_reason is not None
            output = float(answer.output_tokens) if finished else reserved.output_tokens
            used = Cost(1.0, float(counted), output)
        age = time.monotonic() - self.at if self.status else 0.0
        return CallReport(
            model,
            reserved,
            used,
            remaining=ratelimit(self.headers, "remaining"),
            limits=ratelimit(self.headers, "limit"),
            slack=REMAINING_SLACK,
            age=age,
        )


def ratelimit(headers: Mapping[str, str], field: str) -> Remaining:
    """One field (limit, remaining) of the three `anthropic-ratelimit-*` buckets."""
    values: list[float | None] = []
    for bucket in RATELIMIT_BUCKETS:
        raw = headers.get(RATELIMIT_HEADER.format(bucket, field))
        try:
            values.append(float(raw) if raw is not None else None)
        except ValueError:
            values.append(None)
    return Remaining(*values)
