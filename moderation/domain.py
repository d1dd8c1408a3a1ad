"""Domain types shared by the engine, the backends and the transport.

Plain frozen dataclasses: no gRPC, no Anthropic. The transport maps protobuf
messages to these and back; backends consume items and produce judgements.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum


class Decision(StrEnum):
    """What the caller should do with the content."""

    ALLOW = "allow"
    REVIEW = "review"
    BLOCK = "block"


class Severity(IntEnum):
    """Severity of a category violation; ordered, so thresholds compare."""

    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r}") from None


class Source(StrEnum):
    """Where a verdict came from."""

    MODEL = "model"
    CACHE = "cache"
    BLOCKLIST = "blocklist"
    FALLBACK = "fallback"
    REFUSAL = "refusal"  # the model refused to judge the item; the policy's refusal action


class ErrorCode(StrEnum):
    """Why an item has no verdict; mirrors the gRPC codes callers see."""

    INVALID_ARGUMENT = "invalid_argument"
    FAILED_PRECONDITION = "failed_precondition"  # the server can no longer judge it as asked
    DEADLINE_EXCEEDED = "deadline_exceeded"
    RESOURCE_EXHAUSTED = "resource_exhausted"
    UNAVAILABLE = "unavailable"
    INTERNAL = "internal"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class TextContent:
    text: str


@dataclass(frozen=True, slots=True)
class ImageContent:
    """An encoded image. Width and height are filled in by validation."""

    data: bytes
    media_type: str
    width: int = 0
    height: int = 0


Content = TextContent | ImageContent


@dataclass(frozen=True, slots=True)
class Item:
    """One piece of user content, with the caller's id."""

    id: str
    content: Content
    context: str = ""

    def size_bytes(self) -> int:
        """Memory the item holds while it waits (content, context, id), roughly."""
        content = self.content
        size = len(content.text) if isinstance(content, TextContent) else len(content.data)
        return size + len(self.context) + len(self.id)

    def content_hash(self) -> str:
        """Hash of what is judged (content and context), not of the caller's id.

        Two items with the same content hash under the same policy version get
        the same verdict: the key of the verdict cache and of in-flight dedup.
        Every field is length-prefixed, so no two different items share a hash
        (whatever bytes, NULs included, their fields hold).
        """
        h = hashlib.sha256()
        if isinstance(self.content, TextContent):
            parts = [b"text", self.content.text.encode("utf-8")]
        else:
            parts = [b"image", self.content.media_type.encode("utf-8"), self.content.data]
        parts.append(self.context.encode("utf-8"))
        for part in parts:
            h.update(len(part).to_bytes(8, "big"))
            h.update(part)
        return h.hexdigest()


@dataclass(frozen=True, slots=True)
class Usage:
    """Tokens and estimated cost; per item, a share of its batch call."""

    input_tokens: float = 0.0
    cache_read_input_tokens: float = 0.0
    cache_creation_input_tokens: float = 0.0
    output_tokens: float = 0.0
    estimated_cost_usd: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.input_tokens + other.input_tokens,
            self.cache_read_input_tokens + other.cache_read_input_tokens,
            self.cache_creation_input_tokens + other.cache_creation_input_tokens,
            self.output_tokens + other.output_tokens,
            self.estimated_cost_usd + other.estimated_cost_usd,
        )

    def split(self, n: int) -> Usage:
        """An even 1/n share, for attributing a batch call to its items."""
        if n <= 1:
            return self
        return Usage(
            self.input_tokens / n,
            self.cache_read_input_tokens / n,
            self.cache_creation_input_tokens / n,
            self.output_tokens / n,
            self.estimated_cost_usd / n,
        )


NO_USAGE = Usage()


@dataclass(frozen=True, slots=True)
class CategoryJudgement:
    """A backend's finding for one category: a severity, and a score if it has one.

    `evidence`: spans of the item's text the backend found to drive this category (the
    embedded model's attribution); the policy keeps them only when the category is flagged.
    """

    category: str
    severity: Severity
    score: float | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Judgement:
    """A backend's answer for one item, before the policy's thresholds apply.

    `categories` may list only the categories found (a model answering
    compactly) or all of them with scores (a classifier); categories not listed
    are NONE.
    """

    item_id: str
    categories: tuple[CategoryJudgement, ...]
    model: str
    rationale: str = ""
    usage: Usage = field(default_factory=Usage)
    fallback: bool = False
    # Set when no judge could look at the item and the operator chose to fail
    # closed: the policy then answers at least REVIEW, never ALLOW.
    hold_for_review: bool = False
    # The item tried to instruct its judge (the model said so, or its answers broke
    # again and again when it was asked alone): the policy answers at least REVIEW.
    injection: bool = False
    # False for a verdict taken from an answer that showed signs of foreign text: it
    # answers its caller, and is not cached for the next one.
    cacheable: bool = True
    # Set when the model refused to judge the item (alone, twice): the policy's refusal
    # action decides, and the verdict's source says so.
    refused: bool = False
    # Excerpts of the item's text the judge gave as evidence, unchecked: the engine locates
    # each in the item (one not found is dropped) before it becomes a span of the verdict.
    quotes: tuple[str, ...] = ()
    # The item's language (BCP-47, `und` when undetermined, `zxx` for an image) when the
    # judge identified it; empty leaves it to the engine.
    language: str = ""
    # False when the judge is not validated for that language (the embedded model outside
    # its manifest's list): the policy's `unvalidated_language` action decides.
    language_validated: bool = True


@dataclass(frozen=True, slots=True)
class ItemFailure:
    """A backend could not judge this item; never replaced by a guess."""

    item_id: str
    code: ErrorCode
    message: str


BackendOutcome = Judgement | ItemFailure


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the item's text that caused a flag: [start, end) in Unicode code points,
    the text there, and, for a blocklist hit, the blocklist's name and the term matched."""

    start: int
    end: int
    quote: str
    blocklist: str = ""
    term: str = ""


@dataclass(frozen=True, slots=True)
class CategoryResult:
    category: str
    flagged: bool
    severity: Severity
    score: float
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    """The final, policy-applied verdict on one item."""

    item_id: str
    decision: Decision
    flagged: bool
    categories: tuple[CategoryResult, ...]
    rationale: str
    policy_id: str
    policy_version: str
    model: str
    source: Source
    usage: Usage = field(default_factory=Usage)
    # The item tried to instruct its judge (prompt injection); the decision is at least REVIEW.
    injection_suspected: bool = False
    # The item's language as a BCP-47 tag: `und` when it cannot be told (no words, a script
    # no identifier knows, mixed languages), `zxx` for an image.
    language: str = "und"
    # Whether the model that decided is validated for that language.
    language_validated: bool = True

    def as_cache_hit(self, item_id: str) -> Verdict:
        """This verdict answered again, to `item_id`, from the cache: no usage of its own.

        `dataclasses.replace` would do, at several times the cost, on the path every
        repeat takes; every field is named here (a test checks none is left out).
        """
        return Verdict(
            item_id,
            self.decision,
            self.flagged,
            self.categories,
            self.rationale,
            self.policy_id,
            self.policy_version,
            self.model,
            Source.CACHE,
            NO_USAGE,
            self.injection_suspected,
            self.language,
            self.language_validated,
        )


@dataclass(frozen=True, slots=True)
class ItemError:
    """An explicit per-item error: the item was accepted but has no verdict."""

    item_id: str
    code: ErrorCode
    message: str
    field: str = ""


Outcome = Verdict | ItemError
