"""The job store in Redis: every replica reads and runs the same jobs.

A job created on one replica can be read, listed, cancelled and streamed on
any other, and the replica holding the job's lease runs it; when that replica
dies its lease expires and another takes the job over from what is stored
here. The rules are the SQLite store's (see `moderation.jobs.store`), kept by
server-side Lua scripts, each atomic: an outcome is written only where there
is none (HSETNX); claiming a new batch's items fails as a whole when any is
carried or answered; a batch's outcomes, resubmissions and "collected" mark
are one script that does nothing for a batch already collected.

Why scripts rather than MULTI/WATCH: each of these checks and writes many
keys of one job at once, and a script needs no retry loop under contention.
Keys share one prefix; the scripts build a job's key names from it, so the
store wants one Redis (not a cluster), like the shared budget.

Layout, under `moderation:jobs:`: `index` and `open` (sorted sets of job ids
by creation time: visible jobs, and those pending or running), `o:<tenant>`
(a tenant's visible jobs, by creation time), `ended` (ended jobs, by end time:
what retention sweeps), `uploading` (uploads in progress, by last message),
`j:<id>` (a hash: the job's fields, its owner, the items and bytes it counts
against its owner's quota, its counts by decision and its summed usage),
`j:<id>:items|iid|ids|out|att|cap|req` (hashes by seq or item id),
`j:<id>:open` and `j:<id>:free` (sorted sets of seqs without an outcome, and of
those no batch carries), `j:<id>:lease`, `j:<id>:batches`, `b:<key>` and
`b:<key>:req` (a batch and its requests), `batches:open` and `upstream`
(batches not collected, upstream ids claimed), `upstream:delete` (upstream
batches of deleted jobs, until deleted upstream), `t:<tenant>` (a hash: the
items and bytes its jobs hold) and `version` (2 once jobs stored before
tenants have been given to the default tenant). Nothing expires: jobs are
data, not cache (the Redis must not evict them; see k8s/components/redis);
they go when deleted, or when retention sweeps them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from typing import Any, cast

from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from moderation.domain import ErrorCode, Item, ItemError, Outcome, Usage
from moderation.jobs.model import (
    Job,
    JobCounts,
    JobEnded,
    JobNotFound,
    JobState,
    StoreQuota,
    TenantJobsFull,
)
from moderation.jobs.store import (
    BatchRow,
    OpenItem,
    RequestIds,
    StoreKind,
    decode_item,
    decode_outcome,
    encode_item,
    encode_outcome,
    item_bytes,
    items_bytes,
    outcome_decision,
    outcome_usage,
)
from moderation.tenants import DEFAULT_TENANT_ID

PREFIX = "moderation:jobs:"
Arg = str | int | float  # a script argument
CHUNK = 1000  # items per command when writing a job
# An upload not continued for this long belongs to a replica that died mid-stream.
UPLOAD_ABANDONED_SECONDS = 3600.0
LAYOUT_VERSION = "2"  # jobs have owners, and count against their owner's quota
_USAGE_FIELDS = ("u_in", "u_cr", "u_cc", "u_out", "u_usd")
_DECISIONS = ("allow", "review", "block", "error")

# Outcomes as flat ARGV groups of 8: seq, outcome, decision, then the five usage numbers.
_WRITE = """
local function write_outcomes(j, now, base, n)
  if redis.call('EXISTS', j) == 0 then return 0 end  -- deleted: never bring keys back
  local written = 0
  for k = 0, n - 1 do
    local o = base + k * 8
    local seq = ARGV[o]
    if redis.call('HSETNX', j .. ':out', seq, ARGV[o + 1]) == 1 then
      redis.call('ZREM', j .. ':open', seq)
      redis.call('ZREM', j .. ':free', seq)
      redis.call('HDEL', j .. ':req', seq)
      redis.call('HINCRBY', j, 'n_' .. ARGV[o + 2], 1)
      local names = {'u_in', 'u_cr', 'u_cc', 'u_out', 'u_usd'}
      for f = 1, 5 do
        if ARGV[o + 2 + f] ~= '0' then
          redis.call('HINCRBYFLOAT', j, names[f], ARGV[o + 2 + f])
        end
      end
      written = written + 1
    end
  end
  if written > 0 then redis.call('HSET', j, 'updated_at', now) end
  return written
end
"""

# ARGV: job key, now, n, outcomes...
_RECORD = _WRITE + "return write_outcomes(ARGV[1], ARGV[2], 4, tonumber(ARGV[3]))"

# ARGV: job key, batch key, open-batches set, now, n outcomes, batch id, outcomes...,
#       n retry, (seq, cap)...
_COLLECT = (
    _WRITE
    + """
