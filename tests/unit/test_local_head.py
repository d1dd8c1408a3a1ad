"""The numpy head and the score mappings, without loading any model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from moderation.backends.local.head import ANY, Head, combine, profanity_feature
from moderation.backends.local.image import detection_score
from moderation.backends.local.ngrams import (
    CharNgramModel,
    HashTable,
    _codes,
    _hashes,
    char_ngrams,
    decode_f16,
    encode_f16,
    ngram_hashes,
)
from moderation.backends.local.text import PROFANITY_WEIGHTS
from moderation.policy import default_policy
from training.dataset import DEFAULT_DATA
from training.finetune import MIN_OPERATING_POSITIVES, operating_point


def test_shipped_head_covers_the_default_policy() -> None:
    head = Head.load()
    assert set(head.categories) == set(default_policy().category_names)
    # 384 embedding dimensions plus the profanity feature.
    assert head.weights.shape == (1 + len(head.categories), 385)
    assert head.metadata["data_sha256"]
    assert head.metadata["split"]["held_out_rows"] > 0
    assert head.char is not None and head.char.heads == (ANY, *head.categories)
    assert 0.0 < head.blend < 1.0 and head.blend == head.metadata["blend"]
    assert head.encoder_path is not None and head.encoder_path.is_file()


def test_shipped_assets_stay_small() -> None:
    assets = Path(__file__).resolve().parents[2] / "moderation/backends/local/assets"
    english = [p for p in assets.glob("*.json") if not p.name.startswith("multilingual-")]
    multilingual = list(assets.glob("multilingual-*.json"))
    assert multilingual
    assert sum(p.stat().st_size for p in english) < 3_000_000
    assert sum(p.stat().st_size for p in multilingual) < 3_000_000


def test_head_scores_need_what_the_head_blends() -> None:
    head = Head.load()
    x = np.zeros((1, 384))
    with pytest.raises(ValueError):
        head.features(x)  # no profanity probabilities
    features = head.features(x, [0.5])
    with pytest.raises(ValueError):
        head.scores(features)  # no texts for the char n-gram model
    out = head.scores(features, ["hello"])
    assert out.shape == (1, len(head.categories)) and ((out >= 0) & (out <= 1)).all()


def test_profanity_feature_is_a_clipped_scaled_logit() -> None:
    out = profanity_feature([0.5, 0.0, 1.0, 0.9], clip=1e-4, scale=0.25)
    assert out.shape == (4, 1)
    assert out[0, 0] == 0.0
    assert out[1, 0] == pytest.approx(-0.25 * np.log(1e4 - 1))
    assert out[2, 0] == pytest.approx(-out[1, 0])
    assert out[3, 0] == pytest.approx(0.25 * np.log(9.0))


def test_char_ngrams_pad_each_lowercased_word() -> None:
    assert char_ngrams("Hi  yo", 2, 3) == [
        " h",
        "hi",
        "i ",
        " hi",
        "hi ",
        " y",
        "yo",
        "o ",
        " yo",
        "yo ",
    ]
    assert char_ngrams("a", 2, 5) == [" a", "a ", " a "]
    assert char_ngrams("   ", 2, 5) == []


def test_char_model_reproduces_the_training_vectorizer() -> None:
    """Training (scikit-learn, the parity extra) and serving share one feature definition."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = ["you are an idiot", "have a nice day", "idiots everywhere!", "a nice idiot day", "x"]
    vec = TfidfVectorizer(analyzer=char_ngrams, sublinear_tf=True, min_df=1, dtype=np.float64)
    x = vec.fit_transform(texts)
    rng = np.random.default_rng(0)
    weights = rng.normal(size=(2, x.shape[1])).astype(np.float16).astype(np.float64)
    intercepts = np.array([0.5, -1.0])
    vocabulary = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
    model = CharNgramModel.from_dict(
        {
            "heads": ["any", "hate"],
            "ngram_range": [2, 5],
            "vocabulary": vocabulary,
            "idf": vec.idf_.tolist(),
            "intercepts": {"any": 0.5, "hate": -1.0},
            "weights_f16": {"any": encode_f16(weights[0]), "hate": encode_f16(weights[1])},
        }
    )
    unseen = ["zzz qqq", "what an IDIOT"]
    expected = vec.transform(texts + unseen) @ weights.T + intercepts
    assert np.allclose(model.logits(texts + unseen), expected)
    assert np.allclose(model.logits(["zzz qqq"]), intercepts)  # no known n-gram: intercepts


def test_hashed_ngrams_are_the_string_ngrams() -> None:
    """The array path (hashes of code points) counts exactly what char_ngrams lists."""
    texts = ["Hi  yo", "a", "   ", "", "ünïcode 😀 test\tx\ny", "I'm  OK!! ok", "abcdefgh ij"]
    rows, hashes = ngram_hashes(texts)
    for i, text in enumerate(texts):
        expected = sorted(int(_hashes(_codes(g), len(g))[0]) for g in char_ngrams(text))
        assert sorted(hashes[rows == i].tolist()) == expected, text


def test_shipped_char_model_fast_path_matches_the_string_path() -> None:
    model = CharNgramModel.load()
    texts = [
        "you are a complete idiot and everyone knows it",
        "The library opens at nine. " * 30,
        "",
        "zzzz",
        "Ünïcode façade, naïve café!",
    ]
    assert np.allclose(model.logits(texts), model.logits_reference(texts), atol=1e-9)
    assert model.logits([]).shape == (0, len(model.heads))


