"""Settings → Category questions: the fields a category's complaints are asked.

Each action is written at once, one transaction each (a field saved in its dialog, moved,
retired, restored), as Crews does: a question is a small thing of its own, and forms on other
desks pick it up from the ChangeSet. Retiring never deletes: complaints that answered keep
their answers, shown and printed as before.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.custom_fields import FieldDefinition
from fondue_desk.domain.errors import FondueError
from fondue_desk.domain.numbers import format_count
from fondue_desk.services import category_fields, reference
from fondue_desk.services.category_fields import CategoryFieldView
from fondue_desk.services.changes import ChangeSet

from ...dialogs.field_edit_dialog import FieldEditDialog, kind_label
from ...icons import colour_chip
from ...labels import category_name
from ...style import ERROR, HINT, MUTED
from ...widgets.custom_field_editors import choice_name, language
from ..page import SettingsContext, SettingsPage, settings_page
from ..texts import settings_refusal_text

LABEL, LABEL_EN, KIND, REQUIRED, WHEN, USED, STATUS = range(7)
_ID = Qt.ItemDataRole.UserRole


@settings_page
class CategoryFieldsPage(SettingsPage):
    NAME = "category_fields"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Category questions")
    SORT_ORDER = 21  # right after Categories
    CHANGES = ChangeSet(categories=True)
    KEYWORDS = ("fields", "custom fields", "plate", "ฟิลด์", "คำถาม")

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._views: list[CategoryFieldView] = []
        self._dialog: FieldEditDialog | None = None
        self.category = QComboBox(self)
        self.show_retired = QCheckBox(self.tr("Show retired questions"), self)
        self.table = QTableWidget(0, 7, self)
        self._setup_table()
        self.new_button = QPushButton(self.tr("New question…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.retire_button = QPushButton(self.tr("Retire"), self)
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText))
        for button, slot in ((self.new_button, self.new_field),
                             (self.edit_button, self.edit_selected),
                             (self.up_button, lambda: self.move(-1)),
                             (self.down_button, lambda: self.move(1)),
                             (self.retire_button, self.toggle_retired)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        for keys, step in ((QKeySequence("Alt+Up"), -1), (QKeySequence("Alt+Down"), 1)):
            QShortcut(keys, self.table, activated=lambda s=step: self.move(s))
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, activated=self.new_field,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, activated=self.edit_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self._build_layout()
        self.category.currentIndexChanged.connect(lambda _i: self.reload())
        self.show_retired.toggled.connect(lambda _on: self.reload())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.edit_selected())

    def _setup_table(self) -> None:
        table = self.table
        table.setHorizontalHeaderLabels((
            self.tr("Question"), self.tr("English"), self.tr("Kind"), self.tr("Required"),
            self.tr("Asked when"), self.tr("Answered"), self.tr("Status")))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 16)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (LABEL, LABEL_EN, WHEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        caption = QLabel(self.tr("Category:"), self)
        caption.setBuddy(self.category)
        top.addWidget(caption)
        top.addWidget(self.category, 1)
        top.addSpacing(12)
        top.addWidget(self.show_retired)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.retire_button)
        hint = QLabel(self.tr(
            "The questions are asked under the category on the intake form, in this order. "
            "A retired question is no longer asked; complaints that answered it keep, show "
            "and print their answers."), self)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(hint)

    # ----------------------------------------------------------------- loading
    def load(self) -> None:
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        retired = self.tr(" (retired)")
        for category in reference.categories(self._db, self._office.id):
            self.category.addItem(colour_chip(category.colour), category_name(
                category.name_th, category.name_en) + (
                "" if category.active else retired), category.id)
        self.category.setCurrentIndex(max(self.category.findData(chosen), 0))
        self.category.blockSignals(False)
        self.reload()

    def select_category(self, category_id: int) -> None:
        self.category.setCurrentIndex(self.category.findData(category_id))

    def category_id(self) -> int | None:
        return self.category.currentData()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.selected_id()
        category_id = self.category_id()
        self._views = [] if category_id is None else category_fields.list_fields(
            self._db, category_id, include_retired=self.show_retired.isChecked())
        definitions = {v.definition.code: v.definition for v in self._views}
        self.table.setRowCount(len(self._views))
        for row, view in enumerate(self._views):
            d = view.definition
            cells = (d.label, d.label_en, kind_label(d.kind),
                     self.tr("Yes") if d.required else "", self._when_text(d, definitions),
                     format_count(view.used_by),
                     self.tr("Asked") if d.active else self.tr("Retired"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID, view.id)
                item.setToolTip(text)
                if not d.active:
                    item.setForeground(QBrush(QColor(MUTED)))
                if column in (REQUIRED, USED):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        row = self.row_of(current) if current is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def _when_text(self, d: FieldDefinition, definitions: dict[str, FieldDefinition]) -> str:
        if d.show_if is None:
            return self.tr("always")
        other = definitions.get(d.show_if.field)
        choice = other.choice(d.show_if.value) if other else None
        return self.tr("%1 is %2").replace("%1", other.label if other else d.show_if.field) \
            .replace("%2", choice_name(choice, language()) if choice else d.show_if.value)

    # ----------------------------------------------------------------- reading
    def row_of(self, field_id: int) -> int:
        return next((r for r, v in enumerate(self._views) if v.id == field_id), -1)

    def selected_view(self) -> CategoryFieldView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._views[rows[0].row()] if rows else None

    def selected_id(self) -> int | None:
        view = self.selected_view()
        return view.id if view else None

    def labels(self) -> list[str]:
        return [v.definition.label for v in self._views]

    def select_field(self, label: str) -> None:
        row = next(r for r, v in enumerate(self._views) if v.definition.label == label)
        self.table.selectRow(row)
        self.table.setFocus()

    # ----------------------------------------------------------------- actions
    def new_field(self) -> FieldEditDialog | None:
        return self._open(None)

    def edit_selected(self) -> FieldEditDialog | None:
        view = self.selected_view()
        return self._open(view) if view is not None else None

    def _open(self, view: CategoryFieldView | None) -> FieldEditDialog | None:
        category_id = self.category_id()
        if category_id is None or self.read_only:
            return None
        siblings = [v.definition for v in category_fields.list_fields(
            self._db, category_id, include_retired=True)]
        dialog = FieldEditDialog(self._db, self._user.id, category_id, view, siblings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        dialog.destroyed.connect(lambda *_: setattr(self, "_dialog", None))
        self._dialog = dialog
        dialog.open()
        return dialog

    def current_dialog(self) -> FieldEditDialog | None:
        return self._dialog

    def _saved(self, view: CategoryFieldView | None) -> None:
        if view is None:
            return
        self.changed_now.emit(self.CHANGES)
        self.reload(select_id=view.id)
        self._say(self.tr("Saved the question %1.").replace("%1", view.definition.label))
        self.table.setFocus()

    def move(self, step: int) -> None:
        view = self.selected_view()
        if view is None or self.read_only:
            return
        if self._run(lambda: category_fields.move_field(self._db, self._user.id, view.id, step)):
            self.reload(select_id=view.id)

    def toggle_retired(self) -> None:
        view = self.selected_view()
        if view is None or self.read_only:
            return
        action = category_fields.restore_field if not view.definition.active \
            else category_fields.retire_field
        if not self._run(lambda: action(self._db, self._user.id, view.id)):
            return
        if view.definition.active and not self.show_retired.isChecked():
            self.show_retired.setChecked(True)  # keep the question just retired in sight
        self.reload(select_id=view.id)
        self._say((self.tr("Retired %1: it is no longer asked.") if view.definition.active
                   else self.tr("%1 is asked again.")).replace("%1", view.definition.label))

    def _run(self, action) -> bool:
        try:
            action()
        except FondueError as exc:
            self._say(settings_refusal_text(exc), error=True)
            return False
        self.changed_now.emit(self.CHANGES)
        self._say("")
        return True

    def _update_buttons(self) -> None:
        view = self.selected_view()
        admin = not self.read_only
        self.new_button.setEnabled(admin and self.category_id() is not None)
        for button in (self.edit_button, self.up_button, self.down_button, self.retire_button):
            button.setEnabled(admin and view is not None)
        if view is not None:
            self.retire_button.setText(self.tr("Retire") if view.definition.active
                                       else self.tr("Ask again"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR if error else MUTED};")
        self.message.setVisible(bool(text))

    def error_text(self) -> str:
        return self.message.text()