local j, b = ARGV[1], ARGV[2]
local state = redis.call('HGET', b, 'state')
if state ~= 'preparing' and state ~= 'submitted' then return 0 end
redis.call('HSET', b, 'state', 'collected')
redis.call('SREM', ARGV[3], ARGV[6])
local n = tonumber(ARGV[5])
write_outcomes(j, ARGV[4], 7, n)
local r = 7 + n * 8
local m = tonumber(ARGV[r])
for k = 0, m - 1 do
  local seq, cap = ARGV[r + 1 + k * 2], ARGV[r + 2 + k * 2]
  if redis.call('HEXISTS', j .. ':out', seq) == 0 then
    redis.call('HDEL', j .. ':req', seq)
    redis.call('HINCRBY', j .. ':att', seq, 1)
    redis.call('HSET', j .. ':cap', seq, cap)
    redis.call('ZADD', j .. ':free', seq, seq)
  end
end
return 1
"""
)

# ARGV: job key, batch key, open-batches set, now, owner, job id, batch id, request count,
#       n requests, then per request: custom_id, ids json, n seqs, seqs...
_ADD_BATCH = """
local j, b = ARGV[1], ARGV[2]
local n = tonumber(ARGV[9])
local o = 10
local requests = {}
for k = 1, n do
  local cid, ids, m = ARGV[o], ARGV[o + 1], tonumber(ARGV[o + 2])
  local seqs = {}
  for s = 1, m do
    local seq = ARGV[o + 2 + s]
    if not redis.call('ZSCORE', j .. ':free', seq) then return 0 end
    seqs[s] = seq
  end
  requests[k] = {cid, ids, seqs}
  o = o + 3 + m
end
redis.call('HSET', b, 'job_id', ARGV[6], 'upstream_id', '', 'state', 'preparing',
  'request_count', ARGV[8], 'created_at', ARGV[4], 'owner', ARGV[5])
redis.call('SADD', ARGV[3], ARGV[7])
redis.call('SADD', j .. ':batches', ARGV[7])
for _, r in ipairs(requests) do
  redis.call('HSET', b .. ':req', r[1], r[2])
  for _, seq in ipairs(r[3]) do
    redis.call('ZREM', j .. ':free', seq)
    redis.call('HSET', j .. ':req', seq, r[1])
  end
end
return 1
"""

# KEYS: batch, upstream set. ARGV: upstream id.
_SUBMITTED = """
if redis.call('HGET', KEYS[1], 'state') ~= 'preparing' then return 0 end
redis.call('HSET', KEYS[1], 'upstream_id', ARGV[1], 'state', 'submitted')
redis.call('SADD', KEYS[2], ARGV[1])
return 1
"""

# ARGV: job key, batch key, open-batches set, batch id.
_RELEASE = """
local j, b = ARGV[1], ARGV[2]
local reqs = redis.call('HGETALL', b .. ':req')
for k = 1, #reqs, 2 do
  local cid = reqs[k]
  for _, pair in pairs(cjson.decode(reqs[k + 1])) do
    local seq = tostring(pair[1])
    if redis.call('HGET', j .. ':req', seq) == cid then
      redis.call('HDEL', j .. ':req', seq)
      if redis.call('HEXISTS', j .. ':out', seq) == 0 then
        redis.call('ZADD', j .. ':free', seq, seq)
      end
    end
  end
end
redis.call('DEL', b, b .. ':req')
redis.call('SREM', ARGV[3], ARGV[4])
redis.call('SREM', j .. ':batches', ARGV[4])
return 1
"""

# ARGV: job key, open-jobs set, job id, now, n, prefix, outcomes...
# The content of a cancelled job's items goes: nothing will judge them now.
_CANCEL = (
    _WRITE
    + """
local j, p = ARGV[1], ARGV[6]
local state = redis.call('HGET', j, 'state')
if not state or state == 'uploading' then return 'missing' end
if state == 'succeeded' or state == 'cancelled' then return 'ended:' .. state end
write_outcomes(j, ARGV[4], 7, tonumber(ARGV[5]))
redis.call('HSET', j, 'state', 'cancelled', 'updated_at', ARGV[4], 'ended_at', ARGV[4])
redis.call('ZREM', ARGV[2], ARGV[3])
redis.call('ZADD', p .. 'ended', ARGV[4], ARGV[3])
redis.call('DEL', j .. ':items')
local size = tonumber(redis.call('HGET', j, 'q_bytes') or '0')
if size ~= 0 then
  local owner = redis.call('HGET', j, 'owner') or 'default'
  redis.call('HINCRBY', p .. 't:' .. owner, 'bytes', -size)
  redis.call('HSET', j, 'q_bytes', 0)
