"""Settings → Categories: edited in place in one table, saved together by OK or Apply.

Retire/Reactivate and the order wait for OK like any edit; Delete (only a category nothing
uses) and Merge… change complaints, so they ask first and happen at once.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
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
from fondue_desk.domain.numbers import format_count
from fondue_desk.domain.text import ascii_digits
from fondue_desk.services import categories_admin, crews
from fondue_desk.services.categories_admin import CategoryAdminView, CategoryInput
from fondue_desk.services.changes import ChangeSet

from ...icons import colour_chip
from ...style import ERROR, HINT, MUTED
from ..page import SettingsPage, settings_page
from ..texts import settings_error_text, settings_refusal_text
from .category_duplicates import DuplicateLimitsEditor
from .category_merge import MergeDialog

COLOUR, NAME_TH, NAME_EN, SLA, PHOTO, CREW, COUNT, STATUS = range(8)
_COLUMN_OF = {"colour": COLOUR, "name_th": NAME_TH, "name_en": NAME_EN, "sla_days": SLA,
              "default_crew_id": CREW}
_ID = Qt.ItemDataRole.UserRole
_ACTIVE = Qt.ItemDataRole.UserRole + 1
_BAD = QColor("#fde7e7")


@settings_page
class CategoriesPage(SettingsPage):
    NAME = "categories"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Categories")
    SORT_ORDER = 20
    CHANGES = ChangeSet(categories=True)
    KEYWORDS = ("SLA", "colour", "merge", "retire", "duplicate")

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stored: dict[int, CategoryAdminView] = {}
        self._crews = []
        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels((
            self.tr("Colour"), self.tr("Thai name"), self.tr("English name"),
            self.tr("SLA (days)"), self.tr("Photo required"), self.tr("Default crew"),
            self.tr("Complaints"), self.tr("Status")))
        # The row handles on the left drag a category up or down (as Ctrl+Up/Down do): the
        # order is the order on screen, i.e. the header's visual order.
        self.table.verticalHeader().setSectionsMovable(True)
        self.table.verticalHeader().setToolTip(self.tr("Drag to change the order"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 16)  # Thai marks above and below need room
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_TH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME_EN, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.table.verticalHeader().sectionMoved.connect(lambda *_: self._number_rows())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # The selected category's duplicate radius and days, under the table.
        self.duplicate_limits = DuplicateLimitsEditor(self.table, NAME_TH, self)

        self.new_button = QPushButton(self.tr("New"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.retire_button = QPushButton(self.tr("Retire"), self)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        # The category's own questions are a page of their own (Category questions).
        self.questions_button = QPushButton(self.tr("Questions…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        for button, slot in ((self.new_button, self.new_category),
                             (self.up_button, lambda: self.move(-1)),
                             (self.down_button, lambda: self.move(1)),
                             (self.retire_button, self.toggle_retired),
                             (self.merge_button, self.open_merge),
                             (self.questions_button, self.open_questions),
                             (self.delete_button, self.delete_selected)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        for keys, step in ((QKeySequence("Ctrl+Up"), -1), (QKeySequence("Ctrl+Down"), 1)):
            QShortcut(keys, self.table, activated=lambda s=step: self.move(s))
        QShortcut(QKeySequence("Space"), self.table, activated=self._space)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, activated=self.new_category,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        hint = QLabel(self.tr(
            "Double-click or type to edit a cell; Space on the colour picks another. A category "
            "complaints use is retired, never deleted: old complaints keep it and print as "
            "before. Merging moves the complaints and says so in their history."), self)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.questions_button)
        for button in (self.retire_button, self.merge_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.duplicate_limits)
        layout.addWidget(self.message)
        layout.addWidget(hint)

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        listed = categories_admin.list_categories(self._db, self._office.id)
        self._stored = {c.id: c for c in listed}
        self._crews = crews.list_crews(self._db, self._office.id, include_inactive=True)
        self.table.setRowCount(0)
        for category in listed:
            self._append(category)
        header = self.table.verticalHeader()
        for row in range(self.table.rowCount()):  # rows shown as loaded: forget earlier drags
            header.moveSection(header.visualIndex(row), row)
        self._number_rows()
        self._say("")
        self._update_buttons()

    def _append(self, c: CategoryAdminView | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        colour = c.colour if c else "#607d8b"
        swatch = QTableWidgetItem(colour_chip(colour), colour)
        swatch.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        swatch.setData(_ID, c.id if c else None)
        swatch.setToolTip(self.tr("Double-click or press Space to choose a colour"))
        self.table.setItem(row, COLOUR, swatch)
        self.table.setItem(row, NAME_TH, QTableWidgetItem(c.name_th if c else ""))
        if c is not None:
            self.duplicate_limits.set_values(row, c.duplicate_radius_m, c.duplicate_days)
        self.table.setItem(row, NAME_EN, QTableWidgetItem(c.name_en if c else ""))
        sla = QTableWidgetItem(str(c.sla_days if c else 7))
        sla.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, SLA, sla)
        photo = QTableWidgetItem()
        photo.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                       | Qt.ItemFlag.ItemIsUserCheckable)
        photo.setCheckState(Qt.CheckState.Checked if c and c.photo_required
                            else Qt.CheckState.Unchecked)
        photo.setToolTip(self.tr("The counter takes no complaint of this category without a "
                                 "photo (Space ticks it)"))
        self.table.setItem(row, PHOTO, photo)
        combo = QComboBox(self.table)
        combo.addItem(self.tr("— none —"), None)
        for crew in self._crews:
            if crew.active or (c and c.default_crew_id == crew.id):
                combo.addItem(crew.name, crew.id)
        combo.setCurrentIndex(max(combo.findData(c.default_crew_id if c else None), 0))
        self.table.setCellWidget(row, CREW, combo)
        count = QTableWidgetItem(format_count(c.complaint_count if c else 0))
        count.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, COUNT, count)
        status = QTableWidgetItem()
        status.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, STATUS, status)
        self._set_active(row, c.active if c else True)
        return row

    def _set_active(self, row: int, active: bool) -> None:
        item = self.table.item(row, STATUS)
        item.setData(_ACTIVE, active)
        stored = self._stored.get(self.row_id(row))
        merged = stored is not None and stored.merged_into_id is not None
        item.setText(self.tr("Merged") if merged else self.tr("Active") if active
                     else self.tr("Retired"))
        for column in range(self.table.columnCount()):
            cell = self.table.item(row, column)
            if cell is not None:
                cell.setForeground(QBrush(QColor(MUTED if not active else "#1f2933")))

    # ------------------------------------------------------------------ reading the table
    def row_id(self, row: int) -> int | None:
        return self.table.item(row, COLOUR).data(_ID)

    def row_of(self, name_th: str) -> int:
        return next(r for r in range(self.table.rowCount())
                    if self.table.item(r, NAME_TH).text() == name_th)

    def row_input(self, row: int) -> CategoryInput:
        text = ascii_digits(self.table.item(row, SLA).text().strip())
        sla = int(text) if text.isdigit() else -1  # not a number: refused as out of range
        stored = self._stored.get(self.row_id(row))
        radius, days = self.duplicate_limits.values(row)
        return CategoryInput(
            name_th=self.table.item(row, NAME_TH).text(),
            name_en=self.table.item(row, NAME_EN).text(),
            colour=self.table.item(row, COLOUR).text(), sla_days=sla,
            duplicate_radius_m=radius, duplicate_days=days,
            default_crew_id=self.table.cellWidget(row, CREW).currentData(),
            sort_order=self.position(row), active=bool(self.table.item(row, STATUS).data(_ACTIVE)),
            code=stored.code if stored else "",
            photo_required=self.table.item(row, PHOTO).checkState() == Qt.CheckState.Checked)

    def changed_rows(self) -> list[tuple[int, int | None, CategoryInput]]:
        out = []
        for row in range(self.table.rowCount()):
            data, stored = self.row_input(row), self._stored.get(self.row_id(row))
            if stored is None or data != stored.as_input():  # the order included
                out.append((row, self.row_id(row), data))
        return out

    # ------------------------------------------------------------------ validate / save
    def validate(self) -> list[FieldError]:
        errors = []
        names: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            data = self.row_input(row)
            errors += [FieldError(e.field, e.code, {**e.params, "row": row})
                       for e in categories_admin.check_category(data)]
            key = data.name_th.strip().casefold()
            if key and key in names:
                errors.append(FieldError("name_th", "category.name_taken", {"row": row}))
            names.setdefault(key, row)
        self.show_errors(errors)
        return errors

    def show_errors(self, errors: list[FieldError]) -> None:
        for row in range(self.table.rowCount()):
            for column in (COLOUR, NAME_TH, NAME_EN, SLA):
                self.table.item(row, column).setBackground(QBrush())
        lines = []
        for error in errors:
            row = error.params.get("row")
            if row is None:
                continue
            column = _COLUMN_OF.get(error.field, NAME_TH)
            if self.table.item(row, column) is not None:
                self.table.item(row, column).setBackground(QBrush(_BAD))
            name = self.table.item(row, NAME_TH).text() or self.tr("new category")
            shown = self.table.verticalHeader().visualIndex(row) + 1
            lines.append(self.tr("Row %1 (%2): %3").replace("%1", str(shown))
                         .replace("%2", name).replace("%3", settings_error_text(error)))
        self._say("\n".join(lines), error=bool(lines))
        if errors and errors[0].params.get("row") is not None:
            first = errors[0]
            self.table.setCurrentCell(first.params["row"], _COLUMN_OF.get(first.field, NAME_TH))

    def first_error_widget(self) -> QWidget | None:
        return self.table

    def error_text(self) -> str:
        return self.message.text() if self.message.property("error") else ""

    def save(self) -> ChangeSet | None:
        changed = self.changed_rows()
        if not changed:
            return ChangeSet()
        rows = [(category_id, data) for _row, category_id, data in changed]
        try:
            categories_admin.save_categories(self._db, self._user.id, rows)
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

    def new_category(self) -> int:
        row = self._append(None)
        self._number_rows()
        self.table.setCurrentCell(row, NAME_TH)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, NAME_TH))
        return row

    def position(self, row: int) -> int:
        """The sort order a row saves with: 10, 20, … down the rows as shown."""
        return 10 * (self.table.verticalHeader().visualIndex(row) + 1)

    def rows_in_order(self) -> list[int]:
        header = self.table.verticalHeader()
        return [header.logicalIndex(v) for v in range(self.table.rowCount())]

    def move(self, step: int) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        header = self.table.verticalHeader()
        visual = header.visualIndex(rows[0])
        if 0 <= visual + step < self.table.rowCount():
            header.moveSection(visual, visual + step)
            # Not selectRow(): with Ctrl held (Ctrl+Up) it would toggle the row off.
            self.table.selectionModel().select(
                self.table.model().index(rows[0], 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self._number_rows()

    def _number_rows(self) -> None:
        """Row numbers follow the order shown, not the order rows were loaded in."""
        header = self.table.verticalHeader()
        for row in range(self.table.rowCount()):
            self.table.setVerticalHeaderItem(
                row, QTableWidgetItem(str(header.visualIndex(row) + 1)))

    def toggle_retired(self) -> None:
        for row in self.selected_rows():
            stored = self._stored.get(self.row_id(row))
            if stored is not None and stored.merged_into_id is not None:
                continue  # merged stays retired
            self._set_active(row, not self.table.item(row, STATUS).data(_ACTIVE))
        self._update_buttons()

    def choose_colour(self, row: int) -> None:
        item = self.table.item(row, COLOUR)
        colour = QColorDialog.getColor(QColor(item.text()), self, self.tr("Category colour"))
        if colour.isValid():
            item.setText(colour.name())
            item.setIcon(colour_chip(colour.name()))

    def _double_clicked(self, row: int, column: int) -> None:
        if column == COLOUR:
            self.choose_colour(row)

    def _space(self) -> None:
        if self.table.currentColumn() == COLOUR and self.table.currentRow() >= 0:
            self.choose_colour(self.table.currentRow())
        elif self.table.currentColumn() == PHOTO and self.table.currentRow() >= 0:
            self.toggle_photo_required(self.table.currentRow())
        elif self.table.currentRow() >= 0:
            self.table.editItem(self.table.currentItem())

    def toggle_photo_required(self, row: int) -> None:
        item = self.table.item(row, PHOTO)
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        category_id = self.row_id(row)
        if category_id is None:  # a new row nobody saved yet
            self.table.removeRow(row)
            return
        name = self.table.item(row, NAME_TH).text()
        if QMessageBox.question(self, self.tr("Delete category"), self.tr(
                "Delete the category %1? This cannot be undone.").replace("%1", name)
                ) != QMessageBox.StandardButton.Yes:
            return
        try:
            categories_admin.delete_category(self._db, self._user.id, category_id)
        except FondueError as exc:
            self._say(settings_refusal_text(exc), error=True)
            return
        self.changed_now.emit(self.CHANGES)
        self._reload_keeping_edits()
        self._say(self.tr("Deleted %1.").replace("%1", name))

    def open_merge(self) -> MergeDialog | None:
        if self.changed_rows():
            if self.validate() or self.save() is None:
                return None  # unsaved edits first: the merge dialog lists what is stored
            self.changed_now.emit(self.CHANGES)
            self.load()
        chosen = [self.row_id(r) for r in self.selected_rows()]
        dialog = MergeDialog(self._db, self._user, list(self._stored.values()),
                             [c for c in chosen if c is not None], self)
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def open_questions(self):
        """Settings → Category questions, showing the selected category's."""
        rows = self.selected_rows()
        category_id = self.row_id(rows[0]) if len(rows) == 1 else None
        show_page = getattr(self.window(), "show_page", None)
        if category_id is None or show_page is None:
            return None
        page = show_page("category_fields")
        if page is not None:
            page.select_category(category_id)
        return page

    def _merged(self, result) -> None:
        self.changed_now.emit(self.CHANGES)
        self.load()
        target = self._stored[result.target_id]
        self._say(self.tr("%n complaint(s) moved to %1.", "", result.moved)
                  .replace("%1", target.name_th))

    def _reload_keeping_edits(self) -> None:
        self.load()

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        one = len(rows) == 1
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(one)
        self.questions_button.setEnabled(one and self.row_id(rows[0]) is not None)
        self.retire_button.setEnabled(bool(rows))
        if rows:
            active = self.table.item(rows[0], STATUS).data(_ACTIVE)
            self.retire_button.setText(self.tr("Retire") if active else self.tr("Reactivate"))
        if one:
            stored = self._stored.get(self.row_id(rows[0]))
            self.delete_button.setEnabled(stored is None or stored.complaint_count == 0)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.setStyleSheet(f"color: {ERROR if error else MUTED};")
        self.message.setVisible(bool(text))
