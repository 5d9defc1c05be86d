"""Typing any text in tests: QTest.keyClicks aborts the process on non-ASCII (Thai) characters."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send one key click per character, carrying the character as the event's text.

    Like a Thai keyboard layout: the key code of a Thai letter is unknown to Qt, the text is
    what widgets insert.
    """
    for ch in text:
        code = Qt.Key(ord(ch.upper())) if ord(ch) < 128 else Qt.Key.Key_unknown
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, code, ch,
                           Qt.KeyboardModifier.NoModifier)