def test_hash_table_finds_every_key_and_nothing_else() -> None:
    keys = np.arange(1, 5001, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    table = HashTable.build(keys)
    assert (table.find(keys) == np.arange(5000)).all()
    assert (table.find(keys + np.uint64(1)) == -1).all()


def test_shipped_cascade_routes_only_its_band() -> None:
    head = Head.load()
    assert head.cascade is not None and head.char is not None
    lo, hi = head.cascade.band
    assert 0.0 < lo < hi < 1.0
    assert head.cascade.weights.shape == (1 + len(head.categories), 385)
    # Logits at the band's edges and outside it: only the inside is routed.
    p = np.array([0.5 * (lo + hi), 0.5 * lo, 0.5 * (1.0 + hi)])
    logit = np.log(p / (1 - p))
    logits = np.tile(logit[:, None], (1, 1 + len(head.categories)))
    assert head.cascade.route(logits).tolist() == [True, False, False]


def test_f16_weights_round_trip() -> None:
    values = np.array([0.0, 1.5, -2.25, 1e-3])
    assert np.allclose(decode_f16(encode_f16(values)), values, rtol=1e-3)


def test_default_data_is_beside_the_repository() -> None:
    root = Path(__file__).resolve().parents[2]
    expected = root.parent / "shared/data/openai-moderation/samples-1680.jsonl.gz"
    assert expected == DEFAULT_DATA


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


def _jsonl_texts(name: str) -> set[str]:
    path = Path(__file__).resolve().parents[2] / "training/data" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return {" ".join(json.loads(line)["text"].lower().split()) for line in lines if line.strip()}


def test_check_and_dev_sentences_are_never_training_rows() -> None:
    data = Path(__file__).resolve().parents[2] / "training/data"
    files = sorted(p.name for p in data.glob("local_train_*.jsonl"))
    assert {"local_train_extra.jsonl", "local_train_functional.jsonl"} <= set(files)
    assert "local_train_hate.jsonl" in files
    train = set().union(*(_jsonl_texts(name) for name in files))
    checks = _jsonl_texts("functional_checks.jsonl")
    dev = _jsonl_texts("functional_dev.jsonl")
    assert train and checks and dev
    assert not train & checks
    assert not train & dev
    assert not dev & checks


def test_training_defaults_are_the_shipped_heads_inputs() -> None:
    from training.train import DEFAULT_EXTRA, EXTRA_WEIGHT, extra_metadata

    root = Path(__file__).resolve().parents[2]
    meta = Head.load().metadata
    recorded = extra_metadata([root / p for p in DEFAULT_EXTRA])
    assert meta["extra_sha256"] == recorded["extra_sha256"]
    names = [meta["extra"]] if isinstance(meta["extra"], str) else meta["extra"]
    # Names only: the rows moved from bench/data/ to training/data/ after this head was
    # trained; the sha256 above pins their content.
    assert [Path(n).name for n in names] == [p.name for p in DEFAULT_EXTRA]
    assert meta.get("extra_weight", 1.0) == EXTRA_WEIGHT  # heads without the key used 1


def test_hand_written_rows_get_their_sample_weight() -> None:
    from training.train import row_weights

    w = row_weights(3, 2, 4.0)
    assert w.tolist() == [1.0, 1.0, 1.0, 4.0, 4.0]


def test_shipped_head_sends_short_texts_to_its_fine_tuned_model() -> None:
    from moderation.backends.local.encoder import MiniLMEncoder
    from moderation.backends.local.profanity import ProfanityModel
    from moderation.backends.local.text import MiniLMClassifier

    head = Head.load()
    assert head.short is not None
    short = head.short.head
    assert short.categories == head.categories
    assert 0 < head.short.max_tokens <= short.max_seq_length - 2
    assert short.encoder_path is not None and short.encoder_path.is_file()
    assert short.char is None and short.cascade is None
    clf = MiniLMClassifier(head)
    texts = ["Nobody said that.", "A long message about many things. " * 20]
    got = clf.score(texts)
    emb = MiniLMEncoder(short.max_seq_length, model=short.encoder_path).encode(texts[:1])
    prob = ProfanityModel.load().predict_prob(texts[:1])
    expected = short.scores(short.features(emb, prob))[0]
    assert np.allclose([got[0][c] for c in head.categories], expected)
    assert set(got[1]) == set(head.categories)  # the long one went through the cascade


def test_operating_point_needs_enough_validation_positives() -> None:
    rng = np.random.default_rng(0)
    few = np.r_[np.ones(MIN_OPERATING_POSITIVES - 1), np.zeros(200)]
    scores = np.r_[np.full(MIN_OPERATING_POSITIVES - 1, 0.08), rng.uniform(0.0, 0.1, 200)]
    assert operating_point(few, scores) == (0.5, None)
    enough = np.r_[np.ones(40), np.zeros(200), np.nan]
    separable = np.r_[np.full(40, 0.9), np.full(200, 0.2), 0.5]
    threshold, f1 = operating_point(enough, separable)
    assert 0.2 < threshold <= 0.9 and f1 == 1.0


def test_no_shipped_short_text_threshold_rests_on_a_handful_of_positives() -> None:
    short = Head.load().short
    assert short is not None
    points = short.head.metadata["operating_points"]
    for cat, point in points.items():
        if point["val_f1"] is not None:
            assert point["val_positives"] >= MIN_OPERATING_POSITIVES, cat
        else:
            assert point["raw_threshold"] == 0.5, cat
