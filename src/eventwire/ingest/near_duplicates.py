"""Near-duplicate articles: syndicated copies and light edits of a story already seen.

Each text becomes a set of word shingles (runs of ``shingle_words`` lower-cased words), summarised by a
MinHash; a MinHash LSH index from datasketch finds earlier articles whose shingle sets probably overlap by
at least ``threshold`` (Jaccard), and the estimate is checked against each candidate before a copy is
declared, because LSH buckets let some dissimilar pairs through.

Only originals are indexed: a copy of a copy still points to the first article it was copied from
(when they are close enough), never to another copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

__all__ = ["NearDuplicate", "NearDuplicateIndex", "find_near_duplicates", "shingles"]

_WORD = re.compile(r"\w+", re.UNICODE)
DEFAULT_THRESHOLD = 0.5
"""Pairs of articles are bimodal: of the 3,145 pairs of different articles about the same incident in the
GVA dev set, 95% share under a tenth of their 5-word shingles and 45 (syndicated copies) over nine
tenths; a light edit with a new headline and credit line (the Dunmere fixture pages) keeps about 0.73."""


@dataclass(frozen=True, slots=True, kw_only=True)
class NearDuplicate:
    """``key`` is a near-duplicate of the earlier ``original``, with this estimated Jaccard similarity."""

    key: str
    original: str
    similarity: float


def shingles(text: str, *, size: int = 5) -> set[str]:
    """The set of runs of ``size`` consecutive lower-cased words of ``text`` (all of it when shorter)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


class NearDuplicateIndex:
    """An index of the articles seen so far that says, for each new one, which earlier one it copies.

    ``threshold`` is the Jaccard similarity of shingle sets from which two texts count as the same
    article. The index is in memory and deterministic for a given ``seed``.
    """

    def __init__(
        self,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        num_perm: int = 128,
        shingle_words: int = 5,
        seed: int = 1,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"expected a threshold in (0, 1], found {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_words = shingle_words
        self.seed = seed
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        self._permutations: object | None = None

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: object) -> bool:
        return key in self._signatures

    def signature(self, text: str) -> MinHash | None:
        """The MinHash of ``text``'s shingles, or ``None`` for a text without words."""
        grams = shingles(text, size=self.shingle_words)
        if not grams:
            return None
        # Computing the permutations is the slow part of a new MinHash: share them across signatures.
        minhash = MinHash(
            num_perm=self.num_perm, seed=self.seed, permutations=self._permutations, scheme="affine32"
        )
        self._permutations = minhash.permutations
        minhash.update_batch([g.encode("utf-8") for g in grams])
        return minhash

    def original_of(self, text: str) -> NearDuplicate | None:
        """The closest indexed article that ``text`` near-duplicates, without indexing ``text``.

        The ``key`` of the returned record is empty; :meth:`add` fills it in.
        """
        minhash = self.signature(text)
        return None if minhash is None else self._closest("", minhash)

    def add(self, key: str, text: str) -> NearDuplicate | None:
        """Check ``text`` against the index; index it under ``key`` unless it copies an earlier article.

        Returns the :class:`NearDuplicate` record when it is a copy, else ``None``. Adding a key twice
        is a no-op that reports nothing.
        """
        if key in self._signatures:
            return None
        minhash = self.signature(text)
        if minhash is None:
            return None
        duplicate = self._closest(key, minhash)
        if duplicate is None:
            self.insert(key, minhash)
        return duplicate

    def insert(self, key: str, minhash: MinHash) -> None:
        """Index ``minhash`` as the signature of the original ``key``, unchecked (reloading a store)."""
        if key in self._signatures:
            return
        if len(minhash.hashvalues) != self.num_perm:
            raise ValueError(f"expected a MinHash of {self.num_perm} permutations, found {len(minhash)}")
        self._lsh.insert(key, minhash, check_duplication=False)
        self._signatures[key] = minhash
        self._order[key] = len(self._order)

    def signature_of(self, key: str) -> MinHash | None:
        """The signature indexed under ``key`` (an original), if any."""
        return self._signatures.get(key)

    def to_bytes(self, minhash: MinHash) -> bytes:
        """A signature as bytes to store: its hash values, unsigned 64-bit little-endian."""
        return minhash.hashvalues.astype("<u8").tobytes()

    def from_bytes(self, data: bytes) -> MinHash:
        """A signature stored with :meth:`to_bytes`, under this index's seed."""
        import numpy as np

        values = np.frombuffer(data, dtype="<u8").astype(np.uint64)
        return MinHash(num_perm=self.num_perm, seed=self.seed, hashvalues=values, scheme="affine32")

    def _closest(self, key: str, minhash: MinHash) -> NearDuplicate | None:
        best: tuple[float, str] | None = None
        # Candidates in indexing order, so that a tie goes to the earliest article, run after run.
        for candidate in sorted(self._lsh.query(minhash), key=self._order.__getitem__):
            similarity = float(minhash.jaccard(self._signatures[candidate]))
            if similarity >= self.threshold and (best is None or similarity > best[0]):
                best = (similarity, candidate)
        if best is None:
            return None
        return NearDuplicate(key=key, original=best[1], similarity=round(best[0], 3))


def find_near_duplicates(
    items: Iterable[tuple[str, str]], *, threshold: float = DEFAULT_THRESHOLD, shingle_words: int = 5
) -> Iterator[NearDuplicate]:
    """For a stream of ``(key, text)``, each item that near-duplicates an earlier one, as it comes."""
    index = NearDuplicateIndex(threshold=threshold, shingle_words=shingle_words)
    for key, text in items:
        if (duplicate := index.add(key, text)) is not None:
            yield duplicate
