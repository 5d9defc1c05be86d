"""Open the Settings window at one page, for the page tests."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ui.bus import ReferenceBus
from ui.settings.dialog import SettingsDialog


def open_settings(qtbot, db, office, user, page: str | None = None, *,
                  bus: ReferenceBus | None = None) -> SettingsDialog:
    dialog = SettingsDialog(db, office, user, bus, page=page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


class PageInWindow:
    """A page's own widgets and methods, and the window's OK/Cancel/accepted: what the old
    stand-alone dialogs offered, so their behaviour tests read the same."""

    def __init__(self, window: SettingsDialog, name: str) -> None:
        self.window = window
        self.page = window.show_page(name) or window.page(name)

    def __getattr__(self, name: str):
        if name in ("ok_button", "cancel_button", "accepted", "rejected", "isVisible"):
            return getattr(self.window, name)
        return getattr(self.page, name)


def press(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