end
return 'ok'
"""
)

# ARGV: job key, open-jobs set, job id, now, ended-jobs set.
_FINISH = """
local j = ARGV[1]
if redis.call('ZCARD', j .. ':open') > 0 then return 0 end
local state = redis.call('HGET', j, 'state')
if state == 'pending' or state == 'running' then
  redis.call('HSET', j, 'state', 'succeeded', 'updated_at', ARGV[4], 'ended_at', ARGV[4])
  redis.call('ZREM', ARGV[2], ARGV[3])
  redis.call('ZADD', ARGV[5], ARGV[4], ARGV[3])
end
return 1
"""

# ARGV: job key, index, open-jobs set, uploading set, job id, state, now, prefix.
_SET_STATE = """
local j = ARGV[1]
local created = redis.call('HGET', j, 'created_at')
if not created then return 0 end
redis.call('HSET', j, 'state', ARGV[6], 'updated_at', ARGV[7])
if ARGV[6] == 'running' and not redis.call('HGET', j, 'started_at') then
  redis.call('HSET', j, 'started_at', ARGV[7])
end
if ARGV[6] == 'pending' or ARGV[6] == 'running' then
  local owner = redis.call('HGET', j, 'owner') or 'default'
  redis.call('ZREM', ARGV[4], ARGV[5])
  redis.call('ZADD', ARGV[2], created, ARGV[5])
  redis.call('ZADD', ARGV[3], created, ARGV[5])
  redis.call('ZADD', ARGV[8] .. 'o:' .. owner, created, ARGV[5])
end
return 1
"""

# Checked and counted in one step, so concurrent uploads cannot both pass the quota.
# Limits of -1 are no limit. Returns {'ok'} or {what, used}.
_QUOTA = """
local function take(t, j, n, b, max_items, max_bytes)
  local items = tonumber(redis.call('HGET', t, 'items') or '0')
  local bytes = tonumber(redis.call('HGET', t, 'bytes') or '0')
  if max_items >= 0 and items + n > max_items then return {'items', items} end
  if max_bytes >= 0 and bytes + b > max_bytes then return {'bytes', bytes} end
  redis.call('HINCRBY', t, 'items', n)
  redis.call('HINCRBY', t, 'bytes', b)
  redis.call('HINCRBY', j, 'q_items', n)
  redis.call('HINCRBY', j, 'q_bytes', b)
  return {'ok', 0}
end
"""

# A new job, as an upload (its items follow, then its state). ARGV: job key, prefix,
# job id, now, n items, bytes, max items, max bytes, policy id, backend, owner.
_CREATE = (
    _QUOTA
    + """
local j, p, owner = ARGV[1], ARGV[2], ARGV[11]
local got = take(p .. 't:' .. owner, j, tonumber(ARGV[5]), tonumber(ARGV[6]),
  tonumber(ARGV[7]), tonumber(ARGV[8]))
if got[1] ~= 'ok' then return got end
redis.call('HSET', j, 'policy_id', ARGV[9], 'backend', ARGV[10], 'owner', owner,
  'state', 'uploading', 'item_count', 0, 'created_at', ARGV[4], 'updated_at', ARGV[4])
redis.call('ZADD', p .. 'uploading', ARGV[4], ARGV[3])
return got
"""
)

# More items of an upload. ARGV: job key, prefix, n items, bytes, max items, max bytes.
_RESERVE = (
    _QUOTA
    + """
local j, p = ARGV[1], ARGV[2]
local owner = redis.call('HGET', j, 'owner')
if not owner then return {'missing', 0} end
return take(p .. 't:' .. owner, j, tonumber(ARGV[3]), tonumber(ARGV[4]),
  tonumber(ARGV[5]), tonumber(ARGV[6]))
