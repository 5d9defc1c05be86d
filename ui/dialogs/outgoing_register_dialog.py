"""The outgoing letters register (ทะเบียนหนังสือส่ง): a year's letters, searched and printed.

From here the office prints the register itself for its files, a chosen few letters again, or
every letter dated today in one job (the mayor signs a day's letters in one sitting).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fondue_desk.domain.errors import FondueError
from fondue_desk.domain.numbers import format_count
from fondue_desk.services import letters
from fondue_desk.services.views import OfficeView, UserView

from ..messages import error_text
from ..models.outgoing_register_model import (
    ID_ROLE,
    LETTER_ROLE,
    OutgoingRegisterModel,
    RegisterSearchProxy,
)
from ..style import HINT, PAGE_TITLE, PRIMARY_BUTTON
from ..tasks import BackgroundTask
from ..widgets.screen_fit import resize_within_screen
from .dialog_slot import DialogSlot
from .letter_preview_dialog import LetterPreviewDialog
from .pdf_job_dialog import PdfJobDialog

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

COLUMN_WIDTHS = (64, 130, 110, 210, 250, 150)


_running: set[BackgroundTask] = set()  # tasks outliving a closed dialog

class RegisterPreviewDialog(PdfJobDialog):
    """The printed register of one year: landscape A4, every page headed."""

    def __init__(self, db: Database, office: OfficeView, year_be: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._year = year_be
        self.setWindowTitle(self.tr("Outgoing letters register %1").replace("%1", str(year_be)))
        self.busy_label.setText(self.tr("Preparing the register…"))
        resize_within_screen(self, 1100, 820)
        office_id = office.id
        # A year's register runs to dozens of pages: always made off the GUI thread.
        self.render_pdf(lambda: letters.register_pdf(db, office_id, year_be), background=True)

    def default_file_name(self) -> str:
        return self.tr("outgoing-register-%1.pdf").replace("%1", str(self._year))


class OutgoingRegisterDialog(QDialog):
    message = Signal(str)

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._user = user
        self._previews: DialogSlot[PdfJobDialog] = DialogSlot(self)
        self.setWindowTitle(self.tr("Outgoing letters register"))
        resize_within_screen(self, 1180, 720)

        self.year = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search number, recipient, subject or "
                                               "tracking no.…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(HINT)
        self.status_label = QLabel(self)
        self.status_label.setObjectName(HINT)
        self.status_label.setWordWrap(True)
        self.model = OutgoingRegisterModel(self)
        self.proxy = RegisterSearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self._setup_table()
        self.print_register_button = QPushButton(self.tr("Print register"), self)
        self.print_register_button.setToolTip(self.tr("The whole register of the chosen year"))
        self.print_selected_button = QPushButton(self.tr("Print selected letters"), self)
        self.print_today_button = QPushButton(self.tr("Print all of today's letters"), self)
        self.print_today_button.setObjectName(PRIMARY_BUTTON)
        self.print_today_button.setToolTip(self.tr("Every letter dated today, in one print job"))
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.print_register_button, self.print_selected_button,
                       self.print_today_button, self.close_button):
            # Enter in the table previews the letter; it must not press a button as well.
            button.setAutoDefault(False)
        self._build_layout()
        self._generation = 0
        self._task: BackgroundTask | None = None

        for year in letters.register_years(db, office.id):
            self.year.addItem(self.tr("B.E. %1").replace("%1", str(year)), year)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(self._search)
        self.print_register_button.clicked.connect(self.print_register)
        self.print_selected_button.clicked.connect(self.print_selected)
        self.print_today_button.clicked.connect(self.print_today)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        self.reload()
        self.search.setFocus()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):  # never narrower than its title
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        table.activated.connect(self._open_row)
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Outgoing letters register"), self)
        title.setObjectName(PAGE_TITLE)
        year_label = QLabel(self.tr("Year:"), self)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(year_label)
        header.addWidget(self.year)
        header.addSpacing(12)
        header.addWidget(self.search, 1)
        header.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_register_button)
        buttons.addWidget(self.print_selected_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_today_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # ----------------------------------------------------------------- showing
    def current_year(self) -> int | None:
        return self.year.currentData()

    def reload(self) -> None:
        """Read the chosen year off the GUI thread: a busy office's year is many thousands."""
        year = self.current_year()
        self._generation += 1
        generation = self._generation
        if year is None:
            self._show_letters(generation, [])
            return
        self.count_label.setText(self.tr("Loading…"))
        db, office_id = self._db, self._office.id
        # No parent: closing the dialog mid-read must not destroy a running thread (that ends
        # the process); the module keeps the task until it is done.
        task = BackgroundTask(lambda _progress, _cancelled: letters.register(db, office_id, year))
        task.succeeded.connect(lambda rows: self._show_letters(generation, rows))
        task.failed.connect(lambda error: self._load_failed(generation, error))
        task.finished.connect(lambda: _running.discard(task))
        _running.add(task)
        self._task = task
        task.start()

    def is_loading(self) -> bool:
        return self._task is not None and self._task.is_running()

    def _show_letters(self, generation: int, rows: list) -> None:
        if not isValid(self) or generation != self._generation:
            return  # closed, or another year was chosen meanwhile
        self.model.set_letters(rows)
        self.table.scrollToBottom()  # number order, newest last: the letters asked about most
        self._show_count()
        self._selection_changed()

    def _load_failed(self, generation: int, error: object) -> None:
        if isValid(self) and generation == self._generation:
            self._show_letters(generation, [])
            self.message.emit(error_text(error) if isinstance(error, FondueError)
                              else str(error))

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n letter(s)", "", total))
        else:
            self.count_label.setText(self.tr("%1 of %2 letters").replace("%1", format_count(shown))
                                     .replace("%2", format_count(total)))
        self.print_register_button.setEnabled(total > 0)

    def shown_letters(self) -> list:
        """The letters the table shows, top to bottom (OutgoingLetterView)."""
        return [self.proxy.index(row, 0).data(LETTER_ROLE) for row in range(self.proxy.rowCount())]

    def selected_letters(self) -> list:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(LETTER_ROLE) for row in rows]

    def _selection_changed(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.print_selected_button.setEnabled(count > 0)
        self.print_selected_button.setText(
            self.tr("Print selected letters (%1)").replace("%1", format_count(count)) if count
            else self.tr("Print selected letters"))

    # ----------------------------------------------------------------- printing
    def _show_preview(self, dialog: PdfJobDialog) -> PdfJobDialog:
        return self._previews.open(dialog)

    @property
    def preview(self) -> PdfJobDialog | None:
        return self._previews.current()

    def print_register(self) -> PdfJobDialog | None:
        year = self.current_year()
        if year is None or not self.model.rowCount():
            return None
        return self._show_preview(RegisterPreviewDialog(self._db, self._office, year, self))

    def print_selected(self) -> PdfJobDialog | None:
        chosen = sorted(self.selected_letters(), key=lambda letter: letter.seq)
        if not chosen:
            return None
        return self._letters(chosen, None)

    def print_today(self) -> PdfJobDialog | None:
        ids = letters.letters_of_day(self._db, self._office.id)
        if not ids:
            text = self.tr("No letters are dated today.")
            self.status_label.setText(text)
            self.message.emit(text)
            return None
        self.status_label.clear()
        title = self.tr("Today's letters (%n)", "", len(ids))
        dialog = LetterPreviewDialog(self._db, self._office, ids, self, title)
        return self._show_preview(dialog)

    def _letters(self, chosen: list, title: str | None) -> PdfJobDialog:
        dialog = LetterPreviewDialog(self._db, self._office, [v.id for v in chosen], self, title,
                                     numbers=[v.document_no for v in chosen])
        return self._show_preview(dialog)

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(ID_ROLE) is not None:
            self._letters([index.data(LETTER_ROLE)], None)
