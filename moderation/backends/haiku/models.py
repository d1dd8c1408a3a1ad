"""What the backend needs to know per model, in one table (overridable from config).

Figures from Anthropic's documentation: minimum cacheable prompt length
(2,048 tokens for Haiku 3.5, 4,096 for Haiku 4.5), whether the model takes
structured outputs (``output_config.format``; Haiku 3.x answers through a
forced tool call instead), its output-token ceiling, and prices per million
tokens (cache writes 1.25x the input price for the 5-minute TTL and 2x for
the 1-hour TTL, cache reads 0.1x; the Batch API halves everything), and whether
cache reads count toward the input-tokens-per-minute limit (they do on Haiku 3.5,
marked in the rate-limits page; not on Haiku 4.5 and other current models).

For any model id, the Models API's answer (``capabilities.structured_outputs``,
``max_tokens``) overrides the table's capabilities at start-up
(`spec_from_model_info`); the operator's overrides win over both. Prices come
only from the table (or the overrides): a model without a row has an unknown
price, said once in the log, and its estimated cost is reported as 0.
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
    input_usd_per_mtok: float | None  # None: the price is unknown
    output_usd_per_mtok: float | None
    cache_reads_count: bool = True  # cache reads count toward the input-tokens rate limit

    @property
    def priced(self) -> bool:
        return self.input_usd_per_mtok is not None and self.output_usd_per_mtok is not None

    def cost(self, usage: Usage, cache_ttl: str = "5m", batch_api: bool = False) -> float:
        """Estimated USD for a call's token counts, cache writes priced for their TTL
        (0 when the model's price is unknown)."""
        if self.input_usd_per_mtok is None or self.output_usd_per_mtok is None:
            return 0.0
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
# An unknown model is treated conservatively: no structured outputs, a high cache minimum,
# no price (until the Models API or the operator says more).
UNKNOWN = ModelSpec(4096, False, 4096, None, None)


def spec_for(model: str, overrides: Mapping[str, ModelSpec] | None = None) -> ModelSpec:
    table = {**CAPABILITIES, **(overrides or {})}
    if model in table:
        return table[model]
    family = max((k for k in table if model.startswith(k)), key=len, default=None)
    return table[family] if family else UNKNOWN


def spec_from_model_info(model: str, info: Any) -> ModelSpec | None:
    """The table's row for `model` with the capabilities the Models API gave (an SDK
    ``ModelInfo``); None when the answer carries none."""
    capabilities = getattr(info, "capabilities", None)
    max_tokens = getattr(info, "max_tokens", None)
    if capabilities is None and max_tokens is None:
        return None
    base = spec_for(model)
    structured = base.structured_outputs
    if capabilities is not None:
        structured = bool(capabilities.structured_outputs.supported)
    return dataclasses.replace(
        base,
        structured_outputs=structured,
        max_output_tokens=int(max_tokens) if max_tokens else base.max_output_tokens,
    )


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