"""
)

# A job gone whole: its keys, its batches (their upstream ids kept to delete upstream),
# its place in every index, and what it counted against its owner. ARGV: job key,
# prefix, job id, now.
_DELETE = """
local j, p, id = ARGV[1], ARGV[2], ARGV[3]
if redis.call('EXISTS', j) == 0 then return 0 end
local owner = redis.call('HGET', j, 'owner') or 'default'
local t = p .. 't:' .. owner
local items = tonumber(redis.call('HGET', j, 'q_items') or '0')
local bytes = tonumber(redis.call('HGET', j, 'q_bytes') or '0')
if items ~= 0 then redis.call('HINCRBY', t, 'items', -items) end
if bytes ~= 0 then redis.call('HINCRBY', t, 'bytes', -bytes) end
if tonumber(redis.call('HGET', t, 'items') or '0') == 0
    and tonumber(redis.call('HGET', t, 'bytes') or '0') == 0 then
  redis.call('DEL', t)  -- a tenant with no jobs left keeps no key
end
for _, key in ipairs(redis.call('SMEMBERS', j .. ':batches')) do
  local b = p .. 'b:' .. key
  local up = redis.call('HGET', b, 'upstream_id')
  if up and up ~= '' then redis.call('ZADD', p .. 'upstream:delete', 'NX', ARGV[4], up) end
  redis.call('DEL', b, b .. ':req')
  redis.call('SREM', p .. 'batches:open', key)
end
for _, suffix in ipairs({'', ':items', ':iid', ':ids', ':out', ':att', ':cap', ':req', ':open',
    ':free', ':lease', ':batches'}) do
  redis.call('DEL', j .. suffix)
end
for _, index in ipairs({'index', 'open', 'uploading', 'ended', 'o:' .. owner}) do
  redis.call('ZREM', p .. index, id)
end
return 1
"""

# A job stored before tenants: the default tenant's, with its size counted. ARGV: job key,
# prefix, job id, bytes of content, whether it is visible (1) or an upload (0).
_ADOPT = """
local j, p, id = ARGV[1], ARGV[2], ARGV[3]
if redis.call('EXISTS', j) == 0 or redis.call('HEXISTS', j, 'owner') == 1 then return 0 end
local items = tonumber(redis.call('HGET', j, 'item_count') or '0')
local state = redis.call('HGET', j, 'state')
local bytes = tonumber(ARGV[4])
if state == 'cancelled' then
  redis.call('DEL', j .. ':items')
  bytes = 0
end
redis.call('HSET', j, 'owner', 'default', 'q_items', items, 'q_bytes', bytes)
redis.call('HINCRBY', p .. 't:default', 'items', items)
redis.call('HINCRBY', p .. 't:default', 'bytes', bytes)
if ARGV[5] == '1' then
  redis.call('ZADD', p .. 'o:default', redis.call('HGET', j, 'created_at'), id)
end
if state == 'succeeded' or state == 'cancelled' then
  local ended = redis.call('HGET', j, 'ended_at') or redis.call('HGET', j, 'updated_at')
  redis.call('ZADD', p .. 'ended', ended, id)
end
return 1
"""

# KEYS: batch, open-batches set. ARGV: batch id. A batch deleted with its job stays gone.
_MARK_COLLECTED = """
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 'state', 'collected') end
redis.call('SREM', KEYS[2], ARGV[1])
return 1
"""

# KEYS: lease. ARGV: owner, milliseconds.
_CLAIM = """
local cur = redis.call('GET', KEYS[1])
if not cur then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
if cur == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
"""

_RELEASE_LEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1
"""


