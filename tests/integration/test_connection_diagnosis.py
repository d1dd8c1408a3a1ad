"""A channel that never comes up is explained: which TLS mistake, and the setting to change.

gRPC says UNAVAILABLE for all of these, with the last address tried only; the client
dials the target itself (`moderation_client.diagnose.explain`) and the CLI prints that.
"""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest

from moderation_client.channel import Connection
from moderation_client.diagnose import explain, host_port
from tests.certs import Pki
from tests.integration.test_tls import TOKEN, cli_env, run_cli, serving, target


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    return Pki.make(tmp_path)


async def why(**kwargs: object) -> str | None:
    """explain() in a thread: the server under test runs on this event loop."""
    return await asyncio.to_thread(explain, Connection(**kwargs))  # type: ignore[arg-type]


async def test_plaintext_to_a_tls_server_says_to_turn_tls_on(pki: Pki) -> None:
    async with serving(pki) as running:
        cause = await why(target=target(running))
    assert cause is not None and cause.startswith("the server speaks TLS and this client sent")
    assert "MODERATION_TLS=1" in cause


async def test_tls_to_a_plaintext_server_says_to_turn_it_off(pki: Pki) -> None:
    async with serving(None) as running:
        cause = await why(target=target(running), tls=True, ca_file=pki.ca)
    assert cause is not None and cause.startswith("the server is plaintext and this client uses")
    assert "unset MODERATION_TLS and MODERATION_CA_FILE" in cause


async def test_a_server_certificate_from_another_ca_names_the_ca_file(
    pki: Pki, tmp_path: Path
) -> None:
    other = Pki.make(tmp_path, "other")
    async with serving(pki) as running:
        cause = await why(target=target(running), tls=True, ca_file=other.ca)
    assert cause is not None
    assert cause.startswith(f"the server's certificate is not trusted by the CA in {other.ca}")
    assert "set MODERATION_CA_FILE" in cause


async def test_a_certificate_for_another_name_says_to_set_the_server_name(pki: Pki) -> None:
    async with serving(pki) as running:
        cause = await why(
            target=target(running), tls=True, ca_file=pki.ca, server_name="other.example"
        )
    assert cause is not None
    assert cause.startswith("the server's certificate is not for 'other.example'")
    assert "MODERATION_SERVER_NAME" in cause


async def test_mtls_without_a_client_certificate_says_which_settings(pki: Pki) -> None:
    async with serving(pki, mtls=True) as running:
        cause = await why(target=target(running), tls=True, ca_file=pki.ca)
    assert cause == (
        "the server requires a client certificate (mTLS) and none was sent: set "
        "MODERATION_CERT_FILE and MODERATION_KEY_FILE (--cert-file, --key-file)"
    )


async def test_mtls_with_a_foreign_client_certificate_says_it_was_refused(
    pki: Pki, tmp_path: Path
) -> None:
    other = Pki.make(tmp_path, "other")
    async with serving(pki, mtls=True) as running:
        cause = await why(
            target=target(running),
            tls=True,
            ca_file=pki.ca,
            cert_file=other.client_cert,
            key_file=other.client_key,
        )
    assert cause is not None
    assert cause.startswith(f"the server refused the client certificate in {other.client_cert}")


async def test_a_working_connection_has_nothing_to_explain(pki: Pki) -> None:
    async with serving(pki, mtls=True) as running:
        cause = await why(
            target=target(running),
            tls=True,
            ca_file=pki.ca,
            cert_file=pki.client_cert,
            key_file=pki.client_key,
        )
    assert cause is None


def test_nothing_listening_says_so() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, never listening: refused
        cause = explain(Connection(target=f"127.0.0.1:{port}"))
    assert cause is not None and cause.startswith(f"nothing is listening at 127.0.0.1:{port}")


def test_targets_it_can_dial() -> None:
    assert host_port("localhost:50051") == ("localhost", 50051)
    assert host_port("dns:///moderation.svc:443") == ("moderation.svc", 443)
    assert host_port("[::1]:50051") == ("::1", 50051)
    assert host_port("unix:/run/moderation.sock") is None


async def test_the_cli_prints_the_cause_once_on_one_line(pki: Pki) -> None:
    """localhost resolves to ::1 too; the refused certificate is still what is reported."""
    async with serving(pki, mtls=True) as running:
        with cli_env(running, pki, TOKEN) as env:
            env["MODERATION_TARGET"] = f"localhost:{running.port}"
            del env["MODERATION_CERT_FILE"], env["MODERATION_KEY_FILE"]
            code, out, err = await run_cli(env, "--timeout", "5", "hello")
    assert code == 2 and out == ""
    assert err == (
        f"cannot use localhost:{running.port}: the server requires a client certificate (mTLS) "
        "and none was sent: set MODERATION_CERT_FILE and MODERATION_KEY_FILE "
        "(--cert-file, --key-file)\n"
    )


async def test_the_cli_says_when_plaintext_meets_a_tls_port(pki: Pki) -> None:
    async with serving(pki) as running:
        with cli_env(running, pki, TOKEN) as env:
            for name in ("MODERATION_CA_FILE", "MODERATION_CERT_FILE", "MODERATION_KEY_FILE"):
                del env[name]
            code, _, err = await run_cli(env, "--timeout", "5", "hello")
    assert code == 2
    assert err == (
        f"cannot use {target(running)}: the server speaks TLS and this client sent plaintext: "
        "set MODERATION_TLS=1 (--tls), and MODERATION_CA_FILE (--ca-file) if its certificate "
        "is not from a public CA\n"
    )
