"""Exact and near-duplicate detection.

* Exact: ``content_hash`` = SHA-256 of the text lower-cased with every run of non-word
  characters collapsed to one space (so whitespace, punctuation and case do not matter).
* Near: MinHash (128 permutations) of word 5-gram shingles in a datasketch LSH index.
  Two documents are near-duplicates when their estimated Jaccard similarity of 5-gram sets
  is at least ``NEAR_THRESHOLD`` (0.5: a republished article with a changed headline,
  intro or footer stays well above it; two different reports on the same event share few
  5-grams and stay well below, typically < 0.1).

The canonical document of a group is the longest text (ties: smallest id); the others get
``duplicate_of`` = its id. Documents are processed in id order, so results are stable.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from functools import lru_cache

from datasketch import MinHash, MinHashLSH

NEAR_THRESHOLD = 0.5
NUM_PERM = 128
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)


def content_hash(text: str) -> str:
    norm = " ".join(_WORD.findall(text.lower()))
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def shingles(text: str, n: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32)   # fast, stable 32-bit hash
    m.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return m


@lru_cache(maxsize=8)
def _lsh_params(threshold: float) -> tuple[int, int]:
    """Bands and rows for ``threshold`` (datasketch's optimisation, computed once)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def jaccard(a: str, b: str) -> float:
    """Exact Jaccard similarity of the 5-gram sets (used to confirm LSH candidates)."""
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 1.0


def find_duplicates(texts: dict[str, str], threshold: float = NEAR_THRESHOLD) -> dict[str, str]:
    """Map each duplicate id -> canonical id, over ``texts`` (id -> cleaned text)."""
    ids = sorted(i for i, t in texts.items() if t.strip())
    order = sorted(ids, key=lambda i: (-len(texts[i]), i))      # canonical first
    result: dict[str, str] = {}
    by_hash: dict[str, str] = {}
    lsh = MinHashLSH(num_perm=NUM_PERM, params=_lsh_params(threshold))
    for doc_id in order:
        h = content_hash(texts[doc_id])
        if h in by_hash:
            result[doc_id] = by_hash[h]
            continue
        by_hash[h] = doc_id
        m = minhash(texts[doc_id])
        candidates = sorted(lsh.query(m), key=lambda i: (-len(texts[i]), i))
        match = next((c for c in candidates if jaccard(texts[c], texts[doc_id]) >= threshold), None)
        if match is not None:
            result[doc_id] = match
            by_hash[h] = match          # later exact copies link to the canonical too
            continue
        lsh.insert(doc_id, m)
    return result
