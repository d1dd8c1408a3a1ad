"""Test doubles with real behaviour: a keyword judge standing in for a model backend."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from moderation.backends.base import Batch
from moderation.domain import (
    BackendOutcome,
    CategoryJudgement,
    ErrorCode,
    ItemFailure,
    Judgement,
    Severity,
    TextContent,
    Usage,
)

# Words that make the keyword judge find a category, and how severe.
KEYWORDS = {
    "kill": ("violence", Severity.HIGH),
    "idiot": ("harassment", Severity.MEDIUM),
    "vermin": ("hate", Severity.HIGH),
    "nude": ("sexual", Severity.MEDIUM),
}
FAIL_MARKER = "<fail>"


class KeywordBackend:
    """Judges texts by keywords; images are always clean. Records every batch it sees.

    A text containing FAIL_MARKER gets an ItemFailure, to exercise per-item errors.
    `gate`, when set, holds every call until it is set, so tests control timing.
    """

    def __init__(self, model: str = "keyword-judge") -> None:
        self._model = model
        self.batches: list[Batch] = []
        self.gate: asyncio.Event | None = None

    @property
    def name(self) -> str:
        return "keyword"

    @property
    def model(self) -> str:
        return self._model

    @property
    def problem(self) -> str:
        return ""

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        self.batches.append(batch)
        if self.gate is not None:
            await self.gate.wait()
        share = Usage(input_tokens=100.0, output_tokens=10.0).split(len(batch.items))
        for item in batch.items:
            text = item.content.text.lower() if isinstance(item.content, TextContent) else ""
            if FAIL_MARKER in text:
                yield ItemFailure(item.id, ErrorCode.INTERNAL, "judge failed on this item")
                continue
            found = tuple(
                CategoryJudgement(category, severity)
                for word, (category, severity) in KEYWORDS.items()
                if word in text
            )
            rationale = ", ".join(c.category for c in found)
            yield Judgement(item.id, found, self._model, rationale=rationale, usage=share)


class StaticJudge:
    """A stand-in fallback judge: every item gets the same findings, from `model`."""

    name = "local"
    problem = ""

    def __init__(
        self, findings: tuple[CategoryJudgement, ...] = (), model: str = "local-test"
    ) -> None:
        self.findings = findings
        self.model = model

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        for item in batch.items:
            yield Judgement(item.id, self.findings, self.model)
