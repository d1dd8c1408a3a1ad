"""Builds the service from Settings and runs it: engine, gRPC server, health, reflection."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1._async import HealthServicer
from grpc_reflection.v1alpha import reflection, reflection_pb2_grpc
from grpc_reflection.v1alpha._async import ReflectionServicer as AsyncReflection

from moderation.backends.base import Backend
from moderation.backends.cascade import CascadeBackend
from moderation.backends.resilient import FallbackMode, ResilienceConfig, ResilientBackend
from moderation.batching import Batcher, BatchSettings
from moderation.blocklist import Blocklist, BlocklistFile
from moderation.blocklists import (
    Blocklists,
    BlocklistStore,
    MemoryBlocklistStore,
    RedisBlocklistStore,
    SqliteBlocklistStore,
)
from moderation.cache import CacheScope, build_cache
from moderation.config import Settings, default_data_dir
from moderation.engine import Engine
from moderation.http.server import HttpServer, start_http
from moderation.http.state import HttpState
from moderation.http.tls import ReloadingContext
from moderation.jobs.service import JobsConfigError, JobService, build_job_service
from moderation.language import warm_language_identifier
from moderation.observability import Metrics, serve_prometheus, watch_event_loop
from moderation.policy import Policy, PolicyRegistry
from moderation.promotions import CODEC as PROMOTION_CODEC
from moderation.promotions import COLLECTION as PROMOTIONS
from moderation.promotions import Promotions
from moderation.redis_trust import check_redis
from moderation.shadow import Shadow, ShadowSettings
from moderation.shared_inflight import SharedInFlight
from moderation.tenants import Tenants, TenantsConfigError
from moderation.transport import bounds, decoding
from moderation.transport.admission import CORE_OPTIONS, Admission
from moderation.transport.auth import Identity
from moderation.transport.connections import ConnectionPolicy
from moderation.transport.servicer import ModerationServicer, StreamLimits
from moderation.transport.telemetry import Edge, TelemetryInterceptor
from moderation.transport.tls import CertificateFiles, TlsConfig, TlsConfigError
from moderation.upstream.budget import build_budget
from moderation.upstream.pacing import Pacer
from moderation.upstream.warmup import SharedWarmup
from moderation.v1 import moderation_pb2
from moderation.validation import Limits

log = logging.getLogger(__name__)

BLOCKLISTS_SUBDIR = "blocklists"

SERVICE_NAME = moderation_pb2.DESCRIPTOR.services_by_name["ModerationService"].full_name
# How often health is checked against the engine's problem (a lost model, a refused key).
HEALTH_CHECK_SECONDS = 1.0


class ConfigError(ValueError):
    """The settings cannot make a working server; reported at start-up."""


def resolve_backend_kind(settings: Settings) -> str:
    kind = settings.backend.strip().lower()
    if kind == "auto":
        return "haiku" if settings.anthropic_api_key else "local"
    if kind not in {"haiku", "local", "cascade"}:
        raise ConfigError(f"MODERATION_BACKEND must be auto, haiku, local or cascade, not {kind!r}")
    return kind


def build_backend(
    settings: Settings, metrics: Metrics, pacer: Pacer, policies: PolicyRegistry | None = None
) -> Backend:
    """The configured judge, built once: `local`, or `haiku` inside its `ResilientBackend`.

    The wrapper owns retries, the breaker and the fallback (the embedded backend,
    fail-closed or none); the policies are handed to `haiku` so it measures each
    one's prompt at start-up.
    """
    from moderation.backends.local import build_local_backend

    kind = resolve_backend_kind(settings)
    served = policies.all() if policies else []
    if kind == "local":
        return build_local_backend(settings, policies=served)
    from moderation.backends.haiku import build_haiku_backend

    try:
        resilience = ResilienceConfig.from_settings(settings)
    except ValueError as exc:
        modes = ", ".join(m.value for m in FallbackMode)
        raise ConfigError(f"MODERATION_FALLBACK must be one of {modes}: {exc}") from None
    haiku = build_haiku_backend(settings, metrics, policies=served)
    fallback = (
        build_local_backend(settings, fallback=True, policies=served)
        if resilience.fallback is FallbackMode.LOCAL
        else None
    )
    resilient = ResilientBackend(haiku, resilience, pacer, fallback, metrics)
    if kind != "cascade":
        return resilient
    band = (settings.cascade_band_low, settings.cascade_band_high)
    try:
        return CascadeBackend(build_local_backend(settings, policies=served), resilient, band)
    except ValueError as exc:
        raise ConfigError(f"MODERATION_CASCADE_BAND_LOW/HIGH: {exc}") from None


def build_tenants(settings: Settings) -> Tenants:
    """Who may call, from the tenants file or MODERATION_AUTH_TOKENS; a bad file stops start-up."""
    try:
        tenants = Tenants.from_settings(settings.tenants_file, settings.auth_tokens)
    except TenantsConfigError as exc:
        raise ConfigError(str(exc)) from None
    directory = tenants.directory
    if settings.tenants_file is not None:
        log.info(
            "tenants from %s: %s",
            settings.tenants_file,
            ", ".join(f"{t.id} ({t.role.value}, weight {t.weight:g})" for t in directory.tenants),
        )
    return tenants


def cache_scope(settings: Settings) -> CacheScope:
    try:
        return CacheScope(settings.cache_scope.strip().lower())
    except ValueError:
        raise ConfigError(
            f"MODERATION_CACHE_SCOPE must be tenant or shared, not {settings.cache_scope!r}"
        ) from None


def total_weight(tenants: Tenants) -> Callable[[], float]:
    """The sum of the configured tenants' weights, read as the tenants file changes."""
    return lambda: sum(t.weight for t in tenants.all()) or 1.0


