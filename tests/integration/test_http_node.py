"""The official `openai` Node package against /v1/moderations (tests/node/openai_moderations.mjs).

Skipped where node or the package (the root package.json's devDependencies, installed by
`make lint`'s npm step) is missing.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bench.harness import free_port
from moderation.config import Settings
from moderation.server import RunningServer, build_engine, start_server
from tests.fakes import KeywordBackend

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "node" / "openai_moderations.mjs"
TOKEN = "node-test-token"
NODE = shutil.which("node")
HAS_PACKAGE = (ROOT / "node_modules" / "openai" / "package.json").is_file()

pytestmark = pytest.mark.skipif(
    NODE is None or not HAS_PACKAGE, reason="needs node and `npm install` at the repo root"
)


@pytest.fixture
async def server() -> AsyncIterator[RunningServer]:
    settings = Settings(
        host="127.0.0.1", port=0, http_port=free_port(), auth_tokens=[TOKEN], max_wait_ms=1.0
    )
    running = await start_server(settings, await build_engine(settings, backend=KeywordBackend()))
    yield running
    await running.stop(grace=1.0)


async def test_the_node_openai_package_works_unmodified(server: RunningServer) -> None:
    assert NODE is not None and server.http is not None
    env = os.environ | {"BASE_URL": f"http://127.0.0.1:{server.http.port}/v1", "TOKEN": TOKEN}
    proc = await asyncio.create_subprocess_exec(
        NODE,
        str(SCRIPT),
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode == 0, output.decode()
    assert output.decode().strip().endswith("ok")
