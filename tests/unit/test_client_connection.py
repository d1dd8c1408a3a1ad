"""How the Python client resolves its connection: arguments over environment over defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from moderation_client.channel import DEFAULT_TARGET, Connection

ENV = {
    "MODERATION_TARGET": "dns:///moderation.svc:50051",
    "MODERATION_TOKEN": "from-env",
    "MODERATION_CA_FILE": "/etc/ca.pem",
    "MODERATION_CERT_FILE": "/etc/client.pem",
    "MODERATION_KEY_FILE": "/etc/client.key",
}


def test_defaults_are_plaintext_to_localhost_without_a_token() -> None:
    connection = Connection.resolve(env={})
    assert connection == Connection(target=DEFAULT_TARGET)
    assert connection.metadata() == ()
    assert connection.credentials() is None


def test_the_environment_fills_what_arguments_leave_out() -> None:
    connection = Connection.resolve(env=ENV)
    assert connection.target == "dns:///moderation.svc:50051"
    assert connection.metadata() == (("authorization", "Bearer from-env"),)
    assert connection.tls  # a CA file turns TLS on
    assert connection.cert_file == Path("/etc/client.pem")


def test_arguments_win_over_the_environment() -> None:
    connection = Connection.resolve("localhost:1", token="from-arg", ca_file="/tmp/ca.pem", env=ENV)
    assert connection.target == "localhost:1"
    assert connection.metadata() == (("authorization", "Bearer from-arg"),)
    assert connection.ca_file == Path("/tmp/ca.pem")


def test_an_empty_token_argument_sends_none_even_with_one_in_the_environment() -> None:
    assert Connection.resolve(token="", env=ENV).metadata() == ()


def test_tls_with_the_system_roots_needs_no_file() -> None:
    assert Connection.resolve(tls=True, env={}).credentials() is not None
    assert Connection.resolve(env={"MODERATION_TLS": "yes"}).tls


@pytest.mark.parametrize(
    "given", [{"cert_file": "/etc/client.pem"}, {"key_file": "/etc/client.key"}]
)
def test_a_client_certificate_without_its_key_is_refused(given: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="needs its key"):
        Connection.resolve(env={}, **given)  # type: ignore[arg-type]
