"""Promotions by RPC recorded in the durable store: followed by every replica and at start-up,
superseded by a later change of the live policy's file."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from moderation.policy import FileState, Policy, PolicyRegistry, parse_policy
from moderation.promotions import (
    CODEC,
    COLLECTION,
    PromotionNotRecorded,
    PromotionRecord,
    Promotions,
    Step,
    step,
)
from moderation.versioned import MemoryStore, SqliteFile, SqliteStore, VersionedStore
from tests.unit.test_shadow import CANDIDATE, LIVE, PROMOTED_FILE

PROMOTED_AT = 1_000_000.0  # the promotion's wall-clock time in these tests


def record(**changes: object) -> PromotionRecord:
    fields: dict[str, object] = {
        "policy_id": "live",
        "document": "{}",
        "version": "new",
        "candidate_id": "cand",
        "candidate_version": "c1",
        "replaced_version": "old",
        "promoted_by": "admin",
        "promoted_at": PROMOTED_AT,
        **changes,
    }
    return PromotionRecord(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("live", "file", "expected"),
    [
        ("old", FileState("old", PROMOTED_AT - 5), Step.APPLY),
        ("old", FileState("old", PROMOTED_AT + 5), Step.APPLY),  # touched: same content
        ("new", FileState("old", PROMOTED_AT - 5), Step.CURRENT),
        ("new", FileState("edit", PROMOTED_AT + 5), Step.SUPERSEDED),
        ("new", FileState("new", PROMOTED_AT + 5), Step.SUPERSEDED),  # promoted by file too
        ("prev", FileState("prev", PROMOTED_AT - 5), Step.OLDER_FILE),  # the last deploy's file
        ("old", None, Step.APPLY),  # no file: only another promotion supersedes it
        (None, FileState("old", PROMOTED_AT - 5), Step.UNKNOWN),
    ],
)
def test_what_a_replica_does_with_a_record(
    live: str | None, file: FileState | None, expected: Step
) -> None:
    assert step(record(), live, file) is expected


def test_a_record_survives_its_encoding() -> None:
    stored = CODEC.stamped(record(promoted_by="t-ü"), 7)
    assert CODEC.decode(CODEC.encode(stored)) == stored and stored.revision == 7


def replica(directory: Path, live: str = LIVE) -> tuple[PolicyRegistry, Path]:
    """One replica's policy files (its own copy, as on its own node), modified before the
    promotion."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / "live.toml", directory / "cand.toml"]
    for path, text in zip(paths, (live, CANDIDATE), strict=True):
        path.write_text(text)
        os.utime(path, (PROMOTED_AT - 60, PROMOTED_AT - 60))
    return PolicyRegistry.from_paths(paths, check_seconds=0), paths[0]


def sqlite_store(path: Path) -> VersionedStore[PromotionRecord]:
    return SqliteStore(SqliteFile(path), COLLECTION, COLLECTION, CODEC)


def follower(policies: PolicyRegistry, store: VersionedStore[PromotionRecord]) -> Promotions:
    return Promotions(policies, store, check_seconds=0, wall_clock=lambda: PROMOTED_AT)


async def test_another_replica_applies_a_promotion_warmed_first_and_logs_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "store.sqlite3"
    (policies_a, _), (policies_b, _) = replica(tmp_path / "a"), replica(tmp_path / "b")
    a, b = follower(policies_a, sqlite_store(db)), follower(policies_b, sqlite_store(db))
    await b.sync(force=True)
    before = policies_b.get("live")
    in_force_while_warming: list[tuple[str, str]] = []

    async def warm(policy: Policy) -> None:
        in_force_while_warming.append((policy.version, policies_b.get("live").version))

    policies_b.prepare = warm
    candidate = policies_a.get("cand")
    promotion = await a.promote("cand", candidate.version, "ops")
    assert promotion.live.version == parse_policy(PROMOTED_FILE).version
    with caplog.at_level("INFO", logger="moderation.promotions"):
        await b.sync()
    after = policies_b.get("live")
    assert after.version == promotion.live.version and after.document == promotion.live.document
    assert policies_b.candidates_for("live") == []  # the candidate is no longer judged
    assert in_force_while_warming == [(after.version, before.version)]
    (line,) = [r.getMessage() for r in caplog.records]
    assert "policy live promoted by rpc (by ops at 1970-01-12T13:46:40+00:00" in line
    assert f"is now its version {after.version} here (was {before.version})" in line
    (stored,) = (await sqlite_store(db).load())[1]
    assert (stored.candidate_id, stored.candidate_version) == ("cand", candidate.version)
    assert stored.replaced_version == before.version and stored.promoted_by == "ops"
    await b.sync()  # followed once: nothing more to apply
    assert policies_b.get("live") == after


