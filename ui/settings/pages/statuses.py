"""Settings → Statuses: the office's own names (Thai and English) and badge colours.

The states and the moves between them stay the desk's (domain.workflow); only their words and
colours are the office's. One row per status with a live badge preview; "Default" puts a row
back to the desk's words, and OK saves every row in one transaction (services.labels).
"""
from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.domain.labels import (
    DEFAULT_STATUSES,
    NAME_LIMIT,
    LabelBook,
    StatusOverride,
    is_colour,
)
from fondue_desk.services import labels as label_service
from fondue_desk.services.changes import ChangeSet

from ...icons import colour_chip
from ...labels import badge_style, default_status_label, ui_language, use_label_book
from ...style import HINT
from ...widgets.field_feedback import error_label
from ..page import SettingsPage, settings_page
from ..texts import settings_error_text

STATUS, NAME_TH, NAME_EN, COLOUR, PREVIEW, RESET = range(6)


class StatusRow:
    """The editors of one status; plain attributes so tests can type into them."""

    def __init__(self, page: StatusesPage, code: str) -> None:
        self.code = code
        self.caption = QLabel(default_status_label(code), page)
        self.name_th = QLineEdit(page)
        self.name_en = QLineEdit(page)
        for edit in (self.name_th, self.name_en):
            edit.setMaxLength(NAME_LIMIT + 10)  # a little over: the core says what is too long
            edit.textChanged.connect(self.update_preview)
        self.name_th.setAccessibleName(QCoreApplication.translate("StatusesPage", "Thai name of %1").replace("%1", code))
        self.name_en.setAccessibleName(QCoreApplication.translate("StatusesPage", "English name of %1").replace("%1", code))
        self.colour_button = QPushButton(page)
        self.colour_button.setToolTip(QCoreApplication.translate("StatusesPage", "Choose the badge colour"))
        self.colour_button.clicked.connect(lambda: page.choose_colour(code))
        self.preview = QLabel(page)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reset_button = QPushButton(QCoreApplication.translate("StatusesPage", "Default"), page)
        self.reset_button.setToolTip(QCoreApplication.translate("StatusesPage", "Back to the desk's own words and colour"))
        self.reset_button.clicked.connect(lambda: page.reset_row(code))
        self.error = error_label(page)
        self._colour = ""

    @property
    def colour(self) -> str:
        return self._colour

    def fill(self, name_th: str, name_en: str, colour: str) -> None:
        self.name_th.setText(name_th)
        self.name_en.setText(name_en)
        self.set_colour(colour)

    def set_colour(self, colour: str) -> None:
        self._colour = colour.lower()
        self.colour_button.setText(self._colour)
        self.colour_button.setIcon(colour_chip(self._colour))
        self.update_preview()

    def wanted(self) -> StatusOverride:
        return StatusOverride(self.code, self.name_th.text(), self.name_en.text(), self._colour)

    def update_preview(self) -> None:
        # The badge as the detail pane and the sign-off page show it: in English on the
        # English desk (the Thai name while the English one is being typed).
        english = self.name_en.text().strip() if ui_language() == "en" else ""
        self.preview.setText(english or self.name_th.text().strip() or "—")
        if is_colour(self._colour):
            self.preview.setStyleSheet(badge_style(self._colour))


