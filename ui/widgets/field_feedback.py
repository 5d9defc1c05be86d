"""Inline validation messages: a red line under each field, cleared as soon as it is edited."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from fondue_desk.domain.errors import FieldError

from ..messages import field_error_text
from ..style import FIELD_ERROR


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(FIELD_ERROR)
    label.setWordWrap(True)
    label.hide()
    return label


@dataclass
class _Field:
    editor: QWidget
    label: QLabel
    code: str = ""


class FieldFeedback(QObject):
    """Knows which editor and which message label belong to each service field name.

    Fields are registered in visual order; that order decides which invalid field gets focus.
    """

    def __init__(self, fallback: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, _Field] = {}
        # Errors on a field the form does not show (a future service rule) still get said.
        self._fallback = fallback

    def add(self, name: str, editor: QWidget, label: QLabel,
            edited: Iterable[SignalInstance] = ()) -> None:
        self._fields[name] = _Field(editor, label)
        for signal in edited:
            signal.connect(lambda *_args, field=name: self.clear(field))

    def clear_on(self, name: str, code: str, signals: Iterable[SignalInstance]) -> None:
        """Clear `name`'s message of this code when another field changes.

        "Give a phone or an address" sits under the phone, but typing an address answers it.
        """
        for signal in signals:
            signal.connect(lambda *_args, field=name: self._clear_code(field, code))

    def _clear_code(self, name: str, code: str) -> None:
        if self._fields[name].code == code:
            self.clear(name)

    def show_errors(self, errors: Iterable[FieldError]) -> QWidget | None:
        """Show every message; return the editor to focus (the first invalid one on screen)."""
        self.clear_all()
        unplaced: list[str] = []
        flagged: set[str] = set()
        for error in errors:
            field = self._fields.get(error.field)
            if field is None:
                unplaced.append(field_error_text(error))
                continue
            if error.field in flagged:  # one message per field; the first is the one to fix
                continue
            flagged.add(error.field)
            field.code = error.code
            field.label.setText(field_error_text(error))
            field.label.show()
        if unplaced:
            self._fallback.setText("\n".join(unplaced))
            self._fallback.show()
        first = next((f.editor for name, f in self._fields.items() if name in flagged), None)
        return first

    def message(self, name: str) -> str:
        field = self._fields[name]
        return field.label.text() if not field.label.isHidden() else ""

    def clear(self, name: str) -> None:
        field = self._fields.get(name)
        if field is not None:
            field.code = ""
            field.label.clear()
            field.label.hide()

    def clear_all(self) -> None:
        for name in self._fields:
            self.clear(name)
        self._fallback.clear()
        self._fallback.hide()
