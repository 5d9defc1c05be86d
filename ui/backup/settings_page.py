"""Settings → Backup: where automatic backups go, how many days are kept, on or off."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.services import backup
from fondue_desk.services.backup_settings import (
    KEEP_RANGE,
    BackupSettings,
    backup_settings,
    check_backup_settings,
    save_backup_settings,
)
from fondue_desk.services.changes import ChangeSet

from ..settings.page import SettingsPage, settings_page
from ..style import HINT
from ..widgets.field_feedback import error_label
from .texts import ago_text, field_error_text, when_text

FIELDS = ("folder", "keep")


@settings_page
class BackupPage(SettingsPage):
    NAME = "backup"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Backup")
    SORT_ORDER = 90
    KEYWORDS = ("backup", "restore", "สำรอง", "กู้คืน")

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stored: BackupSettings | None = None
        self.automatic = QCheckBox(self.tr("Back up automatically: when the window closes and "
                                           "once a day while it is open"), self)
        self.folder = QLineEdit(self)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.clicked.connect(self._choose_folder)
        self.keep = QSpinBox(self)
        self.keep.setRange(*KEEP_RANGE)
        self.keep.setSuffix(self.tr(" days"))
        self.keep.setMaximumWidth(160)
        self.errors = {name: error_label(self) for name in FIELDS}
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)

        box = QGroupBox(self.tr("Automatic backups"), self)
        form = QFormLayout(box)
        form.addRow(self.automatic)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow("", self.errors["folder"])
        form.addRow(self.tr("Keep:"), self.keep)
        form.addRow("", self.errors["keep"])
        self.last_backup = QLabel(self)
        form.addRow(self.tr("Last backup:"), self.last_backup)
        hint = QLabel(self.tr(
            "Every backup of the newest day is kept, and the last one of each earlier day. "
            "A folder on another disk or a shared network folder is safer than this "
            "computer's own disk; copy a backup to a USB drive now and then and keep it in "
            "another building. Back up… and Restore… are in the File menu."), self)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(hint)
        layout.addStretch(1)
        for editor in (self.folder, self.keep, self.browse, self.automatic):
            editor.setEnabled(not self.read_only)

    def load(self) -> None:
        self._stored = backup_settings(self._db, self._office.id)
        self.automatic.setChecked(self._stored.automatic)
        self.folder.setText(self._stored.folder)
        self.keep.setValue(self._stored.keep)
        last = backup.last_good_backup(self._stored.folder)
        self.last_backup.setText(
            f"{ago_text(backup.backup_age(last))} ({when_text(last.created_at)})"
            if last is not None else self.tr("none yet"))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for automatic backups"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _show(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        for name, label in self.errors.items():
            error = next((e for e in errors if e.field == name), None)
            label.setText(field_error_text(error) if error else "")
            label.setVisible(error is not None)

    def validate(self) -> list[FieldError]:
        errors = check_backup_settings(self.folder.text(), self.keep.value())
        self._show(errors)
        return errors

    def first_error_widget(self) -> QWidget | None:
        return self.folder if not self.errors["folder"].isHidden() else self.keep

    def save(self) -> ChangeSet | None:
        wanted = BackupSettings(folder=self.folder.text().strip(), keep=self.keep.value(),
                                automatic=self.automatic.isChecked())
        if wanted == self._stored:
            return ChangeSet()
        try:
            self._stored = save_backup_settings(
                self._db, self._user.id, folder=wanted.folder, keep=wanted.keep,
                automatic=wanted.automatic)
        except InvalidInput as exc:
            self._show(exc.errors)
            return None
        self.folder.setText(self._stored.folder)
        return ChangeSet()  # no other screen shows these; the status bar reads them itself
