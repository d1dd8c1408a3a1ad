"""TLS, mTLS and bearer tokens, called as a client would: real server, real handshakes.

Certificates are made at test time. A refused handshake surfaces to a gRPC caller
as UNAVAILABLE (the connection never comes up), which is what these tests see.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import grpc
import pytest

from moderation.config import Settings
from moderation.server import ConfigError, RunningServer, build_engine, start_server
from moderation_client import AsyncModerationClient, ModerationClient, ModerationRpcError
from moderation_client.client import text_item
from moderation_client.v1 import moderation_pb2 as pb
from tests.certs import Pki, replace_file
from tests.fakes import KeywordBackend

TOKEN = "s3cret-token"
BIN = Path(sys.executable).parent


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    return Pki.make(tmp_path)


@contextlib.asynccontextmanager
async def serving(
    pki: Pki | None, *, mtls: bool = False, client_ca: Path | None = None
) -> AsyncIterator[RunningServer]:
    """A server on a loopback port: plaintext (pki None), TLS or mTLS, tokens required."""
    settings = Settings(
        host="127.0.0.1",
        port=0,
        max_wait_ms=1.0,
        auth_tokens=[TOKEN],
        tls_cert_file=pki.server_cert if pki else None,
        tls_key_file=pki.server_key if pki else None,
        tls_client_ca_file=(client_ca or pki.ca) if pki and mtls else None,
        tls_require_client_cert=mtls,
    )
    running = await start_server(settings, await build_engine(settings, backend=KeywordBackend()))
    try:
        yield running
    finally:
        await running.stop(grace=1.0)


def target(running: RunningServer) -> str:
    return f"127.0.0.1:{running.port}"


async def refused(client: AsyncModerationClient) -> grpc.StatusCode:
    """The code a call through `client` fails with; the call must fail."""
    async with client:
        with pytest.raises(ModerationRpcError) as info:
            await client.moderate([text_item("hello", id="a")])
    return info.value.code


async def every_rpc(client: AsyncModerationClient) -> None:
    """Moderate, ModerateStream, ListPolicies and GetPolicy all answer through `client`."""

    async def items() -> AsyncIterator[pb.Item]:
        yield text_item("you idiot", id="s1")
        yield text_item("have a nice day", id="s2")

    async with client:
        [result] = await client.moderate([text_item("I will kill you", id="u1")])
        assert result.verdict.decision == pb.DECISION_BLOCK
        streamed = {r.item_id: r async for r in client.stream(items())}
        assert set(streamed) == {"s1", "s2"}
        assert all(r.HasField("verdict") for r in streamed.values())
        policies = await client.list_policies()
        assert [p.id for p in policies] == ["default"]
        assert (await client.get_policy("default")).id == "default"


def every_rpc_blocking(client: ModerationClient) -> None:
    """The same four RPCs through the blocking client (run in a thread)."""
    with client:
        [result] = client.moderate([text_item("I will kill you", id="u1")])
        assert result.verdict.decision == pb.DECISION_BLOCK
        streamed = list(client.stream(iter([text_item("you idiot", id="s1")])))
        assert [r.item_id for r in streamed] == ["s1"]
        assert [p.id for p in client.list_policies()] == ["default"]
        assert client.get_policy("").id == "default"


@pytest.mark.parametrize("mode", ["plaintext", "tls", "mtls"])
async def test_a_client_with_the_token_succeeds_on_every_rpc(pki: Pki, mode: str) -> None:
    tls = mode != "plaintext"
    client_cert = (pki.client_cert, pki.client_key) if mode == "mtls" else (None, None)
    async with serving(pki if tls else None, mtls=mode == "mtls") as running:
        kwargs: dict[str, object] = dict(
            token=TOKEN,
            tls=tls,
            ca_file=pki.ca if tls else None,
            cert_file=client_cert[0],
            key_file=client_cert[1],
        )
        await every_rpc(AsyncModerationClient(target(running), **kwargs))  # type: ignore[arg-type]
        await asyncio.to_thread(
            every_rpc_blocking,
            ModerationClient(target(running), **kwargs),  # type: ignore[arg-type]
        )


async def test_without_the_token_every_rpc_is_unauthenticated(pki: Pki) -> None:
    async with (
        serving(pki) as running,
        AsyncModerationClient(target(running), ca_file=pki.ca, token="") as client,
    ):
        calls = [
            client.moderate([text_item("hello")]),
            client.list_policies(),
            client.get_policy("default"),
        ]
        for call in calls:
            with pytest.raises(ModerationRpcError) as info:
                await call
            assert info.value.code is grpc.StatusCode.UNAUTHENTICATED

        async def items() -> AsyncIterator[pb.Item]:
            yield text_item("hello")

        with pytest.raises(ModerationRpcError) as streamed:
            _ = [r async for r in client.stream(items())]
        assert streamed.value.code is grpc.StatusCode.UNAUTHENTICATED


async def test_plaintext_is_refused_when_the_server_speaks_tls(pki: Pki) -> None:
    async with serving(pki) as running:
        client = AsyncModerationClient(target(running), token=TOKEN, tls=False, timeout=5)
        assert await refused(client) is grpc.StatusCode.UNAVAILABLE


async def test_a_server_certificate_from_another_ca_is_refused(pki: Pki, tmp_path: Path) -> None:
    other = Pki.make(tmp_path, "other")
    async with serving(pki) as running:
        client = AsyncModerationClient(target(running), token=TOKEN, ca_file=other.ca, timeout=5)
        assert await refused(client) is grpc.StatusCode.UNAVAILABLE


async def test_mtls_refuses_a_client_without_a_certificate_or_with_a_foreign_one(
    pki: Pki, tmp_path: Path
) -> None:
    other = Pki.make(tmp_path, "other")
    async with serving(pki, mtls=True) as running:
        bare = AsyncModerationClient(target(running), token=TOKEN, ca_file=pki.ca, timeout=5)
        assert await refused(bare) is grpc.StatusCode.UNAVAILABLE
        foreign = AsyncModerationClient(
            target(running),
            token=TOKEN,
            ca_file=pki.ca,
            cert_file=other.client_cert,
            key_file=other.client_key,
            timeout=5,
        )
        assert await refused(foreign) is grpc.StatusCode.UNAVAILABLE


async def test_a_rotated_certificate_is_served_without_a_restart(pki: Pki, tmp_path: Path) -> None:
    rotated = Pki.make(tmp_path, "rotated")
    async with serving(pki) as running:
        await every_rpc(AsyncModerationClient(target(running), token=TOKEN, ca_file=pki.ca))
        replace_file(pki.server_key, rotated.server_key)
        replace_file(pki.server_cert, rotated.server_cert)
        # New connections get the new certificate: trusted under the new CA only.
        await every_rpc(AsyncModerationClient(target(running), token=TOKEN, ca_file=rotated.ca))
        old = AsyncModerationClient(target(running), token=TOKEN, ca_file=pki.ca, timeout=5)
        assert await refused(old) is grpc.StatusCode.UNAVAILABLE


async def test_a_rotated_client_ca_is_enforced_without_a_restart(pki: Pki, tmp_path: Path) -> None:
    rotated = Pki.make(tmp_path, "rotated")
    client_ca = tmp_path / "client-ca.pem"
    client_ca.write_bytes(pki.ca.read_bytes())
    async with serving(pki, mtls=True, client_ca=client_ca) as running:

        def client(cert: Pki, timeout: float = 30) -> AsyncModerationClient:
            return AsyncModerationClient(
                target(running),
                token=TOKEN,
                ca_file=pki.ca,  # the server certificate does not change
                cert_file=cert.client_cert,
                key_file=cert.client_key,
                timeout=timeout,
            )

        await every_rpc(client(pki))
        replace_file(client_ca, rotated.ca)  # callers are now checked against the new CA
        await every_rpc(client(rotated))
        assert await refused(client(pki, timeout=5)) is grpc.StatusCode.UNAVAILABLE


# --- the CLI, configured by environment variables ------------------------------


async def run_cli(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        str(BIN / "moderate"),
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=120)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


@contextlib.contextmanager
def cli_env(running: RunningServer, pki: Pki, token: str) -> Iterator[dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MODERATION_")}
    env.update(
        MODERATION_TARGET=target(running),
        MODERATION_CA_FILE=str(pki.ca),
        MODERATION_CERT_FILE=str(pki.client_cert),
        MODERATION_KEY_FILE=str(pki.client_key),
        MODERATION_TOKEN=token,
        COLUMNS="200",
    )
    yield env


async def test_the_cli_reads_tls_and_token_from_the_environment(pki: Pki) -> None:
    async with serving(pki, mtls=True) as running:
        with cli_env(running, pki, TOKEN) as env:
            code, out, err = await run_cli(env, "I will kill you")
            assert code == 0, err
            assert "BLOCK" in out
            code, out, err = await run_cli(env, "--token", "wrong", "hello")
            assert code == 2
            assert "UNAUTHENTICATED" in err


# --- settings that cannot make a working server ---------------------------------


async def test_half_given_tls_settings_stop_the_server_at_start(pki: Pki, tmp_path: Path) -> None:
    not_pem = tmp_path / "key.txt"
    not_pem.write_text("not a key")
    cases: list[tuple[dict[str, object], str]] = [
        ({"tls_cert_file": pki.server_cert}, "MODERATION_TLS_KEY_FILE"),
        (
            {
                "tls_cert_file": pki.server_cert,
                "tls_key_file": pki.server_key,
                "tls_require_client_cert": True,
            },
            "MODERATION_TLS_CLIENT_CA_FILE",
        ),
        ({"tls_client_ca_file": pki.ca}, "MODERATION_TLS_CERT_FILE"),
        (
            {"tls_cert_file": tmp_path / "missing.pem", "tls_key_file": pki.server_key},
            "missing.pem",
        ),
        ({"tls_cert_file": pki.server_key.parent, "tls_key_file": pki.server_key}, "pki"),
        ({"tls_cert_file": pki.server_cert, "tls_key_file": not_pem}, "no PEM block"),
    ]
    for overrides, named in cases:
        settings = Settings(
            host="127.0.0.1",
            port=0,
            backend="local",
            local_text_model="profanity",
            **overrides,  # type: ignore[arg-type]
        )
        with pytest.raises(ConfigError) as info:
            await start_server(settings)  # refused before anything is built
        assert named in str(info.value), (overrides, str(info.value))
