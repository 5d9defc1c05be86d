"""Counter intake: log a walk-in complaint from the keyboard and hand over the receipt."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.services import (
    category_fields,
    complaints,
    intake,
    receipts,
    reference,
    traffy_sync,
    workstation,
)
from fondue_desk.services.views import ComplaintView, OfficeView, UserView

from ..dialogs.receipt_dialog import remembered_variant
from ..printing import PrintOutcome, outcome_text, print_pdf, start_print
from ..style import BADGE, FIELD_ERROR, HINT, PAGE_TITLE, PRIMARY_BUTTON
from ..template_problems import problems_text
from ..widgets.enter_submits import ENTER_KEYS, EnterSubmits
from ..widgets.message_bar import MessageBarWidget
from .intake_clearing import ClearWithUndo
from .intake_form import IntakeFormWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog

    from fondue_desk.services.bootstrap import Database



class IntakePage(QWidget):
    complaint_logged = Signal(object)  # ComplaintView
    message = Signal(str)  # short feedback for the status bar

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._last_complaint: ComplaintView | None = None
        self._print_dialog: QPrintDialog | None = None
        self._template_problems: list = []  # met while filling the last receipt's notes

        self.form = IntakeFormWidget(
            reference.active_categories(db, office.id), reference.villages(db, office.id), self)
        self.form.fields_loader = lambda: category_fields.office_fields(db, office.id)
        self.form.set_category_fields(self.form.fields_loader())
        self.refresh_traffy(office.id)
        self.save_button = QPushButton(self.tr("Save and print receipt"), self)
        self.save_button.setObjectName(PRIMARY_BUTTON)
        self.save_button.setToolTip(self.tr("Enter"))
        self.form.duplicates.attach(db, user.id, self.save_button)
        self.today_label = QLabel(self)
        self.today_label.setObjectName(BADGE)
        self.undo_bar = MessageBarWidget(self)
        self.clearing = ClearWithUndo(self.form, self.undo_bar, self)
        self.complaint_logged.connect(self.clearing.forget)
        self._build_layout()
        QWidget.setTabOrder(self.form.tab_chain()[-1], self.save_button)

        self.save_button.clicked.connect(self.save)
        # QPlainTextEdit takes Enter for itself; a filter decides before it sees the key.
        self._enter_submits = EnterSubmits(self.form.description, self.save, self)
        self.form.custom_fields.enter_pressed.connect(self.save)
        reprint = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        reprint.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reprint.activated.connect(self.reprint_last)
        with_options = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        with_options.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        with_options.activated.connect(self.print_last_with_options)
        self.refresh_today_count()

    def _build_layout(self) -> None:
        title = QLabel(self.tr("New complaint"), self)
        title.setObjectName(PAGE_TITLE)
        keys = QLabel(self.tr("Enter: save and print · Esc: clear the form · Ctrl+P: reprint "
                              "the last receipt · Ctrl+Shift+P: print with options"), self)
        keys.setWordWrap(True)
        keys.setObjectName(HINT)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(keys, 1)
        header.addWidget(self.today_label)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from Save back to the form
        scroll.setWidget(self.form)

        self.print_status = QLabel(self)  # the last receipt's print, until the next one
        self.print_status.setObjectName(HINT)
        self.print_status.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.print_status, 1)
        footer.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.undo_bar)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)


    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Line edits, combos, the checkbox and the button leave Enter and Esc unhandled, so
        # they bubble up to here from whichever field has focus.
        if event.key() in ENTER_KEYS:
            self.save()
        elif event.key() == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)

    # ----------------------------------------------------------------- actions
    def save(self) -> ComplaintView | None:
        if self._stopped():
            return None
        data, local_errors = self.form.collect()
        if local_errors:
            self._show_errors(local_errors + self._service_errors(data, local_errors))
            return None
        try:
            complaint = intake.log_complaint(self._db, self._user.id, data)
        except InvalidInput as exc:
            self._show_errors(list(exc.errors))
            return None
        self._last_complaint = complaint
        self.form.clear()
        self.form.category.setFocus()
        self.refresh_today_count()
        self.message.emit(self.tr("Logged %1").replace("%1", complaint.tracking_no))
        self.complaint_logged.emit(complaint)
        self.print_receipt(complaint)
        return complaint

    def _service_errors(self, data, already: list[FieldError]) -> list[FieldError]:
        """The service's verdict on the rest, so the clerk fixes everything in one go."""
        try:
            intake.validate(self._db, self._user.id, data)
        except InvalidInput as exc:
            flagged = {error.field for error in already}
            return [error for error in exc.errors if error.field not in flagged]
        return []

    def _show_errors(self, errors: list[FieldError]) -> None:
        first = self.form.show_errors(errors)
        (first or self.form.category).setFocus()

    def _stopped(self) -> bool:
        """A picked choice says "do not log this, act now" (its notice is already in the
        red bar): nothing is saved, and the cursor goes back to that answer."""
        stop = self.form.custom_fields.stop()
        if stop is None:
            return False
        definition, _choice = stop
        self.form.custom_fields.editor(definition.code).widget.setFocus()
        self.message.emit(self.form.custom_fields.stop_text().split("\n")[0])
        return True

    def refresh_traffy(self, office_id: int) -> None:
        setup = traffy_sync.settings(self._db, office_id)
        self.form.set_traffy(setup.enabled, setup.send_by_default)

    def clear(self) -> bool:
        """Esc: empty the form, undoably (the bar, Ctrl+Z); an empty form is left alone."""
        if not self.clearing.clear():
            return False
        self.form.category.setFocus()
        return True

    # ----------------------------------------------------------------- printing
    def print_receipt(self, complaint: ComplaintView) -> None:
        """Enter's "and print": straight to this PC's receipt printer; when it asks every
        time (or its printer is gone), the print dialog opens and the form is already free."""
        pdf, title = self._receipt(complaint)
        self.print_status.clear()
        self._print_dialog = start_print(
            pdf, self, title, kind=workstation.RECEIPT,
            finished=lambda outcome: self._receipt_printed(complaint, outcome))

    def print_dialog(self) -> QPrintDialog | None:
        """The print dialog Enter opened, while it is open."""
        return self._print_dialog

    def _receipt(self, complaint: ComplaintView) -> tuple[bytes, str]:
        pdf, self._template_problems = receipts.receipt_pdf_checked(
            self._db, complaint.id, variant=remembered_variant())
        return pdf, self.tr("Receipt %1").replace("%1", complaint.tracking_no)

    def _receipt_printed(self, complaint: ComplaintView, outcome: PrintOutcome) -> None:
        self._print_dialog = None
        text = self.tr("Receipt %1: %2").replace("%1", complaint.tracking_no).replace(
            "%2", outcome_text(outcome))
        if not outcome.printed:
            text += " " + self.tr("Ctrl+P prints it again.")
        if self._template_problems:
            text += " " + problems_text(self._template_problems)
        self.print_status.setText(text)
        self.print_status.setObjectName(HINT if outcome.printed else FIELD_ERROR)
        self.print_status.style().polish(self.print_status)
        self.message.emit(text)

    def last_complaint(self) -> ComplaintView | None:
        return self._last_complaint

    def reprint_last(self, *, with_options: bool = False) -> bool:
        """Print the last receipt again (the citizen lost it, or the printer jammed)."""
        complaint = self._last_complaint
        if complaint is None:
            self.message.emit(self.tr("Nothing to reprint yet."))
            return False
        pdf, title = self._receipt(complaint)
        outcome = print_pdf(pdf, self, title, kind=workstation.RECEIPT,
                            with_options=with_options)
        self._receipt_printed(complaint, outcome)
        return outcome.printed

    def print_last_with_options(self) -> bool:
        """Ctrl+Shift+P: the last receipt through the print dialog (another printer, copies)."""
        return self.reprint_last(with_options=True)

    def refresh_today_count(self) -> None:
        count = complaints.count_received_today(self._db, self._user.id)
        self.today_label.setText(self.tr("Logged today: %n", "", count))
