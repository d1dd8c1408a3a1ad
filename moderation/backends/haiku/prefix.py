"""The request prefix (the policy's cached system prompt and answer format): counted once
per policy version and model, and its prompt cache written before a version takes traffic.

Haiku models have a minimum cacheable prompt; below it, caching silently does nothing,
so the count is said in the log, with a warning when the prompt is too short to cache.
"""

from __future__ import annotations

import logging
from typing import Any

import anthropic
from anthropic import AsyncAnthropic

from moderation.backends.haiku.models import ModelSpec
from moderation.backends.haiku.prompt import cached_prefix
from moderation.backends.haiku.usage import usage_of
from moderation.observability import Metrics
from moderation.policy import Policy

log = logging.getLogger(__name__)


class PromptPrefix:
    """The prefix of every request for a policy, and what is known of its size."""

    def __init__(self, cache_ttl: str) -> None:
        self.cache_ttl = cache_ttl
        # (policy version, model) -> the prefix's input tokens, as the API counted them.
        self.tokens: dict[tuple[str, str], int] = {}
        self._measured: set[tuple[str, str]] = set()

    def params(self, policy: Policy, spec: ModelSpec) -> dict[str, Any]:
        """System prompt and answer format, as every request sends them."""
        return cached_prefix(policy, spec.structured_outputs, self.cache_ttl)

    async def measure(
        self, client: AsyncAnthropic, policy: Policy, model: str, spec: ModelSpec
    ) -> None:
        """Count the prefix once per (policy, model); warn when it cannot be cached."""
        key = (policy.version, model)
        if key in self._measured:
            return
        self._measured.add(key)
        kwargs: dict[str, Any] = {
            "model": model,
            "messages": [{"role": "user", "content": "."}],
            **self.params(policy, spec),
        }
        try:
            counted = await client.messages.count_tokens(**kwargs)
        except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
            log.warning("could not count the prompt tokens of policy %s: %s", policy.id, exc)
            return
        tokens = counted.input_tokens
        self.tokens[key] = tokens
        if tokens < spec.min_cache_tokens:
            log.warning(
                "policy %s renders to %d prompt tokens, below the %d-token minimum cacheable "
                "prompt of %s: the prompt cache will not be used (every call pays full price)",
                policy.id,
                tokens,
                spec.min_cache_tokens,
                model,
            )
        else:
            log.info(
                "policy %s renders to %d prompt tokens (cacheable on %s: minimum %d)",
                policy.id,
                tokens,
                model,
                spec.min_cache_tokens,
            )

    async def warm(
        self,
        client: AsyncAnthropic,
        policy: Policy,
        model: str,
        spec: ModelSpec,
        metrics: Metrics,
    ) -> bool:
        """One call with the policy's prefix and one output token, so the cache is written;
        True when the call was answered (the cache is written, if the prompt is cacheable)."""
        kwargs: dict[str, Any] = {
            "model": model,
            "max_tokens": 1,
            "messages": [{"role": "user", "content": "."}],
            **self.params(policy, spec),
        }
        try:
            message = await client.messages.create(**kwargs)
        except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
            log.warning("could not warm the prompt cache of policy %s: %s", policy.id, exc)
            return False
        usage = usage_of(message.usage, message.usage.output_tokens, spec, self.cache_ttl)
        metrics.record_usage(message.model or model, usage)
        log.info(
            "policy %s version %s: prompt cache warmed (%d tokens written, %d read)",
            policy.id,
            policy.version,
            usage.cache_creation_input_tokens,
            usage.cache_read_input_tokens,
        )
        return True
