"""The upstream budget: token buckets for requests, input tokens and output tokens, per model.

An upstream that limits a whole organisation (Anthropic: requests, input tokens and output
tokens per minute, each a bucket that refills continuously) is shared by every replica.
The `Pacer` takes a call's estimated `Cost` from the budget before the call is sent and
settles it afterwards with what the upstream counted and what its headers say is left.

- With Redis, the buckets are shared: refill, take and correct run as server-side Lua
  scripts, one atomic step each, on Redis's own clock, so replicas never race or disagree
  on time. A take that cannot be met now is still granted as a *reservation* (the bucket
  goes below zero) and answers how long to wait: callers queue in the order they asked,
  with no polling, up to `max_reserve` seconds ahead.
- Without Redis (not configured, or unreachable), each replica keeps the same buckets in
  process; when Redis was configured but fails, at `local_share` of the limits, says so
  in a log line and the `upstream_budget_shared` gauge, and tries Redis again a few
  seconds later. A budget problem never fails a call.

Written by hand, not with the `limits` package: that counts hits in fixed or moving
windows, while these buckets must refill continuously, take reservations, refund what a
call did not use (output tokens are reserved at max_tokens, as the API does) and be
lowered to what the upstream reports is left.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from moderation.observability import Metrics

if TYPE_CHECKING:
    from redis.asyncio import Redis

    from moderation.config import Settings

log = logging.getLogger(__name__)

DIMENSIONS = ("requests", "input_tokens", "output_tokens")
# Longest a call may reserve ahead; beyond it the caller waits first, then asks again.
MAX_RESERVE_SECONDS = 30.0
# After a Redis failure, how long the local buckets serve before Redis is tried again.
RETRY_SHARED_SECONDS = 5.0
# How long a reply from Redis may take before it counts as unreachable. Not the quarter
# second of the verdict cache and the leases, whose fallback costs a judgement or a cache
# write: a replica whose event loop is busy reads a prompt reply late, and taking that for
# an outage makes it pace alone, uncounted by the others, at the very moment the
# organisation's limit matters. A Redis that is really gone costs one call this long every
# RETRY_SHARED_SECONDS.
BUDGET_REDIS_TIMEOUT_SECONDS = 1.0
# A take leaves this many seconds of refill in the bucket (where it holds that much more
# than the call needs): calls that leave a little late and arrive at the upstream bunched
# still fit. A fixed offset of the level, so it costs no throughput.
MARGIN_SECONDS = 0.1


@dataclass(frozen=True, slots=True)
class Cost:
    """What one upstream call takes from each bucket."""

    requests: float = 0.0
    input_tokens: float = 0.0
    output_tokens: float = 0.0

    def values(self) -> tuple[float, float, float]:
        return (self.requests, self.input_tokens, self.output_tokens)

    def __sub__(self, other: Cost) -> Cost:
        return Cost(*(a - b for a, b in zip(self.values(), other.values(), strict=True)))


@dataclass(frozen=True, slots=True)
class Remaining:
    """What the upstream says is left in each bucket (None: it did not say)."""

    requests: float | None = None
    input_tokens: float | None = None
    output_tokens: float | None = None

    def values(self) -> tuple[float | None, float | None, float | None]:
        return (self.requests, self.input_tokens, self.output_tokens)


@dataclass(frozen=True, slots=True)
class CallReport:
    """One upstream call, settled: what was reserved, what the upstream counted, what is left.

    `slack` is how coarse the upstream's `remaining` figures are (Anthropic rounds token
    counts to the nearest thousand), so a rounded figure never lowers a bucket by mistake;
    `age` is how many seconds ago they were sent, so the refill since then is added.
    """

    model: str
    reserved: Cost
    used: Cost
    remaining: Remaining = Remaining()
    limits: Remaining = Remaining()
    slack: Cost = Cost()
    age: float = 0.0


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Per-minute limits (0: unlimited) and how many seconds of refill a bucket holds."""

    requests_per_minute: float = 0.0
    input_tokens_per_minute: float = 0.0
    output_tokens_per_minute: float = 0.0
    burst_seconds: float = 60.0
    margin_seconds: float = MARGIN_SECONDS

    def __post_init__(self) -> None:
        if min(self.values()) < 0 or self.burst_seconds <= 0 or self.margin_seconds < 0:
            raise ValueError("budget limits must be >= 0 and burst seconds > 0")

    def values(self) -> tuple[float, float, float]:
        return (
            self.requests_per_minute,
            self.input_tokens_per_minute,
            self.output_tokens_per_minute,
        )

    @property
    def enabled(self) -> bool:
        return any(v > 0 for v in self.values())

    def rates(self) -> tuple[float, ...]:
        """Refill per second, per bucket."""
        return tuple(v / 60.0 for v in self.values())

    def capacities(self) -> tuple[float, ...]:
        """A bucket holds `burst_seconds` of refill, and at least one request."""
        return tuple(max(r * self.burst_seconds, 1.0) if r > 0 else 0.0 for r in self.rates())

    def margins(self, cost: Cost) -> tuple[float, ...]:
        """What a take of `cost` leaves unspent per bucket: `margin_seconds` of refill,
        where the bucket holds that much beyond the cost."""
        return tuple(
            max(0.0, min(rate * self.margin_seconds, cap - need))
            for rate, cap, need in zip(self.rates(), self.capacities(), cost.values(), strict=True)
        )

    def scaled(self, share: float) -> RateLimits:
        return dataclasses.replace(
            self,
            requests_per_minute=self.requests_per_minute * share,
            input_tokens_per_minute=self.input_tokens_per_minute * share,
            output_tokens_per_minute=self.output_tokens_per_minute * share,
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimits:
        return cls(
            settings.budget_requests_per_minute,
            settings.budget_input_tokens_per_minute,
            settings.budget_output_tokens_per_minute,
            settings.budget_burst_seconds,
        )


class TokenBuckets:
    """The three buckets of one model, in process: the Lua scripts' semantics, in Python."""

    def __init__(self, limits: RateLimits, now: float) -> None:
        self._limits = limits
        self._rates = limits.rates()
        self._caps = limits.capacities()
        self.levels = list(self._caps)
        self._at = now

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - self._at)
        self._at = max(self._at, now)
        for d, (rate, cap) in enumerate(zip(self._rates, self._caps, strict=True)):
            self.levels[d] = min(cap, self.levels[d] + rate * elapsed)

    def take(self, cost: Cost, now: float, max_reserve: float) -> tuple[bool, float]:
        """(granted, seconds to wait before sending); not granted when the wait is too long."""
        self._refill(now)
        wait = 0.0
        margins = self._limits.margins(cost)
        for d, (rate, need) in enumerate(zip(self._rates, cost.values(), strict=True)):
            want = need + margins[d]
            if rate > 0 and need > 0 and want > self.levels[d]:
                wait = max(wait, (want - self.levels[d]) / rate)
        if wait > max_reserve:
            return False, wait
        for d, (rate, need) in enumerate(zip(self._rates, cost.values(), strict=True)):
            if rate > 0:
                self.levels[d] -= need
        return True, wait

    def settle(self, refund: Cost, ceiling: Remaining, now: float) -> None:
        """Give back what a call did not use (or take what it used beyond its reservation),
        then lower each bucket to what the upstream says is left."""
        self._refill(now)
        for d, (rate, cap) in enumerate(zip(self._rates, self._caps, strict=True)):
            if rate <= 0:
                continue
            self.levels[d] = min(cap, self.levels[d] + refund.values()[d])
            top = ceiling.values()[d]
            if top is not None:
                self.levels[d] = min(self.levels[d], top)


