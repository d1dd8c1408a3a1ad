"""The model files shipped in the package: their hashes, and their outputs on fixed sentences.

The reference outputs (tests/data/local_reference.json) were written by the export tool from
the packages the files were built from (torch MiniLM, alt-profanity-check), so these tests
check the shipped files without those packages installed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from moderation.backends.local.assets import (
    ASSETS_DIR,
    MINILM_ONNX,
    MINILM_SHORT_ONNX,
    MINILM_STATIC,
    MINILM_TOKENIZER,
    NUDENET_ONNX,
    PROFANITY_JSON,
    manifest,
    sha256_file,
)
from moderation.backends.local.early_exit import DEEP_DIR
from moderation.backends.local.encoder import DIM, MiniLMEncoder
from moderation.backends.local.multilingual import CUT_ONNX, MULTILINGUAL_PIECES
from moderation.backends.local.profanity import ProfanityModel
from moderation.backends.local.static import StaticEmbedder

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "local_reference.json"
HAND_WRITTEN = Path(__file__).resolve().parents[2] / "training" / "data"


def reference() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return doc


def test_every_shipped_model_file_matches_its_manifest_entry() -> None:
    files = manifest()["files"]
    assert set(files) == {
        MINILM_ONNX,
        MINILM_TOKENIZER,
        MINILM_STATIC,
        MINILM_SHORT_ONNX,
        PROFANITY_JSON,
        NUDENET_ONNX,
        MULTILINGUAL_PIECES,
        CUT_ONNX,
        f"{DEEP_DIR}/{CUT_ONNX}",
    }
    for name, entry in files.items():
        path = ASSETS_DIR / name
        assert path.stat().st_size == entry["bytes"], name
        assert sha256_file(path) == entry["sha256"], name
        assert entry["source"] and entry["licence"] and entry["made_by"], name
    assert "Apache-2.0" in files[MINILM_ONNX]["licence"]
    assert "QInt8" in files[MINILM_ONNX]["made_by"]
    assert "QInt8" in files[MINILM_SHORT_ONNX]["made_by"]


@pytest.mark.slow
def test_int8_minilm_stays_close_to_the_torch_model() -> None:
    ref = reference()
    texts, expected = ref["texts"], np.array(ref["minilm_torch_fp32"])
    enc = MiniLMEncoder()
    got = enc.encode(texts)
    assert got.shape == (len(texts), DIM)
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    cosine = (got * expected).sum(axis=1)
    # What the export measured, give or take the int8 kernels of another CPU.
    assert np.all(cosine > np.array(ref["minilm_int8_cosine_to_torch"]) - 0.01)
    assert cosine.min() > 0.95
    # Same rows in the caller's order, although the encoder sorts by length internally.
    assert np.allclose(enc.encode(texts[::-1]), got[::-1], atol=1e-6)
    assert enc.encode([]).shape == (0, DIM)
    assert enc.runtime.startswith("onnx-minilm-l6-int8-")


def test_static_embeddings_are_unit_length_and_follow_the_torch_model() -> None:
    """The static table's mean of a text's token vectors points where MiniLM's does."""
    ref = reference()
    texts, expected = ref["texts"], np.array(ref["minilm_torch_fp32"])
    got = StaticEmbedder().encode(texts)
    assert got.shape == (len(texts), DIM)
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-6)
    cosine = (got * expected).sum(axis=1)
    # "ok" is one token: its row is MiniLM's embedding of that text, give or take int8.
    assert cosine[texts.index("ok")] > 0.999
    # A bag of static vectors against the contextual model: related, not equal.
    assert (cosine > 0.3).all()
    assert StaticEmbedder().encode([]).shape == (0, DIM)
    assert np.allclose(StaticEmbedder().encode([""]), StaticEmbedder().encode(["[UNK]"]))


def test_profanity_model_gives_the_packages_probabilities() -> None:
    ref = reference()
    model = ProfanityModel.load()
    got = model.predict_prob(ref["texts"])
    assert np.allclose(got, ref["profanity_prob"], atol=1e-6)
    assert got[3] > 0.9 and got[0] < 0.5  # the swearing sentence, the library one
    assert model.predict_prob([]).shape == (0,)


def test_profanity_model_matches_alt_profanity_check() -> None:
    """The package itself (the parity extra, in dev) on the same texts: the project's
    hand-written sentences, and the public sample's first 400 where it is present."""
    import profanity_check

    from training.dataset import DEFAULT_DATA, load_openai

    texts = [
        json.loads(line)["text"]
        for name in ("functional_checks.jsonl", "local_train_extra.jsonl")
        for line in (HAND_WRITTEN / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if DEFAULT_DATA.is_file():
        texts += [r.text for r in load_openai(DEFAULT_DATA)[:400]]
    texts += ["", "THE the and", "x"]
    expected = np.asarray(profanity_check.predict_prob(texts), dtype=np.float64)
    assert np.allclose(ProfanityModel.load().predict_prob(texts), expected, atol=1e-6)
