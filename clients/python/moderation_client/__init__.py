"""A small typed client for moderation.v1, over the generated gRPC stubs."""

from moderation_client.client import (
    AsyncModerationClient,
    ModerationClient,
    ModerationRpcError,
    image_item,
    text_item,
)

__all__ = [
    "AsyncModerationClient",
    "ModerationClient",
    "ModerationRpcError",
    "image_item",
    "text_item",
]
