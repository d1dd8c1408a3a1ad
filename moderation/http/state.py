"""What the HTTP handlers reach: the gRPC servicer (engine, admission, jobs) and the tenants."""

from __future__ import annotations

import ssl
from dataclasses import dataclass

from aiohttp import web

from moderation.tenants import Tenants
from moderation.transport.servicer import ModerationServicer


@dataclass(frozen=True, slots=True)
class HttpState:
    servicer: ModerationServicer
    tenants: Tenants
    image_urls: bool = False
    max_image_bytes: int = 5 * 1024 * 1024
    image_fetch_seconds: float = 5.0
    max_body_bytes: int = 16 * 1024 * 1024  # of a whole body; of one line of a streamed one
    # Trust for fetching https image URLs; None: the system's CAs.
    fetch_ssl: ssl.SSLContext | None = None


STATE = web.AppKey("state", HttpState)
# The method name a request is measured under (rpc_duration_seconds), set by its handler.
RPC = web.RequestKey("rpc", str)
# The call's request id, sent back in the answer's headers.
REQUEST_ID = web.RequestKey("request_id", str)
