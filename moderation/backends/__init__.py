"""Judges of batches of items: the `haiku` model backend and the embedded `local` default."""

from moderation.backends.base import Backend, Batch, UpstreamOverloaded

__all__ = ["Backend", "Batch", "UpstreamOverloaded"]
