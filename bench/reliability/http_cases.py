"""The bad_inputs cases of the HTTP port: each peer's own error format and status.

An OpenAI caller must get `{"error": {"message", "type", "param", "code"}}`, a
Perspective caller Google's `{"error": {"code", "message", "status"}}`, a caller
of moderation.v1 as JSON a `google.rpc.Status`; each with the HTTP status
docs/http.md documents.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

from bench.reliability.harness import AUTH_TOKEN, Stack

OPENAI = "/v1/moderations"
PERSPECTIVE = "/v1alpha1/comments:analyze"
MODERATE = "/v1/moderate"


def _shape_ok(path: str, body: Any) -> bool:
    """Whether `body` is the error format the peer at `path` uses."""
    if path == OPENAI:
        error = body.get("error") if isinstance(body, dict) else None
        return isinstance(error, dict) and set(error) == {"message", "type", "param", "code"}
    if path.startswith(PERSPECTIVE):
        error = body.get("error") if isinstance(body, dict) else None
        return isinstance(error, dict) and {"code", "message", "status"} <= set(error)
    return isinstance(body, dict) and isinstance(body.get("code"), int) and "message" in body


def post(
    path: str, body: bytes | Any, token: str = AUTH_TOKEN
) -> Callable[[Stack], Awaitable[tuple[str, str]]]:
    """A case's call: POST `body` (JSON unless bytes); returns ("HTTP <status>", a note)."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()

    async def call(s: Stack) -> tuple[str, str]:
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        timeout = aiohttp.ClientTimeout(total=30)
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.post(s.http_base + path, data=data, headers=headers) as response,
        ):
            text = await response.text()
        try:
            answer = json.loads(text)
        except ValueError:
            return f"HTTP {response.status}", "body not JSON"
        if not _shape_ok(path, answer):
            return f"HTTP {response.status}", "not the peer's error format"
        error = answer.get("error", answer)
        tag = error.get("code") if path == OPENAI else error.get("status", error.get("code"))
        return f"HTTP {response.status}", f"{tag}"

    return call


def openai_input(value: Any) -> dict[str, Any]:
    return {"model": "omni-moderation-latest", "input": value}


def image_part(url: str) -> list[dict[str, Any]]:
    return [{"type": "image_url", "image_url": {"url": url}}]


# (name, expected, call, expected status, expected note)
def cases(max_items: int, max_body: int) -> list[tuple[str, str, Any, str, str]]:
    bad_request = ("HTTP 400", "invalid_value")
    return [
        ("HTTP openai: not JSON", "400 OpenAI error", post(OPENAI, b"{nope"), *bad_request),
        (
            "HTTP openai: input of the wrong type",
            "400 OpenAI error",
            post(OPENAI, openai_input(42)),
            *bad_request,
        ),
        (
            f"HTTP openai: {max_items + 1} inputs",
            "400 OpenAI error",
            post(OPENAI, openai_input(["hello"] * (max_items + 1))),
            *bad_request,
        ),
        (
            "HTTP openai: data URL that is not an image",
            "400 OpenAI error",
            post(OPENAI, openai_input(image_part("data:text/plain;base64,aGVsbG8="))),
            *bad_request,
        ),
        (
            "HTTP openai: https image URL (not allowed)",
            "400 OpenAI error",
            post(OPENAI, openai_input(image_part("https://example.com/cat.png"))),
            *bad_request,
        ),
        (
            "HTTP openai: body over the limit",
            "413 OpenAI error",
            post(OPENAI, openai_input("x" * (max_body + 1))),
            "HTTP 413",
            "request_too_large",
        ),
        (
            "HTTP openai: wrong key",
            "401 OpenAI error",
            post(OPENAI, openai_input("hello"), token="wrong"),
            "HTTP 401",
            "invalid_api_key",
        ),
        (
            "HTTP perspective: not JSON",
            "400 Google error",
            post(PERSPECTIVE, b"[", token=AUTH_TOKEN),
            "HTTP 400",
            "INVALID_ARGUMENT",
        ),
        (
            "HTTP perspective: unknown attribute",
            "400 Google error",
            post(
                PERSPECTIVE,
                {"comment": {"text": "hi"}, "requestedAttributes": {"FLIRTATION": {}}},
            ),
            "HTTP 400",
            "INVALID_ARGUMENT",
        ),
        (
            "HTTP JSON Moderate: no items",
            "400 google.rpc.Status",
            post(MODERATE, {"items": []}),
            "HTTP 400",
            "3",
        ),
    ]