# KEYS[1]: the model's hash. ARGV: rates (3), capacities (3), cost (3), max reserve, ttl ms,
# margins (3). Returns {granted (0/1), wait seconds as a string}.
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local h = redis.call('HMGET', KEYS[1], 'at', 'l1', 'l2', 'l3')
local at = tonumber(h[1]) or now
local levels = {}
local wait = 0
for d = 1, 3 do
  local rate, cap, need = tonumber(ARGV[d]), tonumber(ARGV[3 + d]), tonumber(ARGV[6 + d])
  local level = tonumber(h[d + 1]) or cap
  level = math.min(cap, level + rate * math.max(0, now - at))
  levels[d] = level
  local want = need + tonumber(ARGV[11 + d])
  if rate > 0 and need > 0 and want > level then wait = math.max(wait, (want - level) / rate) end
end
local granted = 0
if wait <= tonumber(ARGV[10]) then
  granted = 1
  for d = 1, 3 do
    if tonumber(ARGV[d]) > 0 then levels[d] = levels[d] - tonumber(ARGV[6 + d]) end
  end
end
redis.call('HSET', KEYS[1], 'at', tostring(math.max(at, now)),
  'l1', tostring(levels[1]), 'l2', tostring(levels[2]), 'l3', tostring(levels[3]))
