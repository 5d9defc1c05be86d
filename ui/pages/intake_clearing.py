"""Clearing the counter form, undoably: Esc empties it at once and a bar offers it back.

A clerk presses Esc to start over far more often than by mistake, so clearing never asks; a
mistaken Esc costs one click on "เลิกทำ" or Ctrl+Z. The old input is given back only while the
form is still as Esc left it: once the clerk types the next complaint, the bar goes, so an
undo can never overwrite new work.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from ..widgets.form_snapshot import FormSnapshot
from ..widgets.message_bar import MessageBarWidget
from .intake_form import IntakeFormWidget


class ClearWithUndo(QObject):
    def __init__(self, form: IntakeFormWidget, bar: MessageBarWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self._bar = bar
        self._kept: FormSnapshot | None = None
        form.edited.connect(self.forget)
        bar.closed.connect(self._bar_closed)
        # Ctrl+Z must reach us even from a line edit, which keeps Ctrl+Z for its own undo;
        # while the bar shows, the form is empty and those have nothing of their own to undo.
        for widget in [form, *form.findChildren(QWidget)]:
            widget.installEventFilter(self)

    def can_undo(self) -> bool:
        return self._kept is not None

    def clear(self) -> bool:
        """Empty the form, keeping what it held; an empty form is left alone (False)."""
        if self._form.is_blank():
            return False
        self._kept = self._form.snapshot()
        self._form.clear()
        self._bar.show_message(
            self.tr("The form was cleared."), self.tr("Undo"), self.undo,
            self.tr("Bring back what was typed (Ctrl+Z)"))
        return True

    def undo(self) -> bool:
        kept = self._kept
        if kept is None:
            return False
        self._kept = None
        self._form.restore(kept)
        self._bar.dismiss()
        self._form.category.setFocus()
        return True

    def forget(self) -> None:
        """A new complaint is being typed, or one was saved: the cleared one is gone."""
        self._kept = None
        self._bar.dismiss()

    def _bar_closed(self) -> None:
        self._kept = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if (self._kept is not None
                and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
                and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Undo)):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # deliver it as a key press, to us, not as a shortcut
            else:
                self.undo()
            return True
        return super().eventFilter(watched, event)
