"""Jobs on Claude Haiku through Anthropic's Message Batches API, at half the price.

A job's items are packed into the same requests as live calls (the haiku
backend's public pair: `request` frames items under random batch-local ids with
the cached policy prompt and the structured answer, split within the API's
request size and image count), each keyed by a random `custom_id`
(``[a-zA-Z0-9_-]``, at most 64 characters). The requests go out as Message
Batches, polled with exponential backoff; their JSONL results are matched by
`custom_id` and read by the backend's `read`, by the same rules as a streamed
answer: verdicts, and the one `UpstreamError` a live call would have raised.

Blocklist hits (the operator's file and the policy's lists of the job's owner)
are answered before anything is sent, as `Engine.judge` answers them.

Repair and fallback are the live calls' (`resilient.repair`, the same `Rule` per
error kind, the same `Fallback`): ids missing from an answer, and requests that
come back errored (by the error's kind), expired, canceled or without a result,
are sent again in a follow-up batch; a cut-off or malformed answer in halves; the
items around a broken answer alone; an image the API refused smaller, alone; an
answer refused by the API's classifiers keeps its verdicts, sends the item it
stopped at again alone and the rest again without it, and an item refused alone
after an earlier send gets the policy's refusal action. An item out of its
`max_attempts` sends, or whose failure is not retried (a request the API refuses
as built), goes to the live path's fallback: the embedded classifier
(`source = fallback`), fail-closed (review) or none (a per-item UNAVAILABLE error).
A batch the API will not create for load or a server error is sent again later;
one it refuses to bill waits, spending no attempt.

Never twice for the same work: a batch and its requests are written to the
store *before* the create call and its upstream id right after. A restart
that finds a batch without its id (killed between the two) lists the
upstream's batches and adopts one created then only on the service's own
evidence: once it has ended, its results must name a `custom_id` this batch
wrote (request counts only pick the candidates); only when there is none is the
work sent again. So another application's batch in the same organisation is
never adopted, and never cancelled.

With replicas sharing a store, a batch another replica recorded but never
confirmed may still be on its way up (that replica lost its lease mid-call):
it is reconciled only once it is older than `stale_after_seconds`, longer
than any create call may take, so the adoption sees it if it was created.

Verdicts are counted for the job's owner (`tenant_of`). A deleted job's
batches are deleted upstream too: the API deletes only ended batches, so one
still in progress is cancelled first and deleted once it has ended.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import anthropic

from moderation.backends.base import Batch
from moderation.backends.haiku.backend import HaikuBackend
from moderation.backends.haiku.errors import error_kind
from moderation.backends.haiku.request import Reading
from moderation.backends.resilient import Fallback, FallbackMode
from moderation.domain import Item, ItemError, Judgement, Outcome
from moderation.engine import Engine
from moderation.jobs.model import Job
from moderation.jobs.store import BatchRow, BatchState, JobStore, RequestIds
from moderation.language import item_languages
from moderation.policy import Policy
from moderation.tenants import Tenant
from moderation.upstream.errors import ErrorKind, UpstreamError, rule_for
from moderation.upstream.repair import flag_injection, incomplete, refusals_alone, repair

log = logging.getLogger(__name__)

# Anthropic's limits for one Message Batch; the byte bound keeps a margin for JSON framing.
MAX_REQUESTS_PER_BATCH = 100_000
MAX_BATCH_BYTES = 200 * 1024 * 1024
# A batch created this long before its row was written still counts as the same work.
ADOPT_SLACK_SECONDS = 60.0
DELETES_PER_ROUND = 20  # upstream batches of deleted jobs looked at per runner round


@dataclass(frozen=True, slots=True)
class BatchesConfig:
    items_per_request: int = 32
    max_attempts: int = 4
    poll_seconds: float = 30.0
    poll_max_seconds: float = 600.0
    # A batch recorded by another replica and never confirmed is reconciled after this long.
    stale_after_seconds: float = 180.0


@dataclass(slots=True)
class _Poll:
    next_at: float
    interval: float


class BatchesExecutor:
    def __init__(
        self,
        store: JobStore,
        engine: Engine,
        haiku: HaikuBackend,
        config: BatchesConfig,
        fallback: Fallback | None = None,
        owner: str = "",
        tenant_of: Callable[[str], Tenant] = Tenant,
    ) -> None:
        self.store = store
        self.engine = engine
        self.haiku = haiku
        self.config = config
        self.fallback = fallback or Fallback(FallbackMode.NONE, metrics=engine.metrics)
        self.owner = owner
        self.tenant_of = tenant_of
        self._polls: dict[str, _Poll] = {}
        self._adoptions: dict[str, _Poll] = {}  # rows waiting for a candidate batch to end
        self._deletes: dict[str, _Poll] = {}  # upstream id -> when to look at it again
        self._submit_after = 0.0
        self._create_failures = 0

    @property
    def name(self) -> str:
        return "message-batches"

    @property
    def problem(self) -> str:
        """The Haiku backend's problem (a billing refusal met by jobs says so too)."""
        return self.haiku.problem

    async def start(self) -> None:
        """Nothing: the backend and the fallback are the live path's, started with it."""
        return None

    async def close(self) -> None:
        """Nothing: the backend and the fallback are the live path's, closed with it."""
        return None

    # --- one step of a job ------------------------------------------------

    async def step(self, job: Job) -> bool:
        policy = self.engine.policies.get(job.policy_id)
        moved = False
        for row in await self.store.batches(job.id, [BatchState.PREPARING]):
            if self._may_reconcile(row):
                await self._reconcile(row)
                moved = True
        for row in await self.store.batches(job.id, [BatchState.SUBMITTED]):
            moved |= await self._poll(job, row, policy)
        if time.monotonic() >= self._submit_after and (
            not self.haiku.problem or self.haiku.billing_refused
        ):
            moved |= await self._submit(job, policy)
        return moved

    async def release_ended(self) -> None:
        open_states = [BatchState.PREPARING, BatchState.SUBMITTED]
        for row in await self.store.batches(None, open_states):
            job = await self.store.get_job(row.job_id)
            if not job.state.ended:
                continue
            if row.upstream_id:
                await self._cancel_upstream(row.upstream_id)
            await self.store.mark_collected(row.key)

    async def delete_upstream(self) -> bool:
        """Batches of deleted jobs: cancelled while they run, deleted once they have ended
        (or forgotten when the API no longer has them). Each is looked at again with the
        polls' backoff, so a batch slow to cancel costs few calls."""
        now = time.monotonic()
        due = [
            u
            for u in await self.store.upstream_to_delete(DELETES_PER_ROUND)
            if u not in self._deletes or self._deletes[u].next_at <= now
        ]
        if not due:
            return False
        batches = self.haiku.batches
        gone = 0
        for upstream_id in due:
            try:
                batch = await batches.retrieve(upstream_id)
                if batch.processing_status == "ended":
                    await batches.delete(upstream_id)
                else:
                    if batch.processing_status == "in_progress":
                        await batches.cancel(upstream_id)
                    poll = self._deletes.setdefault(upstream_id, _Poll(now, 0.0))
                    poll.interval = min(
                        max(poll.interval * 2, self.config.poll_seconds),
                        self.config.poll_max_seconds,
                    )
                    poll.next_at = now + poll.interval
                    continue
            except anthropic.NotFoundError:
                pass  # deleted already (or expired from the API): nothing left to do
            except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
                log.warning("could not delete batch %s yet: %s", upstream_id, exc)
                continue
            await self.store.upstream_deleted(upstream_id)
            self._deletes.pop(upstream_id, None)
            gone += 1
        if gone:
            log.info("deleted %d Message Batch(es) of deleted jobs upstream", gone)
        return gone > 0

    async def _cancel_upstream(self, upstream_id: str) -> None:
        try:
            await self.haiku.batches.cancel(upstream_id)
        except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
            log.warning("could not cancel batch %s: %s", upstream_id, exc)

    # --- submit -----------------------------------------------------------

    async def _submit(self, job: Job, policy: Policy) -> bool:
        limit = MAX_REQUESTS_PER_BATCH * self.config.items_per_request
        rows = await self.store.open_items(job.id, limit, unassigned=True)
        if not rows:
            return False
        # Blocklist hits are answered here, as live calls are, and never sent upstream.
        tenant = self.tenant_of(job.owner)
        failed: list[tuple[int, Outcome]] = []
        for seq, item, _, _ in rows:
            listed = await self.engine.blocklisted(item, policy, tenant)
            if listed is not None:
                failed.append((seq, listed))
        answered = {seq for seq, _ in failed}
        groups = _group([r for r in rows if r[0] not in answered], self.config.items_per_request)
        requests: list[tuple[str, RequestIds, dict[str, Any]]] = []
        for group in groups:
            ids, framed = _framed(group)
            built, bad = await self.haiku.request(Batch(tuple(framed), policy))
            for failure in bad:
                seq, item_id = ids.pop(failure.item_id)
                failed.append((seq, ItemError(item_id, failure.code, failure.message)))
            for request in built:
                part: RequestIds = {local: ids[local] for local in request.ids}
                requests.append((f"mod-{secrets.token_hex(12)}", part, request.params))
        if failed:
            await self.store.record_outcomes(job.id, failed)
        for chunk in _chunks(requests):
            await self._create(job, chunk, policy)
        return True

    async def _create(
        self, job: Job, chunk: Sequence[tuple[str, RequestIds, dict[str, Any]]], policy: Policy
    ) -> None:
        key = secrets.token_hex(8)
        claimed = await self.store.add_batch(
            key, job.id, [(cid, ids) for cid, ids, _ in chunk], owner=self.owner
        )
        if not claimed:
            # Another replica took some of these items since they were read: not sent twice.
            log.info("job %s: items already carried by another batch; not sending", job.id)
            return
        try:
            batch = await self.haiku.batches.create(
                requests=[{"custom_id": cid, "params": params} for cid, _, params in chunk]  # type: ignore[typeddict-item]
            )
        except anthropic.APIStatusError as exc:
            # An answer with an error status: the batch was not created.
            self._create_failures += 1
            self._submit_after = time.monotonic() + min(
                self.config.poll_max_seconds, self.config.poll_seconds * 2**self._create_failures
            )
            kind = error_kind(exc)
            if kind is ErrorKind.BILLING:
                # Not the items' fault: they wait (no attempt spent) while health says why.
                if not self.haiku.billing_refused:
                    log.error("job %s: %s; batches wait until it is lifted", job.id, exc.message)
                self.haiku.billing(exc)
                await self.store.release_batch(key)
                return
            if rule_for(kind).backoff:
                # Load or a server error, as a live call would wait out: the same batch later.
                log.warning("job %s: creating a batch failed (%s); retrying later", job.id, exc)
                await self.store.release_batch(key)
                return
            log.error("job %s: the API refused the batch: %s", job.id, exc)
            requests = await self.store.requests_of(key)
            refused = Reading([], UpstreamError(kind, f"the API refused the batch: {exc.message}"))
            await self._settle(job, key, requests, dict.fromkeys(requests, refused), policy)
            return
        except anthropic.APIConnectionError as exc:
            # No answer: the batch may exist. The next step reconciles it like a crash would.
            log.warning("job %s: no answer to a batch create (%s); reconciling", job.id, exc)
            return
        self._create_failures = 0
        self.haiku.billing(None)
        if not await self.store.batch_submitted(key, batch.id):
            await self._orphaned(job, batch.id)
            return
        self._polls[key] = _Poll(
            time.monotonic() + self.config.poll_seconds, self.config.poll_seconds
        )
        log.info("job %s: batch %s with %d requests submitted", job.id, batch.id, len(chunk))

    async def _orphaned(self, job: Job, upstream_id: str) -> None:
        """A batch created after its record was reconciled away by another replica.

        If that replica adopted it, all is well; otherwise nobody will read it,
        and it is cancelled so the work is not paid for twice.
        """
        states = [BatchState.SUBMITTED, BatchState.COLLECTED]
        if any(r.upstream_id == upstream_id for r in await self.store.batches(job.id, states)):
            return
        log.warning("job %s: batch %s is no longer recorded; cancelling it", job.id, upstream_id)
        await self._cancel_upstream(upstream_id)
        await self.store.delete_upstream_later([upstream_id])  # its job may be deleted

    def _may_reconcile(self, row: BatchRow) -> bool:
        """Whether no create call can still be on its way for this unconfirmed batch."""
        if self.store.exclusive or row.owner == self.owner:
            return True  # the writer is this process, or one that died (it held the lock)
        return time.time() - row.created_at > self.config.stale_after_seconds

    async def _reconcile(self, row: BatchRow) -> None:
        """A batch written but never confirmed: adopt it once it is proven ours, else resend.

        The API says nothing of a batch's requests while it runs; only its results name
        them. So a batch created then, with as many requests, unclaimed, is only a
        candidate: it is adopted once it has ended and its results carry a `custom_id`
        this row wrote (random, 96 bits: no other application's batch has one). Until
        a candidate ends, the row waits (an adopted batch is read only once it ends
        anyway); no candidate, or none of ours among the ended ones: sent again. So
        another application's batch in the same organisation is never adopted or
        cancelled (it is only asked for its first result line, once it has ended).
        """
        check = self._adoptions.get(row.key)
        now = time.monotonic()
        if check is not None and now < check.next_at:
            return
        claimed = await self.store.upstream_ids()
        since = row.created_at - ADOPT_SLACK_SECONDS
        candidates = []
        page = await self.haiku.batches.list(limit=100)
        async for batch in page:
            created = batch.created_at.timestamp()
            if created < since:
                break
            total = sum(batch.request_counts.model_dump().values())
            if batch.id not in claimed and total == row.request_count:
                candidates.append(batch)
        ours = set(await self.store.requests_of(row.key))
        running = False
        for batch in reversed(candidates):  # newest first: the oldest match first
            if batch.processing_status != "ended":
                running = True
            elif await self._carries(batch.id, ours):
                log.warning("batch %s was created before a restart; adopting it", batch.id)
                self._adoptions.pop(row.key, None)
                await self.store.batch_submitted(row.key, batch.id)
                return
        if running:
            interval = self.config.poll_seconds if check is None else check.interval * 2
            interval = min(interval, self.config.poll_max_seconds)
            self._adoptions[row.key] = _Poll(now + interval, interval)
            log.info("a batch recorded before a restart may still be running; waiting for it")
            return
        self._adoptions.pop(row.key, None)
        log.warning("a batch recorded before a restart was never created; sending it again")
        await self.store.release_batch(row.key)

    async def _carries(self, upstream_id: str, custom_ids: set[str]) -> bool:
        """Whether an ended batch's results name a request this service wrote (the first
        result line is enough: custom_ids are random and never reused)."""
        try:
            results = await self.haiku.batches.results(upstream_id)
        except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
            log.warning("could not read the results of batch %s: %s", upstream_id, exc)
            return False
        try:
            async for line in results:
                return line.custom_id in custom_ids
            return False
        finally:
            await results.close()

    # --- poll and collect ---------------------------------------------------

    async def _poll(self, job: Job, row: BatchRow, policy: Policy) -> bool:
        key = row.key
        now = time.monotonic()
        poll = self._polls.setdefault(key, _Poll(now, self.config.poll_seconds))
        if now < poll.next_at:
            return False
        try:
            batch = await self.haiku.batches.retrieve(row.upstream_id)
        except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
            log.warning("job %s: polling batch %s failed: %s", job.id, row.upstream_id, exc)
            batch = None
        if batch is None or batch.processing_status != "ended":
            poll.interval = min(poll.interval * 2, self.config.poll_max_seconds)
            poll.next_at = now + poll.interval
            return False
        await self._collect(job, key, row.upstream_id, policy)
        self._polls.pop(key, None)
        return True

    async def _collect(self, job: Job, key: str, upstream_id: str, policy: Policy) -> None:
        """Read an ended batch: each request's result through the backend's `read`, as a
        streamed call's answer would be; a request without a result goes again as is."""
        requests = await self.store.requests_of(key)
        readings: dict[str, Reading] = {}
        async for line in await self.haiku.batches.results(upstream_id):
            ids = requests.get(line.custom_id)
            if ids is None or line.custom_id in readings:
                continue  # not ours, or repeated: never matched to anything
            reading = self.haiku.read(line.result, list(ids), policy)
            if reading.error is not None and reading.error.kind is ErrorKind.IMAGE_REJECTED:
                reading = Reading([], await self._image_refused(job, ids, reading.error, policy))
            readings[line.custom_id] = reading
        for cid in requests:
            if cid not in readings:
                missing = UpstreamError(ErrorKind.TRANSIENT, "no result for the request")
                readings[cid] = Reading([], missing)
        outcomes, again = await self._settle(job, key, requests, readings, policy)
        log.info(
            "job %s: batch %s collected: %d verdicts, %d items sent again",
            job.id,
            upstream_id,
            len(outcomes),
            len(again),
        )

    async def _settle(
        self,
        job: Job,
        key: str,
        requests: dict[str, RequestIds],
        readings: Mapping[str, Reading],
        policy: Policy,
    ) -> tuple[list[tuple[int, Outcome]], list[tuple[int, int]]]:
        """Record a batch's outcomes; items without one go again, or to the fallback, by the
        live calls' rules (`resilient.repair`): what goes again is sent in requests of at
        most its group's size (split, alone, or as is)."""
        tenant = self.tenant_of(job.owner)
        seqs = [seq for ids in requests.values() for seq, _ in ids.values()]
        stored = await self.store.attempts(job.id, seqs)
        # The judge names no language and quotes words: each verdict's language is
        # identified (in a thread: a batch holds thousands of texts) and its quotes located
        # in the item, as on the live path.
        held = await self.store.items_at(job.id, seqs)
        languages = await asyncio.to_thread(
            item_languages, [dataclasses.replace(item, id=str(seq)) for seq, item in held.items()]
        )
        outcomes: list[tuple[int, Outcome]] = []
        again: list[tuple[int, int]] = []
        spent: dict[int, tuple[str, bool]] = {}  # seq -> (why, the item steered the model)
        for cid, reading in readings.items():
            ids = requests[cid]
            judged = list(reading.judgements)
            answered = {j.item_id for j in judged}
            missing = [local for local in ids if local not in answered]
            error = reading.error or (incomplete(missing) if missing else None)
            if error is not None:
                attempts = {local: stored.get(seq, 0) for local, (seq, _) in ids.items()}
                # An item refused alone was sent before: its attempts count its refusals.
                refusals = dict(attempts)
                judged += refusals_alone(error, list(ids), missing, refusals, self.haiku.model)
                answered |= {j.item_id for j in judged}
                missing = [local for local in missing if local not in answered]
                fix = repair(list(ids), missing, error, attempts, self.config.max_attempts)
                for group in fix.again:
                    again.extend((ids[local][0], len(group)) for local in group)
                for local in fix.spent:
                    why = f"no verdict after {attempts[local]} Message Batches attempts: {error}"
                    spent[ids[local][0]] = (why, local in fix.culprits)
            for judgement in judged:
                seq, item_id = ids[judgement.item_id]
                language = judgement.language or languages.get(str(seq), "")
                mine = dataclasses.replace(judgement, item_id=item_id, language=language)
                content = held[seq].content if seq in held else None
                verdict = self.engine.verdict(item_id, policy, mine, tenant, content)
                outcomes.append((seq, verdict))
        if spent:
            outcomes += await self._fall_back(job, spent, policy)
        if not await self.store.collect(key, job.id, outcomes, again):
            log.info("job %s: a batch was already collected (by another replica)", job.id)
        return outcomes, again

    async def _fall_back(
        self, job: Job, spent: dict[int, tuple[str, bool]], policy: Policy
    ) -> list[tuple[int, Outcome]]:
        """Items out of attempts, answered by the live path's fallback, as a live item is."""
        stored = await self.store.items_at(job.id, list(spent))
        tenant = self.tenant_of(job.owner)
        out: list[tuple[int, Outcome]] = []
        by_reason: dict[str, list[int]] = {}
        for seq, (why, _) in spent.items():
            if seq in stored:
                by_reason.setdefault(why, []).append(seq)
        for why, group in by_reason.items():
            # Judged under their seqs: caller ids need not be unique across a job.
            items = {str(seq): dataclasses.replace(stored[seq], id=str(seq)) for seq in group}
            culprits = frozenset(str(seq) for seq in group if spent[seq][1])
            async for answered in self.fallback.answer(list(items), items, policy, why):
                outcome = flag_injection(answered, culprits)
                seq = int(outcome.item_id)
                item = stored[seq]
                if isinstance(outcome, Judgement):
                    judgement = dataclasses.replace(outcome, item_id=item.id)
                    verdict = self.engine.verdict(item.id, policy, judgement, tenant, item.content)
                    out.append((seq, verdict))
                else:
                    out.append((seq, ItemError(item.id, outcome.code, outcome.message)))
        return out

    async def _image_refused(
        self, job: Job, ids: RequestIds, error: UpstreamError, policy: Policy
    ) -> UpstreamError:
        """A request errored for one of its images: rebuilt (same items, same order, so the
        same content blocks) to find which, that image is encoded smaller and asked again
        alone, the rest together; as a live call does. Not found: halves (too large)."""
        stored = await self.store.items_at(job.id, [seq for seq, _ in ids.values()])
        framed = tuple(
            dataclasses.replace(stored[seq], id=local)
            for local, (seq, _) in ids.items()
            if seq in stored
        )
        built, _ = await self.haiku.request(Batch(framed, policy))
        at_fault = self.haiku.refused_image(built[0], str(error)) if len(built) == 1 else ""
        if not at_fault:
            return UpstreamError(ErrorKind.TOO_LARGE, str(error))
        return UpstreamError(ErrorKind.IMAGE_REJECTED, str(error), ids=[at_fault])


