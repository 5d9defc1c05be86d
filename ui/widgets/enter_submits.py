"""Enter in a multi-line description saves the form; Shift+Enter starts a new line."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterSubmits(QObject):
    """Installed on the text edit: the counter's "Enter saves" also holds inside it."""

    def __init__(self, editor: QPlainTextEdit, submit: Callable[[], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent or editor)
        self._editor = editor
        self._submit = submit
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Qt still sends events while Python tears a closed dialog down, attributes first.
        if (watched is getattr(self, "_editor", None) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                # A real newline: QPlainTextEdit's own Shift+Enter inserts U+2028 instead.
                self._editor.insertPlainText("\n")
            else:
                self._submit()
            return True
        return super().eventFilter(watched, event)
