"""A window-modal progress dialog that follows one BackgroundTask (exports, backups, restores)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from .tasks import BackgroundTask


class TaskProgress:
    """Shown after 300 ms, so a quick task never flashes a dialog; `close()` when it ends.

    Without `cancel_text` there is no Cancel button: work that must not be left half done.
    """

    def __init__(self, task: BackgroundTask, label: str, parent: QWidget, *,
                 cancel_text: str | None = None) -> None:
        self.dialog: QProgressDialog | None = QProgressDialog(label, cancel_text or "", 0, 0,
                                                              parent)
        if cancel_text is None:
            self.dialog.setCancelButton(None)
        else:
            self.dialog.canceled.connect(task.cancel)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        task.progressed.connect(self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
