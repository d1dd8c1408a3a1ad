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
from tests.integration.test_policy_reload import DEFAULT
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