def _framed(group: Sequence[tuple[int, Item]]) -> tuple[RequestIds, list[Item]]:
    """A group's items under random batch-local ids (the caller's ids never go upstream)."""
    ids: RequestIds = {}
    framed: list[Item] = []
    for seq, item in group:
        while (local := secrets.token_hex(4)) in ids:
            pass
        ids[local] = (seq, item.id)
        framed.append(dataclasses.replace(item, id=local))
    return ids, framed


def _group(
    rows: Sequence[tuple[int, Item, int, int | None]], size: int
) -> list[list[tuple[int, Item]]]:
    """Items into requests of at most `size`, or of an item's own smaller cap (a repair)."""
    groups: list[list[tuple[int, Item]]] = []
    by_cap: dict[int, list[tuple[int, Item]]] = {}
    for seq, item, _, cap in rows:
        by_cap.setdefault(min(size, cap or size), []).append((seq, item))
    for cap, members in sorted(by_cap.items(), reverse=True):
        groups.extend(members[n : n + cap] for n in range(0, len(members), cap))
    return groups


def _chunks(
    requests: Sequence[tuple[str, RequestIds, dict[str, Any]]],
) -> list[list[tuple[str, RequestIds, dict[str, Any]]]]:
    """Requests into batches within the API's count and size limits."""
    out: list[list[tuple[str, RequestIds, dict[str, Any]]]] = [[]]
    size = 0
    for request in requests:
        n = len(json.dumps(request[2]))
        if out[-1] and (len(out[-1]) >= MAX_REQUESTS_PER_BATCH or size + n > MAX_BATCH_BYTES):
            out.append([])
            size = 0
        out[-1].append(request)
        size += n
    return [c for c in out if c]
