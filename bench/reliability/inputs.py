"""Bad inputs made on the fly: images, decompression bombs, raw protobuf bytes.

Nothing binary is shipped; each builder says what it imitates.
"""

from __future__ import annotations

import io
import random
import struct
import zlib

from PIL import Image


def png(width: int = 32, height: int = 32) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), (40, 120, 200)).save(buf, format="PNG")
    return buf.getvalue()


def bmp(width: int = 8, height: int = 8) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), (1, 2, 3)).save(buf, format="BMP")
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width: int, height: int) -> bytes:
    """A 1-bit all-black PNG written row by row: huge in pixels, tiny in bytes.

    30,000 x 30,000 px is ~110 KB; 8,000 x 8,000 px (inside the default edge limit)
    ~8 KB, yet decoding it as RGB takes ~190 MB.
    """
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" * (1 + (width + 7) // 8)
    z = zlib.compressobj(9)
    parts = [z.compress(row) for _ in range(height)]
    data = b"".join(parts) + z.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )


def png_truncated(width: int = 2000, height: int = 2000) -> bytes:
    """A real PNG cut in half, as an interrupted upload leaves it: the header still parses."""
    noise = random.Random(0).randbytes(12_000)
    img = Image.frombytes("RGB", (width, height), noise * (width * height * 3 // len(noise) + 1))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    data = buf.getvalue()
    return data[: len(data) // 2]


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def field_bytes(number: int, payload: bytes) -> bytes:
    """One length-delimited protobuf field."""
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def request_with_bad_utf8() -> bytes:
    """ModerateRequest{items: [Item{id: "x", text: <invalid UTF-8>}]} built by hand."""
    item = field_bytes(1, b"x") + field_bytes(2, b"caf\xc3\x28 \xff\xfe")
    return field_bytes(1, item)


def request_with_unknown_field(text: str) -> bytes:
    """A valid request plus a field this server does not know (a newer client's)."""
    item = field_bytes(1, b"newer") + field_bytes(2, text.encode()) + field_bytes(99, b"extra")
    return field_bytes(1, item) + field_bytes(77, b"future")


def png_rgba(width: int, height: int, colour: tuple[int, int, int, int]) -> bytes:
    """A one-colour RGBA PNG written row by row: 8,000 x 8,000 px is ~250 KB on the wire and
    256 MB decoded (under Pillow's bomb guard). Made without holding the pixels in memory."""
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    row = b"\x00" + bytes(colour) * width
    z = zlib.compressobj(9)
    parts = [z.compress(row) for _ in range(height)]
    data = b"".join(parts) + z.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )


def png_tiny(n: int) -> bytes:
    """A distinct 1 x 1 RGB PNG for each `n` (under 2**24): ~70 bytes each."""
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixel = b"\x00" + n.to_bytes(3, "big")
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(pixel))
        + _chunk(b"IEND", b"")
    )
