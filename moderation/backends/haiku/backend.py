"""The `haiku` backend: one streamed Messages API call per batch, verdicts as they close.

- Model: the first available of a configured list, probed with the Models API
  at start-up and switched on a 404 at run time; one log line says which and why.
  A key the API refuses at start-up makes the backend report a `problem`, so the
  server does not report SERVING.
- Prompt: the policy as a byte-stable, cached system prompt; items framed as
  untrusted data under random per-batch ids (see `framing`); the answer as
  structured output, or a forced tool call on models without structured outputs.
- The answer is folded event by event (`answer.accumulate_event`): ids not
  asked are dropped, and a verdict counts only in its item's turn; an answer that
  breaks (an id out of its turn or repeated, a verdict past its bound) is closed
  there, and its items around the break are named for asking again alone.
- One call per batch (per 100 images), nothing more: every failure is raised
  as an `UpstreamError` of one kind, and the `ResilientBackend` wrapper alone
  retries, splits, trips the breaker, paces and falls back.
- Each call reports to the batch's gate (the Pacer) what it will cost before it
  is sent (one request, the uncached input tokens, `max_tokens` of output, as
  the API reserves them) and, after it, what the API counted (cache reads only
  where the model counts them) and what its `anthropic-ratelimit-*` headers say
  is left.

Billing: the API refuses to bill in several forms: 402 ``billing_error``, 400
``invalid_request_error`` "Your credit balance is too low ...", and 429 with
``error.details.error_code`` ``enforced_spend_limit_reached`` or
``contract_spend_limit_reached`` (402 ``linked_organization_spend_limit_reached``
for linked organisations). Waiting does not lift any of them: they are one
kind (BILLING), never retried, open the breaker at once and make the backend
report a `problem` (health NOT_SERVING) until a call succeeds again.

Limits (see `limits`): images are re-encoded until their base64 fits a budget,
a batch is split into calls by request bytes and image count, a 413 is
answered by halving, and a 400 naming one image by re-encoding that image
smaller (its neighbours go again without it). A streamed refusal
(``stop_reason: "refusal"``) keeps the verdicts already out and names the item
the answer stopped at; the wrapper asks it again alone.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import math
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anthropic
from anthropic import AsyncAnthropic
from opentelemetry import trace

from moderation.backends.base import Batch, CallGate
from moderation.backends.decode_budget import DecodeBudget, decode_cost
from moderation.backends.haiku.answer import Answer, ParsedVerdict, accumulate_event, finish
from moderation.backends.haiku.framing import EncodedImage, frame_batch, new_nonce
from moderation.backends.haiku.images import MAX_IMAGES_PER_REQUEST, encode_image
from moderation.backends.haiku.limits import (
    IMAGE_BASE64_BUDGET,
    image_at_fault,
    item_bytes,
    split_calls,
)
from moderation.backends.haiku.models import (
    ModelSpec,
    parse_overrides,
    spec_for,
    spec_from_model_info,
)
from moderation.backends.haiku.prompt import (
    TOOL_NAME,
    system_blocks,
    verdict_schema,
    verdict_tool,
)
from moderation.backends.haiku.scanner import MalformedOutput
from moderation.domain import (
    BackendOutcome,
    ErrorCode,
    ImageContent,
    Item,
    ItemFailure,
    Judgement,
    Usage,
)
from moderation.errors import UpstreamUnavailable
from moderation.observability import Metrics
from moderation.policy import Policy, default_policy
from moderation.tracing import tracer
from moderation.upstream.budget import CallReport, Cost, Remaining
from moderation.upstream.errors import ErrorKind, UpstreamError
from moderation.upstream.tokens import estimate_tokens

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
# A 400 whose message says the organisation cannot be billed now.
CREDIT_MESSAGES = ("credit balance is too low", "spend limit", "usage limits")
PROMPT_CACHE_TTLS = ("5m", "1h", "off")
RATELIMIT_HEADER = "anthropic-ratelimit-{}-{}"
RATELIMIT_BUCKETS = ("requests", "input-tokens", "output-tokens")
# The API rounds remaining token counts to the nearest thousand.
REMAINING_SLACK = Cost(0.0, 500.0, 500.0)
# Where the estimate's scale starts: as if 2,000 estimated tokens had been counted as
# such, so the first calls (often one short item, mostly the request's own framing)
# move it only a little.
SCALE_PRIOR = (2000.0, 2000.0)


class ModelUnavailable(UpstreamUnavailable):
    """No configured model can be used (unknown, retired, or not enabled for the key)."""


@dataclass(frozen=True, slots=True)
class HaikuConfig:
    models: tuple[str, ...]
    api_key: str = ""
    base_url: str = ""
    timeout: float = 60.0
    tokens_per_item: int = 64  # max_tokens budget per item (a flagged verdict is ~20-30)
    cache_ttl: str = "5m"  # the prompt cache's lifetime: "5m", "1h", or "off" (no breakpoint)
    overrides: Mapping[str, ModelSpec] = field(default_factory=dict)
    # Without a fallback, a start-up with no usable model is an error, not a warning.
    require_model: bool = False
    # With no usable model, how often the Models API is asked again.
    reprobe_seconds: float = 60.0

    def __post_init__(self) -> None:
        if not self.models:
            raise ValueError("configure at least one model (MODERATION_MODELS)")
        if self.cache_ttl not in PROMPT_CACHE_TTLS:
            raise ValueError(f"prompt cache must be one of {', '.join(PROMPT_CACHE_TTLS)}")

    @classmethod
    def from_settings(cls, settings: Settings) -> HaikuConfig:
        return cls(
            models=tuple(settings.models),
            api_key=settings.anthropic_api_key,
            base_url=settings.anthropic_base_url,
            timeout=settings.haiku_timeout_seconds,
            overrides=parse_overrides(settings.haiku_model_capabilities),
            cache_ttl=settings.haiku_prompt_cache,
            require_model=settings.fallback == "none",
        )


class HaikuBackend:
    def __init__(
        self,
        config: HaikuConfig,
        metrics: Metrics | None = None,
        *,
        client: AsyncAnthropic | None = None,
        policies: Sequence[Policy] = (),
    ) -> None:
        self.config = config
        self.metrics = metrics or Metrics()
        self._client = client
        self._own_client = client is None
        self._policies = list(policies)
        self._index = 0
        self._dead: str = ""  # why no model is usable, once that is known
        self._probed_at = 0.0  # when the configured models were last probed
        self._denied: str = ""  # why the API refused the key, until it accepts it again
        self._billing: str = ""  # why the API refused to bill, until a call passes again
        self._switch_lock = asyncio.Lock()
        self._measured: set[tuple[str, str]] = set()
        self.prompt_tokens: dict[tuple[str, str], int] = {}
        # Per model, decayed sums of the API's input tokens and of the estimates for them.
        self._input_seen: dict[str, tuple[float, float]] = {}
        # What the Models API said of each configured model (under the operator's overrides).
        self._learned: dict[str, ModelSpec] = {}
        # Images the API refused: (sha256 of the file) -> the smaller base64 budget to meet.
        self._image_budgets: dict[str, int] = {}
        # Memory image conversion may hold at once, across live batches and jobs.
        self.decode_budget = DecodeBudget()

    # --- Backend protocol ----------------------------------------------

    @property
    def name(self) -> str:
        return "haiku"

    @property
    def model(self) -> str:
        return self.config.models[self._index]

    @property
    def problem(self) -> str:
        """Why this backend cannot judge (a refused key, no usable model), or ""."""
        return self._denied or self._billing or self._dead

    @property
    def billing_refused(self) -> bool:
        """The API refused to bill at the last call (jobs still try, as a trial, now and then)."""
        return bool(self._billing)

    def billing(self, exc: anthropic.APIStatusError | None, model: str = "") -> None:
        """Record a billing refusal (None: a call passed, so billing works again)."""
        if exc is None:
            self._billing = ""
            return
        self._billing = (
            f"the Anthropic API refuses to bill the organisation "
            f"({_describe(exc, model or self.model)}): add credits or raise the spend limit"
        )

    @property
    def spec(self) -> ModelSpec:
        return self.spec_of(self.model)

    def spec_of(self, model: str) -> ModelSpec:
        """The operator's overrides, else what the Models API said, else the built-in table."""
        return spec_for(model, {**self._learned, **self.config.overrides})

    async def start(self) -> None:
        if self._client is None:
            self._client = AsyncAnthropic(
                api_key=self.config.api_key or None,
                base_url=self.config.base_url or None,
                max_retries=0,  # retries are the ResilientBackend's: one owner
                timeout=self.config.timeout,
            )
        await self._choose_model(0, startup=True)
        for policy in self._policies or [default_policy()]:
            await self._measure_prompt(policy)

    async def close(self) -> None:
        if self._client is not None and self._own_client:
            await self._client.close()

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        """One call per chunk within the API's request size and image count; raises
        UpstreamError on any failure."""
        by_id = {item.id: item for item in batch.items}
        images, bad = await self.encode_images(batch.items)
        for failure in bad:
            yield failure
        await self._measure_prompt(batch.policy)
        for ids in request_chunks(batch.items, images, bad):
            async for judgement in self._call(ids, by_id, images, batch.policy, batch.gate):
                yield judgement

    # --- one call --------------------------------------------------------

    async def _call(
        self,
        ids: list[str],
        by_id: Mapping[str, Item],
        images: Mapping[str, EncodedImage],
        policy: Policy,
        gate: CallGate | None = None,
    ) -> AsyncIterator[Judgement]:
        """One streamed call; on a 404 the next configured model is tried at once."""
        while True:
            if self._dead:
                await self._reprobe()
            if self._dead:
                raise UpstreamError(ErrorKind.MODEL_UNAVAILABLE, self._dead)
            model = self.model
            try:
                async for j in self._stream_once(model, ids, by_id, images, policy, gate):
                    yield j
                self._denied = self._billing = ""
                return
            except anthropic.NotFoundError as exc:
                await self._on_model_gone(model, exc)
            except (anthropic.AuthenticationError, anthropic.PermissionDeniedError) as exc:
                self._denied = f"the Anthropic API refused the key: {_describe(exc, model)}"
                raise _upstream_error(exc, model) from exc
            except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
                error = _upstream_error(exc, model)
                if error.kind is ErrorKind.BILLING and isinstance(exc, anthropic.APIStatusError):
                    self.billing(exc, model)
                elif error.kind is ErrorKind.IMAGE_REJECTED:
                    error = self._image_rejected(error, exc, ids, by_id, images, policy, model)
                raise error from exc

    def _image_rejected(
        self,
        error: UpstreamError,
        exc: anthropic.APIStatusError | anthropic.APIConnectionError,
        ids: list[str],
        by_id: Mapping[str, Item],
        images: Mapping[str, EncodedImage],
        policy: Policy,
        model: str,
    ) -> UpstreamError:
        """A 400 naming one image: re-encode that image smaller next time, and say which.

        The request is rebuilt to find the image's item (same framing, same order): the
        message names the content block, not the item.
        """
        message = _api_message(exc)
        request = self.message_params(model, [by_id[i] for i in ids], images, policy)
        at_fault = image_at_fault(message, request)
        if at_fault is None or at_fault not in images:
            return UpstreamError(ErrorKind.TOO_LARGE, str(error), request_id=error.request_id)
        item = by_id[at_fault]
        assert isinstance(item.content, ImageContent)
        sent = len(images[at_fault].data_b64)
        self.shrink_image(item.content, sent)
        return UpstreamError(
            ErrorKind.IMAGE_REJECTED,
            f"{error} (image of item {at_fault}, {sent} bytes of base64: re-encoded smaller)",
            request_id=error.request_id,
            ids=[at_fault],
        )

    def shrink_image(self, image: ImageContent, sent: int) -> None:
        """The API refused this image at `sent` bytes of base64: encode it to half that."""
        self._image_budgets[_digest(image)] = max(1, sent // 2)

    async def _stream_once(
        self,
        model: str,
        ids: list[str],
        by_id: Mapping[str, Item],
        images: Mapping[str, EncodedImage],
        policy: Policy,
        gate: CallGate | None = None,
    ) -> AsyncIterator[Judgement]:
        assert self._client is not None
        spec = self.spec_of(model)
        items = [by_id[i] for i in ids]
        kwargs = self.message_params(model, items, images, policy)
        answer = Answer.expecting(ids, policy.category_names)
        answer.model = model
        cost = self._estimate(model, spec, items, policy, kwargs["max_tokens"])
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
                "gen_ai.request.max_tokens": kwargs["max_tokens"],
                "moderation.batch.items": len(ids),
            },
        )
        started = time.monotonic()
        outcome = "ok"
        try:
            call = _Call(kwargs, items, cost, gate)
            async for j in self._stream_answer(call, answer, ids, spec, span):
                yield j
        except (asyncio.CancelledError, GeneratorExit):
            outcome = "cancelled"
            raise
        except Exception as exc:
            outcome = _outcome(exc)
            span.set_status(trace.StatusCode.ERROR, outcome)
            if rid := getattr(exc, "request_id", None):
                span.set_attribute("anthropic.request_id", rid)
            raise
        finally:
            self.metrics.upstream_duration.labels(model, outcome).observe(
                time.monotonic() - started
            )
            _usage_attributes(span, answer)
            span.end()

    async def _stream_answer(
        self,
        call: _Call,
        answer: Answer,
        ids: list[str],
        spec: ModelSpec,
        span: trace.Span,
    ) -> AsyncIterator[Judgement]:
        """The streamed call folded into verdicts; raises UpstreamError for a bad answer."""
        assert self._client is not None
        model, kwargs, items, gate = answer.model, call.kwargs, call.items, call.gate
        cost = call.cost
        malformed = ""
        refusal: Any = None
        seen = _Seen()
        try:
            async with self._client.messages.stream(**kwargs) as stream:
                if stream.request_id:
                    span.set_attribute("anthropic.request_id", stream.request_id)
                seen.answered(stream.response.headers, 200)
                async for event in stream:
                    if event.type == "message_delta" and event.delta.stop_reason == "refusal":
                        refusal = event.delta.stop_details
                    for verdict in accumulate_event(event, answer):
                        yield self._judgement(verdict, answer, len(ids), spec)
                    if answer.broken is not None:
                        break  # nothing after a break is used: stop paying for it
        except (MalformedOutput, ValueError) as exc:  # ValueError: the SDK's partial-JSON parser
            malformed = f"malformed answer: {exc}"
        except anthropic.APIStatusError as exc:
            seen.answered(exc.response.headers, exc.status_code)
            raise
        finally:
            _estimate_cut_output(answer)
            self._learn_scale(model, items, answer)
            if gate is not None:
                await gate.after_call(seen.report(model, cost, answer, spec))
        stopped_at = refused_item(answer, ids)
        for verdict in finish(answer) if not malformed else []:
            yield self._judgement(verdict, answer, len(ids), spec)
        self._record_usage(answer, spec)
        refused = None
        if answer.stop_reason == "refusal" and not malformed:
            refused = UpstreamError(
                ErrorKind.REFUSED,
                f"{model}: the answer was refused at item {stopped_at}"
                f" ({describe_refusal(refusal)})",
                ids=[stopped_at] if stopped_at else [],
            )
        _check_answer(answer, model, malformed, self.metrics, refused)

    def message_params(
        self,
        model: str,
        items: Sequence[Item],
        images: Mapping[str, EncodedImage],
        policy: Policy,
    ) -> dict[str, Any]:
        """One Messages API request for a batch of items (under their batch-local ids).

        The streamed calls and the Message Batches requests of jobs send the same
        request, so both share one framing, one cached prompt and one answer format.
        """
        spec = self.spec_of(model)
        return {
            "model": model,
            "max_tokens": min(
                spec.max_output_tokens, 64 + self.config.tokens_per_item * len(items)
            ),
            "messages": [{"role": "user", "content": frame_batch(items, new_nonce(), images)}],
            **self._cached_prefix(policy, spec),
        }

    @property
    def client(self) -> AsyncAnthropic:
        """The SDK client (after start()); jobs send their Message Batches through it."""
        if self._client is None:
            raise RuntimeError("the haiku backend is not started")
        return self._client

    def _estimate(
        self, model: str, spec: ModelSpec, items: Sequence[Item], policy: Policy, max_tokens: int
    ) -> Cost:
        """What the API will take from its buckets for this call, as far as known before it.

        The cached prompt counts only where cache reads count toward the limit (or nothing
        is cached); a cache write is charged after the call, when the usage says so.
        """
        prompt = self.prompt_tokens.get((policy.version, model), 0)
        cached = (
            self.config.cache_ttl != "off"
            and prompt >= spec.min_cache_tokens
            and not spec.cache_reads_count
        )
        content = sum(estimate_tokens(item) for item in items) * self._input_scale(model)
        return Cost(1.0, float(content + (0 if cached else prompt)), float(max_tokens))

    def _learn_scale(self, model: str, items: Sequence[Item], answer: Answer) -> None:
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
        counted, guessed = self._input_seen.get(model, SCALE_PRIOR)
        self._input_seen[model] = (0.8 * counted + u.input_tokens, 0.8 * guessed + estimated)

    def _input_scale(self, model: str) -> float:
        """The API's input tokens per estimated token, lately."""
        counted, guessed = self._input_seen.get(model, SCALE_PRIOR)
        return counted / guessed

    def _judgement(
        self,
        verdict: ParsedVerdict,
        answer: Answer,
        n_items: int,
        spec: ModelSpec,
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
        usage = dataclasses.replace(
            usage, estimated_cost_usd=spec.cost(usage, self.config.cache_ttl, batch_api)
        )
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

    # --- models --------------------------------------------------------

    async def _reprobe(self) -> None:
        """With no usable model, ask the Models API again now and then: the operator may
        have enabled a model, or a 404 may have been the API's own passing fault."""
        async with self._switch_lock:
            if self._dead and time.monotonic() - self._probed_at >= self.config.reprobe_seconds:
                log.info("haiku backend: probing the configured models again")
                await self._choose_model(0)

    async def _choose_model(self, start: int, startup: bool = False) -> None:
        """Probe models from `start` on; settle on the first usable one, or mark all dead."""
        assert self._client is not None
        self._probed_at = time.monotonic()
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
            except (anthropic.AuthenticationError, anthropic.PermissionDeniedError) as exc:
                self._index = index
                self._denied = f"the Anthropic API refused the key: {_describe(exc, model)}"
                log.error(
                    "haiku backend: %s (request id %s). Set ANTHROPIC_API_KEY to a valid key "
                    "and restart; until then the server reports NOT_SERVING and items go to "
                    "the fallback.",
                    self._denied,
                    exc.request_id,
                )
                return
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
            self._learn_model(model, info)
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
        if startup and self.config.require_model:
            raise ModelUnavailable(self._dead)

    def _learn_model(self, model: str, info: Any) -> None:
        """Take the Models API's capabilities for the model; say so when a price is unknown."""
        learned = spec_from_model_info(model, info)
        if learned is not None:
            self._learned[model] = learned
        spec = self.spec_of(model)
        log.info(
            "haiku backend: model %s: structured outputs %s, max output tokens %d (%s)",
            model,
            "yes" if spec.structured_outputs else "no (forced tool call)",
            spec.max_output_tokens,
            "from the Models API" if learned is not None else "from the built-in table",
        )
        if not spec.priced:
            log.warning(
                "haiku backend: unknown price for model %s: estimated costs are reported as 0 "
                "(give its prices in MODERATION_HAIKU_MODEL_CAPABILITIES)",
                model,
            )

    async def _on_model_gone(self, model: str, exc: anthropic.NotFoundError) -> None:
        """A 404 at run time: move along the configured list (once, whoever sees it first)."""
        async with self._switch_lock:
            if self.model != model or self._dead:
                return  # another call already switched (or found nothing left)
            log.warning("haiku backend: model %s answered 404 (%s)", model, exc.api_message)
            self.metrics.model_switches.inc()
            if self._index + 1 >= len(self.config.models):
                self._dead = (
                    f"model {model} is unknown or retired (404: {exc.api_message}) "
                    "and no other model is configured"
                )
                log.error("haiku backend: %s", self._dead)
                return
            await self._choose_model(self._index + 1)
            if self._dead:
                self._dead = f"model {model} is unknown or retired; {self._dead}"

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

    async def warm(self, policy: Policy) -> bool:
        """Write the prompt cache of a policy version before it takes traffic (a reload):
        its prompt measured, then one call with its cached prefix and one output token.
        True when the call was answered (the cache is written, if the prompt is cacheable)."""
        if self._client is None or self.problem or self.config.cache_ttl == "off":
            return False
        await self._measure_prompt(policy)
        spec = self.spec
        kwargs: dict[str, Any] = {
            "model": self.model,
            "max_tokens": 1,
            "messages": [{"role": "user", "content": "."}],
            **self._cached_prefix(policy, spec),
        }
        try:
            message = await self._client.messages.create(**kwargs)
        except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
            log.warning("could not warm the prompt cache of policy %s: %s", policy.id, exc)
            return False
        u = message.usage
        usage = Usage(
            input_tokens=u.input_tokens,
            cache_read_input_tokens=u.cache_read_input_tokens or 0,
            cache_creation_input_tokens=u.cache_creation_input_tokens or 0,
            output_tokens=u.output_tokens,
        )
        usage = dataclasses.replace(
            usage, estimated_cost_usd=spec.cost(usage, self.config.cache_ttl)
        )
        self.metrics.record_usage(message.model or self.model, usage)
        log.info(
            "policy %s version %s: prompt cache warmed (%d tokens written, %d read)",
            policy.id,
            policy.version,
            usage.cache_creation_input_tokens,
            usage.cache_read_input_tokens,
        )
        return True

    async def _measure_prompt(self, policy: Policy) -> None:
        """Count the cached prefix once per (policy, model); warn when it cannot be cached."""
        key = (policy.version, self.model)
        if key in self._measured or self._client is None or self.problem:
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

    def _record_usage(self, answer: Answer, spec: ModelSpec) -> None:
        if answer.usage is None:
            return
        u = Usage(
            input_tokens=answer.usage.input_tokens,
            cache_read_input_tokens=answer.usage.cache_read_input_tokens or 0,
            cache_creation_input_tokens=answer.usage.cache_creation_input_tokens or 0,
            output_tokens=answer.output_tokens,
        )
        u = dataclasses.replace(u, estimated_cost_usd=spec.cost(u, self.config.cache_ttl))
        self.metrics.record_usage(answer.model, u)

    def cache_hit_rate(self) -> float:
        """Share of prompt tokens read from the prompt cache, over all calls so far."""
        read = self.metrics.value("upstream_tokens_total", type="cache_read")
        total = sum(
            self.metrics.value("upstream_tokens_total", type=t)
            for t in ("input", "cache_read", "cache_creation")
        )
        return read / total if total else 0.0

    def judgement(self, verdict: ParsedVerdict, answer: Answer, n_items: int) -> Judgement:
        """A verdict of a Message Batches answer, its cost at the batch discount."""
        return self._judgement(verdict, answer, n_items, self.spec_of(answer.model), True)

    async def encode_images(
        self, items: Sequence[Item]
    ) -> tuple[dict[str, EncodedImage], list[ItemFailure]]:
        """The batch's images ready to send, converted one at a time within the backend's
        decode budget (shared by every batch in flight), off the event loop."""
        todo = [(i.id, i.content) for i in items if isinstance(i.content, ImageContent)]
        if not todo:
            return {}, []
        budgets = [
            self._image_budgets.get(_digest(c), IMAGE_BASE64_BUDGET)
            if self._image_budgets
            else IMAGE_BASE64_BUDGET
            for _, c in todo
        ]
        results: list[EncodedImage | BaseException] = []
        memory = self.decode_budget
        for (_, content), budget in zip(todo, budgets, strict=True):
            async with memory.hold(decode_cost(content, memory.limit)):
                try:
                    results.append(await asyncio.to_thread(encode_image, content, budget=budget))
                except Exception as exc:  # that image's fault only
                    results.append(exc)
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


def _estimate_cut_output(answer: Answer) -> None:
    """An answer closed at a break never reports its output tokens: count what was read,
    at 4 characters a token, so the usage metrics still see what it cost."""
    if answer.broken is not None and answer.stop_reason is None and not answer.output_tokens:
        answer.output_tokens = math.ceil(answer.chars / 4)


def _check_answer(
    answer: Answer,
    model: str,
    malformed: str,
    metrics: Metrics,
    refused: UpstreamError | None = None,
) -> None:
    """Count what was wrong with an answer, and raise the one error that says what to ask again.

    A broken answer comes first (an id out of its turn, repeated, or a verdict past its
    bound): the items around the break are asked again alone (CONFLICT), the rest
    together, whatever else went wrong after it (the stream was closed at the break).
    Then a refusal (`refused`, the API's classifiers stopped the answer), then the rest.
    """
    problems = metrics.answer_problems
    if answer.unknown_ids:
        problems.labels("unknown_id").inc(answer.unknown_ids)
    if answer.invalid:
        problems.labels("invalid_verdict").inc(answer.invalid)
    pending = answer.conflicts - answer.released
    if answer.broken is not None:
        problems.labels(answer.broken.value).inc()
        log.warning(
            "the model's answer broke (%s); %d item(s) asked again alone, the rest together",
            answer.broken.value,
            len(pending),
        )
        raise UpstreamError(
            ErrorKind.CONFLICT,
            f"{model}: answer broken ({answer.broken.value})",
            ids=sorted(pending),
        )
    if refused is not None:
        raise refused
    if malformed:
        raise UpstreamError(ErrorKind.MALFORMED, f"{model}: {malformed}")
    if answer.stop_reason == "max_tokens":
        raise UpstreamError(ErrorKind.TRUNCATED, f"{model}: answer cut off at max_tokens")
    if not answer.scanner.complete:
        raise UpstreamError(ErrorKind.MALFORMED, f"{model}: the answer ended before its JSON")


def _outcome(exc: Exception) -> str:
    """How a call failed, for the latency histogram's label and the span's status."""
    if isinstance(exc, UpstreamError):
        return exc.kind.value
    if isinstance(exc, anthropic.NotFoundError):
        return "not_found"  # the model is gone; the backend moves along its list
    if isinstance(exc, anthropic.APIStatusError | anthropic.APIConnectionError):
        return error_kind(exc).value
    return ErrorKind.INTERNAL.value


def _usage_attributes(span: trace.Span, answer: Answer) -> None:
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


@dataclass(frozen=True, slots=True)
class _Call:
    """One Messages API call about to be sent: its request, items, budget cost and gate."""

    kwargs: dict[str, Any]
    items: list[Item]
    cost: Cost
    gate: CallGate | None


def request_chunks(
    items: Sequence[Item], images: Mapping[str, EncodedImage], bad: Sequence[ItemFailure] = ()
) -> list[list[str]]:
    """Split so no request carries more bytes or more images than the API accepts."""
    failed = {f.item_id for f in bad}
    ids = [i.id for i in items if i.id not in failed]
    sizes = {i.id: item_bytes(i, images.get(i.id)) for i in items}
    return split_calls(ids, sizes, images, max_images=MAX_IMAGES_PER_REQUEST)


def refused_item(answer: Answer, ids: Sequence[str]) -> str:
    """The item a refused answer stopped at: the one whose turn it was (the first
    unanswered one when the answer had broken)."""
    if answer.stop_reason != "refusal" or not ids:
        return ""
    if answer.broken is None and (turn := answer.next_id()) is not None:
        return turn
    answered = answer.answered
    return next((i for i in ids if i not in answered), "")


def describe_refusal(details: Any) -> str:
    """The refusal's category and explanation, as the API's stop_details give them."""
    if details is None:
        return "no details"
    category = getattr(details, "category", None) or "no category"
    explanation = getattr(details, "explanation", None) or ""
    return f"{category}: {explanation}" if explanation else category


def _api_message(exc: anthropic.APIStatusError | anthropic.APIConnectionError) -> str:
    if isinstance(exc, anthropic.APIStatusError):
        return exc.api_message or exc.message or ""
    return exc.message or ""


def _digest(image: ImageContent) -> str:
    return hashlib.sha256(image.data).hexdigest()


class _Seen:
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
            remaining=_ratelimit(self.headers, "remaining"),
            limits=_ratelimit(self.headers, "limit"),
            slack=REMAINING_SLACK,
            age=age,
        )


