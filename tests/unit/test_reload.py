"""Policy and blocklist files reloaded when they change, the old version kept when broken."""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

import pytest

from moderation.blocklist import BlocklistFile
from moderation.domain import Item, TextContent
from moderation.policy import Policy, PolicyRegistry
from moderation.watch import FileWatch, file_stamp

POLICY = """
id = "{id}"
description = "one category"
[[categories]]
name = "hate"
description = "{description}"
block_at = "{block_at}"
"""


def write(path: Path, text: str) -> None:
    """Replace the file as a ConfigMap would: a new inode renamed over the old one."""
    fresh = path.with_name(path.name + ".new")
    fresh.write_text(text, encoding="utf-8")
    os.replace(fresh, path)


def policy_text(description: str = "hateful", block_at: str = "high", id: str = "p") -> str:
    return POLICY.format(id=id, description=description, block_at=block_at)


class Reloads:
    def __init__(self) -> None:
        self.seen: list[tuple[str | None, bool]] = []

    def __call__(self, policy: Policy | None, ok: bool) -> None:
        self.seen.append((policy.version if policy else None, ok))


def test_a_changed_policy_file_is_a_new_version_for_later_lookups(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    write(path, policy_text())
    reloads = Reloads()
    registry = PolicyRegistry.from_paths([path], on_reload=reloads, check_seconds=0)
    held = registry.get("p")  # an item admitted now keeps this object
    write(path, policy_text(block_at="medium"))
    fresh = registry.get("p")
    assert fresh.version != held.version
    assert fresh.categories[0].block_at.name == "MEDIUM"
    assert held.categories[0].block_at.name == "HIGH"  # the admitted item's version is intact
    assert reloads.seen == [(fresh.version, True)]


def test_a_broken_policy_file_keeps_the_old_version_and_names_the_field(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "p.toml"
    write(path, policy_text())
    reloads = Reloads()
    registry = PolicyRegistry.from_paths([path], on_reload=reloads, check_seconds=0)
    before = registry.get()
    write(path, policy_text(block_at="extreme"))
    with caplog.at_level(logging.ERROR, logger="moderation.policy"):
        assert registry.get() is before
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1
    assert "block_at" in lines[0] and before.version in lines[0]
    assert reloads.seen == [(None, False)]
    write(path, policy_text(description="fixed"))  # the next change is tried again
    assert registry.get().version != before.version


def test_a_file_touched_but_unchanged_is_not_a_reload(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    write(path, policy_text())
    reloads = Reloads()
    registry = PolicyRegistry.from_paths([path], on_reload=reloads, check_seconds=0)
    before = registry.get()
    write(path, policy_text())
    assert registry.get() is before
    assert reloads.seen == []


def test_the_first_file_stays_the_default_when_its_id_changes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    write(first, policy_text(id="a"))
    write(second, policy_text(id="b"))
    registry = PolicyRegistry.from_paths([first, second], check_seconds=0)
    write(first, policy_text(id="renamed"))
    assert registry.get().id == "renamed"
    assert [p.id for p in registry.all()] == ["renamed", "b"]


def test_a_reload_may_not_take_another_files_id(tmp_path: Path) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    write(first, policy_text(id="a"))
    write(second, policy_text(id="b"))
    reloads = Reloads()
    registry = PolicyRegistry.from_paths([first, second], on_reload=reloads, check_seconds=0)
    write(second, policy_text(id="a", description="clash"))
    assert [p.id for p in registry.all()] == ["a", "b"]
    assert reloads.seen == [(None, False)]


def test_a_swapped_symlink_counts_as_a_change(tmp_path: Path) -> None:
    """Kubernetes mounts a ConfigMap key as a link through `..data`, swapped atomically."""
    for version in ("v1", "v2"):
        (tmp_path / version).mkdir()
    write(tmp_path / "v1" / "p.toml", policy_text(description="first"))
    write(tmp_path / "v2" / "p.toml", policy_text(description="second"))
    os.symlink("v1", tmp_path / "..data")
    os.symlink("..data/p.toml", tmp_path / "p.toml")
    registry = PolicyRegistry.from_paths([tmp_path / "p.toml"], check_seconds=0)
    assert registry.get().categories[0].description == "first"
    os.symlink("v2", tmp_path / "..data.tmp")
    os.replace(tmp_path / "..data.tmp", tmp_path / "..data")
    assert registry.get().categories[0].description == "second"


def test_checks_are_rate_limited() -> None:
    now = [0.0]
    watch = FileWatch([Path("/nonexistent/x")], interval=1.0, clock=lambda: now[0])
    assert watch.changed() == []
    now[0] = 5.0
    assert watch.changed() == []  # still missing: no change
    assert file_stamp(Path("/nonexistent/x")) is None


def test_checks_within_the_interval_do_not_stat(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_text("a")
    now = [0.0]
    watch = FileWatch([path], interval=1.0, clock=lambda: now[0])
    write(path, "bb")
    now[0] = 0.5
    assert watch.changed() == []
    now[0] = 1.0
    assert watch.changed() == [path]
    assert watch.changed() == []


def text(t: str) -> Item:
    return Item("i", TextContent(t))


def test_the_blocklist_file_reloads_and_keeps_the_old_list_when_broken(tmp_path: Path) -> None:
    path = tmp_path / "blocklist.txt"
    write(path, "spam: buy followers\n")
    reloads: list[bool] = []
    blocklist = BlocklistFile(path, on_reload=reloads.append, check_seconds=0)
    assert blocklist.match(text("Buy   followers now")) is not None
    write(path, "spam: cheap pills\n")
    assert blocklist.match(text("buy followers now")) is None
    assert blocklist.match(text("cheap pills")) is not None
    write(path, "no separator here\n")
    assert blocklist.match(text("cheap pills")) is not None
    assert len(blocklist) == 1
    assert reloads == [True, False]


async def test_a_reloaded_version_takes_traffic_once_prepared(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    write(path, policy_text())
    registry = PolicyRegistry.from_paths([path], check_seconds=0)
    old = registry.get()
    release = asyncio.Event()
    prepared: list[str] = []

    async def prepare(policy: Policy) -> None:
        prepared.append(policy.version)
        await release.wait()

    registry.prepare = prepare
    write(path, policy_text(block_at="medium"))
    assert registry.get() is old
    await asyncio.sleep(0)
    assert registry.get() is old  # still warming: the old version serves
    release.set()
    for _ in range(10):
        await asyncio.sleep(0)
    assert registry.get().version == prepared[0] != old.version


async def test_a_version_overtaken_while_preparing_never_takes_traffic(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    write(path, policy_text())
    registry = PolicyRegistry.from_paths([path], check_seconds=0)
    old = registry.get()
    release = asyncio.Event()

    async def prepare(policy: Policy) -> None:
        await release.wait()

    registry.prepare = prepare
    write(path, policy_text(block_at="medium"))
    registry.get()
    write(path, policy_text())  # changed back before the edit was ready
    assert registry.get() is old
    release.set()
    for _ in range(10):
        await asyncio.sleep(0)
    assert registry.get() is old


async def test_a_failed_preparation_still_installs_the_version(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    write(path, policy_text())
    registry = PolicyRegistry.from_paths([path], check_seconds=0)

    async def prepare(policy: Policy) -> None:
        raise RuntimeError("upstream down")

    registry.prepare = prepare
    write(path, policy_text(block_at="medium"))
    old = registry.get()
    for _ in range(10):
        await asyncio.sleep(0)
    assert registry.get().version != old.version
