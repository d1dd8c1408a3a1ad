"""One-item cache hits answered on the wire (`transport.hits`): the very message a hit
gives the whole way, counted the same, per tenant, and never once what it stood on changed."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from moderation.blocklist import BlocklistFile
from moderation.blocklists import BlocklistRecord, Term, TermKind
from moderation.cache import MemoryVerdictCache
from moderation.config import Settings
from moderation.domain import Item, TextContent
from moderation.engine import Engine
from moderation.policy import PolicyRegistry
from moderation.server import build_engine
from moderation.tenants import Tenant
from moderation.transport import convert
from moderation.transport.hits import HitAnswers
from moderation.v1 import moderation_pb2 as pb
from tests.fakes import KeywordBackend
from tests.unit.test_engine import counters, moved

POLICY = """
id = "house"
description = "house rules"
blocklists = ["spam"]
[[categories]]
name = "violence"
description = "{description}"
review_at = "medium"
block_at = "high"
"""
TEXT = "I will kill you, buy followers now"
ACME = Tenant("acme")


def write(path: Path, text: str) -> None:
    """Replace the file as a ConfigMap would: a new inode renamed over the old one."""
    fresh = path.with_name(path.name + ".new")
    fresh.write_text(text, encoding="utf-8")
    os.replace(fresh, path)


async def engine_for(tmp_path: Path) -> Engine:
    """An engine whose policy and operator blocklist files are checked on every look."""
    policy, blocklist = tmp_path / "policy.toml", tmp_path / "blocklist.txt"
    write(policy, POLICY.format(description="threats"))
    write(blocklist, "spam: cheap pills\n")
    settings = Settings(policy_files=[policy], max_wait_ms=1.0, blocklists_store="memory")
    engine = await build_engine(settings, backend=KeywordBackend())
    engine.policies = PolicyRegistry.from_paths([policy], check_seconds=0)
    engine._blocklist = BlocklistFile(blocklist, check_seconds=0)
    return engine


def one(item_id: str, text: str = TEXT) -> pb.ModerateRequest:
    return pb.ModerateRequest(items=[pb.Item(id=item_id, text=text)])


async def whole_way(engine: Engine, item_id: str, tenant: Tenant) -> pb.ModerateResponse:
    """The response of the same item answered by the engine's `judge`, as a message."""
    outcomes = await engine.moderate([Item(item_id, TextContent(TEXT))], tenant=tenant)
    return pb.ModerateResponse(results=[convert.result_to_proto(o) for o in outcomes])


def decoded(answer: bytes | None) -> pb.ModerateResponse:
    assert answer is not None
    return pb.ModerateResponse.FromString(answer)


async def test_a_hit_on_the_wire_is_the_message_and_the_counts_of_a_hit_the_whole_way(
    tmp_path: Path,
) -> None:
    engine = await engine_for(tmp_path)
    hits = HitAnswers(engine)
    await engine.moderate([Item("first", TextContent(TEXT))], tenant=ACME)  # judged, cached
    start = counters(engine)
    expected = await whole_way(engine, "b", ACME)
    by_judge = moved(start, counters(engine))
    assert expected.results[0].verdict.source == pb.VERDICT_SOURCE_CACHE
    # The first hit of the text finds it, the later ones answer from what it found: each
    # is the very message the whole way gives, under each caller's id, counted the same.
    for item_id in ("b", "c", "é" * 128, "d"):
        start = counters(engine)
        answer = decoded(hits.answer(one(item_id), ACME))
        assert moved(start, counters(engine)) == by_judge
        want = await whole_way(engine, item_id, ACME)
        assert answer == want and answer.results[0].item_id == item_id
    # An id the whole way refuses is left to it; so is another tenant's first look at the
    # text (the cache is the tenant's own), whatever this tenant's hits found.
    assert hits.answer(one(""), ACME) is None
    assert hits.answer(one("x" * 129), ACME) is None
    start = counters(engine)
    assert hits.answer(one("e"), Tenant("other")) is None
    assert moved(start, counters(engine)) == {}
    await engine.close()


