"""Judges of batches of items: the `haiku` model backend and the embedded `local` default."""

from moderation.backends.base import Backend, Batch
from moderation.upstream.errors import ErrorKind, UpstreamError

__all__ = ["Backend", "Batch", "ErrorKind", "UpstreamError"]
