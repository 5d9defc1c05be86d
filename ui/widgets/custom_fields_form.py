"""The questions an office added to a category, asked under the category box.

The core decides everything about the answers (field_answers: which fields show, which choice
stops the form, what is valid); this widget only asks it again after every edit, so a field
shown "only when X is Y" appears the moment X becomes Y, and a stopping choice puts its notice
in a red bar at once. Answers of fields that are hidden are not sent.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from fondue_desk.domain import field_answers
from fondue_desk.domain.custom_fields import Choice, FieldDefinition
from fondue_desk.domain.errors import FieldError

from ..messages import field_error_text
from ..style import HINT
from .custom_field_editors import FieldEditor, LongTextEditor, language, make_editor
from .enter_submits import EnterSubmits
from .field_feedback import error_label
from .form_snapshot import OWN_SNAPSHOT

PREFIX = "field:"  # FieldError.field of an answer: "field:<code>"
STOP_STYLE = ("background: #c62828; color: white; font-weight: bold; border-radius: 6px;"
              " padding: 8px 12px;")

Answers = dict[str, str | tuple[str, ...]]


@dataclass
class _Row:
    definition: FieldDefinition
    caption: QLabel
    box: QWidget
    editor: FieldEditor
    error: QLabel


class CustomFieldsForm(QWidget):
    edited = Signal()         # the user changed an answer (not set_values/clear)
    enter_pressed = Signal()  # Enter in a long-text answer: the page's "Enter saves"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty(OWN_SNAPSHOT, True)
        self._defs: tuple[FieldDefinition, ...] = ()
        self._rows: dict[str, _Row] = {}
        self._quiet = False
        self._label_width = 0
        self.lang = language()
        self.stop_bar = QLabel(self)
        self.stop_bar.setWordWrap(True)
        self.stop_bar.setStyleSheet(STOP_STYLE)
        self.stop_bar.setTextFormat(Qt.TextFormat.PlainText)  # the office's words, not HTML
        self.stop_bar.hide()
        self._form = QFormLayout()
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setHorizontalSpacing(12)
        self._form.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.stop_bar)
        layout.addLayout(self._form)
        self.hide()

    # ----------------------------------------------------------------- fields
    def set_fields(self, definitions: Iterable[FieldDefinition], *, keep: bool = True) -> None:
        """Ask these questions (in their order); answers to a code asked again are kept."""
        kept = self._raw_values() if keep else {}
        with self._quietly():
            while self._form.rowCount():
                self._form.removeRow(0)
            self._rows.clear()
            self._defs = tuple(sorted(definitions, key=lambda d: d.order))
            for definition in self._defs:
                self._add_row(definition)
            self.set_label_width(self._label_width)
            self.set_values(kept)
        self.setVisible(bool(self._defs))

    def fields(self) -> tuple[FieldDefinition, ...]:
        return self._defs

    def _add_row(self, definition: FieldDefinition) -> None:
        editor = make_editor(definition, self)
        caption = QLabel(self._caption(definition), self)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption.setBuddy(editor.widget)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        editor.setParent(box)
        help_text = definition.help_en if self.lang == "en" and definition.help_en \
            else definition.help
        if help_text:
            hint = QLabel(help_text, box)
            hint.setObjectName(HINT)
            hint.setWordWrap(True)
            column.addWidget(hint)
            editor.widget.setToolTip(help_text)
        error = error_label(box)
        column.addWidget(error)
        self._form.addRow(caption, box)
        row = _Row(definition, caption, box, editor, error)
        self._rows[definition.code] = row
        editor.changed.connect(lambda code=definition.code: self._changed(code))
        if isinstance(editor, LongTextEditor):
            EnterSubmits(editor.edit, self.enter_pressed.emit, editor)

    def _caption(self, definition: FieldDefinition) -> str:
        label = definition.label_en if self.lang == "en" and definition.label_en \
            else definition.label
        if not definition.active:
            label += self.tr(" (retired)")
        return label + (" *" if definition.required else "")

    def set_label_width(self, width: int) -> None:
        """Line the captions up with the form around (its own labels' width)."""
        self._label_width = width
        for row in self._rows.values():
            row.caption.setMinimumWidth(width)

    def caption_width(self) -> int:
        return max((row.caption.sizeHint().width() for row in self._rows.values()), default=0)

    # ----------------------------------------------------------------- answers
    def _raw_values(self) -> Answers:
        return {code: row.editor.value() for code, row in self._rows.items()
                if row.editor.value()}

    def values(self) -> Answers:
        """The answers of the fields now asked, by code; unanswered ones left out."""
        shown = {d.code for d in self.visible_fields()}
        return {code: value for code, value in self._raw_values().items() if code in shown}

    def set_values(self, values: Mapping[str, str | Sequence[str]]) -> None:
        with self._quietly():
            for code, row in self._rows.items():
                value = values.get(code, "")
                row.editor.set_value(value if isinstance(value, str) else tuple(value))
        self._follow_answers()

    def clear(self) -> None:
        with self._quietly():
            for row in self._rows.values():
                row.editor.clear()
        self.clear_errors()
        self._follow_answers()

    def is_blank(self) -> bool:
        return not self._raw_values()

    def visible_fields(self) -> list[FieldDefinition]:
        return list(field_answers.visible_fields(self._defs, self._raw_values()))

    def stop(self) -> tuple[FieldDefinition, Choice] | None:
        """The picked choice that stops the form, if any (shown in the red bar)."""
        return field_answers.stop_choice(self.visible_fields(), self.values())

    def stop_text(self) -> str:
        return self.stop_bar.text() if not self.stop_bar.isHidden() else ""

    # ----------------------------------------------------------------- errors
    def show_errors(self, errors: Iterable[FieldError]) -> QWidget | None:
        """Each answer's first message under it; returns the first such editor on screen."""
        self.clear_errors()
        flagged: set[str] = set()
        for error in errors:
            code = error.field.removeprefix(PREFIX)
            row = self._rows.get(code)
            if row is None or not error.field.startswith(PREFIX) or code in flagged:
                continue
            flagged.add(code)
            row.error.setText(field_error_text(error))
            row.error.show()
        return next((row.editor.widget for code, row in self._rows.items()
                     if code in flagged and not row.box.isHidden()), None)

    def clear_errors(self) -> None:
        for row in self._rows.values():
            row.error.clear()
            row.error.hide()

    def message(self, code: str) -> str:
        error = self._rows[code].error
        return error.text() if not error.isHidden() else ""

    # ----------------------------------------------------------------- focus
    def editor(self, code: str) -> FieldEditor:
        return self._rows[code].editor

    def focus_chain(self) -> list[QWidget]:
        """The editors Tab visits, in the fields' order (hidden ones are skipped by Qt)."""
        return [row.editor.widget for row in self._rows.values()]

    def is_shown(self, code: str) -> bool:
        return not self._rows[code].box.isHidden()

    # ----------------------------------------------------------------- behaviour
    def _changed(self, code: str) -> None:
        row = self._rows.get(code)
        if row is not None:
            row.error.clear()
            row.error.hide()
        self._follow_answers()
        if not self._quiet:
            self.edited.emit()

    def _follow_answers(self) -> None:
        """Show the fields the answers call for, and the stop notice of a stopping choice."""
        shown = {d.code for d in self.visible_fields()}
        for code, row in self._rows.items():
            row.caption.setVisible(code in shown)
            row.box.setVisible(code in shown)
        stop = self.stop()
        if stop is None:
            self.stop_bar.clear()
            self.stop_bar.hide()
            return
        _definition, choice = stop
        notice = choice.stop_notice_en if self.lang == "en" and choice.stop_notice_en \
            else choice.stop_notice
        self.stop_bar.setText(notice + "\n" + self.tr(
            "This complaint cannot be saved with this answer."))
        self.stop_bar.show()

    @contextmanager
    def _quietly(self):
        was, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was