redis.call('PEXPIRE', KEYS[1], ARGV[11])
return {granted, tostring(wait)}
"""

# KEYS[1]: the model's hash. ARGV: rates (3), capacities (3), refund (3),
# ceilings (3; "" when unknown), ttl ms.
_SETTLE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local h = redis.call('HMGET', KEYS[1], 'at', 'l1', 'l2', 'l3')
local at = tonumber(h[1]) or now
local levels = {}
for d = 1, 3 do
  local rate, cap = tonumber(ARGV[d]), tonumber(ARGV[3 + d])
  local level = tonumber(h[d + 1]) or cap
  level = math.min(cap, level + rate * math.max(0, now - at))
  if rate > 0 then
    level = math.min(cap, level + tonumber(ARGV[6 + d]))
    local top = tonumber(ARGV[9 + d])
    if top ~= nil and top < level then level = top end
  end
  levels[d] = level
end
redis.call('HSET', KEYS[1], 'at', tostring(math.max(at, now)),
  'l1', tostring(levels[1]), 'l2', tostring(levels[2]), 'l3', tostring(levels[3]))
redis.call('PEXPIRE', KEYS[1], ARGV[13])
return 1
"""


class RedisBuckets:
    """The same buckets in Redis, one hash per model, shared by every replica."""

    def __init__(self, client: Redis, limits: RateLimits, prefix: str = "moderation:") -> None:
        self._client = client
        self._limits = limits
        self._prefix = prefix
        self._take = client.register_script(_TAKE)
        self._settle = client.register_script(_SETTLE)
        # An idle model's hash expires once its buckets would be full anyway.
        self._ttl_ms = int(limits.burst_seconds * 1000) + 60_000

    def _key(self, model: str) -> str:
        return f"{self._prefix}budget:{model}"

    def _shape(self) -> list[str]:
        return [repr(v) for v in (*self._limits.rates(), *self._limits.capacities())]

    async def take(self, model: str, cost: Cost, max_reserve: float) -> tuple[bool, float]:
        args = [*self._shape(), *(repr(v) for v in cost.values()), repr(max_reserve)]
        args += [str(self._ttl_ms), *(repr(v) for v in self._limits.margins(cost))]
        granted, wait = await self._take(keys=[self._key(model)], args=args)
        return bool(int(granted)), float(wait)

    async def settle(self, model: str, refund: Cost, ceiling: Remaining) -> None:
        tops = ["" if v is None else repr(v) for v in ceiling.values()]
        args = [*self._shape(), *(repr(v) for v in refund.values()), *tops, str(self._ttl_ms)]
        await self._settle(keys=[self._key(model)], args=args)

    async def close(self) -> None:
        await self._client.aclose()


