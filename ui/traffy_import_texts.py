"""Words for the Traffy import's refusals (CODES); ui.messages hands them here."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CODES = frozenset({"traffy.unmapped_types", "traffy.unknown_states", "traffy.ambiguous_dates",
                   "traffy.not_utf8", "traffy.empty", "traffy.no_ticket_column",
                   "traffy.bad_meaning", "traffy.bad_mapping_file", "traffy.unknown_category"})


def traffy_import_text(code: str, params: dict) -> str:
    texts = {
        "traffy.unmapped_types": QCoreApplication.translate("FieldErrors", "%1 Traffy types have no category yet: %2"),
        "traffy.unknown_states": QCoreApplication.translate("FieldErrors", "%1 states have no meaning yet: %2"),
        "traffy.ambiguous_dates": QCoreApplication.translate("FieldErrors", "The file's dates read both day-first and month-first: "
                                     "say which order they are in."),
        "traffy.not_utf8": QCoreApplication.translate("FieldErrors", "The file is not UTF-8 text."),
        "traffy.empty": QCoreApplication.translate("FieldErrors", "The file is empty: it has no header row."),
        "traffy.no_ticket_column": QCoreApplication.translate("FieldErrors", "The file has no ticket id column (ticket_id)."),
        "traffy.bad_meaning": QCoreApplication.translate("FieldErrors", "The meaning of state \"%1\" must be waiting, in progress, "
                                 "finished, forwarded or rejected."),
        "traffy.bad_mapping_file": QCoreApplication.translate("FieldErrors", "Cannot read the mapping file: %1"),
        "traffy.unknown_category": QCoreApplication.translate("FieldErrors", "The office has no category \"%1\"."),
    }
    text = texts.get(code, QCoreApplication.translate("FieldErrors", "The Traffy file cannot be imported (%1).").replace("%1", code))
    first = {"traffy.unmapped_types": "count", "traffy.unknown_states": "count",
             "traffy.bad_meaning": "state", "traffy.bad_mapping_file": "reason",
             "traffy.unknown_category": "category"}.get(code)
    second = {"traffy.unmapped_types": "types", "traffy.unknown_states": "states"}.get(code)
    if first:
        text = text.replace("%1", str(params.get(first, "")))
    if second:
        text = text.replace("%2", str(params.get(second, "")))
    return text
