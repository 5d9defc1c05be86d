"""One question of a category: its kind, words, rule, choices and when it is asked.

Saved at once by the core (category_fields.save_field), which checks everything and names
the part that is wrong; the message shows under that part. A field complaints already answer
keeps its code and kind (their answers must still read the same), and its used choices can
only be retired, never removed.
"""
from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.custom_fields import (
    CHOICE_KINDS,
    NO,
    YES,
    FieldDefinition,
    FieldKind,
    ShowIf,
)
from fondue_desk.domain.errors import FieldError, FondueError, InvalidInput
from fondue_desk.domain.text import ascii_digits
from fondue_desk.services import category_fields
from fondue_desk.services.category_fields import CategoryFieldView

from ..messages import error_text
from ..style import FIELD_ERROR, HINT, PRIMARY_BUTTON
from ..widgets.choices_table import ChoicesTable
from ..widgets.custom_field_editors import choice_name, language
from ..widgets.field_feedback import FieldFeedback, error_label
from ..widgets.screen_fit import resize_within_screen
from ..widgets.vertical_scroll import VerticalScrollArea

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database


# Marked for lupdate here, translated when shown.
_KIND_TEXTS = {
    FieldKind.SHORT_TEXT: QT_TRANSLATE_NOOP("FieldKinds", "Short text"),
    FieldKind.LONG_TEXT: QT_TRANSLATE_NOOP("FieldKinds", "Long text"),
    FieldKind.NUMBER: QT_TRANSLATE_NOOP("FieldKinds", "Number"),
    FieldKind.DATE: QT_TRANSLATE_NOOP("FieldKinds", "Date"),
    FieldKind.TIME: QT_TRANSLATE_NOOP("FieldKinds", "Time"),
    FieldKind.SINGLE_CHOICE: QT_TRANSLATE_NOOP("FieldKinds", "One choice"),
    FieldKind.MULTI_CHOICE: QT_TRANSLATE_NOOP("FieldKinds", "Several choices"),
    FieldKind.YES_NO: QT_TRANSLATE_NOOP("FieldKinds", "Yes / no"),
    FieldKind.VEHICLE_PLATE: QT_TRANSLATE_NOOP("FieldKinds", "Vehicle plate"),
    FieldKind.PHONE: QT_TRANSLATE_NOOP("FieldKinds", "Phone number"),
}


def kind_label(kind: FieldKind) -> str:
    return QCoreApplication.translate("FieldKinds", _KIND_TEXTS[kind])


def suggested_code(text: str) -> str:
    """A code from the English label ("Plate number" → "plate_number")."""
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")[:40]


