"""The crew's result of one job: what was achieved, why not, time, materials, after-photos.

The photos travel in the same call as the result, so a result is never saved without the
pictures the clerk added, nor the pictures without the result.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSettings, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.calendar import today_thai
from fondue_desk.domain.dispatch import MAX_MINUTES, Outcome
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, NotFound, PermissionDenied
from fondue_desk.services import complaints, dispatch
from fondue_desk.services.dispatch import ResultInput
from fondue_desk.services.views import ComplaintView, OfficeView, UserView

from ..icons import colour_chip
from ..labels import category_of, outcome_label, village_of
from ..messages import error_text
from ..style import HINT, PAGE_TITLE, mark_primary
from ..widgets.field_feedback import FieldFeedback, error_label
from ..widgets.thai_date_edit import ThaiDateEdit

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

THUMBNAIL = QSize(88, 88)
FOLDER_SETTING = "attachments/folder"  # shared with the attachment strip: same camera folder
NOTE_LINES = 3


class ResultDialog(QDialog):
    def __init__(self, db: Database, office: OfficeView, user: UserView, complaint_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._user = user
        self._complaint: ComplaintView = complaints.get(db, complaint_id)
        self._photos: list[tuple[str, bytes]] = []
        self.saved: ComplaintView | None = None
        self.setWindowTitle(self.tr("Record the result of %1").replace(
            "%1", self._complaint.tracking_no))

        self.outcomes = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for outcome in Outcome:
            button = QRadioButton(outcome_label(outcome), self)
            self.outcomes.addButton(button)
            self.outcome_buttons[outcome.value] = button
        self.reason_caption = QLabel(self)
        self.reason = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * NOTE_LINES + 14)
        self.hours = QSpinBox(self)
        self.hours.setRange(0, MAX_MINUTES // 60)
        self.hours.setSuffix(self.tr(" h"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 59)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.materials = QLineEdit(self)
        self.materials.setPlaceholderText(self.tr("e.g. 2 LED lamps 18 W, 5 m of cable"))
        today = today_thai()
        self.worked_on = ThaiDateEdit(QDate(today.year, today.month, today.day), self)
        self.worked_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.worked_on.setFixedWidth(170)
        self.photos = QListWidget(self)
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setFlow(QListView.Flow.LeftToRight)
        self.photos.setWrapping(False)
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setIconSize(THUMBNAIL)
        self.photos.setSpacing(4)
        self.photos.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.photos.setFixedHeight(THUMBNAIL.height() + 18)
        self.photos_empty = QLabel(self.tr("No after-photos yet."), self)
        self.photos_empty.setObjectName(HINT)
        self.add_photos_button = QPushButton(self.tr("Add photos…"), self)
        self.remove_photo_button = QPushButton(self.tr("Remove"), self)
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save result"))
        mark_primary(self.save_button)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._build_layout()

        self.outcomes.buttonToggled.connect(lambda *_: self._outcome_changed())
        self.add_photos_button.clicked.connect(self.add_photos)
        self.remove_photo_button.clicked.connect(self.remove_selected_photos)
        self.photos.itemSelectionChanged.connect(self._photos_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.photos,
                  self.remove_selected_photos, context=Qt.ShortcutContext.WidgetShortcut)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._outcome_changed()
        self._photos_changed()

    # ----------------------------------------------------------------- building
    def _header(self) -> QWidget:
        c = self._complaint
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        title = QLabel(c.tracking_no, box)
        title.setObjectName(PAGE_TITLE)
        line = QHBoxLayout()
        chip = QLabel(box)
        chip.setPixmap(colour_chip(c.category_colour).pixmap(14, 14))
        line.addWidget(chip)
        details = " · ".join(p for p in (category_of(c), village_of(c), c.location_text,
                                         c.crew_name) if p)
        text = QLabel(details, box)
        text.setObjectName(HINT)
        text.setWordWrap(True)
        line.addWidget(text, 1)
        column.addWidget(title)
        column.addLayout(line)
        return box

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        errors = {name: error_label(self) for name in (
            "outcome", "reason", "notes", "minutes_spent", "materials", "worked_on", "file")}
        outcome_row = QHBoxLayout()
        for button in self.outcome_buttons.values():
            outcome_row.addWidget(button)
        outcome_row.addStretch(1)
        form.addRow(self.tr("Result:"), self._stacked(outcome_row, errors["outcome"]))
        form.addRow(self.reason_caption, self._stacked(self.reason, errors["reason"]))
        form.addRow(self.tr("Notes:"), self._stacked(self.notes, errors["notes"]))
        time_row = QHBoxLayout()
        time_row.addWidget(self.hours)
        time_row.addWidget(self.minutes)
        time_row.addStretch(1)
        form.addRow(self.tr("Time spent:"), self._stacked(time_row, errors["minutes_spent"]))
        form.addRow(self.tr("Materials used:"), self._stacked(self.materials,
                                                              errors["materials"]))
        form.addRow(self.tr("Worked on:"), self._stacked(self.worked_on, errors["worked_on"]))
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.photos_empty)
        photo_buttons.addStretch(1)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addWidget(self.add_photos_button)
        form.addRow(self.tr("After-photos:"),
                    self._stacked(self.photos, photo_buttons, errors["file"]))

        first_radio = next(iter(self.outcome_buttons.values()))
        self.feedback.add("outcome", first_radio, errors["outcome"], (self.outcomes.buttonToggled,))
        self.feedback.add("reason", self.reason, errors["reason"], (self.reason.textEdited,))
        self.feedback.add("notes", self.notes, errors["notes"], (self.notes.textChanged,))
        self.feedback.add("minutes_spent", self.hours, errors["minutes_spent"],
                          (self.hours.valueChanged, self.minutes.valueChanged))
        self.feedback.add("materials", self.materials, errors["materials"],
                          (self.materials.textEdited,))
        self.feedback.add("worked_on", self.worked_on, errors["worked_on"],
                          (self.worked_on.dateChanged,))
        self.feedback.add("file", self.add_photos_button, errors["file"])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self._header())
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    def _stacked(self, *parts) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for part in parts:
            if isinstance(part, QWidget):
                column.addWidget(part)
            else:
                column.addLayout(part)
        return box

    # ----------------------------------------------------------------- state
    def choose_outcome(self, outcome: str) -> None:
        self.outcome_buttons[outcome].setChecked(True)

    def outcome(self) -> str:
        return next((o for o, b in self.outcome_buttons.items() if b.isChecked()), "")

    def reason_required(self) -> bool:
        outcome = self.outcome()
        return bool(outcome) and outcome != Outcome.DONE

    def minutes_spent(self) -> int | None:
        total = self.hours.value() * 60 + self.minutes.value()
        return total or None  # 0 h 0 min: not reported, rather than "took no time"

    def _outcome_changed(self) -> None:
        if self.reason_required():
            self.reason_caption.setText(self.tr("Reason (required):"))
            self.reason.setPlaceholderText(self.tr("Why was the work not finished?"))
        else:
            self.reason_caption.setText(self.tr("Reason (optional):"))
            self.reason.setPlaceholderText("")
            self.feedback.clear("reason")

    # ----------------------------------------------------------------- photos
    def photo_names(self) -> list[str]:
        return [name for name, _data in self._photos]

    def add_photos(self) -> int:
        """Ask for picture files and add them to the result; returns how many were added."""
        folder = str(QSettings().value(FOLDER_SETTING, "") or "")
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add after-photos"), folder,
            self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;"
                    "All files (*)"))
        if not paths:
            return 0
        QSettings().setValue(FOLDER_SETTING, str(Path(paths[0]).parent))
        return sum(self.add_photo_file(Path(p)) for p in paths)

    def add_photo_file(self, path: Path) -> bool:
        self.feedback.clear("file")
        try:
            data = path.read_bytes()
        except OSError:
            self._show([FieldError("file", "file.unreadable")])
            return False
        pixmap = QPixmap()
        if not data or not pixmap.loadFromData(data):
            # Said now, by name, rather than refusing the whole result at Save.
            self._show([FieldError("file", "file.not_an_image")])
            return False
        thumbnail = pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
        item = QListWidgetItem(QIcon(thumbnail), "")
        item.setToolTip(path.name)
        self.photos.addItem(item)
        self._photos.append((path.name, data))
        self._photos_changed()
        return True

    def remove_selected_photos(self) -> None:
        rows = sorted((self.photos.row(i) for i in self.photos.selectedItems()), reverse=True)
        for row in rows:
            self.photos.takeItem(row)
            del self._photos[row]
        self._photos_changed()

    def _photos_changed(self) -> None:
        self.photos.setVisible(bool(self._photos))
        self.photos_empty.setVisible(not self._photos)
        self.remove_photo_button.setEnabled(bool(self.photos.selectedItems()))

    # ----------------------------------------------------------------- saving
    def error_text(self, field: str = "") -> str:
        if field:
            return self.feedback.message(field)
        return self.general_error.text() if not self.general_error.isHidden() else ""

    def save(self):
        data = ResultInput(
            outcome=self.outcome(), reason=self.reason.text(), notes=self.notes.toPlainText(),
            minutes_spent=self.minutes_spent(), materials=self.materials.text(),
            worked_on=self.worked_on.date().toPython(), after_photos=list(self._photos))
        try:
            self.saved = dispatch.record_result(self._db, self._user.id, self._complaint.id,
                                                data, expected_status=self._complaint.status)
        except InvalidInput as exc:
            self._show(list(exc.errors))
            return None
        except (Conflict, NotFound, PermissionDenied) as exc:
            self.feedback.clear_all()
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            return None
        self.accept()
        return self.saved

    def _show(self, errors: list[FieldError]) -> None:
        first = self.feedback.show_errors(errors)
        if first is not None:
            first.setFocus()
