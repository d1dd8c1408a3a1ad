"""The model files shipped in assets/ and their manifest (sha256, source, licence).

They are built by `make local-assets` (export.py, train extra) and read at run time with
numpy, onnxruntime and tokenizers only; nothing is downloaded or derived on start.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

ASSETS_DIR = Path(__file__).resolve().parent / "assets"
MANIFEST = "MANIFEST.json"
MINILM_ONNX = "minilm-l6-int8.onnx"
MINILM_TOKENIZER = "minilm-tokenizer.json"
MINILM_STATIC = "minilm-static-int8.npz"
# The fine-tuned short-text encoder (finetune.py, then train.py --short-head).
MINILM_SHORT_ONNX = "minilm-l3-ft-int8.onnx"
PROFANITY_JSON = "profanity.json"
NUDENET_ONNX = "nudenet-320n.onnx"


def asset(name: str) -> Path:
    """The path of a shipped file (onnxruntime and tokenizers want real paths)."""
    path = ASSETS_DIR / name
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing; reinstall the package or run make local-assets"
        )
    return path


def manifest() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(asset(MANIFEST).read_text(encoding="utf-8"))
    return doc


def validated_languages() -> frozenset[str]:
    """The languages the embedded text model is validated for: the manifest lists each with
    the held-out figures that earned it (bench/RESULTS.md has the runs)."""
    entries = manifest().get("validated_languages", [])
    return frozenset(str(e["language"]) for e in entries)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def digest(names: tuple[str, ...]) -> str:
    """A short digest of these shipped files' bytes (missing ones count as absent).

    It names the model in verdicts and in the verdict cache key, so a release with retrained
    files never answers from verdicts the previous files gave.
    """
    h = hashlib.sha256()
    for name in names:
        path = ASSETS_DIR / name
        h.update(name.encode())
        h.update(sha256_file(path).encode() if path.is_file() else b"-")
    return h.hexdigest()[:12]
