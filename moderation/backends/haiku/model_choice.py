"""Which configured model answers now: the first available one, and what it can do.

Probed with the Models API at start-up and switched on a 404 at run time (once, whoever
sees it first); one log line says which model and why. With none usable, the Models API
is asked again now and then. A key the API refuses at the probe is said here too, so
the backend reports a `problem` and the server does not report SERVING.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from typing import Any

import anthropic
from anthropic import AsyncAnthropic

from moderation.backends.haiku.errors import describe
from moderation.backends.haiku.models import ModelSpec, spec_for, spec_from_model_info
from moderation.errors import UpstreamUnavailable
from moderation.observability import Metrics

log = logging.getLogger(__name__)


class ModelUnavailable(UpstreamUnavailable):
    """No configured model can be used (unknown, retired, or not enabled for the key)."""


class ModelChoice:
    """The configured models, the one in use, and what is known of each."""

    def __init__(
        self,
        models: tuple[str, ...],
        overrides: Mapping[str, ModelSpec],
        metrics: Metrics,
        reprobe_seconds: float = 60.0,
    ) -> None:
        self.models = models
        self.overrides = overrides
        self.metrics = metrics
        self.reprobe_seconds = reprobe_seconds
        self.index = 0
        self.dead = ""  # why no model is usable, once that is known
        self.denied = ""  # why the API refused the key, until it accepts it again
        self._probed_at = 0.0  # when the configured models were last probed
        self._lock = asyncio.Lock()
        # What the Models API said of each configured model (under the operator's overrides).
        self._learned: dict[str, ModelSpec] = {}

    @property
    def model(self) -> str:
        return self.models[self.index]

    def spec_of(self, model: str) -> ModelSpec:
        """The operator's overrides, else what the Models API said, else the built-in table."""
        return spec_for(model, {**self._learned, **self.overrides})

    async def reprobe(self, client: AsyncAnthropic) -> None:
        """With no usable model, ask the Models API again now and then: the operator may
        have enabled a model, or a 404 may have been the API's own passing fault."""
        async with self._lock:
            if self.dead and time.monotonic() - self._probed_at >= self.reprobe_seconds:
                log.info("haiku backend: probing the configured models again")
                await self.choose(client, 0)

    async def choose(
        self, client: AsyncAnthropic, start: int, startup: bool = False, require: bool = False
    ) -> None:
        """Probe models from `start` on; settle on the first usable one, or mark all dead
        (raising ModelUnavailable at start-up when a model is `require`d)."""
        self._probed_at = time.monotonic()
        skipped: list[str] = []
        for index in range(start, len(self.models)):
            model = self.models[index]
            try:
                info = await client.models.retrieve(model)
            except anthropic.NotFoundError as exc:
                skipped.append(
                    f"{model}: unknown or retired (404 {exc.api_message or 'not_found_error'})"
                )
                continue
            except (anthropic.AuthenticationError, anthropic.PermissionDeniedError) as exc:
                self.index = index
                self.denied = f"the Anthropic API refused the key: {describe(exc, model)}"
                log.error(
                    "haiku backend: %s (request id %s). Set ANTHROPIC_API_KEY to a valid key "
                    "and restart; until then the server reports NOT_SERVING and items go to "
                    "the fallback.",
                    self.denied,
                    exc.request_id,
                )
                return
            except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
                self.index, self.dead = index, ""
                log.warning(
                    "haiku backend: using model %s unverified: the Models API probe failed (%s)%s",
                    model,
                    describe(exc, model),
                    _skipped(skipped),
                )
                return
            if info.lifecycle == "retired":
                skipped.append(f"{model}: retired")
                continue
            self._learn(model, info)
            self.index, self.dead = index, ""
            why = "the first configured model" if not skipped else "the first available model"
            log.info(
                "haiku backend: using model %s (%s%s; %s)",
                model,
                why,
                _skipped(skipped),
                "probed at start-up" if startup else "switched at run time",
            )
            return
        self.dead = (
            "none of the configured models is available: "
            + "; ".join(skipped)
            + ". Set MODERATION_MODELS to a model this API key can use."
        )
        log.error("haiku backend: %s", self.dead)
        if startup and require:
            raise ModelUnavailable(self.dead)

    async def gone(self, client: AsyncAnthropic, model: str, exc: anthropic.NotFoundError) -> None:
        """A 404 at run time: move along the configured list (once, whoever sees it first)."""
        async with self._lock:
            if self.model != model or self.dead:
                return  # another call already switched (or found nothing left)
            log.warning("haiku backend: model %s answered 404 (%s)", model, exc.api_message)
            self.metrics.model_switches.inc()
            if self.index + 1 >= len(self.models):
                self.dead = (
                    f"model {model} is unknown or retired (404: {exc.api_message}) "
                    "and no other model is configured"
                )
                log.error("haiku backend: %s", self.dead)
                return
            await self.choose(client, self.index + 1)
            if self.dead:
                self.dead = f"model {model} is unknown or retired; {self.dead}"

    def _learn(self, model: str, info: Any) -> None:
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


def _skipped(skipped: list[str]) -> str:
    return f"; skipped {', '.join(skipped)}" if skipped else ""
