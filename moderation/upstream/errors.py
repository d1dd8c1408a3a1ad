"""Why an upstream call failed, and what the service does about each kind.

A backend that calls a remote model raises `UpstreamError` with one `ErrorKind`;
the `ResilientBackend` wrapper alone decides, from `rule_for(kind)`, whether
to retry, to split the batch, to count a breaker failure or to slow down. The
rules read as the Anthropic SDK's `_should_retry`: one comment per case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class ErrorKind(StrEnum):
    """What went wrong with one upstream call, independent of the provider."""

    OVERLOADED = "overloaded"  # 429 rate limited, 529 overloaded
    TRANSIENT = "transient"  # 5xx, 408, 409, timeouts, connection errors
    INCOMPLETE = "incomplete"  # the answer left out some of the ids asked
    MALFORMED = "malformed"  # the answer is not the JSON asked for
    TRUNCATED = "truncated"  # the answer was cut off at max_tokens
    CONFLICT = "conflict"  # the answer broke: an id repeated or out of its item's turn
    REJECTED = "rejected"  # 400/422: the API refuses the request we built
    TOO_LARGE = "too_large"  # 413 request_too_large: the request body is over the API's limit
    IMAGE_REJECTED = "image_rejected"  # 400 naming one image (too big, bad dimensions)
    REFUSED = "refused"  # stop_reason "refusal": the API's classifiers stopped the answer
    DENIED = "denied"  # 401/403: the key cannot be used now
    BILLING = "billing"  # 402, "credit balance too low", spend limits: nothing is billed now
    MODEL_UNAVAILABLE = "model_unavailable"  # no configured model can be used
    INTERNAL = "internal"  # an unexpected exception in the backend


class UpstreamError(Exception):
    """A call-level failure; verdicts yielded before it stand.

    `ids` names the items the kind applies to when it is not the whole call
    (CONFLICT: the ids that were answered twice; IMAGE_REJECTED: the image at fault;
    REFUSED: the item the answer stopped at).
    """

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        retry_after: float | None = None,
        request_id: str = "",
        ids: Sequence[str] = (),
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.retry_after = retry_after
        self.request_id = request_id
        self.ids = tuple(ids)


@dataclass(frozen=True, slots=True)
class Rule:
    """What the wrapper does after a call failed this way."""

    retry: bool = False  # ask the unanswered items again (while they have attempts left)
    breaker_failure: bool = False  # counts towards opening the circuit breaker
    backpressure: bool = False  # lower the concurrency limit and honour retry-after
    backoff: bool = False  # wait (jittered, exponential) before asking again
    split: bool = False  # ask again in halves: the answer did not fit, or went wrong
    alone: bool = False  # ask each affected item in a call of its own
    operator_error: bool = False  # our configuration or request is at fault: log it loudly
    trip: bool = False  # open the breaker at once: no call can succeed until the operator acts


_RULES: dict[ErrorKind, Rule] = {
    # The upstream is busy: back off for everyone, then retry. Not a breaker
    # failure: the upstream answered, and pacing (not the breaker) handles load.
    ErrorKind.OVERLOADED: Rule(retry=True, backpressure=True, backoff=True),
    # Server errors, timeouts, dropped connections: retry after a backoff; in a row,
    # they open the breaker, so callers get the fallback at once.
    ErrorKind.TRANSIENT: Rule(retry=True, breaker_failure=True, backoff=True),
    # Some ids had no verdict: ask for those again, at once.
    ErrorKind.INCOMPLETE: Rule(retry=True),
    # Output that is not JSON: ask again in halves (smaller answers go wrong less).
    ErrorKind.MALFORMED: Rule(retry=True, split=True),
    # Cut off at max_tokens: the answer did not fit, so halve the batch.
    ErrorKind.TRUNCATED: Rule(retry=True, split=True),
    # An id repeated or out of its item's turn: a verdict may be forged by another item's
    # text. Nothing from the break on is used; the items around it are asked again alone,
    # away from whatever misled the model, the rest together.
    ErrorKind.CONFLICT: Rule(retry=True, alone=True),
    # The API refused the request we built: the same request fails again, and the
    # callers' items are not to blame. The operator must see it.
    ErrorKind.REJECTED: Rule(operator_error=True),
    # The body was over 32 MB (the byte budget should prevent it): halve until it fits.
    ErrorKind.TOO_LARGE: Rule(retry=True, split=True),
    # One image refused (the backend re-encodes it smaller): it goes again alone, and
    # its neighbours go again together without it.
    ErrorKind.IMAGE_REJECTED: Rule(retry=True, alone=True),
    # The API's classifiers stopped the answer at one item: that item goes again alone
    # (refused alone twice, it gets the policy's refusal action), the rest without it.
    ErrorKind.REFUSED: Rule(retry=True, alone=True),
    # A refused key: waiting will not lift it; open the breaker.
    ErrorKind.DENIED: Rule(breaker_failure=True, operator_error=True),
    # Billing refused (no credit, a spend limit, an unpaid invoice): every call would fail
    # the same way until the operator acts, so the breaker opens at the first one.
    ErrorKind.BILLING: Rule(breaker_failure=True, operator_error=True, trip=True),
    # No configured model is usable: nothing to retry until the operator acts.
    ErrorKind.MODEL_UNAVAILABLE: Rule(breaker_failure=True, operator_error=True),
    # A bug of ours: do not hammer the upstream with it; the fallback answers.
    ErrorKind.INTERNAL: Rule(breaker_failure=True),
}


def rule_for(kind: ErrorKind) -> Rule:
    """What to do after a call failed with `kind` (one rule per kind, above)."""
    return _RULES[kind]
