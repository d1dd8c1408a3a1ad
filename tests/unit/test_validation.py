from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from moderation import validation
from moderation.config import Settings
from moderation.domain import ImageContent, Item, TextContent
from moderation.errors import FieldViolation, InvalidArgument
from moderation.validation import (
    CHECK_CHUNK_ITEMS,
    INLINE_ITEMS,
    Limits,
    check_request,
    check_request_off_loop,
    is_small,
)
from tests.images import jpeg, mpo, png

LIMITS = Limits(max_items=3, max_text_chars=50, max_image_bytes=20_000, max_image_pixels=500)


def text(id: str, body: str = "hello") -> Item:
    return Item(id, TextContent(body))


def image(id: str, data: bytes, media_type: str = "image/png") -> Item:
    return Item(id, ImageContent(data, media_type))


def fields(items: list[Item]) -> list[str]:
    with pytest.raises(InvalidArgument) as info:
        check_request(items, LIMITS)
    return [v.field for v in info.value.violations]


def test_valid_items_pass_and_images_get_dimensions() -> None:
    [t, i] = check_request([text("a"), image("b", png(40, 30))], LIMITS)
    assert t == text("a")
    assert isinstance(i.content, ImageContent)
    assert (i.content.width, i.content.height) == (40, 30)


def test_a_jpeg_carrying_a_second_picture_is_a_jpeg() -> None:
    [i] = check_request([image("a", mpo(40, 30), "image/jpeg")], LIMITS)
    assert isinstance(i.content, ImageContent)
    assert (i.content.width, i.content.height) == (40, 30)
    assert fields([image("b", mpo()[:-40], "image/jpeg")]) == ["items[0].image.data"]


@pytest.mark.parametrize(
    ("data", "media_type"),
    [(png(), "image/png"), (jpeg(), "image/jpeg"), (mpo(), "image/jpeg")],
)
def test_an_image_without_a_media_type_gets_the_one_its_bytes_say(
    data: bytes, media_type: str
) -> None:
    [i] = check_request([image("a", data, "")], LIMITS)
    assert isinstance(i.content, ImageContent)
    assert i.content.media_type == media_type
    assert i.content.width > 0


def test_a_bmp_without_a_media_type_is_refused_by_its_format() -> None:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buf, "BMP")
    with pytest.raises(InvalidArgument) as info:
        check_request([image("a", buf.getvalue(), "")], LIMITS)
    [violation] = info.value.violations
    assert violation.field == "items[0].image.data"
    assert violation.description.startswith("a BMP image; send JPEG, PNG, GIF or WebP")


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], ["items"]),
        ([text(str(n)) for n in range(4)], ["items"]),
        ([text("a", "   ")], ["items[0].text"]),
        ([text("a", "x" * 51)], ["items[0].text"]),
        ([text("", "hi")], ["items[0].id"]),
        ([text("a"), text("a")], ["items[1].id"]),
        ([image("a", b"not an image at all")], ["items[0].image.data"]),
        ([image("a", png(), "image/tiff")], ["items[0].image.media_type"]),
        ([image("a", jpeg(), "image/png")], ["items[0].image.media_type"]),
        ([image("a", b"not an image at all", "")], ["items[0].image.data"]),
        ([image("a", b"BM" + b"\0" * 64, "")], ["items[0].image.data"]),
        ([image("a", b"")], ["items[0].image.data"]),
        ([image("a", png(600, 10))], ["items[0].image.data"]),
        ([image("a", png() + b"\0" * 20_000)], ["items[0].image.data"]),
        ([image("a", png(64, 64)[:-30])], ["items[0].image.data"]),  # cut off
        ([image("a", jpeg(64, 64)[:-40], "image/jpeg")], ["items[0].image.data"]),
        ([Item("a", TextContent("ok"), context="c" * 2_001)], ["items[0].context"]),
    ],
)
def test_each_fault_names_its_field(items: list[Item], expected: list[str]) -> None:
    assert fields(items) == expected


def test_all_faults_are_reported_at_once() -> None:
    assert fields([text("a", ""), image("b", b"junk")]) == ["items[0].text", "items[1].image.data"]


def test_an_image_over_the_pixel_budget_is_refused_from_its_header() -> None:
    budget = replace(LIMITS, max_image_area=40 * 30 - 1)
    with pytest.raises(InvalidArgument) as info:
        check_request([image("a", png(40, 30))], budget)
    [violation] = info.value.violations
    assert violation.field == "items[0].image.data"
    assert "pixel budget" in violation.description
    [ok] = check_request([image("a", png(40, 30))], replace(budget, max_image_area=40 * 30))
    assert isinstance(ok.content, ImageContent)


def test_the_default_pixel_budget_is_25_megapixels() -> None:
    assert Limits().max_image_area == 25_000_000
    assert Settings().max_image_megapixels == 25.0


def mixed(n: int) -> list[Item]:
    """`n` items, some bad (blank text, a duplicate id), images among them."""
    out: list[Item] = []
    for i in range(n):
        if i % 7 == 0:
            out.append(image(f"i{i}", png(8, 8)))
        elif i % 11 == 0:
            out.append(text(f"t{i}", " "))
        else:
            out.append(text(f"t{i}"))
    out.append(text("t1"))  # a duplicate of an item in the first chunk
    return out


async def test_a_large_request_is_checked_off_the_loop_with_the_same_answer() -> None:
    big = replace(LIMITS, max_items=10_000)
    items = mixed(CHECK_CHUNK_ITEMS * 3 + 5)
    assert not is_small(items)
    with pytest.raises(InvalidArgument) as inline:
        check_request(items, big)
    with pytest.raises(InvalidArgument) as chunked:
        await check_request_off_loop(items, big)
    assert chunked.value.violations == inline.value.violations
    assert chunked.value.violations[-1].field == f"items[{len(items) - 1}].id"
    good = [
        i
        for i in items[:-1]
        if not (isinstance(i.content, TextContent) and not i.content.text.strip())
    ]
    assert await check_request_off_loop(good, big) == check_request(good, big)


async def test_a_large_request_is_not_checked_on_the_event_loop_thread() -> None:
    loop_thread = threading.get_ident()
    seen: set[int] = set()
    real = validation.check_item

    def spy(item: Item, limits: Limits, where: str) -> tuple[Item, list[FieldViolation]]:
        seen.add(threading.get_ident())
        return real(item, limits, where)

    items = [text(f"t{i}") for i in range(INLINE_ITEMS + 1)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(validation, "check_item", spy)
        await check_request_off_loop(items, replace(LIMITS, max_items=1_000))
        assert loop_thread not in seen
        seen.clear()
        await check_request_off_loop(items[:2], LIMITS)  # small: checked in place
        assert seen == {loop_thread}
