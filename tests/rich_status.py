"""Reading google.rpc rich status details off a failed grpc.aio call."""

from __future__ import annotations

from typing import Any

import grpc
from google.rpc import status_pb2

DETAILS_KEY = "grpc-status-details-bin"


def rich_status(err: grpc.aio.AioRpcError) -> status_pb2.Status:
    metadata: Any = err.trailing_metadata() or ()
    for key, value in metadata:
        if key == DETAILS_KEY:
            return status_pb2.Status.FromString(value)
    raise AssertionError(f"{err.code()} carries no rich status details")
