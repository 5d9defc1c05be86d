"""One crew on the board: who they are, how loaded they are, and their jobs most urgent first."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.numbers import format_count
from fondue_desk.domain.phone import format_phone
from fondue_desk.services.crew_board import BoardJob, CrewColumn

from ..style import ERROR, HINT, MUTED, PRIMARY_DARK
from .job_card import ID_ROLE, JobCardDelegate, JobListModel

COLUMN_MIN_WIDTH = 300  # a job card stays readable; more crews scroll sideways
COLUMN_MAX_WIDTH = 420
COLUMN = "crewColumn"
COLUMN_STYLE = f"""
QFrame#{COLUMN} {{ background: #e9edf2; border: 1px solid #dde3ea; border-radius: 10px; }}
QListView {{ background: transparent; border: none; outline: 0; }}
"""


def _chip(parent: QWidget) -> QLabel:
    chip = QLabel(parent)
    chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return chip


def _chip_style(colour: str, strong: bool) -> str:
    background = colour if strong else "white"
    foreground = "white" if strong else colour
    return (f"background: {background}; color: {foreground}; border: 1px solid {colour};"
            " border-radius: 9px; padding: 1px 8px; font-weight: bold;")


class CrewColumnWidget(QFrame):
    selection_changed = Signal()
    job_activated = Signal(int)  # complaint id: double-click or Enter

    def __init__(self, column: CrewColumn, parent: QWidget | None = None, *,
                 own: bool = False) -> None:
        super().__init__(parent)
        self.own = own
        self.setObjectName(COLUMN)
        self.setStyleSheet(COLUMN_STYLE)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.column = column
        self.name = QLabel(column.crew.name, self)
        # The signed-in crew leader's own column: first on the board, and marked as theirs.
        self.own_label = QLabel(self.tr("Your crew"), self)
        self.own_label.setStyleSheet(_chip_style(PRIMARY_DARK, True))
        self.own_label.setVisible(own)
        self.name.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {PRIMARY_DARK};")
        self.name.setWordWrap(True)
        contact = " · ".join(p for p in (column.leader_name, format_phone(column.phone)) if p)
        self.contact = QLabel(contact or "—", self)
        self.contact.setObjectName(HINT)
        self.contact.setWordWrap(True)
        self.open_chip, self.today_chip, self.overdue_chip = (_chip(self) for _ in range(3))
        self.model = JobListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(JobCardDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(0)
        self.empty = QLabel(self)
        self.empty.setObjectName(HINT)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setWordWrap(True)

        chips = QHBoxLayout()
        chips.setSpacing(6)
        for chip in (self.open_chip, self.today_chip, self.overdue_chip):
            chips.addWidget(chip)
        chips.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 6)
        layout.setSpacing(6)
        title = QHBoxLayout()
        title.addWidget(self.name, 1)
        title.addWidget(self.own_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title)
        layout.addWidget(self.contact)
        layout.addLayout(chips)
        layout.addSpacing(2)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)  # an empty crew keeps its header at the top
        self._show_counts()

        self.list.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.list.activated.connect(lambda index: self.job_activated.emit(index.data(ID_ROLE)))

    @property
    def crew_id(self) -> int:
        return self.column.crew.id

    def _show_counts(self) -> None:
        c = self.column
        self.open_chip.setText(self.tr("Open %1").replace("%1", format_count(c.open)))
        self.open_chip.setStyleSheet(_chip_style(PRIMARY_DARK, False))
        self.today_chip.setText(self.tr("Today %1").replace("%1", format_count(c.today)))
        self.today_chip.setStyleSheet(_chip_style("#00838f", c.today > 0))
        self.overdue_chip.setText(self.tr("Overdue %1").replace("%1", format_count(c.overdue)))
        self.overdue_chip.setStyleSheet(_chip_style(ERROR if c.overdue else MUTED, c.overdue > 0))
        self.open_chip.setToolTip(self.tr("Open jobs with this crew"))
        self.today_chip.setToolTip(self.tr("Jobs planned for today"))
        self.overdue_chip.setToolTip(self.tr("Jobs past their due date"))

    def counts(self) -> tuple[int, int, int]:
        return self.column.open, self.column.today, self.column.overdue

    def show_jobs(self, jobs: list[BoardJob], filtered: bool) -> None:
        self.model.set_jobs(jobs)
        if jobs:
            self.empty.hide()
        else:
            self.empty.setText(self.tr("No jobs match the filter.") if filtered
                               else self.tr("No open jobs."))
            self.empty.show()
        self.list.setVisible(bool(jobs))

    def job_ids(self) -> list[int]:
        return [job.id for job in self.model.jobs()]

    def jobs(self) -> list[BoardJob]:
        return self.model.jobs()

    def selected_jobs(self) -> list[BoardJob]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedIndexes())
        jobs = self.model.jobs()
        return [jobs[r] for r in rows]

    def select_jobs(self, job_ids: Iterable[int]) -> None:
        wanted = set(job_ids)
        selection = QItemSelection()
        for row, job in enumerate(self.model.jobs()):
            if job.id in wanted:
                index = self.model.index(row)
                selection.select(index, index)
        model = self.list.selectionModel()
        if not selection.isEmpty():
            model.setCurrentIndex(selection.indexes()[0],
                                  QItemSelectionModel.SelectionFlag.NoUpdate)
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def clear_selection(self) -> None:
        self.list.clearSelection()
