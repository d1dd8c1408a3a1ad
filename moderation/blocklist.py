"""Operator blocklist: phrases that are blocked at once, without asking a model.

The file holds one ``category: phrase`` per line (``#`` starts a comment).
Matching is case-insensitive on whole words, with any white space between a
phrase's words, so a listed phrase cannot be dodged by capitals or extra spaces;
a hit says where in the text it is.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from moderation.domain import Item, TextContent
from moderation.watch import CHECK_SECONDS, FileWatch

log = logging.getLogger(__name__)


OPERATOR_BLOCKLIST = "operator"  # how evidence names the file's list


@dataclass(frozen=True, slots=True)
class BlocklistHit:
    category: str
    phrase: str
    # Where the phrase is in the item's text: [start, end) in code points, and the text there.
    start: int = 0
    end: int = 0
    quote: str = ""


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
        """Raises ValueError naming the file and line at fault (OSError if unreadable)."""
        entries: list[tuple[str, str]] = []
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{path}: not UTF-8 (byte {exc.start})") from None
        for number, raw in enumerate(text.splitlines(), 1):
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
        text = item.content.text  # `\s+` between words: any white space matches, offsets hold
        for category, phrase, pattern in self._entries:
            found = pattern.search(text)
            if found:
                return BlocklistHit(category, phrase, found.start(), found.end(), found.group(0))
        return None

    def state(self) -> object:
        """What the entries are now: the same object while they stay the same."""
        return self

    def __len__(self) -> int:
        return len(self._entries)


class BlocklistFile(Blocklist):
    """The operator blocklist from a file, reloaded when the file changes.

    A changed file that cannot be used keeps the previous list in force, logs one
    line naming the line at fault and is counted (`on_reload`'s argument False).
    """

    def __init__(
        self,
        path: Path,
        on_reload: Callable[[bool], None] | None = None,
        check_seconds: float = CHECK_SECONDS,
    ) -> None:
        self._path = path
        self._watch = FileWatch([path], check_seconds)
        self._on_reload = on_reload
        self._current = Blocklist.from_file(path)
        super().__init__([])

    def match(self, item: Item) -> BlocklistHit | None:
        self.refresh()
        return self._current.match(item)

    def state(self) -> object:
        self.refresh()
        return self._current

    def refresh(self) -> bool:
        """Reload the file if it changed (a stat at most once a second); True if reloaded."""
        if not self._watch.changed():
            return False
        try:
            current = Blocklist.from_file(self._path)
        except (ValueError, OSError) as exc:
            log.error(
                "blocklist file not reloaded, the previous %d entries stay in force: %s",
                len(self._current),
                " ".join(str(exc).split()),
            )
            if self._on_reload is not None:
                self._on_reload(False)
            return False
        self._current = current
        log.info("blocklist reloaded from %s: %d entries", self._path, len(current))
        if self._on_reload is not None:
            self._on_reload(True)
        return True

    def __len__(self) -> int:
        return len(self._current)


def _pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split())
