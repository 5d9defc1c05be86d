"""The rows an import leaves out, each with its line in the file and the reason in words."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fondue_desk.interop.traffy.texts import reason_text

from ..labels import ui_language


class BadRowsTable(QTableWidget):
    """Read-only; the line is what the clerk looks for in the file, so it comes first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Reason")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)

    def set_bad_rows(self, bad_rows: Sequence) -> None:
        """`bad_rows`: the core's BadRow(line, code, params, text)."""
        self.setRowCount(len(bad_rows))
        for row, bad in enumerate(bad_rows):
            line = QTableWidgetItem(str(bad.line))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, 0, line)
            # The core words each reason in both languages (its report file and the command
            # line use them too); bad.text is the Thai.
            text = reason_text(bad.code, bad.params, ui_language())
            words = QTableWidgetItem(text)
            words.setToolTip(text)
            self.setItem(row, 1, words)

    def lines(self) -> list[int]:
        return [int(self.item(row, 0).text()) for row in range(self.rowCount())]
