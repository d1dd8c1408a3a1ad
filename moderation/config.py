"""One Settings object, built once from environment variables and command-line flags.

Every setting has an environment variable (``MODERATION_<NAME>``, or the
Anthropic SDK's own names for the API key and base URL) and a flag
(``--<name-with-dashes>``); flags win over the environment. Nothing deeper in
the service reads ``os.environ``: the Settings object is passed down.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENV_PREFIX = "MODERATION_"
# Settings whose environment variable is not MODERATION_<NAME>.
_ENV_NAMES = {
    "anthropic_api_key": "ANTHROPIC_API_KEY",
    "anthropic_base_url": "ANTHROPIC_BASE_URL",
    "otel_traces_exporter": "OTEL_TRACES_EXPORTER",
    "jobs_retention_seconds": "MODERATION_JOBS_RETENTION",
}


def env_name(setting: str) -> str:
    """The environment variable of a setting."""
    return _ENV_NAMES.get(setting, ENV_PREFIX + setting.upper())


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


def _list_setting(default: Sequence[Any], help: str) -> Any:
    return field(default_factory=lambda: list(default), metadata={"help": help})


@dataclass(slots=True)
class Settings:
    # --- server ---
    host: str = _setting("127.0.0.1", "Address to listen on (0.0.0.0 in containers).")
    port: int = _setting(50051, "gRPC port.")
    metrics_port: int = _setting(0, "Port of the Prometheus /metrics endpoint; 0 turns it off.")
    http_port: int = _setting(
        0,
        "HTTP port (OpenAI-compatible /v1/moderations, Perspective-compatible "
        "/v1alpha1/comments:analyze, moderation.v1 as JSON, /openapi.json); 0 turns it off.",
    )
    http_max_body_bytes: int = _setting(
        16 * 1024 * 1024, "Largest HTTP request body; bigger ones are refused with 413."
    )
    http_image_urls: bool = _setting(
        False,
        "Let /v1/moderations fetch https image URLs (off: only data: URLs are accepted).",
    )
    http_image_fetch_seconds: float = _setting(
        5.0, "Time limit of fetching one https image URL (its size is capped by max_image_bytes)."
    )
    grace_seconds: float = _setting(10.0, "On SIGTERM, how long in-flight calls may finish.")
    event_loop: str = _setting(
        "uvloop",
        "The asyncio event loop the server runs on: uvloop (libuv; the default, about a tenth "
        "less CPU a call) or asyncio (the standard library's).",
    )
    log_level: str = _setting("INFO", "Logging level.")
    log_format: str = _setting(
        "text", "Log lines as text or json (one JSON object a line); both carry a request id."
    )
    log_http_requests: bool = _setting(
        False, "Log the HTTP client's INFO line for every upstream request (off: warnings only)."
    )
    otel_traces_exporter: str = _setting(
        "none",
        "Where spans go: none, otlp (OTLP/gRPC; endpoint and headers from the standard "
        "OTEL_EXPORTER_OTLP_* variables) or console.",
    )
    auth_tokens: list[str] = _list_setting(
        [], "Comma-separated bearer tokens; when set, moderation RPCs require one."
    )
    tenants_file: Path | None = _setting(
        None,
        "TOML file of tenants, their tokens (or sha256: digests), client-certificate names, "
        "roles, weights and limits; re-read on change. Unset: MODERATION_AUTH_TOKENS as one "
        "tenant, or no authentication.",
    )
    cache_scope: str = _setting(
        "tenant",
        "Who a cached verdict answers: tenant (only the tenant whose call produced it) or "
        "shared (every tenant: cheaper, but a hit reveals that a text was seen before).",
    )
    tls_cert_file: Path | None = _setting(
        None, "Server certificate chain (PEM); with the key, serves TLS only. Re-read on change."
    )
    tls_key_file: Path | None = _setting(None, "Private key of the server certificate (PEM).")
    tls_client_ca_file: Path | None = _setting(
        None, "CA (PEM) that client certificates are checked against, for mTLS."
    )
    tls_require_client_cert: bool = _setting(
        False, "Refuse clients without a certificate signed by the client CA (mTLS)."
    )
    max_connection_age_seconds: float = _setting(
        300.0,
        "Close each client connection after this long (GOAWAY, with jitter) so clients "
        "re-resolve and spread over new replicas; 0 keeps connections for ever.",
    )
    max_connection_age_grace_seconds: float = _setting(
        60.0, "How long calls in flight on an aged connection may finish before it is closed."
    )
    keepalive_time_seconds: float = _setting(
        60.0, "Ping a connection idle this long, to find peers that vanished without a FIN."
    )
    keepalive_timeout_seconds: float = _setting(
        20.0, "Close a connection whose keepalive ping is not answered within this long."
    )
    keepalive_min_ping_interval_seconds: float = _setting(
        20.0, "Shortest interval of clients' keepalive pings accepted without disconnecting them."
    )
    max_items_in_flight: int = _setting(
        20_000,
        "Items held by all calls and streams at once; beyond it new work is refused with "
        "RESOURCE_EXHAUSTED and RetryInfo.",
    )
    max_bytes_in_flight: int = _setting(
        512 * 1024 * 1024,
        "Bytes of requests held by all calls and streams at once; beyond it new work is refused.",
    )
    max_stream_in_flight: int = _setting(
        256, "Items of one stream judged or awaiting the reader before reading pauses."
    )
    max_stream_in_flight_bytes: int = _setting(
        32 * 1024 * 1024,
        "Bytes of content of one stream judged or awaiting the reader before reading pauses.",
    )
    max_message_bytes: int = _setting(
        0,
        "Largest request message; bigger ones are refused with RESOURCE_EXHAUSTED by gRPC. "
        "0: sized to the item limits (most items x largest item), at most 16 MiB; bigger "
        "jobs go through UploadJob.",
    )
    max_streams_per_connection: int = _setting(
        256,
        "Calls (HTTP/2 streams) one client connection may have open at once; more wait in "
        "the client until one ends (grpc.max_concurrent_streams).",
    )
    # --- backend ---
    backend: str = _setting(
        "auto",
        "Judge: auto (haiku when an API key is set, else local), haiku, local, or cascade "
        "(local first; its doubtful and unvalidated-language items to haiku).",
    )
    cascade_band_low: float = _setting(
        0.4,
        "cascade: an item goes to haiku when its largest threshold-relative score (review "
        "threshold at 0.5) is at least this...",
    )
    cascade_band_high: float = _setting(0.6, "...and at most this (see bench/RESULTS.md).")
    fallback: str = _setting(
        "local",
        "When haiku is unavailable: local (embedded classifier, source=fallback), "
        "fail-closed (decision review) or none (UNAVAILABLE).",
    )
    models: list[str] = _list_setting(
        ["claude-haiku-4-5"],
        "Comma-separated model ids tried in order; the first available one is used.",
    )
    anthropic_api_key: str = _setting("", "Anthropic API key (ANTHROPIC_API_KEY).")
    anthropic_base_url: str = _setting("", "Anthropic API base URL (ANTHROPIC_BASE_URL).")
    haiku_timeout_seconds: float = _setting(60.0, "Timeout of one Messages API call, in seconds.")
    haiku_breaker_failures: int = _setting(
        5,
        "Consecutive failed API calls (5xx, timeouts, refused key) that open the circuit "
        "breaker: items go to the fallback at once. 429/529 slow calls down instead.",
    )
    haiku_breaker_cooldown_seconds: float = _setting(
        30.0, "How long the breaker stays open before one trial call."
    )
    haiku_prompt_cache: str = _setting(
        "5m", "Prompt-cache lifetime of the policy prompt: 5m, 1h (dearer writes) or off."
    )
    haiku_model_capabilities: str = _setting(
        "", "JSON {model: {min_cache_tokens, structured_outputs, ...}} over the built-in table."
    )
    local_text_model: str = _setting(
        "minilm", "Embedded text classifier: minilm (default) or profanity (light)."
    )
    # --- policy and input limits ---
    policy_files: list[Path] = _list_setting(
        [], "Comma-separated policy files; the first is the default. Empty: the shipped policy."
    )
    blocklist_file: Path | None = _setting(None, "File of 'category: phrase' lines to block.")
    max_items_per_request: int = _setting(256, "Most items in one request or stream message.")
    max_text_chars: int = _setting(32_000, "Longest text item, in characters.")
    max_context_chars: int = _setting(2_000, "Longest item context, in characters.")
    max_image_bytes: int = _setting(5 * 1024 * 1024, "Largest image item, in bytes.")
    max_image_pixels: int = _setting(8_000, "Longest image edge, in pixels.")
    max_image_megapixels: float = _setting(
        25.0,
        "Pixel budget of one image (width x height, in millions): what decoding it may cost "
        "is bounded before it is decoded.",
    )
    # --- verdict cache ---
    cache_ttl_seconds: float = _setting(
        3600.0, "How long a verdict is reused for the same content."
    )
    cache_max_entries: int = _setting(100_000, "In-process verdict cache size (LRU).")
    redis_url: str = _setting(
        "", "redis://host:port/db to share the verdict cache across replicas."
    )
    cache_hmac_key: str = _setting(
        "",
        "Secret that signs verdicts stored in Redis (HMAC-SHA256), the same on every replica; "
        "an entry without a valid signature is a miss. Unset: entries are trusted as read.",
    )
    dedup_across_replicas: bool = _setting(
        True,
        "With Redis and the haiku backend, content already being judged on another replica "
        "waits for that verdict instead of being sent upstream again.",
    )
    # --- batching ---
    # Defaults from bench/batching_bench.py (RESULTS.md): 32 items per call cost 1/20 of one
    # item per call and still answer within ~6 s at p99 under saturation (a Haiku call takes
    # 0.7 s + 15 ms per output token, ~4 output tokens per item); 20 ms of wait fills batches
    # at moderate load for ~22 ms extra at light load; 8 calls in flight stay under common API
    # rate limits, and AIMD lowers it on 429/529.
    max_batch_items: int = _setting(32, "Most items in one upstream call.")
    max_batch_tokens: int = _setting(24_000, "Most estimated input tokens in one upstream call.")
    local_batch_items: int = _setting(
        16,
        "Most items in one batch of the embedded classifier (no per-call cost to spread; "
        "small batches keep a newcomer's wait short under load).",
    )
    local_batch_tokens: int = _setting(
        1_000,
        "Most estimated input tokens in one batch of the embedded classifier: a batch's time "
        "grows with its texts' length, and a newcomer waits for the batch before it (a "
        "flagged text's evidence checks run after its batch, a pass at a time).",
    )
    max_wait_ms: float = _setting(20.0, "Longest an item waits for its batch to fill.")
    max_queue_items: int = _setting(10_000, "Items queued before new work is refused.")
    max_queue_bytes: int = _setting(
        256 * 1024 * 1024, "Bytes of content queued before new work is refused."
    )
    max_concurrency: int = _setting(8, "Most upstream calls in flight.")
    min_concurrency: int = _setting(
        1, "Fewest upstream calls in flight when the upstream signals overload (AIMD floor)."
    )
    prompt_cache_ttl_seconds: float = _setting(
        300.0,
        "Lifetime of the model's prompt cache. A policy unused this long sends its next call "
        "alone, so the cache is written before a burst fans out; 0 turns that off.",
    )
    # --- upstream budget shared by the replicas (0: no budget) ---
    budget_requests_per_minute: float = _setting(
        0.0,
        "Upstream requests per minute for all replicas together (the organisation's limit, "
        "per model); 0: not limited here.",
    )
    budget_input_tokens_per_minute: float = _setting(
        0.0, "Upstream input tokens per minute for all replicas together; 0: not limited here."
    )
    budget_output_tokens_per_minute: float = _setting(
        0.0, "Upstream output tokens per minute for all replicas together; 0: not limited here."
    )
    budget_burst_seconds: float = _setting(
        60.0, "Seconds of refill a budget bucket holds (the API's buckets hold a minute)."
    )
    budget_local_share: float = _setting(
        0.25,
        "Share of the budget one replica uses alone while Redis cannot be reached "
        "(about 1/replicas).",
    )
    upstream_attempts: int = _setting(
        4,
        "Times one item is sent to the model before the fallback answers it. Every failed "
        "send counts: refused (429/529), failed (5xx, timeout) or answered without a valid "
        "verdict for it (missing, malformed, cut off, answered twice).",
    )
    # --- durable state and jobs ---
    data_dir: Path | None = _setting(
        None,
        "Directory of the service's durable state (the SQLite job store). Unset: "
        "$XDG_STATE_HOME/moderation, else ~/.local/state/moderation.",
    )
    jobs_store: str = _setting(
        "sqlite",
        "Where jobs live: sqlite (in the data directory, kept across restarts), redis "
        "(MODERATION_REDIS_URL, shared by every replica) or memory (lost on restart).",
    )
    jobs_dir: Path | None = _setting(
        None, "Directory of the SQLite job store; unset: the data directory's jobs/."
    )
    shadow_sample_rate: float = _setting(
        0.1,
        "Share of a policy's live model verdicts judged again under its shadow candidate "
        "(a policy file with shadow_of), off the callers' path.",
    )
    shadow_weight: float = _setting(
        0.1, "The shadow candidates' share of the batch queue and upstream calls, as a weight."
    )
    shadow_max_in_flight: int = _setting(16, "Most shadow judgements at once; more are skipped.")
    shadow_max_cost_usd: float = _setting(
        1.0, "A candidate's shadow judgements stop once their estimated cost reaches this."
    )
    shadow_report_content: bool = _setting(
        False, "Shadow reports quote the text of the flipped items' spans (offsets only if not)."
    )
    blocklists_store: str = _setting(
        "",
        "Where the blocklists managed through the API, and promotions of shadow policies by "
        "RPC, live: sqlite (the data directory's blocklists/), redis (MODERATION_REDIS_URL, "
        "shared by every replica) or memory. "
        "Unset: as MODERATION_JOBS_STORE.",
    )
    jobs_lease_seconds: float = _setting(
        15.0,
        "With the redis job store, how long a replica's claim on a job lasts unrenewed: "
        "another replica takes over a job this long after its runner died.",
    )
    jobs_max_items: int = _setting(100_000, "Most items in one job.")
    jobs_max_bytes: int = _setting(
        64 * 1024 * 1024, "Most bytes of content (texts, images, contexts) in one job."
    )
    jobs_tenant_max_items: int = _setting(
        1_000_000,
        "Most items one tenant's stored jobs hold in all (a tenant's jobs_max_items in the "
        "tenants file overrides it); 0: no limit.",
    )
    jobs_tenant_max_bytes: int = _setting(
        256 * 1024 * 1024,
        "Most bytes of content one tenant's stored jobs hold in all (a tenant's "
        "jobs_max_bytes overrides it); 0: no limit.",
    )
    jobs_retention_seconds: float = _setting(
        7 * 86400.0,
        "Seconds an ended job (succeeded or cancelled) is kept before it is deleted, with its "
        "Message Batches upstream; 0 keeps ended jobs until DeleteJob.",
    )
    # A few seconds: a small batch can end within a minute, and its job's counts (what
    # `moderate --job` shows) move only when the batch is polled.
    jobs_poll_seconds: float = _setting(
        5.0, "First wait before polling a Message Batch; doubles up to the maximum."
    )
    jobs_poll_max_seconds: float = _setting(600.0, "Longest wait between two polls of a batch.")
    jobs_max_attempts: int = _setting(
        4, "Message Batches sends of one job item before the fallback answers it."
    )

    @classmethod
    def load(
        cls, argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None
    ) -> Settings:
        """Defaults, then the environment, then flags."""
        values: dict[str, Any] = {}
        env = env or {}
        for f in dataclasses.fields(cls):
            name = env_name(f.name)
            if name in env and env[name] != "":
                values[f.name] = _convert(f, env[name])
        if argv is not None:
            parsed = build_parser().parse_args(argv)
            for key, raw in vars(parsed).items():
                if raw is not None:
                    values[key] = _convert(_field(key), raw)
        return dataclasses.replace(cls(), **values)

    def describe(self) -> dict[str, Any]:
        """The settings for a start-up log line, secrets masked."""
        out = dataclasses.asdict(self)
        if out["anthropic_api_key"]:
            out["anthropic_api_key"] = "***"
        out["auth_tokens"] = ["***"] * len(self.auth_tokens)
        if out["cache_hmac_key"]:
            out["cache_hmac_key"] = "***"
        if "@" in out["redis_url"]:  # a password in the URL
            scheme, _, rest = out["redis_url"].partition("://")
            out["redis_url"] = f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
        return out


def default_data_dir(env: Mapping[str, str]) -> Path:
    """Where durable state goes when MODERATION_DATA_DIR is unset (the XDG base-dir spec).

    Read from the environment the server was started with, at start-up, so a
    fresh machine needs no configuration.
    """
    state = env.get("XDG_STATE_HOME", "")
    if state and Path(state).is_absolute():
        return Path(state) / "moderation"
    home = env.get("HOME", "") or str(Path.home())
    return Path(home) / ".local" / "state" / "moderation"


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def _field(name: str) -> dataclasses.Field[Any]:
    return next(f for f in dataclasses.fields(Settings) if f.name == name)


def _convert(f: dataclasses.Field[Any], raw: str) -> Any:
    kind = str(f.type)
    if kind.startswith("list"):
        items = [part.strip() for part in raw.split(",") if part.strip()]
        return [Path(i) for i in items] if "Path" in kind else items
    if kind.startswith("Path"):
        return Path(raw) if raw else None
    if kind in ("int", "float"):
        try:
            return int(raw) if kind == "int" else float(raw)
        except ValueError:
            what = "a whole number" if kind == "int" else "a number"
            raise ValueError(f"{f.name}: {raw!r} is not {what}") from None
    if kind == "bool":
        word = raw.strip().lower()
        if word not in _TRUE | _FALSE:
            raise ValueError(f"{f.name}: {raw!r} is not a boolean (true/false, 1/0, yes/no)")
        return word in _TRUE
    return raw


def build_parser() -> argparse.ArgumentParser:
    """Flags for every setting; all default to None so unset flags leave env values alone."""
    parser = argparse.ArgumentParser(prog="moderation-server", description="Serve moderation.v1.")
    for f in dataclasses.fields(Settings):
        env = env_name(f.name)
        parser.add_argument(
            "--" + f.name.replace("_", "-"),
            dest=f.name,
            default=None,
            help=f"{f.metadata['help']} [env {env}]",
        )
    return parser
