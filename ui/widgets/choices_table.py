"""The choices of a choice field, typed in a table: key, names, an optional stop notice.

A choice complaints already picked is retired rather than removed (the core refuses removing
it), so old answers keep their words; a retired row stays in the table, greyed.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.custom_fields import Choice
from fondue_desk.domain.errors import FieldError

from ..style import MUTED

KEY, NAME, NAME_EN, STOP, STOP_EN, STATUS = range(6)
_ACTIVE = Qt.ItemDataRole.UserRole
_BAD = QColor("#fde7e7")
VISIBLE_ROWS = 4


class ChoicesTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fixed = False
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels((
            self.tr("Key"), self.tr("Thai name"), self.tr("English name"),
            self.tr("Stop notice (Thai)"), self.tr("Stop notice (English)"), self.tr("Status")))
        self.table.setToolTip(self.tr(
            "A stop notice is shown in red when the choice is picked, and the complaint cannot "
            "be saved (e.g. ไฟไหม้: โทร 199 ทันที)."))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setFixedHeight(self.table.verticalHeader().defaultSectionSize()
                                  * (VISIBLE_ROWS + 1) + 8)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.setToolTip(self.table.toolTip() + "\n" + self.tr(
            "Alt+Up / Alt+Down moves a choice; the form offers them in this order."))
        for keys, step in ((QKeySequence("Alt+Up"), -1), (QKeySequence("Alt+Down"), 1)):
            QShortcut(keys, self.table, activated=lambda s=step: self.move(s))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add choice"), self)
        self.retire_button = QPushButton(self.tr("Retire choice"), self)
        self.remove_button = QPushButton(self.tr("Remove choice"), self)
        for button, slot in ((self.add_button, self.add_choice),
                             (self.retire_button, self.toggle_retired),
                             (self.remove_button, self.remove_selected)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retire_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_choices(self, choices: Iterable[Choice], _used: Iterable[str] = ()) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for choice in choices:
            self._append(choice)
        self.table.blockSignals(False)
        self._update_buttons()

    def _append(self, choice: Choice) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((KEY, choice.key), (NAME, choice.name), (NAME_EN, choice.name_en),
                             (STOP, choice.stop_notice), (STOP_EN, choice.stop_notice_en)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        status = QTableWidgetItem()
        status.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, STATUS, status)
        self._set_active(row, choice.active)
        return row

    def _set_active(self, row: int, active: bool) -> None:
        item = self.table.item(row, STATUS)
        item.setData(_ACTIVE, active)
        item.setText(self.tr("Offered") if active else self.tr("Retired"))
        for column in range(self.table.columnCount()):
            self.table.item(row, column).setForeground(
                QBrush(QColor("#1f2933" if active else MUTED)))

    def choices(self) -> tuple[Choice, ...]:
        out = []
        for row in range(self.table.rowCount()):
            texts = [self.table.item(row, c).text().strip() for c in range(STATUS)]
            if not any(texts):
                continue  # a row added and left empty is no choice
            key, name, name_en, stop, stop_en = texts
            out.append(Choice(key=key, name=name, name_en=name_en, stop_notice=stop,
                              stop_notice_en=stop_en,
                              active=bool(self.table.item(row, STATUS).data(_ACTIVE))))
        return tuple(out)

    def add_choice(self) -> int:
        keys = {self.table.item(r, KEY).text() for r in range(self.table.rowCount())}
        key = next(str(n) for n in range(1, len(keys) + 2) if str(n) not in keys)
        row = self._append(Choice(key=key, name=""))
        self.table.setCurrentCell(row, NAME)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, NAME))
        self.changed.emit()
        return row

    def set_cell(self, row: int, column: int, text: str) -> None:
        self.table.item(row, column).setText(text)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def toggle_retired(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self._set_active(row, not self.table.item(row, STATUS).data(_ACTIVE))
            self._update_buttons()
            self.changed.emit()

    def move(self, step: int) -> None:
        row = self.selected_row()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        with QSignalBlocker(self.table):
            for column in range(self.table.columnCount()):
                here, there = self.table.takeItem(row, column), self.table.takeItem(other, column)
                self.table.setItem(row, column, there)
                self.table.setItem(other, column, here)
        self.table.selectRow(other)
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def show_row_errors(self, errors: Iterable[FieldError]) -> None:
        """Colour the rows a "choices" error names (by key or row number)."""
        # Quietly: a colour is no edit, and an edit clears the message being shown.
        with QSignalBlocker(self.table):
            self._colour_rows(errors)

    def _colour_rows(self, errors: Iterable[FieldError]) -> None:
        for row in range(self.table.rowCount()):
            for column in range(STATUS):
                self.table.item(row, column).setBackground(QBrush())
        for error in errors:
            if error.field != "choices":
                continue
            row = error.params.get("row")
            key = error.params.get("key")
            for candidate in range(self.table.rowCount()):
                if candidate == row or (key is not None
                                        and self.table.item(candidate, KEY).text() == key):
                    for column in range(STATUS):
                        self.table.item(candidate, column).setBackground(QBrush(_BAD))

    def set_fixed_keys(self, fixed: bool) -> None:
        """Yes/no: the two choices stay (their words and notices may change)."""
        self._fixed = fixed
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for row in range(self.table.rowCount()):
            item = self.table.item(row, KEY)
            item.setFlags(flags if fixed else flags | Qt.ItemFlag.ItemIsEditable)
        self.add_button.setVisible(not fixed)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.retire_button.setEnabled(row >= 0 and not self._fixed)
        self.remove_button.setEnabled(row >= 0 and not self._fixed)
        if row >= 0:
            active = self.table.item(row, STATUS).data(_ACTIVE)
            self.retire_button.setText(self.tr("Retire choice") if active
                                       else self.tr("Offer again"))
