"""The contextual student and the static piece table (tried, or shipped before, and kept for
the studies): the student's numpy forward pass against a plain reading of the same layers,
heads that read its embedding, and the static model's exact word shares."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from moderation.backends.local.assets import asset
from moderation.backends.local.multilingual import (
    MULTILINGUAL_NGRAMS,
    MULTILINGUAL_PIECES,
    LinearHeads,
)
from moderation.backends.local.ngrams import CharNgramModel
from training.multilingual.cut import TOKENIZER_ARRAYS
from training.multilingual.student import ContextStudent, StudentClassifier, vectors
from training.multilingual.table import PieceTable, StaticClassifier
from training.multilingual.train import write_npz

DIM, WIDTH, HEADS, FFN, LAYERS, MAX_PIECES = 6, 8, 2, 12, 2, 5


def random_arrays(seed: int = 3) -> dict[str, npt.NDArray[np.generic]]:
    rng = np.random.default_rng(seed)

    def r(*shape: int) -> npt.NDArray[np.float16]:
        return (rng.normal(size=shape) * 0.5).astype(np.float16)

    out: dict[str, npt.NDArray[np.generic]] = {
        "inp_w": r(WIDTH, DIM),
        "inp_b": r(WIDTH),
        "pos": r(MAX_PIECES, WIDTH),
        "norm_w": 1 + r(WIDTH),
        "norm_b": r(WIDTH),
        "heads": np.array(HEADS),
    }
    for i in range(LAYERS):
        out |= {
            f"l{i}.ln1_w": 1 + r(WIDTH),
            f"l{i}.ln1_b": r(WIDTH),
            f"l{i}.qkv_w": r(3 * WIDTH, WIDTH),
            f"l{i}.qkv_b": r(3 * WIDTH),
            f"l{i}.out_w": r(WIDTH, WIDTH),
            f"l{i}.out_b": r(WIDTH),
            f"l{i}.ln2_w": 1 + r(WIDTH),
            f"l{i}.ln2_b": r(WIDTH),
            f"l{i}.ff1_w": r(FFN, WIDTH),
            f"l{i}.ff1_b": r(FFN),
            f"l{i}.ff2_w": r(WIDTH, FFN),
            f"l{i}.ff2_b": r(WIDTH),
        }
    return out


def plain(arrays: dict[str, npt.NDArray[np.generic]], pieces: list[list[float]]) -> list[float]:
    """The same pre-norm layers, one position and one head at a time, in float64."""
    w = {k: np.asarray(v, dtype=np.float64) for k, v in arrays.items()}

    def norm(x: npt.NDArray[np.float64], g: str) -> npt.NDArray[np.float64]:
        mu, var = x.mean(), x.var()
        out: npt.NDArray[np.float64] = (x - mu) / math.sqrt(var + 1e-5) * w[g + "_w"] + w[g + "_b"]
        return out

    pieces = pieces[:MAX_PIECES]
    xs = [w["inp_w"] @ np.array(p) + w["inp_b"] + w["pos"][t] for t, p in enumerate(pieces)]
    size = WIDTH // HEADS
    for i in range(LAYERS):
        hs = [norm(x, f"l{i}.ln1") for x in xs]
        qkv = [w[f"l{i}.qkv_w"] @ h + w[f"l{i}.qkv_b"] for h in hs]
        mixed = []
        for t in range(len(xs)):
            out = np.zeros(WIDTH)
            for head in range(HEADS):
                lo, hi = head * size, (head + 1) * size
                q = qkv[t][lo:hi]
                scores = [
                    float(q @ qkv[u][WIDTH + lo : WIDTH + hi]) / math.sqrt(size)
                    for u in range(len(xs))
                ]
                top = max(scores)
                e = [math.exp(s - top) for s in scores]
                for u in range(len(xs)):
                    out[lo:hi] += e[u] / sum(e) * qkv[u][2 * WIDTH + lo : 2 * WIDTH + hi]
            mixed.append(out)
        xs = [x + w[f"l{i}.out_w"] @ m + w[f"l{i}.out_b"] for x, m in zip(xs, mixed, strict=True)]
        for t, x in enumerate(xs):
            h = norm(x, f"l{i}.ln2")
            xs[t] = (
                x
                + w[f"l{i}.ff2_w"] @ np.maximum(w[f"l{i}.ff1_w"] @ h + w[f"l{i}.ff1_b"], 0)
                + w[f"l{i}.ff2_b"]
            )
    finals = [norm(x, "norm") for x in xs]
    return [float(v) for v in np.mean(finals, axis=0)]


@pytest.fixture(scope="module")
def student() -> ContextStudent:
    return ContextStudent(random_arrays())


def test_the_forward_pass_is_the_layers_it_names(student: ContextStudent) -> None:
    rng = np.random.default_rng(11)
    texts = [rng.normal(size=(n, DIM)).astype(np.float32) for n in (1, 2, 4, 7)]
    got = student.embed(texts)
    for k, v in enumerate(texts):
        want = plain(random_arrays(), v.tolist())
        assert np.allclose(got[k], want, atol=1e-4), k


def test_word_order_reaches_the_embedding(student: ContextStudent) -> None:
    rng = np.random.default_rng(12)
    v = rng.normal(size=(4, DIM)).astype(np.float32)
    a, b = student.embed([v, v[::-1].copy()])
    assert np.abs(a - b).max() > 1e-3


def test_an_embedding_does_not_depend_on_the_other_texts(student: ContextStudent) -> None:
    rng = np.random.default_rng(13)
    texts = [rng.normal(size=(n, DIM)).astype(np.float32) for n in (0, 1, 3, 5, 9)]
    alone = np.vstack([student.embed([t]) for t in texts])
    assert np.all(alone[0] == 0.0)  # no pieces: zeros
    for order in ([4, 3, 2, 1, 0], [2, 0, 4, 1, 3]):
        together = student.embed([texts[i] for i in order])
        assert np.abs(together - alone[order]).max() < 1e-5


def static_model(tmp_path: Path, dim: int = 16) -> StaticClassifier:
    """A static model over the shipped tokeniser: random int8 piece vectors and heads."""
    rng = np.random.default_rng(21)
    with np.load(asset(MULTILINGUAL_PIECES)) as doc:
        arrays = {k: doc[k] for k in TOKENIZER_ARRAYS}
    n = len(arrays["piece_scores"])
    arrays |= {
        "rows": rng.integers(-127, 128, size=(n, dim)).astype(np.int8),
        "scales": np.full(n, 0.01, dtype=np.float32),
        "weights": rng.random(n).astype(np.float32),
    }
    write_npz(tmp_path / "table.npz", arrays)
    ngrams = CharNgramModel.load(asset(MULTILINGUAL_NGRAMS))
    k = len(ngrams.heads)
    heads = LinearHeads(
        ngrams.heads,
        rng.normal(size=2 * dim) * 0.01,
        1 + rng.random(2 * dim),
        rng.normal(size=(k, 2 * dim)),
        rng.normal(size=k),
    )
    return StaticClassifier(PieceTable(tmp_path / "table.npz"), heads, ngrams)


def test_the_static_models_word_shares_sum_to_the_logit(tmp_path: Path) -> None:
    model = static_model(tmp_path)
    texts = ["Les juifs sont des rats.", "Ci vediamo domani   alle nove!", "外地佬都是垃圾"]
    logits = model.logits(texts)
    cats = model.categories()
    _, attributions = model.shares(texts, lambda row: cats)
    heads = model.heads
    rest = heads.bias - (heads.mean / heads.scale) @ heads.weights.T
    for k, attribution in enumerate(attributions):
        assert attribution is not None
        assert np.abs(attribution.weights).sum() > 0
        total = attribution.weights.sum(axis=0) + rest + model.ngrams.intercepts
        assert np.allclose(total, logits[k], atol=1e-6)


def test_heads_that_read_a_student_get_its_embedding_beside_the_static_features(
    tmp_path: Path,
) -> None:
    shipped = static_model(tmp_path)
    table, static = shipped.table, 2 * shipped.table.dim
    arrays = random_arrays()
    arrays["inp_w"] = (np.random.default_rng(4).normal(size=(WIDTH, table.dim)) * 0.1).astype(
        np.float16
    )
    student = ContextStudent(arrays)
    h = shipped.heads
    extra = np.random.default_rng(5).normal(size=(len(h.categories), WIDTH))
    heads = LinearHeads(
        h.categories,
        np.concatenate([h.mean, np.zeros(WIDTH)]),
        np.concatenate([h.scale, np.ones(WIDTH)]),
        np.hstack([h.weights, extra]),
        h.bias,
    )
    model = StudentClassifier(student, table, heads, shipped.ngrams)
    assert model.model == "local/multilingual-context-v1"
    texts = ["Ich hasse Frauen.", "今天天气很好", "Merci pour ton aide, à demain !", ""]
    context = student.embed([vectors(table, p) for p in table.pieces(texts)])
    assert np.allclose(model.logits(texts), shipped.logits(texts) + context @ extra.T, atol=1e-6)
    assert np.abs(model.logits(texts[::-1]) - model.logits(texts)[::-1]).max() < 1e-4
    with pytest.raises(ValueError, match="do not read these features"):
        StudentClassifier(student, table, h, shipped.ngrams)
    assert model.heads.weights.shape[1] == static + WIDTH
