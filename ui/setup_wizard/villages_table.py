"""The villages as an editable table: หมู่ที่, name, optional English name and centre. Ctrl+V pastes rows
copied from Excel (read by the core's village_rows); Insert adds a row, Ctrl+Delete removes one.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from fondue_desk.domain.codes import village_code
from fondue_desk.domain.errors import RuleViolation
from fondue_desk.domain.geo import parse_coordinates
from fondue_desk.domain.office_config import VillageSpec
from fondue_desk.domain.text import ascii_digits
from fondue_desk.domain.village_rows import PastedVillage, number_rows, parse_village_rows

NUMBER, NAME, NAME_EN, CENTRE = range(4)
_PROBLEM = QBrush(QColor("#fde7e7"))


class SetupVillagesTable(QTableWidget):
    rows_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Village no."), self.tr("Village name"),
                                        self.tr("English name (optional)"),
                                        self.tr("Centre (optional)")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME_EN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CENTRE, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # Typing or F2 edits a cell; merely arriving on it (Tab, arrows) does not.
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed
                             | triggers.AnyKeyPressed)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere in the assistant
        self.itemChanged.connect(lambda _item: self.rows_changed.emit())

    # ------------------------------------------------------------------ rows
    def add_row(self, number: int | None = None, name: str = "", centre: str = "") -> int:
        row = self.rowCount()
        self.blockSignals(True)
        self.insertRow(row)
        self.setItem(row, NUMBER, QTableWidgetItem(str(number or self.next_number())))
        self.setItem(row, NAME, QTableWidgetItem(name))
        self.setItem(row, NAME_EN, QTableWidgetItem(""))
        self.setItem(row, CENTRE, QTableWidgetItem(centre))
        self.blockSignals(False)
        self.rows_changed.emit()
        return row

    def remove_current_row(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.rows_changed.emit()

    def next_number(self) -> int:
        numbers = [n for n in (self._number(r) for r in range(self.rowCount())) if n]
        return max(numbers, default=0) + 1

    def paste_text(self, text: str) -> int:
        """Rows pasted from a spreadsheet; blank rows at the end are filled first."""
        pasted = parse_village_rows(text)
        if not pasted:
            return 0
        while self.rowCount() and self._is_blank(self.rowCount() - 1):
            self.removeRow(self.rowCount() - 1)
        self.blockSignals(True)
        for village in number_rows(pasted, self.next_number()):
            self._append(village)
        self.blockSignals(False)
        self.rows_changed.emit()
        return len(pasted)

    def _append(self, village: PastedVillage) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, text in ((NUMBER, str(village.number)), (NAME, village.name),
                             (NAME_EN, village.name_en), (CENTRE, village.centre)):
            self.setItem(row, column, QTableWidgetItem(text))

    # ------------------------------------------------------------------ values
    def specs(self) -> tuple[tuple[int, VillageSpec], ...]:
        """(table row, spec) for every row that is not blank; the centre as typed or None."""
        out = []
        for row in range(self.rowCount()):
            if self._is_blank(row):
                continue
            number = self._number(row) or 0
            try:
                centre = parse_coordinates(self._text(row, CENTRE))
            except RuleViolation:
                centre = None  # reported by centre_problems()
            out.append((row, VillageSpec(
                code=village_code(number) if number > 0 else "moo-0", number=number,
                name=self._text(row, NAME), lat=centre[0] if centre else None,
                lon=centre[1] if centre else None, name_en=self._text(row, NAME_EN))))
        return tuple(out)

    def centre_problems(self) -> list[tuple[int, RuleViolation]]:
        problems = []
        for row in range(self.rowCount()):
            try:
                parse_coordinates(self._text(row, CENTRE))
            except RuleViolation as exc:
                problems.append((row, exc))
        return problems

    def mark(self, cells: set[tuple[int, int]]) -> None:
        """Tint the cells with a problem; the others go back to plain."""
        self.blockSignals(True)
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None:
                    item.setBackground(_PROBLEM if (row, column) in cells else QBrush())
        self.blockSignals(False)

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def _number(self, row: int) -> int | None:
        text = ascii_digits(self._text(row, NUMBER))
        return int(text) if text.isdigit() else None

    def _is_blank(self, row: int) -> bool:
        return not any(self._text(row, column) for column in (NAME, NAME_EN, CENTRE))

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event) -> None:
        text = QGuiApplication.clipboard().text()
        if event.matches(QKeySequence.StandardKey.Paste) and ("\n" in text or "\t" in text):
            self.paste_text(text)
            return
        if event.key() == Qt.Key.Key_Insert:
            self.setCurrentCell(self.add_row(), NAME)
            return
        if (event.key() == Qt.Key.Key_Delete
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.remove_current_row()
            return
        super().keyPressEvent(event)
