"""The server's event loop: uvloop by default, the standard loop on request, bad names refused."""

from __future__ import annotations

import asyncio
import sys

import pytest

from moderation.cli import loop_factory
from moderation.config import Settings


def test_uvloop_is_the_default() -> None:
    uvloop = pytest.importorskip("uvloop")
    assert Settings.load([], {}).event_loop == "uvloop"
    loop = loop_factory("uvloop")()
    try:
        assert isinstance(loop, uvloop.Loop)
    finally:
        loop.close()


def test_the_standard_loop_on_request() -> None:
    assert loop_factory("asyncio") is asyncio.new_event_loop


def test_without_uvloop_the_standard_loop_serves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvloop", None)  # import fails as where it is not built
    assert loop_factory("uvloop") is asyncio.new_event_loop


def test_an_unknown_loop_is_a_bad_setting() -> None:
    with pytest.raises(ValueError, match="event_loop"):
        loop_factory("trio")
