"""The cascade: confident items stay in the process; doubtful and unvalidated ones go up."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from moderation.backends.base import Batch
from moderation.backends.cascade import CascadeBackend, doubt, relative_score
from moderation.domain import (
    BackendOutcome,
    CategoryJudgement,
    Item,
    Judgement,
    Severity,
    TextContent,
)
from moderation.policy import Policy, default_policy, parse_policy
from tests.fakes import KeywordBackend

POLICY = default_policy()
HATE = next(c for c in POLICY.categories if c.name == "hate")
HATE_THRESHOLD = HATE.bands.score(HATE.review_at)


class ScriptedLocal:
    """An embedded judge whose hate score and language come from the item's text:
    "<score> <language>", e.g. "0.05 en"."""

    name = "local"
    model = "local/test"
    problem = ""

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def classify(self, batch: Batch) -> AsyncIterator[BackendOutcome]:
        for item in batch.items:
            assert isinstance(item.content, TextContent)
            score, language = item.content.text.split()
            found = (CategoryJudgement("hate", HATE.bands.severity(float(score)), float(score)),)
            yield Judgement(
                item.id,
                found,
                self.model,
                language=language,
                language_validated=language == "en",
            )


def items(*texts: str) -> tuple[Item, ...]:
    return tuple(Item(f"i{n}", TextContent(t)) for n, t in enumerate(texts))


async def run(
    cascade: CascadeBackend, batch: tuple[Item, ...], policy: Policy = POLICY
) -> dict[str, str]:
    return {
        o.item_id: o.model
        async for o in cascade.classify(Batch(batch, policy))
        if isinstance(o, Judgement)
    }


async def test_confident_items_never_leave_the_process() -> None:
    upstream = KeywordBackend("claude-test")
    cascade = CascadeBackend(ScriptedLocal(), upstream, (0.35, 0.65))
    models = await run(cascade, items("0.01 en", "0.99 en", "0.02 en"))
    assert models == {"i0": "local/test", "i1": "local/test", "i2": "local/test"}
    assert upstream.batches == []


async def test_doubtful_and_unvalidated_items_go_upstream_together_and_say_who_judged() -> None:
    upstream = KeywordBackend("claude-test")
    cascade = CascadeBackend(ScriptedLocal(), upstream, (0.35, 0.65))
    near = f"{HATE_THRESHOLD:.3f} en"
    models = await run(cascade, items("0.01 en", near, "0.01 de", "0.99 und"))
    assert models == {
        "i0": "local/test",
        "i1": "claude-test",
        "i2": "claude-test",
        "i3": "claude-test",
    }
    assert [[i.id for i in b.items] for b in upstream.batches] == [["i1", "i2", "i3"]]


async def test_a_policy_that_allows_unvalidated_languages_keeps_them_local() -> None:
    upstream = KeywordBackend("claude-test")
    cascade = CascadeBackend(ScriptedLocal(), upstream, (0.35, 0.65))
    text = default_policy_text().replace(
        'id = "default"', 'unvalidated_language = "allow"\nid = "default"', 1
    )
    models = await run(cascade, items("0.01 de"), parse_policy(text))
    assert models == {"i0": "local/test"} and upstream.batches == []


def default_policy_text() -> str:
    from importlib import resources

    return resources.files("moderation.policies").joinpath("default.toml").read_text("utf-8")


def test_scores_are_read_relative_to_each_categorys_threshold() -> None:
    assert relative_score(HATE_THRESHOLD, HATE_THRESHOLD) == pytest.approx(0.5)
    assert relative_score(0.0, 0.6) == 0.0 and relative_score(1.0, 0.6) == pytest.approx(1.0)
    j = Judgement("x", (CategoryJudgement("hate", Severity.NONE, HATE_THRESHOLD / 2),), "m")
    assert doubt(j, POLICY) == pytest.approx(0.25)


@pytest.mark.parametrize("band", [(0.6, 0.7), (0.2, 0.4), (-0.1, 0.6), (0.4, 1.2)])
def test_a_band_that_does_not_straddle_the_threshold_is_refused(band: tuple[float, float]) -> None:
    with pytest.raises(ValueError, match="cascade band"):
        CascadeBackend(ScriptedLocal(), KeywordBackend(), band)
