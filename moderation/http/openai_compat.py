"""OpenAI's `POST /v1/moderations`, as its official SDKs send and parse it.

`input` is a string, an array of strings (one result each), or an array of
multi-modal parts (one result for all of them): text parts and `image_url`
parts with a data URL, or an https URL when the operator allows fetching.
Each part is judged as its own item under the policy; a multi-modal input's
result is flagged when any part is, and scores the worse part. The policy's
categories answer the thirteen omni-moderation categories by name (the default
policy has all of them); categories it lacks answer false and 0, and a custom
policy's other categories are added beside them.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

from moderation.domain import ImageContent, Item, ItemError, Outcome, TextContent, Verdict
from moderation.errors import ModerationError, PolicyNotFound
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

METHOD = "OpenAIModerations"
OMNI_CATEGORIES = (
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/intent",
    "self-harm/instructions",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)
# OpenAI's error `type` and `code` for each kind of failure.
_ERROR_TYPE = {
    Problem.BAD_KEY: ("invalid_request_error", "invalid_api_key"),
    Problem.BAD_INPUT: ("invalid_request_error", "invalid_value"),
    Problem.TOO_LARGE: ("invalid_request_error", "request_too_large"),
    Problem.OVERLOADED: ("requests", "rate_limit_exceeded"),
    Problem.UNAVAILABLE: ("server_error", "service_unavailable"),
    Problem.DEADLINE: ("server_error", "timeout"),
    Problem.INTERNAL: ("server_error", "internal_error"),
}


@dataclass(frozen=True, slots=True)
class _Input:
    """One entry of `results`: the items it was split into, and the kind of each."""

    items: tuple[Item, ...]
    kinds: tuple[str, ...]


def error_response(problem: HttpProblem) -> web.Response:
    kind, code = _ERROR_TYPE[problem.kind]
    body = {
        "error": {
            "message": problem.message,
            "type": kind,
            "param": problem.param or None,
            "code": code,
        }
    }
    headers = retry_headers(problem.retry_after)
    return web.json_response(body, status=problem.status, headers=headers)


async def handle(request: web.Request) -> web.Response:
    return await answer_json(request, METHOD, _answer, error_response)


async def _answer(request: web.Request, state: HttpState) -> dict[str, Any]:
    tenant = tenant_for(state.tenants, bearer(request.headers))
    body = await read_json(request)
    if not isinstance(body, dict):
        raise HttpProblem(Problem.BAD_INPUT, "the request body must be a JSON object")
    model = body.get("model")
    if model is not None and not isinstance(model, str):
        raise HttpProblem(Problem.BAD_INPUT, "model must be a string", "model")
    policy_id = _policy_id(state, request.headers.get(POLICY_HEADER, ""), model or "")
    inputs = await _inputs(state, body.get("input"))
    items = [item for i in inputs for item in i.items]
    try:
        outcomes = await moderate(
            state.servicer, tenant, items, policy_id, deadline_from(request.headers), METHOD
        )
    except ModerationError as exc:
        problem = problem_for(exc)
        if problem.kind is Problem.BAD_INPUT:
            problem.param = "input"
        raise problem from None
    policy = state.servicer.engine.policies.get(policy_id)
    results, at = [], 0
    for entry in inputs:
        results.append(_result(outcomes[at : at + len(entry.items)], entry.kinds))
        at += len(entry.items)
    return {"id": f"modr-{uuid.uuid4().hex}", "model": model or policy.id, "results": results}


def _policy_id(state: HttpState, header: str, model: str) -> str:
    """The header's policy, else `model` when it names a policy, else the default."""
    registry = state.servicer.engine.policies
    if header:
        try:
            return registry.get(header).id
        except PolicyNotFound:
            raise HttpProblem(
                Problem.BAD_INPUT, f"no policy {header!r} (X-Moderation-Policy)", "model"
            ) from None
    if model and any(p.id == model for p in registry.all()):
        return model
    return ""


