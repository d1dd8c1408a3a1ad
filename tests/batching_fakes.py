"""A scriptable in-process Backend for batcher and engine tests.

Every call is recorded and, when `gated`, held until the test releases it, so
tests order events explicitly instead of sleeping.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

from moderation.backends.base import Batch
from moderation.domain import (
    BackendOutcome,
    CategoryJudgement,
    ErrorCode,
    Item,
    ItemFailure,
    Judgement,
    Severity,
    TextContent,
    Usage,
)
from moderation.upstream.errors import ErrorKind, UpstreamError


def text_item(item_id: str, text: str = "hello", context: str = "") -> Item:
    return Item(item_id, TextContent(text), context)


@dataclass(eq=False)
class Call:
    batch: Batch
    release: asyncio.Event = field(default_factory=asyncio.Event)
    overloaded: UpstreamError | None = None

    @property
    def texts(self) -> list[str]:
        return [i.content.text for i in self.batch.items if isinstance(i.content, TextContent)]


class FakeBackend:
    """Judges by the item text: 'fail…' → ItemFailure, 'forget…' → no answer,
    'boom…' → the call raises after the earlier items; 'bad…' → HIGH violence."""

    name = "fake"
    problem = ""

    def __init__(self, gated: bool = False, model: str = "fake-model") -> None:
        self.gated = gated
        self._model = model
        self.calls: list[Call] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.overload_next = 0
        self.retry_after: float | None = None
        self.on_call: Callable[[Call], None] | None = None

    @property
    def model(self) -> str:
        return self._model

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    @property
    def sent_texts(self) -> list[str]:
        return [t for c in self.calls for t in c.texts]

    def release_all(self) -> None:
        for c in self.calls:
            c.release.set()

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        call = Call(batch)
        if self.overload_next > 0:
            self.overload_next -= 1
            call.overloaded = UpstreamError(
                ErrorKind.OVERLOADED, "429 rate limited", retry_after=self.retry_after
            )
        self.calls.append(call)
        if self.on_call is not None:
            self.on_call(call)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.gated:
                await call.release.wait()
            if call.overloaded is not None:
                raise call.overloaded
            usage = Usage(input_tokens=10, output_tokens=5).split(len(batch.items))
            for item in batch.items:
                text = item.content.text if isinstance(item.content, TextContent) else ""
                if text.startswith("fail"):
                    yield ItemFailure(item.id, ErrorCode.INVALID_ARGUMENT, "cannot judge this")
                elif text.startswith("forget"):
                    continue
                elif text.startswith("boom"):
                    raise RuntimeError("upstream connection reset")
                else:
                    severity = Severity.HIGH if text.startswith("bad") else Severity.NONE
                    cats = (CategoryJudgement("violence", severity),) if severity else ()
                    yield Judgement(item.id, cats, self._model, "", usage)
        finally:
            self.in_flight -= 1


async def until(condition: Callable[[], bool], what: str, rounds: int = 2000) -> None:
    """Let the event loop run until `condition` holds; fail (not hang) after `rounds` steps."""
    for n in range(rounds):
        if condition():
            return
        await asyncio.sleep(0 if n < 200 else 0.005)
    raise AssertionError(f"never happened: {what}")
