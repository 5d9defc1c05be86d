"""File → Import from Traffy Fondue…: choose a file, answer what the desk cannot decide
alone, import, see what came in.

The file is read twice, both times off the GUI thread: once to plan (nothing written: counts,
unmapped types, unknown states, ambiguous dates, bad rows) and once to import. The answers
become the office's mapping before the import, so the next file asks only about what is new.
A cancelled import writes nothing (the core's promise), and the dialog says so.
"""
from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import InvalidInput
from fondue_desk.services import reference

from ..labels import category_name
from ..messages import error_text, field_error_text
from ..style import HINT, PAGE_TITLE, PRIMARY_BUTTON
from ..tasks import BackgroundTask
from ..widgets.screen_fit import resize_within_screen
from . import import_core
from .review_page import ReviewPage

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database
    from fondue_desk.services.views import OfficeView, UserView

LAST_FOLDER_KEY = "traffy/last_folder"
CHOOSE, REVIEW, RESULT = range(3)


class TraffyImportDialog(QDialog):
    imported = Signal(object)  # the core's ImportResult, once something may have been written
    plan_ready = Signal(object)  # ImportPlan, for tests and the review page
    cancelled = Signal(str)  # "plan" or "import"
    task_failed = Signal(str)  # the words shown

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._user = user
        self._path: Path | None = None
        self.plan = None
        self.result = None
        self.task: BackgroundTask | None = None
        self._task_kind = ""
        self._cancel_asked = False
        self.setWindowTitle(self.tr("Import from Traffy Fondue"))

        title = QLabel(self.tr("Import from Traffy Fondue"))
        title.setObjectName(PAGE_TITLE)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.review = ReviewPage(self._categories(), import_core.remembers_answers(user.role))
        self.review.answers_changed.connect(self._update_buttons)
        self.review.save_report_button.clicked.connect(self.save_report)
        self.pages.addWidget(self.review)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.pages.addWidget(self.result_label)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName(HINT)
        self.busy_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_task)
        busy = QHBoxLayout()
        busy.addWidget(self.busy_label)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.busy = QWidget()
        self.busy.setLayout(busy)
        self.busy.hide()

        self.another_button = QPushButton(self.tr("Choose another &file…"))
        self.another_button.clicked.connect(self.choose_file)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName(PRIMARY_BUTTON)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+O"), self, self.choose_file)
        resize_within_screen(self, 1180, 680)
        self._show_page(CHOOSE)

    # -- pages ------------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget()
        text = QLabel(self.tr(
            "Choose a file exported from Traffy Fondue (the public dataset or your agency's "
            "download, CSV). The desk first reads it and shows what it would do; nothing is "
            "written until you press Import. Tickets already imported are updated, never "
            "duplicated, and work done here is kept."))
        text.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName(PRIMARY_BUTTON)
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_buttons()
        if index == CHOOSE:
            self.choose_button.setFocus()
        elif index == REVIEW:
            self.review.focus_first_question()
        else:
            self.close_button.setFocus()

    def _update_buttons(self) -> None:
        busy = self.task is not None
        page = self.pages.currentIndex()
        self.import_button.setVisible(page == REVIEW)
        self.another_button.setVisible(page != CHOOSE)
        ready = page == REVIEW and not busy and self.review.all_answered()
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)
        self.import_button.setToolTip(
            "" if ready or page != REVIEW else self.tr("Answer every question above first."))
        self.another_button.setEnabled(not busy)
        self.choose_button.setEnabled(not busy)
        self.review.setEnabled(not busy)

    def _categories(self) -> list[tuple[int, str]]:
        return [(c.id, category_name(c.name_th, c.name_en))
                for c in reference.active_categories(self._db, self._office.id)]

    # -- step 1: the file and its plan ---------------------------------------------------------

    def choose_file(self) -> None:
        if self.task is not None:
            return
        folder = QSettings().value(LAST_FOLDER_KEY, str(Path.home()))
        name, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Traffy Fondue export"), str(folder),
            self.tr("CSV files (*.csv);;All files (*)"))
        if not name:
            return
        QSettings().setValue(LAST_FOLDER_KEY, str(Path(name).parent))
        self.plan_file(Path(name))

    def plan_file(self, path: Path) -> BackgroundTask:
        """Read `path` and show what importing it would do (off the GUI thread)."""
        self._path = Path(path)
        self.plan = None
        db, office_id = self._db, self._office.id

        def work(progress, is_cancelled):
            return import_core.plan(db, office_id, self._path, progress, is_cancelled)

        return self._run("plan", work, self.tr("Reading %1…").replace("%1", self._path.name))

    def show_plan(self, plan, path: Path | None = None) -> None:
        """Show what importing the file (`path`, else the one just read) would do."""
        if path is not None:
            self._path = Path(path)
        self.plan = plan
        self.review.show_plan(plan, self._path)
        # The combos are made after the buttons; without this Tab would reach them last.
        chain = [*self.review.focus_chain(), self.import_button, self.close_button,
                 self.another_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.message.setText("")
        self._show_page(REVIEW)
        self.plan_ready.emit(plan)

    # -- step 2: import ----------------------------------------------------------------------------

    def start_import(self) -> BackgroundTask | None:
        if self.task is not None or self.plan is None or not self.review.all_answered():
            return None
        db, actor_id, role, path = self._db, self._user.id, self._user.role, self._path
        types, states = self.review.type_answers(), self.review.state_answers()
        date_order = self.review.date_order() or self.plan.date_order

        def work(progress, is_cancelled):
            return import_core.apply(db, actor_id, role, path, types, states, date_order,
                                     progress, is_cancelled)

        return self._run("import", work, self.tr("Importing…"))

    def _imported(self, result) -> None:
        self.result = result
        self.result_label.setText(import_core.result_text(result))
        self._show_page(RESULT)
        self.imported.emit(result)

    def save_report(self) -> Path | None:
        if self.plan is None:
            return None
        folder = QSettings().value(LAST_FOLDER_KEY, str(Path.home()))
        suggested = Path(str(folder)) / self.tr("traffy-bad-rows.csv")
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the report of rows left out"), str(suggested),
            self.tr("CSV files (*.csv)"))
        if not name:
            return None
        path = Path(name)
        try:
            import_core.write_report(self.plan, path)
        except OSError as exc:
            self.message.setText(self.tr("The report could not be saved: %1").replace(
                "%1", exc.strerror or str(exc)))
            return None
        self.message.setText(self.tr("Report saved: %1").replace("%1", str(path)))
        return path

    # -- background work ---------------------------------------------------------------------------

    def _run(self, kind: str, work, label: str) -> BackgroundTask:
        self.task = task = BackgroundTask(work, self)
        self._task_kind, self._cancel_asked = kind, False
        self.busy_label.setText(label)
        self.progress.setRange(0, 0)  # busy until the first figure comes
        self.cancel_button.setEnabled(True)
        self.busy.show()
        self.message.setText("")
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        self._update_buttons()
        self.cancel_button.setFocus()
        task.start()
        return task

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def cancel_task(self) -> None:
        if self.task is None:
            return
        self._cancel_asked = True
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.busy_label.setText(
            self.tr("Stopping… nothing will be written.") if self._task_kind == "import"
            else self.tr("Stopping…"))

    def _end_task(self) -> str:
        kind = self._task_kind
        self.task.deleteLater()
        self.task = None
        self.busy.hide()
        return kind

    def _succeeded(self, value) -> None:
        was_cancelled = self._cancel_asked
        kind = self._end_task()
        if was_cancelled and (kind == "plan" or getattr(value, "cancelled", False)):
            self._was_cancelled(kind)
        elif kind == "plan":
            self.show_plan(value)
        else:
            self._imported(value)

    def _failed(self, error: object) -> None:
        was_cancelled = self._cancel_asked
        kind = self._end_task()
        if was_cancelled or import_core.is_cancellation(error):
            self._was_cancelled(kind)
            return
        words = error_text(error) if isinstance(error, Exception) else str(error)
        if isinstance(error, InvalidInput):  # the mapping refused: each answer's reason
            words = "\n".join(field_error_text(e) for e in error.errors)
        elif isinstance(error, OSError):
            words = self.tr("The file could not be read: %1").replace(
                "%1", error.strerror or str(error))
        self.message.setText(words)
        self._show_page(self.pages.currentIndex())
        self.task_failed.emit(words)

    def _was_cancelled(self, kind: str) -> None:
        if kind == "import":
            self.message.setText(self.tr("Import cancelled: nothing was written."))
            self._show_page(REVIEW)
        else:
            self.message.setText(self.tr("Reading cancelled."))
            self._show_page(CHOOSE if self.plan is None else REVIEW)
        self.cancelled.emit(kind)

    def reject(self) -> None:
        """Esc while working stops the work first; a second Esc (or Close) then closes."""
        if self.task is not None:
            self.cancel_task()
            return
        super().reject()
