"""An incremental scanner for ``{"v": [ {...}, {...} ]}`` arriving in arbitrary fragments.

The model streams its answer a few characters at a time; each verdict object
is usable as soon as its closing brace arrives. The scanner tracks nesting and
string state across fragments and returns every object that sits directly in
the top-level array the moment it closes, parsed. Anything that cannot be JSON
raises `MalformedOutput`; verdicts already returned stay valid.

A verdict object is bounded (`max_object_chars`): one that grows past it raises
`VerdictTooLong` while it is still arriving, naming the id it is written under,
so an item that makes the model write an endless rationale is caught within a
few hundred characters, not when the whole batch's answer is cut off at
max_tokens (which would cost every item after it a retry in halves).
"""

from __future__ import annotations

import json
import re
from typing import Any

# The start of a verdict object whose id has arrived whole (the schema puts "id" first).
_OPENING_ID = re.compile(r'\{\s*"id"\s*:\s*"([^"\\]*)"')


class MalformedOutput(ValueError):
    """The model's output is not the JSON it was asked for."""


class VerdictTooLong(MalformedOutput):
    """A verdict object outgrew its bound; `item_id` is the id it was written under, if known."""

    def __init__(self, item_id: str | None, limit: int) -> None:
        super().__init__(f"a verdict object ran past {limit} characters")
        self.item_id = item_id


class VerdictScanner:
    def __init__(self, max_object_chars: int = 0) -> None:
        self.max_object_chars = max_object_chars  # 0: unbounded
        self._stack: list[str] = []
        self._in_string = False
        self._escaped = False
        self._capture: list[str] | None = None
        self._opening_id: str | None = None
        self._seen_root = False
        self._done = False

    def feed(self, fragment: str) -> list[dict[str, Any]]:
        """Consume a fragment; return the objects it completed, in order."""
        out: list[dict[str, Any]] = []
        for ch in fragment:
            if self._capture is not None:
                self._capture.append(ch)
                if self.max_object_chars and len(self._capture) > self.max_object_chars:
                    raise VerdictTooLong(self.opening_id, self.max_object_chars)
            if self._in_string:
                if self._escaped:
                    self._escaped = False
                elif ch == "\\":
                    self._escaped = True
                elif ch == '"':
                    self._in_string = False
                continue
            if ch.isspace():
                continue
            if self._done:
                raise MalformedOutput(f"unexpected {ch!r} after the answer")
            if not self._seen_root:
                if ch != "{":
                    raise MalformedOutput(f"answer must start with '{{', got {ch!r}")
                self._seen_root = True
            if ch == '"':
                self._in_string = True
            elif ch in "{[":
                if ch == "{" and self._stack == ["{", "["]:
                    self._capture = ["{"]
                self._stack.append(ch)
            elif ch in "}]":
                want = "{" if ch == "}" else "["
                if not self._stack or self._stack[-1] != want:
                    raise MalformedOutput(f"unbalanced {ch!r}")
                self._stack.pop()
                if ch == "}" and self._stack == ["{", "["] and self._capture is not None:
                    text = "".join(self._capture)
                    self._capture = None
                    self._opening_id = None
                    try:
                        obj = json.loads(text)
                    except json.JSONDecodeError as exc:
                        raise MalformedOutput(f"bad verdict object: {exc}") from None
                    out.append(obj)
                if not self._stack:
                    self._done = True
        return out

    @property
    def opening_id(self) -> str | None:
        """The id of the verdict object arriving now, once its id string has closed."""
        if self._capture is not None and self._opening_id is None:
            found = _OPENING_ID.match("".join(self._capture))
            self._opening_id = found.group(1) if found else None
        return self._opening_id

    @property
    def complete(self) -> bool:
        """The root object closed: the answer was not cut off."""
        return self._done
