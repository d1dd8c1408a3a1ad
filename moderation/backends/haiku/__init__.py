"""The `haiku` backend: batched verdicts from Claude Haiku through the Anthropic Messages API."""

from moderation.backends.haiku.backend import (
    HaikuBackend,
    HaikuConfig,
    ModelUnavailable,
    build_haiku_backend,
)

__all__ = ["HaikuBackend", "HaikuConfig", "ModelUnavailable", "build_haiku_backend"]
