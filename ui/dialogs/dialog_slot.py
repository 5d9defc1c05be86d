"""At most one dialog of a kind per owner: opening another closes the first, so they never
pile up behind the window, and the owner can always ask which one is open."""
from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


class DialogSlot(QObject, Generic[D]):
    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._dialog: D | None = None

    def open(self, dialog: D, *, window_modal: bool = False) -> D:
        """Show `dialog` (deleted when closed) in place of the one open before."""
        if self._dialog is not None:
            self._dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self._dialog = dialog
        if window_modal:
            dialog.open()
        else:
            dialog.show()
        return dialog

    def current(self) -> D | None:
        return self._dialog

    def _forget(self, dialog: D) -> None:
        if self._dialog is dialog:
            self._dialog = None
