"""Evidence spans from the embedded model: exact offsets, only on flagged categories."""

from __future__ import annotations

import functools
import gzip
import itertools
import json
from collections.abc import AsyncIterator
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
import pytest_asyncio

from anthropic_emulator.judges import JudgeItem
from anthropic_emulator.local_judge import local_judge
from moderation.backends.base import Batch
from moderation.backends.local import LocalBackend
from moderation.backends.local.attribution import MAX_SPANS, Attribution, Words
from moderation.backends.local.static import norms
from moderation.backends.local.text import (
    MiniLMClassifier,
    ProfanityClassifier,
    TextClassifier,
)
from moderation.domain import Item, Judgement, Severity, TextContent
from moderation.policy import Policy, default_policy, parse_policy

pytestmark = pytest.mark.slow

POLICY = default_policy()
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "openai-moderation" / "samples-400.jsonl.gz"
# Non-BMP characters first: code-point offsets differ from UTF-16 and UTF-8 ones after them.
PREFIX = "🎉🙂 𝔥𝔢𝔩𝔩𝔬 "
PROFANE = f"{PREFIX}you are an asshole, leave this chat"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def minilm() -> AsyncIterator[LocalBackend]:
    b = LocalBackend(text_model="minilm")
    await b.start()
    yield b
    await b.close()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def profanity() -> AsyncIterator[LocalBackend]:
    b = LocalBackend(text_model="profanity")
    await b.start()
    yield b
    await b.close()


async def judge(
    backend: LocalBackend, items: list[Item], policy: Policy = POLICY
) -> list[Judgement]:
    """One judgement per item, in the items' order (a backend yields each when known)."""
    out = {o.item_id: o async for o in backend.classify(Batch(tuple(items), policy))}
    assert all(isinstance(o, Judgement) for o in out.values()), out
    return [o for i in items if isinstance(o := out[i.id], Judgement)]


def sample_texts() -> list[str]:
    with gzip.open(SAMPLE, "rt", encoding="utf-8") as fh:
        return [t for line in fh if line.strip() and (t := json.loads(line)["prompt"]).strip()]


def check_spans(item: Item, j: Judgement, policy: Policy = POLICY) -> None:
    """Every span is the item's text at its offsets; spans only and always on flagged
    categories; at most MAX_SPANS, none overlapping."""
    assert isinstance(item.content, TextContent)
    text = item.content.text
    review = {c.name: c.review_at for c in policy.categories}
    for c in j.categories:
        flagged = c.severity >= review[c.category]
        if not flagged:
            assert c.evidence == (), (text, c)
            continue
        assert 1 <= len(c.evidence) <= MAX_SPANS, (text, c)
        for e in c.evidence:
            assert 0 <= e.start < e.end <= len(text)
            assert text[e.start : e.end] == e.quote
        ends = [(e.start, e.end) for e in c.evidence]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends)), ends


@pytest.mark.parametrize("model", ["minilm", "profanity"])
async def test_a_profanity_hit_after_non_bmp_characters_is_quoted_exactly(
    model: str, minilm: LocalBackend, profanity: LocalBackend
) -> None:
    backend = minilm if model == "minilm" else profanity
    (j,) = await judge(backend, [Item("p", TextContent(PROFANE))])
    start = PROFANE.index("asshole")
    # The test means something: UTF-16 and UTF-8 would put the word elsewhere.
    assert len(PROFANE[:start].encode("utf-16-le")) // 2 != start
    assert len(PROFANE[:start].encode("utf-8")) != start
    spans = [(e.start, e.end, e.quote) for c in j.categories for e in c.evidence]
    assert spans, j
    assert (start, start + len("asshole"), "asshole") in spans
    check_spans(Item("p", TextContent(PROFANE)), j)


async def test_every_span_is_the_items_text_at_its_offsets_over_the_data_set(
    minilm: LocalBackend,
) -> None:
    texts = sample_texts()
    items = [Item(f"s{k}", TextContent(t)) for k, t in enumerate(texts)]
    # The same texts after non-BMP characters and with a context the spans must not reach.
    items += [
        Item(f"c{k}", TextContent(PREFIX + t), context=f"{PREFIX}earlier: {texts[k - 1]}")
        for k, t in enumerate(texts[:200])
    ]
    judgements = await judge(minilm, items)
    flagged = 0
    for item, j in zip(items, judgements, strict=True):
        check_spans(item, j)
        flagged += any(c.evidence for c in j.categories)
    assert flagged > 50  # the set holds flagged texts: the property was tested on them


