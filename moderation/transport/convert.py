"""Mapping between moderation.v1 protobuf messages and domain types.

The only module that knows both sides; the engine never sees protobuf.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from moderation.domain import (
    CategoryResult,
    Decision,
    ErrorCode,
    ImageContent,
    Item,
    ItemError,
    Outcome,
    Severity,
    Source,
    TextContent,
    Usage,
    Verdict,
)
from moderation.observability import TenantUsage
from moderation.policy import Policy
from moderation.shadow import ShadowReport
from moderation.v1 import moderation_pb2 as pb

_DECISIONS = {
    Decision.ALLOW: pb.DECISION_ALLOW,
    Decision.REVIEW: pb.DECISION_REVIEW,
    Decision.BLOCK: pb.DECISION_BLOCK,
}
_SEVERITIES = {
    Severity.NONE: pb.SEVERITY_NONE,
    Severity.LOW: pb.SEVERITY_LOW,
    Severity.MEDIUM: pb.SEVERITY_MEDIUM,
    Severity.HIGH: pb.SEVERITY_HIGH,
}
_SOURCES = {
    Source.MODEL: pb.VERDICT_SOURCE_MODEL,
    Source.CACHE: pb.VERDICT_SOURCE_CACHE,
    Source.BLOCKLIST: pb.VERDICT_SOURCE_BLOCKLIST,
    Source.FALLBACK: pb.VERDICT_SOURCE_FALLBACK,
    Source.REFUSAL: pb.VERDICT_SOURCE_REFUSAL,
}
# google.rpc.Code values.
GRPC_CODES = {
    ErrorCode.CANCELLED: 1,
    ErrorCode.INVALID_ARGUMENT: 3,
    ErrorCode.DEADLINE_EXCEEDED: 4,
    ErrorCode.RESOURCE_EXHAUSTED: 8,
    ErrorCode.FAILED_PRECONDITION: 9,
    ErrorCode.INTERNAL: 13,
    ErrorCode.UNAVAILABLE: 14,
}


def item_from_proto(msg: pb.Item) -> Item:
    """A proto item as a domain item; an item with no content becomes an empty text.

    Validation then reports the empty item with its field, like any other fault.
    """
    kind = msg.WhichOneof("content")
    if kind == "image":
        content: TextContent | ImageContent = ImageContent(
            data=msg.image.data, media_type=msg.image.media_type
        )
    else:
        content = TextContent(msg.text)
    return Item(id=msg.id, content=content, context=msg.context)


# Items converted between two turns of the event loop: ~2.5 ms of work.
CONVERT_CHUNK_ITEMS = 1_000


async def items_from_proto(messages: Sequence[pb.Item]) -> list[Item]:
    """`item_from_proto` over a request of any size, letting the event loop run other calls
    between chunks: 50,000 items would otherwise hold it for over 100 ms."""
    items: list[Item] = []
    for first in range(0, len(messages), CONVERT_CHUNK_ITEMS):
        if first:
            await asyncio.sleep(0)
        items.extend(item_from_proto(m) for m in messages[first : first + CONVERT_CHUNK_ITEMS])
    return items


def usage_to_proto(usage: Usage) -> pb.Usage:
    return pb.Usage(
        input_tokens=usage.input_tokens,
        cache_read_input_tokens=usage.cache_read_input_tokens,
        cache_creation_input_tokens=usage.cache_creation_input_tokens,
        output_tokens=usage.output_tokens,
        estimated_cost_usd=usage.estimated_cost_usd,
    )


def _category_to_proto(c: CategoryResult) -> pb.CategoryResult:
    if not c.evidence:  # the common case: no span list to build
        return pb.CategoryResult(
            category=c.category, flagged=c.flagged, severity=_SEVERITIES[c.severity], score=c.score
        )
    return pb.CategoryResult(
        category=c.category,
        flagged=c.flagged,
        severity=_SEVERITIES[c.severity],
        score=c.score,
        evidence=[
            pb.Evidence(start=e.start, end=e.end, quote=e.quote, blocklist=e.blocklist, term=e.term)
            for e in c.evidence
        ],
    )


def verdict_to_proto(v: Verdict) -> pb.Verdict:
    return pb.Verdict(
        decision=_DECISIONS[v.decision],
        flagged=v.flagged,
        categories=[_category_to_proto(c) for c in v.categories],
        rationale=v.rationale,
        policy_id=v.policy_id,
        policy_version=v.policy_version,
        model=v.model,
        source=_SOURCES[v.source],
        usage=usage_to_proto(v.usage),
        injection_suspected=v.injection_suspected,
        language=v.language,
        language_validation=(
            pb.LANGUAGE_VALIDATION_VALIDATED
            if v.language_validated
            else pb.LANGUAGE_VALIDATION_UNVALIDATED
        ),
    )


def error_to_proto(e: ItemError) -> pb.ItemError:
    return pb.ItemError(code=GRPC_CODES[e.code], message=e.message, field=e.field)


# Verdict messages of cache hits, built once: a hit is the same stored verdict again, its
# categories the very same tuple, so that tuple's identity (held here, so it cannot be
# reused) and the verdict's scalars pick the message. Bounded; cleared when full. With each
# message, once asked for, its `ItemResult` field as bytes (`hit_result_field`).
_HIT_PROTOS: dict[tuple[Any, ...], list[Any]] = {}
HIT_PROTOS_MAX = 4096


def _hit_entry(v: Verdict) -> list[Any]:
    """[categories, verdict message, serialized verdict field or None] of a cache hit."""
    key: tuple[Any, ...] = (id(v.categories), v.decision, v.rationale, v.policy_version)
    key += (v.policy_id, v.model, v.usage, v.injection_suspected, v.language)
    key += (v.language_validated,)
    found = _HIT_PROTOS.get(key)
    if found is not None and found[0] is v.categories:
        return found
    if len(_HIT_PROTOS) >= HIT_PROTOS_MAX:
        _HIT_PROTOS.clear()
    entry = _HIT_PROTOS[key] = [v.categories, verdict_to_proto(v), None]
    return entry


def hit_to_proto(v: Verdict) -> pb.Verdict:
    """A cache hit's verdict message, built once per stored verdict."""
    message: pb.Verdict = _hit_entry(v)[1]
    return message


