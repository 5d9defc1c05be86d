"""A one-line label that gives up room by eliding its middle, with the whole text as tooltip."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# Enough to recognise the start and the end ("/home/…/desk.sqlite3").
MINIMUM_CHARACTERS = 12


class ElidedLabel(QLabel):
    """For a value that can be any length (a database path, an office's name) in a row that
    must not grow with it: the status bar once made the window wider than a laptop screen."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def setText(self, text: str) -> None:  # Qt override
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # Qt override
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        width = (self.fontMetrics().averageCharWidth() * MINIMUM_CHARACTERS
                 + margins.left() + margins.right())
        return QSize(min(hint.width(), width), hint.height())

    def is_elided(self) -> bool:
        return self.sizeHint().width() > self.width()

    def paintEvent(self, event) -> None:  # Qt override
        if not self.is_elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        area = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle,
                                             area.width())
        painter.drawText(area, int(self.alignment()), text)
