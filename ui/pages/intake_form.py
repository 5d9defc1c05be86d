"""The walk-in complaint form's fields: layout, tab order, reading them out, clearing them."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from contextlib import contextmanager

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.custom_fields import FieldDefinition
from fondue_desk.domain.errors import FieldError, RuleViolation
from fondue_desk.domain.geo import parse_coordinates
from fondue_desk.services.intake import ComplaintInput
from fondue_desk.services.places import Place
from fondue_desk.services.views import CategoryView, VillageView

from ..dialogs.location_picker_dialog import MapPickerButton
from ..labels import channels
from ..style import HINT
from ..widgets import form_snapshot
from ..widgets.category_combo import CategoryComboWidget
from ..widgets.custom_fields_form import PREFIX, CustomFieldsForm
from ..widgets.field_feedback import FieldFeedback, error_label
from ..widgets.form_snapshot import FormSnapshot
from ..widgets.intake_photos import IntakePhotosWidget
from ..widgets.place_completer import PlaceCompleter
from ..widgets.village_combo import VillageComboWidget
from .intake_duplicates import DuplicatesPanel
from .intake_language import ComplainantLanguageWidget

DESCRIPTION_LINES = 8


class IntakeFormWidget(QWidget):
    edited = Signal()  # the clerk changed something (not the form clearing or restoring itself)

    def __init__(self, categories: list[CategoryView], villages: list[VillageView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self._villages = {village.id: village for village in villages}
        self._fields_of: Mapping[int, tuple[FieldDefinition, ...]] = {}
        # Reads the categories' questions again when Settings changes categories.
        self.fields_loader: Callable[[], Mapping[int, tuple[FieldDefinition, ...]]] | None = None
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        self._create_editors(villages)
        self.duplicates = DuplicatesPanel(self)  # open complaints nearby, to link to
        self.category.set_categories(categories)
        complaint, place, person = self._complaint_box(), self._place_box(), self._person_box()
        self._aligned = self._align_labels(complaint, place)
        self._label_width = max((label.minimumWidth() for label in self._aligned), default=0)
        self.custom_fields.set_label_width(self._label_width)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(complaint)
        left.addWidget(place)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(person)
        right.addWidget(self.duplicates)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        self._connect()
        self._set_tab_order()

    # ----------------------------------------------------------------- building
    def _create_editors(self, villages: list[VillageView]) -> None:
        self.category = CategoryComboWidget(self)
        # The category's own questions, asked right under it (set_category_fields).
        self.custom_fields = CustomFieldsForm(self)
        self.sla_label = QLabel(self)
        self.sla_label.setObjectName(HINT)
        self.channel = QComboBox(self)
        for value, label in channels():
            self.channel.addItem(label, value)
        self.description = QPlainTextEdit(self)
        # Tab must move on, not indent: the form is driven from the keyboard.
        self.description.setTabChangesFocus(True)
        line = self.description.fontMetrics().lineSpacing()
        # Room for a typical complaint without scrolling; longer ones scroll inside the box.
        self.description.setFixedHeight(line * DESCRIPTION_LINES + 14)
        self.description.setPlaceholderText(self.tr("What is wrong, and where exactly?"))
        self.photos = IntakePhotosWidget(self)  # Ctrl+Shift+O works anywhere in the form
        # Shown only when the office syncs with Traffy Fondue (set_traffy); ticked by default
        # as the office chose, and back to that default after every save.
        self.send_to_traffy = QCheckBox(self.tr("Send to Traffy Fondue"), self)
        self.send_to_traffy.setVisible(False)
        self._traffy_default = False
        self.village = VillageComboWidget(self)
        self.village.set_villages(villages)
        self.location_text = QLineEdit(self)
        self.location_text.setPlaceholderText(self.tr("e.g. in front of the temple, near the school"))
        self.coordinates = QLineEdit(self)
        self.coordinates.setPlaceholderText(
            self.tr("e.g. 18.7883, 98.9853 or paste a Google Maps link"))
        # Hidden until the page gives it a database (MapPickerButton.enable).
        self.map_button = MapPickerButton(self.coordinates, self.village_position, self)
        self.map_button.position_chosen.connect(lambda: self.feedback.clear("location"))
        self.anonymous = QCheckBox(self.tr("Wishes to remain anonymous"), self)
        self.name = QLineEdit(self)
        self.language = ComplainantLanguageWidget(self.name, self)  # suggested by the name
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("e.g. 081 234 5678"))
        self.national_id = QLineEdit(self)
        self.national_id.setPlaceholderText(self.tr("optional, 13 digits"))
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("house no., moo, road"))
        self.tambon = QLineEdit(self)
        self.tambon.setPlaceholderText(self.tr("type to search sub-districts"))
        self.places = PlaceCompleter(self.tambon)
        self.amphoe, self.province, self.postal_code = (QLineEdit(self) for _ in range(3))
        for filled in (self.amphoe, self.province, self.postal_code):
            filled.setReadOnly(True)
            # Filled from the chosen sub-district; Tab skips them so typing never lands there.
            filled.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def _field(self, name: str, editor: QWidget, signals: Iterable[SignalInstance] = (),
               extra: QWidget | None = None) -> QWidget:
        """The editor with its (hidden until needed) error message under it."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra is None:
            column.addWidget(editor)
        else:
            row = QHBoxLayout()
            row.addWidget(editor, 1)
            row.addWidget(extra)
            column.addLayout(row)
        label = error_label(box)
        column.addWidget(label)
        self.feedback.add(name, editor, label, signals)
        return box

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        return form

    @staticmethod
    def _align_labels(*boxes: QGroupBox) -> list[QWidget]:
        """One label width for the stacked boxes, so their fields start on the same line."""
        labels: list[QWidget] = []
        for box in boxes:
            form = box.layout()
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    labels.append(item.widget())
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)
            if isinstance(label, QLabel):  # widened labels would otherwise go left-aligned
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return labels

    def _complaint_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Complaint"), self)
        form = self._form(box)
        category_edits = (self.category.lineEdit().textEdited, self.category.activated)
        form.addRow(self.tr("Category"),
                    self._field("category_id", self.category, category_edits, self.sla_label))
        form.addRow(self.custom_fields)
        form.addRow(self.tr("Channel"),
                    self._field("channel", self.channel, (self.channel.currentIndexChanged,)))
        form.addRow(self.tr("Details"), self._field(
            "description", self.description, (self.description.textChanged,)))
        hint = QLabel(self.tr("Enter saves · Shift+Enter starts a new line"), box)
        hint.setObjectName(HINT)
        form.addRow("", hint)
        form.addRow(self.photos.caption, self.photos)
        form.addRow("", self.send_to_traffy)
        self.feedback.add("photos", self.photos, self.photos.error_label, (self.photos.edited,))
        return box

    def _place_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Location"), self)
        form = self._form(box)
        form.addRow(self.tr("Village"), self._field(
            "village_id", self.village,
            (self.village.village_changed, self.village.lineEdit().textEdited)))
        form.addRow(self.tr("Spot"), self._field(
            "location_text", self.location_text, (self.location_text.textEdited,)))
        form.addRow(self.tr("Coordinates"), self._field(
            "location", self.coordinates, (self.coordinates.textEdited,), self.map_button))
        return box

    def _person_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Complainant"), self)
        form = self._form(box)
        form.addRow("", self.anonymous)
        form.addRow(self.tr("Full name"), self._field(
            "complainant_name", self.name, (self.name.textEdited, self.anonymous.toggled)))
        form.addRow(self.tr("Reads"), self.language)
        form.addRow(self.tr("Phone"), self._field("phone", self.phone, (self.phone.textEdited,)))
        form.addRow(self.tr("National ID"), self._field(
            "national_id", self.national_id,
            (self.national_id.textEdited, self.anonymous.toggled)))
        form.addRow(self.tr("Address"),
                    self._field("address_line", self.address, (self.address.textEdited,)))
        form.addRow(self.tr("Sub-district"), self._field(
            "tambon", self.tambon, (self.tambon.textEdited, self.places.place_chosen)))
        form.addRow(self.tr("District"), self.amphoe)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("Postal code"), self.postal_code)
        return box

    def _connect(self) -> None:
        self.category.category_changed.connect(self._show_sla)
        self.category.category_changed.connect(self._ask_category_fields)
        self.category.category_changed.connect(self.photos.follow_category)
        self.photos.edited.connect(self._edited)
        self.custom_fields.edited.connect(self._edited)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.places.place_chosen.connect(self._place_chosen)
        self.tambon.textEdited.connect(self._tambon_edited)
        self.feedback.clear_on("phone", "contact.required", (
            self.address.textEdited, self.tambon.textEdited, self.places.place_chosen))
        self._report_edits()

    def _report_edits(self) -> None:
        """One `edited` signal for every change the clerk makes, whichever editor it is in."""
        for editor in self._editors():
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(self._edited)
            elif isinstance(editor, QPlainTextEdit):
                editor.textChanged.connect(self._edited)
            elif isinstance(editor, QCheckBox):
                editor.toggled.connect(self._edited)
            elif isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(self._edited)
                if editor.lineEdit() is not None:
                    editor.lineEdit().textEdited.connect(self._edited)
        self.map_button.position_chosen.connect(self._edited)
        self.places.place_chosen.connect(self._edited)

    def _edited(self, *_args) -> None:
        if not self._quiet:
            self.edited.emit()

    @contextmanager
    def _quietly(self):
        """Changes the form makes itself (clearing, restoring, new reference data)."""
        was, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was

    def _set_tab_order(self) -> None:
        chain = self.tab_chain()
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def tab_chain(self) -> list[QWidget]:
        """The editors in the order Tab visits them: down the left column, then the right."""
        return [self.category, *self.custom_fields.focus_chain(), self.channel,
                self.description, *self.photos.focus_chain(), self.send_to_traffy,
                self.village,
                self.location_text, self.coordinates,
                self.anonymous, self.name, self.language.combo, self.phone, self.national_id,
                self.address,
                self.tambon, *self.duplicates.focus_chain()]

    def set_category_fields(self, fields: Mapping[int, tuple[FieldDefinition, ...]]) -> None:
        """Each category's questions (services.category_fields.office_fields); the chosen
        category's are asked at once, keeping answers to the questions asked before."""
        self._fields_of = fields
        with self._quietly():
            self._ask_category_fields(self.category.category())

    def _ask_category_fields(self, category: CategoryView | None) -> None:
        fields = self._fields_of.get(category.id, ()) if category is not None else ()
        if fields == self.custom_fields.fields():
            return
        self.custom_fields.set_fields(fields)
        self._line_up_labels()
        self._set_tab_order()

    def _line_up_labels(self) -> None:
        """A question's label may be longer than the form's own: all start on one line."""
        width = max(self._label_width, self.custom_fields.caption_width())
        for label in self._aligned:
            label.setMinimumWidth(width)
        self.custom_fields.set_label_width(width)

    def set_reference(self, categories: list[CategoryView], villages: list[VillageView]) -> None:
        """New categories and villages from Settings, without losing what is being typed."""
        self._villages = {village.id: village for village in villages}
        with self._quietly():
            if self.fields_loader is not None:
                self._fields_of = self.fields_loader()
            self.category.set_categories(categories, keep=True)
            self.village.set_villages(villages, keep=True)
            self._ask_category_fields(self.category.category())
            self.photos.follow_category(self.category.category())  # Settings may change it

    # ----------------------------------------------------------------- behaviour
    def _show_sla(self, category: CategoryView | None) -> None:
        if category is None:
            self.sla_label.clear()
        else:
            self.sla_label.setText(self.tr("Due within %n day(s)", "", category.sla_days))

    def _anonymous_toggled(self, anonymous: bool) -> None:
        for editor in (self.name, self.national_id):
            editor.setEnabled(not anonymous)

    def choose_place(self, place: Place) -> None:
        """Fill the sub-district and the parts that follow from it, as the completer does."""
        self.tambon.setText(place.tambon)
        self._place_chosen(place)

    def _place_chosen(self, place: Place) -> None:
        self.amphoe.setText(place.amphoe)
        self.province.setText(place.province)
        self.postal_code.setText(place.postal_code)

    def _tambon_edited(self, _text: str) -> None:
        # The filled parts belonged to the sub-district that was chosen; typing un-chooses it.
        for filled in (self.amphoe, self.province, self.postal_code):
            filled.clear()

    def village_position(self) -> tuple[float, float] | None:
        """Where the map picker opens (else the office): the chosen village, if it is placed."""
        village = self._villages.get(self.village.village_id())
        return None if village is None or None in (village.lat, village.lon) else (
            village.lat, village.lon)

    # ----------------------------------------------------------------- data
    def collect(self) -> tuple[ComplaintInput, list[FieldError]]:
        """The input as typed, plus the errors only the form can see (unreadable text)."""
        errors: list[FieldError] = []
        category = self.category.resolve()
        if category is None and self.category.has_text():
            errors.append(FieldError("category_id", "category.unknown"))
        if self.village.resolve() is None and self.village.has_text():
            errors.append(FieldError("village_id", "village.unknown"))
        lat = lon = None
        try:
            position = parse_coordinates(self.coordinates.text())
        except RuleViolation as exc:
            errors.append(FieldError("location", exc.code, exc.params))
        else:
            if position is not None:
                lat, lon = position
        data = ComplaintInput(
            category_id=category.id if category else None,
            description=self.description.toPlainText(),
            channel=self.channel.currentData(),
            anonymous=self.anonymous.isChecked(),
            complainant_name=self.name.text(),
            phone=self.phone.text(),
            national_id=self.national_id.text(),
            address_line=self.address.text(),
            tambon=self.tambon.text(),
            amphoe=self.amphoe.text(),
            province=self.province.text(),
            postal_code=self.postal_code.text(),
            village_id=self.village.village_id(),
            location_text=self.location_text.text(),
            lat=lat,
            lon=lon,
            field_values=self.custom_fields.values(),
            photos=self.photos.photos(),
            send_to_traffy=self.send_to_traffy.isVisibleTo(self)
            and self.send_to_traffy.isChecked(),
            duplicate_of=self.duplicates.duplicate_of(),
            language=self.language.language(),
        )
        return data, errors

    def _line_edits(self) -> list[QLineEdit]:
        return [self.location_text, self.coordinates, self.name, self.phone, self.national_id,
                self.address, self.tambon, self.amphoe, self.province, self.postal_code]

    def is_blank(self) -> bool:
        return (not self.category.has_text() and not self.description.toPlainText().strip()
                and not self.village.has_text() and not self.anonymous.isChecked()
                and self.custom_fields.is_blank() and self.photos.is_blank()
                and self.send_to_traffy.isChecked() == self._traffy_default
                and not self.language.is_manual()
                and not any(edit.text().strip() for edit in self._line_edits()))

    def clear(self) -> None:
        """Empty every field but the channel: a desk takes phone calls in runs, too."""
        with self._quietly():
            self.category.clear_choice()
            self.description.clear()
            self.village.choose(None)
            self.anonymous.setChecked(False)
            for edit in self._line_edits():
                edit.clear()
            self.language.reset()
            self.custom_fields.clear()
            self.photos.clear()
            self.send_to_traffy.setChecked(self._traffy_default)
            self.duplicates.clear()
        self.clear_errors()

    def set_traffy(self, enabled: bool, send_by_default: bool) -> None:
        """The office's Traffy Fondue sync: the tick box shows only when it is on."""
        self._traffy_default = enabled and send_by_default
        self.send_to_traffy.setVisible(enabled)
        with self._quietly():
            self.send_to_traffy.setChecked(self._traffy_default)

    # ----------------------------------------------------------------- errors
    def show_errors(self, errors: Iterable[FieldError]) -> QWidget | None:
        """Every message next to its field; returns the editor to fix first (top down)."""
        errors = list(errors)
        own = [e for e in errors if e.field.startswith(PREFIX)]
        first = self.feedback.show_errors([e for e in errors if e not in own])
        first_answer = self.custom_fields.show_errors(own)
        if first is self.category or first_answer is None:
            return first
        return first_answer

    def clear_errors(self) -> None:
        self.feedback.clear_all()
        self.custom_fields.clear_errors()

    # ----------------------------------------------------------------- undo
    def _editors(self) -> list[QWidget]:
        return form_snapshot.editors(self)

    def snapshot(self) -> FormSnapshot:
        taken = form_snapshot.take(self)
        return FormSnapshot(taken.values, extra=self.custom_fields.values(),
                            photos=self.photos.photos())

    def restore(self, snapshot: FormSnapshot) -> None:
        with self._quietly():
            form_snapshot.restore(snapshot)  # the category first asks its questions again
            self.language.restored(self.name.text())
            self.custom_fields.set_values(snapshot.extra or {})
            self.photos.set_photos(snapshot.photos)
            self.duplicates.restore_cleared()
        self.clear_errors()
