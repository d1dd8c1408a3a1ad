"""The memory image conversion may hold at once, and the haiku backend converting a batch's
images one at a time within it."""

from __future__ import annotations

import asyncio
import threading

import pytest

from moderation.backends.decode_budget import BYTES_PER_PIXEL, DecodeBudget, decode_cost
from moderation.backends.haiku import images as haiku_images
from moderation.backends.haiku.backend import HaikuBackend, HaikuConfig
from moderation.backends.haiku.framing import EncodedImage
from moderation.domain import ImageContent, Item, TextContent


def test_the_cost_is_the_decoded_pixels_and_unknown_sizes_take_the_whole_budget() -> None:
    assert decode_cost(ImageContent(b"x", "image/png", 10, 20), 1_000) == 200 * BYTES_PER_PIXEL
    assert decode_cost(ImageContent(b"x", "image/png"), 1_000) == 1_000


async def test_holders_wait_for_room_and_an_oversized_one_goes_alone() -> None:
    budget = DecodeBudget(100)
    order: list[str] = []
    first_in = asyncio.Event()
    let_go = asyncio.Event()

    async def hold(name: str, size: int, wait: asyncio.Event | None = None) -> None:
        async with budget.hold(size):
            order.append(f"{name} in (used {budget.used})")
            if wait is not None:
                first_in.set()
                await wait.wait()
        order.append(f"{name} out")

    a = asyncio.create_task(hold("a", 60, let_go))
    await first_in.wait()
    b = asyncio.create_task(hold("b", 50))
    huge = asyncio.create_task(hold("huge", 10_000))
    for _ in range(5):
        await asyncio.sleep(0)
    assert order == ["a in (used 60)"]  # b does not fit beside a; huge needs all of it
    let_go.set()
    await asyncio.gather(a, b, huge)
    assert order[1] == "a out"
    assert budget.used == 0
    assert "huge in (used 100)" in order


async def test_a_batch_s_images_are_converted_one_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    running = 0
    most = 0
    lock = threading.Lock()
    release = threading.Event()

    def convert(image: ImageContent, budget: int = 0) -> EncodedImage:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        release.wait(timeout=0.05)
        with lock:
            running -= 1
        return EncodedImage(image.media_type, "eA==", image.width, image.height)

    monkeypatch.setattr(haiku_images, "encode_image", convert)
    backend = HaikuBackend(HaikuConfig(models=("m",)))
    items = [Item(f"i{n}", ImageContent(b"x", "image/png", 100, 100)) for n in range(6)]
    items.append(Item("t", TextContent("text")))
    images, bad = await backend.images.encode(items)
    assert sorted(images) == [f"i{n}" for n in range(6)] and not bad
    assert most == 1
    assert backend.decode_budget.used == 0


async def test_an_image_that_cannot_be_converted_fails_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def convert(image: ImageContent, budget: int = 0) -> EncodedImage:
        if image.data == b"bad":
            raise OSError("truncated")
        return EncodedImage(image.media_type, "eA==", 1, 1)

    monkeypatch.setattr(haiku_images, "encode_image", convert)
    backend = HaikuBackend(HaikuConfig(models=("m",)))
    items = [
        Item("a", ImageContent(b"bad", "image/png")),
        Item("b", ImageContent(b"ok", "image/png")),
    ]
    images, bad = await backend.images.encode(items)
    assert list(images) == ["b"] and [f.item_id for f in bad] == ["a"]
