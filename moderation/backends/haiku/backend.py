"""The `haiku` backend: one streamed Messages API call per batch, verdicts as they close.

Live calls and jobs share one request/answer pair: `request(batch)` builds the
Messages API requests for a batch (its items under batch-local ids, framed as
untrusted data under a random per-request nonce, see `framing`; the policy as a
byte-stable cached system prompt, see `prefix`; the answer as structured output,
or a forced tool call on models without structured outputs), and a call's answer
is folded by the same rules whether it streams in (`answer.accumulate_event`) or
comes back whole from Message Batches (`read`): ids not asked are dropped, a
verdict counts only in its item's turn, and what went wrong is one `UpstreamError`
of one kind (`errors`), naming the items to ask again alone where that is the rule.

One call per request, nothing more: the `ResilientBackend` wrapper (and the jobs
executor, by the same rules) alone retries, splits, trips the breaker, paces and
falls back. Each call reports to the batch's gate (the Pacer) what it will cost
before it is sent and what the API counted after it (`ratelimits`).

The rest is in its own module: which model answers (`model_choice`), images
(`images`), request limits (`limits`), usage and pricing (`usage`). A key the API
refuses, no usable model, or a refused bill make the backend report a `problem`
(health NOT_SERVING) until a call succeeds again.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import anthropic
from anthropic import AsyncAnthropic
from anthropic.resources.messages.batches import AsyncBatches

from moderation.backends.base import Batch, CallGate
from moderation.backends.decode_budget import DecodeBudget
from moderation.backends.haiku import usage
from moderation.backends.haiku.answer import Answer, accumulate_message
from moderation.backends.haiku.config import HaikuConfig
from moderation.backends.haiku.errors import (
    api_message,
    check_answer,
    describe,
    refusal,
    result_error_kind,
    upstream_error,
)
from moderation.backends.haiku.framing import EncodedImage, frame_batch, new_nonce
from moderation.backends.haiku.images import ImageEncoder
from moderation.backends.haiku.limits import image_at_fault, request_chunks
from moderation.backends.haiku.model_choice import ModelChoice, ModelUnavailable
from moderation.backends.haiku.models import ModelSpec
from moderation.backends.haiku.prefix import PromptPrefix
from moderation.backends.haiku.request import Reading, Request
from moderation.backends.haiku.scanner import MalformedOutput
from moderation.backends.haiku.stream import Streamer
from moderation.domain import BackendOutcome, ImageContent, Item, ItemFailure, Judgement
from moderation.language import item_languages
from moderation.observability import Metrics
from moderation.policy import Policy, default_policy
from moderation.upstream.errors import ErrorKind, UpstreamError

if TYPE_CHECKING:
    from moderation.config import Settings

__all__ = ["HaikuBackend", "HaikuConfig", "ModelUnavailable", "Reading", "Request"]


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
        self.models = ModelChoice(
            config.models, config.overrides, self.metrics, config.reprobe_seconds
        )
        self.prefix = PromptPrefix(config.cache_ttl)
        self.images = ImageEncoder()
        self._streamer: Streamer | None = None  # once there is a client
        self._billing: str = ""  # why the API refused to bill, until a call passes again

    # --- Backend protocol ----------------------------------------------

    @property
    def name(self) -> str:
        return "haiku"

    @property
    def model(self) -> str:
        return self.models.model

    @property
    def problem(self) -> str:
        """Why this backend cannot judge (a refused key, no usable model), or ""."""
        return self.models.denied or self._billing or self.models.dead

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
            f"({describe(exc, model or self.model)}): add credits or raise the spend limit"
        )

    @property
    def spec(self) -> ModelSpec:
        return self.spec_of(self.model)

    def spec_of(self, model: str) -> ModelSpec:
        return self.models.spec_of(model)

    @property
    def prompt_tokens(self) -> dict[tuple[str, str], int]:
        return self.prefix.tokens

    @property
    def decode_budget(self) -> DecodeBudget:
        return self.images.decode_budget

    @property
    def batches(self) -> AsyncBatches:
        """The Message Batches API, on this backend's client (after start()): for jobs."""
        if self._client is None:
            raise RuntimeError("the haiku backend is not started")
        return self._client.messages.batches

    async def start(self) -> None:
        if self._client is None:
            self._client = AsyncAnthropic(
                api_key=self.config.api_key or None,
                base_url=self.config.base_url or None,
                max_retries=0,  # retries are the ResilientBackend's: one owner
                timeout=self.config.timeout,
            )
        await self.models.choose(self._client, 0, True, self.config.require_model)
        for policy in self._policies or [default_policy()]:
            await self._measure_prompt(policy)

    async def close(self) -> None:
        if self._client is not None and self._own_client:
            await self._client.close()

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        """One call per request within the API's size and image count; raises
        UpstreamError on any failure. Each judgement names its item's language, identified
        in a thread while the call is out: on the event loop, identifying every verdict's
        text took half of a busy server's loop and held up every other caller."""
        languages = asyncio.ensure_future(asyncio.to_thread(item_languages, batch.items))
        try:
            requests, bad = await self.request(batch)
            for failure in bad:
                yield failure
            for request in requests:
                async for judgement in self._call(request, batch.policy, batch.gate):
                    tag = judgement.language or (await languages).get(judgement.item_id, "")
                    yield dataclasses.replace(judgement, language=tag)
        finally:
            languages.cancel()

    # --- the request/answer pair (live calls and jobs) -------------------

    async def request(self, batch: Batch) -> tuple[list[Request], list[ItemFailure]]:
        """The Messages API requests for a batch (its items already under batch-local ids),
        split within the API's request size and image count; and the items whose image
        could not be prepared."""
        images, bad = await self.images.encode(batch.items)
        await self._measure_prompt(batch.policy)
        by_id = {item.id: item for item in batch.items}
        model = self.model
        requests = [
            self._build(model, tuple(by_id[i] for i in ids), images, batch.policy)
            for ids in request_chunks(batch.items, images, bad)
        ]
        return requests, bad

    def read(self, result: Any, ids: Sequence[str], policy: Policy) -> Reading:
        """One Message Batches result (succeeded, errored, expired or canceled) of a request
        for these batch-local ids: its verdicts at the batch discount, and the error a
        streamed call of the same request would have raised."""
        if result.type != "succeeded":
            why, kind = f"request {result.type}", ErrorKind.TRANSIENT
            if result.type == "errored":
                error = result.error.error
                why += f" ({error.type}: {error.message})"
                kind = result_error_kind(str(error.type), error.message)
            return Reading([], UpstreamError(kind, why))
        message = result.message
        answer = Answer.expecting(list(ids), policy.category_names)
        answer.model, answer.usage = message.model, message.usage
        text = "".join(
            b.text if b.type == "text" else json.dumps(b.input) if b.type == "tool_use" else ""
            for b in message.content
        )
        malformed = ""
        try:
            verdicts = accumulate_message(text, message.stop_reason, answer)
        except MalformedOutput as exc:
            verdicts, malformed = [], f"malformed answer: {exc}"
        spec, ttl = self.spec_of(answer.model), self.config.cache_ttl
        judged = [usage.judgement(v, answer, len(ids), spec, ttl, True) for v in verdicts]
        details = getattr(message, "stop_details", None)
        refused = refusal(answer, ids, answer.model, details) if not malformed else None
        return Reading(judged, check_answer(answer, answer.model, malformed, self.metrics, refused))

    def refused_image(self, request: Request, message: str) -> str:
        """The item whose image an API error names in this request ("" if none); that image
        is encoded to half the size it was sent at next time."""
        at_fault = image_at_fault(message, request.params) or ""
        item = next((i for i in request.items if i.id == at_fault), None)
        if item is None or not isinstance(item.content, ImageContent):
            return ""
        if at_fault not in request.images:
            return ""
        self.images.shrink(item.content, len(request.images[at_fault].data_b64))
        return at_fault

    def _build(
        self,
        model: str,
        items: tuple[Item, ...],
        images: Mapping[str, EncodedImage],
        policy: Policy,
    ) -> Request:
        spec = self.spec_of(model)
        params = {
            "model": model,
            "max_tokens": min(
                spec.max_output_tokens, 64 + self.config.tokens_per_item * len(items)
            ),
            "messages": [{"role": "user", "content": frame_batch(items, new_nonce(), images)}],
            **self.prefix.params(policy, spec),
        }
        mine = {i.id: images[i.id] for i in items if i.id in images}
        return Request(tuple(i.id for i in items), params, items, mine)

    # --- one call --------------------------------------------------------

    async def _call(
        self, request: Request, policy: Policy, gate: CallGate | None
    ) -> AsyncIterator[Judgement]:
        """One streamed call; on a 404 the next configured model is tried at once."""
        assert self._client is not None
        while True:
            if self.models.dead:
                await self.models.reprobe(self._client)
            if self.models.dead:
                raise UpstreamError(ErrorKind.MODEL_UNAVAILABLE, self.models.dead)
            model = self.model
            if request.params["model"] != model:
                request = self._build(model, request.items, request.images, policy)
            if self._streamer is None:
                self._streamer = Streamer(self._client, self.metrics, self.config.cache_ttl)
            prompt = self.prefix.tokens.get((policy.version, model), 0)
            try:
                async for j in self._streamer.call(
                    request, policy, self.spec_of(model), prompt, gate
                ):
                    yield j
                self.models.denied = self._billing = ""
                return
            except anthropic.NotFoundError as exc:
                await self.models.gone(self._client, model, exc)
            except (anthropic.AuthenticationError, anthropic.PermissionDeniedError) as exc:
                self.models.denied = f"the Anthropic API refused the key: {describe(exc, model)}"
                raise upstream_error(exc, model) from exc
            except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
                error = upstream_error(exc, model)
                if error.kind is ErrorKind.BILLING and isinstance(exc, anthropic.APIStatusError):
                    self.billing(exc, model)
                elif error.kind is ErrorKind.IMAGE_REJECTED:
                    error = self._image_rejected(error, api_message(exc), request)
                raise error from exc

    def _image_rejected(
        self, error: UpstreamError, message: str, request: Request
    ) -> UpstreamError:
        """A 400 naming one image: re-encode that image smaller next time, and say which."""
        at_fault = self.refused_image(request, message)
        if not at_fault:
            return UpstreamError(ErrorKind.TOO_LARGE, str(error), request_id=error.request_id)
        sent = len(request.images[at_fault].data_b64)
        return UpstreamError(
            ErrorKind.IMAGE_REJECTED,
            f"{error} (image of item {at_fault}, {sent} bytes of base64: re-encoded smaller)",
            request_id=error.request_id,
            ids=[at_fault],
        )

    # --- the request prefix ------------------------------------------------

    async def _measure_prompt(self, policy: Policy) -> None:
        if self._client is not None and not self.problem:
            await self.prefix.measure(self._client, policy, self.model, self.spec)

    async def warm(self, policy: Policy) -> bool:
        """Write the prompt cache of a policy version before it takes traffic (a reload):
        its prompt measured, then one call with its cached prefix and one output token.
        True when the call was answered (the cache is written, if the prompt is cacheable)."""
        if self._client is None or self.problem or self.config.cache_ttl == "off":
            return False
        await self._measure_prompt(policy)
        return await self.prefix.warm(self._client, policy, self.model, self.spec, self.metrics)

    def cache_hit_rate(self) -> float:
        """Share of prompt tokens read from the prompt cache, over all calls so far."""
        return usage.cache_hit_rate(self.metrics)


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