class RedisJobStore:
    """The `JobStore` shared by every replica that uses the same Redis."""

    def __init__(self, url: str, client: Redis | None = None) -> None:
        self.url = url
        self._redis: Redis = client or Redis.from_url(
            url, decode_responses=True, socket_timeout=10, socket_connect_timeout=5
        )
        self._record = self._redis.register_script(_RECORD)
        self._collect = self._redis.register_script(_COLLECT)
        self._add_batch = self._redis.register_script(_ADD_BATCH)
        self._submitted = self._redis.register_script(_SUBMITTED)
        self._release = self._redis.register_script(_RELEASE)
        self._cancel = self._redis.register_script(_CANCEL)
        self._finish = self._redis.register_script(_FINISH)
        self._set_state = self._redis.register_script(_SET_STATE)
        self._claim = self._redis.register_script(_CLAIM)
        self._unclaim = self._redis.register_script(_RELEASE_LEASE)
        self._create = self._redis.register_script(_CREATE)
        self._reserve = self._redis.register_script(_RESERVE)
        self._delete = self._redis.register_script(_DELETE)
        self._adopt = self._redis.register_script(_ADOPT)
        self._mark_collected = self._redis.register_script(_MARK_COLLECTED)

    @property
    def kind(self) -> StoreKind:
        return StoreKind.REDIS

    @property
    def location(self) -> str:
        host = self.url.rsplit("@", 1)[-1]  # never log a password
        return f"redis {host}"

    @property
    def exclusive(self) -> bool:
        return False

    def unreachable(self, exc: BaseException) -> bool:
        return isinstance(exc, (RedisConnectionError, RedisTimeoutError, OSError))

    async def ping(self) -> None:
        """Raises when Redis cannot be reached (checked at start-up)."""
        await self._redis.ping()

    async def close(self) -> None:
        await self._redis.aclose()

    async def eviction_policy(self) -> str | None:
        """Redis's `maxmemory-policy`, or None when CONFIG is refused (managed services)."""
        try:
            found = await self._redis.config_get("maxmemory-policy")
        except ResponseError:
            return None
        return _s(found.get("maxmemory-policy") or "") or None

    # --- jobs ------------------------------------------------------------

    async def prepare(self) -> None:
        """Jobs stored before tenants: each given to the default tenant, its size counted.

        Idempotent and safe on several replicas at once (each job is adopted by one
        script that does nothing to a job that has an owner); `version` marks it done.
        """
        if await self._redis.get(PREFIX + "version") == LAYOUT_VERSION:
            return
        for index, visible in (("index", 1), ("uploading", 0)):
            for job_id in _strs(await self._redis.zrange(PREFIX + index, 0, -1)):
                j = _job_key(job_id)
                if await self._redis.hexists(j, "owner"):
                    continue
                size = 0
                async for _, raw in self._redis.hscan_iter(j + ":items", count=500):
                    size += item_bytes(decode_item(raw))
                await self._adopt(args=[j, PREFIX, job_id, size, visible])
        await self._redis.set(PREFIX + "version", LAYOUT_VERSION)

    async def create_job(
        self,
        job_id: str,
        policy_id: str,
        backend: str,
        items: Sequence[Item],
        state: JobState,
        owner: str = DEFAULT_TENANT_ID,
        quota: StoreQuota | None = None,
    ) -> None:
        """Written as an upload, then its items, then made visible: a job cut short by a
        crash is an upload nobody sees, dropped later with what it counted."""
        now = time.time()
        j = _job_key(job_id)
        args: list[Arg] = [j, PREFIX, job_id, repr(now), len(items), items_bytes(items)]
        args += [*_limits(quota), policy_id, backend, owner]
        _raise_full(owner, await self._create(args=args), len(items), items_bytes(items), quota)
        if items:
            async with self._redis.pipeline(transaction=True) as pipe:
                _queue_items(pipe, j, 0, items)
                await pipe.execute()
        if state is not JobState.UPLOADING:
            await self.set_state(job_id, state)

    async def add_items(
        self, job_id: str, first_seq: int, items: Sequence[Item], quota: StoreQuota | None = None
    ) -> None:
        j = _job_key(job_id)
        size = items_bytes(items)
        got = await self._reserve(args=[j, PREFIX, len(items), size, *_limits(quota)])
        if _s(got[0]) == "missing":
            raise JobNotFound(job_id)
        if _s(got[0]) != "ok":
            owner = _s(await self._redis.hget(j, "owner") or DEFAULT_TENANT_ID)
            _raise_full(owner, got, len(items), size, quota)
        async with self._redis.pipeline(transaction=True) as pipe:
            _queue_items(pipe, j, first_seq, items)
            pipe.zadd(PREFIX + "uploading", {job_id: time.time()})
            await pipe.execute()

    async def tenant_usage(self, owner: str) -> tuple[int, int]:
        items, size = await self._redis.hmget(PREFIX + "t:" + owner, ["items", "bytes"])
        return int(items or 0), int(size or 0)

    async def has_item_ids(self, job_id: str, ids: Iterable[str]) -> set[str]:
        wanted = list(ids)
        if not wanted:
            return set()
        found = await self._redis.hmget(_job_key(job_id) + ":ids", wanted)
        return {i for i, seq in zip(wanted, found, strict=True) if seq is not None}

    async def set_state(self, job_id: str, state: JobState) -> None:
        await self._set_state(
            args=[
                _job_key(job_id),
                PREFIX + "index",
                PREFIX + "open",
                PREFIX + "uploading",
                job_id,
                state.value,
                repr(time.time()),
                PREFIX,
            ]
        )

    async def drop_job(self, job_id: str) -> None:
        await self.delete_job(job_id)

    async def delete_job(self, job_id: str) -> bool:
        args: list[Arg] = [_job_key(job_id), PREFIX, job_id, repr(time.time())]
        return bool(await self._delete(args=args))

    async def expired_jobs(self, ended_before: float, limit: int) -> list[str]:
        return _strs(
            await self._redis.zrangebyscore(
                PREFIX + "ended", "-inf", f"({ended_before!r}", start=0, num=limit
            )
        )

    async def drop_abandoned_uploads(self) -> int:
        """Uploads no replica has continued for an hour: their replica died mid-stream."""
        stale = _strs(
            await self._redis.zrangebyscore(
                PREFIX + "uploading", "-inf", time.time() - UPLOAD_ABANDONED_SECONDS
            )
        )
        for job_id in stale:
            await self.drop_job(job_id)
        return len(stale)

    async def get_job(self, job_id: str) -> Job:
        fields = await self._redis.hgetall(_job_key(job_id))
        if not fields:
            raise JobNotFound(job_id)
        return _job(job_id, {_s(k): _s(v) for k, v in fields.items()})

    async def list_jobs(
        self, limit: int, after: tuple[float, str] | None, owner: str | None = None
    ) -> list[Job]:
        index = PREFIX + ("index" if owner is None else "o:" + owner)
        ids: list[str] = []
        if after is None:
            ids = _strs(await self._redis.zrevrange(index, 0, limit - 1))
        else:
            offset = 0
            while len(ids) < limit:
                page = cast(
                    list[tuple[Any, float]],
                    await self._redis.zrevrangebyscore(
                        index, after[0], "-inf", start=offset, num=limit, withscores=True
                    ),
                )
                if not page:
                    break
                offset += len(page)
                older = [_s(i) for i, t in page if float(t) < after[0] or _s(i) < after[1]]
                ids += older[: limit - len(ids)]
        jobs: list[Job] = []
        for job_id in ids:
            try:
                jobs.append(await self.get_job(job_id))
            except JobNotFound:
                continue  # dropped since
        return jobs

    async def open_jobs(self) -> list[Job]:
        jobs: list[Job] = []
        for job_id in _strs(await self._redis.zrange(PREFIX + "open", 0, -1)):
            try:
                jobs.append(await self.get_job(job_id))
            except JobNotFound:
                continue
        return jobs

    async def finish_if_done(self, job_id: str) -> bool:
        args = [_job_key(job_id), PREFIX + "open", job_id, repr(time.time()), PREFIX + "ended"]
        return bool(await self._finish(args=args))

    async def cancel(self, job_id: str, reason: str) -> Job:
        j = _job_key(job_id)
        seqs = _strs(await self._redis.zrange(j + ":open", 0, -1))
        names = await self._redis.hmget(j + ":iid", seqs) if seqs else []
        outcomes: list[tuple[int, Outcome]] = [
            (int(seq), ItemError(_s(name or ""), ErrorCode.CANCELLED, reason))
            for seq, name in zip(seqs, names, strict=True)
        ]
        args: list[Arg] = [j, PREFIX + "open", job_id, repr(time.time()), len(outcomes), PREFIX]
        answer = await self._cancel(args=args + _outcome_args(outcomes))
        if answer == "missing":
            raise JobNotFound(job_id)
        if str(answer).startswith("ended:"):
            raise JobEnded(job_id, str(answer)[6:])
        return await self.get_job(job_id)

    # --- items and outcomes --------------------------------------------

    async def open_items(self, job_id: str, limit: int, unassigned: bool = True) -> list[OpenItem]:
        j = _job_key(job_id)
        seqs = _strs(
            await self._redis.zrange(j + (":free" if unassigned else ":open"), 0, limit - 1)
        )
        if not seqs:
            return []
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hmget(j + ":items", seqs)
            pipe.hmget(j + ":att", seqs)
            pipe.hmget(j + ":cap", seqs)
            items, attempts, caps = await pipe.execute()
        return [
            (int(seq), decode_item(raw), int(att or 0), int(cap) if cap else None)
            for seq, raw, att, cap in zip(seqs, items, attempts, caps, strict=True)
            if raw is not None
        ]

    async def items_at(self, job_id: str, seqs: Sequence[int]) -> dict[int, Item]:
        if not seqs:
            return {}
        raws = await self._redis.hmget(_job_key(job_id) + ":items", [str(s) for s in seqs])
        return {seq: decode_item(raw) for seq, raw in zip(seqs, raws, strict=True) if raw}

    async def record_outcomes(self, job_id: str, outcomes: Sequence[tuple[int, Outcome]]) -> int:
        if not outcomes:
            return 0
        args: list[Arg] = [_job_key(job_id), repr(time.time()), len(outcomes)]
        return int(await self._record(args=args + _outcome_args(outcomes)))

    async def results(self, job_id: str, after_seq: int, limit: int) -> list[tuple[int, Outcome]]:
        j = _job_key(job_id)
        count = int(await self._redis.hget(j, "item_count") or 0)
        seqs = list(range(after_seq + 1, min(after_seq + 1 + limit, count)))
        if not seqs:
            return []
        raws = await self._redis.hmget(j + ":out", [str(s) for s in seqs])
        out: list[tuple[int, Outcome]] = []
        for seq, raw in zip(seqs, raws, strict=True):
            if raw is None:
                break
            out.append((seq, decode_outcome(raw)))
        return out

    async def attempts(self, job_id: str, seqs: Sequence[int]) -> dict[int, int]:
        if not seqs:
            return {}
        raws = await self._redis.hmget(_job_key(job_id) + ":att", [str(s) for s in seqs])
        return {seq: int(raw or 0) for seq, raw in zip(seqs, raws, strict=True)}

    # --- upstream batches ------------------------------------------------

    async def add_batch(
        self,
        key: str,
        job_id: str,
        requests: Sequence[tuple[str, RequestIds]],
        owner: str = "",
    ) -> bool:
        args: list[Arg] = [
            _job_key(job_id),
            _batch_key(key),
            PREFIX + "batches:open",
            repr(time.time()),
            owner,
            job_id,
            key,
            len(requests),
            len(requests),
        ]
        for custom_id, ids in requests:
            seqs = [seq for seq, _ in ids.values()]
            args += [custom_id, json.dumps(ids), len(seqs), *seqs]
        return bool(await self._add_batch(args=args))

    async def batch_submitted(self, key: str, upstream_id: str) -> bool:
        keys = [_batch_key(key), PREFIX + "upstream"]
        return bool(await self._submitted(keys=keys, args=[upstream_id]))

    async def batches(self, job_id: str | None, states: Sequence[str]) -> list[BatchRow]:
        """With no job, only batches not yet collected are found."""
        where = _job_key(job_id) + ":batches" if job_id else PREFIX + "batches:open"
        keys = sorted(_strs(await self._redis.smembers(where)))
        if not keys:
            return []
        async with self._redis.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.hgetall(_batch_key(key))
            rows = await pipe.execute()
        found = [
            BatchRow(
                key=key,
                job_id=r["job_id"],
                upstream_id=r.get("upstream_id", ""),
                state=r["state"],
                request_count=int(r["request_count"]),
                created_at=float(r["created_at"]),
                owner=r.get("owner", ""),
            )
            for key, r in zip(keys, rows, strict=True)
            if r and r.get("state") in states
        ]
        return sorted(found, key=lambda b: b.created_at)

    async def upstream_ids(self) -> set[str]:
        """Kept until deleted upstream: a deleted job's batch is never adopted by another."""
        claimed = set(_strs(await self._redis.smembers(PREFIX + "upstream")))
        return claimed | set(_strs(await self._redis.zrange(PREFIX + "upstream:delete", 0, -1)))

    async def delete_upstream_later(self, upstream_ids: Sequence[str]) -> None:
        if upstream_ids:
            now = time.time()
            await self._redis.zadd(
                PREFIX + "upstream:delete", dict.fromkeys(upstream_ids, now), nx=True
            )

    async def upstream_to_delete(self, limit: int) -> list[str]:
        return _strs(await self._redis.zrange(PREFIX + "upstream:delete", 0, limit - 1))

    async def upstream_deleted(self, upstream_id: str) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.zrem(PREFIX + "upstream:delete", upstream_id)
            pipe.srem(PREFIX + "upstream", upstream_id)
            await pipe.execute()

    async def requests_of(self, key: str) -> dict[str, RequestIds]:
        raw = await self._redis.hgetall(_batch_key(key) + ":req")
        return {
            _s(cid): {local: (int(v[0]), str(v[1])) for local, v in json.loads(ids).items()}
            for cid, ids in raw.items()
        }

    async def collect(
        self,
        key: str,
        job_id: str,
        outcomes: Sequence[tuple[int, Outcome]],
        retry: Sequence[tuple[int, int]],
    ) -> bool:
        args: list[Arg] = [
            _job_key(job_id),
            _batch_key(key),
            PREFIX + "batches:open",
            repr(time.time()),
            len(outcomes),
            key,
            *_outcome_args(outcomes),
            len(retry),
        ]
        args += [v for seq, cap in retry for v in (seq, cap)]
        return bool(await self._collect(args=args))

    async def release_batch(self, key: str) -> None:
        row = await self._redis.hget(_batch_key(key), "job_id")
        if row is None:
            return
        args = [_job_key(_s(row)), _batch_key(key), PREFIX + "batches:open", key]
        await self._release(args=args)

    async def mark_collected(self, key: str) -> None:
        await self._mark_collected(keys=[_batch_key(key), PREFIX + "batches:open"], args=[key])

    # --- leases ------------------------------------------------------------

    async def claim(self, job_id: str, owner: str, seconds: float) -> bool:
        keys = [_job_key(job_id) + ":lease"]
        return bool(await self._claim(keys=keys, args=[owner, max(1, int(seconds * 1000))]))

    async def release(self, job_id: str, owner: str) -> None:
        await self._unclaim(keys=[_job_key(job_id) + ":lease"], args=[owner])


