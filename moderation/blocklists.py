"""Blocklists as resources: named lists of terms a tenant manages through the API.

A blocklist belongs to one tenant and flags one category. Its terms are of
three kinds (`TermKind`): an exact phrase found anywhere (case-insensitive: a
listed "peg" is found in "pegboard"), a word or phrase on word boundaries
(white space between its words may vary), or a regular expression from a safe
subset. A policy names the blocklists it applies (`blocklists = [...]`); the
caller's tenant's lists of those ids are matched before the cache and the
model, and a hit names the blocklist, the term and the offsets of the match
in the item's text, in Unicode code points.

Why a regex subset and not full `re`: a pattern from an API caller runs on
every item, so it must not backtrack without bound. Allowed: literals, `.`,
character classes (`[a-z]`, `\\d`, `\\w`, `\\s`), groups, alternation, anchors
and word boundaries, and repetition of one character or class only, bounded
(`?` or `{m,n}` with n <= 8), at most 3 repetitions in a pattern. Refused:
`*`, `+`, unbounded or nested repetition, back-references, look-around and
inline flags. With at most 9**3 ways to match the repetitions at each of the
text's positions (text is capped by MODERATION_MAX_TEXT_CHARS) and patterns
capped at 200 characters, a search is bounded by construction, with no timer.

Storage is durable (`BlocklistStore`, a collection of `moderation.versioned`:
SQLite in the data directory, Redis shared by replicas, or memory) with one
version counter bumped by every change; each replica polls it at most once a
second and reloads on a change, so a change reaches every replica within about
a second. A blocklist's
`revision` (the counter at its last change) goes into the verdict cache key of
the policies that apply it, so a change is never answered from a verdict
cached before it.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from moderation.errors import FieldViolation, InvalidArgument, ModerationError
from moderation.versioned import (
    Changes,
    MemoryStore,
    RedisStore,
    SqliteFile,
    SqliteStore,
    VersionedStore,
)

log = logging.getLogger(__name__)

NAME_PREFIX = "blocklists/"
BLOCKLIST_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,62}")
MAX_TERM_CHARS = 200
MAX_TERMS = 1_000
MAX_REPEAT = 8
MAX_REPEATS_PER_PATTERN = 3
MAX_MATCHES = 16  # spans kept per blocklist hit
CHECK_SECONDS = 1.0


class TermKind(StrEnum):
    PHRASE = "phrase"  # anywhere, case-insensitive
    WORD = "word"  # on word boundaries, case-insensitive, any white space between words
    REGEX = "regex"  # the safe subset above, case-insensitive


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    kind: TermKind = TermKind.WORD


@dataclass(frozen=True, slots=True)
class BlocklistRecord:
    tenant: str
    id: str
    category: str
    description: str = ""
    terms: tuple[Term, ...] = ()
    revision: int = 0
    created_at: float = 0.0
    updated_at: float = 0.0

    @property
    def name(self) -> str:
        return NAME_PREFIX + self.id


@dataclass(frozen=True, slots=True)
class Match:
    """One term found in a text: [start, end) in code points, and the text there."""

    blocklist: str  # the resource name, "blocklists/{id}"
    category: str
    term: str
    start: int
    end: int
    quote: str


class BlocklistNotFound(ModerationError):
    """No blocklist of that name the caller may see (another tenant's is not found either)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"no blocklist {name!r}")
        self.resource_name = name


class BlocklistExists(ModerationError):
    def __init__(self, name: str) -> None:
        super().__init__(f"blocklist {name!r} already exists")
        self.resource_name = name


# --- terms ---------------------------------------------------------------------


def compile_term(term: Term, where: str = "term") -> re.Pattern[str]:
    """The pattern for a term; InvalidArgument naming `where` when it is not allowed."""
    text = term.text
    if not text.strip():
        raise InvalidArgument([FieldViolation(where, "a term must not be empty")])
    if len(text) > MAX_TERM_CHARS:
        raise InvalidArgument(
            [FieldViolation(where, f"a term is at most {MAX_TERM_CHARS} characters")]
        )
    if term.kind is TermKind.PHRASE:
        return re.compile(re.escape(text), re.IGNORECASE)
    if term.kind is TermKind.WORD:
        words = r"\s+".join(re.escape(w) for w in text.split())
        return re.compile(r"(?<!\w)" + words + r"(?!\w)", re.IGNORECASE)
    problem = regex_problem(text)
    if problem:
        raise InvalidArgument([FieldViolation(where, f"regex not allowed: {problem}")])
    return re.compile(text, re.IGNORECASE)


def regex_problem(pattern: str) -> str:
    """Why `pattern` is outside the safe subset, or "" when it is inside."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(pattern)
    except re.error as exc:
        return f"does not compile ({exc})"
    if parsed.state.flags & ~c.SRE_FLAG_UNICODE:
        return "inline flags"
    single = {c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN}
    repeats = 0

    def walk(sub: Any) -> str:
        nonlocal repeats
        for op, av in sub:
            if op in single or op is c.AT:
                continue
            if op is c.BRANCH:
                for branch in av[1]:
                    if problem := walk(branch):
                        return problem
            elif op is c.SUBPATTERN:
                if av[1] or av[2]:
                    return "inline flags"
                if problem := walk(av[3]):
                    return problem
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                _low, high, body = av
                if high is c.MAXREPEAT or high > MAX_REPEAT:
                    return f"repetition above {MAX_REPEAT} ('*', '+' and '{{m,}}' are refused)"
                if len(body) != 1 or body[0][0] not in single:
                    return "repetition of more than one character or class"
                repeats += 1
                if repeats > MAX_REPEATS_PER_PATTERN:
                    return f"more than {MAX_REPEATS_PER_PATTERN} repetitions"
            else:
                return f"{str(op).lower()} is outside the subset"
        return ""

    return walk(parsed)


def check_terms(terms: Sequence[Term], field_name: str = "terms") -> None:
    """Every term compiles; InvalidArgument lists those that do not."""
    problems: list[FieldViolation] = []
    for n, term in enumerate(terms):
        try:
            compile_term(term, f"{field_name}[{n}]")
        except InvalidArgument as exc:
            problems.extend(exc.violations)
    if problems:
        raise InvalidArgument(problems)


class CompiledBlocklist:
    """A blocklist's terms, compiled once per revision."""

    def __init__(self, record: BlocklistRecord) -> None:
        self.record = record
        self._patterns = [(t.text, compile_term(t)) for t in record.terms]

    def matches(self, text: str, limit: int = MAX_MATCHES) -> list[Match]:
        """Each term's first match, in text order, at most `limit`."""
        found: list[Match] = []
        for term, pattern in self._patterns:
            hit = pattern.search(text)
            if hit is not None and hit.end() > hit.start():
                found.append(
                    Match(
                        self.record.name,
                        self.record.category,
                        term,
                        hit.start(),
                        hit.end(),
                        hit.group(0),
                    )
                )
        found.sort(key=lambda m: (m.start, m.end))
        return found[:limit]


# --- records as documents -----------------------------------------------------


def encode(record: BlocklistRecord) -> str:
    return json.dumps(
        {
            "tenant": record.tenant,
            "id": record.id,
            "category": record.category,
            "description": record.description,
            "terms": [[t.text, t.kind.value] for t in record.terms],
            "revision": record.revision,
            "created_at": record.created_at,
            "updated_at": record.updated_at,
        },
        ensure_ascii=False,
    )


def decode(doc: str) -> BlocklistRecord:
    d = json.loads(doc)
    return BlocklistRecord(
        tenant=str(d["tenant"]),
        id=str(d["id"]),
        category=str(d["category"]),
        description=str(d.get("description", "")),
        terms=tuple(Term(str(t), TermKind(k)) for t, k in d.get("terms", [])),
        revision=int(d["revision"]),
        created_at=float(d.get("created_at", 0.0)),
        updated_at=float(d.get("updated_at", 0.0)),
    )


# --- stores --------------------------------------------------------------------


class _BlocklistCodec:
    def encode(self, record: BlocklistRecord) -> str:
        return encode(record)

    def decode(self, doc: str) -> BlocklistRecord:
        return decode(doc)

    def stamped(self, record: BlocklistRecord, revision: int) -> BlocklistRecord:
        return replace(record, revision=revision)


CODEC = _BlocklistCodec()
# Durable blocklists by (tenant, id) and the version counter every change bumps.
BlocklistStore = VersionedStore[BlocklistRecord]
REDIS_RECORDS = "moderation:blocklists"
REDIS_VERSION = "moderation:blocklists:version"


class MemoryBlocklistStore(MemoryStore[BlocklistRecord]):
    """This process only: lost on restart."""

    def __init__(self) -> None:
        super().__init__(CODEC)


class SqliteBlocklistStore(SqliteStore[BlocklistRecord]):
    """The `blocklists` table of a SQLite file in the data directory."""

    def __init__(self, path: Path) -> None:
        super().__init__(SqliteFile(path), "blocklists", "version", CODEC)


class RedisBlocklistStore(RedisStore[BlocklistRecord]):
    """Shared by every replica."""

    def __init__(self, url: str) -> None:
        from redis.asyncio import Redis

        redis = Redis.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)
        super().__init__(redis, REDIS_RECORDS, REDIS_VERSION, CODEC)


