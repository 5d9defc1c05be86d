"""Villages: หมู่ที่ 1..n with their names, typed or pasted from Excel, checked by the core."""
from __future__ import annotations

import re

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from fondue_desk.config.rules import checked_config
from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.domain.office_config import OfficeConfig, OfficeProfile, VillageSpec

from ..messages import field_error_text
from ..style import FIELD_ERROR
from .pages import SetupPage, hint, tab_order
from .villages_table import CENTRE, NAME, NAME_EN, NUMBER, SetupVillagesTable

_ROW_FIELD = re.compile(r"villages\[(\d+)\]\.(\w+)")
_COLUMNS = {"number": NUMBER, "code": NUMBER, "name": NAME, "name_en": NAME_EN, "lat": CENTRE,
            "lon": CENTRE}
# The rules of villages do not depend on the office; any valid profile stands in for it.
_STAND_IN = OfficeProfile(kind="เทศบาลตำบล", name="-")


class SetupVillagesPage(SetupPage):
    def __init__(self, setup) -> None:
        super().__init__(setup)
        self.setTitle(self.tr("Villages"))
        self.setSubTitle(self.tr("The villages (หมู่) of the office's area. Copy the rows from "
                                 "Excel and press Ctrl+V in the table, or type them."))
        self.table = SetupVillagesTable(self)
        self.table.rows_changed.connect(self._changed)
        self.add_button = QPushButton(self.tr("Add village (Insert)"), self)
        self.remove_button = QPushButton(self.tr("Remove row (Ctrl+Delete)"), self)
        self.paste_button = QPushButton(self.tr("Paste from Excel"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self.table.remove_current_row)
        self.paste_button.clicked.connect(
            lambda: self.table.paste_text(QGuiApplication.clipboard().text()))
        self.problems = QLabel(self)
        self.problems.setObjectName(FIELD_ERROR)
        self.problems.setWordWrap(True)
        self.problems.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        layout.addWidget(hint(self.tr(
            "A centre is optional: \"latitude, longitude\" or a map link. Villages can be "
            "added, renamed or retired later in Settings."), self))
        tab_order(self.table, self.add_button, self.remove_button, self.paste_button)

    def initializePage(self) -> None:
        if self.table.rowCount() == 0:
            self.table.add_row()
        self.table.setFocus()
        self.table.setCurrentCell(0, NAME)

    def specs(self) -> tuple[VillageSpec, ...]:
        return tuple(spec for _row, spec in self.table.specs())

    def errors(self) -> list[tuple[int, int, str]]:
        """(table row, column, message) of every problem, in table order."""
        found = [(row, CENTRE, field_error_text(FieldError("lat", exc.code, dict(exc.params))))
                 for row, exc in self.table.centre_problems()]
        rows = self.table.specs()
        try:
            checked_config(OfficeConfig(office=_STAND_IN,
                                        villages=tuple(spec for _r, spec in rows)))
        except InvalidInput as exc:
            for error in exc.errors:
                match = _ROW_FIELD.fullmatch(error.field)
                if match is None or int(match.group(1)) >= len(rows):
                    continue
                row = rows[int(match.group(1))][0]
                column = _COLUMNS.get(match.group(2), NAME)
                # One message per cell: a repeated number also repeats its code (moo-2).
                if any((r, c) == (row, column) for r, c, _m in found):
                    continue
                found.append((row, column, field_error_text(error)))
        return sorted(found)

    def isComplete(self) -> bool:
        return not self.errors()

    def _changed(self) -> None:
        errors = self.errors()
        self.table.mark({(row, column) for row, column, _m in errors})
        lines = [self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", message)
                 for row, _column, message in errors[:6]]
        if len(errors) > 6:
            lines.append(self.tr("… and %1 more").replace("%1", str(len(errors) - 6)))
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        self.completeChanged.emit()

    def _add(self) -> None:
        row = self.table.add_row()
        self.table.setFocus()
        self.table.setCurrentCell(row, NAME)

