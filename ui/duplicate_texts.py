"""Words for duplicates (services.duplicates): the refusals (duplicate.* error codes, handed
here by ui.messages) and the history notes the desk writes when complaints are linked, follow
their parent or are split again (handed here by ui.history_notes)."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain import history_notes as notes

from .labels import status_label

PREFIX = "duplicate."
NOTE_CODES = frozenset({notes.DUPLICATE_LINKED, notes.DUPLICATE_ADDED, notes.DUPLICATE_FOLLOWED,
                        notes.DUPLICATE_SPLIT, notes.DUPLICATE_REMOVED})


def duplicate_text(code: str, params: Mapping[str, object]) -> str | None:
    """The refusal's sentence; None for a code of another kind."""
    tracking = str(params.get("tracking_no", ""))
    parent = str(params.get("parent_tracking_no", ""))
    if code == "duplicate.self":
        return QCoreApplication.translate(
            "FieldErrors", "A complaint cannot be a duplicate of itself.")
    if code == "duplicate.chain":
        return _filled(QCoreApplication.translate(
            "FieldErrors", "%1 is itself a duplicate of %2: link to %2 instead."),
            tracking, parent)
    if code == "duplicate.already_linked":
        return _filled(QCoreApplication.translate(
            "FieldErrors", "%1 is already a duplicate of %2: split it off first."),
            tracking, parent)
    if code == "duplicate.not_open":
        return _filled(QCoreApplication.translate(
            "FieldErrors", "%1 is \"%2\": only open complaints can be linked as duplicates."),
            tracking, status_label(str(params.get("status", ""))))
    if code == "duplicate.follows_parent":
        return _filled(QCoreApplication.translate(
            "FieldErrors", "%1 is a duplicate of %2 and follows its status: act on %2 instead."),
            tracking, parent)
    if code == "duplicate.not_a_child":
        return _filled(QCoreApplication.translate(
            "FieldErrors", "%1 is not a duplicate of another complaint."), tracking)
    if code == "duplicate.too_few":
        return QCoreApplication.translate(
            "FieldErrors", "Choose at least two complaints to merge.")
    if code == "duplicate.radius_range":
        return _filled(QCoreApplication.translate(
            "FieldErrors", "Give the distance for duplicates in whole metres from %1 to %2."),
            str(params.get("min", "?")), str(params.get("max", "?")))
    if code == "duplicate.days_range":
        return _filled(QCoreApplication.translate(
            "FieldErrors", "Give the period for duplicates in whole days from %1 to %2."),
            str(params.get("min", "?")), str(params.get("max", "?")))
    return None


def duplicate_note_text(code: str, params: Mapping[str, str]) -> str | None:
    """A history note about duplicates; None for a code of another kind."""
    tracking = params.get("tracking_no", "")
    if code == notes.DUPLICATE_LINKED:
        text = QCoreApplication.translate("HistoryNotes", "Linked as a duplicate of %1")
    elif code == notes.DUPLICATE_ADDED:
        text = QCoreApplication.translate("HistoryNotes",
                                          "%1 linked as a duplicate of this complaint")
    elif code == notes.DUPLICATE_FOLLOWED:
        text = QCoreApplication.translate("HistoryNotes",
                                          "Status follows the main complaint %1")
    elif code == notes.DUPLICATE_SPLIT:
        text = QCoreApplication.translate("HistoryNotes",
                                          "Split from %1: a complaint of its own again")
    elif code == notes.DUPLICATE_REMOVED:
        text = QCoreApplication.translate("HistoryNotes",
                                          "%1 split off as a complaint of its own")
    else:
        return None
    return _filled(text, tracking)


def _filled(text: str, *values: str) -> str:
    # One pass: a tracking number never holds "%1", but a status label typed by an office may.
    out, i = [], 0
    while i < len(text):
        if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit() \
                and 1 <= int(text[i + 1]) <= len(values):
            out.append(values[int(text[i + 1]) - 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)
