"""A shadow candidate on a real server: callers' verdicts untouched, the report's flips equal
the count computed offline from the same items' severities."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from anthropic_emulator.judges import OracleJudge
from moderation.v1 import moderation_pb2 as pb
from moderation_client import cli
from tests.integration.test_policy_reload import DEFAULT
from tests.integration.test_server_faults import eventually
from tests.integration.test_server_haiku import haiku_server

# Severities as the emulator answers them (the oracle answers its labels as given).
LABELS = {f"hate sample {n}": {"hate": 1 + n % 3} for n in range(30)}
CANDIDATE = DEFAULT.replace('id = "default"', 'id = "candidate"\nshadow_of = "default"', 1)


def candidate_text() -> str:
    """The candidate lowers hate's block_at from high to medium."""
    head, hate = CANDIDATE.split('name = "hate"', 1)
    return head + 'name = "hate"' + hate.replace('block_at = "high"', 'block_at = "medium"', 1)


@pytest.fixture
async def oracle() -> AsyncIterator[Emulator]:
    async with Emulator(EmulatorConfig.fast(max_chunk_chars=64), OracleJudge(LABELS)) as emu:
        yield emu


async def test_the_reports_flips_equal_the_offline_count_and_callers_see_the_live_policy(
    oracle: Emulator, tmp_path: Path
) -> None:
    default, candidate = tmp_path / "default.toml", tmp_path / "candidate.toml"
    default.write_text(DEFAULT)
    candidate.write_text(candidate_text())
    settings = {
        "policy_files": [default, candidate],
        "shadow_sample_rate": 1.0,
        "shadow_max_in_flight": 64,
    }
    async with haiku_server(oracle, **settings) as (_, stub):
        items = [pb.Item(id=f"i{n}", text=t) for n, t in enumerate(LABELS)]
        response = await stub.Moderate(pb.ModerateRequest(items=items))
        verdicts = [r.verdict for r in response.results]
        assert {v.policy_id for v in verdicts} == {"default"}
        # Live: hate blocks at high only. Medium (2) would block under the candidate.
        offline = sum(1 for labels in LABELS.values() if labels["hate"] == 2)
        assert sum(v.decision == pb.DECISION_BLOCK for v in verdicts) == sum(
            1 for labels in LABELS.values() if labels["hate"] == 3
        )
        deadline = time.monotonic() + 20
        while True:
            reply = await stub.GetShadowReport(pb.GetShadowReportRequest())
            if reply.reports and reply.reports[0].compared == len(LABELS):
                break
            assert time.monotonic() < deadline, reply
            await asyncio.sleep(0.1)
    (report,) = reply.reports
    assert (report.policy_id, report.live_policy_id) == ("candidate", "default")
    assert report.flip_count == offline == 10
    assert report.agreed == len(LABELS) - offline
    assert {f.live_decision for f in report.flips} == {pb.DECISION_REVIEW}
    assert {f.candidate_decision for f in report.flips} == {pb.DECISION_BLOCK}
    assert all(s.quote == "" for f in report.flips for s in f.spans)  # no content by default
    assert report.cost_usd > 0
    (hate,) = [c for c in report.categories if c.category == "hate"]
    assert hate.compared == hate.agreed == len(LABELS)


