"""Office: kind, tambon from the official list, name, address, contacts, code, emblem, position.

The form is the Settings window's too (ui/widgets/office_profile_form.py). The position is
typed, pasted as a map link, or picked on a map of Thailand (there is no office yet to centre
it on, nor a boundary to draw).
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QScrollArea, QVBoxLayout

from ..dialogs.location_picker_dialog import LocationPickerDialog
from ..widgets.office_profile_form import OfficeProfileForm
from .pages import SetupPage


class SetupOfficePage(SetupPage):
    def __init__(self, setup) -> None:
        super().__init__(setup)
        self.setTitle(self.tr("Our office"))
        self.setSubTitle(self.tr("Pick the sub-district from the official list; the office "
                                 "name is suggested from it and can be changed."))
        self.form = OfficeProfileForm(self)
        self.form.changed.connect(self.completeChanged)
        self.form.set_map_picker(self.pick_on_map)
        self.picker: LocationPickerDialog | None = None
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def initializePage(self) -> None:
        self.form.kind.setFocus()

    def isComplete(self) -> bool:
        return self.form.is_valid()

    def validatePage(self) -> bool:
        first = self.form.show_problems(everywhere=True)
        if first is not None:
            first.setFocus()
            return False
        return True

    def pick_on_map(self, current: tuple[float, float] | None) -> tuple[float, float] | None:
        self.picker = LocationPickerDialog(self.setup.db, None, None, current, self)
        try:
            if self.picker.exec() != QDialog.DialogCode.Accepted:
                return None
            return self.picker.picked()
        finally:
            self.picker.deleteLater()
            self.picker = None
