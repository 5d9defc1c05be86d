"""The executive's sign-off: finished work waiting for a signature, with the evidence beside it.

The mayor ticks the jobs that are really done and approves them in one go (they close, and
each named complainant gets a numbered closure letter), or sends them back to the crew with a
reason. Ticks say what is decided; the highlighted row is only what the evidence pane shows.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from fondue_desk.domain.numbers import format_count
from fondue_desk.domain.permissions import Action, can
from fondue_desk.domain.statuses import Status
from fondue_desk.services import signoff
from fondue_desk.services.signoff import Decision
from fondue_desk.services.signoff_queue import decisions, signoff_queue
from fondue_desk.services.views import OfficeView, UserView

from ..dialogs.dialog_slot import DialogSlot
from ..dialogs.letter_preview_dialog import LetterPreviewDialog
from ..dialogs.outgoing_register_dialog import OutgoingRegisterDialog
from ..dialogs.return_dialog import ReturnDialog
from ..labels import status_badge_style, status_label
from ..messages import error_text, field_error_text
from ..models.signoff_queue_model import ID_ROLE, SignOffQueueModel
from ..style import BADGE, HINT, PAGE_TITLE
from ..widgets.signoff_banner import SignOffBanner
from ..widgets.signoff_evidence import SignOffEvidenceWidget
from ..widgets.signoff_summary import SignOffSummaryWidget
from ..widgets.signoff_table import SignOffTableView, ask, reading_font

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

APPROVE_BUTTON, RETURN_BUTTON = "approveButton", "returnButton"
PAGE_STYLE = f"""
QPushButton#{APPROVE_BUTTON} {{
    background: #2e7d32; color: white; border: none; border-radius: 6px;
    font-size: 14pt; font-weight: bold; padding: 10px 26px;
}}
QPushButton#{APPROVE_BUTTON}:hover {{ background: #1b5e20; }}
QPushButton#{APPROVE_BUTTON}:focus {{ border: 2px solid #f2b705; }}
QPushButton#{APPROVE_BUTTON}:disabled {{ background: #b7cfb8; color: #eef5ee; }}
QPushButton#{RETURN_BUTTON} {{
    background: #f2a900; color: #2b1d00; border: none; border-radius: 6px;
    font-size: 13pt; font-weight: bold; padding: 10px 20px;
}}
QPushButton#{RETURN_BUTTON}:hover {{ background: #d99700; }}
QPushButton#{RETURN_BUTTON}:focus {{ border: 2px solid #1d5fa8; }}
QPushButton#{RETURN_BUTTON}:disabled {{ background: #efdcb0; color: #9c8a63; }}
QTableView::indicator {{ width: 20px; height: 20px; }}
QCheckBox#selectAll {{ font-size: 12pt; font-weight: bold; }}
QCheckBox#selectAll::indicator {{ width: 20px; height: 20px; }}
"""


class SignOffPage(QWidget):
    message = Signal(str)
    complaint_changed = Signal(int)    # approved (closed) or sent back
    complaint_requested = Signal(int)  # open this complaint in the register

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._user = user
        self.may_sign = can(user.role, Action.SIGN_OFF)
        self.last_decision: Decision | None = None
        self.letters_slot: DialogSlot[LetterPreviewDialog] = DialogSlot(self)
        self.return_slot: DialogSlot[ReturnDialog] = DialogSlot(self)
        self.register_slot: DialogSlot[OutgoingRegisterDialog] = DialogSlot(self)
        self.setStyleSheet(PAGE_STYLE)

        self.count_badge = QLabel(self)
        self.count_badge.setObjectName(BADGE)
        # The queue's status in the office's own name and colour (Settings → Statuses).
        self.status_badge = QLabel(self)
        self.status_badge.setToolTip(self.tr("The status of every complaint in this queue"))
        self.register_button = QPushButton(self.tr("Outgoing letters register…"), self)
        self.register_button.setToolTip(self.tr("Every numbered letter; print today's letters"))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read the queue again (F5)"))
        self.banner = SignOffBanner(self)
        self.model = SignOffQueueModel(self)
        self.model.checkable = self.may_sign
        self.table = SignOffTableView(self.model, self)
        self.select_all = QCheckBox(self.tr("Select all"), self)
        self.select_all.setObjectName("selectAll")
        self.keys_hint = QLabel(self.tr("Space: tick · Ctrl+A: tick all · Enter: photos full "
                                        "size"), self)
        self.keys_hint.setObjectName(HINT)
        self.read_only_hint = QLabel(self.tr("Only the executive signs off work; this list is "
                                             "for reading."), self)
        self.read_only_hint.setObjectName(HINT)
        self.read_only_hint.setWordWrap(True)
        self.return_button = QPushButton(self.tr("Send back to the crew…"), self)
        self.return_button.setObjectName(RETURN_BUTTON)
        self.return_button.setToolTip(self.tr("Not done properly: the ticked jobs go back to "
                                              "their crew with your reason"))
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName(APPROVE_BUTTON)
        self.approve_button.setToolTip(self.tr("Close the ticked jobs and number a closure "
                                               "letter for each named complainant"))
        self.evidence = SignOffEvidenceWidget(db, self)
        self.evidence.set_large_font(reading_font(self))
        self.summary = SignOffSummaryWidget(self)
        self.empty = self._empty_state()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._queue_area())
        self.stack.addWidget(self.empty)
        self._build_layout()
        self._connect()
        self._apply_role()
        self.reload()

    # ----------------------------------------------------------------- building
    def _empty_state(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addStretch(2)
        self.empty_title = QLabel(self.tr("No work awaiting sign-off"), page)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title.setStyleSheet("font-size: 20pt; font-weight: bold; color: #2e7d32;")
        text = QLabel(self.tr("Jobs the crews report as done appear here for your signature."),
                      page)
        text.setObjectName(HINT)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setStyleSheet("font-size: 12pt;")
        column.addWidget(self.empty_title)
        column.addWidget(text)
        column.addStretch(3)
        return page

    def _queue_area(self) -> QWidget:
        left = QWidget(self)
        ticks = QHBoxLayout()
        ticks.addWidget(self.select_all)
        ticks.addSpacing(12)
        ticks.addWidget(self.keys_hint, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.read_only_hint, 1)
        actions.addWidget(self.return_button)
        actions.addSpacing(8)
        actions.addWidget(self.approve_button)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(ticks)
        column.addWidget(self.table, 1)
        column.addWidget(self.summary)
        column.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.evidence)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 480])
        self.splitter.setChildrenCollapsible(False)
        return self.splitter

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Sign-off"), self)
        title.setObjectName(PAGE_TITLE)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.count_badge)
        header.addWidget(self.status_badge)
        header.addStretch(1)
        header.addWidget(self.register_button)
        header.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.model.checked_changed.connect(lambda _n: self._ticks_changed())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.toggle_requested.connect(self._toggle_row)
        self.table.evidence_requested.connect(self.open_evidence)
        self.select_all.clicked.connect(lambda _checked: self.tick_all(
            not self.model.all_checked()))
        self.approve_button.clicked.connect(self.approve_ticked)
        self.return_button.clicked.connect(self.open_return_dialog)
        self.refresh_button.clicked.connect(self.reload)
        self.register_button.clicked.connect(self.open_register)
        self.banner.letters_requested.connect(self.open_letters)
        self.evidence.complaint_requested.connect(self.complaint_requested)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll), self,
                  lambda: self.tick_all(True), context=context)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload,
                  context=context)

    def _apply_role(self) -> None:
        for widget in (self.approve_button, self.return_button, self.select_all):
            widget.setVisible(self.may_sign)
        self.keys_hint.setVisible(self.may_sign)
        self.summary.setVisible(self.may_sign)  # only the executive's office words letters
        self.read_only_hint.setVisible(not self.may_sign)

    # ----------------------------------------------------------------- showing
    def showEvent(self, event) -> None:  # noqa: N802  (Qt override)
        # Crews report work done all day from other desks: read the queue whenever it is shown
        # (the main window does not read hidden pages after every change).
        if not event.spontaneous():
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the queue again, keeping the ticks and the highlighted complaint."""
        shown = self.evidence.item()
        self.model.set_items(signoff_queue(self._db, self._office.id))
        self.summary.keep_only(self.model.item_at(r).id for r in range(self.model.rowCount()))
        count = self.model.rowCount()
        self.count_badge.setText(self.tr("%n awaiting", "", count))
        self.count_badge.setVisible(count > 0)
        self.status_badge.setText(status_label(Status.AWAITING_SIGNOFF))
        self.status_badge.setStyleSheet(status_badge_style(Status.AWAITING_SIGNOFF))
        self.stack.setCurrentWidget(self.empty if count == 0 else self.splitter)
        row = self.model.row_of(shown.id) if shown is not None else -1
        if count:
            self.table.setCurrentIndex(self.model.index(max(row, 0), 0))
        else:
            self.evidence.show_item(None, [])
        self._ticks_changed()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current.row()) if current.isValid() else None
        self.summary.show_item(item)
        if item is None:
            self.evidence.show_item(None, [])
            return
        self.evidence.show_item(item, decisions(self._db, item.id))

    def _ticks_changed(self) -> None:
        count = self.model.checked_count()
        self.approve_button.setText(self.tr("Approve (%1)").replace("%1", format_count(count)))
        self.approve_button.setEnabled(self.may_sign and count > 0)
        self.return_button.setEnabled(self.may_sign and count > 0)
        self.select_all.setChecked(self.model.all_checked())

    def _toggle_row(self, row: int) -> None:
        if self.may_sign:
            self.model.toggle(row)

    def tick_all(self, ticked: bool = True) -> None:
        if self.may_sign:
            self.model.set_all_checked(ticked)

    def tick(self, complaint_ids) -> None:
        """Tick these complaints (and only these)."""
        wanted = set(complaint_ids)
        self.model.set_all_checked(False)
        self.model.set_checked([r for r in range(self.model.rowCount())
                                if self.model.index(r, 0).data(ID_ROLE) in wanted], True)

    def open_evidence(self, row: int) -> QWidget | None:
        """Enter on a row: its before and after photos full size, else the pane's details."""
        if row != self.table.currentIndex().row():
            self.table.setCurrentIndex(self.model.index(row, 0))
        viewer = self.evidence.open_comparison()
        if viewer is None:
            self.evidence.setFocus()
        return viewer

    # ----------------------------------------------------------------- deciding
    def approve_ticked(self) -> Decision | None:
        items = self.model.checked_items()
        if not self.may_sign or not items:
            return None
        named = sum(1 for item in items if item.complainant_name)
        detail = (self.tr("%n closure letter(s) will be numbered in the outgoing register.",
                          "", named) if named
                  else self.tr("No letter will be written: the complaints are anonymous."))
        question = self.tr("Approve and close %n complaint(s)?", "", len(items))
        if not ask(self, self.tr("Approve"), f"{question}\n\n{detail}", self.tr("Approve")):
            return None
        try:
            ids = [i.id for i in items]
            decision = signoff.approve(self._db, self._user.id, ids,
                                       summaries=self.summary.summaries(ids),
                                       expected_statuses=dict.fromkeys(
                                           ids, Status.AWAITING_SIGNOFF.value))
        except InvalidInput as exc:
            if not self._summary_refused(exc):
                self._refused(field_error_text(exc.errors[0]))
            return None
        except (Conflict, NotFound, PermissionDenied) as exc:
            self._refused(error_text(exc))
            self.reload()
            return None
        self.last_decision = decision
        self.banner.show_approval(decision)
        self.message.emit(self.banner.text())
        self._decided(decision)
        return decision

    def open_return_dialog(self) -> ReturnDialog | None:
        items = self.model.checked_items()
        if not self.may_sign or not items:
            return None
        dialog = ReturnDialog(self._db, self._user, items, self)
        dialog.accepted.connect(lambda: self._returned(dialog))
        return self.return_slot.open(dialog, window_modal=True)

    def _returned(self, dialog: ReturnDialog) -> None:
        if dialog.decision is None:
            return
        self.last_decision = dialog.decision
        self.banner.show_return(dialog.decision)
        self.message.emit(self.banner.text())
        self._decided(dialog.decision)

    def _decided(self, decision: Decision) -> None:
        self.reload()
        for complaint in decision.complaints:
            self.complaint_changed.emit(complaint.id)

    def _summary_refused(self, exc: InvalidInput) -> bool:
        """A summary the core refused: show that complaint, the words under its box."""
        error = exc.errors[0]
        tracking_no = error.params.get("tracking_no")
        if error.field != "summary" or not tracking_no:
            return False
        row = next((r for r in range(self.model.rowCount())
                    if self.model.item_at(r).tracking_no == tracking_no), -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        text = field_error_text(error)
        self.summary.show_error(f"{tracking_no}: {text}")
        self.message.emit(text)
        return True

    def _refused(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Not signed"), text)
        self.message.emit(text)

    # ----------------------------------------------------------------- letters
    def open_letters(self) -> LetterPreviewDialog | None:
        """Preview and print the letters the last approval numbered."""
        letters = self.last_decision.letters if self.last_decision else []
        if not letters:
            return None
        return self.letters_slot.open(LetterPreviewDialog(
            self._db, self._office, [x.id for x in letters], self,
            numbers=[x.document_no for x in letters]))

    def open_register(self) -> OutgoingRegisterDialog:
        dialog = OutgoingRegisterDialog(self._db, self._office, self._user, self)
        dialog.message.connect(self.message)
        return self.register_slot.open(dialog)

    @property
    def letter_dialog(self) -> LetterPreviewDialog | None:
        return self.letters_slot.current()

    @property
    def return_dialog(self) -> ReturnDialog | None:
        return self.return_slot.current()
