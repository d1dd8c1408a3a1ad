"""One-item cache hits answered on the wire: the serialized response, its verdict built once.

During a spam wave the same text comes again and again, each time under the caller's
own item id. The first hit of a text goes the engine's way in (`Engine.accept`, then
`Engine.standing`: validation, blocklists, the content hash and the verdict cache's
key); what it found is kept here under the text as the caller sent it (tenant, policy
asked for, text, context), so the next one costs a dictionary lookup and
`Engine.answer_again`'s identity checks (the stored verdict still in memory, the same
policy, model and blocklists), and is counted as every hit is. The response is the
stored verdict's bytes, serialized once, with the caller's id put in front.

Only what the first hit validated is kept (the same text and context validate the same
way; the id is checked on every call), and only short texts: the keys stay small.
"""

from __future__ import annotations

from moderation.engine import Engine, Standing
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
    """The serialized `ModerateResponse` of a one-item call answered from the verdict cache."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._kept: dict[_Key, tuple[Standing, bytes]] = {}

    def answer(self, request: pb.ModerateRequest, tenant: Tenant) -> bytes | None:
        """The response to a one-item `request` whose verdict is in this replica's memory,
        counted as a hit; None sends the call the whole way."""
        raw = request.items[0]
        item_id = raw.id
        key: _Key | None = None
        if raw.WhichOneof("content") == "text":
            key = (tenant.id, request.policy_id, raw.text, raw.context)
            kept = self._kept.get(key)
            if (
                kept is not None
                and 0 < len(item_id) <= MAX_ID_CHARS
                and self._engine.answer_again(kept[0])
            ):
                return convert.moderate_response_bytes(item_id, kept[1])
        engine = self._engine
        try:
            accepted = engine.accept(
                convert.item_from_proto(raw), request.policy_id, "items[0]", tenant=tenant
            )
        except ModerationError:
            return None  # the whole way reports it, with every field at fault
        standing = engine.standing(accepted, request.policy_id)
        if standing is None:
            return None
        field = convert.hit_result_field(engine.answer_from(standing, accepted))
        if key is not None and len(key[2]) + len(key[3]) <= MAX_KEPT_CHARS:
            if len(self._kept) >= MAX_KEPT:
                self._kept.clear()
            self._kept[key] = (standing, field)
        return convert.moderate_response_bytes(item_id, field)