def _ratelimit(headers: Mapping[str, str], field: str) -> Remaining:
    """One field (limit, remaining) of the three `anthropic-ratelimit-*` buckets."""
    values: list[float | None] = []
    for bucket in RATELIMIT_BUCKETS:
        raw = headers.get(RATELIMIT_HEADER.format(bucket, field))
        try:
            values.append(float(raw) if raw is not None else None)
        except ValueError:
            values.append(None)
    return Remaining(*values)


def error_kind(exc: anthropic.APIStatusError | anthropic.APIConnectionError) -> ErrorKind:
    """The kind of a failed Messages API call, by status and error type."""
    # No answer at all (connection dropped, timed out): the next try may work.
    if isinstance(exc, anthropic.APIConnectionError):
        return ErrorKind.TRANSIENT
    # Spend limits arrive as 429 (402 for linked organisations); waiting does not lift them.
    if exc.error_code in SPEND_LIMIT_CODES:
        return ErrorKind.BILLING
    status, kind = exc.status_code, exc.type
    message = _api_message(exc).lower()
    # Billing refused (402 billing_error), or a 400 saying the credit balance is too low.
    if status == 402 or kind == "billing_error":
        return ErrorKind.BILLING
    if status == 400 and any(m in message for m in CREDIT_MESSAGES):
        return ErrorKind.BILLING
    # The body is over the API's size limit: smaller requests will pass.
    if status == 413:
        return ErrorKind.TOO_LARGE
    # A 400 naming one image block: that image is refused, not the request.
    if status == 400 and ".image" in message and "messages." in message:
        return ErrorKind.IMAGE_REJECTED
    # An error event inside a 200 stream: overloaded_error is load, anything else a glitch.
    if status == 200:
        if kind in ("overloaded_error", "rate_limit_error"):
            return ErrorKind.OVERLOADED
        return ErrorKind.TRANSIENT
    # Rate limited (429) or the API overloaded (529): backpressure.
    if status in (429, 529):
        return ErrorKind.OVERLOADED
    # Request timeout (408) and lock conflicts (409) are retried, as the SDK does.
    if status in (408, 409):
        return ErrorKind.TRANSIENT
    # Server errors.
    if status >= 500:
        return ErrorKind.TRANSIENT
    # A refused key (401) or permission (403): the operator must act.
    if status in (401, 403):
        return ErrorKind.DENIED
    # Any other 4xx (400, 422): the API refuses the request this service built.
    return ErrorKind.REJECTED


def _upstream_error(
    exc: anthropic.APIStatusError | anthropic.APIConnectionError, model: str
) -> UpstreamError:
    headers = _headers(exc)
    return UpstreamError(
        error_kind(exc),
        _describe(exc, model),
        retry_after=retry_after(headers),
        request_id=getattr(exc, "request_id", None) or "",
    )


def retry_after(headers: Mapping[str, str] | None) -> float | None:
    """The upstream's own wait hint, in seconds (``retry-after-ms`` wins over ``retry-after``)."""
    if not headers:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw is None:
            continue
        try:
            value = float(raw) * scale
        except ValueError:
            continue
        if value >= 0:
            return value
    return None


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


def build_haiku_backend(
    settings: Settings,
    metrics: Metrics | None = None,
    *,
    policies: Sequence[Policy] = (),
    client: AsyncAnthropic | None = None,
) -> HaikuBackend:
    """The backend the server runs when MODERATION_BACKEND=haiku (or auto with a key)."""
    return HaikuBackend(
        HaikuConfig.from_settings(settings), metrics, client=client, policies=policies
    )
