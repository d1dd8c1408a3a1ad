from __future__ import annotations

import dataclasses

import pytest

from moderation.config import Settings, build_parser, env_name
from tests.docs_tables import first_column_names


def documented_settings() -> set[str]:
    """The variables named in the first column of the configuration table, one row or more each."""
    return first_column_names("Configuration", r"`([A-Z][A-Z0-9_]+)`")


def test_flags_win_over_the_environment_and_lists_split_on_commas() -> None:
    env = {"MODERATION_PORT": "6000", "MODERATION_MODELS": "a, b", "ANTHROPIC_API_KEY": "k"}
    settings = Settings.load(["--port", "7000", "--max-wait-ms", "2.5"], env)
    assert settings.port == 7000
    assert settings.models == ["a", "b"]
    assert settings.max_wait_ms == 2.5
    assert settings.anthropic_api_key == "k"
    assert settings.describe()["anthropic_api_key"] == "***"


def test_unset_means_default() -> None:
    assert Settings.load([], {}) == Settings()
    assert Settings.load([], {"MODERATION_PORT": ""}).port == Settings().port


def test_a_malformed_value_is_refused() -> None:
    with pytest.raises(ValueError):
        Settings.load(["--port", "many"], {})


def test_every_setting_has_a_flag_and_a_row_in_the_configuration_table() -> None:
    documented = documented_settings()
    flags = build_parser().format_help()
    names = set()
    for f in dataclasses.fields(Settings):
        name = env_name(f.name)
        names.add(name)
        assert "--" + f.name.replace("_", "-") in flags
        assert name in documented, f"{name} is not in docs/operations.md's configuration table"
    # And no row documents a setting that does not exist (renamed or removed).
    assert documented <= names, documented - names


def test_a_boolean_setting_must_say_yes_or_no() -> None:
    assert Settings.load([], {"MODERATION_TLS_REQUIRE_CLIENT_CERT": "true"}).tls_require_client_cert
    assert not Settings.load(["--tls-require-client-cert", "0"], {}).tls_require_client_cert
    with pytest.raises(ValueError, match="not a boolean"):
        Settings.load([], {"MODERATION_TLS_REQUIRE_CLIENT_CERT": "required"})


def test_secrets_are_masked_in_the_description() -> None:
    described = Settings(
        cache_hmac_key="k3y", redis_url="rediss://moderation:pa55@redis:6379/0"
    ).describe()
    assert described["cache_hmac_key"] == "***"
    assert "pa55" not in described["redis_url"]
    assert described["redis_url"] == "rediss://***@redis:6379/0"


def test_a_job_batch_is_first_polled_within_seconds() -> None:
    """A small batch ends within a minute; its job's counts move only when it is polled."""
    settings = Settings()
    assert settings.jobs_poll_seconds <= 5
    assert settings.jobs_poll_max_seconds >= 60 * settings.jobs_poll_seconds  # then backs off
