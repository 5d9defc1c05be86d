"""The desk's own history notes (domain.history_notes) in the reader's language, through Qt's
translator like every other text on screen. The core's `words()` says the same for the
command line; these are the screen's, so the translator can phrase them for the timeline."""
from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain import history_notes as notes


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
    return None


def _filled(text: str, *values: str) -> str:
    # One pass over the text: a name that itself contains "%1" is not filled in again.
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1]
                  if int(m.group(1)) <= len(values) else m.group(0), text)
