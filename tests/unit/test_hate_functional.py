"""The templated hate-speech set: the committed files are what the generator writes, the
held-out part shares no text, template or target group with the tune part, the train part
shares no text, group or non-protected target with either, and each later held-out part
shares none with any part before it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from training.research.hate_functional import (
    CONTRAST,
    GROUPS,
    HELD_OUT,
    HELD_OUT_2,
    HELD_OUT_2_GROUPS,
    HELD_OUT_2_TARGETS,
    HELD_OUT_3,
    HELD_OUT_3_GROUPS,
    HELD_OUT_3_KEY_WORDS,
    HELD_OUT_3_TARGETS,
    HELD_OUT_4,
    HELD_OUT_4_KEY_WORDS,
    HELD_OUT_4_TARGETS,
    NON_PROTECTED,
    TARGET_CONTRAST,
    TARGET_CONTRAST_TARGETS,
    TRAIN,
    TRAIN_GROUPS,
    TRAIN_TARGETS,
    TUNE,
    build,
    build_contrast,
    build_held_out_2,
    build_held_out_3,
    build_held_out_4,
    build_target_contrast,
    build_train,
    key_word_pattern,
)


def _rows(path: Path) -> list[dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_committed_files_are_the_generators_output() -> None:
    assert _rows(TUNE) == build(0)
    assert _rows(HELD_OUT) == build(1)
    assert _rows(TRAIN) == build_train()


def test_held_out_part_shares_no_text_and_no_group_with_the_tune_part() -> None:
    tune, held = build(0), build(1)
    assert not {r["text"] for r in tune} & {r["text"] for r in held}
    for part, other in ((tune, GROUPS[1::2]), (held, GROUPS[0::2])):
        group_rows = [r for r in part if r["functionality"] == "derogation"]
        for r in group_rows:
            assert not any(str(r["text"]).lower().startswith(g.lower()) for g, _ in other)
            assert not any(f" {g.lower()}" in str(r["text"]).lower() for g, _ in other)


def test_every_functionality_has_cases_in_both_parts() -> None:
    tune = {r["functionality"] for r in build(0)}
    held = {r["functionality"] for r in build(1)}
    assert tune == held and len(tune) == 12


def test_train_part_shares_no_text_group_or_target_with_either_part() -> None:
    train = build_train()
    assert not {r["text"] for r in train} & {r["text"] for r in build(0) + build(1)}
    # Targets are compared as slot fillers: "cockroaches" is also a dehumanising word.
    assert not set(TRAIN_TARGETS) & set(NON_PROTECTED)
    words = [w for pair in GROUPS for w in pair]
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
    for r in train:
        assert not pattern.search(str(r["text"])), r["text"]


def test_second_held_out_part_is_the_generators_output_and_shares_nothing() -> None:
    held_2 = build_held_out_2()
    assert _rows(HELD_OUT_2) == held_2
    others = build(0) + build(1) + build_train()
    assert not {r["text"] for r in held_2} & {r["text"] for r in others}
    assert {r["functionality"] for r in held_2} == {r["functionality"] for r in build(1)}
    words = [w for pair in GROUPS + TRAIN_GROUPS for w in pair]
    words += list(NON_PROTECTED + TRAIN_TARGETS)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
    for r in held_2:
        assert not pattern.search(str(r["text"])), r["text"]


def _earlier_parts(n: int) -> tuple[list[dict[str, object]], list[str]]:
    """Rows of every part written before held-out part n (3 or 4), and their groups and
    non-protected targets."""
    rows = build(0) + build(1) + build_train() + build_held_out_2()
    words = [w for pair in GROUPS + TRAIN_GROUPS + HELD_OUT_2_GROUPS for w in pair]
    words += list(NON_PROTECTED + TRAIN_TARGETS + HELD_OUT_2_TARGETS)
    if n == 4:
        rows += build_held_out_3() + build_contrast()
        words += [w for pair in HELD_OUT_3_GROUPS for w in pair] + list(HELD_OUT_3_TARGETS)
    return rows, words


@pytest.mark.parametrize(
    ("n", "path", "builder", "stems"),
    [
        (3, HELD_OUT_3, build_held_out_3, HELD_OUT_3_KEY_WORDS),
        (4, HELD_OUT_4, build_held_out_4, HELD_OUT_4_KEY_WORDS),
    ],
)
def test_later_held_out_part_shares_no_text_group_target_or_key_word(
    n: int, path: Path, builder: Callable[[], list[dict[str, object]]], stems: tuple[str, ...]
) -> None:
    held = builder()
    assert _rows(path) == held
    others, words = _earlier_parts(n)
    assert not {r["text"] for r in held} & {r["text"] for r in others}
    assert {r["functionality"] for r in held} == {r["functionality"] for r in build(1)}
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
    for r in held:
        assert not pattern.search(str(r["text"])), r["text"]
    key = key_word_pattern(stems)
    assert sum(bool(key.search(str(r["text"]))) for r in held) >= 100
    for r in others:
        assert not key.search(str(r["text"])), r["text"]


def test_contrast_part_is_the_generators_output_and_keeps_clear_of_the_third_part() -> None:
    contrast = build_contrast()
    assert _rows(CONTRAST) == contrast
    assert {r["functionality"] for r in contrast} == {
        "derogation",
        "negated_hate",
        "counter_speech",
    }
    # The same words appear on both sides of the label.
    flagged = sum(bool(r["expect_flag"]) for r in contrast)
    assert 0 < flagged < len(contrast)
    words = [w for pair in GROUPS + HELD_OUT_2_GROUPS + HELD_OUT_3_GROUPS for w in pair]
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
    key = key_word_pattern()
    for r in contrast:
        assert not pattern.search(str(r["text"])), r["text"]
        assert not key.search(str(r["text"])), r["text"]


def test_target_contrast_part_says_the_same_hostile_sentences_of_groups_and_of_things() -> None:
    rows = build_target_contrast()
    assert _rows(TARGET_CONTRAST) == rows
    flagged = [str(r["text"]) for r in rows if r["expect_flag"]]
    passed = [str(r["text"]) for r in rows if not r["expect_flag"]]
    assert flagged and passed
    assert {r["functionality"] for r in rows if not r["expect_flag"]} == {"non_protected_target"}
    # Every group sentence has the same frame said of things.
    for text in flagged:
        group = next(g for g, _ in TRAIN_GROUPS if g.lower() in text.lower())
        frame = text.lower().replace(group.lower(), "{x}")
        assert any(
            p.lower().replace(t, "{x}") == frame for p in passed for t in TARGET_CONTRAST_TARGETS
        ), text
    test_targets = NON_PROTECTED + HELD_OUT_2_TARGETS + HELD_OUT_3_TARGETS + HELD_OUT_4_TARGETS
    assert not set(TARGET_CONTRAST_TARGETS) & set(test_targets)
    keys = (key_word_pattern(HELD_OUT_3_KEY_WORDS), key_word_pattern(HELD_OUT_4_KEY_WORDS))
    for r in rows:
        assert not any(k.search(str(r["text"])) for k in keys), r["text"]
