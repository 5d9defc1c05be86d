"""Export… and Import… in the Settings window: the office's whole shape as one YAML file.

Import never writes on its own: the file is read (every problem shown with its line), the plan
of changes is shown, and only "Import" applies it, all or nothing, in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.config import ConfigFileError, describe, export_config, parse_config
from fondue_desk.config.importer import ImportPlan, apply_import
from fondue_desk.domain.errors import FondueError, InvalidInput
from fondue_desk.services.changes import ChangeSet

from ..style import HINT, mark_primary
from .texts import settings_error_text, settings_refusal_text

if TYPE_CHECKING:
    from .dialog import SettingsDialog

FILTER = "YAML (*.yaml *.yml)"
translate = QCoreApplication.translate  # lupdate finds translate("context", "text") calls


def ui_language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "th"


class ConfigTransfer:
    """Wires the window's Export…/Import… buttons; each step is a method tests can call."""

    def __init__(self, window: SettingsDialog) -> None:
        self.window = window
        self.last_dialog: QDialog | None = None
        window.export_button.clicked.connect(lambda: self.export_to(None))
        window.import_button.clicked.connect(lambda: self.import_from(None))

    @property
    def _context(self):
        return self.window.context

    def export_to(self, path: str | None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("ConfigTransfer", "Export settings"),
                "office-settings.yaml",
                FILTER,
            )
            if not path:
                return None
        text = export_config(self._context.db, self._context.office.id)
        target = Path(path)
        temporary = target.with_name(target.name + ".part")
        try:  # a temporary file renamed: a failed export leaves no half file behind
            temporary.write_text(text, encoding="utf-8")
            temporary.replace(target)
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                translate("ConfigTransfer", "Export settings"),
                translate("ConfigTransfer", "The file could not be written: %1").replace(
                    "%1", str(exc)
                ),
            )
            return None
        return target

    def import_from(self, path: str | None) -> ImportPlan | None:
        """Read, show problems or the plan; apply only when confirmed."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, translate("ConfigTransfer", "Import settings"), "", FILTER
            )
            if not path:
                return None
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            QMessageBox.warning(
                self.window,
                translate("ConfigTransfer", "Import settings"),
                translate("ConfigTransfer", "The file could not be read: %1").replace(
                    "%1", str(exc)
                ),
            )
            return None
        try:
            config = parse_config(text, complete=True)
        except ConfigFileError as exc:
            lang = ui_language()
            rows = [
                (
                    "" if p.line is None else str(p.line),
                    describe(p, lang).split(": ", 1)[-1]
                    if p.line is not None
                    else describe(p, lang),
                )
                for p in exc.problems
            ]
            self._show_problems(rows)
            return None
        try:
            plan = apply_import(self._context.db, self._context.user.id, config, dry_run=True)
        except InvalidInput as exc:
            self._show_problems([("", f"{e.field}: {settings_error_text(e)}") for e in exc.errors])
            return None
        except FondueError as exc:
            QMessageBox.warning(
                self.window,
                translate("ConfigTransfer", "Import settings"),
                settings_refusal_text(exc),
            )
            return None
        if not self._confirm(plan):
            return None
        try:
            applied = apply_import(self._context.db, self._context.user.id, config)
        except FondueError as exc:
            QMessageBox.warning(
                self.window,
                translate("ConfigTransfer", "Import settings"),
                settings_refusal_text(exc),
            )
            return None
        self.window._publish(ChangeSet.everything())
        for page in self.window.opened_pages():
            page.load()
        return applied

    def _show_problems(self, rows: list[tuple[str, str]]) -> None:
        dialog = ProblemsDialog(rows, self.window)
        self.last_dialog = dialog
        dialog.exec()

    def _confirm(self, plan: ImportPlan) -> bool:
        dialog = PlanDialog(plan.describe(ui_language()), self.window)
        self.last_dialog = dialog
        return dialog.exec() == QDialog.DialogCode.Accepted and not plan.is_empty


class ProblemsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The file cannot be imported"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels((self.tr("Line"), self.tr("Problem")))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (line, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(line))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        # Rows follow the width the messages wrap to, also after the window is resized.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(self.tr("Nothing was changed. Correct the file and import it again."), self)
        hint.setObjectName(HINT)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]


class PlanDialog(QDialog):
    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import settings"))
        intro = QLabel(
            self.tr("Importing this file would make these changes:")
            if lines
            else self.tr("The file matches the office's settings: nothing would change."),
            self,
        )
        intro.setWordWrap(True)
        self.changes = QListWidget(self)
        self.changes.addItems(lines)
        note = QLabel(
            self.tr(
                "Categories, villages and crews that complaints use are retired, "
                "never deleted. Users and passwords are not touched."
            ),
            self,
        )
        note.setObjectName(HINT)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.setEnabled(bool(lines))
        mark_primary(self.import_button)
        self.import_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.changes, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 460)
