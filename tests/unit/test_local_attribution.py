"""Choosing the embedded model's evidence spans from word weights (no model loaded)."""

from __future__ import annotations

import numpy as np

from moderation.backends.local.attribution import (
    MAX_SPANS,
    Attribution,
    Words,
    category_weights,
    core,
    profanity_hits,
)

TEXT = "👋 𝔥𝔦 — you absolute idiot!!  (really)"


def attribution(
    text: str,
    weights: list[float],
    hits: tuple[tuple[int, int], ...] = (),
    hit_categories: frozenset[str] = frozenset(),
) -> Attribution:
    words = Words.of(text)
    column = np.array(weights, dtype=np.float64)[:, None]
    return Attribution(("harassment",), words.bounds, column, hits, hit_categories)


def test_words_are_split_on_white_space_and_quoted_without_their_punctuation() -> None:
    words = Words.of(TEXT)
    assert [TEXT[a:b] for a, b in words.bounds] == [
        "👋",
        "𝔥𝔦",
        "—",
        "you",
        "absolute",
        "idiot!!",
        "(really)",
    ]
    assert [TEXT[slice(*core(TEXT, a, b))] for a, b in words.bounds] == [
        "👋",
        "𝔥𝔦",
        "—",
        "you",
        "absolute",
        "idiot",
        "really",
    ]
    assert words.index([(TEXT.index("idiot") + 2, TEXT.index("idiot") + 4)]).tolist() == [5]


def test_the_heaviest_words_are_quoted_in_text_order_at_code_point_offsets() -> None:
    a = attribution(TEXT, [0.0, 0.0, -1.0, 0.3, 0.5, 2.0, 0.1])
    spans = a.evidence(TEXT, "harassment")
    # "you" (0.3) is under a quarter of "idiot" (2.0); "absolute" (0.5) is not.
    assert [e.quote for e in spans] == ["absolute", "idiot"]
    for e in spans:
        assert TEXT[e.start : e.end] == e.quote
    assert (
        spans[1].start
        == TEXT.index("idiot")
        != len(TEXT[: TEXT.index("idiot")].encode("utf-16-le")) // 2
    )


def test_at_most_a_few_spans_and_none_for_another_category() -> None:
    text = "a b c d e f g"
    spans = attribution(text, [1.0] * 7).evidence(text, "harassment")
    assert len(spans) == MAX_SPANS
    assert attribution(text, [1.0] * 7).evidence(text, "sexual") == ()


def test_a_flag_no_word_pushes_up_quotes_the_word_that_holds_it_down_least() -> None:
    text = "fine calm words"
    spans = attribution(text, [-0.5, -0.1, -0.9]).evidence(text, "harassment")
    assert [e.quote for e in spans] == ["calm"]


def test_spans_in_the_context_are_left_out_and_offsets_are_the_items_own() -> None:
    context, item = "idiot said", "you agree 😀 idiot"
    scored = f"{context}\n{item}"
    a = attribution(scored, [5.0, 0.0, 0.1, 0.1, 0.0, 2.0])
    (span,) = a.evidence(item, "harassment", offset=len(context) + 1)
    assert (span.start, span.end, span.quote) == (item.index("idiot"), len(item), "idiot")


def test_a_profanity_hit_stands_first_and_exactly_for_its_categories() -> None:
    text = "you are a total bitch and a pain"
    at = text.index("bitch")
    a = attribution(
        text,
        [1.0, 1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0],
        hits=((at, at + 5),),
        hit_categories=frozenset({"harassment"}),
    )
    spans = a.evidence(text, "harassment")
    assert (at, at + 5, "bitch") in [(e.start, e.end, e.quote) for e in spans]
    assert len(spans) == MAX_SPANS


def test_profanity_hits_only_when_the_model_flags_and_only_the_words_that_carry_it() -> None:
    offsets = [(0, 3), (4, 9), (10, 15)]
    shares = np.array([0.05, 1.0, 0.4])
    assert profanity_hits(offsets, shares, 0.49) == ()
    assert profanity_hits(offsets, shares, 0.9) == ((4, 9), (10, 15))


def test_a_words_category_weight_is_its_share_of_log_score() -> None:
    # Logits 0 for both heads: each share counts (1 - 0.5) / 2 = 0.25.
    shares = np.array([[1.0, 2.0], [-1.0, -2.0]])
    out = category_weights(shares, np.zeros(2))
    assert np.allclose(out[:, 0], [0.75, -0.75])
