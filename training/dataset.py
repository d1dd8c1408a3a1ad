"""The labelled data the local head is trained and evaluated on, and its fixed split.

Shared by the training script and the offline evaluation so that both see the very same
held-out rows. Only used by tooling; the serving path never imports it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from moderation.backends.local.encoder import Embeddings, MiniLMEncoder

# The repository root is three levels above this package; the data lives in `shared/`, a
# sibling of that root. Every tool that reads it takes a --data flag to point elsewhere.
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "openai-moderation" / "samples-1680.jsonl.gz"
CACHE_DIR = Path(".cache/local")

# Dataset label -> policy category. A missing key in a row means "unknown", never 0.
LABELS: dict[str, str] = {
    "S": "sexual",
    "S3": "sexual/minors",
    "H": "hate",
    "H2": "hate/threatening",
    "HR": "harassment",
    "SH": "self-harm",
    "V": "violence",
    "V2": "violence/graphic",
}
LABELLED_CATEGORIES: tuple[str, ...] = tuple(LABELS.values())

SPLIT_SEED = 20240601
TEST_FRACTION = 0.3


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    # category -> 1/0, or None when the row does not label that category.
    labels: dict[str, int | None]
    source: str = "openai"

    def any_flag(self, strict: bool = True) -> int | None:
        """1 if any label is set; 0 if none is (strict: only when all labels are known)."""
        known = [v for v in self.labels.values() if v is not None]
        if any(v == 1 for v in known):
            return 1
        if strict and len(known) < len(self.labels):
            return None
        return 0 if known else None


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_openai(path: Path = DEFAULT_DATA) -> list[Row]:
    rows: list[Row] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            labels = {cat: (int(doc[k]) if k in doc else None) for k, cat in LABELS.items()}
            rows.append(Row(doc["prompt"], labels))
    return rows


def load_extra(path: Path, categories: Sequence[str]) -> list[Row]:
    """Hand-written rows: {"text", "flag": [...], "unknown": [...]}; other categories are 0."""
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        flagged, unknown = set(doc["flag"]), set(doc.get("unknown", ()))
        labels: dict[str, int | None] = {
            c: None if c in unknown else int(c in flagged) for c in categories
        }
        rows.append(Row(doc["text"], labels, source="extra"))
    return rows


def split(
    rows: Sequence[Row], seed: int = SPLIT_SEED, test_fraction: float = TEST_FRACTION
) -> tuple[list[int], list[int]]:
    """A fixed split stratified on the lenient any-flag: (train indices, held-out indices)."""
    rng = np.random.default_rng(seed)
    train: list[int] = []
    test: list[int] = []
    for stratum in (1, 0):
        idx = np.array([i for i, r in enumerate(rows) if (r.any_flag(False) or 0) == stratum])
        rng.shuffle(idx)
        n_test = round(len(idx) * test_fraction)
        test.extend(int(i) for i in idx[:n_test])
        train.extend(int(i) for i in idx[n_test:])
    return sorted(train), sorted(test)


def embed_cached(
    texts: Sequence[str], encoder: MiniLMEncoder, cache_dir: Path = CACHE_DIR
) -> Embeddings:
    """Embed once per (texts, runtime, sequence length); later runs read the cached .npy."""
    h = hashlib.sha256(f"minilm-{encoder.runtime}-{encoder.max_seq_length}\0".encode())
    for t in texts:
        h.update(t.encode("utf-8"))
        h.update(b"\0")
    path = cache_dir / f"emb-{h.hexdigest()[:20]}.npy"
    if path.is_file():
        cached: Embeddings = np.load(path)
        return cached
    emb = encoder.encode(texts)
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(path, emb)
    return emb