async def build_engine(
    settings: Settings,
    metrics: Metrics | None = None,
    backend: Backend | None = None,
    tenants: Tenants | None = None,
) -> Engine:
    """Everything behind the transport; `backend` replaces the configured one (tests)."""
    engine, _ = await assemble(settings, metrics, backend, tenants)
    return engine


async def assemble(
    settings: Settings,
    metrics: Metrics | None = None,
    backend: Backend | None = None,
    tenants: Tenants | None = None,
) -> tuple[Engine, Backend]:
    """The engine, and the backend it judges with (built once: jobs use it too)."""
    metrics = metrics or Metrics()
    tenants = tenants or build_tenants(settings)
    scope = cache_scope(settings)
    reloads = metrics.config_reloads
    shadows: list[Shadow] = []  # the engine's, once built: a reload logs its reports

    def policy_reloaded(policy: Policy | None, ok: bool) -> None:
        reloads.labels("policy", "ok" if ok else "failed").inc()
        for shadow in shadows:
            if policy is not None:
                shadow.live_reloaded(policy)

    policies = PolicyRegistry.from_paths(settings.policy_files, on_reload=policy_reloaded)
    blocklist = (
        BlocklistFile(
            settings.blocklist_file,
            on_reload=lambda ok: reloads.labels("blocklist", "ok" if ok else "failed").inc(),
        )
        if settings.blocklist_file
        else Blocklist.empty()
    )
    # The upstream budget paces calls to the API; the embedded classifier is not one.
    remote = backend.name != "local" if backend else resolve_backend_kind(settings) != "local"
    if remote:
        batching = BatchSettings.from_settings(settings)
    else:
        from moderation.backends.local.backend import WORKERS

        batching = BatchSettings.from_settings(settings, local_workers=WORKERS)
    budget = build_budget(settings, metrics) if remote else None
    pacer = Pacer(batching.min_concurrency, batching.max_concurrency, budget=budget)
    backend = backend or build_backend(settings, metrics, pacer, policies)
    await backend.start()
    # Every verdict names its language: load the identifier now, off the event loop.
    await asyncio.to_thread(warm_language_identifier)
    log.info("judging with backend %s, model %s", backend.name, backend.model)
    # A cascade's doubts wait in a batcher of their own (`CascadeBackend.queue`).
    cascade = backend if isinstance(backend, CascadeBackend) and backend.queue is None else None
    calls = Batcher(
        cascade.upstream if cascade is not None else backend,
        batching,
        metrics,
        pacer=pacer,
        shared_warmup=build_shared_warmup(settings, metrics),
        total_weight=total_weight(tenants),
    )
    batcher = calls
    if cascade is not None:
        # The embedded part scores batches as large as the upstream's (a batch's doubts go
        # up together), as many at once as its pool scores, with no budget or warm-up; the
        # doubts wait for the upstream's slots and budget turns in a batcher of their own:
        # a confident item never waits for another item's call to Claude.
        cascade.queue = calls
        from moderation.backends.local.backend import WORKERS

        scoring = batching.scored_by(WORKERS)
        batcher = Batcher(
            cascade,
            scoring,
            metrics,
            pacer=Pacer(scoring.min_concurrency, scoring.max_concurrency),
            total_weight=total_weight(tenants),
        )
    policies.prepare = calls.warm  # a reloaded version's prompt cache, before its traffic
    queues = (batcher,) if cascade is None else (batcher, calls)
    metrics.gauge(
        "queue_items", "Items waiting in the batch queue.", lambda: sum(q.queued for q in queues)
    )
    metrics.gauge(
        "queue_bytes",
        "Bytes of content waiting in the batch queue.",
        lambda: sum(q.queued_bytes for q in queues),
    )
    metrics.gauge(
        "upstream_calls_in_flight",
        "Backend calls (batches) running now.",
        lambda: calls.in_flight,
    )
    metrics.gauge(
        "upstream_concurrency_limit",
        "The adaptive limit on upstream calls in flight: MODERATION_MAX_CONCURRENCY, halved "
        "on 429/529 and grown back on success.",
        lambda: pacer.limit.current,
    )
    limits = Limits(
        max_items=settings.max_items_per_request,
        max_text_chars=settings.max_text_chars,
        max_context_chars=settings.max_context_chars,
        max_image_bytes=settings.max_image_bytes,
        max_image_pixels=settings.max_image_pixels,
        max_image_area=round(settings.max_image_megapixels * 1_000_000),
    )
    store = build_blocklist_store(settings, os.environ)
    engine = Engine(
        policies,
        batcher,
        build_cache(settings),
        blocklist,
        limits,
        metrics,
        build_shared_inflight(settings, metrics, backend.name),
        scope,
        Blocklists(store),
    )
    if cascade is not None:  # the cascade's doubts still queued go upstream, then it closes
        engine.behind_dispatcher.append(calls.close)
    engine.shadow = Shadow(
        policies,
        ShadowSettings(
            settings.shadow_sample_rate,
            settings.shadow_weight,
            settings.shadow_max_in_flight,
            settings.shadow_max_cost_usd,
            settings.shadow_report_content,
        ),
        batcher.submit,
        Engine._make_verdict,
        headroom=lambda: calls.in_flight < pacer.limit.current / 2,
    )
    shadows.append(engine.shadow)
    policies.on_promote = engine.shadow.promoted  # a promotion logs its report's numbers
    # Promotions by RPC: recorded beside the blocklists, in force here before any traffic.
    engine.promotions = Promotions(policies, store.beside(PROMOTIONS, PROMOTION_CODEC))
    await engine.promotions.start()
    return engine, backend


