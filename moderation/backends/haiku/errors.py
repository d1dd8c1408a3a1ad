"""What kind of failure a Messages API call (or its answer) is: one `ErrorKind` each.

The backend raises, and the `ResilientBackend` (or the jobs executor, by the same
rules) decides what to do; nothing here retries.

Billing: the API refuses to bill in several forms: 402 ``billing_error``, 400
``invalid_request_error`` "Your credit balance is too low ...", and 429 with
``error.details.error_code`` ``enforced_spend_limit_reached`` or
``contract_spend_limit_reached`` (402 ``linked_organization_spend_limit_reached``
for linked organisations). Waiting does not lift any of them: they are one kind
(BILLING), never retried.

An answer is a failure too when it broke (an id out of its turn or repeated, a
verdict past its bound), was refused by the API's classifiers, is not the JSON asked
for, or was cut off at ``max_tokens`` (`check_answer`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

import anthropic

from moderation.backends.haiku.answer import Answer
from moderation.observability import Metrics
from moderation.upstream.errors import ErrorKind, UpstreamError

log = logging.getLogger(__name__)

SPEND_LIMIT_CODES = frozenset(
    {
        "enforced_spend_limit_reached",
        "contract_spend_limit_reached",
        "linked_organization_spend_limit_reached",
    }
)
# A 400 whose message says the organisation cannot be billed now.
CREDIT_MESSAGES = ("credit balance is too low", "spend limit", "usage limits")

APIError = anthropic.APIStatusError | anthropic.APIConnectionError


def error_kind(exc: APIError) -> ErrorKind:
    """The kind of a failed Messages API call, by status and error type."""
    # No answer at all (connection dropped, timed out): the next try may work.
    if isinstance(exc, anthropic.APIConnectionError):
        return ErrorKind.TRANSIENT
    # Spend limits arrive as 429 (402 for linked organisations); waiting does not lift them.
    if exc.error_code in SPEND_LIMIT_CODES:
        return ErrorKind.BILLING
    status, kind = exc.status_code, exc.type
    message = api_message(exc).lower()
    # Billing refused (402 billing_error), or a 400 saying the credit balance is too low.
    if status == 402 or kind == "billing_error":
        return ErrorKind.BILLING
    if status == 400 and any(m in message for m in CREDIT_MESSAGES):
        return ErrorKind.BILLING
    # The body is over the API's size limit: smaller requests will pass.
    if status == 413:
        return ErrorKind.TOO_LARGE
    # A 400 naming one image block: that image is refused, not the request.
    if status == 400 and ".image" in message and "messages." in message:
        return ErrorKind.IMAGE_REJECTED
    # An error event inside a 200 stream: overloaded_error is load, anything else a glitch.
    if status == 200:
        if kind in ("overloaded_error", "rate_limit_error"):
            return ErrorKind.OVERLOADED
        return ErrorKind.TRANSIENT
    # Rate limited (429) or the API overloaded (529): backpressure.
    if status in (429, 529):
        return ErrorKind.OVERLOADED
    # Request timeout (408) and lock conflicts (409) are retried, as the SDK does.
    if status in (408, 409):
        return ErrorKind.TRANSIENT
    # Server errors.
    if status >= 500:
        return ErrorKind.TRANSIENT
    # A refused key (401) or permission (403): the operator must act.
    if status in (401, 403):
        return ErrorKind.DENIED
    # Any other 4xx (400, 422): the API refuses the request this service built.
    return ErrorKind.REJECTED


def result_error_kind(kind: str, message: str) -> ErrorKind:
    """The kind of a Message Batches request that came back ``errored`` (an error type and
    message, no status): as `error_kind` would say of the same error in a live call.

    Whatever is not the request's own fault (a server error, an unknown type) is TRANSIENT:
    the request goes again; one the API refuses as built is REJECTED.
    """
    lowered = message.lower()
    if kind == "billing_error" or any(m in lowered for m in CREDIT_MESSAGES):
        return ErrorKind.BILLING
    if kind == "request_too_large":
        return ErrorKind.TOO_LARGE
    if ".image" in lowered and "messages." in lowered:
        return ErrorKind.IMAGE_REJECTED
    if kind in ("overloaded_error", "rate_limit_error"):
        return ErrorKind.OVERLOADED
    if kind in ("authentication_error", "permission_error"):
        return ErrorKind.DENIED
    if kind == "invalid_request_error":
        return ErrorKind.REJECTED
    # api_error, not_found_error (the next send names the model chosen then), anything new.
    return ErrorKind.TRANSIENT


def upstream_error(exc: APIError, model: str) -> UpstreamError:
    """The `UpstreamError` of a failed call, with the upstream's wait hint and request id."""
    headers = headers_of(exc)
    return UpstreamError(
        error_kind(exc),
        describe(exc, model),
        retry_after=retry_after(headers),
        request_id=getattr(exc, "request_id", None) or "",
    )