class Budget:
    """Shared buckets while Redis answers, this replica's own at `local_share` when it does not."""

    def __init__(
        self,
        limits: RateLimits,
        shared: RedisBuckets | None = None,
        local_share: float = 1.0,
        metrics: Metrics | None = None,
        clock: Callable[[], float] = time.monotonic,
        max_reserve: float = MAX_RESERVE_SECONDS,
        retry_shared: float = RETRY_SHARED_SECONDS,
    ) -> None:
        if not 0 < local_share <= 1:
            raise ValueError("the local share of the budget must be in (0, 1]")
        self.limits = limits
        self._shared = shared
        self._local_share = local_share if shared is not None else 1.0
        self._local_limits = limits.scaled(self._local_share)
        self._local: dict[str, TokenBuckets] = {}
        self._metrics = metrics or Metrics()
        self._clock = clock
        self.max_reserve = max_reserve
        self._retry_shared = retry_shared
        self._shared_down_until: float | None = None
        self._warned_limits: set[tuple[str, int]] = set()
        self._metrics.gauge(
            "upstream_budget_shared",
            "1 while the upstream budget is shared through Redis, 0 while this replica uses "
            "its own share.",
            lambda: float(self.shared),
        )

    @property
    def shared(self) -> bool:
        """True while the buckets in Redis are the ones in use."""
        return self._shared is not None and self._shared_down_until is None

    async def take(self, model: str, cost: Cost) -> tuple[bool, float]:
        """(granted, seconds to wait before sending): see `TokenBuckets.take`."""
        if self._use_shared():
            assert self._shared is not None
            try:
                result = await self._shared.take(model, cost, self.max_reserve)
            except Exception as exc:  # a budget outage must not fail the call
                self._fall_back(exc)
            else:
                self._back_to_shared()
                return result
        return self._buckets(model).take(cost, self._clock(), self.max_reserve)

    async def settle(self, report: CallReport) -> None:
        """Refund what the call did not use; lower buckets to what the upstream says is left."""
        refund = report.reserved - report.used
        ceiling = Remaining(
            *(
                None if left is None else left + slack + rate * report.age
                for left, slack, rate in zip(
                    report.remaining.values(),
                    report.slack.values(),
                    self.limits.rates(),
                    strict=True,
                )
            )
        )
        self._check_limits(report)
        if self._use_shared():
            assert self._shared is not None
            try:
                await self._shared.settle(report.model, refund, ceiling)
            except Exception as exc:
                self._fall_back(exc)
            else:
                self._back_to_shared()
                return
        self._buckets(report.model).settle(refund, ceiling, self._clock())

    async def close(self) -> None:
        if self._shared is not None:
            await self._shared.close()

    # --- helpers ---------------------------------------------------------

    def _buckets(self, model: str) -> TokenBuckets:
        buckets = self._local.get(model)
        if buckets is None:
            buckets = self._local[model] = TokenBuckets(self._local_limits, self._clock())
        return buckets

    def _use_shared(self) -> bool:
        if self._shared is None:
            return False
        down = self._shared_down_until
        return down is None or self._clock() >= down

    def _fall_back(self, exc: Exception) -> None:
        if self._shared_down_until is None:
            self._metrics.budget_fallbacks.inc()
            log.warning(
                "shared upstream budget unreachable (%s): this replica paces alone at %.0f%% "
                "of the limits until Redis answers again",
                exc,
                100 * self._local_share,
            )
        self._shared_down_until = self._clock() + self._retry_shared

    def _back_to_shared(self) -> None:
        if self._shared_down_until is not None:
            self._shared_down_until = None
            log.warning("shared upstream budget reachable again: pacing with the other replicas")

    def _check_limits(self, report: CallReport) -> None:
        """Say once per model and bucket when the upstream's own limit is below the budget's."""
        for d, (mine, theirs) in enumerate(
            zip(self.limits.values(), report.limits.values(), strict=True)
        ):
            key = (report.model, d)
            if theirs is None or mine <= 0 or theirs >= mine or key in self._warned_limits:
                continue
            self._warned_limits.add(key)
            self._metrics.budget_limit_mismatches.inc()
            log.warning(
                "upstream reports a %s limit of %g per minute for %s, below the configured "
                "budget of %g: lower MODERATION_BUDGET_%s_PER_MINUTE (headers keep lowering "
                "the buckets meanwhile)",
                DIMENSIONS[d].replace("_", " "),
                theirs,
                report.model,
                mine,
                DIMENSIONS[d].upper(),
            )


def build_budget(settings: Settings, metrics: Metrics | None = None) -> Budget | None:
    """The configured budget: None without limits; shared through Redis when a URL is set."""
    limits = RateLimits.from_settings(settings)
    if not limits.enabled:
        return None
    shared = None
    if settings.redis_url:
        from redis.asyncio import Redis

        client = Redis.from_url(
            settings.redis_url,
            socket_timeout=BUDGET_REDIS_TIMEOUT_SECONDS,
            socket_connect_timeout=BUDGET_REDIS_TIMEOUT_SECONDS,
        )
        shared = RedisBuckets(client, limits)
    return Budget(limits, shared, settings.budget_local_share, metrics)
