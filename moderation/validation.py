"""Input checks: every way a caller can get an item wrong, reported per field.

Checks run before anything is queued, so a bad item costs nothing upstream and
the caller learns exactly which field to fix. An image is checked from its
header (format, size, pixel budget) and its structure, never decoded here: what
decoding it will cost is bounded before anyone decodes it. A large request is
checked off the event loop, a chunk at a time (`check_request_off_loop`), so
one caller's 50,000 items do not stall every other call.
"""

from __future__ import annotations

import asyncio
import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PIL import Image, UnidentifiedImageError

from moderation.domain import ImageContent, Item, TextContent
from moderation.errors import FieldViolation, InvalidArgument, quoted

# Media types the model accepts, and the Pillow format names that match them.
IMAGE_FORMATS = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "image/webp": "WEBP",
}
# Pillow's names for files that are one of those formats with more inside: a JPEG with a
# second picture (MPF: phone cameras' depth maps and HDR gain maps) decodes as a JPEG.
FORMAT_ALIASES = {"MPO": "JPEG"}
MEDIA_TYPES = {fmt: media_type for media_type, fmt in IMAGE_FORMATS.items()}
MAX_ID_CHARS = 128
# A request is checked on the event loop only when it is this small (items, and bytes of
# image data, whose headers Pillow parses); larger ones are checked in a worker thread,
# CHECK_CHUNK_ITEMS at a time, the loop free between chunks.
INLINE_ITEMS = 64
INLINE_IMAGE_BYTES = 256 * 1024
CHECK_CHUNK_ITEMS = 200  # ~3 ms of work a chunk: the worker holds the GIL no longer


@dataclass(frozen=True, slots=True)
class Limits:
    max_items: int = 256
    max_text_chars: int = 32_000
    max_context_chars: int = 2_000
    max_image_bytes: int = 5 * 1024 * 1024
    max_image_pixels: int = 8_000  # longest edge
    max_image_area: int = 25_000_000  # width x height: the pixel budget


def check_item(item: Item, limits: Limits, where: str) -> tuple[Item, list[FieldViolation]]:
    """Validate one item; returns it (images with their dimensions) and its violations."""
    problems: list[FieldViolation] = []
    if not item.id:
        problems.append(FieldViolation(f"{where}.id", "required: the caller's item id"))
    elif len(item.id) > MAX_ID_CHARS:
        problems.append(FieldViolation(f"{where}.id", f"longer than {MAX_ID_CHARS} characters"))
    if len(item.context) > limits.max_context_chars:
        problems.append(
            FieldViolation(f"{where}.context", f"longer than {limits.max_context_chars} characters")
        )
    content = item.content
    if isinstance(content, TextContent):
        if not content.text.strip():
            problems.append(
                FieldViolation(f"{where}.text", "empty item: set a non-blank text or an image")
            )
        elif len(content.text) > limits.max_text_chars:
            problems.append(
                FieldViolation(
                    f"{where}.text",
                    f"{len(content.text)} characters; the limit is {limits.max_text_chars}",
                )
            )
        return item, problems
    image, image_problems = _check_image(content, limits, f"{where}.image")
    return replace(item, content=image), problems + image_problems


def _check_image(
    image: ImageContent, limits: Limits, where: str
) -> tuple[ImageContent, list[FieldViolation]]:
    """An empty media type is read from the bytes (as grpcurl callers leave it); a given
    one must name an accepted format and match the bytes."""
    expected = IMAGE_FORMATS.get(image.media_type)
    if expected is None and image.media_type:
        allowed = ", ".join(IMAGE_FORMATS)
        return image, [
            FieldViolation(
                f"{where}.media_type",
                f"unsupported media type {quoted(image.media_type)}; use one of {allowed}, "
                "or leave it empty to have it read from the bytes",
            )
        ]
    if not image.data:
        return image, [FieldViolation(f"{where}.data", "empty image")]
    if len(image.data) > limits.max_image_bytes:
        return image, [
            FieldViolation(
                f"{where}.data",
                f"{len(image.data)} bytes; the limit is {limits.max_image_bytes}",
            )
        ]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(image.data)) as img:
                actual, (width, height) = img.format, img.size
                actual = FORMAT_ALIASES.get(actual or "", actual)
                if actual == "PNG":
                    img.verify()  # every chunk present with a good CRC: not cut off
        complete = _looks_complete(actual, image.data)
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ):
        return image, [
            FieldViolation(f"{where}.data", "not a decodable JPEG, PNG, GIF or WebP image")
        ]
    if not complete:
        return image, [FieldViolation(f"{where}.data", "the image data is cut off")]
    if expected is None:  # no media type given: the bytes say which
        if actual not in MEDIA_TYPES:
            return image, [
                FieldViolation(
                    f"{where}.data", f"a {actual or 'unknown'} image; send JPEG, PNG, GIF or WebP"
                )
            ]
        image, expected = replace(image, media_type=MEDIA_TYPES[actual]), actual
    if actual != expected:
        return image, [
            FieldViolation(
                f"{where}.media_type",
                f"says {image.media_type} but the bytes are {actual or 'unknown'}",
            )
        ]
    if max(width, height) > limits.max_image_pixels:
        return image, [
            FieldViolation(
                f"{where}.data",
                f"{width}x{height} px; the longest edge may be {limits.max_image_pixels} px",
            )
        ]
    if width * height > limits.max_image_area:
        return image, [
            FieldViolation(
                f"{where}.data",
                f"{width}x{height} px is {width * height / 1e6:.1f} MP; the pixel budget is"
                f" {limits.max_image_area / 1e6:g} MP",
            )
        ]
    return replace(image, width=width, height=height), []


