"""bench.cpu_agreement's comparison: texts apart, identical, and verdicts that differ."""

from __future__ import annotations

from bench.cpu_agreement import compare
from moderation.policy import default_policy


def test_scores_apart_and_verdicts_that_differ_are_counted() -> None:
    policy = default_policy()
    hate = next(c for c in policy.categories if c.name == "hate")
    at = hate.bands.score(hate.review_at)  # the review threshold's score
    here = [{"hate": 0.0}, {"hate": at + 0.01}, {"hate": at - 0.0001}, {"hate": 0.5 * at}]
    there = [{"hate": 0.0}, {"hate": at + 0.0105}, {"hate": at + 0.0001}, {"hate": 0.5 * at + 0.01}]
    got = compare(here, there)
    assert got["texts"] == 4
    assert got["identical"] == 1
    assert got["apart"] == 1  # only the last moved by more than 0.001
    assert got["flagged"] == 1
    assert got["verdicts_differ"] == 1  # the third crossed the threshold
    assert abs(got["max"] - 0.01) < 1e-9
