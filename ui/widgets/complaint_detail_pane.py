"""One complaint in full, beside the register: every field, photos, history and the actions."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.documents.thai_text import unbreakable
from fondue_desk.domain.calendar import today_thai
from fondue_desk.domain.national_id import mask_national_id
from fondue_desk.domain.permissions import Action, JobAction, can
from fondue_desk.domain.phone import format_phone
from fondue_desk.domain.statuses import OPEN_STATUSES, Status
from fondue_desk.services import reference, traffy_sync
from fondue_desk.services.complaint_detail import ComplaintDetail, complaint_detail
from fondue_desk.services.places import find_place
from fondue_desk.services.views import ComplaintView, OfficeView, UserView
from fondue_desk.services.workflow import next_statuses

from ..dates import shown_date, shown_datetime
from ..dialogs.edit_complaint_dialog import EditComplaintDialog
from ..dialogs.forward_dialog import ForwardDialog
from ..dialogs.receipt_dialog import ReceiptOpener
from ..dialogs.status_change_dialog import StatusChangeDialog
from ..icons import colour_chip
from ..labels import (
    category_name,
    category_of,
    channel_label,
    status_badge_style,
    status_label,
    village_label,
    village_of,
)
from ..pages.intake_language import language_name
from ..style import FIELD_ERROR, HINT, PAGE_TITLE
from .before_after_widget import BeforeAfterWidget
from .duplicate_links import DuplicateLinksWidget
from .field_answers_box import FieldAnswersBox
from .history_timeline import HistoryTimelineWidget
from .vertical_scroll import VerticalScrollArea
from .work_section import WorkSectionWidget

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

NONE = "—"


class ComplaintDetailPane(QWidget):
    complaint_changed = Signal(int)  # complaint id, after a status change, edit or new photo
    message = Signal(str)  # short feedback for the status bar

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._user = user
        self._detail: ComplaintDetail | None = None
        self._receipts = ReceiptOpener(db, self)
        self._dialog: QDialog | None = None  # status, edit, assign or result
        self._values: dict[str, QLabel] = {}
        self._captions: list[QLabel] = []

        self.tracking = QLabel(self)
        self.tracking.setObjectName(PAGE_TITLE)
        self.tracking.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QLabel(self)
        self.status_button = QPushButton(self.tr("Change status…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.forward_button = QPushButton(self.tr("Forward…"), self)
        self.reprint_button = QPushButton(self.tr("Reprint receipt"), self)
        self.category_chip = QLabel(self)
        self.overdue = QLabel(self)
        self.overdue.setObjectName(FIELD_ERROR)
        self.pictures = BeforeAfterWidget(db, user, self)
        self.attachments = self.pictures.before  # where new pictures are added
        self.work = WorkSectionWidget(db, office, user, self)
        self.timeline = HistoryTimelineWidget(self)
        self.answers = FieldAnswersBox(self)  # the category's own questions
        self.empty = QLabel(self.tr("Choose a complaint in the register to see it here."), self)
        self.empty.setObjectName(HINT)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        # Shown when the register's filter no longer lists the complaint the pane shows.
        self.outside_list = QLabel(self.tr("Not in the current list: the register's filter "
                                           "no longer shows this complaint."), self)
        self.outside_list.setObjectName(FIELD_ERROR)
        self.outside_list.setWordWrap(True)
        self.outside_list.hide()
        # The complaint's ticket on Traffy Fondue and what Traffy last said of it; hidden
        # for a complaint that has none.
        self.traffy_line = QLabel(self)
        self.traffy_line.setTextFormat(Qt.TextFormat.PlainText)
        self.traffy_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.traffy_line.hide()
        # "Duplicate of …" / "Duplicates: …"; hidden for a complaint with no links.
        self.duplicate_links = DuplicateLinksWidget(db, office, user, self)
        self.duplicate_links.complaint_changed.connect(self._changed)
        self.duplicate_links.message.connect(self.message)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self.status_button.clicked.connect(self.open_status_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.forward_button.clicked.connect(self.open_forward_dialog)
        self.reprint_button.clicked.connect(self.reprint_receipt)
        self.attachments.attachment_added.connect(lambda _id: self._changed(self._shown_id()))
        self.work.changed.connect(self._changed)
        self.work.message.connect(self.message)
        self.work.dialog_opened.connect(self._open)
        self.clear()

    # ----------------------------------------------------------------- building
    def _content(self) -> QWidget:
        header = QHBoxLayout()
        header.addWidget(self.tracking)
        header.addSpacing(8)
        header.addWidget(self.status_badge)
        header.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.status_button, self.edit_button, self.forward_button,
                       self.reprint_button):
            actions.addWidget(button)
        actions.addStretch(1)

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(10)
        column.addWidget(self._box(self.tr("Complaint"), [
            ("received", self.tr("Received")), ("channel", self.tr("Channel")),
            ("category", self.tr("Category")), ("due", self.tr("Due")),
            ("description", self.tr("Details")), ("clerk", self.tr("Logged by"))]))
        column.addWidget(self.answers)
        column.addWidget(self.work)
        column.addWidget(self._box(self.tr("Complainant"), [
            ("name", self.tr("Name")), ("phone", self.tr("Phone")),
            ("national_id", self.tr("National ID")), ("address", self.tr("Address")),
            ("language", self.tr("Reads"))]))
        column.addWidget(self._box(self.tr("Location"), [
            ("village", self.tr("Village")), ("spot", self.tr("Spot")),
            ("coordinates", self.tr("Coordinates"))]))
        column.addWidget(self._wrap(self.tr("Pictures"), self.pictures))
        column.addWidget(self._wrap(self.tr("History"), self.timeline))
        column.addStretch(1)
        scroll = VerticalScrollArea(self)
        scroll.setWidget(body)

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 8, 10)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.outside_list)
        layout.addWidget(self.traffy_line)
        layout.addWidget(self.duplicate_links)
        layout.addLayout(actions)
        layout.addWidget(scroll, 1)
        return page

    def _box(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(12)
        for key, caption in rows:
            value = QLabel(box)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # citizens' words are not HTML
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            label = QLabel(f"{caption}:", box)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self._captions.append(label)
            form.addRow(label, self._with_extra(key, value, box))
        # One caption width for all the boxes, so their values start on the same line.
        width = max(label.sizeHint().width() for label in self._captions)
        for label in self._captions:
            label.setMinimumWidth(width)
        self.answers.set_caption_width(width)
        self.work.align_captions(width)
        return box

    def _with_extra(self, key: str, value: QLabel, parent: QWidget) -> QWidget:
        """The category's colour chip in front of its name; the overdue days after the date."""
        extra = {"category": self.category_chip, "due": self.overdue}.get(key)
        if extra is None:
            return value
        row = QWidget(parent)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        if key == "category":
            line.addWidget(extra)
            line.addWidget(value, 1)
        else:
            line.addWidget(value)
            line.addWidget(extra, 1)
        return row

    def _wrap(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(widget)
        return box

    # ----------------------------------------------------------------- showing
    def show_complaint(self, complaint_id: int) -> None:
        self._detail = complaint_detail(self._db, complaint_id, office_id=self._office.id)
        self._fill(self._detail.complaint)
        self.pictures.set_attachments(complaint_id, self._detail.attachments)
        self.work.show_complaint(self._detail.complaint)
        self.attachments.refuse_adding(self.work.refusal_text(JobAction.ADD_PHOTO))
        self.timeline.set_history(self._detail.history, self._lookups())
        self.duplicate_links.show_complaint(complaint_id, self._detail.complaint.tracking_no)
        self.duplicate_links.hold_for_parent(
            [self.status_button, self.forward_button, self.work.assign_button])
        self._stack.setCurrentIndex(1)

    def set_outside_list(self, outside: bool) -> None:
        self.outside_list.setVisible(outside and self._detail is not None)

    def is_outside_list(self) -> bool:
        return not self.outside_list.isHidden()

    def clear(self) -> None:
        self.outside_list.hide()
        self._detail = None
        self.pictures.set_attachments(None, [])
        self.timeline.clear()
        self._stack.setCurrentIndex(0)

    def complaint(self) -> ComplaintView | None:
        return self._detail.complaint if self._detail else None

    def value_text(self, key: str) -> str:
        """What the pane shows for one field (keys as in `_content`), for tests and copying."""
        return self._values[key].text()

    def status_text(self) -> str:
        return self.status_badge.text()

    def _fill(self, c: ComplaintView) -> None:
        self.tracking.setText(c.tracking_no)
        self.status_badge.setText(status_label(c.status))
        self.status_badge.setStyleSheet(status_badge_style(c.status))
        self.category_chip.setPixmap(colour_chip(c.category_colour).pixmap(14, 14))
        anonymous = self.tr("Wishes to remain anonymous")
        values = {
            "received": unbreakable(shown_datetime(c.received_at)),
            "channel": channel_label(c.channel),
            "category": category_of(c),
            "due": unbreakable(shown_date(c.due_date)) if c.due_date else NONE,
            "description": c.description, "clerk": c.clerk_name,
            "name": anonymous if c.anonymous else (c.complainant_name or NONE),
            "phone": format_phone(c.phone) or NONE,
            "national_id": mask_national_id(c.national_id) if c.national_id else NONE,
            "address": self._address(c) or NONE,
            "language": language_name(c.language),
            "village": village_of(c) or NONE,
            "spot": c.location_text or NONE,
            "coordinates": f"{c.lat:.6f}, {c.lon:.6f}" if c.lat is not None
            and c.lon is not None else NONE,
        }
        for key, text in values.items():
            self._values[key].setText(text)
        self.answers.set_values(c.field_values)
        self._show_traffy(c.id)
        late = self._days_overdue(c)
        self.overdue.setText(self.tr("%n day(s) overdue", "", late) if late else "")
        role = self._user.role
        # Only the moves this role may make here; assigning, results and sign-off have theirs.
        self.status_button.setVisible(bool(next_statuses(c.status, role)))
        self.edit_button.setVisible(can(role, Action.EDIT_COMPLAINT))
        self.forward_button.setVisible(can(role, Action.CHANGE_STATUS) and c.status in (
            Status.RECEIVED.value, Status.ASSIGNED.value))

    def _show_traffy(self, complaint_id: int) -> None:
        ticket = traffy_sync.ticket_of(self._db, complaint_id)
        if ticket is None:
            self.traffy_line.hide()
            return
        words = " · ".join(part for part in (ticket.ticket_id, ticket.state) if part)
        self.traffy_line.setText(self.tr("Traffy Fondue: %1").replace("%1", words))
        self.traffy_line.show()

    @staticmethod
    def _days_overdue(c: ComplaintView) -> int:
        # A finished complaint is no longer late, however long it took.
        if c.due_date is None or c.status not in OPEN_STATUSES:
            return 0
        return max((today_thai() - c.due_date).days, 0)

    @staticmethod
    def _address(c: ComplaintView) -> str:
        # The official label knows Bangkok's แขวง/เขต; names typed outside the list still show.
        place = find_place(c.tambon, c.amphoe, c.province) if c.tambon else None
        area = place.label if place else " ".join(
            p for p in (c.tambon, c.amphoe, c.province, c.postal_code) if p)
        return " ".join(p for p in (c.address_line, area) if p)

    def _lookups(self) -> dict[str, dict[str, str]]:
        return {
            "category_id": {str(k.id): category_name(k.name_th, k.name_en)
                            for k in reference.categories(self._db, self._office.id)},
            "village_id": {str(v.id): village_label(v.number, v.name, v.name_en)
                           for v in reference.villages(self._db, self._office.id)},
            "language": {code: language_name(code) for code in ("th", "en")},
        }

    # ----------------------------------------------------------------- actions
    def open_status_dialog(self) -> StatusChangeDialog | None:
        """Non-blocking (open, not exec), so the pane and tests keep running meanwhile."""
        if self._detail is None:
            return None
        dialog = StatusChangeDialog(self._db, self._user, self._detail.complaint, self)
        return self._open(dialog)

    def open_edit_dialog(self) -> EditComplaintDialog | None:
        if self._detail is None:
            return None
        dialog = EditComplaintDialog(self._db, self._office, self._user,
                                     self._detail.complaint, self)
        return self._open(dialog)

    def open_forward_dialog(self) -> ForwardDialog | None:
        if self._detail is None:
            return None
        dialog = ForwardDialog(self._db, self._office, self._user, self._detail.complaint,
                               self)
        return self._open(dialog)

    def _open(self, dialog):
        if self._dialog is not None:
            self._dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Bound to the complaint the dialog was opened for, whatever the pane shows by then.
        complaint_id = self._shown_id()
        dialog.accepted.connect(lambda: self._changed(complaint_id))
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self._dialog = dialog
        dialog.open()
        return dialog

    def current_dialog(self) -> QDialog | None:
        return self._dialog

    def _forget(self, dialog) -> None:
        if self._dialog is dialog:
            self._dialog = None

    def reprint_receipt(self) -> None:
        if self._detail is not None:
            self._receipts.open(self._detail.complaint.id)

    def _shown_id(self) -> int | None:
        return self._detail.complaint.id if self._detail else None

    def _changed(self, complaint_id: int | None) -> None:
        if complaint_id is None:
            return
        if complaint_id == self._shown_id():
            self.show_complaint(complaint_id)
            self.message.emit(
                self.tr("Saved %1").replace("%1", self._detail.complaint.tracking_no))
        self.complaint_changed.emit(complaint_id)
