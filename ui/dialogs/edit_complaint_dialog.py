"""Correct a logged complaint in the intake form itself, with a reason kept in its history."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, RuleViolation
from fondue_desk.domain.phone import format_phone
from fondue_desk.services import category_fields, complaints, reference
from fondue_desk.services.change_feed import FeedChanges
from fondue_desk.services.editing import edit_complaint, edit_stamp, input_of
from fondue_desk.services.intake import ComplaintInput
from fondue_desk.services.views import ComplaintView, OfficeView, UserView

from ..live_refresh import changed_by_text, live_refresh_of
from ..pages.intake_form import IntakeFormWidget
from ..style import PRIMARY_BUTTON
from ..widgets.enter_submits import EnterSubmits
from ..widgets.field_feedback import error_label
from ..widgets.message_bar import MessageBarWidget
from ..widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

NOTE_LINES = 2


def fill_form(form: IntakeFormWidget, data: ComplaintInput) -> None:
    """Put saved values into the intake form's editors, as a clerk would have typed them."""
    form.clear()
    # A category retired since intake is not in the list: the field stays empty and saving
    # asks for a current one, rather than silently keeping a category nobody can pick.
    index = form.category.findData(data.category_id)
    if index >= 0:
        form.category.setCurrentIndex(index)
    # The category has asked its questions by now; answers of retired ones show, marked.
    form.custom_fields.set_values(data.field_values)
    form.channel.setCurrentIndex(max(form.channel.findData(data.channel), 0))
    form.description.setPlainText(data.description)
    form.village.setCurrentIndex(max(form.village.findData(data.village_id), 0))
    form.location_text.setText(data.location_text)
    if data.lat is not None and data.lon is not None:
        form.coordinates.setText(f"{data.lat}, {data.lon}")
    form.anonymous.setChecked(data.anonymous)
    form.name.setText(data.complainant_name)
    form.language.set_language(data.language)
    form.phone.setText(format_phone(data.phone))
    form.national_id.setText(data.national_id)
    form.address.setText(data.address_line)
    # setText, not typing: textEdited stays quiet, so the filled district parts are kept.
    for editor, value in ((form.tambon, data.tambon), (form.amphoe, data.amphoe),
                          (form.province, data.province), (form.postal_code, data.postal_code)):
        editor.setText(value)


class EditComplaintDialog(QDialog):
    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 complaint: ComplaintView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._complaint = complaint
        self._office_id = office.id
        self.changed: ComplaintView | None = None
        # The version of the fields the form was filled from: a save over another desk's
        # later edit is refused by the core, and the bar below says so before that.
        self._seen_edit = edit_stamp(db, complaint.id)
        self.changed_bar = MessageBarWidget(self)
        self.setWindowTitle(self.tr("Edit %1").replace("%1", complaint.tracking_no))

        self.form = IntakeFormWidget(reference.active_categories(db, office.id),
                                     reference.villages(db, office.id), self)
        self.form.set_category_fields(self._questions(complaint.category_id))
        fill_form(self.form, input_of(complaint))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * NOTE_LINES + 14)
        self.note.setPlaceholderText(self.tr("e.g. the complainant called with a new number"))
        note_error = error_label(self)
        self.form.feedback.add("note", self.note, note_error, (self.note.textChanged,))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setObjectName(PRIMARY_BUTTON)
        # Spelled out: Qt's own Thai translation of "Cancel" is not on every office PC.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._build_layout(note_error)
        resize_within_screen(self, 1000, 700)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # The form's hint promises Enter saves; keep the promise in the description box too.
        self._enter_submits = EnterSubmits(self.form.description, self.save, self)
        self.form.custom_fields.enter_pressed.connect(self.save)
        self.form.category.setFocus()
        live = live_refresh_of(parent)
        if live is not None:
            live.changed.connect(self._other_desk_saved)

    def _questions(self, category_id: int | None) -> dict:
        """Each category's questions; the complaint's own category with its retired ones too,
        so an answer given before a question was retired is still shown (and kept)."""
        questions = dict(category_fields.office_fields(self._db, self._office_id))
        if category_id is not None:
            questions[category_id] = tuple(v.definition for v in category_fields.list_fields(
                self._db, category_id, include_retired=True))
        return questions

    def _other_desk_saved(self, changes: FeedChanges) -> None:
        change = changes.by_id.get(self._complaint.id)
        if change is not None and edit_stamp(self._db, self._complaint.id) != self._seen_edit:
            self._warn_changed(change.by_name, change.at)

    def _warn_changed(self, by_name: str, at) -> None:
        self.changed_bar.show_message(
            changed_by_text(by_name, at) + " — "
            + self.tr("reload it before saving: saving now would overwrite those changes."),
            self.tr("Reload"), self.reload,
            self.tr("Fill the form again from the saved complaint (your typing here is lost)"))

    def reload(self) -> None:
        """Fill the form from the complaint as saved now, and accept saving over that."""
        self._seen_edit = edit_stamp(self._db, self._complaint.id)
        self._complaint = complaints.get(self._db, self._complaint.id, office_id=self._office_id)
        self.form.set_category_fields(self._questions(self._complaint.category_id))
        fill_form(self.form, input_of(self._complaint))
        self.changed_bar.dismiss()
        self.form.category.setFocus()

    def _build_layout(self, note_error: QWidget) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        reason = QFormLayout()
        reason.addRow(self.tr("Reason for the change"), self.note)
        reason.addRow("", note_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.changed_bar)
        layout.addWidget(scroll, 1)
        layout.addLayout(reason)
        layout.addWidget(self.buttons)


    def save(self) -> ComplaintView | None:
        data, local_errors = self.form.collect()
        if local_errors:
            self._show(local_errors)
            return None
        try:
            self.changed = edit_complaint(self._db, self._user.id, self._complaint.id, data,
                                          self.note.toPlainText(), seen_edit=self._seen_edit)
        except Conflict as exc:
            if exc.code != "complaint.changed_meanwhile":
                raise
            self._warn_changed(str(exc.params.get("changed_by", "")),
                               exc.params.get("changed_at") or None)
            return None
        except InvalidInput as exc:
            # "Nothing changed" names the field "form", which the form does not have: it
            # lands in the form's general message line under the fields.
            self._show(list(exc.errors))
            return None
        except RuleViolation as exc:  # the reason is the only text not checked by intake rules
            self._show([FieldError("note", exc.code, exc.params)])
            return None
        self.accept()
        return self.changed

    def _show(self, errors: list[FieldError]) -> None:
        first = self.form.show_errors(errors)
        (first or self.form.category).setFocus()
