"""How a client reaches the service: target, TLS or mTLS, bearer token, balancing, retries.

Each setting comes from the client's arguments, else from the environment
(`MODERATION_TARGET`, `MODERATION_TOKEN`, `MODERATION_CA_FILE`, ...), so one
deployment's settings serve the library, the CLI and scripts alike, and a token
need not appear on a command line.

The default service config spreads calls over every address the name resolves
to (`round_robin`, not gRPC's `pick_first`), and retries calls refused with
UNAVAILABLE (a replica going away) or RESOURCE_EXHAUSTED (a replica full); the
server sends `grpc-retry-pushback-ms`, which gRPC's retry honours, so a retry
waits as long as the server asked. Retry throttling stops retries when most
calls fail, so an overloaded fleet is not hit twice as hard.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc

DEFAULT_TARGET = "localhost:50051"
SERVICE = "moderation.v1.ModerationService"

ENV_TARGET = "MODERATION_TARGET"
ENV_TOKEN = "MODERATION_TOKEN"
ENV_TLS = "MODERATION_TLS"
ENV_CA_FILE = "MODERATION_CA_FILE"
ENV_CERT_FILE = "MODERATION_CERT_FILE"
ENV_KEY_FILE = "MODERATION_KEY_FILE"
ENV_SERVER_NAME = "MODERATION_SERVER_NAME"

# At most 4 attempts per call; moderation is idempotent (the same content gets the same
# verdict), so every method may be retried. Throttling: retries stop while more than about
# one call in ten fails, and resume as calls succeed again.
SERVICE_CONFIG: dict[str, Any] = {
    "loadBalancingConfig": [{"round_robin": {}}],
    "methodConfig": [
        {
            "name": [{"service": SERVICE}],
            "retryPolicy": {
                "maxAttempts": 4,
                "initialBackoff": "0.2s",
                "maxBackoff": "5s",
                "backoffMultiplier": 2,
                "retryableStatusCodes": ["UNAVAILABLE", "RESOURCE_EXHAUSTED"],
            },
        }
    ],
    "retryThrottling": {"maxTokens": 10, "tokenRatio": 0.1},
}
# Keepalive pings while calls are open, so a long stream notices a vanished server. The
# server accepts client pings every 20 s or more (MODERATION_KEEPALIVE_MIN_PING_INTERVAL_SECONDS).
CHANNEL_OPTIONS: list[tuple[str, Any]] = [
    ("grpc.service_config", json.dumps(SERVICE_CONFIG)),
    ("grpc.enable_retries", 1),
    ("grpc.keepalive_time_ms", 60_000),
    ("grpc.keepalive_timeout_ms", 20_000),
]

_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True, slots=True)
class Connection:
    """Where the service is and how to prove who we are to it."""

    target: str = DEFAULT_TARGET
    token: str = ""
    tls: bool = False
    ca_file: Path | None = None
    cert_file: Path | None = None
    key_file: Path | None = None
    server_name: str = ""

    @classmethod
    def resolve(
        cls,
        target: str | None = None,
        *,
        token: str | None = None,
        tls: bool | None = None,
        ca_file: str | Path | None = None,
        cert_file: str | Path | None = None,
        key_file: str | Path | None = None,
        server_name: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> Connection:
        """Arguments first, then the environment, then defaults (plaintext, no token).

        A CA file or a client certificate turns TLS on. A certificate without
        its key (or the reverse) is refused here rather than at the handshake.
        """
        env = os.environ if env is None else env

        def pick(value: str | Path | None, name: str) -> str:
            return str(value) if value is not None else env.get(name, "")

        ca, cert, key = (
            pick(ca_file, ENV_CA_FILE),
            pick(cert_file, ENV_CERT_FILE),
            pick(key_file, ENV_KEY_FILE),
        )
        if bool(cert) != bool(key):
            raise ValueError(
                f"a client certificate needs its key: give both cert_file and key_file "
                f"({ENV_CERT_FILE}, {ENV_KEY_FILE}) or neither"
            )
        use_tls = tls if tls is not None else env.get(ENV_TLS, "").strip().lower() in _TRUE
        return cls(
            target=pick(target, ENV_TARGET) or DEFAULT_TARGET,
            token=pick(token, ENV_TOKEN),
            tls=use_tls or bool(ca or cert),
            ca_file=Path(ca) if ca else None,
            cert_file=Path(cert) if cert else None,
            key_file=Path(key) if key else None,
            server_name=pick(server_name, ENV_SERVER_NAME),
        )

    def metadata(self) -> tuple[tuple[str, str], ...]:
        """Sent with every call: the bearer token, when there is one."""
        return (("authorization", f"Bearer {self.token}"),) if self.token else ()

    def credentials(self) -> grpc.ChannelCredentials | None:
        """TLS credentials (system roots unless a CA file is given), or None for plaintext."""
        if not self.tls:
            return None
        return grpc.ssl_channel_credentials(
            root_certificates=_read(self.ca_file),
            private_key=_read(self.key_file),
            certificate_chain=_read(self.cert_file),
        )

    def options(self) -> list[tuple[str, Any]]:
        """Channel options: the service config, keepalive, and a TLS name override if set."""
        options = list(CHANNEL_OPTIONS)
        if self.server_name:
            options.append(("grpc.ssl_target_name_override", self.server_name))
        return options

    def channel(self) -> grpc.Channel:
        credentials = self.credentials()
        if credentials is None:
            return grpc.insecure_channel(self.target, options=self.options())
        return grpc.secure_channel(self.target, credentials, options=self.options())

    def aio_channel(self) -> grpc.aio.Channel:
        credentials = self.credentials()
        if credentials is None:
            return grpc.aio.insecure_channel(self.target, options=self.options())
        return grpc.aio.secure_channel(self.target, credentials, options=self.options())


def _read(path: Path | None) -> bytes | None:
    return path.read_bytes() if path is not None else None
