"""The register's filter by an answer: one choice of one choice question ("Kind of risk is
flooding"), picked from a menu of the office's choice questions, retired ones included (old
complaints are still found by them)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from fondue_desk.domain.custom_fields import CHOICE_KINDS
from fondue_desk.services import category_fields, reference

from ..labels import category_name
from .custom_field_editors import choice_name, language

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

Selection = tuple[int, str] | None
MAX_TEXT_WIDTH = 240


class AnswerFilterButton(QToolButton):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = self.tr("Answer")
        self._names: dict[tuple[int, str], str] = {}
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._group.triggered.connect(self._picked)
        self._any: QAction | None = None
        self.setText(self._title)

    def reload(self, db: Database, office_id: int) -> None:
        """Read the choice questions again; the picked answer stays picked if it still exists."""
        kept = self.selected()
        menu = self.menu()
        menu.clear()
        for action in self._group.actions():
            self._group.removeAction(action)
        self._names.clear()
        self._any = self._add(menu, self.tr("Any answer"), None)
        menu.addSeparator()
        lang = language()
        retired = self.tr(" (retired)")
        for category in reference.categories(db, office_id):
            views = [v for v in category_fields.list_fields(db, category.id, include_retired=True)
                     if v.definition.kind in CHOICE_KINDS]
            for view in views:
                d = view.definition
                label = d.label_en or d.label if lang == "en" else d.label
                title = f"{category_name(category.name_th, category.name_en)} · {label}" + (
                    "" if d.active else retired)
                submenu = menu.addMenu(title)
                for choice in d.all_choices():
                    name = choice_name(choice, lang) + ("" if choice.active else retired)
                    self._add(submenu, name, (view.id, choice.key))
                    self._names[(view.id, choice.key)] = f"{label}: {choice_name(choice, lang)}"
        self.setVisible(bool(self._names))
        self.set_selected(kept if kept in self._names else None)

    def _add(self, menu: QMenu, text: str, value: Selection) -> QAction:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setData(value)
        self._group.addAction(action)
        return action

    def selected(self) -> Selection:
        action = self._group.checkedAction()
        value = action.data() if action is not None else None
        return tuple(value) if value else None

    def set_selected(self, value: Selection) -> None:
        with QSignalBlocker(self._group):
            for action in self._group.actions():
                data = action.data()
                action.setChecked((tuple(data) if data else None) == value)
        self._show()

    def choose(self, field_id: int, key: str) -> None:
        """As picking it from the menu does."""
        self.set_selected((field_id, key))
        self.changed.emit()

    def _picked(self, _action: QAction) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        value = self.selected()
        text = self._title if value is None else f"{self._title}: {self._names[value]}"
        # A long question and choice must not push the filter row past the window's edge.
        self.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                   MAX_TEXT_WIDTH))
        self.setToolTip(self._names.get(value, "") if value else "")
