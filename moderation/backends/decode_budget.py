"""A bound on the memory image decoding may hold at once, across every batch in flight.

An image costs little on the wire and width x height x 4 bytes once decoded
(and about as much again while it is converted and resized). Batches run
concurrently, so without a shared bound a handful of large images decoded at
once can take more memory than the pod has. Each conversion takes its share of
the budget before it starts and returns it when it ends; one image larger than
the whole budget goes when nothing else holds any (so it is slow, never refused
here: the pixel budget of validation is what refuses).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from moderation.domain import ImageContent

# Bytes per pixel decoded (RGBA), three times: the decoded image, its converted copy and
# the premultiplied copy Pillow resizes an RGBA image through.
BYTES_PER_PIXEL = 4 * 3
DEFAULT_BUDGET = 256 * 1024 * 1024


def decode_cost(image: ImageContent, budget: int) -> int:
    """Bytes `image` may take while converted; the whole budget when its size is unknown."""
    if image.width <= 0 or image.height <= 0:
        return budget
    return image.width * image.height * BYTES_PER_PIXEL


class DecodeBudget:
    """Bytes of decoded pixels held at once; waiters go in turn as room frees up."""

    def __init__(self, limit: int = DEFAULT_BUDGET) -> None:
        self.limit = limit
        self.used = 0
        self._freed = asyncio.Condition()

    @contextlib.asynccontextmanager
    async def hold(self, size: int) -> AsyncIterator[None]:
        size = min(size, self.limit)
        async with self._freed:
            await self._freed.wait_for(lambda: self.used + size <= self.limit)
            self.used += size
        try:
            yield
        finally:
            async with self._freed:
                self.used -= size
                self._freed.notify_all()
