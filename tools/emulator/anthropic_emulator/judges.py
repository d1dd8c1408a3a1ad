"""The emulator's fake model: judges that decide what each framed item deserves.

A judge sees the items the emulator read back from a request and returns one
finding per item. It knows nothing of HTTP or of the output format; the
emulator turns findings into the JSON the request asked for, and then applies
any scripted faults. Three judges:

- `KeywordJudge`: a few words per category; no dependency, for quick tests.
- `OracleJudge`: answers from a labels mapping {text: {category: severity}},
  so a test knows exactly which verdict belongs to which item.
- `BackendJudge`: delegates to a real `Backend` (the embedded local
  classifier), for benchmarks that want realistic verdicts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from moderation.backends.base import Backend, Batch
from moderation.domain import ImageContent, Item, Judgement, TextContent
from moderation.policy import Policy


@dataclass(frozen=True, slots=True)
class JudgeItem:
    """An item as the fake model sees it (after framing was undone)."""

    id: str
    text: str | None
    context: str = ""
    image: bytes | None = None
    media_type: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """Severities 1..3 per flagged category; empty means clean. `quotes`: the excerpts of
    the item's text a flagged verdict gives as evidence (when the request asks for them)."""

    id: str
    categories: Mapping[str, int] = field(default_factory=dict)
    rationale: str = ""
    quotes: tuple[str, ...] = ()


# What a model quotes when nothing narrower is known: the first few words, as it would quote
# the short phrase that carries the problem.
EXCERPT_WORDS = 5


def excerpt(text: str | None, words: int = EXCERPT_WORDS) -> tuple[str, ...]:
    """A short quote copied from the start of `text` (the exact characters, spacing kept)."""
    if not text or not text.strip():
        return ()
    parts = text.split()[:words]
    start = text.index(parts[0])
    end = start
    for part in parts:
        end = text.index(part, end) + len(part)
    return (text[start:end],)


class Judge(Protocol):
    async def judge(self, items: Sequence[JudgeItem], categories: Sequence[str]) -> list[Finding]:
        """One finding per item, in order, restricted to `categories`."""
        ...


DEFAULT_KEYWORDS: Mapping[str, Mapping[str, int]] = {
    "hate": {"subhuman": 3, "vermin": 3},
    "harassment": {"idiot": 1, "loser": 2, "worthless": 2},
    "harassment/threatening": {"i will hurt you": 3, "know where you live": 3},
    "violence": {"attack them": 3, "kill": 2},
    "self-harm/intent": {"end it all": 3},
    "sexual": {"explicit sex": 3},
    "illicit": {"stolen credit card": 3},
}


class KeywordJudge:
    """Flags a category when one of its keywords occurs (case-insensitive)."""

    def __init__(self, keywords: Mapping[str, Mapping[str, int]] = DEFAULT_KEYWORDS) -> None:
        self._keywords = keywords

    async def judge(self, items: Sequence[JudgeItem], categories: Sequence[str]) -> list[Finding]:
        out: list[Finding] = []
        for item in items:
            original = item.text or ""
            text = original.lower()
            found: dict[str, int] = {}
            quotes: list[str] = []
            for cat in categories:
                for word, sev in self._keywords.get(cat, {}).items():
                    at = text.find(word)
                    if at >= 0:
                        found[cat] = max(found.get(cat, 0), sev)
                        quote = original[at : at + len(word)]  # as written in the item
                        if quote not in quotes:
                            quotes.append(quote)
            why = f"mentions {', '.join(found)}" if found else ""
            out.append(Finding(item.id, found, why, tuple(quotes[:3])))
        return out


class OracleJudge:
    """Answers from labels keyed by the item's exact text; unknown texts are clean."""

    def __init__(self, labels: Mapping[str, Mapping[str, int]]) -> None:
        self.labels = {k: dict(v) for k, v in labels.items()}

    @classmethod
    def from_file(cls, path: Path) -> OracleJudge:
        """A JSON object {text: {category: severity}}."""
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError(f"{path}: expected a JSON object of text -> labels")
        return cls(raw)

    async def judge(self, items: Sequence[JudgeItem], categories: Sequence[str]) -> list[Finding]:
        out: list[Finding] = []
        for item in items:
            labels = self.labels.get(item.text or "", {})
            found = {c: int(s) for c, s in labels.items() if c in categories and int(s) > 0}
            why = f"labelled {', '.join(found)}" if found else ""
            out.append(Finding(item.id, found, why, excerpt(item.text) if found else ()))
        return out


class BackendJudge:
    """Delegates to a real backend under a policy (e.g. the local classifier)."""

    def __init__(self, backend: Backend, policy: Policy) -> None:
        self._backend = backend
        self._policy = policy

    async def judge(self, items: Sequence[JudgeItem], categories: Sequence[str]) -> list[Finding]:
        domain = tuple(
            Item(
                i.id,
                ImageContent(i.image, i.media_type)
                if i.image is not None
                else TextContent(i.text or ""),
                i.context,
            )
            for i in items
        )
        found: dict[str, Finding] = {}
        async for outcome in self._backend.classify(Batch(domain, self._policy)):
            if isinstance(outcome, Judgement):
                cats = {
                    c.category: int(c.severity)
                    for c in outcome.categories
                    if c.category in categories and int(c.severity) > 0
                }
                text = next((i.text for i in items if i.id == outcome.item_id), None)
                # The backend's own evidence spans, as a model quotes what drove its flag.
                spans = [
                    e.quote for c in outcome.categories if c.category in cats for e in c.evidence
                ]
                quotes = tuple(dict.fromkeys(spans))[:3] or (excerpt(text) if cats else ())
                found[outcome.item_id] = Finding(
                    outcome.item_id, cats, outcome.rationale[:80], quotes
                )
        return [found.get(i.id, Finding(i.id)) for i in items]
