"""The village picker: "—" for none, then the office's villages, chosen by typing their number."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from fondue_desk.domain.text import ascii_digits
from fondue_desk.services.views import VillageView

_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class VillageComboWidget(QComboBox):
    """Typing "3" picks หมู่ที่ 3 and "1", "2" in quick succession หมู่ที่ 12.

    Every label starts with "หมู่ที่", so Qt's type-to-find by prefix cannot tell them apart;
    villagers and clerks name a village by its number anyway.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._typed_at = 0.0

    def set_villages(self, villages: list[VillageView]) -> None:
        self.clear()
        self.addItem("—", None)
        for village in villages:
            self.addItem(village.label, village.id)
            self.setItemData(self.count() - 1, village.number, _NUMBER_ROLE)

    def village_id(self) -> int | None:
        return self.currentData()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        digit = ascii_digits(event.text())
        if len(digit) == 1 and digit.isdigit() and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            self._select_number(digit)
            return
        super().keyPressEvent(event)

    def _select_number(self, digit: str) -> None:
        now = time.monotonic()
        interval = QApplication.keyboardInputInterval() / 1000
        combined = self._typed + digit if now - self._typed_at <= interval else digit
        self._typed_at = now
        for candidate in (combined, digit):
            index = self.findData(int(candidate), _NUMBER_ROLE)
            if index >= 0:
                self._typed = candidate
                self.setCurrentIndex(index)
                return
        self._typed = ""
