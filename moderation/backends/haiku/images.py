"""Images for the Messages API: downscaled to what the model can see, base64-encoded.

The API resizes anything whose long edge exceeds 1568 px anyway, so sending
more pixels only adds latency and upload size; an image costs about
width x height / 750 tokens (`moderation.upstream.tokens`). The API limits an
image by its *base64* length (5 MB), so a file is re-encoded until its base64
fits the budget in `limits`.
Pillow work is CPU-bound: `ImageEncoder` runs `encode_image` in a thread, never on
the event loop, one image at a time within a decode budget. An image the API refused
anyway is encoded to half the size it was sent at, next time.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
from collections.abc import Sequence

from PIL import Image

from moderation.backends.decode_budget import DecodeBudget, decode_cost
from moderation.backends.haiku.framing import EncodedImage
from moderation.backends.haiku.limits import IMAGE_BASE64_BUDGET, base64_length
from moderation.domain import ErrorCode, ImageContent, Item, ItemFailure

MAX_EDGE = 1568
MIN_EDGE = 64  # below this a picture is too small to judge: give up
_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF", "image/webp": "WEBP"}


def encode_image(
    image: ImageContent, max_edge: int = MAX_EDGE, budget: int = IMAGE_BASE64_BUDGET
) -> EncodedImage:
    """Downscale above `max_edge` (keeping the aspect ratio) and base64-encode, so that the
    base64 string fits `budget` (the API limits the string, not the file).

    An image that already fits is sent as it is. Otherwise it is re-encoded in its own
    format (a still frame of a GIF as PNG), then as JPEG at falling quality, then smaller
    by steps, until it fits; ValueError if even a thumbnail does not.
    """
    with Image.open(io.BytesIO(image.data)) as img:
        width, height = img.size
        if max(width, height) <= max_edge and base64_length(len(image.data)) <= budget:
            return EncodedImage(
                image.media_type, base64.b64encode(image.data).decode("ascii"), width, height
            )
        scale = min(1.0, max_edge / max(width, height))
        img.seek(0)  # first frame of an animation
        # A JPEG decodes at 1/2, 1/4 or 1/8 scale when that is still larger than needed.
        img.draft(None, (max(1, round(width * scale)), max(1, round(height * scale))))
        frame = img.convert("RGBA" if img.mode in ("RGBA", "LA", "P") else "RGB")
    fmt = _FORMATS.get(image.media_type, "PNG")
    if fmt == "GIF":  # re-encode a still frame losslessly
        fmt = "PNG"
    while True:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        small = frame.resize(size, Image.Resampling.LANCZOS) if size != frame.size else frame
        for attempt_fmt, quality in ((fmt, 85), ("JPEG", 85), ("JPEG", 70), ("JPEG", 55)):
            data = _save(small, attempt_fmt, quality)
            if base64_length(len(data)) <= budget:
                media_type = f"image/{attempt_fmt.lower()}"
                return EncodedImage(
                    media_type, base64.b64encode(data).decode("ascii"), size[0], size[1]
                )
        if max(size) <= MIN_EDGE:
            raise ValueError(f"image does not fit {budget} bytes of base64 even at {size}")
        scale *= 0.7


def _save(img: Image.Image, fmt: str, quality: int) -> bytes:
    if fmt == "JPEG" and img.mode != "RGB":
        img = img.convert("RGB")
    out = io.BytesIO()
    img.save(out, format=fmt, **({"quality": quality} if fmt in ("JPEG", "WEBP") else {}))
    return out.getvalue()


class ImageEncoder:
    """Items' images ready to send, within one memory budget for every batch in flight."""

    def __init__(self) -> None:
        # Memory image conversion may hold at once, across live batches and jobs.
        self.decode_budget = DecodeBudget()
        # Images the API refused: (sha256 of the file) -> the smaller base64 budget to meet.
        self._budgets: dict[str, int] = {}

    async def encode(
        self, items: Sequence[Item]
    ) -> tuple[dict[str, EncodedImage], list[ItemFailure]]:
        """The items' images by item id, converted one at a time within the decode budget,
        off the event loop; an image that cannot be prepared fails its item alone."""
        todo = [(i.id, i.content) for i in items if isinstance(i.content, ImageContent)]
        if not todo:
            return {}, []
        images: dict[str, EncodedImage] = {}
        bad: list[ItemFailure] = []
        memory = self.decode_budget
        for item_id, content in todo:
            budget = IMAGE_BASE64_BUDGET
            if self._budgets:  # hashed only once an image was refused
                budget = self._budgets.get(_digest(content), budget)
            async with memory.hold(decode_cost(content, memory.limit)):
                try:
                    images[item_id] = await asyncio.to_thread(encode_image, content, budget=budget)
                except Exception as exc:  # that image's fault only
                    why = f"image could not be prepared: {exc}"
                    bad.append(ItemFailure(item_id, ErrorCode.INVALID_ARGUMENT, why))
        return images, bad

    def shrink(self, image: ImageContent, sent: int) -> None:
        """The API refused this image at `sent` bytes of base64: encode it to half that."""
        self._budgets[_digest(image)] = max(1, sent // 2)


def _digest(image: ImageContent) -> str:
    return hashlib.sha256(image.data).hexdigest()
