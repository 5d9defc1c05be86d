"""Merge complaints that report the same problem: choose the one that stays, then confirm.

The first step lists the selected complaints (oldest first, the oldest chosen: the first report
usually stays); Up/Down choose and Enter goes on. The second says what will happen in words
before anything is written; Merge writes it in one transaction (`services.duplicates.merge`),
passing the statuses shown, so a complaint another desk moved meanwhile is refused, not merged.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FondueError
from fondue_desk.services import duplicates
from fondue_desk.services.register import RegisterRow
from fondue_desk.services.views import UserView

from ..labels import category_of, status_label, village_of
from ..messages import error_text
from ..style import FIELD_ERROR, HINT, PAGE_TITLE, PRIMARY, TEXT, mark_primary
from ..widgets.history_timeline import short_datetime
from ..widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

_ID = Qt.ItemDataRole.UserRole
# Room around each complaint: Thai marks above and below the lines need it. A styled item
# loses the palette's selection colours, so the chosen one gets its own.
LIST_STYLE = f"""
QListWidget::item {{ padding: 6px 4px; border-bottom: 1px solid #e1e5ea; color: {TEXT}; }}
QListWidget::item:selected {{ background: {PRIMARY}; color: white; }}
"""


class MergeDialog(QDialog):
    def __init__(self, db: Database, user: UserView, rows: Sequence[RegisterRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge duplicates"))
        self._db = db
        self._user = user
        self._rows = sorted(rows, key=lambda r: (r.received_at, r.id))
        self.parent_id: int | None = None      # after a merge: the complaint that stayed
        self.child_ids: list[int] = []

        self.choices = QListWidget(self)
        self.choices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.choices.setWordWrap(True)
        self.choices.setStyleSheet(LIST_STYLE)
        for row in self._rows:
            item = QListWidgetItem(self._row_text(row), self.choices)
            item.setData(_ID, row.id)
            item.setToolTip(row.description)
        self.choices.setCurrentRow(0)
        self.choices.itemDoubleClicked.connect(lambda _item: self.go_on())
        self.next_button = QPushButton(self.tr("Next…"), self)
        self.next_button.setDefault(True)  # Enter in the list goes on
        self.next_button.clicked.connect(self.go_on)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome = QListWidget(self)  # who stays, who becomes a duplicate
        self.outcome.setStyleSheet(LIST_STYLE)
        self.outcome.setWordWrap(True)
        self.outcome.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.outcome.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error = QLabel(self)
        self.error.setObjectName(FIELD_ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        self.merge_button = QPushButton(self.tr("Merge"), self)
        mark_primary(self.merge_button)
        self.merge_button.clicked.connect(self.merge)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._choose_step())
        self.steps.addWidget(self._confirm_step())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.merge_button,
                       self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._show_step(0)
        resize_within_screen(self, 760, 460)

    def _choose_step(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Which complaint stays?"), page)
        title.setObjectName(PAGE_TITLE)
        hint = QLabel(self.tr(
            "These %n complaints report the same problem. Choose the one that stays: the "
            "others become its duplicates and follow its status. Up/Down: choose · "
            "Enter: next", "", len(self._rows)), page)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.choices, 1)
        return page

    def _confirm_step(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Merge these complaints?"), page)
        title.setObjectName(PAGE_TITLE)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.outcome, 1)
        return page

    def _row_text(self, row: RegisterRow) -> str:
        place = " · ".join(p for p in (village_of(row), row.location_text) if p)
        description = " ".join(row.description.split())
        if len(description) > 160:
            description = description[:160].rstrip() + "…"
        lines = [" · ".join(p for p in (row.tracking_no, status_label(row.status),
                                        short_datetime(row.received_at), category_of(row))
                            if p),
                 description]
        if place:
            lines.append(place)
        return "\n".join(lines)

    # ----------------------------------------------------------------- steps
    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.back_button.setVisible(step == 1)
        self.next_button.setVisible(step == 0)
        self.merge_button.setVisible(step == 1)
        self.next_button.setDefault(step == 0)
        self.merge_button.setDefault(step == 1)
        (self.choices if step == 0 else self.merge_button).setFocus()

    def chosen_parent(self) -> RegisterRow | None:
        row = self.choices.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def choose_parent(self, complaint_id: int) -> None:
        self.choices.setCurrentRow(next(
            i for i, row in enumerate(self._rows) if row.id == complaint_id))

    def go_on(self) -> None:
        chosen = self.chosen_parent()
        if chosen is None:
            return
        others = [r for r in self._rows if r.id != chosen.id]
        self.summary.setText(self.tr(
            "%1 stays. %2 become(s) its duplicates: they take its status (%3) and follow it "
            "from now on. Every history is kept, and every named complainant is still told "
            "the outcome. Split undoes this.")
            .replace("%1", chosen.tracking_no)
            .replace("%2", ", ".join(r.tracking_no for r in others))
            .replace("%3", status_label(chosen.status)))
        self.outcome.clear()
        for row in (chosen, *others):
            mark = self.tr("Stays") if row is chosen else self.tr("Becomes a duplicate")
            QListWidgetItem(f"{mark}: {self._row_text(row)}", self.outcome)
        self.error.hide()
        self._show_step(1)

    def back(self) -> None:
        self.error.hide()
        self._show_step(0)

    def merge(self) -> bool:
        chosen = self.chosen_parent()
        if chosen is None:
            return False
        children = [r.id for r in self._rows if r.id != chosen.id]
        try:
            duplicates.merge(self._db, self._user.id, chosen.id, children,
                             expected_statuses={r.id: r.status for r in self._rows})
        except FondueError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return False
        self.parent_id, self.child_ids = chosen.id, children
        self.accept()
        return True

    def rows(self) -> list[RegisterRow]:
        return list(self._rows)
