"""The embedded model for languages other than English: routing, scores, evidence, languages."""

from __future__ import annotations

import json
import random
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import pytest_asyncio

from bench.local_spans import delete_spans
from moderation.backends.base import Batch
from moderation.backends.local import LocalBackend
from moderation.backends.local.assets import manifest
from moderation.backends.local.multilingual import MultilingualClassifier
from moderation.domain import Decision, Item, Judgement, TextContent
from moderation.policy import default_policy

POLICY = default_policy()


@pytest.fixture(scope="module")
def model() -> MultilingualClassifier:
    return MultilingualClassifier()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def backend() -> AsyncIterator[LocalBackend]:
    b = LocalBackend(text_model="minilm")
    await b.start()
    yield b
    await b.close()


async def judge(backend: LocalBackend, texts: dict[str, str]) -> dict[str, Judgement]:
    items = tuple(Item(k, TextContent(v)) for k, v in texts.items())
    out = {}
    async for o in backend.classify(Batch(items, POLICY)):
        assert isinstance(o, Judgement)
        out[o.item_id] = o
    return out


def test_the_manifest_lists_languages_besides_english_each_with_its_figures() -> None:
    entries = manifest()["validated_languages"]
    others = [e for e in entries if e["language"] != "en"]
    assert others
    for e in others:
        (figure,) = e["held_out"]
        assert figure["text_model"] == "multilingual"
        assert figure["any_flag_roc_auc"] >= 0.80 and figure["everyday_flagged"] <= 0.03


@pytest.mark.asyncio(loop_scope="module")
async def test_text_in_another_language_is_judged_by_the_multilingual_model(
    backend: LocalBackend,
) -> None:
    got = await judge(
        backend,
        {
            "fr": "Je déteste les femmes, ce sont des ordures.",
            "fr-ok": "À demain, je passe te chercher à la gare.",
            "en": "I will see you at the station tomorrow.",
        },
    )
    french, everyday, english = got["fr"], got["fr-ok"], got["en"]
    assert french.model.startswith("local/multilingual-e5-cut4-exit6-v1@")
    assert english.model.startswith("local/minilm")
    assert (french.language, french.language_validated) == ("fr", True)
    assert POLICY.decide(french)[0] is not Decision.ALLOW
    assert POLICY.decide(everyday)[0] is Decision.ALLOW
    hate = next(c for c in french.categories if c.category == "hate")
    quoted = {e.quote for e in hate.evidence}
    assert "femmes" in quoted  # the group aimed at (the next test: what else, and why)


@pytest.mark.asyncio(loop_scope="module")
async def test_romanised_hindi_is_judged_by_the_multilingual_model_as_its_manifest_says(
    backend: LocalBackend,
) -> None:
    """Hindi typed in Latin letters is its own language tag, validated only by its own
    held-out figures in the manifest (`hi-Latn`), not by Devanagari Hindi's: an unvalidated
    verdict is held for review, and hate is never allowed."""
    got = await judge(
        backend,
        {
            "plan": "bhai kal shaam ko milte hain, tum kab free ho?",
            "hate": "aurton ko naukri dena hi galti hai, ghar sambhalna unka kaam hai",
        },
    )
    validated = "hi-Latn" in {e["language"] for e in manifest()["validated_languages"]}
    for verdict in got.values():
        assert (verdict.language, verdict.language_validated) == ("hi-Latn", validated)
        assert verdict.model.startswith("local/multilingual-e5-cut4-exit6-v1@")
    assert POLICY.decide(got["hate"])[0] is not Decision.ALLOW
    assert (POLICY.decide(got["plan"])[0] is Decision.ALLOW) == validated


@pytest.mark.asyncio(loop_scope="module")
async def test_arabizi_is_not_judged_as_the_language_it_looks_like(backend: LocalBackend) -> None:
    """Arabic typed in Latin letters and digits used to be identified as Dutch or Spanish,
    validated languages, so the model's verdict stood as theirs; it is `ar-Latn` now, which
    the model is not validated for, so what it allows is held for review."""
    got = await judge(
        backend,
        {
            "refugees": "kol el lage2een lazem yetrmo bel ba7r",
            "indians": "el hnood wes5een w aghbya",
            "sudanese": "el sudaneyeen dol zay el 2erod",
        },
    )
    for verdict in got.values():
        assert (verdict.language, verdict.language_validated) == ("ar-Latn", False)
        assert verdict.model.startswith("local/multilingual-e5-cut4-exit6-v1@")
        assert POLICY.decide(verdict)[0] is not Decision.ALLOW


@pytest.mark.asyncio(loop_scope="module")
async def test_a_language_it_was_not_validated_for_is_held_for_review(
    backend: LocalBackend,
) -> None:
    got = await judge(backend, {"sv": "Tack så mycket för hjälpen igår, vi ses på fredag!"})
    swedish = got["sv"]
    assert swedish.language == "sv" and not swedish.language_validated
    assert "not validated for language sv" in swedish.rationale
    assert POLICY.decide(swedish)[0] is not Decision.ALLOW


