"""Notes the desk writes into a complaint's history by itself, as a code and its values.

A history row (`StatusEvent`, `ComplaintEdit`) keeps in `note` only what a person typed (a
reason); what the desk itself says ("forwarded to …, number …") is `note_code` plus
`note_params` (JSON), worded when shown: in Thai or English on screen (`ui/history_notes.py`),
and by `words()` here for whatever has no Qt (the command line, exports). So a desk switched to
English reads its history in English, and a sentence can be reworded without touching rows.
Rows written before the codes existed have only `note` text and are shown as they are.

Params are plain strings: names as they were at that moment (an office or crew renamed later
keeps the name the history saw), numbers as printed, dates as ISO "YYYY-MM-DD".
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from .dispatch import OUTCOME_LABELS_TH, Outcome

FORWARDED_TO_OFFICE = "forwarded.to_office"        # office, tracking_no
FORWARDED_FROM_OFFICE = "forwarded.from_office"    # office, tracking_no
FORWARDED_TO_AGENCY = "forwarded.to_agency"        # agency, document_no
CATEGORY_MERGED = "category.merged"                # (none): the edit row names both categories
ASSIGNED = "crew.assigned"                         # crew, planned_date, instruction
REASSIGNED = "crew.reassigned"                     # previous_crew, crew, planned_date, instruction
RESULT_RECORDED = "result.recorded"                # outcome, reason
SIGNOFF_APPROVED = "signoff.approved"              # (none): `note` is the executive's words
SIGNOFF_RETURNED = "signoff.returned"              # (none): `note` is the reason
TRAFFY_IMPORTED = "traffy.imported"                # ticket_id
TRAFFY_STATE_CHANGED = "traffy.state_changed"      # ticket_id, state (Traffy's own name)
# Duplicates (services.duplicates): the other complaint's tracking number.
DUPLICATE_LINKED = "duplicate.linked"              # tracking_no: on the child, of its parent
DUPLICATE_ADDED = "duplicate.added"                # tracking_no: on the parent, of the child
DUPLICATE_FOLLOWED = "duplicate.followed"          # tracking_no: the child moved with its parent
DUPLICATE_SPLIT = "duplicate.split"                # tracking_no: on the child, its former parent
DUPLICATE_REMOVED = "duplicate.removed"            # tracking_no: on the parent, the former child

_PLAN_TH = "กำหนดปฏิบัติงาน {planned_date}"
_PLAN_EN = "planned for {planned_date}"
# code → the params it carries, Thai words, English words ({name} filled from the params). A
# tuple holds alternatives: the first whose params are all non-empty is used.
_NOTES: dict[str, tuple[tuple[str, ...], str | tuple[str, ...], str | tuple[str, ...]]] = {
    FORWARDED_TO_OFFICE: (("office", "tracking_no"), "ส่งต่อ{office} เลขที่ {tracking_no}",
                          "Forwarded to {office}, number {tracking_no}"),
    FORWARDED_FROM_OFFICE: (("office", "tracking_no"), "ส่งต่อจาก{office} เลขที่ {tracking_no}",
                            "Forwarded from {office}, number {tracking_no}"),
    FORWARDED_TO_AGENCY: (("agency", "document_no"), "ส่งต่อ{agency} หนังสือที่ {document_no}",
                          "Forwarded to {agency} by letter {document_no}"),
    CATEGORY_MERGED: ((), "รวมประเภทเรื่องในหน้าตั้งค่า", "Categories merged in Settings"),
    ASSIGNED: (("crew", "planned_date", "instruction"),
               (f"มอบหมาย{{crew}} {_PLAN_TH}\nข้อสั่งการ: {{instruction}}",
                f"มอบหมาย{{crew}} {_PLAN_TH}"),
               (f"Assigned to {{crew}}, {_PLAN_EN}\nInstruction: {{instruction}}",
                f"Assigned to {{crew}}, {_PLAN_EN}")),
    REASSIGNED: (("previous_crew", "crew", "planned_date", "instruction"),
                 ((f"ย้ายงานจาก{{previous_crew}}ไปยัง{{crew}} {_PLAN_TH}\n"
                   "ข้อสั่งการ: {instruction}"),
                  f"ย้ายงานจาก{{previous_crew}}ไปยัง{{crew}} {_PLAN_TH}"),
                 ((f"Moved from {{previous_crew}} to {{crew}}, {_PLAN_EN}\n"
                   "Instruction: {instruction}"),
                  f"Moved from {{previous_crew}} to {{crew}}, {_PLAN_EN}")),
    RESULT_RECORDED: (("outcome", "reason"),
                      ("ผลการปฏิบัติงาน: {outcome}\nเหตุผล: {reason}", "ผลการปฏิบัติงาน: {outcome}"),
                      ("Result: {outcome}\nReason: {reason}", "Result: {outcome}")),
    SIGNOFF_APPROVED: ((), "อนุมัติปิดเรื่อง", "Approved and closed"),
    SIGNOFF_RETURNED: ((), "ส่งกลับให้ทีมแก้ไข", "Sent back to the crew"),
    TRAFFY_IMPORTED: (("ticket_id",), "นำเข้าจาก Traffy Fondue เรื่อง {ticket_id}",
                      "Imported from Traffy Fondue, ticket {ticket_id}"),
    TRAFFY_STATE_CHANGED: (("ticket_id", "state"),
                           "Traffy Fondue แจ้งสถานะเรื่อง {ticket_id}: {state}",
                           "Traffy Fondue says ticket {ticket_id} is: {state}"),
    DUPLICATE_LINKED: (("tracking_no",), "รวมเป็นเรื่องซ้ำของเรื่องเลขที่ {tracking_no}",
                       "Linked as a duplicate of {tracking_no}"),
    DUPLICATE_ADDED: (("tracking_no",), "เรื่องเลขที่ {tracking_no} รวมเป็นเรื่องซ้ำของเรื่องนี้",
                      "{tracking_no} linked as a duplicate of this complaint"),
    DUPLICATE_FOLLOWED: (("tracking_no",), "เปลี่ยนสถานะตามเรื่องหลักเลขที่ {tracking_no}",
                         "Status follows the main complaint {tracking_no}"),
    DUPLICATE_SPLIT: (("tracking_no",), "แยกออกจากเรื่องเลขที่ {tracking_no} เป็นเรื่องต่างหาก",
                      "Split from {tracking_no}: a complaint of its own again"),
    DUPLICATE_REMOVED: (("tracking_no",), "แยกเรื่องเลขที่ {tracking_no} ออกเป็นเรื่องต่างหาก",
                        "{tracking_no} split off as a complaint of its own"),
}
_OUTCOMES_EN = {Outcome.DONE: "done", Outcome.PARTLY: "partly done",
                Outcome.NOT_DONE: "could not be done"}
OUTCOMES = {o.value: (OUTCOME_LABELS_TH[o], _OUTCOMES_EN[o]) for o in Outcome}
_MONTHS = (("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
            "พ.ย.", "ธ.ค."),
           ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))
CODES = frozenset(_NOTES)


def params_of(code: str) -> tuple[str, ...]:
    return _NOTES[code][0]


def encode(code: str, **params: object) -> str:
    """The JSON stored in `note_params`; refuses a code or a param this module does not know,
    so a writer cannot store a note nobody can word."""
    wanted = _NOTES[code][0]
    if set(params) != set(wanted):
        raise ValueError(f"{code} takes {wanted}, not {tuple(params)}")
    return json.dumps({k: _text(v) for k, v in params.items()}, ensure_ascii=False,
                      sort_keys=True) if params else ""


def decode(stored: str | None) -> dict[str, str]:
    """The params of a stored note; {} for none or an unreadable (hand-edited) value."""
    if not stored:
        return {}
    try:
        value = json.loads(stored)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def words(code: str, params: Mapping[str, str], lang: str = "th") -> str | None:
    """The note in Thai ("th") or English; None for a code this desk does not know (a newer
    desk wrote it), so the caller can fall back to the typed note alone."""
    note = _NOTES.get(code)
    if note is None:
        return None
    english = lang == "en"
    values = {name: _shown(name, params.get(name, ""), english) for name in note[0]}
    templates = note[2] if english else note[1]
    for template in (templates,) if isinstance(templates, str) else templates:
        if all(values[name] for name in note[0] if "{" + name + "}" in template):
            break
    return template.format_map(values)


def _shown(name: str, value: str, english: bool) -> str:
    """A date as the desk prints it (Thai: Buddhist Era), an outcome by its label."""
    if name.endswith("_date") and value:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value
        year = day.year if english else day.year + 543
        return f"{day.day} {_MONTHS[english][day.month - 1]} {year}"
    if name == "outcome" and value in OUTCOMES:
        return OUTCOMES[value][english]
    return value


def _text(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)
