"""Jobs on Message Batches apply the API's blocklists as live calls do (server to emulator).

A job item that hits one of its policy's blocklists is answered BLOCK from the list, with
the list, the term and the offsets in its verdict, and is never sent upstream.
"""

from __future__ import annotations

import json
from pathlib import Path

from anthropic_emulator.emulator import Emulator
from moderation.v1 import moderation_pb2 as pb
from tests.integration.test_blocklists import SHOP, TEXT, policy_file
from tests.integration.test_jobs import haiku, oracle, read_all, serve, wait_ended

__all__ = ["oracle"]  # the emulator fixture, shared with the other jobs tests


async def test_a_job_item_on_a_policy_blocklist_is_blocked_with_its_match_and_never_sent(
    tmp_path: Path, oracle: Emulator
) -> None:
    items = [
        pb.Item(id="clean-0", text="have a lovely day"),
        pb.Item(id="listed", text=TEXT),
        pb.Item(id="clean-1", text="see you at the match tonight"),
    ]
    settings = haiku(oracle, policy_files=[policy_file(tmp_path)])
    async with serve(tmp_path, **settings) as (_, stub):
        await stub.CreateBlocklist(pb.CreateBlocklistRequest(blocklist_id="shop", blocklist=SHOP))
        created = (await stub.CreateJob(pb.CreateJobRequest(items=items))).job
        job = await wait_ended(stub, created.name)
        results = {r.result.item_id: r.result for r in await read_all(stub, created.name)}
    assert job.state == pb.JOB_STATE_SUCCEEDED and job.counts.blocked == 1
    hit = results["listed"].verdict
    assert hit.decision == pb.DECISION_BLOCK and hit.source == pb.VERDICT_SOURCE_BLOCKLIST
    (spam,) = [c for c in hit.categories if c.category == "spam"]
    (evidence,) = spam.evidence
    assert (evidence.blocklist, evidence.term) == ("blocklists/shop", "buy followers")
    assert TEXT[evidence.start : evidence.end] == evidence.quote == "BUY  followers"
    for clean in ("clean-0", "clean-1"):
        assert results[clean].verdict.source == pb.VERDICT_SOURCE_MODEL
    # The listed item went into no request; its neighbours did.
    sent = json.dumps(oracle.batches.all_requests(), ensure_ascii=False)
    assert "followers" not in sent and "have a lovely day" in sent
