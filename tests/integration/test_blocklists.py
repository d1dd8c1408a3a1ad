"""Blocklists through the API on real servers: a hit names its list, term and offsets; a
removal sends the text back to the model; two replicas sharing Redis agree within 5 s."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import grpc
import pytest

from anthropic_emulator.emulator import Emulator
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from tests.integration.test_policy_reload import DEFAULT
from tests.integration.test_server_haiku import haiku_server

TENANTS = """
[tenants.team-a]
tokens = ["token-a"]

[tenants.team-b]
tokens = ["token-b"]

[tenants.ops]
tokens = ["token-ops"]
role = "admin"
"""
TEXT = "Grüße 👋 — please BUY  followers at my shop"
PROPAGATED_WITHIN = 5.0


def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "default.toml"
    path.write_text(DEFAULT.replace('id = "default"', 'id = "default"\nblocklists = ["shop"]', 1))
    return path


def auth(token: str) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {token}"),)


def tenants_settings(tmp_path: Path) -> dict[str, Any]:
    tenants = tmp_path / "tenants.toml"
    tenants.write_text(TENANTS)
    return {"tenants_file": tenants, "policy_files": [policy_file(tmp_path)]}


async def moderate(stub: pb_grpc.ModerationServiceAsyncStub, token: str, n: str) -> pb.Verdict:
    response = await stub.Moderate(
        pb.ModerateRequest(items=[pb.Item(id=n, text=TEXT)]), metadata=auth(token)
    )
    return response.results[0].verdict


SHOP = pb.Blocklist(
    category="spam",
    description="follower sellers",
    terms=[pb.BlocklistTerm(text="buy followers", kind=pb.BLOCKLIST_TERM_KIND_WORD)],
)


async def test_a_term_added_through_the_api_blocks_and_its_removal_asks_the_model_again(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with haiku_server(emulator, **tenants_settings(tmp_path)) as (_, stub):
        first = await moderate(stub, "token-a", "0")
        assert first.source == pb.VERDICT_SOURCE_MODEL
        assert (await moderate(stub, "token-a", "1")).source == pb.VERDICT_SOURCE_CACHE
        created = await stub.CreateBlocklist(
            pb.CreateBlocklistRequest(blocklist_id="shop", blocklist=SHOP), metadata=auth("token-a")
        )
        assert created.blocklist.name == "blocklists/shop" and created.blocklist.owner == "team-a"

        hit = await moderate(stub, "token-a", "2")
        assert hit.decision == pb.DECISION_BLOCK and hit.source == pb.VERDICT_SOURCE_BLOCKLIST
        (spam,) = [c for c in hit.categories if c.category == "spam"]
        (evidence,) = spam.evidence
        assert (evidence.blocklist, evidence.term) == ("blocklists/shop", "buy followers")
        assert TEXT[evidence.start : evidence.end] == evidence.quote == "BUY  followers"
        # Another tenant's policy run does not apply team-a's list, nor may it see the list.
        assert (await moderate(stub, "token-b", "3")).source != pb.VERDICT_SOURCE_BLOCKLIST
        with pytest.raises(grpc.aio.AioRpcError) as missing:
            await stub.GetBlocklist(
                pb.GetBlocklistRequest(name="blocklists/shop"), metadata=auth("token-b")
            )
        assert missing.value.code() == grpc.StatusCode.NOT_FOUND
        listed = await stub.ListBlocklists(pb.ListBlocklistsRequest(), metadata=auth("token-ops"))
        assert [(b.name, b.owner) for b in listed.blocklists] == [("blocklists/shop", "team-a")]

        calls = sum(1 for r in emulator.requests if r.path == "/v1/messages")
        await stub.RemoveBlocklistItems(
            pb.RemoveBlocklistItemsRequest(name="blocklists/shop", terms=["buy followers"]),
            metadata=auth("token-a"),
        )
        after = await moderate(stub, "token-a", "4")
        assert after.source == pb.VERDICT_SOURCE_MODEL  # not the verdict cached before the list
        assert sum(1 for r in emulator.requests if r.path == "/v1/messages") == calls + 1


async def test_terms_outside_the_regex_subset_are_refused_with_the_field(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with haiku_server(emulator, **tenants_settings(tmp_path)) as (_, stub):
        bad = pb.Blocklist(
            category="spam",
            terms=[pb.BlocklistTerm(text="(a+)+$", kind=pb.BLOCKLIST_TERM_KIND_REGEX)],
        )
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await stub.CreateBlocklist(
                pb.CreateBlocklistRequest(blocklist_id="bad", blocklist=bad),
                metadata=auth("token-a"),
            )
        assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert "blocklist.terms[0]" in (refused.value.details() or "")
        with pytest.raises(grpc.aio.AioRpcError) as exists:
            for _ in range(2):
                await stub.CreateBlocklist(
                    pb.CreateBlocklistRequest(blocklist_id="shop", blocklist=SHOP),
                    metadata=auth("token-a"),
                )
        assert exists.value.code() == grpc.StatusCode.ALREADY_EXISTS
        deleted = await stub.DeleteBlocklist(
            pb.DeleteBlocklistRequest(name="blocklists/shop"), metadata=auth("token-a")
        )
        assert deleted.name == "blocklists/shop"


async def until(check: Any, within: float) -> float:
    """Seconds until `check()` is true; fails after `within`."""
    started = time.monotonic()
    while not await check():
        assert time.monotonic() - started < within, "not within the bound"
        await asyncio.sleep(0.1)
    return time.monotonic() - started


async def test_a_change_on_one_replica_reaches_another_sharing_redis(
    emulator: Emulator, tmp_path: Path, redis_url: str
) -> None:
    shared = {**tenants_settings(tmp_path), "redis_url": redis_url, "blocklists_store": "redis"}
    async with (
        haiku_server(emulator, **shared) as (_, replica_a),
        haiku_server(emulator, **shared) as (_, replica_b),
    ):
        assert (await moderate(replica_b, "token-a", "0")).source == pb.VERDICT_SOURCE_MODEL
        await replica_a.CreateBlocklist(
            pb.CreateBlocklistRequest(blocklist_id="shop", blocklist=SHOP), metadata=auth("token-a")
        )

        async def blocked_on_b() -> bool:
            verdict = await moderate(replica_b, "token-a", "b")
            return verdict.source == pb.VERDICT_SOURCE_BLOCKLIST

        await until(blocked_on_b, PROPAGATED_WITHIN)
        verdict = await moderate(replica_b, "token-a", "b")
        (spam,) = [c for c in verdict.categories if c.category == "spam"]
        assert spam.evidence[0].term == "buy followers"
        await replica_a.RemoveBlocklistItems(
            pb.RemoveBlocklistItemsRequest(name="blocklists/shop", terms=["buy followers"]),
            metadata=auth("token-a"),
        )

        sources: list[int] = []

        async def judged_on_b() -> bool:
            sources.append((await moderate(replica_b, "token-a", "c")).source)
            return sources[-1] != pb.VERDICT_SOURCE_BLOCKLIST

        await until(judged_on_b, PROPAGATED_WITHIN)
        # The first answer after the change is the model's: nothing cached before it is served.
        assert sources[-1] == pb.VERDICT_SOURCE_MODEL
