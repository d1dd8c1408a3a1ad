"""The tenants file: who is who, refused whole when wrong, re-read when it changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from moderation import tenants as tenants_module
from moderation.tenants import (
    DEFAULT_TENANT,
    Role,
    Tenants,
    TenantsConfigError,
    parse_tenants,
    token_digest,
)

FILE = """
[tenants.team-a]
tokens = ["token-a", "sha256:{digest}"]
weight = 2
max_items_in_flight = 500
jobs_max_bytes = 1000000

[tenants.ops]
tokens = ["token-ops"]
role = "admin"
client_cert_names = ["ops.internal"]
"""


def directory_text() -> str:
    return FILE.format(digest=token_digest("token-a2"))


def test_tokens_plain_or_as_digests_name_their_tenant() -> None:
    d = parse_tenants(directory_text(), "tenants.toml")
    a = d.by_token[token_digest("token-a")]
    assert a.id == "team-a" and a.weight == 2.0 and a.max_items_in_flight == 500
    assert a.jobs_max_bytes == 1_000_000 and a.role is Role.MEMBER
    assert d.by_token[token_digest("token-a2")] is a
    ops = d.by_token[token_digest("token-ops")]
    assert ops.is_admin and d.by_cert_name["ops.internal"] is ops
    assert d.authenticates and d.get("ops") is ops and d.get("nobody") is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[tenants.a]\ntokens = ['x']\n[tenants.b]\ntokens = ['x']\n", "tenants.b.tokens"),
        ("[tenants.a]\ntokens = ['x']\nrole = 'owner'\n", "tenants.a.role"),
        ("[tenants.a]\ntokens = ['x']\ncolour = 'red'\n", "unknown key 'colour'"),
        ("[tenants.A]\ntokens = ['x']\n", "tenants.A"),
        ("[tenants.a]\ntokens = ['x']\nweight = 0\n", "tenants.a.weight"),
        ("[tenants.a]\ntokens = []\n", "needs tokens or client_cert_names"),
        ("[tenants.a]\ntokens = 'x'\n", "tenants.a.tokens"),
        ("[tenants.a]\ntokens = ['x']\njobs_max_items = -1\n", "tenants.a.jobs_max_items"),
        ("tenants = 3\n", "tenants"),
        ("[tenants\n", "not TOML"),
        ("[other]\n", "unknown key 'other'"),
    ],
)
def test_a_bad_file_is_refused_with_the_field_named(text: str, names: str) -> None:
    with pytest.raises(TenantsConfigError, match=names.replace(".", r"\.")):
        parse_tenants(text, "t.toml")


def test_without_a_file_tokens_are_one_tenant_or_none_is_needed() -> None:
    open_ = Tenants.from_settings(None, [])
    assert not open_.directory.authenticates and open_.all() == (DEFAULT_TENANT,)
    tokens = Tenants.from_settings(None, ["s3cret"])
    assert tokens.by_token("s3cret") == DEFAULT_TENANT and tokens.by_token("nope") is None


def test_file_and_tokens_together_is_a_configuration_error(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(directory_text())
    with pytest.raises(TenantsConfigError, match="not both"):
        Tenants.from_settings(path, ["s3cret"])


def test_a_changed_file_is_reloaded_and_a_broken_one_keeps_the_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tenants_module, "CHECK_SECONDS", 0.0)
    path = tmp_path / "t.toml"
    path.write_text(directory_text())
    tenants = Tenants.from_settings(path, [])
    assert tenants.by_token("token-a") is not None

    # A Secret volume swaps a symlink: the new file replaces the old one whole.
    new = tmp_path / "t2.toml"
    new.write_text("[tenants.team-b]\ntokens = ['token-b']\n")
    os.replace(new, path)
    assert tenants.by_token("token-a") is None
    b = tenants.by_token("token-b")
    assert b is not None and b.id == "team-b"

    path.write_text("[tenants.team-b]\ntokens = 'not a list'\n")
    assert tenants.by_token("token-b") == b  # the broken file is not taken


def test_by_cert_names_takes_the_first_listed_name() -> None:
    tenants = Tenants(parse_tenants(directory_text(), "t"))
    found = tenants.by_cert_names(["unknown.example", "ops.internal"])
    assert found is not None and found.id == "ops"
    assert tenants.by_cert_names(["unknown.example"]) is None
