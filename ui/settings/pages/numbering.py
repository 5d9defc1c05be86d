"""Settings → Numbering: tracking number and work order formats, with the next numbers live."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.services import numbering_settings
from fondue_desk.services.changes import ChangeSet

from ...style import HINT
from ...widgets.field_feedback import error_label
from ..page import SettingsPage, settings_page
from ..texts import settings_error_text

FIELDS = ("tracking_format", "work_order_format")


@settings_page
class NumberingPage(SettingsPage):
    NAME = "numbering"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Numbering")
    SORT_ORDER = 40
    CHANGES = ChangeSet(numbering=True)
    KEYWORDS = ("{seq}", "{fy}", "tracking", "work order")

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stored: numbering_settings.NumberingFormats | None = None
        self.tracking_format = QLineEdit(self)
        self.work_order_format = QLineEdit(self)
        self.tracking_preview = QLabel(self)
        self.work_order_preview = QLabel(self)
        self.errors = {name: error_label(self) for name in FIELDS}
        box = QGroupBox(self.tr("Formats"), self)
        form = QFormLayout(box)
        for caption, editor, preview, name in (
                (self.tr("Tracking numbers:"), self.tracking_format, self.tracking_preview,
                 "tracking_format"),
                (self.tr("Work orders:"), self.work_order_format, self.work_order_preview,
                 "work_order_format")):
            editor.textChanged.connect(self.update_preview)
            form.addRow(caption, editor)
            form.addRow(self.tr("Next number:"), preview)
            form.addRow("", self.errors[name])
        help_text = QLabel(self.tr(
            "{seq} is the running number ({seq:06d}: six digits with leading zeros), {fy} the "
            "fiscal year (Buddhist Era), {year} the same year. Work orders restart every fiscal "
            "year, so their format needs {fy}. Any other text is printed as it is, "
            "e.g. มห{fy}/{seq:04d}."), self)
        help_text.setObjectName(HINT)
        help_text.setWordWrap(True)
        rule = QLabel(self.tr("A change applies from the next number. Numbers already given "
                              "are never changed, and the running numbers go on."), self)
        rule.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(help_text)
        layout.addWidget(rule)
        layout.addStretch(1)

    def load(self) -> None:
        self._stored = numbering_settings.formats(self._db, self._office.id)
        self.tracking_format.setText(self._stored.tracking_format)
        self.work_order_format.setText(self._stored.work_order_format)
        self.update_preview()

    def update_preview(self) -> None:
        preview = numbering_settings.preview_next(
            self._db, self._office.id, tracking_format=self.tracking_format.text(),
            work_order_format=self.work_order_format.text())
        self.tracking_preview.setText(f"<b>{preview.tracking_no}</b>" if preview.tracking_no
                                      else "—")
        self.work_order_preview.setText(f"<b>{preview.work_order_no}</b>"
                                        if preview.work_order_no else "—")
        self._show(list(preview.errors))

    def _show(self, errors: list[FieldError]) -> None:
        for name, label in self.errors.items():
            error = next((e for e in errors if e.field == name), None)
            label.setText(settings_error_text(error) if error else "")
            label.setVisible(error is not None)

    def error_text(self, field: str) -> str:
        label = self.errors[field]
        return label.text() if not label.isHidden() else ""

    def validate(self) -> list[FieldError]:
        errors = numbering_settings.check_formats(self.tracking_format.text().strip(),
                                                  self.work_order_format.text().strip())
        self._show(errors)
        return errors

    def first_error_widget(self) -> QWidget | None:
        if not self.errors["tracking_format"].isHidden():
            return self.tracking_format
        return self.work_order_format

    def save(self) -> ChangeSet | None:
        wanted = (self.tracking_format.text().strip(), self.work_order_format.text().strip())
        if self._stored is not None and wanted == (self._stored.tracking_format,
                                                   self._stored.work_order_format):
            return ChangeSet()
        try:
            self._stored = numbering_settings.save_formats(
                self._db, self._user.id, tracking_format=wanted[0], work_order_format=wanted[1])
        except InvalidInput as exc:
            self._show(list(exc.errors))
            return None
        return self.CHANGES
