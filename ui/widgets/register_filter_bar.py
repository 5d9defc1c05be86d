"""The register's filters: search box, multi-choice menus, dates, flags and one-click filters.

The bar only builds a RegisterFilter; the page decides what to do with it. A saved filter sets
the parts that have no widget of their own (the clerk, "open longer than") as a base that the
widgets then narrow, so "mine" plus a typed search means both.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.calendar import today_thai
from fondue_desk.domain.register_filter import RegisterFilter, SavedFilter, saved_filter
from fondue_desk.domain.statuses import Status
from fondue_desk.services import reference

from ..icons import colour_chip
from ..labels import category_name, channels, status_label, village_label
from .answer_filter_button import AnswerFilterButton
from .thai_date_edit import ThaiDateEdit

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

SEARCH_DELAY_MS = 250  # long enough not to query on every keystroke, short enough to feel live


class ChoiceButton(QToolButton):
    """A drop-down of checkable choices; nothing checked means "any"."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.setText(title)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))

    def add_choice(self, value, label: str, icon=None) -> None:
        action = self.menu().addAction(label)
        if icon is not None:
            action.setIcon(icon)
        action.setCheckable(True)
        action.setData(value)
        action.toggled.connect(self._toggled)

    def clear_choices(self) -> None:
        self.menu().clear()
        self._show_count()

    def labels(self) -> list[str]:
        return [a.text() for a in self.menu().actions()]

    def selected(self) -> frozenset:
        return frozenset(a.data() for a in self.menu().actions() if a.isChecked())

    def choices(self) -> list:
        return [a.data() for a in self.menu().actions()]

    def set_selected(self, values) -> None:
        for action in self.menu().actions():
            with QSignalBlocker(action):
                action.setChecked(action.data() in values)
        self._show_count()

    def _toggled(self, _checked: bool) -> None:
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        count = len(self.selected())
        self.setText(f"{self._title} ({count})" if count else self._title)


