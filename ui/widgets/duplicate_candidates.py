"""The counter's possible duplicates, one row each: number, status, how far, what and where,
up to three photos and a "Link as duplicate" button; Enter on the list links the chosen one."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..labels import status_badge_style, status_label, village_of
from ..style import HINT, PRIMARY_DARK
from .history_timeline import short_datetime

if TYPE_CHECKING:
    from fondue_desk.services.duplicates import DuplicateCandidate

THUMBNAIL = QSize(56, 56)
VISIBLE_ROWS = 2  # the list scrolls beyond this, so the form below keeps its place
# A light selection: the rows' grey hints and status badges stay readable on it.
LIST_STYLE = """
QListWidget { background: white; }
QListWidget::item { border-bottom: 1px solid #e1e5ea; }
QListWidget::item:selected { background: #e3eefb; }
"""


class CandidateList(QListWidget):
    """Up/Down to choose; Enter links (or unlinks) the chosen one and is not passed on, so it
    never also saves the form."""

    link_requested = Signal(int)  # row

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Each row as tall as its wrapped words need at the list's width now."""
        width = self.viewport().width()
        for r in range(self.count()):
            item = self.item(r)
            row = self.itemWidget(item)
            if row is not None:
                item.setSizeHint(QSize(width, row.heightForWidth(width)))
        heights = [self.item(r).sizeHint().height() for r in range(self.count())]
        shown = sum(heights[:VISIBLE_ROWS])
        if len(heights) > VISIBLE_ROWS:
            shown += heights[VISIBLE_ROWS] // 3  # a part of the next row says "scroll"
        self.setFixedHeight(shown + 2 * self.frameWidth())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier):
            if self.currentRow() >= 0:
                self.link_requested.emit(self.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)


class CandidateRow(QFrame):
    """One candidate: number, status, how far, what and where, its photos and its button."""

    def __init__(self, candidate: DuplicateCandidate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateRow")
        self.candidate = candidate
        tracking = QLabel(candidate.tracking_no, self)
        tracking.setStyleSheet("font-weight: bold;")
        status = QLabel(status_label(candidate.status), self)
        status.setStyleSheet(status_badge_style(candidate.status))
        status.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.distance = QLabel(self.distance_text(candidate), self)
        self.distance.setObjectName(HINT)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(tracking)
        top.addWidget(status)
        top.addWidget(self.distance)
        top.addStretch(1)
        self.linked_mark = QLabel(self.tr("✓ Linked"), self)
        self.linked_mark.setStyleSheet(f"color: {PRIMARY_DARK}; font-weight: bold;")
        self.linked_mark.hide()
        top.addWidget(self.linked_mark)
        description = QLabel(self._short(candidate.description), self)
        description.setWordWrap(True)
        description.setTextFormat(Qt.TextFormat.PlainText)  # citizens' words are not HTML
        description.setToolTip(candidate.description)
        place = QLabel(self._place_line(candidate), self)
        place.setObjectName(HINT)
        place.setWordWrap(True)
        place.setTextFormat(Qt.TextFormat.PlainText)
        self.thumbnails = [self._thumbnail(data) for data in candidate.photos[:3]]
        self.link_button = QPushButton(self.tr("Link as duplicate"), self)
        # Mouse only: from the keyboard, Enter on the row does the same, and Tab stays short.
        self.link_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.link_button.setToolTip(self.tr("Enter on the chosen row does the same"))
        bottom = QHBoxLayout()
        bottom.setSpacing(4)
        for thumbnail in self.thumbnails:
            bottom.addWidget(thumbnail)
        if not self.thumbnails:
            none = QLabel(self.tr("No photos"), self)
            none.setObjectName(HINT)
            bottom.addWidget(none)
        bottom.addStretch(1)
        bottom.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(description)
        layout.addWidget(place)
        layout.addLayout(bottom)

    def distance_text(self, c: DuplicateCandidate) -> str:
        if c.distance_m is None:
            return self.tr("same village")
        if c.distance_m >= 1000:
            return self.tr("%1 km away").replace("%1", f"{c.distance_m / 1000:.1f}")
        return self.tr("%1 m away").replace("%1", str(round(c.distance_m)))

    def _place_line(self, c: DuplicateCandidate) -> str:
        parts = [village_of(c), c.location_text, short_datetime(c.received_at)]
        if c.complainant_name:
            parts.append(c.complainant_name)
        if c.child_count:
            parts.append(self.tr("%n duplicate(s) linked", "", c.child_count))
        return " · ".join(p for p in parts if p)

    @staticmethod
    def _short(text: str, limit: int = 140) -> str:
        text = " ".join(text.split())
        return text if len(text) <= limit else text[:limit].rstrip() + "…"

    def _thumbnail(self, data: bytes) -> QLabel:
        label = QLabel(self)
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        if not pixmap.isNull():
            label.setPixmap(pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
        label.setFixedSize(THUMBNAIL)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("background: #eef1f5; border-radius: 4px;")
        return label

    def set_linked(self, linked: bool) -> None:
        self.link_button.setText(self.tr("Remove link") if linked
                                 else self.tr("Link as duplicate"))
        self.linked_mark.setVisible(linked)
