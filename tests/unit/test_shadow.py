"""Shadow candidates: sampled off the callers' path, compared item by item, capped by cost."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import random
from pathlib import Path

import pytest

from moderation.domain import (
    CategoryJudgement,
    Decision,
    Evidence,
    Item,
    Judgement,
    Severity,
    Source,
    TextContent,
    Usage,
    Verdict,
)
from moderation.engine import Engine
from moderation.errors import NotACandidate, Overloaded, PolicyNotFound
from moderation.policy import (
    Policy,
    PolicyError,
    PolicyRegistry,
    PromotedBy,
    Promotion,
    parse_policy,
)
from moderation.shadow import Shadow, ShadowSettings
from moderation.tenants import Tenant

LIVE = """
id = "live"
description = "live"
[[categories]]
name = "hate"
description = "hate"
review_at = "low"
block_at = "high"
"""
CANDIDATE = LIVE.replace('id = "live"', 'id = "cand"\nshadow_of = "live"').replace(
    'block_at = "high"', 'block_at = "medium"'
)
SEVERITIES = [Severity.NONE, Severity.LOW, Severity.MEDIUM, Severity.HIGH]


def registry(tmp_path: Path, *texts: str) -> PolicyRegistry:
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"p{n}.toml"
        path.write_text(text)
        paths.append(path)
    return PolicyRegistry.from_paths(paths)


def judgement(item: Item, cost: float = 0.01) -> Judgement:
    assert isinstance(item.content, TextContent)
    severity = SEVERITIES[int(item.content.text[-1])]
    cats = (CategoryJudgement("hate", severity),) if severity is not Severity.NONE else ()
    return Judgement(
        item.id, cats, "m", "why", Usage(estimated_cost_usd=cost), quotes=(item.content.text,)
    )


def make_verdict(item: Item, policy: Policy, j: Judgement) -> Verdict:
    return Engine._make_verdict(item, policy, j)


async def drain() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


def shadow_for(
    policies: PolicyRegistry, cost: float = 0.01, **kw: object
) -> tuple[Shadow, list[str]]:
    submitted: list[str] = []

    async def submit(item: Item, policy: Policy, tenant: Tenant) -> Judgement:
        assert tenant.id == "shadow" and policy.id == "cand"
        submitted.append(item.id)
        return judgement(item, cost)

    settings = ShadowSettings(**{"sample_rate": 1.0, **kw})  # type: ignore[arg-type]
    return Shadow(policies, settings, submit, make_verdict, random.Random(7)), submitted


async def test_flips_equal_the_count_computed_offline(tmp_path: Path) -> None:
    policies = registry(tmp_path, LIVE, CANDIDATE)
    live, candidate = policies.get("live"), policies.get("cand")
    shadow, _ = shadow_for(policies, max_in_flight=100)
    items = [Item(f"i{n}", TextContent(f"text {n % 4}")) for n in range(40)]
    offline = 0
    for item in items:
        verdict = make_verdict(item, live, judgement(item))
        offline += verdict.decision is not make_verdict(item, candidate, judgement(item)).decision
        shadow.observe(item, live, verdict)
    await drain()
    (report,) = shadow.reports()
    assert report.compared == 40 and report.flip_count == offline == 10  # the medium ones
    assert report.agreed == 30
    assert {f.live_decision for f in report.flips} == {Decision.REVIEW.value}
    assert {f.candidate_decision for f in report.flips} == {Decision.BLOCK.value}
    assert report.categories["hate"].compared == 40 and report.categories["hate"].agreed == 40
    assert report.cost_usd == pytest.approx(0.4)
    # Spans by offsets only, unless the operator allows content.
    assert all(s.quote == "" and s.end > s.start for f in report.flips for s in f.spans)


async def test_content_in_reports_only_when_allowed(tmp_path: Path) -> None:
    policies = registry(tmp_path, LIVE, CANDIDATE)
    shadow, _ = shadow_for(policies, report_content=True)
    item = Item("a", TextContent("text 2"))
    shadow.observe(
        item, policies.get("live"), make_verdict(item, policies.get("live"), judgement(item))
    )
    await drain()
    (report,) = shadow.reports("cand")
    assert report.flips[0].spans == (Evidence(0, 6, "text 2"),)


async def test_the_cost_cap_and_the_in_flight_cap_skip_samples(tmp_path: Path) -> None:
    policies = registry(tmp_path, LIVE, CANDIDATE)
    live = policies.get("live")
    shadow, submitted = shadow_for(policies, cost=0.4, max_cost_usd=1.0)
    for n in range(6):
        item = Item(f"i{n}", TextContent("text 3"))
        shadow.observe(item, live, make_verdict(item, live, judgement(item)))
        await drain()
    (report,) = shadow.reports()
    assert submitted == ["i0", "i1", "i2"] and report.skipped_cost_cap == 3
    busy, _ = shadow_for(policies, max_in_flight=0)
    item = Item("b", TextContent("text 1"))
    busy.observe(item, live, make_verdict(item, live, judgement(item)))
    assert busy.reports()[0].skipped_busy == 1


async def test_only_model_verdicts_are_sampled_and_a_full_queue_skips(tmp_path: Path) -> None:
    policies = registry(tmp_path, LIVE, CANDIDATE)
    live = policies.get("live")
    shadow, submitted = shadow_for(policies)
    item = Item("a", TextContent("text 3"))
    blocked = make_verdict(item, live, judgement(item))
    shadow.observe(item, live, dataclasses.replace(blocked, source=Source.BLOCKLIST))
    await drain()
    assert submitted == [] and shadow.reports() == []

    async def full(item: Item, policy: Policy, tenant: Tenant) -> Judgement:
        raise Overloaded("queue full")

    refused = Shadow(policies, ShadowSettings(sample_rate=1.0), full, make_verdict)
    refused.observe(item, live, blocked)
    await drain()
    assert refused.reports()[0].skipped_busy == 1


def test_a_shadow_must_name_another_policy_and_not_be_the_default(tmp_path: Path) -> None:
    with pytest.raises(PolicyError):
        registry(tmp_path, CANDIDATE, LIVE)
    with pytest.raises(PolicyError):
        registry(tmp_path, LIVE, CANDIDATE.replace('shadow_of = "live"', 'shadow_of = "gone"'))


async def test_a_live_reload_logs_the_candidates_report(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    policies = registry(tmp_path, LIVE, CANDIDATE)
    live = policies.get("live")
    shadow, _ = shadow_for(policies)
    for n in range(4):
        item = Item(f"i{n}", TextContent(f"text {n}"))
        shadow.observe(item, live, make_verdict(item, live, judgement(item)))
    await drain()
    with caplog.at_level("INFO", logger="moderation.shadow"):
        shadow.live_reloaded(live)
    (line,) = [r.getMessage() for r in caplog.records]
    assert "agreed on 3 of 4 items (1 flips)" in line and "cand" in line


async def test_samples_wait_for_upstream_headroom_and_are_skipped_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import moderation.shadow as shadow_module

    monkeypatch.setattr(shadow_module, "HEADROOM_WAIT_SECONDS", 0.0)
    policies = registry(tmp_path, LIVE, CANDIDATE)
    live = policies.get("live")
    room = [False]
    submitted: list[str] = []

    async def submit(item: Item, policy: Policy, tenant: Tenant) -> Judgement:
        submitted.append(item.id)
        return judgement(item)

    shadow = Shadow(
        policies, ShadowSettings(sample_rate=1.0), submit, make_verdict, headroom=lambda: room[0]
    )
    item = Item("a", TextContent("text 2"))
    shadow.observe(item, live, make_verdict(item, live, judgement(item)))
    await drain()
    assert submitted == [] and shadow.reports()[0].skipped_busy == 1
    room[0] = True
    shadow.observe(item, live, make_verdict(item, live, judgement(item)))
    await drain()
    assert submitted == ["a"] and shadow.reports()[0].compared == 1


# The candidate's content as it reads once written into the live policy's file.
PROMOTED_FILE = CANDIDATE.replace('id = "cand"\nshadow_of = "live"', 'id = "live"')


def watched(tmp_path: Path, *texts: str) -> tuple[PolicyRegistry, list[Path]]:
    """A registry that checks its files on every access."""
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"w{n}.toml"
        path.write_text(text)
        paths.append(path)
    return PolicyRegistry.from_paths(paths, check_seconds=0), paths


def rewrite(path: Path, text: str) -> None:
    """A new content and a new stamp, even within the file system's clock resolution."""
    before = path.stat().st_mtime_ns
    path.write_text(text)
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


