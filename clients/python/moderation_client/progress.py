"""A one-line progress report on stderr, redrawn in place, only when stderr is a terminal.

Plain text rather than a terminal-UI package, so the client needs nothing beyond gRPC
and protobuf; piped or redirected stderr gets no progress lines at all.
"""

from __future__ import annotations

import sys
import time
from typing import IO

WIDTH = 24


def eta_text(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


def line(label: str, done: int, total: int | None, eta: float | None = None) -> str:
    """`label 120/500 [#####...] 24% ETA 40s`, or `label 120` when the total is unknown."""
    if not total:
        return f"{label} {done}"
    share = min(1.0, done / total)
    filled = int(share * WIDTH)
    bar = "#" * filled + "." * (WIDTH - filled)
    text = f"{label} {done}/{total} [{bar}] {share:4.0%}"
    return text + (f" ETA {eta_text(eta)}" if eta is not None and done < total else "")


class Progress:
    """Redraws at most every `interval` s; `close()` clears the line."""

    def __init__(self, label: str, total: int | None = None, stream: IO[str] | None = None) -> None:
        self.label = label
        self.total = total
        self._stream = stream or sys.stderr
        self._live = self._stream.isatty()
        self._started = time.monotonic()
        self._drawn = 0.0
        self._width = 0
        self.interval = 0.1

    def update(self, done: int, total: int | None = None, eta: float | None = None) -> None:
        if total is not None:
            self.total = total
        if not self._live:
            return
        now = time.monotonic()
        if now - self._drawn < self.interval and done != self.total:
            return
        self._drawn = now
        if eta is None and self.total and done:
            eta = (now - self._started) / done * (self.total - done)
        self._draw(line(self.label, done, self.total, eta))

    def _draw(self, text: str) -> None:
        pad = max(0, self._width - len(text))
        self._stream.write("\r" + text + " " * pad)
        self._stream.flush()
        self._width = len(text)

    def close(self) -> None:
        if self._live and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0
