"""How long client connections live, and how dead ones are found: gRPC server options.

gRPC clients keep one HTTP/2 connection per server for as long as it works. Behind
a Kubernetes headless Service, a client that resolved three pods keeps those three
for ever, and pods the autoscaler adds get nothing. Ending each connection after
`max_age` (gRPC adds ±10 % jitter and sends GOAWAY, so calls in flight finish
within `grace`) makes clients re-resolve and reconnect, spreading load over the
replicas that exist now. Keepalive pings find connections that died without a
FIN (a node gone, a NAT entry expired) before a caller's deadline does, and the
ping policy lets clients send their own keepalive pings that often without being
disconnected for "too many pings".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from moderation.config import Settings


@dataclass(frozen=True, slots=True)
class ConnectionPolicy:
    """Connection lifetime and keepalive, in seconds; zero `max_age` keeps connections."""

    max_age: float = 300.0
    max_age_grace: float = 60.0
    keepalive_time: float = 60.0
    keepalive_timeout: float = 20.0
    min_client_ping_interval: float = 20.0

    @classmethod
    def from_settings(cls, settings: Settings) -> ConnectionPolicy:
        return cls(
            max_age=settings.max_connection_age_seconds,
            max_age_grace=settings.max_connection_age_grace_seconds,
            keepalive_time=settings.keepalive_time_seconds,
            keepalive_timeout=settings.keepalive_timeout_seconds,
            min_client_ping_interval=settings.keepalive_min_ping_interval_seconds,
        )

    def options(self) -> list[tuple[str, int]]:
        """The grpc.aio.server options that carry this policy."""
        out = [
            ("grpc.keepalive_time_ms", _ms(self.keepalive_time)),
            ("grpc.keepalive_timeout_ms", _ms(self.keepalive_timeout)),
            ("grpc.http2.min_ping_interval_without_data_ms", _ms(self.min_client_ping_interval)),
            ("grpc.keepalive_permit_without_calls", 1),
        ]
        if self.max_age > 0:
            out += [
                ("grpc.max_connection_age_ms", _ms(self.max_age)),
                ("grpc.max_connection_age_grace_ms", _ms(self.max_age_grace)),
            ]
        return out


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))