def _s(raw: bytes | str) -> str:
    """A reply as text (the client decodes replies; its types allow bytes)."""
    return raw.decode() if isinstance(raw, bytes) else raw


def _strs(raw: Iterable[Any]) -> list[str]:
    return [_s(r) for r in raw]


def _job_key(job_id: str) -> str:
    return f"{PREFIX}j:{job_id}"


def _batch_key(key: str) -> str:
    return f"{PREFIX}b:{key}"


def _queue_items(pipe: Any, j: str, first_seq: int, items: Sequence[Item]) -> None:
    """The commands that add `items` from `first_seq` on (in the caller's transaction)."""
    for n in range(0, len(items), CHUNK):
        chunk = list(enumerate(items[n : n + CHUNK], first_seq + n))
        pipe.hset(j + ":items", mapping={seq: encode_item(i) for seq, i in chunk})
        pipe.hset(j + ":iid", mapping={seq: i.id for seq, i in chunk})
        pipe.hset(j + ":ids", mapping={i.id: seq for seq, i in chunk})
        pipe.zadd(j + ":open", {str(seq): seq for seq, _ in chunk})
        pipe.zadd(j + ":free", {str(seq): seq for seq, _ in chunk})
    if items:
        pipe.hincrby(j, "item_count", len(items))


