"""The two halves of the backend's request/answer pair, shared by live calls and jobs.

A `Request` is what `HaikuBackend.request` builds for a batch (one per chunk within
the API's limits); a `Reading` is what `HaikuBackend.read` makes of a Message Batches
result for it: the verdicts, and the one error that says what to ask again, as the
`ResilientBackend`'s rules read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from moderation.backends.haiku.framing import EncodedImage
from moderation.domain import Item, Judgement
from moderation.upstream.errors import UpstreamError


@dataclass(frozen=True, slots=True)
class Request:
    """One Messages API request: the ids of its items in order (batch-local), and its params.

    `items` and `images` are what it was built from, to rebuild it for another model.
    """

    ids: tuple[str, ...]
    params: dict[str, Any]
    items: tuple[Item, ...]
    images: Mapping[str, EncodedImage]


@dataclass(frozen=True, slots=True)
class Reading:
    """A request's answer: its verdicts, and the error saying what to ask again and how
    (None: nothing went wrong, though ids may still be missing)."""

    judgements: list[Judgement]
    error: UpstreamError | None
