"""The blocklist RPCs: proto in, `Blocklists` call, proto out, one status per kind of error.

A mixin of the ModerationService servicer. INVALID_ARGUMENT names the fields
(a term outside the allowed kinds among them), NOT_FOUND an unknown blocklist
or another tenant's (with a ResourceInfo: the same answer), ALREADY_EXISTS an
id taken, UNAVAILABLE a store that cannot be reached. Every call acts as the
caller's tenant (`auth.caller()`); the admin role sees every tenant's lists.
"""

from __future__ import annotations

import logging
from typing import Any, NoReturn

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from moderation.blocklists import (
    BlocklistExists,
    BlocklistNotFound,
    BlocklistRecord,
    Blocklists,
    Term,
    TermKind,
)
from moderation.errors import InvalidArgument
from moderation.transport.auth import caller
from moderation.transport.status import not_found, status_for
from moderation.v1 import moderation_pb2 as pb

log = logging.getLogger(__name__)

BLOCKLIST_RESOURCE = "type.googleapis.com/moderation.v1.Blocklist"
Context = grpc.aio.ServicerContext[Any, Any]

_KINDS = {
    TermKind.PHRASE: pb.BLOCKLIST_TERM_KIND_PHRASE,
    TermKind.WORD: pb.BLOCKLIST_TERM_KIND_WORD,
    TermKind.REGEX: pb.BLOCKLIST_TERM_KIND_REGEX,
}
_FROM_PROTO = {v: k for k, v in _KINDS.items()}


def _time(seconds: float) -> Timestamp:
    ts = Timestamp()
    ts.FromNanoseconds(int(seconds * 1e9))
    return ts


def blocklist_to_proto(record: BlocklistRecord) -> pb.Blocklist:
    return pb.Blocklist(
        name=record.name,
        category=record.category,
        description=record.description,
        terms=[pb.BlocklistTerm(text=t.text, kind=_KINDS[t.kind]) for t in record.terms],
        owner=record.tenant,
        revision=record.revision,
        create_time=_time(record.created_at),
        update_time=_time(record.updated_at),
    )


def terms_from_proto(terms: Any) -> list[Term]:
    return [Term(t.text, _FROM_PROTO.get(t.kind, TermKind.WORD)) for t in terms]


class BlocklistHandlers:
    """CreateBlocklist, GetBlocklist, ListBlocklists, DeleteBlocklist, Add/RemoveBlocklistItems."""

    blocklists: Blocklists | None

    async def CreateBlocklist(
        self, request: pb.CreateBlocklistRequest, context: Context
    ) -> pb.CreateBlocklistResponse:
        lists = await self._blocklists(context)
        tenant = caller()
        given = request.blocklist
        record = BlocklistRecord(
            tenant.id,
            request.blocklist_id,
            given.category.strip(),
            given.description,
            tuple(terms_from_proto(given.terms)),
        )
        try:
            stored = await lists.create(record)
        except Exception as exc:
            await _abort(context, exc)
        return pb.CreateBlocklistResponse(blocklist=blocklist_to_proto(stored))

    async def GetBlocklist(
        self, request: pb.GetBlocklistRequest, context: Context
    ) -> pb.GetBlocklistResponse:
        lists = await self._blocklists(context)
        tenant = caller()
        try:
            record = await lists.get(request.name, tenant.id, tenant.is_admin)
        except Exception as exc:
            await _abort(context, exc)
        return pb.GetBlocklistResponse(blocklist=blocklist_to_proto(record))

    async def ListBlocklists(
        self, request: pb.ListBlocklistsRequest, context: Context
    ) -> pb.ListBlocklistsResponse:
        lists = await self._blocklists(context)
        tenant = caller()
        try:
            records = await lists.list(tenant.id, tenant.is_admin)
        except Exception as exc:
            await _abort(context, exc)
        return pb.ListBlocklistsResponse(blocklists=[blocklist_to_proto(r) for r in records])

    async def DeleteBlocklist(
        self, request: pb.DeleteBlocklistRequest, context: Context
    ) -> pb.DeleteBlocklistResponse:
        lists = await self._blocklists(context)
        tenant = caller()
        try:
            record = await lists.delete(request.name, tenant.id, tenant.is_admin)
        except Exception as exc:
            await _abort(context, exc)
        return pb.DeleteBlocklistResponse(name=record.name)

    async def AddBlocklistItems(
        self, request: pb.AddBlocklistItemsRequest, context: Context
    ) -> pb.AddBlocklistItemsResponse:
        lists = await self._blocklists(context)
        tenant = caller()
        try:
            record = await lists.add_terms(
                request.name, terms_from_proto(request.terms), tenant.id, tenant.is_admin
            )
        except Exception as exc:
            await _abort(context, exc)
        return pb.AddBlocklistItemsResponse(blocklist=blocklist_to_proto(record))

    async def RemoveBlocklistItems(
        self, request: pb.RemoveBlocklistItemsRequest, context: Context
    ) -> pb.RemoveBlocklistItemsResponse:
        lists = await self._blocklists(context)
        tenant = caller()
        try:
            record = await lists.remove_terms(
                request.name, list(request.terms), tenant.id, tenant.is_admin
            )
        except Exception as exc:
            await _abort(context, exc)
        return pb.RemoveBlocklistItemsResponse(blocklist=blocklist_to_proto(record))

    async def _blocklists(self, context: Context) -> Blocklists:
        if self.blocklists is None:
            await context.abort(
                grpc.StatusCode.UNIMPLEMENTED, "this server runs without blocklists"
            )
        return self.blocklists


async def _abort(context: Context, exc: Exception) -> NoReturn:
    if isinstance(exc, BlocklistNotFound):
        status = not_found(str(exc), BLOCKLIST_RESOURCE, exc.resource_name)
        await context.abort(status.code, status.details, status.trailing_metadata)
    if isinstance(exc, BlocklistExists):
        await context.abort(grpc.StatusCode.ALREADY_EXISTS, str(exc))
    if isinstance(exc, InvalidArgument):
        status = status_for(exc)
        await context.abort(status.code, status.details, status.trailing_metadata)
    log.warning("blocklist store call failed: %s", exc)
    await context.abort(grpc.StatusCode.UNAVAILABLE, "the blocklist store cannot be reached now")