def build_blocklist_store(settings: Settings, env: Mapping[str, str]) -> BlocklistStore:
    """Where the API's blocklists live: MODERATION_BLOCKLISTS_STORE, else as the jobs.

    A data directory that cannot hold the SQLite file keeps blocklists in memory (said in
    one log line), as jobs do; an unknown jobs store is the jobs settings' error to report.
    """
    chosen = settings.blocklists_store.strip().lower()
    kind = chosen or settings.jobs_store.strip().lower()
    if kind == "redis":
        if not settings.redis_url:
            raise ConfigError("MODERATION_BLOCKLISTS_STORE=redis needs MODERATION_REDIS_URL")
        return RedisBlocklistStore(settings.redis_url)
    if kind == "memory":
        return MemoryBlocklistStore()
    if chosen and chosen != "sqlite":
        raise ConfigError(
            f"MODERATION_BLOCKLISTS_STORE must be sqlite, redis or memory, not {chosen!r}"
        )
    directory = (settings.data_dir or default_data_dir(env)) / BLOCKLISTS_SUBDIR
    try:
        return SqliteBlocklistStore(directory / "blocklists.sqlite3")
    except (OSError, sqlite3.Error) as exc:
        log.error(
            "blocklists live in this process only (lost on restart): cannot use %s (%s); set "
            "MODERATION_DATA_DIR to a writable directory",
            directory,
            exc,
        )
        return MemoryBlocklistStore()


