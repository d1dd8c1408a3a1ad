"""Small images made on the fly, so tests ship no binary fixtures."""

from __future__ import annotations

import io

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
