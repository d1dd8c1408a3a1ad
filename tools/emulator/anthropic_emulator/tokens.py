"""Token counts and prompt-cache accounting the way the Messages API documents them.

Counts are an approximation, stated so figures can be read correctly: text
costs one token per 4 characters (rounded up, per block), an image costs
width × height / 750 tokens, a tool definition or output schema costs its
compact JSON at 4 characters per token. The real tokenizer differs; the
relative figures (cache hit rate, tokens per item) are what matter.

Cache rules followed (Anthropic "Prompt caching" docs): the cacheable prefix
is tools, then system, then messages, up to and including a block marked with
``cache_control`` (or the last block, for the top-level ``cache_control``).
A prefix shorter than the model's minimum cacheable length is never cached,
silently. An identical prefix seen within its TTL is read from the cache
(``cache_read_input_tokens``) and its TTL is refreshed; otherwise a prefix at
or above the minimum is written (``cache_creation_input_tokens``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

CHARS_PER_TOKEN = 4
IMAGE_PIXELS_PER_TOKEN = 750
TTL_SECONDS = {"5m": 300.0, "1h": 3600.0}


def text_tokens(text: str) -> int:
    return math.ceil(len(text) / CHARS_PER_TOKEN)


def json_tokens(value: Any) -> int:
    return text_tokens(json.dumps(value, separators=(",", ":"), sort_keys=True))


def image_size(block: Mapping[str, Any]) -> tuple[int, int]:
    """(width, height) of a base64 image block; (0, 0) when it cannot be read."""
    source = block.get("source") or {}
    try:
        data = base64.b64decode(str(source.get("data", "")), validate=True)
        with Image.open(io.BytesIO(data)) as img:
            return img.size
    except (binascii.Error, OSError, ValueError):
        return (0, 0)


def block_tokens(block: Mapping[str, Any]) -> int:
    kind = block.get("type")
    if kind == "text":
        return text_tokens(str(block.get("text", "")))
    if kind == "image":
        w, h = image_size(block)
        return max(1, math.ceil(w * h / IMAGE_PIXELS_PER_TOKEN))
    stripped = {k: v for k, v in block.items() if k != "cache_control"}
    return json_tokens(stripped)


@dataclass(frozen=True, slots=True)
class Segment:
    """One cacheable unit of a request, in prefix order."""

    key: bytes
    tokens: int
    breakpoint: str | None  # the breakpoint's TTL ("5m", "1h"), or None


def segments(body: Mapping[str, Any]) -> list[Segment]:
    """Tools, system blocks, message blocks: the order the cache prefix follows."""
    out: list[Segment] = []

    def add(kind: str, block: Mapping[str, Any], tokens: int) -> None:
        cc = block.get("cache_control")
        ttl = str(cc.get("ttl", "5m")) if isinstance(cc, Mapping) else None
        stripped = {k: v for k, v in block.items() if k != "cache_control"}
        key = (kind + json.dumps(stripped, sort_keys=True, separators=(",", ":"))).encode()
        out.append(Segment(key, tokens, ttl))

    # The output format shapes the prompt the model sees: changing it changes the prefix.
    fmt = (body.get("output_config") or {}).get("format")
    if fmt:
        out.append(
            Segment(b"format" + json.dumps(fmt, sort_keys=True).encode(), json_tokens(fmt), None)
        )
    for tool in body.get("tools") or []:
        add("tool", tool, block_tokens(tool))
    system = body.get("system")
    if isinstance(system, str):
        add("system", {"type": "text", "text": system}, text_tokens(system))
    elif isinstance(system, list):
        for block in system:
            add("system", block, block_tokens(block))
    for message in body.get("messages") or []:
        content = message.get("content")
        role = str(message.get("role"))
        if isinstance(content, str):
            add(role, {"type": "text", "text": content}, text_tokens(content))
        else:
            for block in content or []:
                add(role, block, block_tokens(block))
    top = body.get("cache_control")
    if isinstance(top, Mapping) and out:
        last = out[-1]
        out[-1] = Segment(last.key, last.tokens, str(top.get("ttl", "5m")))
    return out


def count_input_tokens(body: Mapping[str, Any]) -> int:
    return sum(s.tokens for s in segments(body))


@dataclass(frozen=True, slots=True)
class CacheUsage:
    input_tokens: int
    cache_creation_input_tokens: int
    cache_read_input_tokens: int


@dataclass(slots=True)
class PromptCache:
    """Prefix hashes with expiry, per model: enough to account reads and writes."""

    clock: Callable[[], float] = time.monotonic
    _entries: dict[str, float] = field(default_factory=dict)

    def account(
        self, model: str, segs: Sequence[Segment], min_tokens: int, commit: bool = True
    ) -> CacheUsage:
        """Reads and writes of one request; `commit=False` only looks (rate-limit checks)."""
        total = sum(s.tokens for s in segs)
        now = self.clock()
        h = hashlib.sha256(model.encode())
        running = 0
        points: list[tuple[str, int, float]] = []  # (prefix hash, prefix tokens, ttl)
        for seg in segs:
            h.update(hashlib.sha256(seg.key).digest())
            running += seg.tokens
            if seg.breakpoint is not None:
                points.append((h.hexdigest(), running, TTL_SECONDS.get(seg.breakpoint, 300.0)))
        eligible = [p for p in points if p[1] >= min_tokens]
        read = 0
        for digest, tokens, ttl in reversed(eligible):
            expiry = self._entries.get(digest)
            if expiry is not None and expiry > now:
                read = tokens
                if commit:
                    self._entries[digest] = now + ttl  # a hit refreshes the TTL
                break
        created = 0
        if eligible:
            digest, tokens, ttl = eligible[-1]
            if tokens > read:
                created = tokens - read
                if commit:
                    self._entries[digest] = now + ttl
        return CacheUsage(total - read - created, created, read)

    def clear(self) -> None:
        self._entries.clear()
