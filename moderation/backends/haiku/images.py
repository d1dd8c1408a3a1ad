"""Images for the Messages API: downscaled to what the model can see, base64-encoded.

The API resizes anything whose long edge exceeds 1568 px anyway, so sending
more pixels only adds latency and upload size; an image costs about
width x height / 750 tokens. Pillow work is CPU-bound: callers run
`encode_image` in a thread, never on the event loop.
"""

from __future__ import annotations

import base64
import io
import math

from PIL import Image

from moderation.backends.haiku.framing import EncodedImage
from moderation.domain import ImageContent

MAX_EDGE = 1568
MAX_BYTES = 5 * 1024 * 1024
MAX_IMAGES_PER_REQUEST = 100
PIXELS_PER_TOKEN = 750
_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF", "image/webp": "WEBP"}


def image_tokens(width: int, height: int) -> int:
    return max(1, math.ceil(width * height / PIXELS_PER_TOKEN))


def encode_image(image: ImageContent, max_edge: int = MAX_EDGE) -> EncodedImage:
    """Downscale above `max_edge` (keeping the aspect ratio) and base64-encode."""
    with Image.open(io.BytesIO(image.data)) as img:
        width, height = img.size
        if max(width, height) <= max_edge and len(image.data) <= MAX_BYTES:
            return EncodedImage(
                image.media_type, base64.b64encode(image.data).decode("ascii"), width, height
            )
        scale = min(1.0, max_edge / max(width, height))
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        img.seek(0)  # first frame of an animation
        small = img.convert("RGBA" if img.mode in ("RGBA", "LA", "P") else "RGB").resize(
            size, Image.Resampling.LANCZOS
        )
    media_type = image.media_type
    fmt = _FORMATS.get(media_type, "PNG")
    if fmt == "GIF":  # re-encode a still frame losslessly
        media_type, fmt = "image/png", "PNG"
    if fmt == "JPEG" and small.mode != "RGB":
        small = small.convert("RGB")
    out = io.BytesIO()
    small.save(out, format=fmt, **({"quality": 85} if fmt in ("JPEG", "WEBP") else {}))
    data = out.getvalue()
    if len(data) > MAX_BYTES:  # a lossless re-encode can still be too big
        out = io.BytesIO()
        small.convert("RGB").save(out, format="JPEG", quality=80)
        media_type, data = "image/jpeg", out.getvalue()
    return EncodedImage(media_type, base64.b64encode(data).decode("ascii"), size[0], size[1])
