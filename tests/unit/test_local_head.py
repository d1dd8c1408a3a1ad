"""The numpy head and the score mappings, without loading any model."""

from __future__ import annotations

import numpy as np

from moderation.backends.local.head import Head, combine
from moderation.backends.local.image import detection_score
from moderation.backends.local.text import PROFANITY_WEIGHTS
from moderation.policy import default_policy


def test_shipped_head_covers_the_default_policy() -> None:
    head = Head.load()
    assert set(head.categories) == set(default_policy().category_names)
    assert head.weights.shape == (1 + len(head.categories), 384)
    assert head.metadata["data_sha256"]
    assert head.metadata["split"]["held_out_rows"] > 0


def test_alignment_puts_the_operating_point_at_the_review_threshold() -> None:
    probs = np.array([[0.25, 0.25], [1.0, 1.0], [0.0, 0.5]])
    knots = (((0.0, 0.25, 1.0), (0.0, 0.6, 1.0)),)
    out = combine(probs, knots)
    assert np.allclose(out[:, 0], [0.6, 1.0, 0.0])


def test_exposed_detections_flag_and_covered_do_not() -> None:
    assert detection_score([]) == 0.0
    assert detection_score([{"class": "FACE_FEMALE", "score": 0.9}]) == 0.0
    assert detection_score([{"class": "FEMALE_BREAST_COVERED", "score": 0.9}]) < 0.6
    assert detection_score([{"class": "FEMALE_GENITALIA_EXPOSED", "score": 0.3}]) >= 0.6
    strong = detection_score([{"class": "MALE_GENITALIA_EXPOSED", "score": 0.9}])
    assert strong >= 0.85


def test_profanity_alone_never_reaches_medium_hate() -> None:
    assert PROFANITY_WEIGHTS["hate"] * 1.0 < 0.6
