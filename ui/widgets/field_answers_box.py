"""A complaint's answers to its category's questions, in the detail pane: "label: answer".

The words come worded from the core (FieldValue), in the reader's language; an answer to a
question retired since, or naming a retired choice, is still shown, marked.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from fondue_desk.domain.custom_fields import FieldValue

from ..style import HINT
from .custom_field_editors import language


class FieldAnswersBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Answers"), parent)
        self._form = QFormLayout(self)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._form.setHorizontalSpacing(12)
        self._caption_width = 0
        self._shown: list[tuple[str, str]] = []
        self.hide()

    def set_caption_width(self, width: int) -> None:
        """The pane's caption width, so the answers start where the other values do."""
        self._caption_width = width

    def set_values(self, values: Iterable[FieldValue]) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        lang = language()
        self._shown = []
        for value in values:
            caption = QLabel(f"{value.label_in(lang)}:", self)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            caption.setMinimumWidth(self._caption_width)
            caption.setWordWrap(True)
            text = value.text_in(lang)
            answer = QLabel(text, self)
            answer.setWordWrap(True)
            answer.setTextFormat(Qt.TextFormat.PlainText)  # typed by a clerk, not HTML
            answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if value.retired:
                answer.setText(text + self.tr(" (retired)"))
                answer.setObjectName(HINT)
                answer.setToolTip(self.tr("No longer asked; kept as it was answered."))
            self._form.addRow(caption, answer)
            self._shown.append((caption.text().removesuffix(":"), answer.text()))
        self.setVisible(bool(self._shown))

    def texts(self) -> list[tuple[str, str]]:
        """(label, answer) as shown, for tests and copying."""
        return list(self._shown)
