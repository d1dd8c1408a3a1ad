"""Small images made on the fly, so tests ship no binary fixtures."""

from __future__ import annotations

import io
import math
import random

from PIL import Image


def png(width: int = 32, height: int = 32, color: tuple[int, int, int] = (40, 120, 200)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buf, format="PNG")
    return buf.getvalue()


def jpeg(width: int = 32, height: int = 32) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), (200, 180, 160)).save(buf, format="JPEG")
    return buf.getvalue()


def mpo(width: int = 32, height: int = 32) -> bytes:
    """A JPEG carrying a second picture (MPF), as phone cameras write them."""
    buf = io.BytesIO()
    first = Image.new("RGB", (width, height), (200, 180, 160))
    first.save(buf, format="MPO", save_all=True, append_images=[Image.new("RGB", (16, 16))])
    return buf.getvalue()


def noisy_png(raw_bytes: int, seed: int = 0) -> bytes:
    """A PNG of random pixels about `raw_bytes` long: noise does not compress, so the file
    is as big as its pixels (a square under the API's 1568-px edge for up to ~7 MB)."""
    side = max(1, math.isqrt(raw_bytes // 3))
    pixels = random.Random(seed).randbytes(side * side * 3)
    buf = io.BytesIO()
    Image.frombytes("RGB", (side, side), pixels).save(buf, format="PNG", compress_level=1)
    return buf.getvalue()
