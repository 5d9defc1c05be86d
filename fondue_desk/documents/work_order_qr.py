"""QR codes for batches: ReportLab's encoder, a faster mask choice, and one path per code.

ReportLab's QrCodeWidget lays the code out and scores it in pure Python once for each of the
eight masks (~5 ms a code), then draws every run of dark modules as its own graphics node;
a batch of a few hundred jobs spent most of its time there. `best_mask` lays the code out
once and re-masks and scores the candidates with numpy, by the same rules (quirks included,
so the mask chosen is the same), and `QrCode` draws the modules as one filled path.
"""
from __future__ import annotations

from itertools import groupby
from typing import Any

import numpy as np
from reportlab.lib import colors
from reportlab.platypus import Flowable

# Rule 3 of the mask score, as ReportLab applies it (rows only: its column pass compares a
# tuple with this list and never matches).
_FINDER_LIKE = np.array([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], dtype=np.int8)


def _runs_score(m: np.ndarray) -> int:
    """Rule 1 down the columns of `m`: a run of n ≥ 5 same-coloured modules costs n - 2."""
    n_rows, n_cols = m.shape
    bounds = np.ones((n_cols, n_rows + 1), dtype=bool)
    bounds[:, 1:-1] = (m[1:] != m[:-1]).T
    lengths = np.diff(np.flatnonzero(bounds))
    return int((lengths[lengths >= 5] - 2).sum())


def _score(m: np.ndarray) -> int:
    n = m.shape[0]
    score = _runs_score(m) + _runs_score(m.T)
    # Rule 2: each 2×2 block of one colour.
    same = (m[:-1, :-1] == m[:-1, 1:]) & (m[:-1, :-1] == m[1:, :-1]) & (m[:-1, :-1] == m[1:, 1:])
    score += 3 * int(same.sum())
    # Rule 3: 1:1:3:1:1 finder-like pattern followed by four light modules, in rows; ReportLab
    # never tests the last possible start position.
    width = len(_FINDER_LIKE)
    if n > width:
        windows = np.lib.stride_tricks.sliding_window_view(m.astype(np.int8), width, axis=1)
        hits = (windows[:, : n - width] == _FINDER_LIKE).all(axis=2)
        score += 40 * int(hits.sum())
    # Rule 4: how far the dark share is from half.
    dark = int(m.sum())
    score += 10 * (abs(100 * dark // (n * n) - 50) // 5)
    return score


_MASKS = (  # QRUtil.maskPattern, for arrays of rows i and columns j
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i * j) % 3 + (i + j) % 2) % 2 == 0,
)


def best_mask(qr: Any) -> int:
    """The mask ReportLab's `QRCode.getBestMaskPattern` would choose, found faster.

    The encoder lays the code out once (function patterns, format area blank as in its own
    trial runs); each candidate then only re-masks the data modules.
    """
    qr.makeImpl(True, 0)
    base = np.array(qr.modules, dtype=bool)
    positions = np.array(qr.dataPosIterator(), dtype=np.intp)  # (column, row) pairs
    cols, rows = positions[:, 0], positions[:, 1]
    bits = np.zeros(len(positions), dtype=bool)
    data = list(qr.dataBitIterator(qr.dataCache))[: len(positions)]
    bits[: len(data)] = data
    best, best_score = 0, 0
    for pattern, mask in enumerate(_MASKS):
        candidate = base.copy()
        candidate[rows, cols] = bits ^ mask(rows, cols)
        score = _score(candidate)
        if pattern == 0 or score < best_score:
            best, best_score = pattern, score
    return best


def encode(qr: Any) -> list[list[bool]]:
    """The module matrix of an encoder (`QrCodeWidget.qr`), as `QRCode.make` builds it."""
    if qr.version is None:
        qr.version = qr.calculate_version()
    qr.makeImpl(False, best_mask(qr))
    return qr.modules


class _ModulePath:
    """Dark runs as integer rectangles in module units: a path without per-number formatting."""

    def __init__(self, modules: list[list[bool]]) -> None:
        n = len(modules)
        ops = []
        for r, row in enumerate(modules):
            c = 0
            for dark, run in groupby(row):
                count = len(list(run))
                if dark:
                    ops.append(f"{c} {n - 1 - r} {count} 1 re")
                c += count
        self.code = " ".join(ops)

    def getCode(self) -> str:  # the name canvas.drawPath calls
        return self.code


class QrCode(Flowable):
    """A QrCodeWidget's code drawn as one filled path of module runs, `size` pt square."""

    def __init__(self, widget: Any, size: float) -> None:
        super().__init__()
        self.widget = widget
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        modules = encode(self.widget.qr)
        border = self.widget.barBorder
        module = self.width / (len(modules) + 2 * border)
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.white)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)  # the quiet zone
        canv.setFillColor(colors.black)
        canv.translate(border * module, border * module)
        canv.scale(module, module)
        canv.drawPath(_ModulePath(modules), stroke=0, fill=1)
        canv.restoreState()
