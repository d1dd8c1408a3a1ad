"""The embedded `local` backend, with its real models (loaded once per session)."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import random
import shutil
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PIL import Image

from moderation.backends.base import Batch
from moderation.backends.local import LocalBackend, assets, build_local_backend
from moderation.backends.local.backend import MINILM_FILES, MINILM_MODEL
from moderation.backends.local.early_exit import DEEP_DIR
from moderation.backends.local.multilingual import MULTILINGUAL_HEAD
from moderation.config import Settings
from moderation.domain import (
    BackendOutcome,
    Decision,
    ErrorCode,
    ImageContent,
    Item,
    ItemFailure,
    Judgement,
    Severity,
    TextContent,
)
from moderation.policy import Policy, default_policy, parse_policy

pytestmark = pytest.mark.slow

POLICY = default_policy()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def backend() -> AsyncIterator[LocalBackend]:
    b = LocalBackend(text_model="minilm")
    await b.start()
    yield b
    await b.close()


def text(item_id: str, body: str) -> Item:
    return Item(item_id, TextContent(body))


def png(color: tuple[int, int, int] = (120, 180, 220), size: tuple[int, int] = (96, 64)) -> Item:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return Item("img", ImageContent(buf.getvalue(), "image/png", size[0], size[1]))


async def judge(
    backend: LocalBackend, items: list[Item], policy: Policy = POLICY
) -> list[BackendOutcome]:
    return [o async for o in backend.classify(Batch(tuple(items), policy))]


async def judgements(backend: LocalBackend, items: list[Item]) -> list[Judgement]:
    out = await judge(backend, items)
    assert all(isinstance(o, Judgement) for o in out), out
    return [o for o in out if isinstance(o, Judgement)]


def scores(j: Judgement) -> dict[str, float]:
    return {c.category: c.score or 0.0 for c in j.categories}


def flagged(j: Judgement, policy: Policy = POLICY) -> bool:
    found = {c.category: c.severity for c in j.categories}
    return any(found.get(c.name, Severity.NONE) >= c.review_at for c in policy.categories)


async def test_one_judgement_per_item_with_the_callers_ids(backend: LocalBackend) -> None:
    items = [text(f"id-{n}", f"message number {n} about the weather") for n in range(5)]
    items.append(png())
    items.append(text("last", "Thanks for the help yesterday!"))
    out = await judgements(backend, items)
    # Texts first, then images (a text never waits for an image to be decoded).
    assert [o.item_id for o in out] == [i.id for i in items if i.id != "img"] + ["img"]
    for o in out:
        assert {c.category for c in o.categories} == set(POLICY.category_names)
        assert o.fallback is False
        assert o.usage.input_tokens == 0 and o.usage.output_tokens == 0


async def test_severity_follows_the_policy_bands(backend: LocalBackend) -> None:
    insult = "You are a worthless idiot and everyone hates you."
    (j,) = await judgements(backend, [text("a", insult)])
    bands = {c.name: c.bands for c in POLICY.categories}
    for c in j.categories:
        assert c.score is not None and 0.0 <= c.score <= 1.0
        assert c.severity == bands[c.category].severity(c.score)


async def test_toxic_text_scores_above_benign(backend: LocalBackend) -> None:
    toxic, benign = await judgements(
        backend,
        [
            text("toxic", "Shut up you pathetic loser, nobody wants you here, go die."),
            text("benign", "The library opens at nine and closes at five on weekdays."),
        ],
    )
    assert max(scores(toxic).values()) > max(scores(benign).values())
    assert flagged(toxic)
    assert not flagged(benign)
    assert benign.rationale == ""
    assert toxic.rationale.startswith("local classifier:")


async def test_hate_without_profanity_is_flagged(backend: LocalBackend) -> None:
    (j,) = await judgements(
        backend,
        [text("h", "Immigrants are subhuman vermin and should be driven out of the country.")],
    )
    assert flagged(j)
    assert scores(j)["hate"] >= POLICY.categories[POLICY.category_names.index("hate")].bands.medium


# Texts of every length the classifier routes differently: short ones (the fine-tuned short
# model), long ones (the cascade, some encoded by MiniLM) and lengths in between.
NEIGHBOURS = (
    "see you soon",
    "I'll find you at the station",
    "We killed it at the gig last night!",
    "kill the process and restart the server",
    "Immigrants are subhuman vermin and should be driven out of the country.",
    "You are a worthless idiot and everyone hates you.",
    "Muslims and Jews are welcome at our community dinner on Friday.",
    "idiot",
    "Thanks for the help yesterday!",
    "Shut up you pathetic loser, nobody wants you here, go die.",
    "The library opens at nine and closes at five on weekdays, except on public holidays, "
    "when it stays closed all day and the returns box by the door is emptied the next morning.",
    "I ordered the blue jacket in size M but received a red one in size XL; the packaging was "
    "torn and the receipt missing. Could you send the right one and a return label, please? "
    "I have been a customer for years and this is the first time something went wrong.",
    "women are inferior and should not be allowed to vote",
    "My grandmother taught me to bake bread every Sunday when I was a kid, and the smell of it "
    "still reminds me of her kitchen, the old radio and the cat asleep on the windowsill.",
    "He shot a goal from thirty metres out, what a strike",
    "go back to your country, nobody wants your kind here",
)


async def test_a_texts_scores_do_not_depend_on_its_batch(backend: LocalBackend) -> None:
    """The same text gets the same scores alone, in any batch and in any order."""
    alone = {}
    for n, body in enumerate(NEIGHBOURS):
        (j,) = await judgements(backend, [text(f"a{n}", body)])
        alone[body] = scores(j)
    rng = random.Random(25)
    for round_ in range(40):
        picked = rng.sample(NEIGHBOURS, rng.randint(2, len(NEIGHBOURS)))
        out = await judgements(backend, [text(f"r{round_}-{n}", b) for n, b in enumerate(picked)])
        for body, j in zip(picked, out, strict=True):
            got = scores(j)
            for category, score in alone[body].items():
                assert abs(got[category] - score) <= 1e-4, (body, category, got[category], score)


async def test_plain_generated_png_is_not_flagged(backend: LocalBackend) -> None:
    (j,) = await judgements(backend, [png()])
    assert isinstance(j, Judgement)
    assert not flagged(j)
    assert scores(j)["sexual"] < 0.35
    assert j.model == backend.image_model


async def test_undecodable_image_is_an_item_failure(backend: LocalBackend) -> None:
    bad = Item("bad", ImageContent(b"not an image at all", "image/png", 10, 10))
    out = {o.item_id: o for o in await judge(backend, [bad, text("ok", "hello there")])}
    assert isinstance(out["bad"], ItemFailure) and out["bad"].code is ErrorCode.INVALID_ARGUMENT
    assert isinstance(out["ok"], Judgement)


async def test_texts_never_wait_for_images_and_images_have_a_pool_of_their_own(
    backend: LocalBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    threads: list[str] = []
    real = backend._score_image

    def slow_image(item: Item) -> dict[str, float]:
        threads.append(threading.current_thread().name)
        release.wait(timeout=30)
        return real(item)

    monkeypatch.setattr(backend, "_score_image", slow_image)
    outcomes = backend.classify(Batch((png(), text("t", "hello")), POLICY))
    first = await anext(outcomes)
    assert first.item_id == "t"  # answered while the image is still held
    # Another batch's texts are scored meanwhile: the image holds no text worker.
    [other] = await judge(backend, [text("u", "good morning")])
    assert isinstance(other, Judgement)
    release.set()
    rest = [o async for o in outcomes]
    assert [o.item_id for o in rest] == ["img"]
    assert threads and all(t.startswith("local-image") for t in threads)


async def test_classify_runs_off_the_event_loop(backend: LocalBackend) -> None:
    # While a large batch is being scored, a task on the same loop keeps getting turns.
    ticks = 0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await asyncio.sleep(0)

    items = [text(f"t{n}", "A long message about many things. " * 40 + str(n)) for n in range(64)]
    task = asyncio.create_task(ticker())
    out = await judge(backend, items)
    done.set()
    await task
    assert len(out) == 64
    assert ticks > 1


async def test_fallback_judgements_are_marked() -> None:
    b = LocalBackend(text_model="profanity", fallback=True)
    try:
        await b.start()
        out = await judge(b, [text("x", "have a nice day"), png()])
        assert [o.item_id for o in out] == ["x", "img"]
        assert all(isinstance(o, Judgement) and o.fallback for o in out)
    finally:
        await b.close()


ADS = parse_policy(
    'id = "ads"\ndescription = "d"\n'
    '[[categories]]\nname = "spam"\ndescription = "ads"\n'
    '[[categories]]\nname = "sexual"\ndescription = "images too"\n'
    '[[categories]]\nname = "harassment"\ndescription = "h"\n'
)


async def test_policy_categories_no_classifier_scores_are_named_at_start(
    caplog: pytest.LogCaptureFixture,
) -> None:
    b = LocalBackend(text_model="profanity", policies=[ADS])
    try:
        with caplog.at_level(logging.WARNING, logger="moderation.backends.local.backend"):
            await b.start()
    finally:
        await b.close()
    said = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(said) == 1, said
    assert "'ads'" in said[0] and "spam" in said[0] and "never flagged" in said[0]
    assert "harassment" not in said[0] and "sexual" not in said[0]


def test_factory_follows_settings() -> None:
    b = build_local_backend(Settings(local_text_model="profanity"))
    assert b.name == "local" and b.text_model == "profanity" and not b.fallback
    assert build_local_backend(Settings(), fallback=True).fallback
    with pytest.raises(ValueError):
        LocalBackend(text_model="nope")


async def test_text_model_names_the_shipped_files_before_and_after_loading(
    backend: LocalBackend,
) -> None:
    fresh = LocalBackend(text_model="minilm")  # not started: no model loaded
    assert fresh.model == backend.model
    name, _, files = backend.model.partition("@")
    assert name == MINILM_MODEL and len(files) == 12
    (j,) = await judgements(backend, [text("t", "good morning")])
    assert isinstance(j, Judgement) and j.model == backend.model


def test_a_changed_head_file_makes_another_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in MINILM_FILES:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copyfile(assets.ASSETS_DIR / name, tmp_path / name)
    monkeypatch.setattr(assets, "ASSETS_DIR", tmp_path)
    before = LocalBackend(text_model="minilm").model
    assert before == LocalBackend(text_model="minilm").model
    head = tmp_path / MINILM_FILES[2]
    head.write_text(head.read_text(encoding="utf-8") + " ", encoding="utf-8")
    changed = LocalBackend(text_model="minilm").model
    assert changed != before
    # So does the early exit's deeper model.
    deep = tmp_path / DEEP_DIR / MULTILINGUAL_HEAD
    deep.write_text(deep.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert LocalBackend(text_model="minilm").model not in (before, changed)


async def test_every_judgement_names_its_language_and_whether_the_model_is_validated(
    backend: LocalBackend,
) -> None:
    assert {"en", "fr"} <= backend.validated_languages
    assert "sv" not in backend.validated_languages
    english, swedish, image = await judge(
        backend, [text("en", "see you soon"), text("sv", "Jag hatar kvinnor."), png()]
    )
    assert isinstance(english, Judgement) and isinstance(swedish, Judgement)
    assert isinstance(image, Judgement)
    assert (english.language, english.language_validated) == ("en", True)
    assert (swedish.language, swedish.language_validated) == ("sv", False)
    assert "not validated for language sv" in swedish.rationale
    assert (image.language, image.language_validated) == ("zxx", True)
    # A guess is never a silent ALLOW: the default policy holds it for review.
    assert POLICY.decide(swedish)[0] is not Decision.ALLOW


@pytest.mark.parametrize(
    "body",
    [
        "😀😀👍 !!! 123",  # nothing left after normalisation
        "ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺ ᚾᛁᛃ",  # a script no identifier knows
        "I really love this song so much, mais le repas était vraiment froid hier soir",
    ],
)
async def test_bad_input_is_und_and_gets_the_policys_action(
    backend: LocalBackend, body: str
) -> None:
    (j,) = await judgements(backend, [text("x", body)])
    assert (j.language, j.language_validated) == ("und", False)
    assert POLICY.decide(j)[0] is not Decision.ALLOW


def _lines(name: str) -> list[dict[str, object]]:
    path = Path(__file__).parents[2] / "training" / "data" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


async def test_everyday_talk_is_not_flagged_and_templated_hate_still_is(
    backend: LocalBackend,
) -> None:
    """The short-text heads were refitted with everyday lines as negatives (the tune set):
    farewells, plans, slang and identity mentions pass; the templated hate still flags."""
    everyday = _lines("everyday_tune.jsonl")
    out = await judgements(backend, [text(f"e{n}", str(r["text"])) for n, r in enumerate(everyday)])
    assert sum(flagged(j) for j in out) <= 0.03 * len(everyday)
    hateful = [r for r in _lines("hate_functional_tune.jsonl") if r["expect_flag"]]
    out = await judgements(backend, [text(f"h{n}", str(r["text"])) for n, r in enumerate(hateful)])
    assert sum(flagged(j) for j in out) >= 0.85 * len(hateful)


# The first impression ("see you soon" came back BLOCK, as hate and
# harassment/threatening) and held-out everyday lines of the same kinds
# (training/data/everyday_heldout.jsonl, which no head is fitted on; "see you soon, can't
# wait" and "I'm coming for you at 6" were flagged before the heads were refitted on the
# larger everyday sets). A guard on these
# sentences, not a figure: the flag rate of the whole set is measured by bench/eval_local.py.
EVERYDAY_ALLOW = (
    "see you soon",
    "killed it",
    "I'll find you at the café",
    "see you soon!",
    "see you soon, can't wait",
    "I'm coming for you at 6, be ready",
    "I'll find you at the station",
    "ok I'll come find you in the library",
    "my knees are killing me after that hike",
    "shoot a goal from the corner",
    "Happy Ramadan to all our Muslim customers.",
)


@pytest.mark.parametrize("body", EVERYDAY_ALLOW)
async def test_everyday_sentences_are_allowed(backend: LocalBackend, body: str) -> None:
    (j,) = await judgements(backend, [text("x", body)])
    assert POLICY.decide(j)[0] is Decision.ALLOW, j.rationale


@pytest.mark.parametrize("body", ["hi", "lol", "ok thx"])
async def test_a_few_latin_words_too_short_to_tell_stand_on_the_english_judge(
    backend: LocalBackend, body: str
) -> None:
    (j,) = await judgements(backend, [text("x", body)])
    # The language is still not guessed; the verdict is the validated judge's own.
    assert (j.language, j.language_validated) == ("und", True)
    assert POLICY.decide(j)[0] is Decision.ALLOW


async def test_a_started_backend_loads_no_model_for_its_first_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Everything a verdict needs is loaded by `start` (the server reports SERVING after it):
    the language identifier's model (about 0.4 s to load) was loaded by the first batch of a
    replica's first callers."""
    from py3langid.langid import LanguageIdentifier as NaiveBayes

    fresh = LocalBackend(text_model="minilm")
    await fresh.start()
    loads: list[str] = []
    load = NaiveBayes.from_model_file

    def counted(*args: object, **kwargs: object) -> object:
        loads.append("py3langid")
        return load(*args, **kwargs)

    monkeypatch.setattr(NaiveBayes, "from_model_file", counted)
    try:
        out = await judgements(
            fresh, [text("en", "see you soon!"), text("de", "Ich hasse Frauen, alle.")]
        )
    finally:
        await fresh.close()
    assert [j.language for j in out] == ["en", "de"]
    assert loads == []
