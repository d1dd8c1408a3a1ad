"""The haiku backend's configuration, built once from the Settings at start-up."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from moderation.backends.haiku.models import ModelSpec, parse_overrides

if TYPE_CHECKING:
    from moderation.config import Settings

PROMPT_CACHE_TTLS = ("5m", "1h", "off")


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