async def _inputs(state: HttpState, value: Any) -> list[_Input]:
    if isinstance(value, str):
        return [_Input((Item("0", TextContent(value)),), ("text",))]
    if not isinstance(value, list) or not value:
        raise HttpProblem(
            Problem.BAD_INPUT,
            "input must be a string, an array of strings or an array of multi-modal parts",
            "input",
        )
    if all(isinstance(v, str) for v in value):
        return [_Input((Item(str(i), TextContent(v)),), ("text",)) for i, v in enumerate(value)]
    if not all(isinstance(v, dict) for v in value):
        raise HttpProblem(
            Problem.BAD_INPUT, "input must not mix strings and multi-modal parts", "input"
        )
    items, kinds = [], []
    for i, part in enumerate(value):
        where = f"input[{i}]"
        kind = part.get("type")
        if kind == "text" and isinstance(part.get("text"), str):
            items.append(Item(str(i), TextContent(part["text"])))
        elif kind == "image_url" and isinstance(part.get("image_url"), dict):
            url = part["image_url"].get("url")
            if not isinstance(url, str):
                raise HttpProblem(Problem.BAD_INPUT, "image_url.url must be a string", where)
            items.append(Item(str(i), await _image(state, url, where)))
        else:
            raise HttpProblem(
                Problem.BAD_INPUT,
                'each part must be {"type": "text", "text": ...} or '
                '{"type": "image_url", "image_url": {"url": ...}}',
                where,
            )
        kinds.append("text" if kind == "text" else "image")
    return [_Input(tuple(items), tuple(kinds))]


async def _image(state: HttpState, url: str, where: str) -> ImageContent:
    if url.startswith("data:"):
        return _data_url(url, where)
    if url.startswith("https://"):
        if not state.image_urls:
            raise HttpProblem(
                Problem.BAD_INPUT,
                "this server accepts images only as data: URLs (https URLs are not enabled)",
                where,
            )
        return await _fetch(state, url, where)
    raise HttpProblem(Problem.BAD_INPUT, "an image URL must be a data: or https: URL", where)


def _data_url(url: str, where: str) -> ImageContent:
    header, comma, payload = url[5:].partition(",")
    media_type, _, encoding = header.partition(";")
    if not comma or encoding != "base64" or not media_type.startswith("image/"):
        raise HttpProblem(
            Problem.BAD_INPUT, "an image data URL must be data:image/<type>;base64,<data>", where
        )
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise HttpProblem(Problem.BAD_INPUT, "the data URL is not valid base64", where) from None
    return ImageContent(data, media_type)


async def _fetch(state: HttpState, url: str, where: str) -> ImageContent:
    """Fetch an https image, within the image size limit and the fetch time limit."""
    limit = state.max_image_bytes
    timeout = aiohttp.ClientTimeout(total=state.image_fetch_seconds)
    try:
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.get(url, allow_redirects=False, ssl=state.fetch_ssl or True) as response,
        ):
            media_type = response.content_type
            if response.status != 200 or not media_type.startswith("image/"):
                raise HttpProblem(
                    Problem.BAD_INPUT,
                    f"the image URL answered {response.status} {media_type}, not an image",
                    where,
                )
            too_large = HttpProblem(
                Problem.BAD_INPUT, f"the image is larger than {limit} bytes", where
            )
            if (response.content_length or 0) > limit:
                raise too_large
            data = bytearray()
            async for chunk in response.content.iter_chunked(64 * 1024):
                data += chunk
                if len(data) > limit:  # stop reading: a server may lie about its length
                    raise too_large
    except (aiohttp.ClientError, TimeoutError):
        raise HttpProblem(Problem.BAD_INPUT, "the image URL could not be fetched", where) from None
    return ImageContent(bytes(data), media_type)


def _result(outcomes: Sequence[Outcome], kinds: Sequence[str]) -> dict[str, Any]:
    """One OpenAI result from the verdicts on one input's parts."""
    errors = [o for o in outcomes if isinstance(o, ItemError)]
    if errors:
        raise HttpProblem(Problem.UNAVAILABLE, errors[0].message, retry_after=1.0)
    flagged: dict[str, bool] = dict.fromkeys(OMNI_CATEGORIES, False)
    scores: dict[str, float] = dict.fromkeys(OMNI_CATEGORIES, 0.0)
    applied: dict[str, list[str]] = {c: [] for c in OMNI_CATEGORIES}
    any_flagged = False
    for outcome, kind in zip(outcomes, kinds, strict=True):
        assert isinstance(outcome, Verdict)
        any_flagged = any_flagged or outcome.flagged
        for c in outcome.categories:
            flagged[c.category] = flagged.get(c.category, False) or c.flagged
            scores[c.category] = max(scores.get(c.category, 0.0), c.score)
            kinds_of = applied.setdefault(c.category, [])
            if kind not in kinds_of:
                kinds_of.append(kind)
    return {
        "flagged": any_flagged,
        "categories": flagged,
        "category_scores": scores,
        "category_applied_input_types": applied,
    }
