"""Tenants from outside: a real server with a tenants file, called with each tenant's token."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest
from google.rpc import error_details_pb2

from moderation.config import Settings
from moderation.server import ConfigError, RunningServer, build_engine, start_server
from moderation.v1 import moderation_pb2 as pb
from moderation.v1 import moderation_pb2_grpc as pb_grpc
from tests.certs import Pki
from tests.fakes import KeywordBackend
from tests.integration.test_observability import json_log_lines
from tests.integration.test_server_faults import eventually, one
from tests.rich_status import rich_status

TENANTS = """
[tenants.team-a]
tokens = ["token-a"]

[tenants.team-b]
tokens = ["token-b"]

[tenants.ops]
tokens = ["token-ops"]
role = "admin"
"""


def auth(token: str) -> tuple[tuple[str, str]]:
    return (("authorization", f"Bearer {token}"),)


@contextlib.asynccontextmanager
async def tenant_server(
    tmp_path: Path, text: str = TENANTS, backend: KeywordBackend | None = None, **overrides: object
) -> AsyncIterator[tuple[RunningServer, pb_grpc.ModerationServiceAsyncStub]]:
    path = tmp_path / "tenants.toml"
    path.write_text(text)
    settings = Settings(
        host="127.0.0.1",
        port=0,
        max_wait_ms=1.0,
        tenants_file=path,
        **overrides,  # type: ignore[arg-type]
    )
    backend = backend or KeywordBackend()
    running = await start_server(settings, await build_engine(settings, backend=backend))
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            yield running, pb_grpc.ModerationServiceStub(channel)
    finally:
        if backend.gate is not None:
            backend.gate.set()
        await running.stop(grace=1.0)


async def source_of(stub: pb_grpc.ModerationServiceAsyncStub, token: str, text: str) -> int:
    reply = await stub.Moderate(one("x", text), metadata=auth(token))
    return reply.results[0].verdict.source


async def test_a_tenant_never_hears_from_the_cache_what_another_sent(tmp_path: Path) -> None:
    async with tenant_server(tmp_path) as (_, stub):
        assert await source_of(stub, "token-a", "you idiot") == pb.VERDICT_SOURCE_MODEL
        assert await source_of(stub, "token-b", "you idiot") == pb.VERDICT_SOURCE_MODEL
        assert await source_of(stub, "token-a", "you idiot") == pb.VERDICT_SOURCE_CACHE
        with pytest.raises(grpc.aio.AioRpcError) as unknown:
            await stub.Moderate(one("x", "hello"), metadata=auth("token-z"))
        assert unknown.value.code() is grpc.StatusCode.UNAUTHENTICATED


async def test_shared_cache_scope_answers_every_tenant(tmp_path: Path) -> None:
    async with tenant_server(tmp_path, cache_scope="shared") as (_, stub):
        assert await source_of(stub, "token-a", "you idiot") == pb.VERDICT_SOURCE_MODEL
        assert await source_of(stub, "token-b", "you idiot") == pb.VERDICT_SOURCE_CACHE


async def test_usage_is_per_tenant_and_only_the_admin_sees_others(tmp_path: Path) -> None:
    async with tenant_server(tmp_path) as (_, stub):
        await stub.Moderate(
            pb.ModerateRequest(items=[pb.Item(id="1", text="hi"), pb.Item(id="2", text="hi")]),
            metadata=auth("token-a"),
        )
        own = await stub.GetUsage(pb.GetUsageRequest(), metadata=auth("token-a"))
        assert [u.tenant for u in own.tenants] == ["team-a"]
        (usage,) = own.tenants
        assert usage.items == 2
        assert {(v.source, v.count) for v in usage.verdicts} == {
            (pb.VERDICT_SOURCE_MODEL, 1),
            (pb.VERDICT_SOURCE_CACHE, 1),
        }
        assert usage.usage.input_tokens > 0
        for asked in ("team-b", "nobody"):
            with pytest.raises(grpc.aio.AioRpcError) as hidden:
                await stub.GetUsage(pb.GetUsageRequest(tenant=asked), metadata=auth("token-a"))
            assert hidden.value.code() is grpc.StatusCode.NOT_FOUND
            assert hidden.value.details() == f"no tenant '{asked}'"
        every = await stub.GetUsage(pb.GetUsageRequest(), metadata=auth("token-ops"))
        assert [u.tenant for u in every.tenants] == ["ops", "team-a", "team-b"]
        assert [u.items for u in every.tenants] == [0, 2, 0]
        one_of = await stub.GetUsage(
            pb.GetUsageRequest(tenant="team-a"), metadata=auth("token-ops")
        )
        assert one_of.tenants[0].items == 2


async def test_a_flood_is_refused_to_its_sender_only(tmp_path: Path) -> None:
    backend = KeywordBackend()
    backend.gate = asyncio.Event()
    async with tenant_server(tmp_path, backend=backend, max_items_in_flight=30) as (running, stub):
        many = pb.ModerateRequest(items=[pb.Item(id=str(n), text=f"a{n}") for n in range(10)])
        held = [
            asyncio.ensure_future(stub.Moderate(many, metadata=auth("token-a"))) for _ in range(3)
        ]
        await eventually(lambda: running.servicer.admission.items == 30, "A holds the limit")
        with json_log_lines() as out, pytest.raises(grpc.aio.AioRpcError) as refused:
            await stub.Moderate(many, metadata=auth("token-a"))
        [line] = [json.loads(line) for line in out.getvalue().splitlines()]
        assert "refusing work" in line["message"] and line["tenant"] == "team-a"
        assert refused.value.code() is grpc.StatusCode.RESOURCE_EXHAUSTED
        assert "tenant team-a holds 30 items" in (refused.value.details() or "")
        details = rich_status(refused.value).details
        retry = error_details_pb2.RetryInfo()
        assert any(d.Unpack(retry) for d in details)
        # B is within its share (10 of 30): let in though the server is "full".
        b_call = asyncio.ensure_future(
            stub.Moderate(
                pb.ModerateRequest(items=[pb.Item(id=str(n), text=f"b{n}") for n in range(9)]),
                metadata=auth("token-b"),
            )
        )
        await eventually(lambda: running.servicer.admission.items == 39, "B is admitted")
        backend.gate.set()
        assert len((await b_call).results) == 9
        assert [len(r.results) for r in await asyncio.gather(*held)] == [10, 10, 10]
        usage = await stub.GetUsage(pb.GetUsageRequest(tenant="team-a"), metadata=auth("token-ops"))
        assert usage.tenants[0].refused == 1


@contextlib.asynccontextmanager
async def mtls_stub(
    tmp_path: Path, cert_names: str
) -> AsyncIterator[pb_grpc.ModerationServiceAsyncStub]:
    """A server with mTLS whose tenants file names `cert_names` for team-c, called with the
    test PKI's client certificate (it names caller.example)."""
    pki = Pki.make(tmp_path)
    path = tmp_path / "tenants.toml"
    path.write_text(TENANTS + f"\n[tenants.team-c]\nclient_cert_names = [{cert_names!r}]\n")
    settings = Settings(
        host="127.0.0.1",
        port=0,
        max_wait_ms=1.0,
        tenants_file=path,
        tls_cert_file=pki.server_cert,
        tls_key_file=pki.server_key,
        tls_client_ca_file=pki.ca,
        tls_require_client_cert=True,
    )
    running = await start_server(settings, await build_engine(settings, backend=KeywordBackend()))
    credentials = grpc.ssl_channel_credentials(
        pki.ca.read_bytes(), pki.client_key.read_bytes(), pki.client_cert.read_bytes()
    )
    try:
        async with grpc.aio.secure_channel(f"localhost:{running.port}", credentials) as channel:
            yield pb_grpc.ModerationServiceStub(channel)
    finally:
        await running.stop(grace=1.0)


