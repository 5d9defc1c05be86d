"""The office's profile as a form: kind, tambon, name, address, contacts, document code, emblem
and position. The set-up assistant's Office page and the Settings window's Office page share it.

The form only gathers values: `problems()` asks the core's configuration rules what is wrong,
so the assistant, the Settings window, `init` and a configuration file can never disagree.
Messages appear under a field once it has been edited (or all at once via `show_errors`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.config.rules import checked_config, checked_image
from fondue_desk.domain.errors import FieldError, InvalidInput, RuleViolation
from fondue_desk.domain.geo import parse_coordinates
from fondue_desk.domain.office_config import OFFICE_KINDS, OfficeConfig, OfficeProfile
from fondue_desk.domain.office_naming import kind_label, suggested_address, suggested_office_name
from fondue_desk.services.places import Place, english_names

from ..labels import ui_language
from ..style import HINT
from .field_feedback import FieldFeedback, error_label
from .place_completer import PlaceCompleter

Position = tuple[float, float]
EMBLEM_PREVIEW = 72
PICTURE_STYLE = "QLabel { background: white; border: 1px solid #dde3ea; border-radius: 4px; }"
# Profile fields the form edits; problems with any other field are not the form's to show.
FORM_FIELDS = ("kind", "tambon", "name", "name_en", "address", "phone", "email", "document_code",
               "emblem_png", "lat", "lon", "postal_code", "tambon_code")


class OfficeProfileForm(QWidget):
    """load(profile) / values(base) / problems() / show_errors(errors); `changed` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = OfficeProfile(kind=OFFICE_KINDS[2], name="")
        self._place: Place | None = None
        self._emblem: bytes | None = None
        self._suggested_name = ""
        self._suggested_address = ""
        self._touched: set[str] = set()
        self._pick: Callable[[Position | None], Position | None] | None = None
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.kind = QComboBox(self)
        for kind in OFFICE_KINDS:
            self.kind.addItem(kind_label(kind, ui_language()), kind)
        self.kind.setCurrentIndex(self.kind.findData(self._base.kind))
        self.tambon = QLineEdit(self)
        self.tambon.setPlaceholderText(self.tr("Type the sub-district, then pick it from the list"))
        self.completer = PlaceCompleter(self.tambon)
        self.place_info = QLabel(self)
        self.place_info.setObjectName(HINT)
        self.place_info.setWordWrap(True)
        self.name = QLineEdit(self)
        # For English readers: the English desk, English receipts (below the Thai name).
        self.name_en = QLineEdit(self)
        self.name_en.setPlaceholderText(self.tr("e.g. Mae Hia Subdistrict Municipality "
                                                "(empty: the Thai name only)"))
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("043-123-456")
        self.email = QLineEdit(self)
        self.email.setPlaceholderText("saraban@example.go.th")
        self.document_code = QLineEdit(self)
        self.document_code.setPlaceholderText(self.tr("e.g. รอ 78501"))
        self.location = QLineEdit(self)
        self.location.setPlaceholderText(
            self.tr("latitude, longitude, or paste a Google Maps / OpenStreetMap link"))
        self.location_info = QLabel(self)  # what a pasted link was read as
        self.location_info.setObjectName(HINT)
        self.location_info.hide()
        self.map_button = QPushButton(self.tr("Pick on map…"), self)
        self.map_button.clicked.connect(self.pick_on_map)
        self.map_button.hide()  # until someone gives the form a map to pick on
        self.emblem_preview = QLabel(self)
        self.emblem_preview.setFixedSize(EMBLEM_PREVIEW, EMBLEM_PREVIEW)
        self.emblem_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emblem_preview.setStyleSheet(PICTURE_STYLE)
        self.emblem_choose = QPushButton(self.tr("Choose picture…"), self)
        self.emblem_remove = QPushButton(self.tr("Remove"), self)
        self.emblem_choose.clicked.connect(self.choose_emblem)
        self.emblem_remove.clicked.connect(lambda: self.set_emblem(None))
        self._layout()
        self._connect()
        self._show_emblem()
        chain = (self.kind, self.tambon, self.name, self.name_en, self.address, self.phone, self.email,
                 self.document_code, self.emblem_choose, self.emblem_remove, self.location,
                 self.map_button)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _layout(self) -> None:
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(self.map_button)
        emblem_buttons = QVBoxLayout()
        emblem_buttons.addWidget(self.emblem_choose)
        emblem_buttons.addWidget(self.emblem_remove)
        emblem_buttons.addStretch(1)
        emblem_row = QHBoxLayout()
        emblem_row.addWidget(self.emblem_preview, 0, Qt.AlignmentFlag.AlignTop)
        emblem_row.addSpacing(8)
        emblem_row.addLayout(emblem_buttons)
        emblem_row.addStretch(1)
        rows = [
            ("kind", self.tr("Kind of office"), self.kind, self.kind, ()),
            ("tambon", self.tr("Sub-district (tambon)"), self.tambon, self.tambon,
             (self.tambon.textEdited,)),
            ("name", self.tr("Office name"), self.name, self.name, (self.name.textEdited,)),
            ("name_en", self.tr("Name in English"), self.name_en, self.name_en,
             (self.name_en.textEdited,)),
            ("address", self.tr("Address"), self.address, self.address,
             (self.address.textChanged,)),
            ("phone", self.tr("Phone"), self.phone, self.phone, (self.phone.textEdited,)),
            ("email", self.tr("E-mail"), self.email, self.email, (self.email.textEdited,)),
            ("document_code", self.tr("Document code (ที่)"), self.document_code,
             self.document_code, (self.document_code.textEdited,)),
            ("emblem_png", self.tr("Emblem"), emblem_row, self.emblem_choose, ()),
            ("lat", self.tr("Office location"), location_row, self.location,
             (self.location.textEdited,)),
        ]
        for field, label, widget, editor, edited in rows:
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(widget, QWidget):
                box.addWidget(widget)
            else:
                box.addLayout(widget)
            if field == "tambon":
                box.addWidget(self.place_info)
            if field == "lat":
                box.addWidget(self.location_info)
            message = error_label(self)
            box.addWidget(message)
            form.addRow(label, box)
            self.feedback.add(field, editor, message, edited)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)
        outer.addWidget(self.general_error)
        outer.addStretch(1)  # spare height goes below the form, not into its rows

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(lambda _i: self._suggest())
        self.completer.place_chosen.connect(self._place_chosen)
        self.tambon.textEdited.connect(self._tambon_edited)
        for name, signal in (("name", self.name.textEdited),
                             ("name_en", self.name_en.textEdited),
                             ("phone", self.phone.textEdited),
                             ("email", self.email.textEdited),
                             ("document_code", self.document_code.textEdited),
                             ("lat", self.location.textEdited)):
            signal.connect(lambda _t, n=name: self._edited(n))
        self.address.textChanged.connect(lambda: self._edited("address"))
        self.phone.editingFinished.connect(lambda: self._edited("phone"))

    # ------------------------------------------------------------------ values
    def load(self, profile: OfficeProfile) -> None:
        """Show a profile; fields the form does not edit are kept for values()."""
        self._base = profile
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind)))
        self.tambon.setText(profile.tambon)
        self._place = (Place(profile.tambon_code, profile.tambon, profile.amphoe,
                             profile.province, profile.postal_code)
                       if profile.tambon else None)
        self.name.setText(profile.name)
        self.name_en.setText(profile.name_en)
        self.address.setPlainText(profile.address)
        self.phone.setText(profile.phone)
        self.email.setText(profile.email)
        self.document_code.setText(profile.document_code)
        self.location.setText("" if profile.lat is None or profile.lon is None
                              else f"{profile.lat:.6f}, {profile.lon:.6f}")
        self._emblem = profile.emblem_png
        self._suggested_name = suggested_office_name(profile.kind, profile.tambon)
        self._suggested_address = ""
        self._touched.clear()
        self.feedback.clear_all()
        self._show_place()
        self._show_emblem()
        self._show_location()

    def values(self, base: OfficeProfile | None = None) -> OfficeProfile:
        """The profile as typed; an unreadable location counts as none (see problems())."""
        place = self._place
        position = self._position()
        return replace(
            base or self._base,
            kind=str(self.kind.currentData()), name=self.name.text(),
            name_en=self.name_en.text(), tambon=self.tambon.text().strip(),
            amphoe=place.amphoe if place else "", province=place.province if place else "",
            postal_code=place.postal_code if place else "",
            tambon_code=place.code if place else "",
            address=self.address.toPlainText(), phone=self.phone.text(),
            email=self.email.text().strip(), document_code=self.document_code.text(),
            lat=position[0] if position else None, lon=position[1] if position else None,
            emblem_png=self._emblem)

    def problems(self) -> list[FieldError]:
        """Everything the core finds wrong with the form's fields, named without "office."."""
        errors: list[FieldError] = []
        try:
            parse_coordinates(self.location.text())
        except RuleViolation as exc:
            errors.append(FieldError("lat", exc.code, dict(exc.params)))
        # The emblem was checked (and re-encoded) when chosen; checking it again per key is waste.
        profile = replace(self.values(), emblem_png=None)
        try:
            checked_config(OfficeConfig(office=profile), complete=True)
        except InvalidInput as exc:
            for error in exc.errors:
                field = error.field.removeprefix("office.")
                if error.field.startswith("office.") and field in FORM_FIELDS:
                    errors.append(FieldError("lat" if field == "lon" else field,
                                             error.code, error.params))
        return errors

    def is_valid(self) -> bool:
        return not self.problems()

    def show_errors(self, errors: Iterable[FieldError]) -> QWidget | None:
        """Show messages (fields named "name" or "office.name"); returns the editor to focus."""
        named = [FieldError(e.field.removeprefix("office."), e.code, e.params) for e in errors]
        self._touched.update(e.field for e in named)
        return self.feedback.show_errors(named)

    def show_problems(self, *, everywhere: bool = False) -> QWidget | None:
        """Messages under the fields already edited (or every field); the first to fix."""
        problems = [e for e in self.problems() if everywhere or e.field in self._touched]
        if everywhere:
            self._touched.update(e.field for e in problems)
        return self.feedback.show_errors(problems)

    def set_map_picker(self, pick: Callable[[Position | None], Position | None] | None) -> None:
        """`pick(current)` opens a map and returns the chosen position, or None if left."""
        self._pick = pick
        self.map_button.setVisible(pick is not None)

    # ------------------------------------------------------------------ behaviour
    def pick_on_map(self) -> bool:
        if self._pick is None:
            return False
        chosen = self._pick(self._position())
        if chosen is None:
            return False
        self.location.setText(f"{chosen[0]:.6f}, {chosen[1]:.6f}")
        self._edited("lat")
        return True

    def choose_emblem(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the office emblem"), "",
            self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return False
        try:
            with open(path, "rb") as file:
                data = file.read()
            self.set_emblem(checked_image(data))
        except OSError:
            self.show_errors([FieldError("emblem_png", "file.unreadable")])
            return False
        except RuleViolation as exc:
            self.show_errors([FieldError("emblem_png", exc.code, dict(exc.params))])
            return False
        return True

    def set_emblem(self, png: bytes | None) -> None:
        self._emblem = png
        self.feedback.clear("emblem_png")
        self._show_emblem()
        self.changed.emit()

    def emblem(self) -> bytes | None:
        return self._emblem

    def _position(self) -> Position | None:
        try:
            return parse_coordinates(self.location.text())
        except RuleViolation:
            return None

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        if field == "lat":
            self._show_location()
        self.show_problems()
        self.changed.emit()

    def _tambon_edited(self, text: str) -> None:
        # Typing over a picked tambon un-picks it: amphoe and province no longer follow.
        if self._place is not None and text.strip() != self._place.tambon:
            self._place = None
            self._show_place()
        self._suggest()
        self.changed.emit()

    def _place_chosen(self, place: Place) -> None:
        if self.tambon.text() != place.tambon:
            self.tambon.setText(place.tambon)
        self._place = place
        self._show_place()
        address = suggested_address(place.tambon, place.amphoe, place.province,
                                    place.postal_code, bangkok=place.is_bangkok)
        current = self.address.toPlainText().strip()
        if not current or current == self._suggested_address:
            self.address.setPlainText(address)
        self._suggested_address = address
        self._suggest()
        self.feedback.clear("tambon")
        self.changed.emit()

    def _suggest(self) -> None:
        """The office name follows kind and tambon until someone types their own."""
        suggestion = suggested_office_name(str(self.kind.currentData()), self.tambon.text())
        if self.name.text().strip() in ("", self._suggested_name) and suggestion:
            self.name.setText(suggestion)
            self.feedback.clear("name")
        self._suggested_name = suggestion
        self.changed.emit()

    def _show_place(self) -> None:
        place = self._place
        if place is None:
            self.place_info.setText(self.tr("Not picked from the official list"))
            return
        text = " ".join(part for part in place.label.split(" ")[1:])
        english = english_names(place.code) if place.code else None
        if english:
            text += f"  ·  {english[0]}, {english[1]}, {english[2]}"
        self.place_info.setText(text)

    def _show_location(self) -> None:
        """A link is long and opaque: say which position it was read as."""
        position = self._position()
        typed = self.location.text().strip()
        shown = f"{position[0]:.6f}, {position[1]:.6f}" if position else ""
        self.location_info.setText(self.tr("Read as %1").replace("%1", shown)
                                   if position and typed != shown else "")
        self.location_info.setVisible(bool(self.location_info.text()))

    def _show_emblem(self) -> None:
        pixmap = QPixmap()
        if self._emblem and pixmap.loadFromData(self._emblem):
            self.emblem_preview.setPixmap(pixmap.scaled(
                EMBLEM_PREVIEW - 8, EMBLEM_PREVIEW - 8, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.emblem_preview.setPixmap(QPixmap())
            self.emblem_preview.setText(self.tr("No emblem"))
        self.emblem_remove.setEnabled(bool(self._emblem))
