"""Saving a document's PDF where the user chooses, shared by every preview dialog."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def safe_file_name(name: str) -> str:
    # Numbers are configurable and may contain "/" (e.g. "ชม 0023/2570", work order "12/2570").
    return re.sub(r'[\\/:*?"<>|]+', "-", name).strip()


def documents_path(file_name: str) -> str:
    """The suggested place: the user's Documents folder, under a name safe on every system."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder or Path.home()) / safe_file_name(file_name))


def save_pdf_as(parent: QWidget, pdf: bytes, title: str, file_name: str) -> Path | None:
    """Ask where, write the bytes; None when cancelled or when the file could not be written
    (the user has been told why)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, documents_path(file_name),
        QCoreApplication.translate("PdfSaving", "PDF files (*.pdf)"))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        target.write_bytes(pdf)
    except OSError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PdfSaving", "Save as PDF"),
            QCoreApplication.translate("PdfSaving", "Could not save the file:\n%1")
            .replace("%1", str(exc)))
        return None
    return target