def test_the_word_shares_sum_to_the_logit(model: MultilingualClassifier) -> None:
    texts = ["Les juifs sont des rats.", "Ci vediamo domani   alle nove!", "外地佬都是垃圾"]
    logits = model.logits(texts)
    cats = model.categories()
    _, attributions = model.shares(texts, lambda row: cats)
    heads = model.heads
    rest = heads.bias - (heads.mean / heads.scale) @ heads.weights.T + model.ngrams.intercepts
    _, states = model.encoder.encode(model.tokenizer.pieces(texts))
    for k, attribution in enumerate(attributions):
        assert attribution is not None
        # <s> and </s>: the encoder's two pieces outside every word
        ends = (states[k][0] + states[k][-1]) @ (heads.weights / heads.scale).T / len(states[k])
        total = attribution.weights.sum(axis=0) + rest + ends
        assert np.allclose(total, logits[k], atol=1e-5)


def test_evidence_names_the_words_that_carry_the_hate(model: MultilingualClassifier) -> None:
    """Deleting the quoted words, together, takes the flag away, more than deleting any other
    word; the quote names the group the hate is aimed at. (This model's flags rest on the
    group named, with its article: deleting "les" and "ce" beside "femmes" takes more away
    than "femmes" alone, and deleting "déteste" or "hasse" takes almost nothing.)"""
    texts = ["Je déteste les femmes, ce sont des ordures.", "Ich hasse Frauen."]
    rows, attributions = model.score_and_attribute(texts, lambda row: ("hate",))
    for text, row, attribution, group in zip(
        texts, rows, attributions, ("femmes", "Frauen"), strict=True
    ):
        assert attribution is not None
        evidence = attribution.evidence(text, "hate")
        assert group in {e.quote for e in evidence}
        without = delete_spans(text, [(e.start, e.end) for e in evidence])
        others = [
            delete_spans(text, [(m.start(), m.end())])
            for m in re.finditer(r"\S+", text)
            if all(m.end() <= e.start or m.start() >= e.end for e in evidence)
        ]
        scores = [r["hate"] for r in model.score([without, *others])]
        assert row["hate"] >= 0.5 > scores[0]
        assert scores[0] < row["hate"] - 0.25 and scores[0] < min(scores[1:])


def reference_embeddings(model: MultilingualClassifier) -> tuple[dict[str, Any], np.ndarray]:
    """What the build recorded of the cut on fixed texts, and the shipped cut's embeddings of
    them here."""
    ref = json.loads(
        (Path(__file__).parents[1] / "data" / "multilingual_cut_reference.json").read_text(
            encoding="utf-8"
        )
    )
    return ref, model.encoder.embed(model.tokenizer.pieces(ref["texts"]))


def test_the_shipped_encoder_stays_close_to_the_fine_tuned_torch_model(
    model: MultilingualClassifier,
) -> None:
    """The 8-bit layers and the numpy-read 4-bit piece embeddings against the torch model's
    float32 embeddings, recorded when the files were built."""
    ref, got = reference_embeddings(model)
    want = np.array(ref["torch_fp32"])
    cosine = (got * want).sum(axis=1) / np.linalg.norm(got, axis=1) / np.linalg.norm(want, axis=1)
    assert cosine.min() > 0.98, cosine


def test_the_shipped_encoder_gives_the_embeddings_it_gave_where_it_was_built(
    model: MultilingualClassifier,
) -> None:
    """Its 8-bit file computes the same integers on every CPU: with int8 weights, CPUs without
    VNNI saturate and drifted to cosine 0.97 of what the build measured."""
    ref, got = reference_embeddings(model)
    assert np.abs(got - np.array(ref["int8"])).max() < 1e-3


def test_scores_do_not_depend_on_the_batch(model: MultilingualClassifier) -> None:
    texts = [
        "Ich hasse Frauen.",
        "Los gitanos son basura.",
        "Merci pour ton aide, à demain !",
        "मुसलमान गंदे हैं",
        "今天天气很好",
        "Polacy są super",
        "",
        "ok",
    ]
    alone = np.array([model.logits([t])[0] for t in texts])
    rng = random.Random(5)
    for _ in range(20):
        order = list(range(len(texts)))
        rng.shuffle(order)
        batch = model.logits([texts[i] for i in order])
        assert np.abs(batch - alone[order]).max() < 1e-4


@pytest.mark.asyncio(loop_scope="module")
async def test_an_emoji_does_not_buy_hate_an_allow(backend: LocalBackend) -> None:
    """The multilingual model's harmless training rows carried ❤️ and 🙏 and its hateful ones
    never did, so appending one to hate made it harmless; friendly emojis no training row
    holds must not either, in any language."""
    hate = [
        "Ich hasse Frauen.",
        "Los gitanos son basura.",
        "Les juifs sont des rats.",
        "Gli immigrati sono parassiti.",
        "外地佬都是垃圾",
        # The English model's, for comparison.
        "Muslims are rats.",
        "Gays should be shot.",
    ]
    texts = {f"{k}-{e}": f"{t} {e}" for k, t in enumerate(hate) for e in ("❤️", "🙏", "🫶", "💖")}
    got = await judge(backend, {**{str(k): t for k, t in enumerate(hate)}, **texts})
    allowed = [texts.get(k, k) for k, v in got.items() if POLICY.decide(v)[0] is Decision.ALLOW]
    assert not allowed