# How long the replicas' leases (in-flight dedup, prompt-cache warm-up) wait for Redis: a
# quarter second, as the verdict cache, since a late reply costs only a duplicate judgement
# or cache write; the budget waits longer (budget.BUDGET_REDIS_TIMEOUT_SECONDS).
LEASE_REDIS_TIMEOUT_SECONDS = 0.25


def build_shared_inflight(
    settings: Settings, metrics: Metrics, backend: str
) -> SharedInFlight | None:
    """With Redis and a remote backend, one upstream judgement per content across replicas
    (the embedded classifier judges faster than replicas could agree on who does)."""
    if not settings.redis_url or not settings.dedup_across_replicas or backend == "local":
        return None
    from redis.asyncio import Redis

    client = Redis.from_url(
        settings.redis_url,
        socket_timeout=LEASE_REDIS_TIMEOUT_SECONDS,
        socket_connect_timeout=LEASE_REDIS_TIMEOUT_SECONDS,
    )
    return SharedInFlight(client, lease=settings.haiku_timeout_seconds, metrics=metrics)


def build_shared_warmup(settings: Settings, metrics: Metrics) -> SharedWarmup | None:
    """With Redis, one prompt-cache warm-up per policy and model across replicas."""
    if not settings.redis_url or settings.prompt_cache_ttl_seconds <= 0:
        return None
    from redis.asyncio import Redis

    client = Redis.from_url(
        settings.redis_url,
        socket_timeout=LEASE_REDIS_TIMEOUT_SECONDS,
        socket_connect_timeout=LEASE_REDIS_TIMEOUT_SECONDS,
    )
    return SharedWarmup(client, settings.prompt_cache_ttl_seconds, metrics=metrics)


@dataclass
class RunningServer:
    """A started server: its bound port, and how to stop it cleanly."""

    server: grpc.aio.Server
    engine: Engine
    servicer: ModerationServicer
    health: HealthServicer
    port: int
    jobs: JobService | None = None
    health_follower: asyncio.Task[None] | None = None
    loop_watch: asyncio.Task[None] | None = None
    http: HttpServer | None = None

    async def stop(self, grace: float) -> None:
        """Report NOT_SERVING, let in-flight calls finish for `grace` seconds, then release.

        Streams read on for a second (refusing what they read, UNAVAILABLE, so items on their
        way get an answer), then stop and end UNAVAILABLE once they have answered
        every item they accepted, so their callers move to another replica.
        """
        if self.health_follower is not None:
            self.health_follower.cancel()  # NOT_SERVING from here on stays
        if self.loop_watch is not None:
            self.loop_watch.cancel()
        await self.health.enter_graceful_shutdown()
        self.servicer.drain()
        if self.http is not None:  # both ports finish their calls within the same grace
            await asyncio.gather(self.server.stop(grace), self.http.stop(grace))
        else:
            await self.server.stop(grace)
        if self.jobs is not None:
            await self.jobs.close()
        await self.engine.close()