async def test_a_restarted_replica_applies_the_promotion_at_start_up(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    policies, _ = replica(tmp_path / "a")
    first = follower(policies, sqlite_store(db))
    live = (await first.promote("cand", "", "ops")).live
    await first.close()
    restarted, _ = replica(tmp_path / "a")
    assert restarted.get("live").version != live.version
    again = follower(restarted, sqlite_store(db))
    await again.start()
    try:
        assert restarted.get("live").version == live.version
        assert restarted.candidates_for("live") == []
    finally:
        await again.close()


async def test_a_later_edit_of_the_live_file_supersedes_and_clears_the_promotion(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store: VersionedStore[PromotionRecord] = MemoryStore(CODEC)
    policies, live_file = replica(tmp_path / "a")
    promotions = follower(policies, store)
    await promotions.promote("cand", "", "ops")
    edited = LIVE.replace('description = "live"', 'description = "edited"', 1)
    live_file.write_text(edited)
    os.utime(live_file, (PROMOTED_AT + 60, PROMOTED_AT + 60))
    with caplog.at_level("INFO", logger="moderation.promotions"):
        await promotions.sync()
    assert policies.get("live").version == parse_policy(edited).version
    assert (await store.load())[1] == []
    assert any("supersedes the promotion by rpc" in r.getMessage() for r in caplog.records)
    # A restart on the edited file stays on it.
    on_the_edit = PolicyRegistry.from_paths([live_file], check_seconds=0)
    await follower(on_the_edit, store).sync(force=True)
    assert on_the_edit.get("live").version == parse_policy(edited).version


async def test_a_file_older_than_the_promotion_neither_applies_nor_clears_it(
    tmp_path: Path,
) -> None:
    store: VersionedStore[PromotionRecord] = MemoryStore(CODEC)
    policies_a, _ = replica(tmp_path / "a")
    previous_deploy = LIVE.replace('description = "live"', 'description = "v0"', 1)
    policies_b, _ = replica(tmp_path / "b", previous_deploy)
    await follower(policies_a, store).promote("cand", "", "ops")
    b = follower(policies_b, store)
    await b.sync(force=True)
    assert policies_b.get("live").version == parse_policy(previous_deploy).version
    assert len((await store.load())[1]) == 1


async def test_a_promotion_the_store_cannot_record_changes_nothing(tmp_path: Path) -> None:
    class Unreachable(MemoryStore[PromotionRecord]):
        async def update(self, *args: object, **kwargs: object) -> PromotionRecord | None:
            raise ConnectionError("store down")

    policies, _ = replica(tmp_path / "a")
    before = policies.get("live")
    with pytest.raises(PromotionNotRecorded, match="store down"):
        await follower(policies, Unreachable(CODEC)).promote("cand", "", "ops")
    assert policies.get("live") == before and policies.candidates_for("live") != []


async def test_a_round_of_following_waits_for_a_promotion_warming_up_here(
    tmp_path: Path,
) -> None:
    store: VersionedStore[PromotionRecord] = MemoryStore(CODEC)
    policies, _ = replica(tmp_path / "a")
    release, warming = asyncio.Event(), asyncio.Event()
    calls: list[str] = []

    async def warm(policy: Policy) -> None:
        calls.append(policy.version)
        if len(calls) == 1:  # the promotion's warm-up is slow; a second one would not be
            warming.set()
            await release.wait()

    policies.prepare = warm
    promotions = follower(policies, store)
    promoting = asyncio.create_task(promotions.promote("cand", "", "ops"))
    await warming.wait()
    following = asyncio.create_task(promotions.sync())
    await asyncio.sleep(0.01)
    release.set()
    promotion, _ = await asyncio.gather(promoting, following)
    assert policies.get("live").version == promotion.live.version
    assert calls == [promotion.live.version]  # warmed once, by the promotion
    assert [r.version for r in (await store.load())[1]] == [promotion.live.version]