async def test_promotion_makes_the_candidate_live_under_the_version_its_file_would_have(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    policies, _ = watched(tmp_path, LIVE, CANDIDATE)
    before, candidate = policies.get("live"), policies.get("cand")
    shadow, _ = shadow_for(policies)
    policies.on_promote = shadow.promoted
    for n in range(4):
        item = Item(f"i{n}", TextContent(f"text {n}"))
        shadow.observe(item, before, make_verdict(item, before, judgement(item)))
    await drain()
    with caplog.at_level("INFO", logger="moderation.shadow"):
        promotion = await policies.promote("cand", candidate.version)
    after = policies.get("live")
    assert promotion == Promotion(candidate, before, after, PromotedBy.RPC)
    assert after.version == parse_policy(PROMOTED_FILE).version != before.version
    assert after.shadow_of == "" and after.categories == candidate.categories
    assert [p.id for p in policies.all()] == ["live"] and policies.candidates_for("live") == []
    # An item admitted before holds its Policy: it finishes on the old version.
    item = Item("x", TextContent("text 2"))
    assert make_verdict(item, before, judgement(item)).decision is Decision.REVIEW
    assert make_verdict(item, after, judgement(item)).decision is Decision.BLOCK
    (line,) = [r.getMessage() for r in caplog.records]
    assert "policy live promoted by rpc" in line and f"(was {before.version})" in line
    assert "agreed on 3 of 4 items (75.0 %)" in line and "[hate 4/4]" in line
    assert "1 flips" in line and "cost 0.0400 USD" in line


async def test_only_a_candidate_at_the_reviewed_version_is_promoted(tmp_path: Path) -> None:
    policies, _ = watched(tmp_path, LIVE, CANDIDATE)
    with pytest.raises(PolicyNotFound):
        await policies.promote("nope")
    with pytest.raises(NotACandidate, match="not a shadow candidate"):
        await policies.promote("live")
    with pytest.raises(NotACandidate, match="read its shadow report again"):
        await policies.promote("cand", "0123456789abcdef")
    assert [p.id for p in policies.all()] == ["live", "cand"]


async def test_promotion_by_file_drops_the_candidate_and_logs_its_report(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    policies, (live_file, _) = watched(tmp_path, LIVE, CANDIDATE)
    before = policies.get("live")
    shadow, _ = shadow_for(policies)
    policies.on_promote = shadow.promoted
    item = Item("a", TextContent("text 2"))
    shadow.observe(item, before, make_verdict(item, before, judgement(item)))
    await drain()
    rewrite(live_file, PROMOTED_FILE)
    with caplog.at_level("INFO", logger="moderation.shadow"):
        assert [p.id for p in policies.all()] == ["live"]
    assert policies.get("live").version == parse_policy(PROMOTED_FILE).version
    (line,) = [r.getMessage() for r in caplog.records]  # not once more as a plain reload
    assert "policy live promoted by file" in line and "agreed on 0 of 1 items" in line


async def test_a_promotion_holds_until_the_live_files_content_changes(tmp_path: Path) -> None:
    policies, (live_file, candidate_file) = watched(tmp_path, LIVE, CANDIDATE)
    promoted = (await policies.promote("cand")).live
    stamp = live_file.stat().st_mtime_ns + 2_000_000_000
    os.utime(live_file, ns=(stamp, stamp))  # touched, or a ConfigMap swap of other keys
    os.utime(candidate_file, ns=(stamp, stamp))
    assert policies.get("live") == promoted and policies.candidates_for("live") == []
    rewrite(candidate_file, CANDIDATE.replace('description = "live"', 'description = "v2"', 1))
    policies.refresh()
    (again,) = policies.candidates_for("live")  # a changed candidate file: a new candidate
    assert again.description == "v2"
    rewrite(live_file, LIVE.replace('description = "live"', 'description = "v3"', 1))
    assert policies.get("live").description == "v3"
