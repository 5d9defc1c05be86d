"""The complaint register: every complaint of the office, filtered, searched and sorted.

The table model pages rows in from the database, so the page stays quick with a register of
any size, and asks for each new filter on a worker thread. The selected complaint's details,
history and photos show in the pane beside it; when a new filter leaves that complaint out,
the pane clears (after an action on it, it stays, marked as not in the list).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.numbers import format_count
from fondue_desk.domain.permissions import Action, can
from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import register
from fondue_desk.services.dispatch import MAX_BATCH
from fondue_desk.services.views import OfficeView, UserView

from ..dialogs.assign_dialog import AssignDialog
from ..dialogs.export_runner import RegisterExporter
from ..dialogs.open311_export import Open311Exporter
from ..dialogs.receipt_dialog import ReceiptDialog, ReceiptOpener
from ..models.register_table_model import (
    RECEIVED,
    SORT_KEYS,
    TEXT_COLUMNS,
    QueryResult,
    RegisterTableModel,
)
from ..style import HINT, PAGE_TITLE
from ..widgets.complaint_detail_pane import ComplaintDetailPane
from ..widgets.highlight_delegate import HighlightDelegate
from ..widgets.register_filter_bar import RegisterFilterBar
from .register_duplicates import RegisterDuplicates

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database


COLUMN_WIDTHS = (105, 130, 150, 260, 110, 140, 170, 160, 100, 110)


class RegisterPage(QWidget):
    message = Signal(str)  # short feedback for the status bar
    filter_changed = Signal(object)  # RegisterFilter: the map shows what the table shows
    complaint_changed = Signal(int)  # edited, moved on, or given a photo in the detail pane

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._user = user
        self._assign_dialog: AssignDialog | None = None
        self._receipts = ReceiptOpener(db, self)
        self.detail = ComplaintDetailPane(db, office, user, self)
        self.detail.complaint_changed.connect(self._complaint_changed)
        self.detail.message.connect(self.message)
        self.exporter = RegisterExporter(db, office.id, self)
        self.exporter.finished.connect(self._exported)
        self.open311 = Open311Exporter(db, office.id, self)  # its action, button, worker
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save the complaints shown as Excel or CSV"))
        self.export_button.clicked.connect(self.export)
        self.assign_button = QPushButton(self.tr("Assign…"), self)
        self.assign_button.setToolTip(self.tr("Give the selected complaints to a crew "
                                              "(Ctrl+Shift+A)"))
        self.assign_button.setVisible(can(user.role, Action.ASSIGN))
        self.assign_button.clicked.connect(self.open_assign_dialog)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.open_assign_dialog,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Before the model: switching sorting on may already start a search that it shows.
        self.count_label = QLabel(self)
        self.count_label.setObjectName(HINT)
        self.model = RegisterTableModel(db, office.id, self)
        self.model.answered.connect(self._answered)
        self.model.searching.connect(lambda _busy: self._show_count())
        self.model.failed.connect(self._query_failed)
        self._refresh_generation = -1
        self.filter_bar = RegisterFilterBar(db, office.id, user.id, self)
        self.filter_bar.filter_changed.connect(self.set_filter)
        self.table = QTableView(self)
        self._setup_table()
        self.model.modelReset.connect(self._show_count)
        self.duplicates = RegisterDuplicates(self)  # merge / split, their keys and menu
        self._build_layout()
        self._show_count()
        self._selection_changed()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setItemDelegate(HighlightDelegate(lambda: self.model.terms, TEXT_COLUMNS, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows at once for assigning; the detail pane follows the current row.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # Uniform rows: the view never asks every row for its height, which would read them all.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        # Interactive, not ResizeToContents: measuring contents would fetch every page.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        # The model starts newest first; show that before sorting is switched on, so the view's
        # first sort() request matches it and costs no query.
        header.setSortIndicator(RECEIVED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        table.activated.connect(self._open)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Complaint register"), self)
        title.setObjectName(PAGE_TITLE)
        hint = QLabel(self.tr("Select a row to see its details · Enter: receipt"), self)
        hint.setObjectName(HINT)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(hint, 1)
        header.addWidget(self.count_label)
        header.addSpacing(12)
        header.addWidget(self.assign_button)
        header.addWidget(self.export_button)
        header.addWidget(self.open311.button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)

    def set_filter(self, flt: RegisterFilter) -> None:
        """Show another filter: asked on the worker thread, shown when it is answered."""
        self.model.set_filter(flt, keep_id=self._shown_id())
        self.filter_changed.emit(flt)

    def current_filter(self) -> RegisterFilter:
        """The filter asked for last (the map follows it at once)."""
        return self.model.wanted[0]

    def refresh(self) -> None:
        """Read the register again with the same filter and sort, keeping the selection."""
        self._refresh_generation = self.model.reload(keep_id=self._shown_id())

    def _shown_id(self) -> int | None:
        shown = self.detail.complaint()
        return shown.id if shown is not None else None

    def _answered(self, result: QueryResult) -> None:
        if result.generation != self._refresh_generation:
            # A new result starts at its top; the old scroll position means nothing in it.
            self.table.scrollToTop()
        if result.keep_id is None or self._shown_id() != result.keep_id:
            return
        rows = result.page.rows
        position = next((i for i, r in enumerate(rows) if r.id == result.keep_id), None)
        if position is not None:
            self.table.setCurrentIndex(self.model.index(position, 0))
        elif result.keeps:
            self.detail.set_outside_list(False)  # in the list, further down
        elif result.generation == self._refresh_generation:
            # The clerk just acted on it: keep it in sight, but say the list has let it go.
            self.detail.show_complaint(result.keep_id)
            self.detail.set_outside_list(True)
        else:
            self.detail.clear()

    def _query_failed(self, error: Exception) -> None:
        self.message.emit(self.tr("The register could not be read: %1").replace(
            "%1", str(error) or type(error).__name__))

    def _sort_indicator_changed(self, section: int, _order) -> None:
        if SORT_KEYS[section] is None:  # the description column has no order of its own
            header = self.table.horizontalHeader()
            sort = self.model.wanted[1]
            with QSignalBlocker(header):
                header.setSortIndicator(
                    SORT_KEYS.index(sort.key),
                    Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        complaint_id = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if complaint_id is None:
            return  # a reset clears the current row; _answered decides what the pane shows
        if self._shown_id() != complaint_id:
            self.detail.show_complaint(complaint_id)
        self.detail.set_outside_list(False)

    def _complaint_changed(self, complaint_id: int) -> None:
        self.refresh()
        self.complaint_changed.emit(complaint_id)

    # ----------------------------------------------------------------- assigning
    def selected_row_count(self) -> int:
        # Counted from the ranges: reading each row of a Ctrl+A selection would page in the
        # whole register.
        return sum(r.height() for r in self.table.selectionModel().selection())

    def selected_complaint_ids(self) -> list[int]:
        """The selected complaints, in table order (at most a batch's worth)."""
        if self.selected_row_count() > MAX_BATCH:
            return []
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        ids = (self.model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in rows)
        return [i for i in ids if i is not None]

    def _selection_changed(self) -> None:
        count = self.selected_row_count()
        self.assign_button.setEnabled(can(self._user.role, Action.ASSIGN) and count > 0)
        self.assign_button.setText(self.tr("Assign %1…").replace("%1", f"({format_count(count)})")
                                   if count > 1 else self.tr("Assign…"))

    def open_assign_dialog(self) -> AssignDialog | None:
        """Assign the selected complaints to a crew; non-blocking, returns the dialog."""
        if not self.assign_button.isEnabled():
            return None
        if self.selected_row_count() > MAX_BATCH:
            self.message.emit(self.tr("Select at most %1 complaints to assign at once.")
                              .replace("%1", str(MAX_BATCH)))
            return None
        ids = self.selected_complaint_ids()
        if not ids:
            return None
        if self._assign_dialog is not None:
            self._assign_dialog.close()
        dialog = AssignDialog(self._db, self._office, self._user, ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._assigned(dialog))
        dialog.destroyed.connect(lambda *_: self._forget_assign(dialog))
        self._assign_dialog = dialog
        dialog.open()
        return dialog

    def _assigned(self, dialog: AssignDialog) -> None:
        result = dialog.result
        if result is None:
            return
        self.refresh()
        shown = self.detail.complaint()
        if shown is not None and shown.id in {c.id for c in result.complaints}:
            self.detail.show_complaint(shown.id)
        crew = result.complaints[0].crew_name if result.complaints else ""
        self.message.emit(self.tr("%n complaint(s) assigned to %1", "", len(result.complaints))
                          .replace("%1", crew))
        for complaint in result.complaints:
            self.complaint_changed.emit(complaint.id)

    def _forget_assign(self, dialog: AssignDialog) -> None:
        if self._assign_dialog is dialog:
            self._assign_dialog = None

    def assign_dialog(self) -> AssignDialog | None:
        return self._assign_dialog

    def export(self) -> None:
        """Export exactly what the table shows, in its order, without freezing the window."""
        if self.exporter.task is not None and self.exporter.task.is_running():
            return
        chosen = self.exporter.choose_file()
        if chosen is not None:
            self.export_button.setEnabled(False)
            self.exporter.start(self.model.filter, self.model.sort_order, *chosen)

    def _exported(self, result) -> None:
        self.export_button.setEnabled(True)
        if result is None:
            return
        if result.cancelled:
            self.message.emit(self.tr("Export cancelled; no file was written"))
        else:
            self.message.emit(self.tr("Exported %1 complaints to %2")
                              .replace("%1", f"{result.rows:,}").replace("%2", str(result.path)))

    def _show_count(self) -> None:
        if self.model.busy:
            self.count_label.setText(self.tr("Searching…"))
        else:
            self.count_label.setText(self.tr("%n complaint(s) found", "", self.model.total))

    def select_complaint(self, complaint_id: int) -> bool:
        """Select a complaint's row (from the map); False when the filter hides it."""
        position = register.row_position(self._db, self._office.id, self.model.filter,
                                         self.model.sort_order, complaint_id)
        if position is None or position >= self.model.rowCount():
            return False
        index = self.model.index(position, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _open(self, index: QModelIndex) -> None:
        complaint_id = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        if complaint_id is not None:
            self.open_receipt(complaint_id)

    def open_receipt(self, complaint_id: int) -> ReceiptDialog:
        return self._receipts.open(complaint_id)

    def receipt_dialog(self) -> ReceiptDialog | None:
        return self._receipts.current()