def _limits(quota: StoreQuota | None) -> list[Arg]:
    """A quota as script arguments: -1 for no limit."""
    if quota is None:
        return [-1, -1]
    return [-1 if quota.items is None else quota.items, -1 if quota.bytes is None else quota.bytes]


def _raise_full(owner: str, got: Any, items: int, size: int, quota: StoreQuota | None) -> None:
    """TenantJobsFull when a quota script refused, naming what is full."""
    what = _s(got[0])
    if what == "items" and quota is not None and quota.items is not None:
        raise TenantJobsFull(owner, "items", int(got[1]), items, quota.items)
    if what == "bytes" and quota is not None and quota.bytes is not None:
        raise TenantJobsFull(owner, "bytes", int(got[1]), size, quota.bytes)


def _outcome_args(outcomes: Sequence[tuple[int, Outcome]]) -> list[Arg]:
    args: list[Arg] = []
    for seq, outcome in outcomes:
        u = outcome_usage(outcome)
        args += [seq, encode_outcome(outcome), outcome_decision(outcome)]
        args += [
            _num(u.input_tokens),
            _num(u.cache_read_input_tokens),
            _num(u.cache_creation_input_tokens),
            _num(u.output_tokens),
            _num(u.estimated_cost_usd),
        ]
    return args


def _num(x: float) -> str:
    return "0" if x == 0 else repr(float(x))


def _opt(raw: str | None) -> float | None:
    return float(raw) if raw else None


def _job(job_id: str, f: dict[str, str]) -> Job:
    tally = {d: int(f.get(f"n_{d}", 0)) for d in _DECISIONS}
    count = int(f.get("item_count", 0))
    return Job(
        id=job_id,
        policy_id=f["policy_id"],
        backend=f["backend"],
        state=JobState(f["state"]),
        item_count=count,
        created_at=float(f["created_at"]),
        updated_at=float(f["updated_at"]),
        started_at=_opt(f.get("started_at")),
        ended_at=_opt(f.get("ended_at")),
        counts=JobCounts(
            count - sum(tally.values()),
            tally["allow"],
            tally["review"],
            tally["block"],
            tally["error"],
        ),
        usage=Usage(*(float(f.get(name, 0.0)) for name in _USAGE_FIELDS)),
        owner=f.get("owner", DEFAULT_TENANT_ID),
        bytes=int(f.get("q_bytes", 0)),
    )
