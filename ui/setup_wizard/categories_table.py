"""Categories as an editable table: Thai and English name, SLA days, colour, active.

Every cell is plain text or a check box, so the whole table is edited from the keyboard
(arrows, F2 or typing, Space to tick); the colour also has a picker for the current row.
Each row keeps its category's stable code, which a configuration file matches on.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from fondue_desk.domain.codes import slug
from fondue_desk.domain.office_config import CategorySpec
from fondue_desk.domain.text import ascii_digits

NAME_TH, NAME_EN, SLA, COLOUR, ACTIVE = range(5)
CODE_ROLE = Qt.ItemDataRole.UserRole
SPEC_ROLE = Qt.ItemDataRole.UserRole + 1
_PROBLEM = QBrush(QColor("#fde7e7"))
DEFAULT_COLOUR = "#607d8b"


class SetupCategoriesTable(QTableWidget):
    rows_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([self.tr("Name (Thai)"), self.tr("Name (English)"),
                                        self.tr("SLA (days)"), self.tr("Colour"),
                                        self.tr("Active")])
        header = self.horizontalHeader()
        for column, mode in ((NAME_TH, QHeaderView.ResizeMode.Stretch),
                             (NAME_EN, QHeaderView.ResizeMode.Stretch),
                             (SLA, QHeaderView.ResizeMode.ResizeToContents),
                             (COLOUR, QHeaderView.ResizeMode.ResizeToContents),
                             (ACTIVE, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.verticalHeader().hide()
        # Typing or F2 edits a cell; merely arriving on it (Tab, arrows) does not.
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed
                             | triggers.AnyKeyPressed)
        self.setTabKeyNavigation(False)
        self.itemChanged.connect(self._item_changed)

    def load(self, specs: tuple[CategorySpec, ...]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for spec in sorted(specs, key=lambda s: s.sort_order):
            self._append(spec)
        self.blockSignals(False)
        self.rows_changed.emit()

    def add_row(self) -> int:
        self.blockSignals(True)
        self._append(CategorySpec(code="", name_th="", sla_days=7))
        self.blockSignals(False)
        self.rows_changed.emit()
        return self.rowCount() - 1

    def remove_current_row(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())
            self.rows_changed.emit()

    def set_colour(self, row: int, colour: str) -> None:
        item = self.item(row, COLOUR)
        if item is not None:
            item.setText(colour)  # itemChanged repaints the swatch

    def specs(self) -> tuple[CategorySpec, ...]:
        out: list[CategorySpec] = []
        taken: set[str] = set()
        for row in range(self.rowCount()):
            base: CategorySpec = self.item(row, NAME_TH).data(SPEC_ROLE)
            name_en = self._text(row, NAME_EN)
            code = base.code or slug(name_en, fallback=f"category-{row + 1}")
            while code in taken and not base.code:  # two new rows named alike
                code = f"{code[:36]}-{row + 1}"
            taken.add(code)
            sla = ascii_digits(self._text(row, SLA))
            out.append(CategorySpec(
                code=code, name_th=self._text(row, NAME_TH), name_en=name_en,
                colour=self._text(row, COLOUR), sla_days=int(sla) if sla.isdigit() else -1,
                sort_order=10 * (row + 1),
                active=self.item(row, ACTIVE).checkState() == Qt.CheckState.Checked,
                default_crew=base.default_crew, letter_template=base.letter_template,
                fields=base.fields, letter_subject=base.letter_subject))
        return tuple(out)

    def mark(self, cells: set[tuple[int, int]]) -> None:
        self.blockSignals(True)
        for row in range(self.rowCount()):
            for column in (NAME_TH, NAME_EN, SLA, COLOUR):
                self.item(row, column).setBackground(
                    _PROBLEM if (row, column) in cells else QBrush())
        self.blockSignals(False)

    def _append(self, spec: CategorySpec) -> None:
        row = self.rowCount()
        self.insertRow(row)
        first = QTableWidgetItem(spec.name_th)
        first.setData(SPEC_ROLE, spec)
        self.setItem(row, NAME_TH, first)
        self.setItem(row, NAME_EN, QTableWidgetItem(spec.name_en))
        sla = QTableWidgetItem(str(spec.sla_days))
        sla.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setItem(row, SLA, sla)
        colour = QTableWidgetItem(spec.colour or DEFAULT_COLOUR)
        colour.setIcon(_swatch(spec.colour or DEFAULT_COLOUR))
        self.setItem(row, COLOUR, colour)
        active = QTableWidgetItem()
        active.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable)
        active.setCheckState(Qt.CheckState.Checked if spec.active else Qt.CheckState.Unchecked)
        self.setItem(row, ACTIVE, active)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == COLOUR:
            self.blockSignals(True)
            item.setIcon(_swatch(item.text().strip()))
            self.blockSignals(False)
        self.rows_changed.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Insert:
            self.setCurrentCell(self.add_row(), NAME_TH)
            return
        if (event.key() == Qt.Key.Key_Delete
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.remove_current_row()
            return
        super().keyPressEvent(event)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour) if QColor.isValidColorName(colour) else QColor("white"))
    return QIcon(pixmap)
