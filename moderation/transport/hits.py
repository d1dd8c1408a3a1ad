"""Cache hits answered on the wire: the serialized result, its verdict serialized once.

During a spam wave the same text comes again and again, each time under the caller's
own item id. The first hit of a text goes the engine's way in (`Engine.accept`, then
`Engine.standing`: validation, blocklists, the content hash and the verdict cache's
key); what it found is kept here under the text as the caller sent it (tenant, policy
asked for, text, context), so the next one costs a dictionary lookup and
`Engine.answer_again`'s identity checks (the stored verdict still in memory, the same
policy, model and blocklists), and is counted as every hit is. The response is the
stored verdict's bytes, serialized once, with the caller's id put in front.

Only what the first hit validated is kept (the same text and context validate the same
way; the id is checked on every call), and only short texts: the keys stay small. A
stream's items are answered the same way, one `ItemResult` a message.
"""

from __future__ import annotations

from moderation.domain import TextContent, Verdict
from moderation.engine import Engine, JudgeRequest, Standing
from moderation.errors import ModerationError
from moderation.tenants import Tenant
from moderation.transport import convert
from moderation.v1 import moderation_pb2 as pb
from moderation.validation import MAX_ID_CHARS

# Texts (with their context) kept as keys: at most this many, each at most this long.
MAX_KEPT = 4096
MAX_KEPT_CHARS = 2048

_Key = tuple[str, str, str, str]  # tenant, policy id asked, text, context


class HitAnswers:
    """Items answered from the verdict cache, on the wire when the same text hit before."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._kept: dict[_Key, tuple[Standing, bytes]] = {}

    def answer(self, request: pb.ModerateRequest, tenant: Tenant) -> bytes | None:
        """The serialized response to a one-item `request` whose verdict is in this
        replica's memory, counted as a hit; None sends the call the whole way."""
        raw = request.items[0]
        result = self.again(raw, request.policy_id, tenant)
        if result is None:
            engine = self._engine
            try:
                accepted = engine.accept(
                    convert.item_from_proto(raw), request.policy_id, "items[0]", tenant=tenant
                )
            except ModerationError:
                return None  # the whole way reports it, with every field at fault
            verdict = self.first(accepted, request.policy_id)
            if verdict is None:
                return None
            result = convert.item_result_bytes(raw.id, convert.hit_result_field(verdict))
        return convert.one_result_bytes(result)

    def again(self, raw: pb.Item, policy_id: str, tenant: Tenant) -> bytes | None:
        """`raw`'s `ItemResult` on the wire, counted as a hit, when its text (with its
        context, under the same policy id and tenant) hit before and that hit still
        stands (`Engine.answer_again`); None otherwise."""
        if raw.WhichOneof("content") != "text":
            return None
        kept = self._kept.get((tenant.id, policy_id, raw.text, raw.context))
        item_id = raw.id
        if (
            kept is None
            or not 0 < len(item_id) <= MAX_ID_CHARS
            or not self._engine.answer_again(kept[0])
        ):
            return None
        return convert.item_result_bytes(item_id, kept[1])

    def first(self, accepted: JudgeRequest, policy_id: str) -> Verdict | None:
        """`Engine.answer_now` for an accepted item, the hit's standing kept for its text
        (the policy id as the caller named it)."""
        engine = self._engine
        standing = engine.standing(accepted, policy_id)
        if standing is None:
            return None
        verdict = engine.answer_from(standing, accepted)
        item = accepted.item
        content = item.content
        if (
            isinstance(content, TextContent)
            and len(content.text) + len(item.context) <= MAX_KEPT_CHARS
        ):
            if len(self._kept) >= MAX_KEPT:
                self._kept.clear()
            key = (accepted.tenant.id, policy_id, content.text, item.context)
            self._kept[key] = (standing, convert.hit_result_field(verdict))
        return verdict
