"""`moderate policies`: a shadow report and a promotion as a person reads them."""

from __future__ import annotations

import pytest

from moderation_client import cli
from moderation_client.output import describe_promotion, describe_shadow_report
from moderation_client.v1 import moderation_pb2 as pb

REPORT = pb.ShadowReport(
    policy_id="strict",
    policy_version="c0ffee",
    live_policy_id="default",
    live_policy_version="d00d",
    compared=30,
    agreed=20,
    categories=[
        pb.ShadowCategoryAgreement(category="hate", compared=30, agreed=27),
        pb.ShadowCategoryAgreement(category="spam", compared=30, agreed=30),
    ],
    flip_count=11,
    flips=[
        pb.ShadowFlip(
            item_id="msg-7",
            live_decision=pb.DECISION_REVIEW,
            candidate_decision=pb.DECISION_BLOCK,
            spans=[pb.Evidence(start=3, end=9), pb.Evidence(start=12, end=15, quote="bad")],
        ),
        pb.ShadowFlip(
            item_id="msg-9", live_decision=pb.DECISION_ALLOW, candidate_decision=pb.DECISION_REVIEW
        ),
    ],
    cost_usd=0.01234,
    skipped_busy=2,
)


def test_a_report_shows_agreement_overall_and_per_category_the_flips_and_the_cost() -> None:
    assert describe_shadow_report(REPORT).splitlines() == [
        "strict (version c0ffee) shadowing default (version d00d)",
        "  agreement: 20 of 30 items (66.7 %)",
        "  per category: hate 27/30 (90.0 %), spam 30/30 (100.0 %)",
        "  flips: 11 (first 2 listed)",
        '    msg-7: review -> block at 3-9, 12-15 "bad"',
        "    msg-9: allow -> review",
        "  cost so far: 0.0123 USD (skipped 2 busy, 0 at the cost cap; 0 errors)",
    ]


def test_an_empty_report_says_so_without_dividing_by_zero() -> None:
    lines = describe_shadow_report(pb.ShadowReport(policy_id="c", live_policy_id="d"))
    assert "agreement: 0 of 0 items (-)" in lines and "flips: 0" in lines


def test_a_promotion_names_both_versions_and_the_reports_numbers() -> None:
    answer = pb.PromoteShadowPolicyResponse(
        policy=pb.Policy(id="default", version="beef"), previous_version="d00d", report=REPORT
    )
    assert describe_promotion(answer) == (
        "promoted strict: policy default is now version beef (was d00d); its shadow report: "
        "agreed on 20 of 30 items (66.7 %), 11 flips, cost 0.0123 USD"
    )


def test_promote_needs_a_policy(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["policies", "promote"])
    assert exited.value.code == cli.USAGE
    assert "promote needs the candidate policy's id" in capsys.readouterr().err
