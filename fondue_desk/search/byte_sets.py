"""Which rows hold which byte: one bit per row for each of the 256 byte values.

A one-character word is answered from its bit row alone; a longer word is first narrowed to
the rows holding all of its characters, and only those are tested for the whole word. At
300,000 rows this costs 256 × 37.5 kB = 9.6 MB and spares most of the per-row tests of a
short query (the ones that match a great many rows and used to scan them all).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

BLOCK = 8192  # rows per build step (a multiple of 8: whole bytes of bits)


class ByteSets:
    def __init__(self) -> None:
        self.bits = np.zeros((256, 0), dtype=np.uint8)  # [byte value, row // 8] packed bits
        self.rows = 0

    def build(self, texts: Sequence[bytes]) -> None:
        self.rows = 0
        self.bits = np.zeros((256, (len(texts) + 7) // 8), dtype=np.uint8)
        for start in range(0, len(texts), BLOCK):
            self._fill(texts, start, min(start + BLOCK, len(texts)))
        self.rows = len(texts)

    def update(self, texts: Sequence[bytes], positions: Sequence[int]) -> None:
        """Rows changed or added at these positions (texts is the whole list, already updated)."""
        if len(texts) > self.bits.shape[1] * 8:
            grown = np.zeros((256, max((len(texts) + 7) // 8, self.bits.shape[1] * 2)), np.uint8)
            grown[:, :self.bits.shape[1]] = self.bits
            self.bits = grown
        for block in sorted({p // 8 for p in positions}):
            self._fill(texts, block * 8, min(block * 8 + 8, len(texts)))
        self.rows = len(texts)

    def insert(self, texts: Sequence[bytes]) -> None:
        """A row was inserted mid-way (positions shifted): build again."""
        self.build(texts)

    def _fill(self, texts: Sequence[bytes], start: int, stop: int) -> None:
        chunk = texts[start:stop]
        lengths = np.fromiter(map(len, chunk), dtype=np.int64, count=len(chunk))
        data = np.frombuffer(b"".join(chunk), dtype=np.uint8)
        rows = np.repeat(np.arange(len(chunk), dtype=np.int64), lengths)
        present = np.bincount(rows * 256 + data, minlength=len(chunk) * 256)
        present = present.reshape(len(chunk), 256) > 0
        packed = np.packbits(present, axis=0)  # (rows/8, 256)
        self.bits[:, start // 8:start // 8 + packed.shape[0]] = packed.T

    def rows_with_all(self, values: bytes) -> np.ndarray:
        """A bool per row: does it hold every byte in `values`?"""
        packed = np.bitwise_and.reduce(self.bits[sorted(set(values))], axis=0)
        return np.unpackbits(packed, count=self.rows).astype(bool)
