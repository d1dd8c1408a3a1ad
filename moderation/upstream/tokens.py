"""Estimated input tokens of an item, before the model has counted them.

The batcher closes a batch on these estimates and the budget reserves by them, so
both sides of a call agree on what an item costs. Text: about four characters per
token for English. Images: Anthropic's documented width*height/750, capped where
the API downsizes (about 1.15 megapixels, ~1,600 tokens); an image of unknown size
counts at the cap. The upstream's own count settles each call afterwards.
"""

from __future__ import annotations

import math

from moderation.domain import ImageContent, Item, TextContent

CHARS_PER_TOKEN = 4
IMAGE_PIXELS_PER_TOKEN = 750
IMAGE_MAX_TOKENS = 1_600
# Per item: its delimiters, id and the structured verdict's framing in the prompt.
ITEM_OVERHEAD_TOKENS = 24


def estimate_tokens(item: Item) -> int:
    """Estimated input tokens an item adds to a batch (content, context and framing)."""
    content = item.content
    if isinstance(content, TextContent):
        tokens = math.ceil(len(content.text) / CHARS_PER_TOKEN)
    elif isinstance(content, ImageContent) and content.width > 0 and content.height > 0:
        tokens = min(
            IMAGE_MAX_TOKENS, math.ceil(content.width * content.height / IMAGE_PIXELS_PER_TOKEN)
        )
    else:
        tokens = IMAGE_MAX_TOKENS
    return tokens + math.ceil(len(item.context) / CHARS_PER_TOKEN) + ITEM_OVERHEAD_TOKENS