@settings_page
class StatusesPage(SettingsPage):
    NAME = "statuses"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Statuses")
    SORT_ORDER = 25
    CHANGES = ChangeSet(labels=True)
    KEYWORDS = ("status", "สถานะ", "colour", "badge", "label")

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stored: LabelBook | None = None
        self.rows = {code: StatusRow(self, code) for code in DEFAULT_STATUSES}
        box = QGroupBox(self.tr("Names and colours"), self)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        for column, title in ((STATUS, self.tr("Status")), (NAME_TH, self.tr("Thai name")),
                              (NAME_EN, self.tr("English name")), (COLOUR, self.tr("Colour")),
                              (PREVIEW, self.tr("Badge"))):
            header = QLabel(f"<b>{title}</b>", box)
            grid.addWidget(header, 0, column)
        line = 1
        for row in self.rows.values():
            grid.addWidget(row.caption, line, STATUS)
            grid.addWidget(row.name_th, line, NAME_TH)
            grid.addWidget(row.name_en, line, NAME_EN)
            grid.addWidget(row.colour_button, line, COLOUR)
            grid.addWidget(row.preview, line, PREVIEW)
            grid.addWidget(row.reset_button, line, RESET)
            grid.addWidget(row.error, line + 1, NAME_TH, 1, 4)
            line += 2
        grid.setColumnStretch(NAME_TH, 3)
        grid.setColumnStretch(NAME_EN, 3)
        grid.setColumnStretch(PREVIEW, 2)
        self.reset_all_button = QPushButton(self.tr("All back to the desk's defaults"), self)
        self.reset_all_button.clicked.connect(self.reset_all)
        help_text = QLabel(self.tr(
            "The office's own words for each status, shown on every page, on the map, in "
            "exports and on printed documents. The statuses and the steps between them stay "
            "the same; only their names and colours change. Each name is used once per "
            "language."), self)
        help_text.setObjectName(HINT)
        help_text.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_all_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(help_text)
        layout.addWidget(box)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._set_tab_order()
        if self.read_only:
            for row in self.rows.values():
                for widget in (row.name_th, row.name_en):
                    widget.setReadOnly(True)
                for widget in (row.colour_button, row.reset_button):
                    widget.setEnabled(False)
            self.reset_all_button.setEnabled(False)

    def _set_tab_order(self) -> None:
        # Row by row: Thai, English, colour, default; then the next status.
        chain = [w for row in self.rows.values()
                 for w in (row.name_th, row.name_en, row.colour_button, row.reset_button)]
        chain.append(self.reset_all_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ editing
    def load(self) -> None:
        self._stored = label_service.label_book(self._db, self._office.id)
        for status in self._stored.statuses():
            self.rows[status.code].fill(status.name_th, status.name_en, status.colour)
        self._show([])

    def choose_colour(self, code: str) -> None:
        row = self.rows[code]
        chosen = QColorDialog.getColor(QColor(row.colour), self,
                                       self.tr("Colour of %1").replace("%1", row.caption.text()))
        if chosen.isValid():
            row.set_colour(chosen.name())

    def reset_row(self, code: str) -> None:
        default = DEFAULT_STATUSES[code]
        self.rows[code].fill(default.name_th, default.name_en, default.colour)

    def reset_all(self) -> None:
        for code in self.rows:
            self.reset_row(code)

    def wanted(self) -> list[StatusOverride]:
        return [row.wanted() for row in self.rows.values()]

    # ------------------------------------------------------------------ checks and saving
    def _show(self, errors: list[FieldError]) -> None:
        for code, row in self.rows.items():
            mine = [e for e in errors if e.field.startswith(f"{code}.")]
            texts = []
            for error in mine:
                what = {"name_th": self.tr("Thai name"), "name_en": self.tr("English name"),
                        "colour": self.tr("Colour")}.get(error.field.split(".", 1)[1], "")
                texts.append(f"{what}: {settings_error_text(error)}")
            row.error.setText("\n".join(texts))
            row.error.setVisible(bool(texts))

    def error_text(self, code: str) -> str:
        label = self.rows[code].error
        return label.text() if not label.isHidden() else ""

    def validate(self) -> list[FieldError]:
        errors = label_service.check_status_labels(
            [StatusOverride(w.code, w.name_th.strip(), w.name_en.strip(), w.colour)
             for w in self.wanted()])
        self._show(errors)
        return errors

    def first_error_widget(self) -> QWidget | None:
        for row in self.rows.values():
            if not row.error.isHidden():
                text = row.error.text()
                if text.startswith(self.tr("English name")):
                    return row.name_en
                return row.colour_button if text.startswith(self.tr("Colour")) else row.name_th
        return None

    def save(self) -> ChangeSet | None:
        if self._stored is not None and self._same_as_stored():
            return ChangeSet()
        try:
            book = label_service.save_status_labels(self._db, self._user.id, self.wanted())
        except InvalidInput as exc:
            self._show(list(exc.errors))
            return None
        self._stored = book
        use_label_book(book)  # before the dialog publishes: open pages redraw with it
        return self.CHANGES

    def _same_as_stored(self) -> bool:
        return all((" ".join(w.name_th.split()), " ".join(w.name_en.split()), w.colour)
                   == (s.name_th, s.name_en, s.colour)
                   for w, s in zip(self.wanted(), self._stored.statuses()))
