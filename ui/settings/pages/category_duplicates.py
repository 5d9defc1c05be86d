"""Settings → Categories, under the table: how near and how recent an open complaint of the
selected category must be for the counter to offer it as a possible duplicate.

Not two more columns: offices rarely change the defaults (100 m, 30 days), and the table's
names are what the admin reads; the values live on the row's name cell (item data), so the
page reads, compares and saves them with the rest of the row.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTableWidget, QWidget

from fondue_desk.domain.duplicates import DAYS_RANGE, DEFAULT_DAYS, DEFAULT_RADIUS_M, RADIUS_RANGE

from ...style import HINT

_RADIUS = Qt.ItemDataRole.UserRole + 10
_DAYS = Qt.ItemDataRole.UserRole + 11


class DuplicateLimitsEditor(QWidget):
    def __init__(self, table: QTableWidget, column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._column = column  # the cell that carries the values
        self._row: int | None = None
        self.caption = QLabel(self)
        self.caption.setObjectName(HINT)
        self.radius = QSpinBox(self)
        self.radius.setRange(*RADIUS_RANGE)
        self.radius.setSingleStep(10)
        self.radius.setSuffix(self.tr(" m"))
        self.days = QSpinBox(self)
        self.days.setRange(*DAYS_RANGE)
        self.days.setSuffix(self.tr(" days"))
        radius_label = QLabel(self.tr("Within"), self)
        radius_label.setBuddy(self.radius)
        days_label = QLabel(self.tr("received in the last"), self)
        days_label.setBuddy(self.days)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(radius_label)
        layout.addWidget(self.radius)
        layout.addWidget(days_label)
        layout.addWidget(self.days)
        layout.addStretch(1)
        self.radius.valueChanged.connect(lambda value: self._store(_RADIUS, value))
        self.days.valueChanged.connect(lambda value: self._store(_DAYS, value))
        table.itemSelectionChanged.connect(self.follow_selection)
        self.follow_selection()

    def set_values(self, row: int, radius_m: int, days: int) -> None:
        item = self._table.item(row, self._column)
        item.setData(_RADIUS, radius_m)
        item.setData(_DAYS, days)
        if row == self._row:
            self.follow_selection()

    def values(self, row: int) -> tuple[int, int]:
        item = self._table.item(row, self._column)
        radius, days = item.data(_RADIUS), item.data(_DAYS)
        return (DEFAULT_RADIUS_M if radius is None else int(radius),
                DEFAULT_DAYS if days is None else int(days))

    def follow_selection(self) -> None:
        """The selected category's values; one category at a time."""
        rows = {index.row() for index in self._table.selectionModel().selectedRows()}
        self._row = None
        if len(rows) == 1:
            row = rows.pop()
            radius, days = self.values(row)
            self.radius.setValue(radius)
            self.days.setValue(days)
            self._row = row  # after the values: setting them must not store them back
            name = self._table.item(row, self._column).text()
            self.caption.setText(self.tr("Possible duplicates of “%1” at intake:")
                                 .replace("%1", name))
        else:
            self.caption.setText(self.tr("Possible duplicates at intake (choose one "
                                         "category):"))
        for editor in (self.radius, self.days):
            editor.setEnabled(self._row is not None)

    def _store(self, role: int, value: int) -> None:
        if self._row is not None:
            self._table.item(self._row, self._column).setData(role, value)