async def test_a_hit_on_the_wire_never_outlives_the_policy_version_or_a_blocklist(
    tmp_path: Path,
) -> None:
    engine = await engine_for(tmp_path)
    hits = HitAnswers(engine)
    await engine.moderate([Item("first", TextContent(TEXT))], tenant=ACME)
    assert hits.answer(one("a"), ACME) is not None
    assert hits.answer(one("b"), ACME) is not None  # answered from what the first found
    # A new policy version: its cache key is another, and nothing is cached under it.
    write(tmp_path / "policy.toml", POLICY.format(description="threats of harm"))
    assert hits.answer(one("c"), ACME) is None
    await engine.moderate([Item("judged", TextContent(TEXT))], tenant=ACME)
    assert decoded(hits.answer(one("d"), ACME)).results[0].verdict.policy_version == (
        engine.policies.get("").version
    )
    assert hits.answer(one("e"), ACME) is not None
    # The operator's blocklist now lists the text: the whole way answers from the list.
    write(tmp_path / "blocklist.txt", "spam: buy followers\n")
    assert hits.answer(one("f"), ACME) is None
    write(tmp_path / "blocklist.txt", "spam: cheap pills\n")
    assert hits.answer(one("g"), ACME) is not None  # the same list as the verdict's again
    # The tenant's own list (applied by the policy) changes: its revision is in the key.
    lists = engine.blocklists
    assert lists is not None
    await lists.create(BlocklistRecord("acme", "spam", "spam", terms=(Term("wire me"),)))
    assert hits.answer(one("h"), ACME) is None
    await engine.moderate([Item("judged again", TextContent(TEXT))], tenant=ACME)
    assert hits.answer(one("i"), ACME) is not None
    await lists.add_terms("blocklists/spam", [Term("buy followers", TermKind.WORD)], "acme", False)
    assert hits.answer(one("j"), ACME) is None
    await engine.close()


async def test_a_hit_on_the_wire_answers_the_verdict_the_cache_holds_now(tmp_path: Path) -> None:
    engine = await engine_for(tmp_path)
    hits = HitAnswers(engine)
    await engine.moderate([Item("first", TextContent(TEXT))], tenant=ACME)
    assert hits.answer(one("a"), ACME) is not None
    (key,) = [k for k in engine._cache._entries]  # type: ignore[attr-defined]
    stored = await engine._cache.get(key)
    assert stored is not None
    await engine._cache.put(key, dataclasses.replace(stored, rationale="judged again"))
    assert decoded(hits.answer(one("b"), ACME)).results[0].verdict.rationale == "judged again"
    engine._cache = MemoryVerdictCache(16, 60.0)  # expired, evicted: no longer there
    assert hits.answer(one("c"), ACME) is None
    await engine.close()


class _Watching:
    """A shadow with a candidate for every policy: it sees every verdict it may sample."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def watches(self, policy: object) -> bool:
        return True

    def observe(self, item: Item, policy: object, verdict: object) -> None:
        self.seen.append(item.id)

    async def close(self) -> None:
        pass


async def test_a_hit_a_shadow_candidate_may_sample_is_answered_with_its_item_at_hand(
    tmp_path: Path,
) -> None:
    engine = await engine_for(tmp_path)
    hits = HitAnswers(engine)
    await engine.moderate([Item("first", TextContent(TEXT))], tenant=ACME)
    assert hits.answer(one("a"), ACME) is not None
    shadow = engine.shadow = _Watching()  # type: ignore[assignment]
    assert hits.again(one("b").items[0], "", ACME) is None  # not from what the first found
    assert decoded(hits.answer(one("c"), ACME)).results[0].item_id == "c"
    assert shadow.seen == ["c"]  # the candidate saw the hit, with its item
    await engine.close()
