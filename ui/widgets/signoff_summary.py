"""The result summary a closure letter will state, editable before the executive approves.

It starts from the crew's notes, cleaned by the core's own rule (`suggested_summary`), so a
summary nobody touched reads here exactly as the letter will. Edits are kept per complaint
while the queue is open: moving between rows never loses what the office typed.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.result_summary import MAX_SUMMARY, suggested_summary
from fondue_desk.services.signoff_queue import SignOffItem

from ..style import HINT
from .field_feedback import error_label

SUMMARY_HEIGHT = 84


class SignOffSummaryWidget(QGroupBox):
    """`summaries(ids)` gives the words edited for those complaints, for signoff.approve."""

    edited = Signal(int)  # complaint id whose summary the office changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Result (words in the letter)"), parent)
        self._item: SignOffItem | None = None
        self._edited: dict[int, str] = {}
        self._loading = False
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)  # keyboard users leave the box with Tab
        self.editor.setFixedHeight(SUMMARY_HEIGHT)
        self.editor.setPlaceholderText(self.tr("What the office did, as the citizen will read "
                                               "it"))
        self.hint = QLabel(self)
        self.hint.setObjectName(HINT)
        self.hint.setWordWrap(True)
        self.counter = QLabel(self)
        self.counter.setObjectName(HINT)
        self.reset_button = QPushButton(self.tr("From the crew's notes"), self)
        self.reset_button.setToolTip(self.tr("Start again from what the crew wrote"))
        self.error = error_label(self)
        below = QHBoxLayout()
        below.addWidget(self.hint, 1)
        below.addWidget(self.counter)
        below.addWidget(self.reset_button)
        column = QVBoxLayout(self)
        column.setSpacing(4)
        column.addWidget(self.editor)
        column.addLayout(below)
        column.addWidget(self.error)
        self.editor.textChanged.connect(self._text_changed)
        self.reset_button.clicked.connect(self.reset)
        self.show_item(None)

    def item(self) -> SignOffItem | None:
        return self._item

    def suggestion(self) -> str:
        return suggested_summary(self._item.result_notes if self._item else "")

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def show_item(self, item: SignOffItem | None) -> None:
        self._item = item
        self._clear_error()
        letter = item is not None and bool(item.complainant_name)
        self._loading = True
        try:
            if not letter:
                self.editor.setPlainText("")
            else:
                self.editor.setPlainText(self._edited.get(item.id, self.suggestion()))
        finally:
            self._loading = False
        self.editor.setEnabled(letter)
        self.reset_button.setEnabled(letter)
        self.counter.setVisible(letter)
        self.hint.setText(
            self.tr("Starts from the crew's notes; edit it before approving.") if letter
            else self.tr("No letter for this complaint: the complainant is anonymous.")
            if item is not None else "")
        self._count()

    def reset(self) -> None:
        if self._item is not None:
            self._edited.pop(self._item.id, None)
            self.show_item(self._item)

    def summaries(self, complaint_ids: Iterable[int]) -> dict[int, str]:
        """The edited words for these complaints; the others take the core's suggestion."""
        return {cid: self._edited[cid] for cid in complaint_ids if cid in self._edited}

    def keep_only(self, complaint_ids: Iterable[int]) -> None:
        """Forget edits for complaints that left the queue (approved, returned elsewhere)."""
        keep = set(complaint_ids)
        self._edited = {cid: text for cid, text in self._edited.items() if cid in keep}

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.editor.setFocus()

    def _text_changed(self) -> None:
        self._count()
        if self._loading or self._item is None:
            return
        self._clear_error()
        text = self.text()
        if text == self.suggestion():
            self._edited.pop(self._item.id, None)
        else:
            self._edited[self._item.id] = text
        self.edited.emit(self._item.id)

    def _count(self) -> None:
        length = len(" ".join(self.text().split()))
        self.counter.setText(f"{length}/{MAX_SUMMARY}")
        self.counter.setStyleSheet("color: #c62828; font-weight: bold;"
                                   if length > MAX_SUMMARY else "")

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
