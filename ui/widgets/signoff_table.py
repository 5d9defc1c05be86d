"""The sign-off queue's table: large type, a tick box per row, and the executive's keys."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from ..models.signoff_queue_model import CATEGORY, CREW, TRACKING, VILLAGE, SignOffQueueModel

READING_POINTS = 12.5  # the executive reads from further back than a clerk types


def ask(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    """A yes/no question with our own words on the buttons (Qt has no Thai for Yes/No)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("SignOffPage", "Cancel"))
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def reading_font(widget: QWidget, points: float = READING_POINTS) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    return font


class _RoomyDelegate(QStyledItemDelegate):
    """Columns sized to their contents, with air between them; the tick column also makes
    room for the page's bigger tick boxes, which the plain size hint does not allow for."""

    GAP, TICK = 14, 16

    def sizeHint(self, option, index):  # Qt override
        size = super().sizeHint(option, index)
        extra = self.GAP + (self.TICK if index.column() == TRACKING else 0)
        size.setWidth(size.width() + extra)
        return size


class SignOffTableView(QTableView):
    """Space ticks the highlighted row; Enter opens its evidence full size."""

    toggle_requested = Signal(int)
    evidence_requested = Signal(int)

    def __init__(self, model: SignOffQueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = reading_font(self)
        self.setFont(font)
        model.set_font(font)
        self.setModel(model)
        self.setItemDelegate(_RoomyDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Thai stacks vowels and tone marks above and below the line: rows need the room.
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 18)
        # The queue is short (a day or two of finished work), so the number and day columns
        # fit their contents; the words (category, village, crew), whose length depends on the
        # office and the language, share what is left and are elided.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for words in (CATEGORY, VILLAGE, CREW):
            header.setSectionResizeMode(words, QHeaderView.ResizeMode.Stretch)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(60)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setFont(reading_font(self, READING_POINTS - 1))
        self.doubleClicked.connect(lambda index: self.evidence_requested.emit(index.row()))

    def mousePressEvent(self, event) -> None:  # Qt override
        # A click on a tick box is taken by the delegate and would leave the highlight (and
        # the evidence shown) on another row: the row ticked is the row looked at.
        index = self.indexAt(event.position().toPoint())
        super().mousePressEvent(event)
        if index.isValid() and index.row() != self.currentIndex().row():
            self.setCurrentIndex(index)

    def keyPressEvent(self, event) -> None:  # Qt override
        row = self.currentIndex().row()
        if event.key() == Qt.Key.Key_Space and not event.modifiers() and row >= 0:
            self.toggle_requested.emit(row)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self.evidence_requested.emit(row)
            return
        super().keyPressEvent(event)
