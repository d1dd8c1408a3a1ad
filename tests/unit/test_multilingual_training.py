"""The multilingual model's training rows: no held-out line trains it; what each row teaches."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import numpy as np
import pytest

from bench.eval_multilingual import third_parts
from moderation.backends.local.assets import ASSETS_DIR
from moderation.backends.local.multilingual import CUT_ONNX, MULTILINGUAL_HEAD, MULTILINGUAL_NGRAMS
from training.dataset import LABELLED_CATEGORIES, Row
from training.multilingual.cut import FineTune, targets
from training.multilingual.threat_head import add_head, threat_rows
from training.multilingual.train import (
    THREATENING,
    Knobs,
    functional_rows,
    head_categories,
    identity_held_out,
    language_modules,
    threats_held_out,
    training_rows,
    with_emojis,
    written_model,
)


def test_no_line_of_a_second_or_third_held_out_part_is_a_training_row() -> None:
    """As shipped (`make train-multilingual`: the fifth, implicit-hate part included); the
    later parts' lines too close to these held-out parts are left out too, so none is
    left equal to one."""
    trained = {r.text for r in training_rows(LABELLED_CATEGORIES, implicit=True)}
    held: set[str] = set()
    for mod in language_modules().values():
        held |= {row[-1] for row in [*mod.FUNCTIONAL_HELDOUT2, *mod.EVERYDAY_HELDOUT2]}
    for mod in third_parts().values():
        held |= {row[-1] for row in [*mod.FUNCTIONAL_HELDOUT3, *mod.EVERYDAY_HELDOUT3]}
    assert len(held) > 5_000
    assert not trained & held


def test_harmless_emojis_are_given_to_hateful_rows_as_often_as_harmless_ones_carry_them() -> None:
    """Each emoji of the harmless rows ends about as large a share of the hateful ones, the
    same rows on every call; English rows and emojis commoner in hate are left alone."""
    calm = [
        Row(f"schöner Tag {k} ❤️" if k % 4 == 0 else f"schöner Tag {k}", {"hate": 0}, "de")
        for k in range(2000)
    ]
    hate = [
        Row(f"hasse sie {k} 🐀" if k % 10 == 0 else f"hasse sie {k}", {"hate": 1}, "de")
        for k in range(2000)
    ]
    english = [Row(f"hate them {k}", {"hate": 1}, "en") for k in range(500)]
    rows = [*calm, *hate, *english]
    out = with_emojis(rows)
    assert out == with_emojis(rows) and len(out) == len(rows)
    given = [r for r in out[2000:4000] if "❤️" in r.text]
    assert abs(len(given) / 2000 - 0.25) < 0.04
    assert all(r.text.endswith(" ❤️") and r.labels == {"hate": 1} for r in given)
    assert out[:2000] == calm and out[4000:] == english
    assert sum("🐀" in r.text for r in out) == 200


def test_no_held_out_statement_naming_a_group_is_a_training_row() -> None:
    """The sixth parts' lines too close to the held-out statements are left out too."""
    trained = {r.text for r in training_rows(LABELLED_CATEGORIES, implicit=True, identity=True)}
    held = {t for code in language_modules() for _, _, t in identity_held_out(code)}
    assert len(held) > 1_000
    assert not trained & held


# A threat against a person, harmless words like one, a threat against a group, hate, and a
# harmless line.
THREAT_ROWS = [
    ("threat_individual", True, "Ich bring dich um."),
    ("threat_individual", False, "Der Film war zum Totlachen."),
    ("threat", True, "Alle Ausländer sollten verschwinden, sonst passiert was."),
    ("derogation", True, "Frauen sind dumm."),
    ("identity_positive", False, "Ich liebe meine muslimischen Nachbarn."),
]


def test_with_a_threat_head_every_threat_is_threatening_and_nothing_else_is() -> None:
    rows = THREAT_ROWS
    labelled = functional_rows(rows, head_categories(threat_head=True), "de")
    assert [r.labels[THREATENING] for r in labelled] == [1, 0, 1, 0, 0]
    assert [r.labels["hate"] for r in labelled] == [0, 0, 1, 1, 0]
    # Without the head the rows carry no such label: the heads learn what they learnt before.
    plain = functional_rows(rows, LABELLED_CATEGORIES, "de")
    assert all(THREATENING not in r.labels for r in plain)
    assert head_categories() == LABELLED_CATEGORIES


def test_the_cut_learns_harm_as_one_target_or_hate_and_threats_as_two() -> None:
    rows = THREAT_ROWS
    labelled = functional_rows(rows, head_categories(threat_head=True), "de")
    assert targets(labelled).tolist() == [1, 0, 1, 1, 0]
    assert targets(labelled, multitask=True).tolist() == [[0, 1], [0, 0], [1, 1], [1, 0], [0, 0]]
    # Without a threat head, harm is hate: threats against a person teach nothing.
    assert targets(functional_rows(rows, LABELLED_CATEGORIES, "de")).tolist() == [0, 0, 1, 1, 0]
    assert FineTune(multitask=True).flags() == " --multitask"
    assert FineTune().flags() == ""


def test_a_threat_head_is_added_with_every_other_head_as_it_was(tmp_path: Path) -> None:
    """`threat_head` fits one more head on the model's frozen features: the other heads'
    logits stay bit for bit, and the new head learns its rows."""
    for name in (MULTILINGUAL_HEAD, MULTILINGUAL_NGRAMS, CUT_ONNX):
        shutil.copy(ASSETS_DIR / name, tmp_path / name)
    threats = importlib.import_module("training.multilingual.threats.fr").FUNCTIONAL_TRAIN7
    rows = [
        Row(text, {THREATENING: int(flag)}, "fr" if k % 3 else "fr/everyday")
        for k, (_, flag, text) in enumerate(threats[::4])
    ]
    texts = [r.text for r in rows]
    before = written_model(tmp_path)
    logits = before.logits(texts)
    add_head(tmp_path, rows, Knobs(everyday_weight=6.0, offset=0.0))
    after = written_model(tmp_path)
    assert after.categories() == (*before.categories(), THREATENING)
    new = after.logits(texts)
    assert np.array_equal(new[:, :-1], logits)
    flagged = np.array([r.labels[THREATENING] for r in rows]) == 1
    assert new[flagged, -1].min() > new[~flagged, -1].max()
    with pytest.raises(ValueError, match="already"):
        add_head(tmp_path, rows, Knobs())


def test_no_held_out_threat_line_is_a_training_row_of_the_threat_parts() -> None:
    """The rows the threat head learns from, the seventh and eighth parts with the others,
    hold no line of the held-out part of threats against a person."""
    trained = {r.text for r in threat_rows(threats2=True)}
    held = {t for code in language_modules() for *_, t in threats_held_out(code)}
    assert len(held) >= 1_000
    assert not trained & held
