"""Blocklists managed through the API: matching with offsets, the regex subset, the stores,
tenant scoping, and what a hit does to a verdict and the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from moderation.blocklists import (
    BlocklistExists,
    BlocklistNotFound,
    BlocklistRecord,
    Blocklists,
    BlocklistStore,
    CompiledBlocklist,
    MemoryBlocklistStore,
    SqliteBlocklistStore,
    Term,
    TermKind,
    compile_term,
    regex_problem,
)
from moderation.config import Settings
from moderation.domain import Decision, Item, Source, TextContent, Verdict
from moderation.engine import JudgeRequest
from moderation.errors import InvalidArgument
from moderation.server import build_engine
from moderation.tenants import Tenant
from tests.fakes import KeywordBackend

POLICY = """
id = "house"
description = "house rules"
blocklists = ["spam"]
[[categories]]
name = "spam"
description = "unsolicited ads"
review_at = "medium"
block_at = "high"
[[categories]]
name = "harassment"
description = "insults"
"""


def compiled(*terms: Term, category: str = "spam") -> CompiledBlocklist:
    return CompiledBlocklist(BlocklistRecord("t", "spam", category, terms=terms))


def test_offsets_are_code_points_in_non_ascii_text() -> None:
    text = "Héllo 👋 — Ünïcode späm here, SPÄM again"
    (match,) = compiled(Term("späm", TermKind.WORD)).matches(text)
    assert text[match.start : match.end] == match.quote == "späm"
    assert (match.blocklist, match.term, match.category) == ("blocklists/spam", "späm", "spam")
    assert match.start == text.index("späm")


def test_phrase_is_found_inside_words_and_word_is_not() -> None:
    text = "a pegboard on the wall"
    assert compiled(Term("peg", TermKind.WORD)).matches(text) == []
    (hit,) = compiled(Term("peg", TermKind.PHRASE)).matches(text)
    assert text[hit.start : hit.end] == "peg"


def test_a_word_phrase_spans_any_white_space_and_case() -> None:
    text = "please BUY\n\tfollowers today"
    (hit,) = compiled(Term("buy followers", TermKind.WORD)).matches(text)
    assert hit.quote == "BUY\n\tfollowers"
    assert text[hit.start : hit.end] == hit.quote


def test_matches_come_in_text_order() -> None:
    text = "zzz then aaa"
    hits = compiled(Term("aaa"), Term("zzz")).matches(text)
    assert [h.term for h in hits] == ["zzz", "aaa"]


@pytest.mark.parametrize(
    "pattern",
    ["fr[e3]{1,2} m[o0]ney", "(cheap|discount) pills?", r"\bv[i1]agra\b", "a.c", r"\d{3}-\d{4}"],
)
def test_the_safe_regex_subset_is_allowed(pattern: str) -> None:
    assert regex_problem(pattern) == ""
    compile_term(Term(pattern, TermKind.REGEX))


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        ("(a+)+b", "repetition above"),
        ("a*", "repetition above"),
        ("x{1,50}", "repetition above"),
        ("(ab){1,3}", "more than one character"),
        (r"(a)\1", "outside the subset"),
        ("(?=a)b", "outside the subset"),
        ("(?i)abc", "inline flags"),
        ("a?b?c?d?", "more than 3 repetitions"),
        ("[unclosed", "does not compile"),
    ],
)
def test_regexes_outside_the_subset_are_refused(pattern: str, why: str) -> None:
    assert why in regex_problem(pattern)
    with pytest.raises(InvalidArgument) as raised:
        compile_term(Term(pattern, TermKind.REGEX), "terms[0]")
    assert raised.value.violations[0].field == "terms[0]"


def test_overlong_and_empty_terms_are_refused() -> None:
    with pytest.raises(InvalidArgument):
        compile_term(Term("x" * 201))
    with pytest.raises(InvalidArgument):
        compile_term(Term("  "))


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> BlocklistStore:
    if request.param == "memory":
        return MemoryBlocklistStore()
    return SqliteBlocklistStore(tmp_path / "b.sqlite3")


async def test_tenants_see_only_their_own_lists_and_admins_all(store: BlocklistStore) -> None:
    lists = Blocklists(store, check_seconds=0)
    await lists.create(BlocklistRecord("a", "spam", "spam", terms=(Term("x"),)))
    await lists.create(BlocklistRecord("b", "spam", "spam", terms=(Term("y"),)))
    with pytest.raises(BlocklistExists):
        await lists.create(BlocklistRecord("a", "spam", "spam"))
    assert [t.text for t in (await lists.get("blocklists/spam", "a", False)).terms] == ["x"]
    with pytest.raises(BlocklistNotFound):
        await lists.get("blocklists/spam", "c", False)
    assert [r.tenant for r in await lists.list("a", False)] == ["a"]
    assert [r.tenant for r in await lists.list("a", True)] == ["a", "b"]
    assert (await lists.get("blocklists/spam", "admin", True)).tenant == "a"
    with pytest.raises(BlocklistNotFound):
        await lists.delete("blocklists/spam", "c", False)
    await lists.delete("blocklists/spam", "b", False)
    assert [r.tenant for r in await lists.list("x", True)] == ["a"]


async def test_every_change_is_a_new_revision_in_the_cache_tag(store: BlocklistStore) -> None:
    lists = Blocklists(store, check_seconds=0)
    created = await lists.create(BlocklistRecord("a", "spam", "spam", terms=(Term("x"),)))
    _, first = await lists.applicable("a", ["spam", "absent"])
    added = await lists.add_terms("blocklists/spam", [Term("y", TermKind.PHRASE)], "a", False)
    assert added.revision > created.revision
    assert [(t.text, t.kind) for t in added.terms] == [("x", TermKind.WORD), ("y", TermKind.PHRASE)]
    _, second = await lists.applicable("a", ["spam"])
    removed = await lists.remove_terms("blocklists/spam", ["x", "not there"], "a", False)
    assert [t.text for t in removed.terms] == ["y"]
    _, third = await lists.applicable("a", ["spam"])
    assert len({first, second, third}) == 3
    assert await lists.applicable("b", ["spam"]) == ([], "")


async def test_a_second_view_of_the_store_sees_changes_when_it_checks(tmp_path: Path) -> None:
    """Two replicas on one store: the other sees a change at its next check of the version."""
    now = [0.0]
    writer = Blocklists(SqliteBlocklistStore(tmp_path / "b.sqlite3"))
    reader = Blocklists(SqliteBlocklistStore(tmp_path / "b.sqlite3"), clock=lambda: now[0])
    assert await reader.applicable("a", ["spam"]) == ([], "")
    await writer.create(BlocklistRecord("a", "spam", "spam", terms=(Term("x"),)))
    assert await reader.applicable("a", ["spam"]) == ([], "")  # within the check interval
    now[0] = 1.0
    found, tag = await reader.applicable("a", ["spam"])
    assert [b.record.id for b in found] == ["spam"] and tag


async def test_a_stored_record_survives_a_restart(tmp_path: Path) -> None:
    first = Blocklists(SqliteBlocklistStore(tmp_path / "b.sqlite3"))
    await first.create(BlocklistRecord("a", "spam", "spam", "ads", (Term("ünï", TermKind.PHRASE),)))
    await first.close()
    again = Blocklists(SqliteBlocklistStore(tmp_path / "b.sqlite3"))
    record = await again.get("blocklists/spam", "a", False)
    assert (record.description, record.terms) == ("ads", (Term("ünï", TermKind.PHRASE),))


async def test_invalid_terms_and_ids_are_refused_with_the_field() -> None:
    lists = Blocklists(MemoryBlocklistStore())
    with pytest.raises(InvalidArgument) as raised:
        await lists.create(
            BlocklistRecord("a", "ok", "spam", terms=(Term("fine"), Term("a+", TermKind.REGEX)))
        )
    assert [v.field for v in raised.value.violations] == ["blocklist.terms[1]"]
    with pytest.raises(InvalidArgument):
        await lists.create(BlocklistRecord("a", "Bad Id", "spam"))
    assert await lists.list("a", True) == []


def verdict(outcome: object) -> Verdict:
    assert isinstance(outcome, Verdict), outcome
    return outcome


async def test_a_hit_blocks_with_the_list_term_and_offsets_and_a_change_reaches_the_cache(
    tmp_path: Path,
) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(POLICY)
    settings = Settings(policy_files=[path], max_wait_ms=1.0, blocklists_store="memory")
    engine = await build_engine(settings, backend=KeywordBackend())
    tenant = Tenant("acme")
    lists = engine.blocklists
    assert lists is not None
    text = "Grüße! buy  Followers now"
    first = verdict((await engine.moderate([Item("a", TextContent(text))], tenant=tenant))[0])
    assert first.source is Source.MODEL
    again = verdict((await engine.moderate([Item("b", TextContent(text))], tenant=tenant))[0])
    assert again.source is Source.CACHE
    await lists.create(
        BlocklistRecord("acme", "spam", "spam", terms=(Term("buy followers", TermKind.WORD),))
    )
    hit = verdict((await engine.moderate([Item("c", TextContent(text))], tenant=tenant))[0])
    assert (hit.decision, hit.source) == (Decision.BLOCK, Source.BLOCKLIST)
    (spam,) = [c for c in hit.categories if c.category == "spam"]
    (evidence,) = spam.evidence
    assert (evidence.blocklist, evidence.term) == ("blocklists/spam", "buy followers")
    assert text[evidence.start : evidence.end] == evidence.quote == "buy  Followers"
    other = verdict((await engine.moderate([Item("d", TextContent(text))], tenant=Tenant("x")))[0])
    assert other.source is not Source.BLOCKLIST  # another tenant's list does not apply
    await lists.remove_terms("blocklists/spam", ["buy followers"], "acme", False)
    after = verdict((await engine.moderate([Item("e", TextContent(text))], tenant=tenant))[0])
    assert after.source is Source.MODEL  # judged again, not the verdict cached before the change
    await engine.close()


async def test_a_hit_answered_now_never_outlives_a_change_to_the_tenants_lists(
    tmp_path: Path,
) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(POLICY)
    settings = Settings(policy_files=[path], max_wait_ms=1.0, blocklists_store="memory")
    engine = await build_engine(settings, backend=KeywordBackend())
    tenant, policy = Tenant("acme"), engine.policies.get("")
    lists = engine.blocklists
    assert lists is not None
    await lists.create(BlocklistRecord("acme", "spam", "spam", terms=(Term("wire me"),)))
    text = "buy followers now"
    await engine.moderate([Item("a", TextContent(text))], tenant=tenant)

    def now() -> Verdict | None:
        return engine.answer_now(JudgeRequest(Item("b", TextContent(text)), policy, None, tenant))

    assert now() is not None
    await lists.add_terms("blocklists/spam", [Term("buy followers", TermKind.WORD)], "acme", False)
    assert now() is None  # the list matches now: judge answers from it
    await lists.remove_terms("blocklists/spam", ["buy followers"], "acme", False)
    assert now() is None  # a new revision: the verdict cached before it is not served
    await engine.close()


async def test_a_hit_in_a_category_outside_the_policy_still_blocks_and_is_named(
    tmp_path: Path,
) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(POLICY)
    settings = Settings(policy_files=[path], max_wait_ms=1.0, blocklists_store="memory")
    engine = await build_engine(settings, backend=KeywordBackend())
    assert engine.blocklists is not None
    await engine.blocklists.create(
        BlocklistRecord("default", "spam", "scam", terms=(Term("wire me", TermKind.PHRASE),))
    )
    hit = verdict((await engine.moderate([Item("a", TextContent("please wire me $5"))]))[0])
    assert hit.decision is Decision.BLOCK
    (scam,) = [c for c in hit.categories if c.category == "scam"]
    assert scam.flagged and scam.evidence[0].quote == "wire me"
    await engine.close()


def test_the_store_follows_the_jobs_and_an_unusable_data_dir_keeps_lists_in_memory(
    tmp_path: Path,
) -> None:
    from moderation.server import ConfigError, build_blocklist_store

    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    assert isinstance(build_blocklist_store(Settings(data_dir=blocker), {}), MemoryBlocklistStore)
    store = build_blocklist_store(Settings(data_dir=tmp_path / "state"), {})
    assert isinstance(store, SqliteBlocklistStore)
    assert (tmp_path / "state" / "blocklists" / "blocklists.sqlite3").exists()
    assert isinstance(
        build_blocklist_store(Settings(jobs_store="memory"), {}), MemoryBlocklistStore
    )
    with pytest.raises(ConfigError, match="MODERATION_BLOCKLISTS_STORE"):
        build_blocklist_store(Settings(blocklists_store="postgres"), {})
    with pytest.raises(ConfigError, match="MODERATION_REDIS_URL"):
        build_blocklist_store(Settings(blocklists_store="redis"), {})
