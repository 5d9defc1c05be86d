"""Words for Settings → Statuses (labels.* codes). ui.messages hands these codes here."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label_text(code: str, params: dict) -> str:
    """Settings → Statuses: the office's names and colours for the statuses."""
    if code == "labels.name_too_long":
        return QCoreApplication.translate(
            "FieldErrors", "Too long: at most %1 characters.").replace(
            "%1", str(params.get("limit", "?")))
    if code == "labels.name_taken":
        return QCoreApplication.translate(
            "FieldErrors", "Another status is already called \"%1\".").replace(
            "%1", str(params.get("name", "")))
    texts = {
        "labels.name_required": QCoreApplication.translate(
            "FieldErrors", "Give the status a name."),
        "labels.colour_invalid": QCoreApplication.translate(
            "FieldErrors", "A colour like #1d5fa8."),
        "labels.unknown_status": QCoreApplication.translate(
            "FieldErrors", "This desk does not know that status."),
    }
    return texts.get(code, code)
