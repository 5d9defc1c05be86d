"""Settings → Villages: หมู่ที่ 1..n edited in place; rows copied from Excel are pasted in.

A village complaints name is retired, never deleted. Everything waits for OK, except Delete
(only an unused village), which asks first.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, FondueError, InvalidInput
from fondue_desk.domain.geo import parse_coordinates
from fondue_desk.domain.numbers import format_count
from fondue_desk.domain.text import ascii_digits
from fondue_desk.services import villages_admin
from fondue_desk.services.changes import ChangeSet
from fondue_desk.services.villages_admin import VillageAdminView, VillageInput

from ...style import ERROR, HINT, MUTED
from ..page import SettingsPage, settings_page
from ..texts import settings_error_text, settings_refusal_text

NUMBER, NAME, NAME_EN, CENTRE, COUNT, STATUS = range(6)
_COLUMN_OF = {"number": NUMBER, "name": NAME, "name_en": NAME_EN, "location": CENTRE}
_ID = Qt.ItemDataRole.UserRole
_ACTIVE = Qt.ItemDataRole.UserRole + 1
_BAD = QColor("#fde7e7")


@settings_page
class VillagesPage(SettingsPage):
    NAME = "villages"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Villages")
    SORT_ORDER = 30
    CHANGES = ChangeSet(villages=True)
    KEYWORDS = ("หมู่ที่", "moo", "Excel", "paste", "English")

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stored: dict[int, VillageAdminView] = {}
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels((
            self.tr("Village no."), self.tr("Name"), self.tr("English name"),
            self.tr("Centre (lat, lon)"), self.tr("Complaints"), self.tr("Status")))
        self.table.horizontalHeaderItem(NAME_EN).setToolTip(self.tr(
            "What English readers see (\"Moo 3 Ban Mai\"); left empty, they see the Thai name"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 16)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME_EN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CENTRE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("New"), self)
        self.paste_button = QPushButton(self.tr("Paste rows from Excel"), self)
        self.paste_button.setToolTip(self.tr("Ctrl+V in the table"))
        self.retire_button = QPushButton(self.tr("Retire"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        for button, slot in ((self.new_button, self.new_village),
                             (self.paste_button, self.paste_clipboard),
                             (self.retire_button, self.toggle_retired),
                             (self.delete_button, self.delete_selected)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.table,
                  activated=self.paste_clipboard)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, activated=self.new_village,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        hint = QLabel(self.tr(
            "Copy the columns village number, name (and the English name, latitude, longitude "
            "if you have them) in Excel and paste them here: new numbers are added, existing "
            "ones updated. A village complaints name is retired, never deleted."), self)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retire_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(hint)

    def load(self) -> None:
        listed = villages_admin.list_villages(self._db, self._office.id)
        self._stored = {v.id: v for v in listed}
        self.table.setRowCount(0)
        for village in listed:
            self._append(village.as_input(), village)
        self._say("")
        self._update_buttons()

    def _append(self, data: VillageInput | None, stored: VillageAdminView | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        number = QTableWidgetItem(str(data.number) if data else "")
        number.setData(_ID, stored.id if stored else None)
        number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, NUMBER, number)
        self.table.setItem(row, NAME, QTableWidgetItem(data.name if data else ""))
        self.table.setItem(row, NAME_EN, QTableWidgetItem(data.name_en if data else ""))
        self.table.setItem(row, CENTRE, QTableWidgetItem(_centre(data)))
        count = QTableWidgetItem(format_count(stored.complaint_count if stored else 0))
        count.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, COUNT, count)
        status = QTableWidgetItem()
        status.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, STATUS, status)
        self._set_active(row, data.active if data else True)
        return row

    def _set_active(self, row: int, active: bool) -> None:
        status = self.table.item(row, STATUS)
        status.setData(_ACTIVE, active)
        status.setText(self.tr("Active") if active else self.tr("Retired"))
        for column in range(self.table.columnCount()):
            self.table.item(row, column).setForeground(
                QBrush(QColor("#1f2933" if active else MUTED)))

    # ------------------------------------------------------------------ reading
    def row_id(self, row: int) -> int | None:
        return self.table.item(row, NUMBER).data(_ID)

    def row_of(self, number: int) -> int:
        return next((r for r in range(self.table.rowCount())
                     if ascii_digits(self.table.item(r, NUMBER).text().strip()) == str(number)),
                    -1)

    def row_input(self, row: int) -> tuple[VillageInput, list[FieldError]]:
        errors = []
        text = ascii_digits(self.table.item(row, NUMBER).text().strip())
        number = int(text) if text.isdigit() else -1
        centre = self.table.item(row, CENTRE).text().strip()
        lat = lon = None
        if centre:
            found = parse_coordinates(centre)
            if found is None:
                errors.append(FieldError("location", "location.unreadable", {"row": row}))
            else:
                lat, lon = found
        data = VillageInput(number, self.table.item(row, NAME).text(), lat, lon,
                            bool(self.table.item(row, STATUS).data(_ACTIVE)),
                            self.table.item(row, NAME_EN).text())
        return data, errors

    def changed_rows(self) -> list[tuple[int, int | None, VillageInput]]:
        out = []
        for row in range(self.table.rowCount()):
            data, _errors = self.row_input(row)
            stored = self._stored.get(self.row_id(row))
            if stored is None or data != stored.as_input():
                out.append((row, self.row_id(row), data))
        return out

    # ------------------------------------------------------------------ validate / save
    def validate(self) -> list[FieldError]:
        errors, numbers = [], {}
        for row in range(self.table.rowCount()):
            data, problems = self.row_input(row)
            errors += problems
            if not problems:
                errors += [FieldError(e.field, e.code, {**e.params, "row": row})
                           for e in villages_admin.check_village(data)]
            if data.number in numbers:
                errors.append(FieldError("number", "village.number_taken",
                                         {"row": row, "number": data.number}))
            numbers.setdefault(data.number, row)
        self.show_errors(errors)
        return errors

    def show_errors(self, errors: list[FieldError]) -> None:
        for row in range(self.table.rowCount()):
            for column in (NUMBER, NAME, NAME_EN, CENTRE):
                self.table.item(row, column).setBackground(QBrush())
        lines = []
        for error in errors:
            row = error.params.get("row")
            if row is None:
                continue
            self.table.item(row, _COLUMN_OF.get(error.field, NAME)).setBackground(QBrush(_BAD))
            lines.append(self.tr("Row %1: %2").replace("%1", str(row + 1))
                         .replace("%2", settings_error_text(error)))
        self._say("\n".join(lines), error=bool(lines))
        if errors and errors[0].params.get("row") is not None:
            self.table.setCurrentCell(errors[0].params["row"],
                                      _COLUMN_OF.get(errors[0].field, NAME))

    def first_error_widget(self) -> QWidget | None:
        return self.table

    def error_text(self) -> str:
        return self.message.text() if self.message.property("error") else ""

    def save(self) -> ChangeSet | None:
        changed = self.changed_rows()
        if not changed:
            return ChangeSet()
        try:
            villages_admin.save_villages(self._db, self._user.id,
                                         [(vid, data) for _row, vid, data in changed])
        except InvalidInput as exc:
            self.show_errors([FieldError(e.field, e.code, {
                **e.params, "row": changed[e.params.get("row", 0)][0]}) for e in exc.errors])
            return None
        except FondueError as exc:
            self._say(settings_refusal_text(exc), error=True)
            return None
        return self.CHANGES

    # ------------------------------------------------------------------ actions
    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def new_village(self) -> int:
        numbers = [int(t) for r in range(self.table.rowCount())
                   if (t := ascii_digits(self.table.item(r, NUMBER).text().strip())).isdigit()]
        row = self._append(VillageInput(max(numbers, default=0) + 1, ""))
        self.table.setCurrentCell(row, NAME)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, NAME))
        return row

    def paste_clipboard(self) -> None:
        self.paste_text(QApplication.clipboard().text())

    def paste_text(self, text: str) -> int:
        """Add (or update by number) the pasted rows; returns how many were taken."""
        rows, errors = villages_admin.parse_pasted_rows(text)
        for data in rows:
            row = self.row_of(data.number)
            if row < 0:
                self._append(data)
                continue
            self.table.item(row, NAME).setText(data.name)
            if data.name_en:
                self.table.item(row, NAME_EN).setText(data.name_en)
            if data.lat is not None:
                self.table.item(row, CENTRE).setText(_centre(data))
        lines = [self.tr("Line %1: %2").replace("%1", str(e.params.get("line", "?")))
                 .replace("%2", settings_error_text(e)) for e in errors]
        summary = self.tr("%n row(s) pasted; press OK or Apply to save.", "", len(rows))
        self._say("\n".join([summary, *lines]), error=bool(errors))
        self._update_buttons()
        return len(rows)

    def toggle_retired(self) -> None:
        for row in self.selected_rows():
            self._set_active(row, not self.table.item(row, STATUS).data(_ACTIVE))
        self._update_buttons()

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        village_id = self.row_id(row)
        if village_id is None:
            self.table.removeRow(row)
            return
        name = self.table.item(row, NAME).text()
        if QMessageBox.question(self, self.tr("Delete village"), self.tr(
                "Delete the village %1? This cannot be undone.").replace("%1", name)
                ) != QMessageBox.StandardButton.Yes:
            return
        try:
            villages_admin.delete_village(self._db, self._user.id, village_id)
        except FondueError as exc:
            self._say(settings_refusal_text(exc), error=True)
            return
        self.changed_now.emit(self.CHANGES)
        self.load()

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        self.retire_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(len(rows) == 1)
        if rows:
            active = self.table.item(rows[0], STATUS).data(_ACTIVE)
            self.retire_button.setText(self.tr("Retire") if active else self.tr("Reactivate"))
            stored = self._stored.get(self.row_id(rows[0]))
            self.delete_button.setEnabled(len(rows) == 1 and (
                stored is None or stored.complaint_count == 0))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.setStyleSheet(f"color: {ERROR if error else MUTED};")
        self.message.setVisible(bool(text))


def _centre(data: VillageInput | None) -> str:
    if data is None or data.lat is None:
        return ""
    return f"{round(data.lat, 6)}, {round(data.lon, 6)}"