def _credentials(settings: Settings) -> grpc.ServerCredentials | None:
    """TLS (or mTLS) credentials re-read when their files change; None for plaintext."""
    try:
        tls = TlsConfig.from_settings(settings)
        credentials = CertificateFiles(tls).credentials() if tls else None
    except TlsConfigError as exc:
        raise ConfigError(str(exc)) from None
    mode = "mTLS" if tls and tls.require_client_cert else "TLS" if tls else "plaintext"
    log.info("connections: %s", mode)
    return credentials


def _listen(
    server: grpc.aio.Server, address: str, credentials: grpc.ServerCredentials | None
) -> int:
    """Bind `address` and return its port; one in use (or not this host's) stops start-up."""
    try:
        if credentials is None:
            port = server.add_insecure_port(address)
        else:
            port = server.add_secure_port(address, credentials)
    except RuntimeError:  # gRPC's "Failed to bind"
        port = 0
    if port == 0:
        raise ConfigError(f"cannot listen on {address}: the address is in use or not available")
    return port


async def start_server(settings: Settings, engine: Engine | None = None) -> RunningServer:
    credentials = _credentials(settings)  # before the engine: a bad file fails fast
    await check_redis(settings)
    tenants = build_tenants(settings)
    # The backend is built once: jobs on Message Batches send through the live path's Haiku
    # backend and fall back through its fallback. A test's own engine has neither.
    live: Backend | None = None
    if engine is None:
        engine, live = await assemble(settings, tenants=tenants)
    try:
        jobs = await build_job_service(
            settings,
            engine,
            resolve_backend_kind(settings),
            os.environ,
            tenants,
            live if isinstance(live, ResilientBackend) else None,
        )
    except JobsConfigError as exc:
        await engine.close()
        raise ConfigError(str(exc)) from None
    # One wrapped handler per call, chosen as the call's headers arrive: the span, request
    # id and latency around identity, so refused calls are traced and measured too.
    identity = Identity(tenants)
    edge = Edge(TelemetryInterceptor(engine.metrics, identity.behavior), identity.resolution)
    server = grpc.aio.server(
        options=[
            *bounds.options(settings),
            # On by default on Linux: a second server on this port would silently share its
            # traffic instead of failing to start.
            ("grpc.so_reuseport", 0),
            *CORE_OPTIONS,
            *ConnectionPolicy.from_settings(settings).options(),
        ],
    )
    servicer = ModerationServicer(
        engine,
        StreamLimits(settings.max_stream_in_flight, settings.max_stream_in_flight_bytes),
        Admission(
            settings.max_items_in_flight, settings.max_bytes_in_flight, total_weight(tenants)
        ),
        jobs,
        tenants,
    )
    admission = servicer.admission
    engine.metrics.gauge(
        "admission_items",
        "Items held by all calls and streams now (refused beyond MODERATION_MAX_ITEMS_IN_FLIGHT).",
        lambda: admission.items,
    )
    engine.metrics.gauge(
        "admission_bytes",
        "Request bytes held by all calls and streams now (refused beyond "
        "MODERATION_MAX_BYTES_IN_FLIGHT).",
        lambda: admission.bytes,
    )
    decoding.add_to_server(servicer, edge)
    health = HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health, edge)
    names = (
        SERVICE_NAME,
        health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
        reflection.SERVICE_NAME,
    )
    # enable_server_reflection picks the asyncio servicer only for a grpc.aio server itself.
    reflection_pb2_grpc.add_ServerReflectionServicer_to_server(AsyncReflection(names), edge)
    server.add_generic_rpc_handlers((edge,))
    try:
        port = _listen(server, f"{settings.host}:{settings.port}", credentials)
    except ConfigError:
        if jobs is not None:
            await jobs.close()
        await engine.close()
        raise
    await server.start()
    try:
        http = await _start_http(settings, servicer, tenants) if settings.http_port else None
    except ConfigError:
        await server.stop(0)
        if jobs is not None:
            await jobs.close()
        await engine.close()
        raise
    problem = server_problem(engine, jobs)
    await _report(health, problem, "")
    follower = asyncio.create_task(follow_problem(health, engine, problem, jobs), name="health")
    watch = asyncio.create_task(watch_event_loop(engine.metrics), name="event-loop-lag")
    return RunningServer(server, engine, servicer, health, port, jobs, follower, watch, http)


