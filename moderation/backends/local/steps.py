"""Work in steps: a generator whose every next() runs one step (one encoder pass) and whose
return value is the result, so a long check can give its thread back between passes
(workers.py)."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")

Steps = Generator[None, None, T]


def run_steps(steps: Steps[T]) -> T:
    """All of the steps, here, in this thread."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


def then(steps: Steps[T], finish: Callable[[T], U]) -> Steps[U]:
    """The same steps, their result passed through `finish` (in the last step)."""
    return finish((yield from steps))
