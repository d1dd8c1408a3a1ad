from __future__ import annotations

import pytest

from moderation.domain import ImageContent, Item, TextContent
from moderation.errors import InvalidArgument
from moderation.validation import Limits, check_request
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
