"""The emulator's prompt-cache accounting follows the documented rules."""

from __future__ import annotations

from typing import Any

from anthropic_emulator.tokens import PromptCache, count_input_tokens, segments


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def body(system_chars: int, user: str = "hello", ttl: str | None = "5m") -> dict[str, Any]:
    block: dict[str, Any] = {"type": "text", "text": "s" * system_chars}
    if ttl:
        block["cache_control"] = {"type": "ephemeral", "ttl": ttl}
    return {"system": [block], "messages": [{"role": "user", "content": user}]}


def account(cache: PromptCache, b: dict[str, Any], minimum: int = 4096) -> tuple[int, int, int]:
    u = cache.account("m", segments(b), minimum)
    return u.input_tokens, u.cache_creation_input_tokens, u.cache_read_input_tokens


def test_write_then_read_then_expire() -> None:
    clock = Clock()
    cache = PromptCache(clock)
    b = body(4096 * 4)
    assert account(cache, b) == (2, 4096, 0)
    clock.now = 299
    assert account(cache, b) == (2, 0, 4096)  # and the hit refreshes the TTL
    clock.now = 598
    assert account(cache, b) == (2, 0, 4096)
    clock.now = 899
    assert account(cache, b) == (2, 4096, 0)  # expired: written again


def test_below_the_minimum_nothing_is_cached() -> None:
    cache = PromptCache(Clock())
    b = body(4095 * 4)
    assert account(cache, b) == (4097, 0, 0)
    assert account(cache, b) == (4097, 0, 0)
    assert account(cache, b, minimum=2048) == (2, 4095, 0)  # a model with a lower minimum


def test_a_changed_prefix_misses_and_no_breakpoint_never_caches() -> None:
    cache = PromptCache(Clock())
    account(cache, body(5000 * 4))
    assert account(cache, body(5000 * 4 + 1))[2] == 0
    b = body(5000 * 4, ttl=None)
    assert account(cache, b) == (count_input_tokens(b), 0, 0)


def test_only_the_prefix_up_to_the_breakpoint_is_cached() -> None:
    cache = PromptCache(Clock())
    account(cache, body(5000 * 4, user="first"))
    assert account(cache, body(5000 * 4, user="a different question")) == (5, 0, 5000)
