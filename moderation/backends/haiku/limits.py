"""What the Messages API refuses, and the budgets this service keeps below it.

Anthropic documents (and enforces) these limits per request:

- an image's **base64 string** may be at most 5 MB (5,242,880 bytes): a 3.75 MB
  file is already over, since base64 takes 4 bytes per 3; the API answers 400
  ``messages.M.content.N.image.source.base64: image exceeds 5 MB maximum``;
- a request body may be at most 32 MB (413 ``request_too_large``, answered
  by Cloudflare before the API sees it);
- at most 100 images per request.

The service sends less than that, with a margin for what it does not measure
exactly (JSON escaping, the system prompt and schema, headers): images are
re-encoded until their base64 fits `IMAGE_BASE64_BUDGET` (4.5 MiB), and a batch
is split into calls of at most `REQUEST_BYTES_BUDGET` (24 MiB) of item content.
Everything here is pure: the backend and the jobs executor share it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from moderation.backends.haiku.framing import EncodedImage, escape
from moderation.domain import Item, ItemFailure, TextContent

API_MAX_IMAGE_BASE64_BYTES = 5 * 1024 * 1024
API_MAX_REQUEST_BYTES = 32 * 1024 * 1024
API_MAX_IMAGES = 100
# Budgets: 10% under the image limit, 25% under the request limit.
IMAGE_BASE64_BUDGET = 4_718_592
REQUEST_BYTES_BUDGET = 24 * 1024 * 1024
# The frame around one item (tags, ids, the nonce) and JSON punctuation, generously.
ITEM_OVERHEAD_BYTES = 256

# "messages.0.content.7.image.source.base64: image exceeds 5 MB maximum: ..."
_IMAGE_BLOCK = re.compile(r"messages\.(\d+)\.content\.(\d+)\.image\b")
_IMAGE_ITEM = re.compile(r'id="([^"]+)" type="image"')


def base64_length(raw_bytes: int) -> int:
    """Length of the base64 string of `raw_bytes` bytes (4 characters per 3 bytes, padded)."""
    return 4 * ((raw_bytes + 2) // 3)


def item_bytes(item: Item, image: EncodedImage | None) -> int:
    """About how many bytes an item adds to the JSON request body."""
    size = ITEM_OVERHEAD_BYTES + len(json.dumps(escape(item.context)))
    if image is not None:
        return size + len(image.data_b64)
    if isinstance(item.content, TextContent):
        return size + len(json.dumps(escape(item.content.text)))
    return size


def split_calls(
    ids: Sequence[str],
    sizes: Mapping[str, int],
    images: Mapping[str, object],
    budget: int = REQUEST_BYTES_BUDGET,
    max_images: int = API_MAX_IMAGES,
) -> list[list[str]]:
    """Ids, in order, into calls of at most `budget` bytes and `max_images` images.

    An item bigger than the budget on its own goes alone (it cannot be split).
    """
    calls: list[list[str]] = []
    used = count = 0
    for i in ids:
        size = sizes.get(i, 0)
        image = 1 if i in images else 0
        if calls and calls[-1] and (used + size > budget or count + image > max_images):
            calls.append([])
            used = count = 0
        if not calls:
            calls.append([])
        calls[-1].append(i)
        used += size
        count += image
    return calls


def request_chunks(
    items: Sequence[Item], images: Mapping[str, EncodedImage], bad: Sequence[ItemFailure] = ()
) -> list[list[str]]:
    """Split so no request carries more bytes or more images than the API accepts."""
    failed = {f.item_id for f in bad}
    ids = [i.id for i in items if i.id not in failed]
    sizes = {i.id: item_bytes(i, images.get(i.id)) for i in items}
    return split_calls(ids, sizes, images)


def image_at_fault(message: str, request: Mapping[str, Any]) -> str | None:
    """The batch id of the image an API error message names (by its content block), if any.

    The framing puts ``<item-NONCE id="X" type="image">`` in the text block just before
    an item's image block, so the block index leads back to the item.
    """
    found = _IMAGE_BLOCK.search(message)
    if found is None:
        return None
    m, c = int(found.group(1)), int(found.group(2))
    try:
        content = request["messages"][m]["content"]
        before = content[c - 1] if c > 0 else None
    except (KeyError, IndexError, TypeError):
        return None
    if not isinstance(before, Mapping) or before.get("type") != "text":
        return None
    item = _IMAGE_ITEM.search(str(before.get("text", "")))
    return item.group(1) if item else None
