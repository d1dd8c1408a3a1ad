"""Folding a streamed verdict answer into verdicts, one event at a time.

`accumulate_event(event, answer)` is pure bookkeeping, as the Anthropic SDK's
`accumulate_event` is for messages: it feeds text and tool-input fragments to
the JSON scanner, checks each verdict object against what was asked, and
returns the verdicts that may be handed out now. No I/O, so every rule is
testable with hand-made events.

A verdict counts only for the item it provably came from. Every item travels
under its own random id, written once in the whole request, inside that
item's own frame (the batcher's ids are unpredictable, so no item's text can
name another's), and the answer must give the items' verdicts *in request
order*: the n-th verdict object must carry the n-th item's id. So:

- an object whose id was never asked is dropped, never matched to anything;
- an object under an asked id other than the next one in order *breaks* the
  answer: a neighbour's id written where the model was judging another item
  (skipping its own), an id repeated (a forged verdict next to the genuine
  one), an answer gone out of order. Nothing from that object on is used, nor
  the verdict held just before it; the item whose turn it was and the item
  whose id was misused are asked again *alone* (`conflicts`), the rest
  together, so whichever of them carried the injection can no longer reach a
  neighbour;
- a verdict object longer than its bound (`verdict_bound`: the categories, and
  a rationale of `MAX_RATIONALE_CHARS`) breaks the answer the moment it passes
  it, blaming the id it is written under, before the item's rationale can
  eat its neighbours' share of max_tokens;
- a verdict is held until the next object's id has arrived and is the next
  item's (which confirms it in place), or the answer has ended complete right
  after the last item's verdict; an answer that ends before every item had its
  turn breaks too (the last verdict given may be the missing item's own, under
  its neighbour's id), blaming that verdict's item and the first missing. At
  most one verdict is held, only until the next id, so streaming callers still
  get verdicts early.

Why order and not a per-item nonce or a quote in each verdict: both cost output
tokens on every verdict (a quote several, and quoting harmful text back is
what the prompt forbids), while the order costs none: the ids are already
per-item secrets the model must copy, and the slot they arrive in is checked
for free. A nonce beside the id would bind the verdict to the same frame the id
already does; it would not stop a model told to copy a neighbour's whole
header, and neither would the id, but the slot does: to pass, a forged verdict
must both name the neighbour and stand exactly where the neighbour's own
verdict belongs, with every other item, the attacker's own included, answered
in its turn. What no structural check can see is a model talked into judging
a neighbour wrongly in that neighbour's own turn; there the prompt is the
defence (an attempt is reported with ``"x":1``, never obeyed, and never
affects another item), and the attacker's own verdict says what it tried.

Evidence quotes (``"q"``) are the one exception to "no quote": a flagged
verdict lists up to `MAX_QUOTES` short excerpts of its own item's text, which
the server then looks for in that item (`moderation.evidence`): a quote not
found there, which an injected or invented quote would be, is dropped and
counted, never shown as evidence. They are bounded like the rationale (each
`MAX_QUOTE_CHARS`, cut by the parser and counted in `verdict_bound`), and they
do not bind a verdict to its item: the order check above does that.

A verdict handed out after the answer showed a flaw that does not break the
order (an id never asked, an object that breaks the schema: signs of foreign
text in the output) is marked not `cacheable`: it answers its caller, but the
next caller with the same content is judged afresh.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from moderation.backends.haiku.scanner import VerdictScanner, VerdictTooLong
from moderation.domain import CategoryJudgement, Severity

# A rationale's bound: the prompt asks for a dozen words; the parser keeps at most this.
MAX_RATIONALE_CHARS = 160
# Evidence quotes of a flagged verdict: how many, and each one's bound (the prompt asks for
# a few words; the parser drops what is past these).
MAX_QUOTES = 3
MAX_QUOTE_CHARS = 60


def verdict_bound(categories: Sequence[str]) -> int:
    """The longest verdict object an honest answer needs, in characters.

    Every category at its highest severity, a rationale and every quote at their
    bounds, each character escaped, plus the id and the keys: what passes it is not a
    verdict.
    """
    cats = sum(len(json.dumps(name)) + 3 for name in categories)
    quotes = 8 + MAX_QUOTES * (2 * MAX_QUOTE_CHARS + 3)
    return 96 + cats + 2 * MAX_RATIONALE_CHARS + quotes


class Break(StrEnum):
    """Why an answer stopped being used (the `answer_problems` metric's label)."""

    REPEATED_ID = "repeated_id"  # an id answered again
    OUT_OF_ORDER = "out_of_order"  # an id answered where another item's verdict belongs
    OVERLONG = "overlong_verdict"  # a verdict object past its bound
    SKIPPED = "skipped_item"  # the answer ended before every item had its turn


@dataclass(frozen=True, slots=True)
class ParsedVerdict:
    """One checked verdict object: the batch id, its findings and its size in characters.

    `injection`: the model reported that the item tried to instruct it.
    `cacheable`: handed out from an answer with no sign of foreign text so far.
    `quotes`: the excerpts the model gave as evidence, unchecked (the server locates them).
    """

    item_id: str
    categories: tuple[CategoryJudgement, ...]
    rationale: str
    chars: int
    injection: bool = False
    cacheable: bool = True
    quotes: tuple[str, ...] = ()


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
    # Ids to ask again alone: the items around the place the answer broke.
    conflicts: set[str] = field(default_factory=set)
    broken: Break | None = None  # why the answer stopped being used, once it did
    unknown_ids: int = 0
    invalid: int = 0
    expected: int = 0  # the position of the item whose verdict comes next
    order: tuple[str, ...] = ()  # the ids in request order
    chars: int = 0  # characters of output read (until a break)

    @classmethod
    def expecting(cls, ids: Sequence[str], categories: Sequence[str]) -> Answer:
        return cls(
            {i: n for n, i in enumerate(ids)},
            frozenset(categories),
            VerdictScanner(verdict_bound(categories)),
            order=tuple(ids),
        )

    @property
    def complete(self) -> bool:
        """The answer ended normally: its JSON closed and it was not cut off."""
        return self.scanner.complete and self.stop_reason != "max_tokens"

    @property
    def answered(self) -> set[str]:
        """Ids with a verdict handed out or still held."""
        return self.released | {v.item_id for v in self.held}

    @property
    def flawed(self) -> bool:
        """Something in the answer was not a verdict for the item whose turn it was."""
        return self.broken is not None or bool(self.unknown_ids or self.invalid)

    def next_id(self) -> str | None:
        """The id whose verdict must come next, or None once every item had its turn."""
        if not self.order:
            self.order = tuple(sorted(self.positions, key=self.positions.__getitem__))
        return self.order[self.expected] if self.expected < len(self.order) else None


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
    return _feed(fragment, answer) + _release_before_next(answer)


def accumulate_message(text: str, stop_reason: str | None, answer: Answer) -> list[ParsedVerdict]:
    """Fold a whole (not streamed) answer, as a Message Batches result brings it.

    The same rules as a stream fed in one piece: unknown ids dropped, the answer
    broken by an id out of its turn, nothing handed out from a cut-off or
    malformed answer. Raises `MalformedOutput` when the text cannot be the JSON asked for.
    """
    out = _feed(text, answer)
    answer.stop_reason = stop_reason
    return out + finish(answer)


def finish(answer: Answer) -> list[ParsedVerdict]:
    """At the end of the stream: what is still held, if the answer ended complete.

    A cut-off or malformed answer keeps its held verdict back: the duplicate
    that would have put it in conflict may be what was cut off.
    """
    if not answer.complete or answer.broken is not None:
        answer.held.clear()
        return []
    if answer.next_id() is not None:
        # Items never had their turn: the verdict before them was not confirmed in place
        # (it may be the missing item's own, written under its neighbour's id).
        held = answer.held[0].item_id if answer.held else None
        _break(answer, held, Break.SKIPPED)
        return []
    return _release(answer)


def _feed(fragment: str, answer: Answer) -> list[ParsedVerdict]:
    if answer.broken is not None:
        return []  # nothing after the break is used, or even parsed
    answer.chars += len(fragment)
    out: list[ParsedVerdict] = []
    try:
        for obj in answer.scanner.feed(fragment):
            out.extend(_take(obj, answer))
    except VerdictTooLong as exc:
        item_id = exc.item_id if exc.item_id in answer.positions else None
        _break(answer, item_id, Break.OVERLONG)
    return out


def _take(obj: Any, answer: Answer) -> list[ParsedVerdict]:
    if answer.broken is not None:
        return []
    item_id = obj.get("id") if isinstance(obj, dict) else None
    if not isinstance(item_id, str) or item_id not in answer.positions:
        answer.unknown_ids += 1
        return []
    position = answer.positions[item_id]
    if position != answer.expected:
        reason = Break.REPEATED_ID if position < answer.expected else Break.OUT_OF_ORDER
        _break(answer, item_id, reason)
        return []
    answer.expected += 1
    out = _release(answer)  # this object, in its turn, confirms the one before in place
    verdict = _parse(item_id, obj, answer.categories)
    if verdict is None:
        answer.invalid += 1
    else:
        answer.held.append(verdict)
    return out


def _break(answer: Answer, item_id: str | None, reason: Break) -> None:
    """The answer went wrong here: stop using it; the items around the break go alone."""
    answer.broken = reason
    suspects = {i for i in (item_id, answer.next_id()) if i is not None}
    if reason == Break.OVERLONG and item_id is not None:
        suspects = {item_id}  # written under its own id, in its turn: the culprit is known
    answer.held.clear()  # not confirmed in place by the next item's id
    answer.conflicts |= suspects - answer.released


def _release(answer: Answer) -> list[ParsedVerdict]:
    """Hand out what is held (marked not cacheable once the answer showed a flaw)."""
    out = [dataclasses.replace(v, cacheable=not answer.flawed) for v in answer.held]
    answer.held.clear()
    answer.released.update(v.item_id for v in out)
    return out


def _release_before_next(answer: Answer) -> list[ParsedVerdict]:
    """Hand out what is held once the object now arriving is the next item's, in its turn.

    Its id is all the hold waits for: a duplicate of the held id would carry that id.
    """
    if not answer.held or answer.broken is not None:
        return []
    opening = answer.scanner.opening_id
    if opening is None or opening != answer.next_id():
        return []
    return _release(answer)


def _parse(item_id: str, obj: dict[str, Any], known: frozenset[str]) -> ParsedVerdict | None:
    """The verdict's findings, or None when it breaks the schema (unknown keys, bad severity)."""
    cats = obj.get("c", {})
    if set(obj) - {"id", "c", "r", "x", "q"} or not isinstance(cats, dict):
        return None
    raw_quotes = obj.get("q", [])
    if not isinstance(raw_quotes, list) or not all(isinstance(q, str) for q in raw_quotes):
        return None
    flag = obj.get("x", 0)
    if isinstance(flag, bool) or flag not in (0, 1):
        return None
    found: list[CategoryJudgement] = []
    for name, sev in cats.items():
        if name not in known or isinstance(sev, bool) or sev not in (0, 1, 2, 3):
            return None
        if sev:
            found.append(CategoryJudgement(name, Severity(sev)))
    rationale = obj.get("r", "")
    keep = bool(found or flag) and isinstance(rationale, str)
    text = str(rationale)[:MAX_RATIONALE_CHARS] if keep else ""
    # Evidence only for findings; a quote past its bound is not cut (it could not be found).
    quotes = tuple(q for q in raw_quotes if q.strip() and len(q) <= MAX_QUOTE_CHARS)
    chars = len(_compact(obj))
    return ParsedVerdict(
        item_id,
        tuple(sorted(found, key=lambda c: c.category)),
        text,
        chars,
        injection=flag == 1,
        quotes=quotes[:MAX_QUOTES] if found else (),
    )


def _compact(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"))