def retry_after(headers: Mapping[str, str] | None) -> float | None:
    """The upstream's own wait hint, in seconds (``retry-after-ms`` wins over ``retry-after``)."""
    if not headers:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw is None:
            continue
        try:
            value = float(raw) * scale
        except ValueError:
            continue
        if value >= 0:
            return value
    return None


def headers_of(exc: Exception) -> Mapping[str, str] | None:
    response = getattr(exc, "response", None)
    return response.headers if response is not None else None


def api_message(exc: APIError) -> str:
    if isinstance(exc, anthropic.APIStatusError):
        return exc.api_message or exc.message or ""
    return exc.message or ""


def describe(exc: Exception, model: str) -> str:
    """One line for logs and errors: the model, the status, the type and the API's message."""
    if isinstance(exc, anthropic.APITimeoutError):
        return f"{model}: request timed out"
    if isinstance(exc, anthropic.APIConnectionError):
        return f"{model}: connection error ({exc.message})"
    if isinstance(exc, anthropic.APIStatusError):
        code = f" {exc.error_code}" if exc.error_code else ""
        message = exc.api_message or exc.message
        return f"{model}: HTTP {exc.status_code} {exc.type or ''}{code}: {message}"
    return f"{model}: {exc}"


def outcome(exc: Exception) -> str:
    """How a call failed, for the latency histogram's label and the span's status."""
    if isinstance(exc, UpstreamError):
        return exc.kind.value
    if isinstance(exc, anthropic.NotFoundError):
        return "not_found"  # the model is gone; the backend moves along its list
    if isinstance(exc, anthropic.APIStatusError | anthropic.APIConnectionError):
        return error_kind(exc).value
    return ErrorKind.INTERNAL.value


def check_answer(
    answer: Answer,
    model: str,
    malformed: str,
    metrics: Metrics,
    refused: UpstreamError | None = None,
) -> UpstreamError | None:
    """Count what was wrong with an answer; the one error that says what to ask again.

    A broken answer comes first (an id out of its turn, repeated, or a verdict past its
    bound): the items around the break are asked again alone (CONFLICT), the rest
    together, whatever else went wrong after it (the stream was closed at the break).
    Then a refusal (`refused`, the API's classifiers stopped the answer), then the rest.
    """
    problems = metrics.answer_problems
    if answer.unknown_ids:
        problems.labels("unknown_id").inc(answer.unknown_ids)
    if answer.invalid:
        problems.labels("invalid_verdict").inc(answer.invalid)
    pending = answer.conflicts - answer.released
    if answer.broken is not None:
        problems.labels(answer.broken.value).inc()
        log.warning(
            "the model's answer broke (%s); %d item(s) asked again alone, the rest together",
            answer.broken.value,
            len(pending),
        )
        return UpstreamError(
            ErrorKind.CONFLICT,
            f"{model}: answer broken ({answer.broken.value})",
            ids=sorted(pending),
        )
    if refused is not None:
        return refused
    if malformed:
        return UpstreamError(ErrorKind.MALFORMED, f"{model}: {malformed}")
    if answer.stop_reason == "max_tokens":
        return UpstreamError(ErrorKind.TRUNCATED, f"{model}: answer cut off at max_tokens")
    if not answer.scanner.complete:
        return UpstreamError(ErrorKind.MALFORMED, f"{model}: the answer ended before its JSON")
    return None


def refusal(answer: Answer, ids: Sequence[str], model: str, details: Any) -> UpstreamError | None:
    """A refused answer (``stop_reason: "refusal"``) as the error naming the item it stopped
    at: the one whose turn it was (the first unanswered one when the answer had broken)."""
    if answer.stop_reason != "refusal":
        return None
    stopped_at = refused_item(answer, ids)
    return UpstreamError(
        ErrorKind.REFUSED,
        f"{model}: the answer was refused at item {stopped_at} ({describe_refusal(details)})",
        ids=[stopped_at] if stopped_at else [],
    )


def refused_item(answer: Answer, ids: Sequence[str]) -> str:
    """The item a refused answer stopped at: the one whose turn it was (the first
    unanswered one when the answer had broken)."""
    if answer.stop_reason != "refusal" or not ids:
        return ""
    if answer.broken is None and (turn := answer.next_id()) is not None:
        return turn
    answered = answer.answered
    return next((i for i in ids if i not in answered), "")


def describe_refusal(details: Any) -> str:
    """The refusal's category and explanation, as the API's stop_details give them."""
    if details is None:
        return "no details"
    category = getattr(details, "category", None) or "no category"
    explanation = getattr(details, "explanation", None) or ""
    return f"{category}: {explanation}" if explanation else category
