"""Which rows may hold a word: a bit per row for each byte, and a signature of byte pairs.

- Bytes: one bit per row for each of the 256 byte values (256 × 37.5 kB at 300,000 rows). A
  one-character word is answered from its bit row alone.
- Pairs: each row's adjacent byte pairs hashed into 512 bits (64 bytes a row, 19 MB at 300k).
  A row lacking any bit of a word's pairs cannot hold the word.
- Common pairs: the 256 most frequent pairs at the first build get an exact bit per row (like
  the bytes), so a two-letter word made of common letters ("ถน", "ไฟ", which match half the
  register and would each cost 150,000 row tests) is answered from its bit row alone.

A longer word is tested only in rows that pass both (Thai letters are few, so most rows hold
every letter of a common word; its pairs sort them out far better), which spares most of the
per-row substring tests a full scan of 57 MB of text would cost.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

BLOCK = 8192  # rows per build step (a multiple of 8: whole bytes of bits)
COMMON_PAIRS = 256
PAIR_BITS = 512
_PAIR_WORDS = PAIR_BITS // 64
_HASH = np.uint32(2654435761)  # Knuth's multiplicative hash; the top 9 bits pick the bit
_SHIFT = np.uint32(32 - 9)


def _pair_codes(data: np.ndarray) -> np.ndarray:
    return data[:-1].astype(np.uint32) * np.uint32(256) + data[1:]


def _pair_bits(data: np.ndarray) -> np.ndarray:
    return (_pair_codes(data) * _HASH) >> _SHIFT


class ByteSets:
    def __init__(self) -> None:
        self.bits = np.zeros((256, 0), dtype=np.uint8)  # [byte value, row // 8] packed bits
        self.pairs = np.zeros((0, _PAIR_WORDS), dtype=np.uint64)  # [row, word] pair signature
        self.common = np.zeros((COMMON_PAIRS, 0), dtype=np.uint8)  # [slot, row // 8] exact bits
        self.slots = np.full(65536, -1, dtype=np.int32)  # pair code → its slot in `common`
        self.rows = 0

    def build(self, texts: Sequence[bytes]) -> None:
        self.rows = 0
        self.bits = np.zeros((256, (len(texts) + 7) // 8), dtype=np.uint8)
        self.common = np.zeros((COMMON_PAIRS, (len(texts) + 7) // 8), dtype=np.uint8)
        self.pairs = np.zeros((len(texts), _PAIR_WORDS), dtype=np.uint64)
        self._choose_common(texts)
        for start in range(0, len(texts), BLOCK):
            self._fill(texts, start, min(start + BLOCK, len(texts)))
        self.rows = len(texts)

    def update(self, texts: Sequence[bytes], positions: Sequence[int]) -> None:
        """Rows changed or added at these positions (texts is the whole list, already updated)."""
        if len(texts) > self.bits.shape[1] * 8:
            width = max((len(texts) + 7) // 8, self.bits.shape[1] * 2)
            self.bits = _widened(self.bits, width)
            self.common = _widened(self.common, width)
        if len(texts) > len(self.pairs):
            pairs = np.zeros((max(len(texts), 2 * len(self.pairs)), _PAIR_WORDS), np.uint64)
            pairs[:len(self.pairs)] = self.pairs
            self.pairs = pairs
        for block in sorted({p // 8 for p in positions}):
            self._fill(texts, block * 8, min(block * 8 + 8, len(texts)))
        self.rows = len(texts)

    def _choose_common(self, texts: Sequence[bytes]) -> None:
        counts = np.zeros(65536, dtype=np.int64)
        for start in range(0, len(texts), BLOCK * 4):  # every fourth block is sample enough
            data = np.frombuffer(b"\n".join(texts[start:start + BLOCK]), dtype=np.uint8)
            counts += np.bincount(_pair_codes(data), minlength=65536) if len(data) > 1 else 0
        self.slots[:] = -1
        chosen = np.argsort(counts)[::-1][:COMMON_PAIRS]
        chosen = chosen[counts[chosen] > 0]
        self.slots[chosen] = np.arange(len(chosen), dtype=np.int32)

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
        slots = self.slots[_pair_codes(data)]
        keep = within & (slots >= 0)
        exact = np.bincount(rows[:-1][keep] * COMMON_PAIRS + slots[keep],
                            minlength=len(chunk) * COMMON_PAIRS).reshape(len(chunk), COMMON_PAIRS)
        packed = np.packbits(exact > 0, axis=0)
        self.common[:, start // 8:start // 8 + packed.shape[0]] = packed.T

    def exact(self, word: bytes) -> bool:
        """True when may_hold(word) is exactly the rows holding it (one byte, or a common pair)."""
        return len(word) == 1 or len(word) == 2 and self.slots[word[0] * 256 + word[1]] >= 0

    def may_hold(self, word: bytes) -> np.ndarray:
        """A bool per row: does it hold every byte of `word`, and every bit of its pairs?"""
        packed = np.bitwise_and.reduce(self.bits[sorted(set(word))], axis=0)
        codes = _pair_codes(np.frombuffer(word, dtype=np.uint8)) if len(word) > 1 else []
        common = sorted({int(self.slots[c]) for c in codes} - {-1})
        if common:
            packed = packed & np.bitwise_and.reduce(self.common[common], axis=0)
        holds = np.unpackbits(packed, count=self.rows).view(bool)
        if len(word) > 1:
            sign = np.zeros(PAIR_BITS, dtype=bool)
            sign[_pair_bits(np.frombuffer(word, dtype=np.uint8))] = True
            wanted = np.packbits(sign, bitorder="little").view(np.uint64)
            rows = self.pairs[:self.rows]
            for column in np.flatnonzero(wanted):  # a short word sets a few of the 8 words
                holds &= (rows[:, column] & wanted[column]) == wanted[column]
        return holds


def _widened(bits: np.ndarray, width: int) -> np.ndarray:
    grown = np.zeros((bits.shape[0], width), dtype=np.uint8)
    grown[:, :bits.shape[1]] = bits
    return grown