async def test_members_may_not_read_shadow_reports_where_tenants_authenticate(
    oracle: Emulator, tmp_path: Path
) -> None:
    tenants = tmp_path / "tenants.toml"
    tenants.write_text('[tenants.team-a]\ntokens = ["token-a"]\n')
    async with haiku_server(oracle, tenants_file=tenants) as (_, stub):
        with pytest.raises(grpc.aio.AioRpcError) as denied:
            await stub.GetShadowReport(
                pb.GetShadowReportRequest(), metadata=(("authorization", "Bearer token-a"),)
            )
    assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_promotion_by_rpc_judges_later_items_on_the_candidates_rules(
    oracle: Emulator, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    default, candidate = tmp_path / "default.toml", tmp_path / "candidate.toml"
    default.write_text(DEFAULT)
    candidate.write_text(candidate_text())
    settings = {"policy_files": [default, candidate], "shadow_sample_rate": 1.0}
    medium = pb.Item(id="m", text="hate sample 1")  # hate 2: review live, block as candidate
    async with haiku_server(oracle, **settings) as (_, stub):
        before = await stub.Moderate(pb.ModerateRequest(items=[medium]))
        deadline = time.monotonic() + 20
        while not (await stub.GetShadowReport(pb.GetShadowReportRequest())).reports[0].compared:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
        (report,) = (await stub.GetShadowReport(pb.GetShadowReportRequest())).reports
        with pytest.raises(grpc.aio.AioRpcError) as stale:
            await stub.PromoteShadowPolicy(
                pb.PromoteShadowPolicyRequest(policy_id="candidate", policy_version="0" * 16)
            )
        with caplog.at_level("INFO", logger="moderation.shadow"):
            promoted = await stub.PromoteShadowPolicy(
                pb.PromoteShadowPolicyRequest(
                    policy_id="candidate", policy_version=report.policy_version
                )
            )
        after = await stub.Moderate(pb.ModerateRequest(items=[medium]))
        policies = await stub.ListPolicies(pb.ListPoliciesRequest())
        with pytest.raises(grpc.aio.AioRpcError) as gone:
            await stub.PromoteShadowPolicy(pb.PromoteShadowPolicyRequest(policy_id="candidate"))
    assert stale.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert gone.value.code() == grpc.StatusCode.NOT_FOUND
    old = before.results[0].verdict
    assert (old.decision, old.policy_version) == (pb.DECISION_REVIEW, promoted.previous_version)
    assert (promoted.policy.id, promoted.policy.is_default) == ("default", True)
    assert promoted.report.flip_count == 1 and promoted.report.compared == 1
    new = after.results[0].verdict
    assert (new.decision, new.policy_version) == (pb.DECISION_BLOCK, promoted.policy.version)
    assert [(p.id, p.version) for p in policies.policies] == [("default", new.policy_version)]
    (line,) = [r.getMessage() for r in caplog.records if "promoted" in r.getMessage()]
    assert "agreed on 0 of 1 items" in line and "1 flips" in line


async def test_members_may_not_promote_where_tenants_authenticate(
    oracle: Emulator, tmp_path: Path
) -> None:
    tenants = tmp_path / "tenants.toml"
    tenants.write_text('[tenants.team-a]\ntokens = ["token-a"]\n')
    async with haiku_server(oracle, tenants_file=tenants) as (_, stub):
        with pytest.raises(grpc.aio.AioRpcError) as denied:
            await stub.PromoteShadowPolicy(
                pb.PromoteShadowPolicyRequest(policy_id="default"),
                metadata=(("authorization", "Bearer token-a"),),
            )
    assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_the_cli_prints_the_report_and_promotes(
    oracle: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    default, candidate = tmp_path / "default.toml", tmp_path / "candidate.toml"
    default.write_text(DEFAULT)
    candidate.write_text(candidate_text())
    settings = {"policy_files": [default, candidate], "shadow_sample_rate": 1.0}
    items = [pb.Item(id=f"i{n}", text=f"hate sample {n}") for n in range(3)]  # hate 1, 2, 3
    async with haiku_server(oracle, **settings) as (running, stub):
        await stub.Moderate(pb.ModerateRequest(items=items))
        deadline = time.monotonic() + 20
        while True:
            reports = (await stub.GetShadowReport(pb.GetShadowReportRequest())).reports
            if reports and reports[0].compared == len(items):
                break
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
        target = ["--target", f"127.0.0.1:{running.port}"]
        capsys.readouterr()
        code = await asyncio.to_thread(cli.main, ["policies", "shadow-report", *target])
        report = capsys.readouterr().out
        promote = ["policies", "promote", "candidate", "--version", reports[0].policy_version]
        promoted = await asyncio.to_thread(cli.main, [*promote, *target])
        promotion = capsys.readouterr().out
        again = await asyncio.to_thread(cli.main, ["policies", "shadow-report", *target])
        after = await stub.Moderate(pb.ModerateRequest(items=items[1:2]))
    assert code == promoted == again == cli.OK
    lines = report.splitlines()
    assert lines[0].startswith(f"candidate (version {reports[0].policy_version}) shadowing default")
    assert "  agreement: 2 of 3 items (66.7 %)" in lines
    assert any(line.startswith("  per category: ") and "hate 3/3" in line for line in lines)
    assert "  flips: 1" in lines
    (flip,) = [line for line in lines if line.startswith("    i1: review -> block")]
    assert '"' not in flip  # offsets only: no content unless the operator allows it
    assert any(line.startswith("  cost so far: 0.0") for line in lines)
    assert promotion.startswith("promoted candidate: policy default is now version ")
    assert "agreed on 2 of 3 items (66.7 %), 1 flips" in promotion
    assert "no shadow report" in capsys.readouterr().err  # the candidate is live now
    assert after.results[0].verdict.decision == pb.DECISION_BLOCK


async def test_an_item_in_flight_at_promotion_finishes_on_the_version_it_started_with(
    tmp_path: Path,
) -> None:
    default, candidate = tmp_path / "default.toml", tmp_path / "candidate.toml"
    default.write_text(DEFAULT)
    candidate.write_text(candidate_text())
    medium = pb.Item(id="m", text="hate sample 1")  # hate 2: review live, block as candidate
    slow = EmulatorConfig(first_token_seconds=1.0, per_token_seconds=0.0, jitter=0.0)
    async with (
        Emulator(slow, OracleJudge(LABELS)) as emulator,
        haiku_server(emulator, policy_files=[default, candidate]) as (_, stub),
    ):
        in_flight = asyncio.ensure_future(stub.Moderate(pb.ModerateRequest(items=[medium])))
        await eventually(
            lambda: any(r.path == "/v1/messages" for r in emulator.requests), "the model asked"
        )
        promoted = await stub.PromoteShadowPolicy(
            pb.PromoteShadowPolicyRequest(policy_id="candidate")
        )
        before = (await in_flight).results[0].verdict
        after = (await stub.Moderate(pb.ModerateRequest(items=[medium]))).results[0].verdict
    assert (before.decision, before.policy_version) == (
        pb.DECISION_REVIEW,
        promoted.previous_version,
    )
    assert (after.decision, after.policy_version) == (pb.DECISION_BLOCK, promoted.policy.version)


PROPAGATED_WITHIN = 5.0  # the bound for a change made on one replica to reach all


async def test_a_promotion_on_one_replica_reaches_another_sharing_redis(
    oracle: Emulator, tmp_path: Path, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    default, candidate = tmp_path / "default.toml", tmp_path / "candidate.toml"
    default.write_text(DEFAULT)
    candidate.write_text(candidate_text())
    shared = {
        "policy_files": [default, candidate],
        "redis_url": redis_url,
        "blocklists_store": "redis",
    }
    medium = pb.Item(id="m", text="hate sample 1")  # hate 2: review live, block as candidate
    async with (
        haiku_server(oracle, **shared) as (_, replica_a),
        haiku_server(oracle, **shared) as (_, replica_b),
    ):
        before = (await replica_b.Moderate(pb.ModerateRequest(items=[medium]))).results[0]
        version = (await replica_a.GetPolicy(pb.GetPolicyRequest(policy_id="candidate"))).policy
        with caplog.at_level("INFO", logger="moderation.promotions"):
            promoted = await replica_a.PromoteShadowPolicy(
                pb.PromoteShadowPolicyRequest(policy_id="candidate", policy_version=version.version)
            )
            started = time.monotonic()
            while True:
                reply = await replica_b.Moderate(pb.ModerateRequest(items=[medium]))
                after = reply.results[0].verdict
                if after.policy_version == promoted.policy.version:
                    break
                assert time.monotonic() - started < PROPAGATED_WITHIN, after
                await asyncio.sleep(0.1)
        policies_b = await replica_b.ListPolicies(pb.ListPoliciesRequest())
    assert (before.verdict.decision, before.verdict.policy_version) == (
        pb.DECISION_REVIEW,
        promoted.previous_version,
    )
    assert after.decision == pb.DECISION_BLOCK
    assert [(p.id, p.version) for p in policies_b.policies] == [
        ("default", promoted.policy.version)
    ]
    # One line, from replica B (A promoted it itself and logs through the shadow reports).
    (line,) = [r.getMessage() for r in caplog.records if r.name == "moderation.promotions"]
    assert f"is now its version {promoted.policy.version} here" in line


async def test_a_promotion_survives_a_restart_with_the_sqlite_store(
    oracle: Emulator, tmp_path: Path
) -> None:
    default, candidate = tmp_path / "default.toml", tmp_path / "candidate.toml"
    default.write_text(DEFAULT)
    candidate.write_text(candidate_text())
    settings = {
        "policy_files": [default, candidate],
        "blocklists_store": "sqlite",
        "data_dir": tmp_path / "data",
    }
    medium = pb.Item(id="m", text="hate sample 1")
    async with haiku_server(oracle, **settings) as (_, stub):
        promoted = await stub.PromoteShadowPolicy(
            pb.PromoteShadowPolicyRequest(policy_id="candidate")
        )
    async with haiku_server(oracle, **settings) as (_, restarted):
        policies = await restarted.ListPolicies(pb.ListPoliciesRequest())
        verdict = (await restarted.Moderate(pb.ModerateRequest(items=[medium]))).results[0].verdict
    assert [(p.id, p.version) for p in policies.policies] == [("default", promoted.policy.version)]
    assert (verdict.decision, verdict.policy_version) == (
        pb.DECISION_BLOCK,
        promoted.policy.version,
    )
