"""Character n-gram TF-IDF with linear heads: numpy only at run time.

The asset is plain JSON: the n-gram vocabulary, its idf and one weight row per head (float16,
base64). Features are what scikit-learn's TfidfVectorizer computes with `char_ngrams` as its
analyzer, sublinear tf and l2 normalisation, so training and serving share one definition.

At run time the n-grams are not built as strings: each text becomes one array of code points
(its words, each padded with a space, joined), every n-gram of it is hashed with a few array
operations, and the hashes are looked up in the vocabulary's sorted hashes. That gives the
same features as `char_ngrams` (tests/unit/test_local_head.py checks it against
scikit-learn) at about a tenth of the cost of the Python loop on long texts.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

NGRAM_RESOURCE = "char-ngrams.json"
NGRAM_RANGE = (2, 5)
# A model fitted on another's n-grams names that model's file (relative to its own) and
# ships without the vocabulary and weights it would copy.
SHARED_FROM = "vocabulary_from"
SHARED_KEYS = ("vocabulary", "idf")
# ... and a digest of them, so a retrained first model cannot lend the second other n-grams.
SHARED_DIGEST = "vocabulary_sha256"


def shared_digest(doc: dict[str, Any]) -> str:
    """The digest of what a second model borrows from this n-gram file."""
    blob = json.dumps([doc[k] for k in SHARED_KEYS], sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()


FloatArray = npt.NDArray[np.float64]
U64 = npt.NDArray[np.uint64]
_SPACES = re.compile(r"\s+")
_SPACE = 32
# Polynomial hash of an n-gram's code points (mod 2**64), then mixed with n.
_BASE = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)


def _words(text: str) -> list[str]:
    return _SPACES.sub(" ", text.lower()).split()


def _codes(joined: str) -> U64:
    return np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


def _hashes(codes: U64, n: int) -> U64:
    """The hash of every n-gram of `codes`, one per start position."""
    count = len(codes) - n + 1
    h = np.zeros(max(count, 0), dtype=np.uint64)
    for k in range(n):
        h = h * _BASE + codes[k : k + count]
    out: U64 = h * _MIX + np.uint64(n)
    return out


def _padded(text: str) -> str:
    """The text's words, each padded with a space, joined: n-grams of one word have no space
    inside them, and every other n-gram (across two words) does."""
    words = _words(text)
    return " " + "  ".join(words) + " " if words else ""


def ngram_hashes(
    texts: Sequence[str], lo: int = NGRAM_RANGE[0], hi: int = NGRAM_RANGE[1]
) -> tuple[npt.NDArray[np.intp], U64]:
    """(text index, hash) of every n-gram of `char_ngrams(text, lo, hi)` for each text."""
    rows, hashes, _, _ = _occurrences(texts, lo, hi)
    return rows, hashes


def _occurrences(
    texts: Sequence[str], lo: int, hi: int
) -> tuple[npt.NDArray[np.intp], U64, npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """(text index, hash, word index in the batch) of every n-gram of each text, and the
    index of each text's first word (one more: the count of words)."""
    padded = [_padded(t) for t in texts]
    words = [p.count(" ") // 2 for p in padded]  # two spaces a word
    first = np.concatenate([[0], np.cumsum(words)]).astype(np.intp)
    codes = _codes("".join(padded))
    owner = np.repeat(np.arange(len(texts)), [len(p) for p in padded])
    spaces = np.concatenate([[0], np.cumsum(codes == _SPACE)])
    rows, hashes, starts = [], [], []
    for n in range(lo, hi + 1):
        count = len(codes) - n + 1
        if count <= 0:
            break
        start = np.arange(count)
        # Valid: no space inside. Texts end and start with a space, so no valid n-gram spans two.
        ok = spaces[start + n - 1] == spaces[start + 1]
        if n == 2:  # "  " between two padded words
            ok &= ~((codes[:count] == _SPACE) & (codes[1 : count + 1] == _SPACE))
        rows.append(owner[:count][ok])
        hashes.append(_hashes(codes, n)[ok])
        starts.append(start[ok])
    if not rows:
        empty = np.zeros(0, dtype=np.intp)
        return empty, np.zeros(0, dtype=np.uint64), empty, first
    # Every padded word brings two spaces, so an n-gram that starts on word k's leading space
    # or inside it has 2k + 1 spaces up to its first character.
    start_at = np.concatenate(starts)
    return np.concatenate(rows), np.concatenate(hashes), (spaces[start_at + 1] - 1) // 2, first


@dataclass(frozen=True, slots=True)
class NgramScan:
    """A batch's n-grams found in the vocabulary, and their feature values. Per occurrence:
    its text, feature, word (counted over the batch; `first_word[k]` is text k's first) and
    its (text, feature) pair; per pair: its feature value (l2-normalised over the text) and
    count. Scoring keeps it, so a flagged text's words are attributed from it directly."""

    rows: npt.NDArray[np.intp]
    features: npt.NDArray[np.intp]
    words: npt.NDArray[np.intp]
    first_word: npt.NDArray[np.intp]  # (texts + 1,)
    pair: npt.NDArray[np.intp]  # each occurrence's index into the pairs
    pair_rows: npt.NDArray[np.intp]  # the pairs, sorted by text
    pair_features: npt.NDArray[np.intp]
    values: FloatArray
    counts: npt.NDArray[np.intp]


def char_ngrams(text: str, lo: int = NGRAM_RANGE[0], hi: int = NGRAM_RANGE[1]) -> list[str]:
    """Lower-cased n-grams of each space-padded word, lo..hi characters long."""
    out: list[str] = []
    for word in _words(text):
        padded = f" {word} "
        for n in range(lo, min(hi, len(padded)) + 1):
            out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


def encode_f16(values: npt.NDArray[np.floating[Any]]) -> str:
    return base64.b64encode(np.asarray(values, dtype="<f2").tobytes()).decode("ascii")


def decode_f16(text: str) -> FloatArray:
    return np.frombuffer(base64.b64decode(text), dtype="<f2").astype(np.float64)


@dataclass(frozen=True, slots=True)
class HashTable:
    """Open addressing with linear probing over n-gram hashes: hash -> feature index.

    Looked up for a whole batch of hashes at once, one probe round per array operation;
    at a load factor under 1/8 nearly every hash is settled in the first round.
    """

    keys: U64
    values: npt.NDArray[np.intp]  # -1: empty slot
    shift: np.uint64
    probes: int  # the longest probe sequence of any stored key

    @classmethod
    def build(cls, hashes: U64) -> HashTable:
        bits = max(4, len(hashes).bit_length() + 3)
        size = 1 << bits
        keys = np.zeros(size, dtype=np.uint64)
        values = np.full(size, -1, dtype=np.intp)
        shift = np.uint64(64 - bits)
        longest = 1
        for i, slot in enumerate((hashes * _MIX) >> shift):
            s, n = int(slot), 1
            while values[s] >= 0:
                if keys[s] == hashes[i]:
                    raise ValueError("char n-gram asset: two n-grams share a hash")
                s, n = (s + 1) & (size - 1), n + 1
            keys[s], values[s] = hashes[i], i
            longest = max(longest, n)
        return cls(keys, values, shift, longest)

    def find(self, hashes: U64) -> npt.NDArray[np.intp]:
        """The feature index of each hash, -1 where it is not in the table."""
        out = np.full(len(hashes), -1, dtype=np.intp)
        mask = len(self.keys) - 1
        slot = ((hashes * _MIX) >> self.shift).astype(np.intp)
        todo = np.arange(len(hashes))
        for _ in range(self.probes):
            v = self.values[slot]
            found = (v >= 0) & (self.keys[slot] == hashes[todo])
            out[todo[found]] = v[found]
            more = (v >= 0) & ~found
            todo, slot = todo[more], (slot[more] + 1) & mask
            if not len(todo):
                break
        return out


@dataclass(frozen=True, slots=True)
class CharNgramModel:
    heads: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: FloatArray  # (features,)
    weights: FloatArray  # (heads, features)
    intercepts: FloatArray  # (heads,)
    ngram_range: tuple[int, int]
    table: HashTable

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> CharNgramModel:
        heads = tuple(doc["heads"])
        vocab = list(doc["vocabulary"])
        weights = np.vstack([decode_f16(doc["weights_f16"][h]) for h in heads])
        if weights.shape[1] != len(vocab) or len(doc["idf"]) != len(vocab):
            raise ValueError("char n-gram asset: vocabulary, idf and weights disagree")
        lo, hi = doc["ngram_range"]
        hashes = np.array([_hashes(_codes(g), len(g))[0] for g in vocab], dtype=np.uint64)
        return cls(
            heads=heads,
            vocabulary={g: i for i, g in enumerate(vocab)},
            idf=np.asarray(doc["idf"], dtype=np.float64),
            weights=weights,
            intercepts=np.asarray([doc["intercepts"][h] for h in heads], dtype=np.float64),
            ngram_range=(int(lo), int(hi)),
            table=HashTable.build(hashes),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> CharNgramModel:
        if path is None:
            res = resources.files("moderation.backends.local").joinpath("assets", NGRAM_RESOURCE)
            return cls.from_dict(json.loads(res.read_text(encoding="utf-8")))
        doc = json.loads(path.read_text(encoding="utf-8"))
        if SHARED_FROM in doc:  # a second model fitted on the same n-grams as another
            base = json.loads((path.parent / doc[SHARED_FROM]).read_text(encoding="utf-8"))
            if shared_digest(base) != doc[SHARED_DIGEST]:
                raise ValueError(f"{path}: {doc[SHARED_FROM]} holds n-grams it was not fitted on")
            doc = {**{k: base[k] for k in SHARED_KEYS}, **doc}
        return cls.from_dict(doc)

    def scan(self, texts: Sequence[str]) -> NgramScan:
        """The n-grams of the whole batch in one pass, looked up in the vocabulary, and the
        feature values they make."""
        lo, hi = self.ngram_range
        rows, h, words, first = _occurrences(texts, lo, hi)
        feature = self.table.find(h)
        hit = feature >= 0
        rows, feature = rows[hit], feature[hit]
        n_features = len(self.idf)
        keys, pair, counts = np.unique(
            rows * n_features + feature, return_inverse=True, return_counts=True
        )
        row, idx = np.divmod(keys, n_features)
        x = (1.0 + np.log(counts)) * self.idf[idx]
        if len(x):
            starts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
            x /= np.repeat(np.sqrt(np.add.reduceat(x * x, starts)), np.diff(np.r_[starts, len(x)]))
        return NgramScan(rows, feature, words[hit], first, pair, row, idx, x, counts)

    def logits(self, texts: Sequence[str], scan: NgramScan | None = None) -> FloatArray:
        """Linear outputs, (n, heads); the n-grams of the whole batch in one pass (or `scan`,
        this batch's, when already made)."""
        scan = scan if scan is not None else self.scan(texts)
        out = np.tile(self.intercepts, (len(texts), 1))
        row, idx, x = scan.pair_rows, scan.pair_features, scan.values
        if not len(row):
            return out
        starts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
        out[row[starts]] += np.add.reduceat(self.weights[:, idx] * x, starts, axis=1).T
        return out

    def contributions(
        self, scan: NgramScan, row: int, heads: npt.NDArray[np.intp] | None = None
    ) -> FloatArray:
        """Each word of text `row` of the scan: its share of each head's logit (of `heads`,
        default all), (words, heads). Exact (n-grams never cross a word): the shares sum to
        `logits` less the intercepts. An n-gram counted n times has its share split n ways."""
        columns = np.arange(len(self.heads)) if heads is None else heads
        first, end = int(scan.first_word[row]), int(scan.first_word[row + 1])
        out = np.zeros((end - first, len(columns)))
        mine = np.flatnonzero(scan.rows == row)
        if not len(mine):
            return out
        pair = scan.pair[mine]
        share = scan.values[pair] / scan.counts[pair]
        words = scan.words[mine] - first
        weights = self.weights[columns]
        for j in range(len(columns)):
            out[:, j] = np.bincount(
                words, weights=weights[j, scan.features[mine]] * share, minlength=len(out)
            )
        return out

    def logits_reference(self, texts: Sequence[str]) -> FloatArray:
        """The same outputs from `char_ngrams` strings (slow; kept to check `logits`)."""
        out = np.tile(self.intercepts, (len(texts), 1))
        lo, hi = self.ngram_range
        for row, text in enumerate(texts):
            counts = Counter(
                i for g in char_ngrams(text, lo, hi) if (i := self.vocabulary.get(g)) is not None
            )
            if not counts:
                continue
            idx = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
            x = tf * self.idf[idx]
            x /= np.linalg.norm(x)
            out[row] += self.weights[:, idx] @ x
        return out
