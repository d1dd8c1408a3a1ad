"""Operator blocklist: phrases that are blocked at once, without asking a model.

The file holds one ``category: phrase`` per line (``#`` starts a comment).
Matching is case-insensitive on whole words, after collapsing white space, so
a listed phrase cannot be dodged by capitals or extra spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from moderation.domain import Item, TextContent


@dataclass(frozen=True, slots=True)
class BlocklistHit:
    category: str
    phrase: str


class Blocklist:
    def __init__(self, entries: list[tuple[str, str]]) -> None:
        self._entries = [
            (category, phrase, re.compile(r"(?<!\w)" + _pattern(phrase) + r"(?!\w)", re.I))
            for category, phrase in entries
        ]

    @classmethod
    def empty(cls) -> Blocklist:
        return cls([])

    @classmethod
    def from_file(cls, path: Path) -> Blocklist:
        entries: list[tuple[str, str]] = []
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            category, sep, phrase = line.partition(":")
            if not sep or not category.strip() or not phrase.strip():
                raise ValueError(f"{path}:{number}: expected 'category: phrase'")
            entries.append((category.strip(), phrase.strip()))
        return cls(entries)

    def match(self, item: Item) -> BlocklistHit | None:
        """The first entry the item's text contains, if any (images never match)."""
        if not self._entries or not isinstance(item.content, TextContent):
            return None
        text = " ".join(item.content.text.split())
        for category, phrase, pattern in self._entries:
            if pattern.search(text):
                return BlocklistHit(category, phrase)
        return None

    def __len__(self) -> int:
        return len(self._entries)


def _pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split())
