"""Small generated icons: the category colour chips shown in combos and tables."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

_CHIP_SIZE = 14
_FALLBACK = "#607d8b"  # the core's default category colour, for a value QColor cannot read


@lru_cache(maxsize=128)
def colour_chip(colour: str) -> QIcon:
    """A rounded square in the category's colour; cached because tables ask for it per row."""
    qcolour = QColor(colour)
    if not qcolour.isValid():
        qcolour = QColor(_FALLBACK)
    pixmap = QPixmap(_CHIP_SIZE, _CHIP_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(qcolour.darker(130))
    painter.setBrush(qcolour)
    painter.drawRoundedRect(QRectF(0.5, 0.5, _CHIP_SIZE - 1, _CHIP_SIZE - 1), 3, 3)
    painter.end()
    return QIcon(pixmap)
