"""The last question before a restore: what the backup holds and what will happen to today's data."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.services.backup import BackupInfo

from ..style import ERROR, HINT
from .texts import size_text, when_text


class RestoreDialog(QDialog):
    def __init__(self, info: BackupInfo, *, current_office: str, database: str,
                 safety_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(620)
        form = QFormLayout()
        self.office_value = QLabel(info.office_name or self.tr("(no office)"), self)
        form.addRow(self.tr("Office:"), self.office_value)
        form.addRow(self.tr("Backed up on:"), QLabel(when_text(info.created_at), self))
        form.addRow(self.tr("Schema version:"), QLabel(
            self.tr("%1 (made by Fondue Desk %2)").replace("%1", info.schema_revision)
            .replace("%2", info.app_version), self))
        form.addRow(self.tr("File:"), _wrapped(info.path, self))
        form.addRow(self.tr("Size:"), QLabel(size_text(info.size_bytes), self))

        warning = _wrapped(self.tr(
            "All data in the current database (%1) will be replaced by this backup: "
            "complaints, letters, users and settings. Work done since the backup was made "
            "will no longer be in the register.").replace("%1", database), self)
        warning.setStyleSheet(f"color: {ERROR}; font-weight: bold;")
        safety = _wrapped(self.tr(
            "First, a safety backup of the current data is saved in %1, so this can be undone "
            "by restoring that file. Close Fondue Desk on every other desk before you "
            "continue; this window closes when the restore is done.").replace("%1",
                                                                              safety_folder),
            self)
        safety.setObjectName(HINT)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if info.office_name and info.office_name != current_office:
            other = _wrapped(self.tr("This backup is of another office (%1), not of %2.")
                             .replace("%1", info.office_name).replace("%2", current_office),
                             self)
            other.setStyleSheet(f"color: {ERROR};")
            layout.addWidget(other)
            self.other_office_warning = other
        layout.addSpacing(8)
        layout.addWidget(warning)
        layout.addWidget(safety)
        layout.addStretch(1)

        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("Replace the data with this backup"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter must not replace an office's data: the safe answer is the default.
        self.restore_button.setAutoDefault(False)
        cancel.setDefault(True)
        cancel.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label