class RegisterFilterBar(QWidget):
    filter_changed = Signal(RegisterFilter)

    def __init__(self, db: Database, office_id: int, user_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office_id = office_id
        self._user_id = user_id
        self._base = RegisterFilter()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search tracking no., name, phone, place, details or category…"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        # Enter does not make the clerk wait for the pause.
        self.search.returnPressed.connect(self._emit)
        self._build_choices(db, office_id)
        self._build_dates()
        self.overdue = QCheckBox(self.tr("Overdue"), self)
        self.reopened = QCheckBox(self.tr("Reopened"), self)
        for box in (self.overdue, self.reopened):
            box.toggled.connect(self._emit)
        self._build_saved()
        self._build_layout()

    def _build_choices(self, db: Database, office_id: int) -> None:
        self.statuses = ChoiceButton(self.tr("Status"), self)
        for status in Status:
            self.statuses.add_choice(status.value, status_label(status))
        self.categories = ChoiceButton(self.tr("Category"), self)
        self.villages = ChoiceButton(self.tr("Village"), self)
        self.channels = ChoiceButton(self.tr("Channel"), self)
        for value, label in channels():
            self.channels.add_choice(value, label)
        self.crews = ChoiceButton(self.tr("Crew"), self)
        self.answer = AnswerFilterButton(self)  # one choice of a category's question
        self._fill_reference_choices()
        for button in self._choice_buttons():
            button.changed.connect(self._emit)
        self.answer.changed.connect(self._emit)

    def _fill_reference_choices(self) -> None:
        # Retired categories and villages stay: old complaints are still found by them.
        retired = self.tr(" (retired)")
        for category in reference.categories(self._db, self._office_id):
            name = category_name(category.name_th, category.name_en)
            self.categories.add_choice(category.id, name + (
                "" if category.active else retired), colour_chip(category.colour))
        for village in reference.villages(self._db, self._office_id):
            self.villages.add_choice(village.id, village_label(village.number, village.name,
                                                               village.name_en) + (
                "" if village.active else retired))
        for crew in reference.active_crews(self._db, self._office_id):
            self.crews.add_choice(crew.id, crew.name)
        # An office that has not set up crews yet gets no empty menu.
        self.crews.setVisible(bool(self.crews.choices()))
        self.answer.reload(self._db, self._office_id)

    def reload_reference(self) -> None:
        """Categories, villages and crews read again (Settings changed them); what is ticked
        stays ticked, and the filter is sent again only if it changed."""
        before = self.current_filter()
        ticked = {button: button.selected() for button in
                  (self.categories, self.villages, self.crews)}
        for button in ticked:
            button.clear_choices()
        self._fill_reference_choices()
        for button, values in ticked.items():
            button.set_selected(values)
        if self.current_filter() != before:
            self._emit()

    def _build_dates(self) -> None:
        self.date_range = QCheckBox(self.tr("Date range"), self)
        today = QDate(today_thai())
        self.date_from = ThaiDateEdit(today.addDays(-30), self)
        self.date_to = ThaiDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _date: self._emit() if self.date_range.isChecked()
                                     else None)
        self.date_range.toggled.connect(self._dates_toggled)

    def _dates_toggled(self, checked: bool) -> None:
        self.date_from.setEnabled(checked)
        self.date_to.setEnabled(checked)
        self._emit()

    def _build_saved(self) -> None:
        self.saved_buttons: dict[SavedFilter | None, QPushButton] = {
            SavedFilter.MY_OPEN: QPushButton(self.tr("My open complaints"), self),
            SavedFilter.OVERDUE: QPushButton(self.tr("Overdue"), self),
            SavedFilter.OPEN_OVER_7_DAYS: QPushButton(self.tr("Open > 7 days"), self),
            None: QPushButton(self.tr("All"), self),
        }
        self._saved_group = QButtonGroup(self)
        for which, button in self.saved_buttons.items():
            button.setCheckable(True)
            self._saved_group.addButton(button)
            button.clicked.connect(lambda _checked=False, w=which: self.apply_saved(w))
        self.saved_buttons[None].setChecked(True)

    def _build_layout(self) -> None:
        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        for button in self.saved_buttons.values():
            first.addWidget(button)
        second = QHBoxLayout()
        for widget in (*self._choice_buttons(), self.answer, self.date_range, self.date_from,
                       self.date_to, self.overdue, self.reopened):
            second.addWidget(widget)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)

    def apply_saved(self, which: SavedFilter | None) -> None:
        """A one-click filter: clears the widgets, then shows what it sets (overdue)."""
        self._base = RegisterFilter() if which is None else saved_filter(which,
                                                                       user_id=self._user_id)
        self.saved_buttons[which].setChecked(True)
        with QSignalBlocker(self.search), QSignalBlocker(self.overdue), \
                QSignalBlocker(self.reopened), QSignalBlocker(self.date_range):
            self.search.clear()
            self.overdue.setChecked(self._base.overdue_only)
            self.reopened.setChecked(self._base.reopened_only)
            self.date_range.setChecked(False)
            self._dates_toggled_quietly()
        for button in self._choice_buttons():
            button.set_selected(())
        self.answer.set_selected(None)
        self._emit()

    def show_filter(self, flt: RegisterFilter) -> None:
        """Show a filter made elsewhere (a dashboard figure) without sending it: the widgets
        take what they can show; the rest (parents only, no crew, open only) is the base they
        narrow, so a typed search keeps the figure's complaints, until a one-click filter."""
        self._base = replace(flt, text="")
        self._saved_group.setExclusive(False)  # none of the one-click filters is this one
        for button in self.saved_buttons.values():
            button.setChecked(False)
        self._saved_group.setExclusive(True)
        dated = flt.received_from is not None and flt.received_to is not None
        with QSignalBlocker(self.search), QSignalBlocker(self.overdue), \
                QSignalBlocker(self.reopened), QSignalBlocker(self.date_range), \
                QSignalBlocker(self.date_from), QSignalBlocker(self.date_to):
            self.search.setText(flt.text)
            self.overdue.setChecked(flt.overdue_only)
            self.reopened.setChecked(flt.reopened_only)
            self.date_range.setChecked(dated)
            if dated:
                self.date_from.setDate(QDate(flt.received_from))
                self.date_to.setDate(QDate(flt.received_to))
            self.date_from.setEnabled(dated)
            self.date_to.setEnabled(dated)
        for button, values in ((self.statuses, flt.statuses), (self.categories, flt.category_ids),
                               (self.villages, flt.village_ids), (self.channels, flt.channels),
                               (self.crews, flt.crew_ids)):
            button.set_selected(values)
        self.answer.set_selected(flt.field_choice)
        self._search_timer.stop()

    def _choice_buttons(self) -> tuple[ChoiceButton, ...]:
        return (self.statuses, self.categories, self.villages, self.channels, self.crews)

    def _dates_toggled_quietly(self) -> None:
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)

    def current_filter(self) -> RegisterFilter:
        dated = self.date_range.isChecked()
        return replace(
            self._base,
            statuses=self.statuses.selected(), category_ids=self.categories.selected(),
            village_ids=self.villages.selected(), channels=self.channels.selected(),
            crew_ids=self.crews.selected(),
            received_from=self.date_from.date().toPython() if dated else None,
            received_to=self.date_to.date().toPython() if dated else None,
            overdue_only=self.overdue.isChecked(), reopened_only=self.reopened.isChecked(),
            field_choice=self.answer.selected(),
        ).with_text(self.search.text())

    def _emit(self, *_args) -> None:
        self._search_timer.stop()
        self.filter_changed.emit(self.current_filter())
