"""Locating a judge's quotes in the item's text: evidence is a span of the item, or nothing.

A model's quote is untrusted output: it may be slightly off (white space, the
escaped form ``&lt;`` the prompt showed it), or invented (by the model, or by an
item that told it what to write). Each quote is looked for in the item's own
text, case and all; only the white space between its words may differ, and the
prompt's three escapes are undone. What is found becomes a span at the offsets
where it is, quoted from the item itself; what is not found is dropped, and the
caller counts it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from moderation.domain import Evidence

_ESCAPES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


def locate(text: str, quotes: Sequence[str]) -> tuple[tuple[Evidence, ...], int]:
    """The spans of `quotes` in `text` (offsets in code points), in text order, and how
    many quotes were not found. A quote found twice is one span (its first place)."""
    spans: dict[tuple[int, int], Evidence] = {}
    missing = 0
    for quote in quotes:
        found = _find(text, quote)
        if found is None:
            missing += 1
            continue
        start, end = found
        spans.setdefault((start, end), Evidence(start, end, text[start:end]))
    return tuple(spans[k] for k in sorted(spans)), missing


def _find(text: str, quote: str) -> tuple[int, int] | None:
    for candidate in _forms(quote):
        words = candidate.split()
        if not words:
            continue
        at = text.find(candidate)
        if at >= 0:
            return at, at + len(candidate)
        match = re.search(r"\s+".join(re.escape(w) for w in words), text)
        if match is not None:
            return match.start(), match.end()
    return None


def _forms(quote: str) -> list[str]:
    """The quote as given, then with the prompt's escapes undone."""
    plain = quote
    for escaped, char in _ESCAPES:
        plain = plain.replace(escaped, char)
    stripped = quote.strip()
    return [stripped] if plain == quote else [stripped, plain.strip()]