class FieldEditDialog(QDialog):
    def __init__(self, db: Database, actor_id: int, category_id: int,
                 view: CategoryFieldView | None, siblings: list[FieldDefinition],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor_id = actor_id
        self._category_id = category_id
        self._view = view
        self._siblings = [d for d in siblings if view is None or d.code != view.definition.code]
        self._code_typed = view is not None
        self.saved: CategoryFieldView | None = None
        used = view is not None and view.used_by > 0
        self.setWindowTitle(self.tr("Edit question") if view else self.tr("New question"))
        self._create_editors(used)
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        self._build_layout(used)
        self._fill(view.definition if view else None)
        self._connect()
        resize_within_screen(self, 860, 680)
        chain = [self.label, self.label_en, self.kind, self.code, self.required, self.help,
                 self.help_en, self.unit, self.minimum, self.maximum, self.choices.table,
                 self.choices.add_button, self.show_if_field, self.show_if_value]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def showEvent(self, event) -> None:  # noqa: N802  (Qt override)
        super().showEvent(event)
        self.label.setFocus()

    # ----------------------------------------------------------------- building
    def _create_editors(self, used: bool) -> None:
        self.kind = QComboBox(self)
        for kind in FieldKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setEnabled(not used)
        self.code = QLineEdit(self)
        self.code.setReadOnly(used)
        self.code.setPlaceholderText(self.tr("from the English question, or question_1, …"))
        self.label = QLineEdit(self)
        self.label_en = QLineEdit(self)
        self.required = QCheckBox(self.tr("An answer is required"), self)
        self.help = QLineEdit(self)
        self.help_en = QLineEdit(self)
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("e.g. ลิตร, เมตร"))
        self.minimum = QLineEdit(self)
        self.maximum = QLineEdit(self)
        self.choices = ChoicesTable(self)
        self.show_if_field = QComboBox(self)
        self.show_if_value = QComboBox(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save question"))
        save.setObjectName(PRIMARY_BUTTON)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _row(self, form: QFormLayout, name: str, caption: str, editor: QWidget,
             signals=()) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        message = error_label(box)
        column.addWidget(message)
        form.addRow(caption, box)
        self.feedback.add(name, editor, message, signals)
        return box

    def _build_layout(self, used: bool) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        self._row(form, "label", self.tr("Question (Thai)"), self.label,
                  (self.label.textEdited,))
        self._row(form, "label_en", self.tr("Question (English)"), self.label_en,
                  (self.label_en.textEdited,))
        self._row(form, "kind", self.tr("Kind of answer"), self.kind,
                  (self.kind.currentIndexChanged,))
        self._row(form, "code", self.tr("Code"), self.code, (self.code.textEdited,))
        form.addRow("", self.required)
        self._row(form, "help", self.tr("Help (Thai)"), self.help, (self.help.textEdited,))
        self._row(form, "help_en", self.tr("Help (English)"), self.help_en,
                  (self.help_en.textEdited,))
        number = QWidget(self)
        line = QHBoxLayout(number)
        line.setContentsMargins(0, 0, 0, 0)
        for caption, editor in ((self.tr("Unit"), self.unit), (self.tr("From"), self.minimum),
                                (self.tr("To"), self.maximum)):
            line.addWidget(QLabel(caption, number))
            line.addWidget(editor, 1)
        self.number_row = self._row(form, "minimum", self.tr("Number"), number,
                                    (self.minimum.textEdited, self.maximum.textEdited))
        # One message line under the three number boxes, whichever of them it is about.
        shared = self.number_row.findChild(QLabel, FIELD_ERROR)
        self.feedback.add("maximum", self.maximum, shared)
        self.feedback.add("unit", self.unit, shared)
        self.choices_row = self._row(form, "choices", self.tr("Choices"), self.choices,
                                     (self.choices.changed,))
        condition = QWidget(self)
        line = QHBoxLayout(condition)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.show_if_field, 1)
        line.addWidget(QLabel(self.tr("is"), condition))
        line.addWidget(self.show_if_value, 1)
        self._row(form, "show_if", self.tr("Ask only when"), condition,
                  (self.show_if_field.currentIndexChanged,
                   self.show_if_value.currentIndexChanged))
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.addLayout(form)
        if used:
            note = QLabel(self.tr(
                "%n complaint(s) answer this question: its code and kind stay as they are, and a "
                "choice they use can be retired but not removed.", "", self._view.used_by), body)
            note.setObjectName(HINT)
            note.setWordWrap(True)
            column.addWidget(note)
        column.addWidget(self.general_error)
        column.addStretch(1)
        scroll = VerticalScrollArea(self)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.label_en.textEdited.connect(self._suggest_code)
        self.code.textEdited.connect(lambda _t: setattr(self, "_code_typed", True))
        self.show_if_field.currentIndexChanged.connect(self._fill_show_if_values)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # ----------------------------------------------------------------- filling
    def _fill(self, d: FieldDefinition | None) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(
            d.kind.value if d else FieldKind.SHORT_TEXT.value), 0))
        self.code.setText(d.code if d else "")
        self.label.setText(d.label if d else "")
        self.label_en.setText(d.label_en if d else "")
        self.required.setChecked(d.required if d else False)
        self.help.setText(d.help if d else "")
        self.help_en.setText(d.help_en if d else "")
        self.unit.setText(d.unit if d else "")
        self.minimum.setText(_number_text(d.minimum if d else None))
        self.maximum.setText(_number_text(d.maximum if d else None))
        used_keys = set()  # the table lets the admin remove any; the core refuses used ones
        self.choices.set_choices(d.choices if d else (), used_keys)
        self.show_if_field.addItem(self.tr("— always asked —"), "")
        # Only a field asked before this one can decide whether this one is asked.
        before = d.order if d is not None else float("inf")
        for sibling in self._siblings:
            if sibling.kind in CHOICE_KINDS and sibling.active and sibling.order < before:
                self.show_if_field.addItem(sibling.label, sibling.code)
        condition = d.show_if if d else None
        if condition is not None:
            self.show_if_field.setCurrentIndex(max(self.show_if_field.findData(condition.field),
                                                   0))
            self._fill_show_if_values()
            self.show_if_value.setCurrentIndex(max(
                self.show_if_value.findData(condition.value), 0))
        else:
            self._fill_show_if_values()
        self._kind_changed()

    def _fill_show_if_values(self, *_args) -> None:
        self.show_if_value.clear()
        code = self.show_if_field.currentData()
        sibling = next((s for s in self._siblings if s.code == code), None)
        self.show_if_value.setEnabled(sibling is not None)
        if sibling is None:
            return
        lang = language()
        for choice in sibling.all_choices():
            self.show_if_value.addItem(choice_name(choice, lang), choice.key)

    def _kind_changed(self, *_args) -> None:
        kind = FieldKind(self.kind.currentData())
        self.number_row.setVisible(kind == FieldKind.NUMBER)
        self.choices_row.setVisible(kind in CHOICE_KINDS)
        self._label_of(self.number_row).setVisible(kind == FieldKind.NUMBER)
        self._label_of(self.choices_row).setVisible(kind in CHOICE_KINDS)
        yes_no = kind == FieldKind.YES_NO
        if yes_no and sorted(c.key for c in self.choices.choices()) != sorted((YES, NO)):
            # Yes and no are the two choices; their words and a stop notice may change.
            self.choices.set_choices(FieldDefinition("", kind, "").all_choices())
        self.choices.set_fixed_keys(yes_no)

    def _label_of(self, box: QWidget) -> QWidget:
        return self._form.labelForField(box)

    def _suggest_code(self, text: str) -> None:
        if not self._code_typed and not self.code.isReadOnly():
            self.code.setText(suggested_code(text))

    # ----------------------------------------------------------------- saving
    def definition(self) -> FieldDefinition:
        kind = FieldKind(self.kind.currentData())
        number = kind == FieldKind.NUMBER
        condition = self.show_if_field.currentData()
        value = self.show_if_value.currentData()
        order = self._view.definition.order if self._view else 10 * (len(self._siblings) + 1)
        if self._view is None and self._siblings:
            order = max(s.order for s in self._siblings) + 10
        return FieldDefinition(
            code=self.code.text().strip() or self._free_code(), kind=kind, label=self.label.text().strip(),
            label_en=self.label_en.text().strip(), required=self.required.isChecked(),
            order=order, help=self.help.text().strip(), help_en=self.help_en.text().strip(),
            unit=self.unit.text().strip() if number else "",
            minimum=_number_or_none(self.minimum.text()) if number else None,
            maximum=_number_or_none(self.maximum.text()) if number else None,
            choices=self.choices.choices() if kind in CHOICE_KINDS else (),
            show_if=ShowIf(condition, value) if condition and value else None,
            active=self._view.definition.active if self._view else True)

    def _free_code(self) -> str:
        """A question typed only in Thai still gets a code: question_1, question_2, …"""
        taken = {s.code for s in self._siblings}
        return next(f"question_{n}" for n in range(1, len(taken) + 2)
                    if f"question_{n}" not in taken)

    def local_errors(self) -> list[FieldError]:
        errors = []
        kind = FieldKind(self.kind.currentData())
        if kind == FieldKind.NUMBER:
            for name, editor in (("minimum", self.minimum), ("maximum", self.maximum)):
                text = editor.text().strip()
                if text and _number_or_none(text) is None:
                    errors.append(FieldError(name, "custom.not_a_number"))
        return errors

    def save(self) -> CategoryFieldView | None:
        errors = self.local_errors()
        if errors:
            self._show(errors)
            return None
        try:
            self.saved = category_fields.save_field(
                self._db, self._actor_id, self._category_id, self.definition(),
                field_id=self._view.id if self._view else None)
        except InvalidInput as exc:
            self._show(list(exc.errors))
            return None
        except FondueError as exc:
            self.feedback.clear_all()
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            return None
        self.accept()
        return self.saved

    def _show(self, errors: list[FieldError]) -> None:
        first = self.feedback.show_errors(errors)
        self.choices.show_row_errors(errors)
        (first or self.label).setFocus()

    def error_text(self, name: str = "") -> str:
        if name:
            return self.feedback.message(name)
        return self.general_error.text() if not self.general_error.isHidden() else ""


def _number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _number_or_none(text: str) -> float | None:
    text = ascii_digits(text.strip()).replace(",", "")
    try:
        return float(text) if text else None
    except ValueError:
        return None