def _looks_complete(fmt: str | None, data: bytes) -> bool:
    """Cheap structural end-of-file checks, so a cut-off image is refused up front.

    Decoding every pixel would catch more, but costs the event loop up to a
    64-megapixel decode per item; the end markers catch truncation, the usual
    fault (PNG is checked chunk by chunk by Pillow's verify above).
    """
    if fmt == "JPEG":
        return data.rstrip(b"\0").endswith(b"\xff\xd9")  # EOI marker
    if fmt == "GIF":
        return data.rstrip(b"\0").endswith(b"\x3b")  # trailer
    if fmt == "WEBP":
        return len(data) >= 12 and int.from_bytes(data[4:8], "little") + 8 <= len(data)
    return True


def _check_count(items: Sequence[Item], limits: Limits, field: str) -> None:
    if not items:
        raise InvalidArgument([FieldViolation(field, "empty request: send at least one item")])
    if len(items) > limits.max_items:
        raise InvalidArgument(
            [FieldViolation(field, f"{len(items)} items; the limit is {limits.max_items}")]
        )


def _check_chunk(
    items: Sequence[Item],
    first: int,
    limits: Limits,
    field: str,
    seen: dict[str, int],
    checked: list[Item],
    problems: list[FieldViolation],
) -> None:
    """Check items[first:first + len(items)] of a request, appending to `checked` and
    `problems`; `seen` (id -> first index) carries duplicate detection across chunks."""
    for i, item in enumerate(items, first):
        where = f"{field}[{i}]"
        good, item_problems = check_item(item, limits, where)
        problems.extend(item_problems)
        if item.id and item.id in seen:
            problems.append(
                FieldViolation(
                    f"{where}.id", f"duplicate id {quoted(item.id)} (also {field}[{seen[item.id]}])"
                )
            )
        seen.setdefault(item.id, i)
        checked.append(good)


def check_request(items: Sequence[Item], limits: Limits, field: str = "items") -> list[Item]:
    """Validate a whole request; raises InvalidArgument listing every violation."""
    _check_count(items, limits, field)
    problems: list[FieldViolation] = []
    checked: list[Item] = []
    _check_chunk(items, 0, limits, field, {}, checked, problems)
    if problems:
        raise InvalidArgument(problems)
    return checked


def is_small(items: Sequence[Item]) -> bool:
    """Whether checking `items` costs the event loop next to nothing."""
    if len(items) > INLINE_ITEMS:
        return False
    image_bytes = sum(len(i.content.data) for i in items if isinstance(i.content, ImageContent))
    return image_bytes <= INLINE_IMAGE_BYTES


async def check_request_off_loop(
    items: Sequence[Item],
    limits: Limits,
    field: str = "items",
    *,
    first: int = 0,
    one_request: bool = True,
) -> list[Item]:
    """`check_request` for a caller on the event loop: a small request is checked in place,
    a large one in a worker thread, one chunk of CHECK_CHUNK_ITEMS items at a time.

    A message of a job's upload is `one_request=False`, its items numbered from `first`:
    the per-request item limit does not apply to it (the job's own limits do)."""
    if one_request:
        _check_count(items, limits, field)
    problems: list[FieldViolation] = []
    checked: list[Item] = []
    seen: dict[str, int] = {}
    if is_small(items):
        _check_chunk(items, first, limits, field, seen, checked, problems)
    else:
        for start in range(0, len(items), CHECK_CHUNK_ITEMS):
            chunk = items[start : start + CHECK_CHUNK_ITEMS]
            await asyncio.to_thread(
                _check_chunk, chunk, first + start, limits, field, seen, checked, problems
            )
    if problems:
        raise InvalidArgument(problems)
    return checked
