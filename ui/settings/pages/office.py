"""Settings → Office: the profile the set-up assistant asked for, in the assistant's own form."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from fondue_desk.domain.errors import FieldError, FondueError, InvalidInput
from fondue_desk.domain.office_config import OfficeProfile
from fondue_desk.services import office_profile
from fondue_desk.services.changes import ChangeSet

from ...dialogs.location_picker_dialog import LocationPickerDialog
from ...style import HINT
from ...widgets.office_profile_form import OfficeProfileForm
from ..dates_box import DatesBox
from ..page import SettingsPage, settings_page
from ..photos_box import PhotosBox
from ..texts import settings_refusal_text


@settings_page
class OfficePage(SettingsPage):
    NAME = "office"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Office")
    SORT_ORDER = 10
    CHANGES = ChangeSet(office=True)
    KEYWORDS = ("เทศบาล", "อบต.", "tambon", "address", "emblem", "document code", "photo",
                "รูปถ่าย", "original")

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stored: OfficeProfile | None = None
        self.form = OfficeProfileForm(self)
        self.form.set_map_picker(self._pick_on_map)
        hint = QLabel(self.tr("The letterhead of receipts, work orders and letters. The "
                              "signatory is set on the Letters page."), self)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 12, 0)
        column.addWidget(self.form)
        column.addWidget(hint)
        self.photos = PhotosBox(self._db, self._office, self._user, inner)
        column.addWidget(self.photos)
        self.dates = DatesBox(self._db, self._office, self._user, inner)
        column.addWidget(self.dates)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def load(self) -> None:
        self._stored = office_profile.office_profile(self._db, self._office.id)
        self.form.load(self._stored)
        self.photos.load()
        self.dates.load()

    def _pick_on_map(self, current):
        dialog = LocationPickerDialog(self._db, self._office, center=current, initial=current,
                                      parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.picked()

    def validate(self) -> list[FieldError]:
        errors = self.form.problems()
        self._first = self.form.show_errors(errors)
        return errors

    def first_error_widget(self) -> QWidget | None:
        return getattr(self, "_first", None)

    def save(self) -> ChangeSet | None:
        if self.photos.save() is None:
            return None
        dates = self.dates.save()
        if dates is None:
            return None
        wanted = self.form.values(self._stored)
        changed = office_profile.changed_fields(self._stored, wanted)
        if not changed:
            return dates
        try:
            self._stored = office_profile.save_office_profile(self._db, self._user.id, wanted,
                                                              only=changed)
        except InvalidInput as exc:
            self._first = self.form.show_errors(exc.errors)
            return None
        except FondueError as exc:
            self.form.general_error.setText(settings_refusal_text(exc))
            self.form.general_error.show()
            return None
        return self.CHANGES | dates
