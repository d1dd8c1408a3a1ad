"""Folding a streamed verdict answer into verdicts, one event at a time.

`accumulate_event(event, answer)` is pure bookkeeping, as the Anthropic SDK's
`accumulate_event` is for messages: it feeds text and tool-input fragments to
the JSON scanner, checks each verdict object against what was asked, and
returns the verdicts that may be handed out now. No I/O, so every rule is
testable with hand-made events.

The rules that keep one item from deciding another's verdict:

- ids are the batch's own random ids; a verdict for an id not asked is
  dropped, never matched to anything;
- an id answered twice is in *conflict*: neither verdict is used (a forged
  verdict, injected by another item's text, would otherwise win by arriving
  first), and the item is asked again alone;
- so that the duplicate is seen before the first verdict leaves, a verdict is
  held until the next verdict's id has arrived and names a later item (in
  request order), or the answer has ended complete; once the answer goes out of
  request order, everything waits for its end. At most one verdict is held in
  an answer that keeps to the order it was asked for, and only until the next
  id, so streaming callers still get verdicts early.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from moderation.backends.haiku.scanner import VerdictScanner
from moderation.domain import CategoryJudgement, Severity

MAX_RATIONALE_CHARS = 300


@dataclass(frozen=True, slots=True)
class ParsedVerdict:
    """One checked verdict object: the batch id, its findings and its size in characters."""

    item_id: str
    categories: tuple[CategoryJudgement, ...]
    rationale: str
    chars: int


@dataclass(slots=True)
class Answer:
    """The state of one streamed answer; build with `Answer.expecting(ids, categories)`."""

    positions: Mapping[str, int]
    categories: frozenset[str]
    scanner: VerdictScanner = field(default_factory=VerdictScanner)
    model: str = ""
    usage: Any = None  # the message_start usage (input and cache tokens)
    output_tokens: int = 0
    stop_reason: str | None = None
    held: list[ParsedVerdict] = field(default_factory=list)
    released: set[str] = field(default_factory=set)
    conflicts: set[str] = field(default_factory=set)
    unknown_ids: int = 0
    invalid: int = 0
    in_order: bool = True
    last_position: int = -1

    @classmethod
    def expecting(cls, ids: Sequence[str], categories: Sequence[str]) -> Answer:
        return cls({i: n for n, i in enumerate(ids)}, frozenset(categories))

    @property
    def complete(self) -> bool:
        """The answer ended normally: its JSON closed and it was not cut off."""
        return self.scanner.complete and self.stop_reason != "max_tokens"

    @property
    def answered(self) -> set[str]:
        """Ids with a verdict handed out or still held."""
        return self.released | {v.item_id for v in self.held}


def accumulate_event(event: Any, answer: Answer) -> list[ParsedVerdict]:
    """Fold one stream event into `answer`; the verdicts that may be handed out now.

    Raises `MalformedOutput` (from the scanner) when the output cannot be JSON.
    """
    kind = getattr(event, "type", None)
    if kind == "message_start":
        answer.model = event.message.model or answer.model
        answer.usage = event.message.usage
        return []
    if kind == "message_delta":
        answer.stop_reason = event.delta.stop_reason
        answer.output_tokens = event.usage.output_tokens
        return []
    if kind != "content_block_delta":
        return []
    delta = event.delta
    if delta.type == "input_json_delta":
        fragment = delta.partial_json
    elif delta.type == "text_delta":
        fragment = delta.text
    else:
        return []
    out: list[ParsedVerdict] = []
    for obj in answer.scanner.feed(fragment):
        out.extend(_take(obj, answer))
    return out + _release_before_next(answer)


def accumulate_message(text: str, stop_reason: str | None, answer: Answer) -> list[ParsedVerdict]:
    """Fold a whole (not streamed) answer, as a Message Batches result brings it.

    The same rules as a stream fed in one piece: unknown ids dropped, ids answered
    twice in conflict, nothing handed out from a cut-off or malformed answer.
    Raises `MalformedOutput` when the text cannot be the JSON asked for.
    """
    out: list[ParsedVerdict] = []
    for obj in answer.scanner.feed(text):
        out.extend(_take(obj, answer))
    answer.stop_reason = stop_reason
    if not answer.complete:
        answer.held.clear()
        return out
    return out + finish(answer)


def finish(answer: Answer) -> list[ParsedVerdict]:
    """At the end of the stream: what is still held, if the answer ended complete.

    A cut-off or malformed answer keeps its held verdict back: the duplicate
    that would have put it in conflict may be what was cut off.
    """
    if not answer.complete:
        answer.held.clear()
        return []
    return _release(answer, everything=True)


def _take(obj: Any, answer: Answer) -> list[ParsedVerdict]:
    item_id = obj.get("id") if isinstance(obj, dict) else None
    if not isinstance(item_id, str) or item_id not in answer.positions:
        answer.unknown_ids += 1
        return []
    if item_id in answer.conflicts:
        return []
    if item_id in answer.answered:
        answer.conflicts.add(item_id)
        answer.held = [v for v in answer.held if v.item_id != item_id]
        answer.in_order = False
        return []
    verdict = _parse(item_id, obj, answer.categories)
    if verdict is None:
        answer.invalid += 1
        return []
    position = answer.positions[item_id]
    if position < answer.last_position:
        answer.in_order = False
    answer.last_position = max(answer.last_position, position)
    answer.held.append(verdict)
    return _release(answer, everything=False)


def _release(answer: Answer, everything: bool) -> list[ParsedVerdict]:
    """Hand out held verdicts for items before the latest one (all of them at the end)."""
    if not everything and not answer.in_order:
        return []
    out = [
        v for v in answer.held if everything or answer.positions[v.item_id] < answer.last_position
    ]
    if out:
        answer.held = [v for v in answer.held if v not in out]
        answer.released.update(v.item_id for v in out)
    return out


def _release_before_next(answer: Answer) -> list[ParsedVerdict]:
    """Hand out what is held once the verdict now arriving is for a later item.

    Its id is all the hold waits for: a duplicate of the held id would carry that id.
    """
    if not answer.held or not answer.in_order:
        return []
    opening = answer.scanner.opening_id
    if opening is None:
        return []
    position = answer.positions.get(opening)
    if position is None or position <= answer.last_position or opening in answer.answered:
        return []
    out, answer.held = answer.held, []
    answer.released.update(v.item_id for v in out)
    return out


def _parse(item_id: str, obj: dict[str, Any], known: frozenset[str]) -> ParsedVerdict | None:
    """The verdict's findings, or None when it breaks the schema (unknown keys, bad severity)."""
    cats = obj.get("c", {})
    if set(obj) - {"id", "c", "r"} or not isinstance(cats, dict):
        return None
    found: list[CategoryJudgement] = []
    for name, sev in cats.items():
        if name not in known or isinstance(sev, bool) or sev not in (0, 1, 2, 3):
            return None
        if sev:
            found.append(CategoryJudgement(name, Severity(sev)))
    rationale = obj.get("r", "")
    text = str(rationale)[:MAX_RATIONALE_CHARS] if found and isinstance(rationale, str) else ""
    chars = len(_compact(obj))
    return ParsedVerdict(item_id, tuple(sorted(found, key=lambda c: c.category)), text, chars)


def _compact(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"))
