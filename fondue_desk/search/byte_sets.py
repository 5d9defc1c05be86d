"""Which rows may hold a word: a bit per row for each byte, and a signature of byte pairs.

- Bytes: one bit per row for each of the 256 byte values (256 × 37.5 kB at 300,000 rows). A
  one-character word is answered from its bit row alone.
- Pairs: each row's adjacent byte pairs hashed into 512 bits (64 bytes a row, 19 MB at 300k).
  A row lacking any bit of a word's pairs cannot hold the word.

A longer word is tested only in rows that pass both (Thai letters are few, so most rows hold
every letter of a common word; its pairs sort them out far better), which spares most of the
per-row substring tests a full scan of 57 MB of text would cost.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

BLOCK = 8192  # rows per build step (a multiple of 8: whole bytes of bits)
PAIR_BITS = 512
_PAIR_WORDS = PAIR_BITS // 64
_HASH = np.uint32(2654435761)  # Knuth's multiplicative hash; the top 9 bits pick the bit
_SHIFT = np.uint32(32 - 9)


def _pair_bits(data: np.ndarray) -> np.ndarray:
    codes = data[:-1].astype(np.uint32) * np.uint32(256) + data[1:]
    return (codes * _HASH) >> _SHIFT


class ByteSets:
    def __init__(self) -> None:
        self.bits = np.zeros((256, 0), dtype=np.uint8)  # [byte value, row // 8] packed bits
        self.pairs = np.zeros((0, _PAIR_WORDS), dtype=np.uint64)  # [row, word] pair signature
        self.rows = 0

    def build(self, texts: Sequence[bytes]) -> None:
        self.rows = 0
        self.bits = np.zeros((256, (len(texts) + 7) // 8), dtype=np.uint8)
        self.pairs = np.zeros((len(texts), _PAIR_WORDS), dtype=np.uint64)
        for start in range(0, len(texts), BLOCK):
            self._fill(texts, start, min(start + BLOCK, len(texts)))
        self.rows = len(texts)

    def update(self, texts: Sequence[bytes], positions: Sequence[int]) -> None:
        """Rows changed or added at these positions (texts is the whole list, already updated)."""
        if len(texts) > self.bits.shape[1] * 8:
            grown = np.zeros((256, max((len(texts) + 7) // 8, self.bits.shape[1] * 2)), np.uint8)
            grown[:, :self.bits.shape[1]] = self.bits
            self.bits = grown
        if len(texts) > len(self.pairs):
            pairs = np.zeros((max(len(texts), 2 * len(self.pairs)), _PAIR_WORDS), np.uint64)
            pairs[:len(self.pairs)] = self.pairs
            self.pairs = pairs
        for block in sorted({p // 8 for p in positions}):
            self._fill(texts, block * 8, min(block * 8 + 8, len(texts)))
        self.rows = len(texts)

    def _fill(self, texts: Sequence[bytes], start: int, stop: int) -> None:
        chunk = texts[start:stop]
        lengths = np.fromiter(map(len, chunk), dtype=np.int64, count=len(chunk))
        data = np.frombuffer(b"".join(chunk), dtype=np.uint8)
        rows = np.repeat(np.arange(len(chunk), dtype=np.int64), lengths)
        present = np.bincount(rows * 256 + data, minlength=len(chunk) * 256)
        present = present.reshape(len(chunk), 256) > 0
        packed = np.packbits(present, axis=0)  # (rows/8, 256)
        self.bits[:, start // 8:start // 8 + packed.shape[0]] = packed.T
        within = rows[:-1] == rows[1:]  # no pair across two rows
        keys = rows[:-1][within] * PAIR_BITS + _pair_bits(data)[within]
        signs = np.bincount(keys, minlength=len(chunk) * PAIR_BITS).reshape(
            len(chunk), PAIR_BITS) > 0
        self.pairs[start:stop] = np.packbits(signs, axis=1, bitorder="little").view(np.uint64)

    def may_hold(self, word: bytes) -> np.ndarray:
        """A bool per row: does it hold every byte of `word`, and every bit of its pairs?"""
        packed = np.bitwise_and.reduce(self.bits[sorted(set(word))], axis=0)
        holds = np.unpackbits(packed, count=self.rows).view(bool)
        if len(word) > 1:
            sign = np.zeros(PAIR_BITS, dtype=bool)
            sign[_pair_bits(np.frombuffer(word, dtype=np.uint8))] = True
            wanted = np.packbits(sign, bitorder="little").view(np.uint64)
            rows = self.pairs[:self.rows]
            for column in np.flatnonzero(wanted):  # a short word sets a few of the 8 words
                holds &= (rows[:, column] & wanted[column]) == wanted[column]
        return holds