async def test_a_client_certificate_can_name_the_tenant(tmp_path: Path) -> None:
    async with mtls_stub(tmp_path, "caller.example") as stub:
        await stub.Moderate(one("x", "hello"))  # no token: the certificate says who
        usage = await stub.GetUsage(pb.GetUsageRequest())
        assert [(u.tenant, u.items) for u in usage.tenants] == [("team-c", 1)]
        # A token still wins over the certificate.
        usage = await stub.GetUsage(pb.GetUsageRequest(), metadata=auth("token-a"))
        assert [u.tenant for u in usage.tenants] == ["team-a"]


async def test_a_certificate_no_tenant_names_is_unauthenticated(tmp_path: Path) -> None:
    async with mtls_stub(tmp_path, "someone.else") as stub:
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await stub.Moderate(one("x", "hello"))
        assert refused.value.code() is grpc.StatusCode.UNAUTHENTICATED


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[tenants.a]\ntokens = ['x']\n[tenants.b]\ntokens = ['x']\n", "tenants.b.tokens"),
        ("[tenants.a]\nrole = 'admin'\n", "needs tokens or client_cert_names"),
    ],
)
async def test_a_bad_tenants_file_stops_start_up_naming_the_field(
    tmp_path: Path, text: str, says: str
) -> None:
    path = tmp_path / "tenants.toml"
    path.write_text(text)
    settings = Settings(host="127.0.0.1", port=0, tenants_file=path)
    with pytest.raises(ConfigError, match=says.replace(".", r"\.")):
        await start_server(settings, await build_engine(settings, backend=KeywordBackend()))
