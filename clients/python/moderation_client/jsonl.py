"""`moderate --jsonl` input: a file or stdin (`-`), read once, as it goes.

Only a regular file is counted ahead (for a progress total): a pipe, `-` or /dev/stdin
can be read once only, so it is streamed with a running count instead.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

from moderation_client.client import text_item
from moderation_client.v1 import moderation_pb2 as pb

STDIN = "-"
GZIP_MAGIC = b"\x1f\x8b"


class CliError(Exception):
    """Input or output the command cannot use: reported as one line, exit status 2."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where the JSONL comes from; `name` is what messages call it."""

    path: Path | None  # None: standard input

    @classmethod
    def of(cls, arg: str | Path) -> Source:
        return cls(None if str(arg) == STDIN else Path(arg))

    @property
    def name(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)

    @property
    def countable(self) -> bool:
        """A regular file, which a second read sees whole again; never a pipe or a tty."""
        return self.path is not None and self.path.is_file()

    def open(self) -> IO[bytes]:
        """The bytes, gunzipped when the file ends in .gz (or stdin starts like gzip)."""
        if self.path is None:
            raw = sys.stdin.buffer
            if isinstance(raw, io.BufferedReader) and raw.peek(2)[:2] == GZIP_MAGIC:
                return cast(IO[bytes], gzip.GzipFile(fileobj=raw))
            return raw
        if self.path.suffix == ".gz":
            return cast(IO[bytes], gzip.open(self.path, "rb"))
        return self.path.open("rb")


@dataclass(frozen=True, slots=True)
class Row:
    """One input line's item, with the line number results are reported under."""

    line: int
    item: pb.Item


def read_lines(source: Source | Path) -> Iterator[tuple[int, str]]:
    """The non-blank lines and their numbers; an unreadable input is a CliError naming it."""
    source = source if isinstance(source, Source) else Source(source)
    number = 0
    try:
        with source.open() as fh:
            for number, raw in enumerate(fh, 1):
                line = raw.decode("utf-8")
                if line.strip():
                    yield number, line
    except UnicodeDecodeError as err:
        raise CliError(
            f"{source.name}:{number}: not UTF-8 ({err.reason} at byte {err.start})"
        ) from None
    except OSError as err:  # unreadable, or a .gz that is not gzip
        raise CliError(f"cannot read {source.name}: {err.strerror or err}") from None
    except (EOFError, zlib.error) as err:  # a truncated or corrupt .gz
        raise CliError(f"cannot read {source.name}: {err}") from None


def read_jsonl(source: Source | Path) -> Iterator[Row]:
    """A row per line; a line that is not an object with a text is a CliError naming it.

    An item's id is the line's "id", else its line number.
    """
    source = source if isinstance(source, Source) else Source(source)
    for number, line in read_lines(source):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise CliError(
                f"{source.name}:{number}: not JSON ({err.msg}, column {err.colno})"
            ) from None
        if not isinstance(row, dict):
            raise CliError(f"{source.name}:{number}: not a JSON object")
        text = row.get("text", row.get("prompt"))
        if not isinstance(text, str):
            raise CliError(f"{source.name}:{number}: no 'text' or 'prompt' string")
        item_id = row.get("id")
        yield Row(number, text_item(text, id=str(number if item_id is None else item_id)))


def count_lines(source: Source | Path) -> int:
    return sum(1 for _ in read_lines(source))
