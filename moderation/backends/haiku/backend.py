"""The `haiku` backend: one streamed Messages API call per batch, verdicts as they close.

- Model: the first available of a configured list, probed with the Models API
  at start-up and switched on a 404 at run time; one log line says which and why.
- Prompt: the policy as a byte-stable, cached system prompt; items framed as
  untrusted data (see `framing`); the answer as structured output, or a forced
  tool call on models without structured outputs.
- Repair, never guess: ids not asked or repeated are rejected; missing ids are
  re-asked; an answer cut by max_tokens is split; malformed output is retried,
  then split; after `max_attempts` an item gets an explicit ItemFailure.
- Resilience: jittered backoff honouring retry-after; 429/529 handed to the
  batcher's adaptive back-off (`UpstreamOverloaded`) unless configured
  otherwise; a circuit breaker; then the configured fallback.

Assumption on spend limits: the API signals them as 429 with
``error.details.error_code`` ``enforced_spend_limit_reached`` or
``contract_spend_limit_reached`` (402 ``linked_organization_spend_limit_reached``
for linked organisations), per the SDK's error table; waiting does not lift
them, so they are never retried and count as the upstream being unavailable.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import math
import random
import time
from collections import deque
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anthropic
from anthropic import AsyncAnthropic

from moderation.backends.base import Backend, Batch, UpstreamOverloaded
from moderation.backends.haiku.framing import EncodedImage, frame_batch, new_nonce
from moderation.backends.haiku.images import MAX_IMAGES_PER_REQUEST, encode_image
from moderation.backends.haiku.models import ModelSpec, parse_overrides, spec_for
from moderation.backends.haiku.prompt import (
    TOOL_NAME,
    system_blocks,
    verdict_schema,
    verdict_tool,
)
from moderation.backends.haiku.resilience import (
    BreakerState,
    CircuitBreaker,
    retry_after,
    retry_delay,
)
from moderation.backends.haiku.scanner import MalformedOutput, VerdictScanner
from moderation.domain import (
    BackendOutcome,
    CategoryJudgement,
    ErrorCode,
    ImageContent,
    Item,
    ItemFailure,
    Judgement,
    Severity,
    Usage,
)
from moderation.errors import UpstreamUnavailable
from moderation.observability import Metrics
from moderation.policy import Policy, default_policy

if TYPE_CHECKING:
    from moderation.config import Settings

log = logging.getLogger(__name__)

SPEND_LIMIT_CODES = frozenset(
    {
        "enforced_spend_limit_reached",
        "contract_spend_limit_reached",
        "linked_organization_spend_limit_reached",
    }
)
FALLBACKS = ("local", "fail-closed", "none")


class ModelUnavailable(UpstreamUnavailable):
    """No configured model can be used (unknown, retired, or not enabled for the key)."""


PROMPT_CACHE_TTLS = ("5m", "1h", "off")


@dataclass(frozen=True, slots=True)
class HaikuConfig:
    models: tuple[str, ...]
    api_key: str = ""
    base_url: str = ""
    fallback: str = "local"
    timeout: float = 60.0
    max_retries: int = 4
    max_attempts: int = 3
    breaker_failures: int = 5
    breaker_cooldown: float = 30.0
    retry_overload: bool = False  # False: 429/529 go to the batcher as UpstreamOverloaded
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    tokens_per_item: int = 64  # max_tokens budget per item (a flagged verdict is ~20-30)
    cache_ttl: str = "5m"  # the prompt cache's lifetime: "5m", "1h", or "off" (no breakpoint)
    overrides: Mapping[str, ModelSpec] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.models:
            raise ValueError("configure at least one model (MODERATION_MODELS)")
        if self.fallback not in FALLBACKS:
            raise ValueError(f"fallback must be one of {', '.join(FALLBACKS)}")
        if self.cache_ttl not in PROMPT_CACHE_TTLS:
            raise ValueError(f"prompt cache must be one of {', '.join(PROMPT_CACHE_TTLS)}")

    @classmethod
    def from_settings(cls, settings: Settings) -> HaikuConfig:
        return cls(
            models=tuple(settings.models),
            api_key=settings.anthropic_api_key,
            base_url=settings.anthropic_base_url,
            fallback=settings.fallback,
            timeout=settings.haiku_timeout_seconds,
            max_retries=settings.haiku_max_retries,
            max_attempts=settings.haiku_max_attempts,
            breaker_failures=settings.haiku_breaker_failures,
            breaker_cooldown=settings.haiku_breaker_cooldown_seconds,
            overrides=parse_overrides(settings.haiku_model_capabilities),
            cache_ttl=settings.haiku_prompt_cache,
        )


class _GiveUp(Exception):
    """The upstream cannot answer this call: the fallback takes the items."""


class _Rejected(Exception):
    """The API refused the request as invalid (400): isolate the item that caused it."""


@dataclass(slots=True)
class _Job:
    ids: list[str]
    malformed: int = 0


@dataclass(slots=True)
class _Result:
    """What one call produced: verdicts emitted, and what went wrong with the rest."""

    answered: set[str] = field(default_factory=set)
    truncated: bool = False
    malformed: str = ""


class HaikuBackend:
    def __init__(
        self,
        config: HaikuConfig,
        metrics: Metrics | None = None,
        fallback_backend: Backend | None = None,
        *,
        client: AsyncAnthropic | None = None,
        policies: Sequence[Policy] = (),
        seed: int | None = None,
    ) -> None:
        self.config = config
        self.metrics = metrics or Metrics()
        self._fallback_backend = fallback_backend
        self._client = client
        self._own_client = client is None
        self._policies = list(policies)
        self._index = 0
        self._dead: str = ""  # why no model is usable, once that is known
        self._switch_lock = asyncio.Lock()
        self._rng = random.Random(seed)
        self.breaker = CircuitBreaker(config.breaker_failures, config.breaker_cooldown)
        self._measured: set[tuple[str, str]] = set()
        self.prompt_tokens: dict[tuple[str, str], int] = {}

    # --- Backend protocol ----------------------------------------------

    @property
    def name(self) -> str:
        return "haiku"

    @property
    def model(self) -> str:
        return self.config.models[self._index]

    @property
    def spec(self) -> ModelSpec:
        return spec_for(self.model, self.config.overrides)

    async def start(self) -> None:
        if self._client is None:
            self._client = AsyncAnthropic(
                api_key=self.config.api_key or None,
                base_url=self.config.base_url or None,
                max_retries=0,  # retries are ours: backoff, breaker, re-asking only what is missing
                timeout=self.config.timeout,
            )
        await self._choose_model(0, startup=True)
        for policy in self._policies or [default_policy()]:
            await self._measure_prompt(policy)

    async def close(self) -> None:
        if self._client is not None and self._own_client:
            await self._client.close()
        if self._fallback_backend is not None:
            await self._fallback_backend.close()

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        by_id = {item.id: item for item in batch.items}
        images, bad = await self._encode_images(batch.items)
        for failure in bad:
            yield failure
        attempts = dict.fromkeys(by_id, 0)
        jobs = deque(_Job(ids) for ids in _image_chunks(list(by_id), images, bad))
        unavailable: list[str] = []
        reason = ""
        await self._measure_prompt(batch.policy)
        while jobs:
            job = jobs.popleft()
            if batch.deadline is not None and time.monotonic() >= batch.deadline:
                for i in job.ids:
                    yield ItemFailure(
                        i, ErrorCode.DEADLINE_EXCEEDED, "deadline passed before a verdict"
                    )
                continue
            if self._dead or not self.breaker.allow():
                unavailable.extend(job.ids)
                reason = self._dead or "circuit breaker open after repeated upstream failures"
                continue
            result = _Result()
            try:
                async for judgement in self._call(job.ids, by_id, images, batch, result):
                    yield judgement
            except _GiveUp as exc:
                unavailable.extend(i for i in job.ids if i not in result.answered)
                reason = str(exc)
                continue
            except _Rejected as exc:
                rest = [i for i in job.ids if i not in result.answered]
                if len(rest) > 1:
                    half = len(rest) // 2
                    jobs.extendleft([_Job(rest[half:]), _Job(rest[:half])])
                else:
                    for i in rest:
                        yield ItemFailure(
                            i, ErrorCode.INVALID_ARGUMENT, f"the model API rejected the item: {exc}"
                        )
                continue
            missing = [i for i in job.ids if i not in result.answered]
            if not missing:
                continue
            for i in missing:
                attempts[i] += 1
            problem = (
                "answer cut off at max_tokens"
                if result.truncated
                else result.malformed or "ids missing from the answer"
            )
            retry = []
            for i in missing:
                if attempts[i] >= self.config.max_attempts:
                    self.metrics.incr("haiku_items_failed")
                    yield ItemFailure(
                        i,
                        ErrorCode.INTERNAL,
                        f"no valid verdict from {self.model} after {attempts[i]} attempts "
                        f"({problem})",
                    )
                else:
                    retry.append(i)
            if not retry:
                continue
            split = result.truncated or (bool(result.malformed) and job.malformed >= 1)
            if result.truncated:
                self.metrics.incr("haiku_repair_truncated")
            elif result.malformed:
                self.metrics.incr("haiku_repair_malformed")
            else:
                self.metrics.incr("haiku_repair_missing")
            if split and len(retry) > 1:
                half = len(retry) // 2
                jobs.extendleft([_Job(retry[half:]), _Job(retry[:half])])
            else:
                jobs.appendleft(_Job(retry, job.malformed + (1 if result.malformed else 0)))
        if unavailable:
            async for outcome in self._fallback(unavailable, by_id, batch, reason):
                yield outcome

    # --- one call, with transport retries --------------------------------

    async def _call(
        self,
        ids: list[str],
        by_id: Mapping[str, Item],
        images: Mapping[str, EncodedImage],
        batch: Batch,
        result: _Result,
    ) -> AsyncIterator[Judgement]:
        failures = 0
        while True:
            ask = [i for i in ids if i not in result.answered]
            if not ask:
                return
            model = self.model
            try:
                async for j in self._stream_once(model, ask, by_id, images, batch, result):
                    yield j
                self.breaker.success()
                return
            except anthropic.NotFoundError as exc:
                await self._on_model_gone(model, exc)
                continue
            except anthropic.BadRequestError as exc:
                raise _Rejected(exc.api_message or str(exc)) from exc
            except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
                kind = _classify_error(exc)
                if kind == "fatal":
                    self._breaker_failure()
                    raise _GiveUp(_describe(exc, model)) from exc
                if kind == "overload" and not self.config.retry_overload:
                    self._breaker_failure()
                    headers = _headers(exc)
                    raise UpstreamOverloaded(_describe(exc, model), retry_after(headers)) from exc
                failures += 1
                self.metrics.incr("haiku_retries")
                if failures > self.config.max_retries:
                    self._breaker_failure()
                    raise _GiveUp(f"{_describe(exc, model)} (after {failures} attempts)") from exc
                delay = retry_delay(
                    failures,
                    _headers(exc),
                    self._rng,
                    self.config.backoff_base,
                    self.config.backoff_cap,
                )
                if batch.deadline is not None and time.monotonic() + delay >= batch.deadline:
                    raise _GiveUp(f"{_describe(exc, model)}; no time left to retry") from exc
                log.info(
                    "retrying %d items in %.2fs after: %s", len(ask), delay, _describe(exc, model)
                )
                await asyncio.sleep(delay)

    async def _stream_once(
        self,
        model: str,
        ids: list[str],
        by_id: Mapping[str, Item],
        images: Mapping[str, EncodedImage],
        batch: Batch,
        result: _Result,
    ) -> AsyncIterator[Judgement]:
        assert self._client is not None
        spec = spec_for(model, self.config.overrides)
        items = [by_id[i] for i in ids]
        kwargs: dict[str, Any] = {
            "model": model,
            "max_tokens": min(spec.max_output_tokens, 64 + self.config.tokens_per_item * len(ids)),
            "messages": [{"role": "user", "content": frame_batch(items, new_nonce(), images)}],
            **self._cached_prefix(batch.policy, spec),
        }
        timeout = self.config.timeout
        if batch.deadline is not None:
            timeout = max(0.05, min(timeout, batch.deadline - time.monotonic()))
        asked = set(ids)
        known = frozenset(batch.policy.category_names)
        scanner = VerdictScanner()
        share = Usage()
        answered_model = model
        self.metrics.incr("haiku_calls")
        final_usage: Any = None
        stop_reason: str | None = None
        try:
            async with self._client.messages.stream(**kwargs, timeout=timeout) as stream:
                async for event in stream:
                    if event.type == "message_start":
                        u = event.message.usage
                        answered_model = event.message.model or model
                        share = Usage(
                            input_tokens=u.input_tokens,
                            cache_read_input_tokens=u.cache_read_input_tokens or 0,
                            cache_creation_input_tokens=u.cache_creation_input_tokens or 0,
                        ).split(len(ids))
                    elif event.type == "content_block_delta":
                        delta = event.delta
                        if delta.type == "input_json_delta":
                            fragment = delta.partial_json
                        elif delta.type == "text_delta":
                            fragment = delta.text
                        else:
                            continue
                        for obj in scanner.feed(fragment):
                            j = self._accept(obj, asked, known, result, answered_model, share, spec)
                            if j is not None:
                                yield j
                message = stream.current_message_snapshot
                final_usage, stop_reason = message.usage, message.stop_reason
        except MalformedOutput as exc:
            result.malformed = f"malformed answer: {exc}"
        except ValueError as exc:  # the SDK's partial-JSON parser of tool input
            result.malformed = f"malformed answer: {exc}"
        if final_usage is not None:
            self._record_usage(final_usage, spec)
        if result.malformed:
            return
        if stop_reason == "max_tokens":
            result.truncated = True
        elif not scanner.complete:
            result.malformed = "the answer ended before its JSON did"

    def _accept(
        self,
        obj: Any,
        asked: set[str],
        known: frozenset[str],
        result: _Result,
        model: str,
        share: Usage,
        spec: ModelSpec,
    ) -> Judgement | None:
        """A verdict object to a Judgement, or None (rejected: that item stays unanswered)."""
        item_id = obj.get("id") if isinstance(obj, dict) else None
        if not isinstance(item_id, str) or item_id not in asked:
            self.metrics.incr("haiku_ids_rejected_unknown")
            log.warning("rejected a verdict for an id that was not asked: %.40r", item_id)
            return None
        if item_id in result.answered:
            self.metrics.incr("haiku_ids_rejected_repeated")
            log.warning("rejected a repeated verdict for %s", item_id)
            return None
        cats = obj.get("c", {})
        if set(obj) - {"id", "c", "r"} or not isinstance(cats, dict):
            self.metrics.incr("haiku_verdicts_invalid")
            return None
        found: list[CategoryJudgement] = []
        for name, sev in cats.items():
            if name not in known or isinstance(sev, bool) or sev not in (0, 1, 2, 3):
                self.metrics.incr("haiku_verdicts_invalid")
                return None
            if sev:
                found.append(CategoryJudgement(name, Severity(sev)))
        rationale = obj.get("r", "")
        result.answered.add(item_id)
        out_tokens = math.ceil(len(_compact(obj)) / 4)
        usage = dataclasses.replace(share, output_tokens=float(out_tokens))
        usage = dataclasses.replace(
            usage, estimated_cost_usd=spec.cost(usage, self.config.cache_ttl)
        )
        return Judgement(
            item_id=item_id,
            categories=tuple(sorted(found, key=lambda c: c.category)),
            model=model,
            rationale=str(rationale)[:300] if found and isinstance(rationale, str) else "",
            usage=usage,
        )

    # --- fallback ------------------------------------------------------

    async def _fallback(
        self, ids: list[str], by_id: Mapping[str, Item], batch: Batch, reason: str
    ) -> AsyncIterator[BackendOutcome]:
        self.metrics.incr("haiku_fallback_items", len(ids))
        mode = self.config.fallback
        if mode == "local" and self._fallback_backend is not None:
            answered: set[str] = set()
            sub = Batch(tuple(by_id[i] for i in ids), batch.policy, batch.deadline)
            try:
                async for outcome in self._fallback_backend.classify(sub):
                    if outcome.item_id not in answered and outcome.item_id in by_id:
                        answered.add(outcome.item_id)
                        if isinstance(outcome, Judgement):
                            yield dataclasses.replace(outcome, fallback=True)
                        else:
                            yield outcome
            except Exception as exc:
                log.exception("fallback backend failed")
                reason = f"{reason}; fallback failed: {exc}"
            for i in ids:
                if i not in answered:
                    yield ItemFailure(i, ErrorCode.UNAVAILABLE, f"model unavailable: {reason}")
            return
        if mode == "fail-closed":
            for i in ids:
                yield Judgement(
                    item_id=i,
                    categories=(),
                    model="fail-closed",
                    rationale=f"held for review: the model is unavailable ({reason})",
                    fallback=True,
                    hold_for_review=True,
                )
            return
        for i in ids:
            yield ItemFailure(i, ErrorCode.UNAVAILABLE, f"model unavailable: {reason}")

    # --- models --------------------------------------------------------

    async def _choose_model(self, start: int, startup: bool = False) -> None:
        """Probe models from `start` on; settle on the first usable one, or mark all dead."""
        assert self._client is not None
        skipped: list[str] = []
        for index in range(start, len(self.config.models)):
            model = self.config.models[index]
            try:
                info = await self._client.models.retrieve(model)
            except anthropic.NotFoundError as exc:
                skipped.append(
                    f"{model}: unknown or retired (404 {exc.api_message or 'not_found_error'})"
                )
                continue
            except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
                self._index, self._dead = index, ""
                log.warning(
                    "haiku backend: using model %s unverified: the Models API probe failed (%s)%s",
                    model,
                    _describe(exc, model),
                    _skipped(skipped),
                )
                return
            if info.lifecycle == "retired":
                skipped.append(f"{model}: retired")
                continue
            self._index, self._dead = index, ""
            why = "the first configured model" if not skipped else "the first available model"
            log.info(
                "haiku backend: using model %s (%s%s; %s)",
                model,
                why,
                _skipped(skipped),
                "probed at start-up" if startup else "switched at run time",
            )
            return
        self._dead = (
            "none of the configured models is available: "
            + "; ".join(skipped)
            + ". Set MODERATION_MODELS to a model this API key can use."
        )
        log.error("haiku backend: %s", self._dead)
        if startup and self.config.fallback == "none":
            raise ModelUnavailable(self._dead)

    async def _on_model_gone(self, model: str, exc: anthropic.NotFoundError) -> None:
        async with self._switch_lock:
            if self.model != model or self._dead:
                if self._dead:
                    raise _GiveUp(self._dead) from exc
                return  # another call already switched
            log.warning("haiku backend: model %s answered 404 (%s)", model, exc.api_message)
            self.metrics.incr("haiku_model_switches")
            if self._index + 1 >= len(self.config.models):
                self._dead = (
                    f"model {model} is unknown or retired (404: {exc.api_message}) "
                    "and no other model is configured"
                )
                raise _GiveUp(self._dead) from exc
            await self._choose_model(self._index + 1)
            if self._dead:
                raise _GiveUp(f"model {model} is unknown or retired; {self._dead}") from exc

    def _cached_prefix(self, policy: Policy, spec: ModelSpec) -> dict[str, Any]:
        """System prompt and answer format: the request prefix the prompt cache keys on.

        Shared by the calls and by `_measure_prompt`, so what is counted is what is sent.
        """
        prefix: dict[str, Any] = {"system": system_blocks(policy, self.config.cache_ttl)}
        if spec.structured_outputs:
            prefix["output_config"] = {
                "format": {"type": "json_schema", "schema": verdict_schema(policy)}
            }
        else:
            prefix["tools"] = [verdict_tool(policy)]
            prefix["tool_choice"] = {"type": "tool", "name": TOOL_NAME}
        return prefix

    async def _measure_prompt(self, policy: Policy) -> None:
        """Count the cached prefix once per (policy, model); warn when it cannot be cached."""
        key = (policy.version, self.model)
        if key in self._measured or self._client is None or self._dead:
            return
        self._measured.add(key)
        spec = self.spec
        kwargs: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": "user", "content": "."}],
            **self._cached_prefix(policy, spec),
        }
        try:
            counted = await self._client.messages.count_tokens(**kwargs)
        except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
            log.warning("could not count the prompt tokens of policy %s: %s", policy.id, exc)
            return
        tokens = counted.input_tokens
        self.prompt_tokens[key] = tokens
        if tokens < spec.min_cache_tokens:
            log.warning(
                "policy %s renders to %d prompt tokens, below the %d-token minimum cacheable "
                "prompt of %s: the prompt cache will not be used (every call pays full price)",
                policy.id,
                tokens,
                spec.min_cache_tokens,
                self.model,
            )
        else:
            log.info(
                "policy %s renders to %d prompt tokens (cacheable on %s: minimum %d)",
                policy.id,
                tokens,
                self.model,
                spec.min_cache_tokens,
            )

    # --- bits ----------------------------------------------------------

    def _breaker_failure(self) -> None:
        if self.breaker.failure():
            self.metrics.incr("haiku_breaker_opened")
            log.warning(
                "haiku backend: circuit breaker open for %.0fs; fallback: %s",
                self.config.breaker_cooldown,
                self.config.fallback,
            )

    def _record_usage(self, usage: Any, spec: ModelSpec) -> None:
        u = Usage(
            input_tokens=usage.input_tokens,
            cache_read_input_tokens=usage.cache_read_input_tokens or 0,
            cache_creation_input_tokens=usage.cache_creation_input_tokens or 0,
            output_tokens=usage.output_tokens,
        )
        m = self.metrics
        m.incr("haiku_input_tokens", u.input_tokens)
        m.incr("haiku_cache_read_input_tokens", u.cache_read_input_tokens)
        m.incr("haiku_cache_creation_input_tokens", u.cache_creation_input_tokens)
        m.incr("haiku_output_tokens", u.output_tokens)
        m.incr("haiku_cost_usd", spec.cost(u, self.config.cache_ttl))

    def cache_hit_rate(self) -> float:
        """Share of prompt tokens read from the prompt cache, over all calls so far."""
        snap = self.metrics.snapshot()
        read = snap.get("haiku_cache_read_input_tokens", 0.0)
        total = (
            read
            + snap.get("haiku_input_tokens", 0.0)
            + snap.get("haiku_cache_creation_input_tokens", 0.0)
        )
        return read / total if total else 0.0

    @property
    def breaker_state(self) -> BreakerState:
        return self.breaker.state

    async def _encode_images(
        self, items: Sequence[Item]
    ) -> tuple[dict[str, EncodedImage], list[ItemFailure]]:
        todo = [(i.id, i.content) for i in items if isinstance(i.content, ImageContent)]
        if not todo:
            return {}, []
        results = await asyncio.gather(
            *(asyncio.to_thread(encode_image, content) for _, content in todo),
            return_exceptions=True,
        )
        images: dict[str, EncodedImage] = {}
        bad: list[ItemFailure] = []
        for (item_id, _), res in zip(todo, results, strict=True):
            if isinstance(res, BaseException):
                bad.append(
                    ItemFailure(
                        item_id, ErrorCode.INVALID_ARGUMENT, f"image could not be prepared: {res}"
                    )
                )
            else:
                images[item_id] = res
        return images, bad


def _image_chunks(
    ids: list[str], images: Mapping[str, EncodedImage], bad: list[ItemFailure]
) -> list[list[str]]:
    """Split so no request carries more images than the API accepts."""
    failed = {f.item_id for f in bad}
    chunks: list[list[str]] = [[]]
    count = 0
    for i in ids:
        if i in failed:
            continue
        if i in images:
            if count == MAX_IMAGES_PER_REQUEST:
                chunks.append([])
                count = 0
            count += 1
        chunks[-1].append(i)
    return [c for c in chunks if c]


def _classify_error(exc: Exception) -> str:
    """ "overload" (429/529), "retry" (5xx, timeouts, connection) or "fatal" (never retried)."""
    if isinstance(exc, anthropic.APIConnectionError):
        return "retry"
    assert isinstance(exc, anthropic.APIStatusError)
    if exc.error_code in SPEND_LIMIT_CODES:
        return "fatal"
    status, kind = exc.status_code, exc.type
    if status == 200:  # an error event inside a 200 stream
        return "overload" if kind in ("overloaded_error", "rate_limit_error") else "retry"
    if status in (429, 529):
        return "overload"
    if status >= 500 or status in (408, 409):
        return "retry"
    return "fatal"  # 401, 402, 403 and other 4xx: waiting will not help


def _headers(exc: Exception) -> Mapping[str, str] | None:
    response = getattr(exc, "response", None)
    return response.headers if response is not None else None


def _describe(exc: Exception, model: str) -> str:
    if isinstance(exc, anthropic.APITimeoutError):
        return f"{model}: request timed out"
    if isinstance(exc, anthropic.APIConnectionError):
        return f"{model}: connection error ({exc.message})"
    if isinstance(exc, anthropic.APIStatusError):
        code = f" {exc.error_code}" if exc.error_code else ""
        message = exc.api_message or exc.message
        return f"{model}: HTTP {exc.status_code} {exc.type or ''}{code}: {message}"
    return f"{model}: {exc}"


def _skipped(skipped: list[str]) -> str:
    return f"; skipped {', '.join(skipped)}" if skipped else ""


def _compact(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"))


def build_haiku_backend(
    settings: Settings,
    metrics: Metrics | None = None,
    fallback_backend: Backend | None = None,
    *,
    policies: Sequence[Policy] = (),
    client: AsyncAnthropic | None = None,
) -> HaikuBackend:
    """The backend the server runs when MODERATION_BACKEND=haiku (or auto with a key)."""
    return HaikuBackend(
        HaikuConfig.from_settings(settings),
        metrics,
        fallback_backend,
        client=client,
        policies=policies,
    )
