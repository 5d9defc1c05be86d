"""The result summary a closure letter states: the office's words, not the crew's raw notes.

A crew writes for colleagues ("เบิกหลอด 3 ดวง", "#ค่าแรง OT", bullet lists). The mayor's office
edits a summary before approving; it starts from the crew's notes, cleaned here the same
simple way every time, so the suggestion is predictable:
- lines that are internal (they start with one of INTERNAL_MARKERS) are left out;
- list bullets and numbering at the start of a line go;
- what is left becomes one paragraph (lines joined with a space, spaces collapsed);
- nothing left: the outcome's own words ("ดำเนินการแล้วเสร็จ");
- too long: cut at the last space that fits (the officer sees and shortens it anyway).
The letter's template puts the summary inside a sentence, so it is one paragraph, always.
"""
from __future__ import annotations

import re

from .errors import FieldError, InvalidInput, RuleViolation
from .text import clean_text

MAX_SUMMARY = 300
FIELD = "summary"
DEFAULT_SUMMARY = "ดำเนินการแล้วเสร็จ"

# A crew leader's note to the office, never to the citizen. Matched case-insensitively at the
# start of a line, after any bullet.
INTERNAL_MARKERS = (
    "#", "//", "[ภายใน]", "(ภายใน)", "ภายใน:", "หมายเหตุภายใน", "หมายเหตุ (ภายใน)",
    "เบิก", "ค่าแรง", "ค่าล่วงเวลา", "โอที", "ot ", "ot:", "internal", "todo", "ref:", "po ",
    "po:",
)
_BULLET = re.compile(r"^(?:[-*•·●▪]+|\(?[0-9๐-๙]{1,2}[.)])\s*")
_SPACES = re.compile(r"\s+")


def _is_internal(line: str) -> bool:
    lowered = line.casefold()
    return any(lowered.startswith(marker) for marker in INTERNAL_MARKERS)


def suggested_summary(crew_notes: str | None, fallback: str = DEFAULT_SUMMARY) -> str:
    """The summary offered for editing, made from the crew's notes (see the module's rules)."""
    kept = []
    for raw in clean_text(crew_notes or "", max_length=1_000_000, multiline=True).split("\n"):
        line = _BULLET.sub("", raw.strip()).strip()
        if line and not _is_internal(line):
            kept.append(line)
    text = _SPACES.sub(" ", " ".join(kept)).strip()
    if not text:
        return fallback
    if len(text) > MAX_SUMMARY:
        cut = text.rfind(" ", 0, MAX_SUMMARY + 1)
        text = text[:cut if cut > MAX_SUMMARY // 2 else MAX_SUMMARY].rstrip()
    return text


def checked_summary(text: str | None, **params: str) -> str:
    """The summary as it will be stored and printed: one paragraph, 1–MAX_SUMMARY characters.

    InvalidInput on the field "summary": "summary.required" (nothing but spaces) or
    "text.too_long" (with max and length); `params` (e.g. tracking_no) say which complaint.
    """
    try:
        # Single line: a typed Enter becomes a space, as the letter's sentence needs.
        cleaned = _SPACES.sub(" ", clean_text(text, max_length=MAX_SUMMARY * 4)).strip()
    except RuleViolation as exc:
        raise InvalidInput([FieldError(FIELD, exc.code, {**exc.params, **params})]) from None
    if not cleaned:
        raise InvalidInput([FieldError(FIELD, "summary.required", dict(params))])
    if len(cleaned) > MAX_SUMMARY:
        raise InvalidInput([FieldError(FIELD, "text.too_long",
                                       {"max": MAX_SUMMARY, "length": len(cleaned), **params})])
    return cleaned
