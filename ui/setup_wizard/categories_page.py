"""Categories and SLAs: start from a preset or a configuration file, then edit in place.

A preset or file also brings its crews, numbering formats and map settings; the categories
table is what the admin sees and changes here, the rest waits for Settings.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from fondue_desk.config import ConfigFileError, describe, list_presets, load_preset, parse_config
from fondue_desk.config.rules import checked_config
from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.domain.office_config import CategorySpec, OfficeConfig, OfficeProfile

from ..labels import ui_language
from ..messages import field_error_text
from ..style import FIELD_ERROR
from ..translations import DEFAULT_LANGUAGE, LANGUAGE_SETTING
from .categories_table import COLOUR, NAME_EN, NAME_TH, SLA, SetupCategoriesTable
from .pages import SetupPage, hint, tab_order

_ROW_FIELD = re.compile(r"categories\[(\d+)\]\.(\w+)")
_COLUMNS = {"name_th": NAME_TH, "name_en": NAME_EN, "sla_days": SLA, "colour": COLOUR,
            "code": NAME_EN}
_STAND_IN = OfficeProfile(kind="เทศบาลตำบล", name="-")
MAX_SHOWN = 8


class SetupCategoriesPage(SetupPage):
    def __init__(self, setup) -> None:
        super().__init__(setup)
        self.setTitle(self.tr("Complaint categories and deadlines"))
        self.setSubTitle(self.tr("Start from a ready-made list and adjust it: the SLA is how "
                                 "many days the office gives itself to finish a complaint."))
        self._source: OfficeConfig | None = None
        self._source_label = ""
        self.presets = QComboBox(self)
        english = ui_language() == "en"
        for preset in list_presets():
            self.presets.addItem(preset.title_en if english else preset.title_th, preset.key)
        self.presets.activated.connect(lambda _i: self.load_preset(self.presets.currentData()))
        self.file_button = QPushButton(self.tr("Load a configuration file…"), self)
        self.file_button.clicked.connect(self.choose_file)
        self.table = SetupCategoriesTable(self)
        self.table.rows_changed.connect(self._changed)
        self.add_button = QPushButton(self.tr("Add category (Insert)"), self)
        self.remove_button = QPushButton(self.tr("Remove row (Ctrl+Delete)"), self)
        self.colour_button = QPushButton(self.tr("Colour…"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self.table.remove_current_row)
        self.colour_button.clicked.connect(self.choose_colour)
        self.source = QLabel(self)
        self.problems = QLabel(self)
        self.problems.setObjectName(FIELD_ERROR)
        self.problems.setWordWrap(True)
        self.problems.hide()
        self._layout()
        tab_order(self.presets, self.file_button, self.table, self.add_button,
                  self.remove_button, self.colour_button)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ready-made list"), self))
        top.addWidget(self.presets, 1)
        top.addWidget(self.file_button)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.colour_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        layout.addWidget(hint(self.tr(
            "Categories can be renamed, merged or retired later in Settings; a category that "
            "complaints use is never deleted."), self))

    def initializePage(self) -> None:
        if self._source is None:
            # The office's kind picks the list: an อบต. starts from the อบต. preset.
            kind = self.setup.office.form.values().kind
            keys = [self.presets.itemData(i) for i in range(self.presets.count())]
            wanted = next((key for key in keys if load_preset(key).office.kind == kind),
                          keys[0] if keys else None)
            if wanted is not None:
                self.presets.setCurrentIndex(keys.index(wanted))
                self.load_preset(wanted)
        self.presets.setFocus()

    # ------------------------------------------------------------------ sources
    def load_preset(self, key: str) -> None:
        self._use(load_preset(key), self.tr("From the ready-made list: %1")
                  .replace("%1", self.presets.currentText()))

    def choose_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a configuration file"), "",
            self.tr("Fondue Desk configuration (*.yaml *.yml)"))
        if not path:
            return False
        return self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Categories (and crews, numbering, map) from a file; its problems by line if any."""
        try:
            with open(path, encoding="utf-8") as file:
                config = parse_config(file.read())
        except (OSError, UnicodeDecodeError):
            self._show_lines([field_error_text(FieldError("file", "file.unreadable"))])
            return False
        except ConfigFileError as exc:
            language = str(QSettings().value(LANGUAGE_SETTING, DEFAULT_LANGUAGE))
            self._show_lines([describe(p, language) for p in exc.problems])
            return False
        self._use(config, self.tr("From the file: %1").replace("%1", path))
        return True

    def _use(self, config: OfficeConfig, label: str) -> None:
        self._source = config
        self.source.setText(label)
        self.table.load(config.categories)

    def source_config(self) -> OfficeConfig | None:
        return self._source

    def specs(self) -> tuple[CategorySpec, ...]:
        return self.table.specs()

    # ------------------------------------------------------------------ checking
    def errors(self) -> list[tuple[int, int, str]]:
        specs = self.table.specs()
        found: list[tuple[int, int, str]] = []
        try:
            checked_config(OfficeConfig(office=_STAND_IN, categories=specs))
        except InvalidInput as exc:
            for error in exc.errors:
                match = _ROW_FIELD.fullmatch(error.field)
                if match:
                    found.append((int(match.group(1)), _COLUMNS.get(match.group(2), NAME_TH),
                                  field_error_text(error)))
        if not any(spec.active for spec in specs):
            found.append((len(specs), NAME_TH, field_error_text(
                FieldError("categories", "categories.none_active"))))
        return sorted(found)

    def isComplete(self) -> bool:
        return not self.errors()

    def _changed(self) -> None:
        errors = self.errors()
        self.table.mark({(row, column) for row, column, _m in errors})
        lines = []
        for row, _column, message in errors[:MAX_SHOWN]:
            lines.append(message if row >= self.table.rowCount() else
                         self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", message))
        if len(errors) > MAX_SHOWN:
            lines.append(self.tr("… and %1 more").replace("%1", str(len(errors) - MAX_SHOWN)))
        self._show_lines(lines)
        self.completeChanged.emit()

    def _show_lines(self, lines: list[str]) -> None:
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _add(self) -> None:
        row = self.table.add_row()
        self.table.setFocus()
        self.table.setCurrentCell(row, NAME_TH)

    def choose_colour(self) -> bool:
        row = self.table.currentRow()
        if row < 0:
            return False
        current = QColor(self.table.item(row, COLOUR).text())
        chosen = QColorDialog.getColor(current, self, self.tr("Category colour"))
        if not chosen.isValid():
            return False
        self.table.set_colour(row, chosen.name())
        return True
