from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from moderation.domain import CategoryJudgement, Decision, Judgement, Severity
from moderation.errors import PolicyNotFound
from moderation.policy import (
    PolicyError,
    PolicyRegistry,
    UnvalidatedLanguage,
    default_policy,
    load_policy,
    parse_policy,
)

OPENAI_TAXONOMY = {
    "sexual",
    "sexual/minors",
    "hate",
    "hate/threatening",
    "harassment",
    "harassment/threatening",
    "self-harm",
    "self-harm/intent",
    "self-harm/instructions",
    "violence",
    "violence/graphic",
    "illicit",
    "illicit/violent",
}

SMALL = """
id = "small"
description = "two categories"
[[categories]]
name = "hate"
description = "hateful content"
review_at = "medium"
block_at = "high"
[[categories]]
name = "sexual/minors"
description = "minors"
review_at = "low"
block_at = "low"
"""


def judgement(*found: tuple[str, Severity]) -> Judgement:
    return Judgement("i0", tuple(CategoryJudgement(c, s) for c, s in found), model="m")


def test_default_policy_covers_the_openai_taxonomy() -> None:
    policy = default_policy()
    assert set(policy.category_names) >= OPENAI_TAXONOMY
    for category in policy.categories:
        assert category.description
        assert category.examples, category.name
        assert category.review_at <= category.block_at


def test_thresholds_decide() -> None:
    policy = parse_policy(SMALL)
    assert policy.decide(judgement())[0] is Decision.ALLOW
    assert policy.decide(judgement(("hate", Severity.LOW)))[0] is Decision.ALLOW
    assert policy.decide(judgement(("hate", Severity.MEDIUM)))[0] is Decision.REVIEW
    assert policy.decide(judgement(("hate", Severity.HIGH)))[0] is Decision.BLOCK
    decision, results = policy.decide(judgement(("sexual/minors", Severity.LOW)))
    assert decision is Decision.BLOCK
    assert [r.flagged for r in results] == [False, True]


def test_version_follows_content_not_formatting() -> None:
    a = parse_policy(SMALL)
    assert parse_policy(SMALL.replace('"two categories"', '"two  categories"')).version != a.version
    assert parse_policy("\n\n" + SMALL + "\n# a comment\n").version == a.version


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ('id = "x"\ndescription = "d"\n', "at least one category"),
        (SMALL.replace('block_at = "high"', 'block_at = "low"'), "review_at <= block_at"),
        (SMALL.replace('review_at = "medium"', 'review_at = "extreme"'), "unknown severity"),
        (SMALL + '[[categories]]\nname = "hate"\ndescription = "again"\n', "unique"),
        ("id = [", "policy"),
        (
            'id = "x"\ndescription = "d"\ncategories = "abc"\n',
            "categories must be an array of tables",
        ),
        (
            'id = "x"\ndescription = "d"\ncategories = [1, 2]\n',
            "categories must be an array of tables",
        ),
        (SMALL + 'examples = "xyz"\n', r"categories\[1\]: examples must be an array of tables"),
        (SMALL + "examples = [1]\n", r"categories\[1\]: examples must be an array of tables"),
        (SMALL + "allowed_examples = 5\n", "allowed_examples must be an array of strings"),
        (SMALL + "allowed_examples = [1]\n", "allowed_examples must be an array of strings"),
        (SMALL + "score_bands = 3\n", "score_bands needs numeric low, medium, high"),
        ('severity_scale = "none and low"\n' + SMALL, "severity_scale must be a table"),
        ("severity_scale = { low = 3 }\n" + SMALL, "severity_scale.low must be a string"),
        ("guidance = 7\n" + SMALL, "guidance must be a string"),
        ('unvalidated_language = "ignore"\n' + SMALL, "unvalidated_language must be one of"),
    ],
)
def test_malformed_policies_are_refused(bad: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        parse_policy(bad)


def test_a_policy_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(SMALL.replace("hateful", "haineux \xe9").encode("latin-1"))
    with pytest.raises(PolicyError, match=r"latin1\.toml: not UTF-8"):
        load_policy(path)


def test_registry_default_and_unknown() -> None:
    registry = PolicyRegistry([parse_policy(SMALL), default_policy()])
    assert registry.get("").id == "small"
    assert registry.get("default").id == "default"
    with pytest.raises(PolicyNotFound):
        registry.get("nope")


def test_a_verdict_in_an_unvalidated_language_is_never_a_silent_allow() -> None:
    clean = replace(judgement(), language="de", language_validated=False)
    assert parse_policy(SMALL).unvalidated_language is UnvalidatedLanguage.REVIEW
    assert parse_policy(SMALL).decide(clean)[0] is Decision.REVIEW
    escalate = parse_policy('unvalidated_language = "escalate"\n' + SMALL)
    assert escalate.decide(clean)[0] is Decision.REVIEW  # no judge to escalate to here
    allow = parse_policy('unvalidated_language = "allow"\n' + SMALL)
    assert allow.unvalidated_language is UnvalidatedLanguage.ALLOW
    assert allow.decide(clean)[0] is Decision.ALLOW  # the operator's explicit choice
    blocked = replace(judgement(("hate", Severity.HIGH)), language_validated=False)
    assert parse_policy(SMALL).decide(blocked)[0] is Decision.BLOCK  # never lowered
    assert parse_policy(SMALL).decide(replace(clean, language_validated=True))[0] is (
        Decision.ALLOW
    )