def hit_result_field(v: Verdict) -> bytes:
    """A cache hit's verdict as the `verdict` field of an `ItemResult`, on the wire:
    serialized once per stored verdict (`item_result_bytes` adds the item id)."""
    entry = _hit_entry(v)
    if entry[2] is None:
        entry[2] = pb.ItemResult(verdict=entry[1]).SerializeToString()
    field: bytes = entry[2]
    return field


def _length(n: int) -> bytes:
    """`n` as a protobuf varint (a length: never negative)."""
    if n < 0x80:
        return _ONE_BYTE[n]
    out = bytearray()
    while n > 0x7F:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


_ONE_BYTE = [bytes((n,)) for n in range(0x80)]
# ModerateResponse.results and ModerateStreamResponse.result: field 1, length-delimited.
_RESULT = b"\x0a"
_ITEM_ID = b"\x0a"  # ItemResult.item_id: field 1, length-delimited


def item_result_bytes(item_id: str, result_field: bytes) -> bytes:
    """A serialized `ItemResult`: `item_id` and a result field serialized beforehand
    (`hit_result_field`). Protobuf reads the fields of a message in any order, so the
    verdict's bytes need not be built again for each caller's id."""
    item = item_id.encode("utf-8")
    return _ITEM_ID + _length(len(item)) + item + result_field


def one_result_bytes(item_result: bytes) -> bytes:
    """A serialized `ModerateResponse` of one result, or `ModerateStreamResponse`: in both
    the result is field 1."""
    return _RESULT + _length(len(item_result)) + item_result


def result_to_proto(outcome: Outcome) -> pb.ItemResult:
    if isinstance(outcome, Verdict):
        verdict = (
            hit_to_proto(outcome) if outcome.source is Source.CACHE else verdict_to_proto(outcome)
        )
        return pb.ItemResult(item_id=outcome.item_id, verdict=verdict)
    return pb.ItemResult(item_id=outcome.item_id, error=error_to_proto(outcome))


def result_into(outcome: Outcome, result: pb.ItemResult) -> None:
    """`result_to_proto` written into a response's own result: a hit's verdict message,
    built once, is copied in, with no result message to build and copy again."""
    result.item_id = outcome.item_id
    if isinstance(outcome, Verdict):
        verdict = (
            hit_to_proto(outcome) if outcome.source is Source.CACHE else verdict_to_proto(outcome)
        )
        result.verdict.CopyFrom(verdict)
    else:
        result.error.CopyFrom(error_to_proto(outcome))


def policy_to_proto(policy: Policy, is_default: bool) -> pb.Policy:
    return pb.Policy(
        id=policy.id,
        version=policy.version,
        description=policy.description,
        is_default=is_default,
        categories=[
            pb.PolicyCategory(
                name=c.name,
                description=c.description,
                review_at=_SEVERITIES[c.review_at],
                block_at=_SEVERITIES[c.block_at],
            )
            for c in policy.categories
        ],
    )


def tenant_usage_to_proto(usage: TenantUsage) -> pb.TenantUsage:
    return pb.TenantUsage(
        tenant=usage.tenant,
        items=usage.items,
        verdicts=[
            pb.SourceCount(source=_SOURCES[Source(source)], count=count)
            for source, count in sorted(usage.verdicts.items())
        ],
        refused=usage.refused,
        usage=usage_to_proto(usage.usage),
    )


def shadow_report_to_proto(r: ShadowReport) -> pb.ShadowReport:
    return pb.ShadowReport(
        policy_id=r.candidate_id,
        policy_version=r.candidate_version,
        live_policy_id=r.live_id,
        live_policy_version=r.live_version,
        compared=r.compared,
        agreed=r.agreed,
        categories=[
            pb.ShadowCategoryAgreement(category=name, compared=a.compared, agreed=a.agreed)
            for name, a in sorted(r.categories.items())
        ],
        flip_count=r.flip_count,
        flips=[
            pb.ShadowFlip(
                item_id=f.item_id,
                live_decision=_DECISIONS[Decision(f.live_decision)],
                candidate_decision=_DECISIONS[Decision(f.candidate_decision)],
                spans=[
                    pb.Evidence(
                        start=e.start, end=e.end, quote=e.quote, blocklist=e.blocklist, term=e.term
                    )
                    for e in f.spans
                ],
            )
            for f in r.flips
        ],
        cost_usd=r.cost_usd,
        skipped_busy=r.skipped_busy,
        skipped_cost_cap=r.skipped_cost_cap,
        errors=r.errors,
    )
