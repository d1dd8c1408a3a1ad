"""The multilingual model's early exit: who judges which text, under which policy, with whose
evidence, and that a text's scores still depend on nothing but the text and the policy."""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
from pathlib import Path

import numpy as np
import pytest

from moderation.backends.local.assets import ASSETS_DIR
from moderation.backends.local.early_exit import DEEP_DIR, EarlyExit, flag_scale
from moderation.backends.local.multilingual import MULTILINGUAL_NGRAMS
from moderation.backends.local.ngrams import CharNgramModel
from moderation.domain import Severity
from moderation.policy import Policy, default_policy

POLICY = default_policy()
# Texts on both sides of the band under the default policy: the tests below assert which.
TEXTS = [
    "Merci pour ton aide, à demain !",
    "Ich hasse Frauen.",
    "Ich kann Türken nicht ausstehen.",
    "Los gitanos son basura.",
    "今天天气很好",
    "",
    "ok",
    "Die Ausländer sollen doch bleiben, wo sie herkommen.",
    "Gli immigrati rubano il lavoro, lo sanno tutti.",
    "Ze zijn allemaal hetzelfde, die moslims.",
    "Les femmes ne savent pas conduire, c'est connu.",
    "Ci vediamo domani alle nove!",
    "Polacy są super",
    "Los inmigrantes no se adaptan nunca.",
]


@pytest.fixture(scope="module")
def exit_() -> EarlyExit:
    return EarlyExit()


def strict(policy: Policy) -> Policy:
    """The same policy, every category held for review from a score of 0.02."""
    return dataclasses.replace(
        policy,
        categories=tuple(
            dataclasses.replace(
                c, review_at=Severity.LOW, bands=dataclasses.replace(c.bands, low=0.02)
            )
            for c in policy.categories
        ),
    )


def same(a: dict[str, float], b: dict[str, float]) -> bool:
    """The same scores, but for float sums in another order."""
    return a.keys() == b.keys() and all(abs(a[c] - b[c]) < 1e-9 for c in a)


def test_the_flag_scale_puts_each_review_threshold_at_one_half() -> None:
    names = POLICY.category_names
    thresholds = [c.bands.score(c.review_at) for c in POLICY.categories]
    for k, t in enumerate(thresholds):
        row = np.zeros((1, len(names)))
        row[0, k] = t
        assert flag_scale(row, POLICY)[0] == pytest.approx(0.5)
        row[0, k] = 1.0
        assert flag_scale(row, POLICY)[0] == pytest.approx(1.0)
    assert flag_scale(np.zeros((1, len(names))), POLICY)[0] == 0.0


def test_only_doubtful_texts_are_judged_again_and_take_the_deeper_models_scores(
    exit_: EarlyExit,
) -> None:
    first = exit_.first.score(TEXTS)
    deep = exit_.deep.score(TEXTS)
    again = set(exit_.doubtful(first, POLICY))
    # The list holds texts on both sides of the band, or this test would prove nothing.
    assert again and len(again) < len(TEXTS)
    got = exit_.score(TEXTS)
    for k in range(len(TEXTS)):
        assert same(got[k], deep[k] if k in again else first[k]), TEXTS[k]
    low, high = exit_.band
    scale = flag_scale(
        np.array([[r.get(c, 0.0) for c in POLICY.category_names] for r in first]), POLICY
    )
    assert all((low <= scale[k] <= high) == (k in again) for k in range(len(TEXTS)))


def test_the_band_is_the_judging_policys(exit_: EarlyExit) -> None:
    """A stricter policy's thresholds sit lower, and so do its doubts."""
    first = exit_.first.score(TEXTS)
    lenient, stricter = (
        set(exit_.doubtful(first, POLICY)),
        set(exit_.doubtful(first, strict(POLICY))),
    )
    assert lenient != stricter
    moved = sorted(stricter - lenient)
    assert moved
    got = exit_.score([TEXTS[k] for k in moved], strict(POLICY))
    deep = exit_.deep.score([TEXTS[k] for k in moved])
    assert all(same(a, b) for a, b in zip(got, deep, strict=True))


def test_evidence_comes_from_the_model_that_decided(exit_: EarlyExit) -> None:
    def wanted(row: dict[str, float]) -> tuple[str, ...]:
        return ("hate",)

    _, attributions = exit_.score_and_attribute(TEXTS, wanted, POLICY)
    again = set(exit_.doubtful(exit_.first.score(TEXTS), POLICY))
    _, deep = exit_.deep.score_and_attribute(TEXTS, wanted)
    _, first = exit_.first.score_and_attribute(TEXTS, wanted)
    for k, attribution in enumerate(attributions):
        want = deep[k] if k in again else first[k]
        assert attribution is not None and want is not None
        assert attribution.spans == want.spans, TEXTS[k]
        assert np.allclose(attribution.weights, want.weights, atol=1e-6), TEXTS[k]


def test_scores_do_not_depend_on_the_batch(exit_: EarlyExit) -> None:
    alone = [exit_.score([t])[0] for t in TEXTS]
    rng = random.Random(7)
    for _ in range(20):
        order = rng.sample(range(len(TEXTS)), rng.randint(1, len(TEXTS)))
        batch = exit_.score([TEXTS[i] for i in order])
        for i, row in zip(order, batch, strict=True):
            assert max(abs(row[c] - alone[i][c]) for c in row) < 1e-4, TEXTS[i]


def test_the_deeper_model_borrows_the_first_models_n_grams_and_no_others(tmp_path: Path) -> None:
    """Its n-gram file holds its weights only; a first model's file with other n-grams (a
    retrained first model beside an old second one) is refused, not silently read."""
    (tmp_path / DEEP_DIR).mkdir()
    deep = tmp_path / DEEP_DIR / MULTILINGUAL_NGRAMS
    shutil.copyfile(ASSETS_DIR / DEEP_DIR / MULTILINGUAL_NGRAMS, deep)
    assert "vocabulary" not in json.loads(deep.read_text(encoding="utf-8"))
    first = json.loads((ASSETS_DIR / MULTILINGUAL_NGRAMS).read_text(encoding="utf-8"))
    (tmp_path / MULTILINGUAL_NGRAMS).write_text(json.dumps(first), encoding="utf-8")
    borrowed = CharNgramModel.load(deep)
    assert np.array_equal(borrowed.idf, CharNgramModel.load(ASSETS_DIR / MULTILINGUAL_NGRAMS).idf)
    first["idf"][0] += 1.0
    (tmp_path / MULTILINGUAL_NGRAMS).write_text(json.dumps(first), encoding="utf-8")
    with pytest.raises(ValueError, match="not fitted on"):
        CharNgramModel.load(deep)
