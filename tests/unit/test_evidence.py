"""A judge's quotes located in the item: a span of the item's own text, or dropped."""

from __future__ import annotations

from moderation.domain import CategoryJudgement, Evidence, Judgement, Severity
from moderation.evidence import locate
from moderation.policy import default_policy

TEXT = "Héllo 👋 — you  people are\tVERMIN & <should> go"


def test_a_quote_is_a_span_at_code_point_offsets_in_non_ascii_text() -> None:
    (span,), missing = locate(TEXT, ["are\tVERMIN"])
    assert missing == 0
    assert TEXT[span.start : span.end] == span.quote == "are\tVERMIN"
    assert span.start == TEXT.index("are")


def test_white_space_between_words_may_differ_and_the_span_quotes_the_item() -> None:
    (span,), _ = locate(TEXT, ["you people are VERMIN"])
    assert span.quote == "you  people are\tVERMIN"  # the item's text, not the model's


def test_the_prompts_escapes_are_undone() -> None:
    (span,), _ = locate(TEXT, ["VERMIN &amp; &lt;should&gt;"])
    assert span.quote == "VERMIN & <should>"


def test_an_invented_or_altered_quote_is_dropped_and_counted() -> None:
    spans, missing = locate(TEXT, ["vermin", "you are all vermin", "", "VERMIN"])
    assert [s.quote for s in spans] == ["VERMIN"]  # case must match: no rewording accepted
    assert missing == 3


def test_spans_come_once_in_text_order() -> None:
    spans, _ = locate(TEXT, ["go", "Héllo", "go"])
    assert spans == (Evidence(0, 5, "Héllo"), Evidence(len(TEXT) - 2, len(TEXT), "go"))


def test_a_backends_spans_stand_only_for_the_categories_the_policy_flags() -> None:
    policy = default_policy()
    harassment = next(c for c in policy.categories if c.name == "harassment")
    span = (Evidence(0, 5, "idiot"),)
    judgement = Judgement(
        "a",
        (
            CategoryJudgement("harassment", harassment.review_at, 0.9, span),
            CategoryJudgement("violence", Severity.NONE, 0.1, span),
        ),
        model="local/x",
    )
    _, results = policy.decide(judgement)
    by_name = {c.category: c for c in results}
    assert by_name["harassment"].flagged and by_name["harassment"].evidence == span
    assert not by_name["violence"].flagged and by_name["violence"].evidence == ()
