"""Office: kind, tambon from the official list, name, address, contacts, code, emblem, position.

The form is the Settings window's too (ui/widgets/office_profile_form.py). There is no office
yet to draw a map for, so the position is typed or pasted here; the map picker comes with
Settings once the office exists.
"""
from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout

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
