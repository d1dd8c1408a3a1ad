"""A raw HTTP/2 sender of one large gRPC message: what a hostile caller does, with no gRPC stack.

A gRPC client library gives up as soon as the server answers; an attacker does
not. This one opens a plaintext HTTP/2 connection, starts one call with no
token, announces a message of `size` bytes and sends it as fast as HTTP/2 flow
control lets it (a peer that sends past the window is cut off by the protocol,
so that is the most any sender can push), answering SETTINGS and PINGs so the
connection stays up, and then holds the connection open for `hold` seconds.

Written by hand because no HTTP/2 library is among the project's dependencies:
only the few frames a sender needs (HPACK literals without Huffman coding).
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
from dataclasses import dataclass

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
DATA, HEADERS, RST_STREAM, SETTINGS, PING, GOAWAY, WINDOW_UPDATE = 0, 1, 3, 4, 6, 7, 8
END_STREAM, ACK, END_HEADERS = 0x1, 0x1, 0x4
INITIAL_WINDOW_SIZE, MAX_FRAME_SIZE = 0x4, 0x5
STREAM = 1
DEFAULT_WINDOW = 65_535


def _frame(kind: int, flags: int, stream: int, payload: bytes = b"") -> bytes:
    return (
        struct.pack(">I", len(payload))[1:]
        + bytes([kind, flags])
        + struct.pack(">I", stream)
        + payload
    )


def _int(value: int, prefix_bits: int, first: int = 0) -> bytes:
    """An HPACK integer with an N-bit prefix (RFC 7541 §5.1)."""
    top = (1 << prefix_bits) - 1
    if value < top:
        return bytes([first | value])
    out = bytearray([first | top])
    value -= top
    while value >= 128:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _literal(name: str, value: str) -> bytes:
    """A header as a literal without indexing, new name, no Huffman (RFC 7541 §6.2.2)."""
    n, v = name.encode(), value.encode()
    return b"\x00" + _int(len(n), 7) + n + _int(len(v), 7) + v


def headers_block(authority: str, path: str, metadata: tuple[tuple[str, str], ...] = ()) -> bytes:
    fields = [
        (":method", "POST"),
        (":scheme", "http"),
        (":path", path),
        (":authority", authority),
        ("content-type", "application/grpc"),
        ("te", "trailers"),
        *metadata,
    ]
    return b"".join(_literal(k, v) for k, v in fields)


@dataclass
class FloodResult:
    """What one connection managed: bytes of the message(s) sent, and how the server answered."""

    sent: int = 0
    answered: bool = False  # the server sent response headers or trailers on a call
    reset: bool = False  # the server reset a call's stream (RST_STREAM)
    goaway: bool = False
    closed: bool = False  # the server closed the connection


class _Window:
    def __init__(self) -> None:
        self.connection = DEFAULT_WINDOW
        self.streams: dict[int, int] = {}
        self.initial = DEFAULT_WINDOW
        self.max_frame = 16_384
        self.ended: set[int] = set()  # streams the server answered or reset
        self.changed = asyncio.Event()

    def stream(self, sid: int) -> int:
        return self.streams.setdefault(sid, self.initial)


async def flood(
    host: str,
    port: int,
    path: str,
    message: bytes,
    hold: float,
    metadata: tuple[tuple[str, str], ...] = (),
    streams: int = 1,
) -> FloodResult:
    """Start `streams` calls on one new connection, each sending one gRPC message of
    `message` bytes (body only; the 5-byte prefix is added) as fast as flow control
    allows, then keep the connection for `hold` seconds."""
    result = FloodResult()
    window = _Window()
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(PREFACE + _frame(SETTINGS, 0, 0))
    block = headers_block(f"{host}:{port}", path, metadata)
    ids = [STREAM + 2 * n for n in range(streams)]
    for sid in ids:
        writer.write(_frame(HEADERS, END_HEADERS, sid, block))
    await writer.drain()
    read_task = asyncio.create_task(_read(reader, writer, window, result))
    body = b"\x00" + struct.pack(">I", len(message)) + message
    offsets = dict.fromkeys(ids, 0)
    try:
        while not result.closed:
            live = [i for i in ids if offsets[i] < len(body) and i not in window.ended]
            ready = [i for i in live if min(window.connection, window.stream(i)) > 0]
            if not live:
                break
            if not ready:
                window.changed.clear()
                try:
                    await asyncio.wait_for(window.changed.wait(), timeout=hold)
                except TimeoutError:
                    break  # the server stopped reading: nothing more can be sent
                continue
            for sid in ready:
                room = min(window.connection, window.stream(sid), window.max_frame)
                if room <= 0:
                    continue
                chunk = body[offsets[sid] : offsets[sid] + room]
                offsets[sid] += len(chunk)
                window.connection -= len(chunk)
                window.streams[sid] -= len(chunk)
                last = END_STREAM if offsets[sid] == len(body) else 0
                writer.write(_frame(DATA, last, sid, chunk))
            await writer.drain()
        result.sent = sum(max(0, o - 5) for o in offsets.values())
        await asyncio.sleep(hold)  # an attacker keeps what it has made the server hold
    except (ConnectionError, OSError):
        result.closed = True
        result.sent = sum(max(0, o - 5) for o in offsets.values())
    finally:
        read_task.cancel()
        with contextlib.suppress(BaseException):
            await read_task
        writer.close()
        with contextlib.suppress(BaseException):
            await writer.wait_closed()
    return result


async def _read(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    window: _Window,
    result: FloodResult,
) -> None:
    try:
        while True:
            head = await reader.readexactly(9)
            length = int.from_bytes(head[:3], "big")
            kind, flags = head[3], head[4]
            stream = int.from_bytes(head[5:9], "big") & 0x7FFFFFFF
            payload = await reader.readexactly(length) if length else b""
            if kind == SETTINGS and not flags & ACK:
                for i in range(0, len(payload), 6):
                    key, value = struct.unpack(">HI", payload[i : i + 6])
                    if key == INITIAL_WINDOW_SIZE:
                        for sid in window.streams:
                            window.streams[sid] += value - window.initial
                        window.initial = value
                    elif key == MAX_FRAME_SIZE:
                        window.max_frame = value
                writer.write(_frame(SETTINGS, ACK, 0))
            elif kind == PING and not flags & ACK:
                writer.write(_frame(PING, ACK, 0, payload))
            elif kind == WINDOW_UPDATE:
                grow = int.from_bytes(payload[:4], "big") & 0x7FFFFFFF
                if stream == 0:
                    window.connection += grow
                else:
                    window.streams[stream] = window.stream(stream) + grow
            elif kind == HEADERS and stream:
                result.answered = True
                if flags & END_STREAM:
                    window.ended.add(stream)
            elif kind == RST_STREAM and stream:
                result.reset = True
                window.ended.add(stream)
            elif kind == GOAWAY:
                result.goaway = True
            window.changed.set()
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, OSError):
        result.closed = True
        window.changed.set()
