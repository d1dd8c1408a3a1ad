"""The emulated organisation's rate limits, as Anthropic's "Rate limits" page documents them.

- Three limits per model, shared by every client of the organisation: requests (RPM),
  input tokens (ITPM) and output tokens (OTPM) per minute. Each is a token bucket that
  refills continuously up to its maximum (by default a minute's worth).
- Input tokens counted are the uncached ones plus cache writes; cache reads count only
  on models marked so (Haiku 3.5), not on current ones (Haiku 4.5).
- Output tokens are estimated from ``max_tokens`` when a request starts and corrected to
  the tokens produced when it ends.
- A request that would overdraw a bucket is answered 429 ``rate_limit_error`` with
  ``retry-after`` (whole seconds until it would fit) and counts toward nothing.
- Every answer carries ``anthropic-ratelimit-{requests,input-tokens,output-tokens}-
  {limit,remaining,reset}`` and ``anthropic-ratelimit-tokens-*`` (the most restrictive
  of the two token limits); remaining token counts are rounded to the nearest thousand,
  reset times are RFC 3339 instants when the bucket would be full again.

Written apart from the service's own buckets (`moderation.upstream.budget`) on purpose: a test
that two replicas keep under the limit must not share the code it checks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

BUCKETS = ("requests", "input-tokens", "output-tokens")
UNLIMITED_HEADERS = (4000.0, 400_000.0, 80_000.0)  # nominal limits sent when none is enforced


@dataclass(frozen=True, slots=True)
class OrgLimits:
    """Per-minute limits; 0 means that bucket is not enforced."""

    requests_per_minute: float = 0.0
    input_tokens_per_minute: float = 0.0
    output_tokens_per_minute: float = 0.0
    burst_seconds: float = 60.0

    def per_minute(self) -> tuple[float, float, float]:
        return (
            self.requests_per_minute,
            self.input_tokens_per_minute,
            self.output_tokens_per_minute,
        )


@dataclass(frozen=True, slots=True)
class Admission:
    ok: bool
    retry_after: float = 0.0  # seconds, when refused
    bucket: str = ""  # which one refused


@dataclass(slots=True)
class _Bucket:
    per_minute: float
    burst_seconds: float
    level: float
    at: float

    @property
    def capacity(self) -> float:
        return max(1.0, self.per_minute * self.burst_seconds / 60.0)

    @property
    def rate(self) -> float:
        return self.per_minute / 60.0

    def refill(self, now: float) -> None:
        self.level = min(self.capacity, self.level + self.rate * max(0.0, now - self.at))
        self.at = max(self.at, now)


@dataclass(slots=True)
class OrgRateLimiter:
    """The organisation's buckets per model; counts what it admitted and refused."""

    limits: OrgLimits = field(default_factory=OrgLimits)
    admitted: int = 0
    refused: int = 0
    refused_by: dict[str, int] = field(default_factory=dict)
    _buckets: dict[str, list[_Bucket]] = field(default_factory=dict)

    @property
    def enforced(self) -> bool:
        return any(v > 0 for v in self.limits.per_minute())

    def _for(self, model: str, now: float) -> list[_Bucket]:
        buckets = self._buckets.get(model)
        if buckets is None:
            per_minute = [
                v if v > 0 else nominal
                for v, nominal in zip(self.limits.per_minute(), UNLIMITED_HEADERS, strict=True)
            ]
            buckets = [_Bucket(v, self.limits.burst_seconds, 0.0, now) for v in per_minute]
            for b in buckets:
                b.level = b.capacity
            self._buckets[model] = buckets
        for b in buckets:
            b.refill(now)
        return buckets

    def admit(self, model: str, input_tokens: float, max_tokens: float, now: float) -> Admission:
        """Take one request, its input tokens and `max_tokens` of output, or refuse it."""
        buckets = self._for(model, now)
        costs = (1.0, input_tokens, max_tokens)
        wait, refusing = 0.0, ""
        for name, b, cost, limit in zip(
            BUCKETS, buckets, costs, self.limits.per_minute(), strict=True
        ):
            if limit > 0 and cost > b.level:
                need = (cost - b.level) / b.rate
                if need >= wait:
                    wait, refusing = need, name
        if refusing:
            self.refused += 1
            self.refused_by[refusing] = self.refused_by.get(refusing, 0) + 1
            return Admission(False, wait, refusing)
        for b, cost in zip(buckets, costs, strict=True):
            b.level -= cost
        self.admitted += 1
        return Admission(True)

    def settle_output(self, model: str, reserved: float, produced: float, now: float) -> None:
        """The request ended: output tokens reserved at max_tokens become those produced."""
        out = self._for(model, now)[2]
        out.level = min(out.capacity, out.level + reserved - produced)

    def headers(self, model: str, now: float, wall: datetime | None = None) -> dict[str, str]:
        wall = wall or datetime.now(UTC)
        buckets = self._for(model, now)
        out: dict[str, str] = {}
        fractions: list[tuple[float, str]] = []
        for name, b in zip(BUCKETS, buckets, strict=True):
            left = max(0.0, b.level)
            shown = left if name == "requests" else round(left / 1000.0) * 1000.0
            full_in = (b.capacity - left) / b.rate if b.rate > 0 else 0.0
            reset = (wall + timedelta(seconds=math.ceil(full_in))).strftime("%Y-%m-%dT%H:%M:%SZ")
            out[f"anthropic-ratelimit-{name}-limit"] = f"{b.per_minute:.0f}"
            out[f"anthropic-ratelimit-{name}-remaining"] = f"{math.floor(shown):d}"
            out[f"anthropic-ratelimit-{name}-reset"] = reset
            if name != "requests":
                fractions.append((left / b.capacity, name))
        tightest = min(fractions)[1]
        for part in ("limit", "remaining", "reset"):
            same = out[f"anthropic-ratelimit-{tightest}-{part}"]
            out[f"anthropic-ratelimit-tokens-{part}"] = same
        return out

    def message(self, model: str, bucket: str) -> str:
        per_minute = dict(zip(BUCKETS, self.limits.per_minute(), strict=True))[bucket]
        what = bucket.replace("-", " ")
        return (
            f"This request would exceed your organization's rate limit of {per_minute:.0f} "
            f"{what} per minute (model: {model}). For details, refer to: "
            "https://docs.claude.com/en/api/rate-limits."
        )
