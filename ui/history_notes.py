"""The desk's own history notes (domain.history_notes) in the reader's language, through Qt's
translator like every other text on screen. The core's `words()` says the same for the
command line; these are the screen's, so the translator can phrase them for the timeline."""
from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain import history_notes as notes

from .dates import short_date
from .duplicate_texts import NOTE_CODES as _DUPLICATE_NOTES
from .duplicate_texts import duplicate_note_text
from .labels import outcome_label


def note_text(code: str, params: Mapping[str, str]) -> str | None:
    """The sentence for a stored code; None for no code, and for one this desk does not know
    (written by a newer version), so the timeline shows the typed note alone."""
    if not code:
        return None
    if code == notes.FORWARDED_TO_OFFICE:
        text = QCoreApplication.translate("HistoryNotes", "Forwarded to %1, number %2")
        return _filled(text, params.get("office", ""), params.get("tracking_no", ""))
    if code == notes.FORWARDED_FROM_OFFICE:
        text = QCoreApplication.translate("HistoryNotes", "Forwarded from %1, number %2")
        return _filled(text, params.get("office", ""), params.get("tracking_no", ""))
    if code == notes.FORWARDED_TO_AGENCY:
        text = QCoreApplication.translate("HistoryNotes", "Forwarded to %1 by letter %2")
        return _filled(text, params.get("agency", ""), params.get("document_no", ""))
    if code == notes.CATEGORY_MERGED:
        return QCoreApplication.translate("HistoryNotes", "Categories merged in Settings")
    if code in (notes.ASSIGNED, notes.REASSIGNED):
        return _assignment(code, params)
    if code == notes.RESULT_RECORDED:
        text = _filled(QCoreApplication.translate("HistoryNotes", "Result: %1"),
                       outcome_label(params.get("outcome", "")))
        return _with_line(text, QCoreApplication.translate("HistoryNotes", "Reason: %1"),
                          params.get("reason", ""))
    if code == notes.SIGNOFF_APPROVED:
        return QCoreApplication.translate("HistoryNotes", "Approved and closed")
    if code == notes.SIGNOFF_RETURNED:
        return QCoreApplication.translate("HistoryNotes", "Sent back to the crew")
    if code == notes.TRAFFY_IMPORTED:
        text = QCoreApplication.translate("HistoryNotes", "Imported from Traffy Fondue, ticket %1")
        return _filled(text, params.get("ticket_id", ""))
    if code == notes.TRAFFY_STATE_CHANGED:
        text = QCoreApplication.translate("HistoryNotes", "Traffy Fondue says ticket %1 is: %2")
        return _filled(text, params.get("ticket_id", ""), params.get("state", ""))
    if code in _DUPLICATE_NOTES:
        return duplicate_note_text(code, params)
    return None


def _assignment(code: str, params: Mapping[str, str]) -> str:
    planned = params.get("planned_date", "")
    try:
        planned = short_date(date.fromisoformat(planned))
    except ValueError:
        pass  # shown as stored rather than not at all
    if code == notes.REASSIGNED:
        text = _filled(QCoreApplication.translate("HistoryNotes", "Moved from %1 to %2, "
                                                  "planned for %3"),
                       params.get("previous_crew", ""), params.get("crew", ""), planned)
    else:
        text = _filled(QCoreApplication.translate("HistoryNotes", "Assigned to %1, planned "
                                                  "for %2"), params.get("crew", ""), planned)
    return _with_line(text, QCoreApplication.translate("HistoryNotes", "Instruction: %1"),
                      params.get("instruction", ""))


def _with_line(text: str, line: str, value: str) -> str:
    return f"{text}\n{_filled(line, value)}" if value else text


def _filled(text: str, *values: str) -> str:
    # One pass over the text: a name that itself contains "%1" is not filled in again.
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1]
                  if int(m.group(1)) <= len(values) else m.group(0), text)
