"""Noticing that a configuration file was replaced, cheaply enough to ask on every access.

A file's stamp is (mtime, size, inode), taken through symlinks: an editor's
save, a `mv` over it and a Kubernetes ConfigMap's atomic swap of the `..data`
link all change it. Checks are rate-limited (one `stat` per file per interval),
so a hot path may ask on every call.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

Stamp = tuple[int, int, int] | None

# How often, at most, watched files are checked for a change.
CHECK_SECONDS = 1.0


def file_stamp(path: Path) -> Stamp:
    """What changes when the file is replaced: mtime, size and inode, following symlinks."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class FileWatch:
    """Which of some files changed since last asked, at most once per `interval` seconds."""

    def __init__(
        self,
        paths: Iterable[Path],
        interval: float = CHECK_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stamps = {p: file_stamp(p) for p in paths}
        self._interval = interval
        self._clock = clock
        self._checked = clock()
        self._lock = threading.Lock()

    def changed(self) -> list[Path]:
        """The files whose stamp moved since the last check (empty within the interval)."""
        if not self._stamps:
            return []
        now = self._clock()
        if now - self._checked < self._interval:
            return []
        with self._lock:
            if now - self._checked < self._interval:
                return []
            self._checked = now
            moved = []
            for path, old in self._stamps.items():
                stamp = file_stamp(path)
                if stamp != old:
                    self._stamps[path] = stamp
                    moved.append(path)
            return moved