# --- the live view ---------------------------------------------------------------


@dataclass(slots=True)
class _Snapshot:
    version: int = -1
    lists: dict[tuple[str, str], CompiledBlocklist] = field(default_factory=dict)


class Blocklists:
    """The blocklists this replica matches: the store's, reloaded when its version moves.

    The version is polled at most once per `check_seconds`, on access; a store
    that cannot be read keeps the last lists in force (logged, retried next time).
    """

    def __init__(
        self,
        store: BlocklistStore,
        check_seconds: float = CHECK_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self._changes = Changes(store, check_seconds, clock)
        self._snapshot = _Snapshot()

    async def refresh(self, force: bool = False) -> None:
        try:
            records = await self._changes.poll(force)
        except Exception as exc:
            log.warning("blocklists not refreshed, the last ones stay in force: %s", exc)
            return
        if records is None:
            return
        lists = {}
        for record in records:
            try:
                lists[(record.tenant, record.id)] = CompiledBlocklist(record)
            except InvalidArgument as exc:  # stored by a newer release with other rules
                log.error("blocklist %s of %s skipped: %s", record.id, record.tenant, exc)
        self._snapshot = _Snapshot(self._changes.version, lists)

    async def applicable(
        self, tenant: str, ids: Iterable[str]
    ) -> tuple[list[CompiledBlocklist], str]:
        """The tenant's lists of these ids, and a tag of their revisions for the cache key."""
        await self.refresh()
        return self._applicable(tenant, ids)

    def applicable_now(
        self, tenant: str, ids: Iterable[str]
    ) -> tuple[list[CompiledBlocklist], str] | None:
        """`applicable` when no refresh is due (nothing to wait for), else None."""
        if self._changes.due():
            return None
        return self._applicable(tenant, ids)

    def snapshot_now(self) -> object | None:
        """The lists in force, the same object until they change; None when a refresh is
        due (as `applicable_now`)."""
        return None if self.applicable_now("", ()) is None else self._snapshot

    def _applicable(self, tenant: str, ids: Iterable[str]) -> tuple[list[CompiledBlocklist], str]:
        lists = self._snapshot.lists
        found = [lists[(tenant, i)] for i in ids if (tenant, i) in lists]
        tag = ",".join(f"{b.record.id}@{b.record.revision}" for b in found)
        return found, tag

    # --- the API's operations (tenant-scoped; an admin sees every tenant's) ----------

    async def list(self, tenant: str, admin: bool) -> list[BlocklistRecord]:
        await self.refresh(force=True)
        records = [b.record for b in self._snapshot.lists.values()]
        mine = [r for r in records if admin or r.tenant == tenant]
        return sorted(mine, key=lambda r: (r.tenant != tenant, r.tenant, r.id))

    async def get(self, name: str, tenant: str, admin: bool) -> BlocklistRecord:
        return (await self._resolve(name, tenant, admin)).record

    async def create(self, record: BlocklistRecord) -> BlocklistRecord:
        if BLOCKLIST_ID.fullmatch(record.id) is None:
            raise InvalidArgument(
                [
                    FieldViolation(
                        "blocklist_id",
                        "1-63 of a-z, 0-9, '.', '_', '-', starting with a letter or digit",
                    )
                ]
            )
        if not record.category.strip():
            raise InvalidArgument([FieldViolation("blocklist.category", "must not be empty")])
        if len(record.terms) > MAX_TERMS:
            raise InvalidArgument([FieldViolation("blocklist.terms", f"at most {MAX_TERMS}")])
        check_terms(record.terms, "blocklist.terms")
        now = time.time()

        def create(old: BlocklistRecord | None) -> BlocklistRecord:
            if old is not None:
                raise BlocklistExists(record.name)
            return replace(record, terms=_unique(record.terms), created_at=now, updated_at=now)

        stored = await self.store.update(record.tenant, record.id, create)
        await self.refresh(force=True)
        assert stored is not None
        return stored

    async def delete(self, name: str, tenant: str, admin: bool) -> BlocklistRecord:
        found = (await self._resolve(name, tenant, admin)).record

        def delete(old: BlocklistRecord | None) -> None:
            if old is None:
                raise BlocklistNotFound(name)

        await self.store.update(found.tenant, found.id, delete)
        await self.refresh(force=True)
        return found

    async def add_terms(
        self, name: str, terms: Sequence[Term], tenant: str, admin: bool
    ) -> BlocklistRecord:
        check_terms(terms)
        found = (await self._resolve(name, tenant, admin)).record

        def add(old: BlocklistRecord | None) -> BlocklistRecord:
            if old is None:
                raise BlocklistNotFound(name)
            merged = _unique((*old.terms, *terms))
            if len(merged) > MAX_TERMS:
                raise InvalidArgument([FieldViolation("terms", f"a blocklist holds {MAX_TERMS}")])
            return replace(old, terms=merged, updated_at=time.time())

        stored = await self.store.update(found.tenant, found.id, add)
        await self.refresh(force=True)
        assert stored is not None
        return stored

    async def remove_terms(
        self, name: str, terms: Sequence[str], tenant: str, admin: bool
    ) -> BlocklistRecord:
        found = (await self._resolve(name, tenant, admin)).record
        gone = set(terms)

        def remove(old: BlocklistRecord | None) -> BlocklistRecord:
            if old is None:
                raise BlocklistNotFound(name)
            kept = tuple(t for t in old.terms if t.text not in gone)
            return replace(old, terms=kept, updated_at=time.time())

        stored = await self.store.update(found.tenant, found.id, remove)
        await self.refresh(force=True)
        assert stored is not None
        return stored

    async def _resolve(self, name: str, tenant: str, admin: bool) -> CompiledBlocklist:
        """The caller's list of that name; an admin's falls back to any tenant's."""
        await self.refresh(force=True)
        blocklist_id = name.removeprefix(NAME_PREFIX)
        lists = self._snapshot.lists
        if (tenant, blocklist_id) in lists:
            return lists[(tenant, blocklist_id)]
        if admin:
            for (_, other_id), compiled in sorted(lists.items()):
                if other_id == blocklist_id:
                    return compiled
        raise BlocklistNotFound(name)

    async def close(self) -> None:
        await self.store.close()


def _unique(terms: Iterable[Term]) -> tuple[Term, ...]:
    """Terms in order, each text once (the later kind of a repeated text wins)."""
    by_text: dict[str, Term] = {}
    for t in terms:
        by_text.pop(t.text, None)
        by_text[t.text] = t
    return tuple(by_text.values())
