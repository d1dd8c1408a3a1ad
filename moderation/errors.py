"""Errors the engine raises for whole requests; the transport maps them to gRPC codes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldViolation:
    """Which field of the request is wrong, and why (google.rpc.BadRequest shape)."""

    field: str
    description: str


# Errors travel in gRPC trailing metadata, which clients cap (8 KiB by default before they
# complain): a caller's value is quoted cut short, and a message names the first fields only.
QUOTED_CHARS = 40
DESCRIPTION_CHARS = 300
MESSAGE_VIOLATIONS = 5


def quoted(value: str) -> str:
    """A caller's value for an error message: ASCII-escaped, and cut short if long."""
    if len(value) <= QUOTED_CHARS:
        return ascii(value)
    return f"{value[:QUOTED_CHARS]!a}... ({len(value)} characters)"


class ModerationError(Exception):
    """Base of the errors callers can see."""


class InvalidArgument(ModerationError):
    """The request is malformed; lists every field at fault."""

    def __init__(self, violations: list[FieldViolation]) -> None:
        self.violations = [
            FieldViolation(v.field, v.description[:DESCRIPTION_CHARS]) for v in violations
        ]
        named = "; ".join(
            f"{v.field}: {v.description}" for v in self.violations[:MESSAGE_VIOLATIONS]
        )
        more = len(violations) - MESSAGE_VIOLATIONS
        super().__init__(named if more <= 0 else f"{named}; and {more} more")


class PolicyNotFound(InvalidArgument):
    def __init__(self, policy_id: str, field: str = "policy_id") -> None:
        self.policy_id = policy_id
        super().__init__([FieldViolation(field, f"unknown policy {quoted(policy_id)}")])


class NotACandidate(ModerationError):
    """A promotion named a policy that is no shadow candidate, or one that changed since the
    version the caller reviewed (FAILED_PRECONDITION)."""

    def __init__(self, policy_id: str, message: str) -> None:
        super().__init__(message)
        self.policy_id = policy_id


class Overloaded(ModerationError):
    """The server is full (queue, calls or bytes); retry with backoff (RESOURCE_EXHAUSTED)."""

    def __init__(self, message: str, retry_after: float = 1.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class UpstreamUnavailable(ModerationError):
    """The model is unreachable and no fallback is configured (UNAVAILABLE)."""
