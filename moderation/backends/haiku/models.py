"""What the backend needs to know per model, in one table (overridable from config).

Figures from Anthropic's documentation: minimum cacheable prompt length
(2,048 tokens for Haiku 3.5, 4,096 for Haiku 4.5), whether the model takes
structured outputs (``output_config.format``; Haiku 3.x answers through a
forced tool call instead), its output-token ceiling, and prices per million
tokens (cache writes 1.25x the input price for the 5-minute TTL and 2x for
the 1-hour TTL, cache reads 0.1x; the Batch API halves everything), and whether
cache reads count toward the input-tokens-per-minute limit (they do on Haiku 3.5,
marked in the rate-limits page; not on Haiku 4.5 and other current models).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from moderation.domain import Usage

CACHE_WRITE_MULTIPLIER = {"5m": 1.25, "1h": 2.0}
CACHE_READ_MULTIPLIER = 0.1
BATCH_DISCOUNT = 0.5


@dataclass(frozen=True, slots=True)
class ModelSpec:
    min_cache_tokens: int
    structured_outputs: bool
    max_output_tokens: int
    input_usd_per_mtok: float
    output_usd_per_mtok: float
    cache_reads_count: bool = True  # cache reads count toward the input-tokens rate limit

    def cost(self, usage: Usage, cache_ttl: str = "5m", batch_api: bool = False) -> float:
        """Estimated USD for a call's token counts, cache writes priced for their TTL."""
        per_in = self.input_usd_per_mtok / 1e6
        write = CACHE_WRITE_MULTIPLIER.get(cache_ttl, CACHE_WRITE_MULTIPLIER["5m"])
        usd = (
            usage.input_tokens * per_in
            + usage.cache_creation_input_tokens * per_in * write
            + usage.cache_read_input_tokens * per_in * CACHE_READ_MULTIPLIER
            + usage.output_tokens * self.output_usd_per_mtok / 1e6
        )
        return usd * BATCH_DISCOUNT if batch_api else usd


# Keyed by model family; dated ids and aliases match by prefix.
CAPABILITIES: Mapping[str, ModelSpec] = {
    "claude-3-5-haiku": ModelSpec(2048, False, 8192, 0.80, 4.00),
    "claude-haiku-4-5": ModelSpec(4096, True, 64_000, 1.00, 5.00, cache_reads_count=False),
}
# An unknown model is treated conservatively: no structured outputs, a high cache minimum.
UNKNOWN = ModelSpec(4096, False, 4096, 1.00, 5.00)


def spec_for(model: str, overrides: Mapping[str, ModelSpec] | None = None) -> ModelSpec:
    table = {**CAPABILITIES, **(overrides or {})}
    if model in table:
        return table[model]
    family = max((k for k in table if model.startswith(k)), key=len, default=None)
    return table[family] if family else UNKNOWN


def parse_overrides(raw: str) -> dict[str, ModelSpec]:
    """JSON {model: {field: value}}; unspecified fields come from the built-in row."""
    if not raw.strip():
        return {}
    doc: Any = json.loads(raw)
    if not isinstance(doc, dict):
        raise ValueError("model capability overrides must be a JSON object")
    out: dict[str, ModelSpec] = {}
    for model, fields in doc.items():
        if not isinstance(fields, dict):
            raise ValueError(f"overrides for {model!r} must be an object")
        out[model] = dataclasses.replace(spec_for(model), **fields)
    return out
