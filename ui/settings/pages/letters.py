"""Settings → Letters: what the office's letters say about it (each category's closure-letter
subject and body are document templates: Settings → Templates).

OK saves the texts. A chosen picture is checked and stored at once; Cancel does not undo it, and
the page says so. Administrators only.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontMetrics, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, FondueError, InvalidInput
from fondue_desk.services import letter_settings as service
from fondue_desk.services import reference
from fondue_desk.services.changes import ChangeSet

from ...messages import error_text, field_error_text
from ...style import HINT
from ...widgets.field_feedback import FieldFeedback, error_label
from ..page import SettingsContext, SettingsPage, settings_page

THUMBNAIL = (132, 88)
PICTURE_STYLE = "QLabel { background: white; border: 1px solid #dde3ea; border-radius: 4px; }"


@settings_page
class LettersPage(SettingsPage):
    NAME = "letters"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Letters")
    SORT_ORDER = 70
    CHANGES = ChangeSet(letters=True, office=True)
    KEYWORDS = ("signatory", "ผู้ลงนาม", "emblem", "signature")

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        db, office = context.db, context.office
        self._settings = service.letter_settings(db, office.id)
        # True once anything reached the database, Cancel or not: the office must be reloaded.
        self.changed = False

        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        if self.read_only:
            notice = QLabel(self.tr("Only the administrator can change these settings."), self)
            notice.setObjectName(HINT)
            layout.addWidget(notice)
        layout.addWidget(self._build_letters_tab(), 1)
        layout.addWidget(self.general_error)

        self._show_pictures()
        self._apply_read_only()

    def load(self) -> None:
        """The stored texts again (after Apply)."""
        settings = self._settings = service.letter_settings(self._db, self._office.id)
        self.document_code.setText(settings.document_code)
        self.signatory_name.setText(settings.signatory_name)
        self.signatory_position.setPlainText(settings.signatory_position)
        self.division.setText(settings.division)
        self.thai_digits.setChecked(settings.thai_digits)
        self._show_pictures()

    # ------------------------------------------------------------------ building
    def _build_letters_tab(self) -> QWidget:
        page = QWidget(self)
        settings = self._settings
        box = QGroupBox(self.tr("Letterhead and signature block"), page)
        self.document_code = QLineEdit(settings.document_code, box)
        self.document_code.setPlaceholderText(self.tr("e.g. ชม 52101"))
        self.signatory_name = QLineEdit(settings.signatory_name, box)
        self.signatory_position = QPlainTextEdit(settings.signatory_position, box)
        self.signatory_position.setTabChangesFocus(True)
        self.signatory_position.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * 3 + 18)
        self.division = QLineEdit(settings.division, box)
        self.thai_digits = QCheckBox(self.tr("Use Thai digits (๑๒๓)"), box)
        self.thai_digits.setChecked(settings.thai_digits)
        form = QFormLayout(box)
        for name, editor, label, edited in (
                ("document_code", self.document_code, self.tr("Document code:"),
                 self.document_code.textEdited),
                ("signatory_name", self.signatory_name, self.tr("Signatory:"),
                 self.signatory_name.textEdited),
                ("signatory_position", self.signatory_position, self.tr("Position:"),
                 self.signatory_position.textChanged),
                ("division", self.division, self.tr("Division (footer):"),
                 self.division.textEdited)):
            message = error_label(box)
            self.feedback.add(name, editor, message, (edited,))
            field = editor
            if name == "signatory_position":  # the hint belongs to the box, under it
                field = QWidget(box)
                column = QVBoxLayout(field)
                column.setContentsMargins(0, 0, 0, 0)
                column.addWidget(editor)
                column.addWidget(_hint(self.tr("One line per printed line, e.g. a second line "
                                               "for \"acting on behalf of\"."), field))
            form.addRow(label, field)
            form.addRow("", message)
        form.addRow("", self.thai_digits)

        pictures = QGroupBox(self.tr("Pictures"), page)
        grid = QGridLayout(pictures)
        self._pictures: dict[str, tuple[QLabel, QPushButton, QPushButton]] = {}
        for column, (which, title, note) in enumerate((  # side by side: a laptop is 768 high
                ("emblem", self.tr("Emblem"),
                 self.tr("Garuda or office seal, printed 3 cm high; also the receipt's logo.")),
                ("signature", self.tr("Scanned signature"),
                 self.tr("Printed above the signatory's name.")))):
            preview = QLabel(pictures)
            preview.setFixedSize(*THUMBNAIL)
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            preview.setStyleSheet(PICTURE_STYLE)
            choose = QPushButton(self.tr("Choose file…"), pictures)
            choose.clicked.connect(lambda _=False, w=which: self.choose_image(w))
            remove = QPushButton(self.tr("Remove"), pictures)
            remove.clicked.connect(lambda _=False, w=which: self.change_image(w, None))
            text = QVBoxLayout()
            text.addWidget(QLabel(f"<b>{title}</b>", pictures))
            text.addWidget(_hint(note, pictures))
            buttons = QHBoxLayout()
            buttons.addWidget(choose)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            text.addLayout(buttons)
            text.addStretch(1)
            grid.addWidget(preview, 0, 2 * column)
            grid.addLayout(text, 0, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
            self._pictures[which] = (preview, choose, remove)
        self.picture_error = error_label(pictures)
        grid.addWidget(self.picture_error, 1, 0, 1, 4)
        grid.addWidget(_hint(self.tr("A chosen or removed picture is saved at once, even if "
                                     "you press Cancel."), pictures), 2, 0, 1, 4)

        layout = QVBoxLayout(page)
        layout.addWidget(box)
        layout.addWidget(pictures)
        layout.addStretch(1)
        return page

    def _apply_read_only(self) -> None:
        if not self.read_only:
            return
        for editor in (self.document_code, self.signatory_name, self.division,
                       self.signatory_position):
            editor.setReadOnly(True)
        for widget in (self.thai_digits,
                       *(button for _, *buttons in self._pictures.values() for button in buttons)):
            widget.setEnabled(False)

    # ------------------------------------------------------------------ pictures
    def _show_pictures(self) -> None:
        office = reference.office(self._db, self._office.id)
        for which, data in (("emblem", office.logo_png), ("signature", office.signature_png)):
            preview, _choose, remove = self._pictures[which]
            pixmap = QPixmap()
            if data and pixmap.loadFromData(data):
                preview.setPixmap(pixmap.scaled(
                    THUMBNAIL[0] - 8, THUMBNAIL[1] - 8, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
            else:
                preview.setPixmap(QPixmap())
                preview.setText(self.tr("No picture"))
            remove.setEnabled(bool(data) and not self.read_only)

    def choose_image(self, which: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture"), "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff)"))
        if not path:
            return
        try:
            # Checked before reading: a wrongly chosen huge file would freeze the dialog.
            if os.path.getsize(path) > service.MAX_IMAGE_BYTES:
                self._picture_failed(FieldError(
                    which, "file.too_large", {"max_mb": service.MAX_IMAGE_BYTES // 2**20}))
                return
            with open(path, "rb") as file:
                data = file.read()
        except OSError:
            self._picture_failed(FieldError(which, "file.unreadable"))
            return
        self.change_image(which, data)

    def change_image(self, which: str, data: bytes | None) -> None:
        self.picture_error.hide()
        try:
            service.set_image(self._db, self._user.id, which, data)
        except FondueError as exc:
            _say(self.picture_error, exc)
            return
        self.changed = True
        self.changed_now.emit(self.CHANGES)
        self._show_pictures()

    def _picture_failed(self, error: FieldError) -> None:
        _say(self.picture_error, InvalidInput([error]))

    # ------------------------------------------------------------------ OK
    def error_text(self, field: str) -> str:
        label = {"picture": self.picture_error}.get(field)
        if label is not None:
            return label.text() if not label.isHidden() else ""
        return self.feedback.message(field)

    def save(self) -> ChangeSet | None:
        """The first tab's texts, all or nothing; a refusal stays on the page."""
        if self.read_only:
            return ChangeSet()
        settings = self._settings
        if (self.document_code.text(), self.signatory_name.text(),
                self.signatory_position.toPlainText(), self.division.text(),
                self.thai_digits.isChecked()) == (
                settings.document_code, settings.signatory_name, settings.signatory_position,
                settings.division, settings.thai_digits):
            return ChangeSet()
        self.feedback.clear_all()
        try:
            self._settings = service.save_letter_settings(
                self._db, self._user.id, document_code=self.document_code.text(),
                signatory_name=self.signatory_name.text(),
                signatory_position=self.signatory_position.toPlainText(),
                division=self.division.text(), thai_digits=self.thai_digits.isChecked())
        except InvalidInput as exc:
            self._first = self.feedback.show_errors(exc.errors)
            return None
        except FondueError as exc:  # e.g. the role was taken away meanwhile
            _say(self.general_error, exc)
            return None
        self.changed = True
        return self.CHANGES

    def first_error_widget(self) -> QWidget | None:
        return getattr(self, "_first", None)


def _say(label: QLabel, exc: FondueError) -> None:
    """A refusal in the clerk's words: the first field's message, or the error's own."""
    if isinstance(exc, InvalidInput) and exc.errors:
        label.setText(field_error_text(exc.errors[0]))
    else:
        label.setText(error_text(exc))
    label.show()


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(HINT)
    label.setWordWrap(True)
    return label