async def _start_http(
    settings: Settings, servicer: ModerationServicer, tenants: Tenants
) -> HttpServer:
    """The HTTP port beside the gRPC one, through the same servicer (engine, admission, jobs)."""
    state = HttpState(
        servicer,
        tenants,
        image_urls=settings.http_image_urls,
        max_image_bytes=settings.max_image_bytes,
        image_fetch_seconds=settings.http_image_fetch_seconds,
        max_body_bytes=settings.http_max_body_bytes,
    )
    try:
        tls = TlsConfig.from_settings(settings)  # with TLS on gRPC, never plaintext beside it
        context = ReloadingContext(tls).context if tls else None
        return await start_http(
            state,
            servicer.engine.metrics,
            settings.host,
            settings.http_port,
            settings.grace_seconds,
            context,
        )
    except (OSError, TlsConfigError) as exc:
        raise ConfigError(str(exc)) from None


def server_problem(engine: Engine, jobs: JobService | None) -> str:
    """Why the server cannot judge now: the engine's problem (no usable model, a refused key,
    a refused bill), else the jobs' (a refused bill met by a Message Batch), or ""."""
    return engine.problem or (jobs.problem if jobs is not None else "")


async def follow_problem(
    health: HealthServicer, engine: Engine, reported: str, jobs: JobService | None = None
) -> None:
    """Report NOT_SERVING while the server cannot judge and SERVING once it can again;
    faults the resilience layer answers are not problems."""
    while True:
        await asyncio.sleep(HEALTH_CHECK_SECONDS)
        problem = server_problem(engine, jobs)
        if problem != reported:
            await _report(health, problem, reported)
            reported = problem


async def _report(health: HealthServicer, problem: str, before: str) -> None:
    if problem:
        log.error("reporting NOT_SERVING: %s", problem)
    elif before:
        log.info("reporting SERVING again")
    status = (
        health_pb2.HealthCheckResponse.NOT_SERVING
        if problem
        else health_pb2.HealthCheckResponse.SERVING
    )
    for name in ("", SERVICE_NAME):
        await health.set(name, status)


def freeze_startup_heap() -> None:
    """Put what start-up allocated (modules, models, the SDK's classes: ~180,000 objects) out
    of the garbage collector's sight. A full collection walks every tracked object with the
    event loop stopped, ~0.1 s for that heap, and a large request allocates enough to set
    one off; frozen objects are never walked (they live as long as the process anyway)."""
    gc.collect()
    gc.freeze()


async def serve(settings: Settings) -> None:
    """Run until SIGTERM or SIGINT, then shut down gracefully."""
    running = await start_server(settings)
    freeze_startup_heap()
    log.info("serving moderation.v1 on %s:%d", settings.host, running.port)
    if running.http is not None:
        log.info("serving HTTP on %s:%d", settings.host, running.http.port)
    stop_metrics = None
    if settings.metrics_port:
        stop_metrics = serve_prometheus(
            running.engine.metrics, settings.host, settings.metrics_port
        )
        log.info("Prometheus metrics on %s:%d/metrics", settings.host, settings.metrics_port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log.info("shutting down: %.0fs for in-flight calls", settings.grace_seconds)
    await running.stop(settings.grace_seconds)
    if stop_metrics is not None:
        stop_metrics()
    log.info("stopped; counters %s", running.engine.metrics.totals())
