"""Policy files edited under load on the haiku path: no error, no lost item, old or new version."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from anthropic_emulator.emulator import Emulator
from moderation.policy import load_policy
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from tests.integration.test_server_haiku import haiku_server

SHIPPED = Path(__file__).resolve().parents[2] / "moderation" / "policies" / "default.toml"
DEFAULT = SHIPPED.read_text(encoding="utf-8")
# Seconds a changed file may take to apply: the check interval plus slack for a busy machine.
APPLIED_WITHIN = 1.5


def replace(path: Path, text: str) -> None:
    """Swap the file atomically, as a ConfigMap update does."""
    fresh = path.with_name(path.name + ".new")
    fresh.write_text(text, encoding="utf-8")
    os.replace(fresh, path)


async def unary(stub: pb_grpc.ModerationServiceAsyncStub, tag: str) -> tuple[float, str]:
    started = time.monotonic()
    response = await stub.Moderate(pb.ModerateRequest(items=[pb.Item(id=tag, text=f"hello {tag}")]))
    (result,) = response.results
    assert result.WhichOneof("outcome") == "verdict", result
    return started, result.verdict.policy_version


async def streamed(
    stub: pb_grpc.ModerationServiceAsyncStub, tag: str, count: int
) -> list[tuple[float, str]]:
    sent: dict[str, float] = {}

    async def requests() -> AsyncIterator[pb.ModerateStreamRequest]:
        for n in range(count):
            sent[f"{tag}-{n}"] = time.monotonic()
            yield pb.ModerateStreamRequest(items=[pb.Item(id=f"{tag}-{n}", text=f"hi {tag} {n}")])
            await asyncio.sleep(0.02)

    out = []
    async for reply in stub.ModerateStream(requests()):
        assert reply.result.WhichOneof("outcome") == "verdict", reply.result
        out.append((sent[reply.result.item_id], reply.result.verdict.policy_version))
    assert len(out) == count
    return out


async def test_a_policy_edited_under_load_applies_to_later_items(
    emulator: Emulator, tmp_path: Path
) -> None:
    path = tmp_path / "default.toml"
    replace(path, DEFAULT)
    old = load_policy(path).version
    new_text = DEFAULT.replace('guidance = """', 'guidance = """\nEdited today.', 1)
    async with haiku_server(emulator, policy_files=[path]) as (running, stub):
        swap_at = 0.0

        async def edit() -> None:
            nonlocal swap_at
            await asyncio.sleep(0.5)
            replace(path, new_text)
            swap_at = time.monotonic()

        async def load() -> list[tuple[float, str]]:
            seen: list[tuple[float, str]] = []
            for n in range(30):
                seen.append(await unary(stub, f"u{id(seen)}-{n}"))
                await asyncio.sleep(0.05)
            return seen

        gathered = await asyncio.gather(
            edit(), load(), load(), streamed(stub, "s1", 40), streamed(stub, "s2", 40)
        )
        new = load_policy(path).version
        assert new != old
        verdicts = [v for part in gathered[1:] for v in part]
        assert len(verdicts) == 2 * 30 + 2 * 40
        assert {version for _, version in verdicts} == {old, new}
        for started, version in verdicts:
            if started < swap_at:
                continue  # admitted before the swap: either, depending on the check
            if started > swap_at + APPLIED_WITHIN:
                assert version == new
        assert running.engine.metrics.value("item_errors_total") == 0
        assert running.engine.metrics.value("config_reloads_total", kind="policy", result="ok") == 1


async def test_a_broken_policy_file_keeps_the_old_version_and_serving(
    emulator: Emulator, tmp_path: Path
) -> None:
    path = tmp_path / "default.toml"
    replace(path, DEFAULT)
    old = load_policy(path).version
    async with haiku_server(emulator, policy_files=[path]) as (running, stub):
        replace(path, DEFAULT.replace('block_at = "high"', 'block_at = "extreme"', 1))
        deadline = time.monotonic() + 10
        metrics = running.engine.metrics
        while not metrics.value("config_reloads_total", kind="policy", result="failed"):
            assert time.monotonic() < deadline, "the broken file was never noticed"
            _, version = await unary(stub, f"b{time.monotonic()}")
            assert version == old
            await asyncio.sleep(0.2)
        _, version = await unary(stub, "after")
        assert version == old
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            health = await health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest()
            )
        assert health.status == health_pb2.HealthCheckResponse.SERVING


def system_text(body: dict[str, object]) -> str:
    blocks = body.get("system") or []
    assert isinstance(blocks, list)
    return "".join(str(b.get("text", "")) for b in blocks if isinstance(b, dict))


async def test_a_reloaded_version_is_warmed_before_it_takes_traffic(
    emulator: Emulator, tmp_path: Path
) -> None:
    path = tmp_path / "default.toml"
    replace(path, DEFAULT)
    async with haiku_server(emulator, policy_files=[path]) as (_, stub):
        await unary(stub, "before")
        replace(path, DEFAULT.replace('guidance = """', 'guidance = """\nWarm me.', 1))
        new = load_policy(path).version
        deadline = time.monotonic() + 10
        while True:
            response = await stub.Moderate(
                pb.ModerateRequest(items=[pb.Item(id="x", text=f"hi {time.monotonic()}")])
            )
            verdict = response.results[0].verdict
            if verdict.policy_version == new:
                break
            assert time.monotonic() < deadline, "the new version never took traffic"
            await asyncio.sleep(0.1)
        # Its first item read the prompt cache: nothing waited for a call to write it.
        assert verdict.usage.cache_read_input_tokens > 0
        assert verdict.usage.cache_creation_input_tokens == 0
    calls = [
        r.body for r in emulator.message_requests() if f"(version {new})" in system_text(r.body)
    ]
    assert calls[0]["max_tokens"] == 1  # the warm-up, before any item of the new version
    assert all(c["max_tokens"] > 1 for c in calls[1:])
