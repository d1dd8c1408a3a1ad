"""Perspective API's `POST /v1alpha1/comments:analyze`, for callers leaving Perspective.

Each requested attribute is scored from the policy's categories (the highest
score among those listed in `ATTRIBUTES`; a policy without any of them scores
0). `detectedLanguages` is the language the verdict names (none when it is
undetermined); `languages` echoes the caller's, else the detected one, as
Perspective does. `doNotStore` judges the comment
without the verdict cache (nothing read, nothing written, no sharing with
identical comments in flight); comments are never logged either way.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from moderation.domain import Item, ItemError, TextContent, Verdict
from moderation.errors import ModerationError
from moderation.http.gate import (
    POLICY_HEADER,
    HttpProblem,
    Problem,
    answer_json,
    bearer,
    deadline_from,
    moderate,
    problem_for,
    read_json,
    retry_headers,
    tenant_for,
)
from moderation.http.state import HttpState
from moderation.language import UNDETERMINED

METHOD = "PerspectiveAnalyze"
# Each Perspective attribute, and the policy categories whose highest score answers it.
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "TOXICITY": (
        "harassment",
        "harassment/threatening",
        "hate",
        "hate/threatening",
        "violence",
        "sexual",
        "self-harm",
        "profanity",
    ),
    "SEVERE_TOXICITY": ("harassment/threatening", "hate/threatening", "violence/graphic"),
    "IDENTITY_ATTACK": ("hate", "hate/threatening"),
    "INSULT": ("harassment",),
    "PROFANITY": ("profanity", "harassment"),
    "THREAT": ("harassment/threatening", "hate/threatening", "violence", "illicit/violent"),
    "SEXUALLY_EXPLICIT": ("sexual", "sexual/minors"),
}
_STATUS_NAME = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 413: "INVALID_ARGUMENT"}


def error_response(problem: HttpProblem) -> web.Response:
    """Google APIs' error body, as Perspective answers it."""
    body = {
        "error": {
            "code": problem.status,
            "message": problem.message,
            "status": _STATUS_NAME.get(problem.status, problem.code.name),
        }
    }
    headers = retry_headers(problem.retry_after)
    return web.json_response(body, status=problem.status, headers=headers)


async def handle(request: web.Request) -> web.Response:
    return await answer_json(request, METHOD, _answer, error_response)


async def _answer(request: web.Request, state: HttpState) -> dict[str, Any]:
    token = request.query.get("key", "") or bearer(request.headers)
    tenant = tenant_for(state.tenants, token)
    body = await read_json(request)
    if not isinstance(body, dict):
        raise HttpProblem(Problem.BAD_INPUT, "the request body must be a JSON object")
    comment = body.get("comment")
    text = comment.get("text") if isinstance(comment, dict) else None
    if not isinstance(text, str) or not text:
        raise HttpProblem(Problem.BAD_INPUT, "comment.text must be a non-empty string")
    requested = body.get("requestedAttributes")
    if not isinstance(requested, dict) or not requested:
        raise HttpProblem(Problem.BAD_INPUT, "requestedAttributes must name at least one attribute")
    unknown = [a for a in requested if a not in ATTRIBUTES]
    if unknown:
        raise HttpProblem(Problem.BAD_INPUT, f"Requested attribute {unknown[0]} is not supported")
    languages = body.get("languages") or []
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        raise HttpProblem(Problem.BAD_INPUT, "languages must be an array of strings")
    store = body.get("doNotStore") is not True
    policy_id = request.headers.get(POLICY_HEADER, "")
    try:
        [outcome] = await moderate(
            state.servicer,
            tenant,
            [Item("comment", TextContent(text))],
            policy_id,
            deadline_from(request.headers),
            METHOD,
            store=store,
        )
    except ModerationError as exc:
        raise problem_for(exc) from None
    if isinstance(outcome, ItemError):
        raise HttpProblem(Problem.UNAVAILABLE, outcome.message, retry_after=1.0)
    scores = _scores(outcome)
    attribute_scores = {}
    for name in requested:
        value = max((scores.get(c, 0.0) for c in ATTRIBUTES[name]), default=0.0)
        score = {"value": value, "type": "PROBABILITY"}
        attribute_scores[name] = {
            "spanScores": [{"begin": 0, "end": len(text), "score": score}],
            "summaryScore": score,
        }
    detected = [] if outcome.language in (UNDETERMINED, "") else [outcome.language]
    answer: dict[str, Any] = {
        "attributeScores": attribute_scores,
        "languages": languages or detected,
        "detectedLanguages": detected,
    }
    if isinstance(body.get("clientToken"), str):
        answer["clientToken"] = body["clientToken"]
    return answer


def _scores(verdict: Verdict) -> dict[str, float]:
    return {c.category: c.score for c in verdict.categories}
