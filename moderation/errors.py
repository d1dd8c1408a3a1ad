"""Errors the engine raises for whole requests; the transport maps them to gRPC codes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldViolation:
    """Which field of the request is wrong, and why (google.rpc.BadRequest shape)."""

    field: str
    description: str


class ModerationError(Exception):
    """Base of the errors callers can see."""


class InvalidArgument(ModerationError):
    """The request is malformed; lists every field at fault."""

    def __init__(self, violations: list[FieldViolation]) -> None:
        self.violations = violations
        super().__init__("; ".join(f"{v.field}: {v.description}" for v in violations))


class PolicyNotFound(InvalidArgument):
    def __init__(self, policy_id: str, field: str = "policy_id") -> None:
        self.policy_id = policy_id
        super().__init__([FieldViolation(field, f"unknown policy {policy_id!r}")])


class Overloaded(ModerationError):
    """The server is full (queue, calls or bytes); retry with backoff (RESOURCE_EXHAUSTED)."""

    def __init__(self, message: str, retry_after: float = 1.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class UpstreamUnavailable(ModerationError):
    """The model is unreachable and no fallback is configured (UNAVAILABLE)."""
