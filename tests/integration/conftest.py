"""A real server on a loopback port with the embedded default backend, shared by the tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest

from anthropic_emulator.emulator import Emulator, EmulatorConfig
from moderation.config import Settings
from moderation.server import RunningServer, start_server
from moderation.v1 import moderation_pb2_grpc as pb_grpc

# A second policy with the default's categories but other content: another version.
STRICT_POLICY = (
    (Path(__file__).resolve().parents[2] / "moderation" / "policies" / "default.toml")
    .read_text(encoding="utf-8")
    .replace('id = "default"', 'id = "strict"', 1)
)


@pytest.fixture(scope="session")
async def local_server(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RunningServer]:
    policies = tmp_path_factory.mktemp("policies")
    default = policies / "default.toml"
    default.write_text(STRICT_POLICY.replace('id = "strict"', 'id = "default"', 1))
    strict = policies / "strict.toml"
    strict.write_text(STRICT_POLICY)
    settings = Settings(
        host="127.0.0.1",
        port=0,
        backend="local",
        policy_files=[default, strict],
        max_items_per_request=16,
        max_text_chars=2_000,
        max_image_bytes=200_000,
        max_wait_ms=2.0,
    )
    running = await start_server(settings)
    yield running
    await running.stop(grace=1.0)


@pytest.fixture
async def channel(local_server: RunningServer) -> AsyncIterator[grpc.aio.Channel]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{local_server.port}") as ch:
        yield ch


@pytest.fixture
def stub(channel: grpc.aio.Channel) -> pb_grpc.ModerationServiceAsyncStub:
    return pb_grpc.ModerationServiceStub(channel)


# --- the Anthropic Messages API emulator (real HTTP on loopback) -------------------


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    """A fresh emulator per test: no latency, small stream chunks, keyword judge."""
    async with Emulator(EmulatorConfig.fast(max_chunk_chars=7)) as emu:
        yield emu
