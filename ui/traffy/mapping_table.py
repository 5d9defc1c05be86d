"""The questions an import asks before it writes: which local category each unmapped Traffy
type goes to, and what each unknown state means. One table per question, a combo per row;
the first choice is "choose…" so nothing is answered by accident."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fondue_desk.domain.numbers import format_count

# The meanings the core's state mapping knows (contract: traffy_state_mapping.meaning).
MEANINGS = ("waiting", "in_progress", "finished", "forwarded", "rejected")


def meaning_text(meaning: str) -> str:
    return {
        "waiting": QCoreApplication.translate("TraffyMeaning", "Waiting to be taken up"),
        "in_progress": QCoreApplication.translate("TraffyMeaning", "In progress"),
        "finished": QCoreApplication.translate("TraffyMeaning", "Finished"),
        "forwarded": QCoreApplication.translate("TraffyMeaning", "Forwarded to another agency"),
        "rejected": QCoreApplication.translate("TraffyMeaning", "Rejected (not our matter)"),
    }.get(meaning, meaning)


class MappingTable(QTableWidget):
    """Rows of (Traffy value, how many rows carry it, a combo of local answers).

    `answered_changed` fires whenever a combo moves; `answers()` holds only the answered rows.
    """

    answered_changed = Signal()

    def __init__(self, value_header: str, answer_header: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([value_header, self.tr("Rows"), answer_header])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab walks the combos, not the cells: the table hands focus to its cell widgets.
        self.setTabKeyNavigation(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._values: list[str] = []

    def set_rows(self, counted: Iterable[tuple[str, int]],
                 choices: Sequence[tuple[object, str]]) -> None:
        """`counted`: (value, rows); `choices`: (answer, words) offered in every combo."""
        self.setRowCount(0)
        self._values = []
        for value, count in counted:
            row = self.rowCount()
            self.insertRow(row)
            self._values.append(value)
            item = QTableWidgetItem(value or self.tr("(no type given)"))
            item.setToolTip(value)
            self.setItem(row, 0, item)
            number = QTableWidgetItem(format_count(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, 1, number)
            combo = QComboBox()
            combo.setAccessibleName(value)
            combo.addItem(self.tr("Choose…"), None)
            for answer, words in choices:
                combo.addItem(words, answer)
            combo.currentIndexChanged.connect(lambda _i: self.answered_changed.emit())
            self.setCellWidget(row, 2, combo)
        self.resizeRowsToContents()

    def combos(self) -> list[QComboBox]:
        return [self.cellWidget(row, 2) for row in range(self.rowCount())]

    def values(self) -> list[str]:
        return list(self._values)

    def answers(self) -> dict:
        return {value: combo.currentData()
                for value, combo in zip(self._values, self.combos(), strict=True)
                if combo.currentData() is not None}

    def all_answered(self) -> bool:
        return len(self.answers()) == len(self._values)

    def unanswered_count(self) -> int:
        return len(self._values) - len(self.answers())