def lax_policy() -> Policy:
    """The shipped policy flagging only at high severity."""
    text = resources.files("moderation.policies").joinpath("default.toml").read_text("utf-8")
    for level in ("low", "medium"):
        text = text.replace(f'review_at = "{level}"', 'review_at = "high"')
        text = text.replace(f'block_at = "{level}"', 'block_at = "high"')
    return parse_policy(text)


async def test_spans_come_only_for_what_the_batchs_policy_flags(minilm: LocalBackend) -> None:
    items = [Item(f"s{k}", TextContent(t)) for k, t in enumerate(sample_texts()[:150])]
    lax = lax_policy()
    default = await judge(minilm, items)
    relaxed = await judge(minilm, items, lax)
    for item, d, r in zip(items, default, relaxed, strict=True):
        check_spans(item, d)
        check_spans(item, r, lax)
    # Flags the lax policy drops (below high severity) lose their spans with them.
    dropped = [
        (a.category, a.severity)
        for d, r in zip(default, relaxed, strict=True)
        for a, b in zip(d.categories, r.categories, strict=True)
        if a.evidence and not b.evidence
    ]
    assert dropped and all(severity < Severity.HIGH for _, severity in dropped)


async def test_spans_can_be_switched_off() -> None:
    backend = LocalBackend(text_model="profanity", spans=False)
    await backend.start()
    try:
        (j,) = await judge(backend, [Item("p", TextContent(PROFANE))])
    finally:
        await backend.close()
    assert any(c.severity > 0 for c in j.categories)
    assert all(c.evidence == () for c in j.categories)


def test_word_shares_are_exact_for_the_linear_parts() -> None:
    """What the attribution reads sums to what the models compute: the n-gram heads' logits,
    the static heads' outputs and the profanity decision."""
    m = MiniLMClassifier()
    assert m.static is not None and m.head.char is not None and m.head.cascade is not None
    assert m._token_heads is not None and m._profanity is not None
    static_heads = m.head.cascade.weights[:, : m._static_columns(m.head.cascade)]
    every = np.arange(len(static_heads))
    for text in [
        PROFANE,
        "Ünïcode 👋 you   are\tan IDIOT!! and a loser",
        "İİ İstanbul idiot",
        "🎉",
        "",
    ]:
        char = m.head.char.contributions(m.head.char.scan([text]), 0)
        assert len(char) == len(Words.of(text).bounds)
        assert np.allclose(char.sum(axis=0) + m.head.char.intercepts, m.head.char.logits([text])[0])
        (encoded,) = m.static.tokenize([text])
        norm = float(norms(m.static.weighted_sums([encoded])[0])[0])
        _, tokens, rest = m.static.contributions(encoded, norm, m._token_heads, every)
        expected = static_heads @ m.static.encode([text])[0] if encoded.ids[1:-1] else 0.0
        assert np.allclose(tokens.sum(axis=0) + rest, expected, atol=1e-4)
        offsets, shares = m._profanity.contributions(text)
        decision = m._profanity.decision([text])[0].mean()
        assert np.isclose(shares.sum() + m._profanity.intercepts.mean(), decision)
        assert all(text[a:b].lower() in m._profanity.vocabulary for a, b in offsets)


def all_of(categories: tuple[str, ...], row: dict[str, float]) -> tuple[str, ...]:
    return categories


def test_scores_are_the_same_with_or_without_attribution() -> None:
    texts = [*sample_texts()[:120], PROFANE, "short and sweet", ""]
    classifiers: tuple[TextClassifier, ...] = (MiniLMClassifier(), ProfanityClassifier())
    for classifier in classifiers:
        every = classifier.categories()
        rows, attributions = classifier.judge(texts, functools.partial(all_of, every))
        assert rows == classifier.score(texts)
        assert all(isinstance(a, Attribution) and a.categories == every for a in attributions)
        none, skipped = classifier.judge(texts, lambda row: ())
        assert none == rows and skipped == [None] * len(texts)


async def test_the_emulators_local_judge_quotes_the_embedded_models_spans() -> None:
    judge = await local_judge()
    (finding,) = await judge.judge([JudgeItem("p", PROFANE)], [c.name for c in POLICY.categories])
    assert finding.categories and "asshole" in finding.quotes
    assert all(q in PROFANE for q in finding.quotes)
