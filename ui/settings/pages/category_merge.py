"""Merge categories: tick the ones to merge, pick the one they become, confirm, done at once."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FondueError, InvalidInput
from fondue_desk.domain.numbers import format_count
from fondue_desk.services import categories_admin
from fondue_desk.services.categories_admin import CategoryAdminView, MergeResult
from fondue_desk.services.views import UserView

from ...icons import colour_chip
from ...labels import category_name
from ...style import HINT, mark_primary
from ...widgets.field_feedback import error_label
from ..texts import settings_error_text, settings_refusal_text

_ID = Qt.ItemDataRole.UserRole


class MergeDialog(QDialog):
    merged = Signal(object)  # MergeResult

    def __init__(self, db, user: UserView, categories: list[CategoryAdminView],
                 chosen: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._by_id = {c.id: c for c in categories}
        self.result_: MergeResult | None = None
        self.setWindowTitle(self.tr("Merge categories"))
        usable = [c for c in categories if c.merged_into_id is None]
        self.sources = QListWidget(self)
        for category in usable:
            text = (self.tr("%1 (%2 complaints)").replace("%1", _named(category))
                    .replace("%2", format_count(category.complaint_count)))
            item = QListWidgetItem(colour_chip(category.colour), text, self.sources)
            item.setData(_ID, category.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if category.id in chosen[:-1] or (
                len(chosen) == 1 and category.id == chosen[0]) else Qt.CheckState.Unchecked)
        self.target = QComboBox(self)
        for category in usable:
            self.target.addItem(colour_chip(category.colour), _named(category), category.id)
        if len(chosen) > 1:  # the last one selected is the one they become
            self.target.setCurrentIndex(max(self.target.findData(chosen[-1]), 0))
        self.error = error_label(self)
        hint = QLabel(self.tr("The complaints of the ticked categories move to the category "
                              "below; each complaint's history says so. The ticked categories "
                              "are retired. This cannot be undone."), self)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Cancel"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        mark_primary(self.ok_button)
        self.ok_button.clicked.connect(self.merge)
        self.cancel_button.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Merge these:"), self.sources)
        form.addRow(self.tr("Into:"), self.target)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def set_checked(self, category_id: int, checked: bool) -> None:
        for row in range(self.sources.count()):
            item = self.sources.item(row)
            if item.data(_ID) == category_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[int]:
        return [self.sources.item(r).data(_ID) for r in range(self.sources.count())
                if self.sources.item(r).checkState() == Qt.CheckState.Checked]

    def merge(self, *, confirm: bool = True) -> MergeResult | None:
        target_id = self.target.currentData()
        sources = [i for i in self.checked_ids() if i != target_id]
        moving = sum(self._by_id[i].complaint_count for i in sources)
        if confirm and sources and QMessageBox.question(
                self, self.tr("Merge categories"),
                self.tr("Move %1 complaint(s) from %2 to %3 and retire %2?")
                .replace("%1", format_count(moving))
                .replace("%2", ", ".join(_named(self._by_id[i]) for i in sources))
                .replace("%3", _named(self._by_id[target_id]))
        ) != QMessageBox.StandardButton.Yes:
            return None
        try:
            self.result_ = categories_admin.merge_categories(self._db, self._user.id, sources,
                                                             target_id)
        except InvalidInput as exc:
            self.error.setText(settings_error_text(exc.errors[0]))
            self.error.show()
            return None
        except FondueError as exc:
            self.error.setText(settings_refusal_text(exc))
            self.error.show()
            return None
        self.merged.emit(self.result_)
        self.accept()
        return self.result_


def _named(category) -> str:
    """In the interface's language: English falls back to Thai."""
    return category_name(category.name_th, category.name_en)
