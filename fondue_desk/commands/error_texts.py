"""The core's coded errors as sentences for the terminal, in Thai (the default) or English.

Every code the core raises has a sentence here (tests/unit/test_cli_error_texts.py walks the
source to make sure); the GUI words the same codes in ui/messages.py through Qt's tr(). A code
this table does not know still reads as a sentence: one for its kind of error, with the code
in brackets for whoever is asked for help. Backup codes live in backup_texts.
"""
from __future__ import annotations

import re
from string import Formatter

from ..config.problems import _TEXTS as CONFIG_TEXTS
from ..domain.errors import (
    Conflict,
    FieldError,
    FondueError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    RuleViolation,
)
from ..domain.labels import status_label
from ..domain.statuses import Status
from . import backup_texts
from .error_catalogue import FIELDS, TEXTS

GENERIC = {
    "th": {
        "not_found": "ไม่พบข้อมูลที่ระบุ",
        "permission_denied": "ผู้ใช้นี้ไม่มีสิทธิ์ทำรายการนี้",
        "conflict": "ทำรายการนี้ไม่ได้ในสถานะปัจจุบันของข้อมูล",
        "invalid_input": "ข้อมูลไม่ถูกต้อง",
        "field": "{field} ไม่ถูกต้อง",
        "error": "ทำรายการไม่สำเร็จ",
        "code": "(รหัส {code})",
        "nothing_changed": "ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ",
    },
    "en": {
        "not_found": "the item asked for was not found",
        "permission_denied": "this user is not allowed to do this",
        "conflict": "this cannot be done in the data's present state",
        "invalid_input": "the input is not valid",
        "field": "{field} is not valid",
        "error": "the request could not be completed",
        "code": "(code {code})",
        "nothing_changed": "nothing was changed",
    },
}

ROLE_LABELS = {
    "th": {"clerk": "เจ้าหน้าที่รับเรื่อง", "crew_leader": "หัวหน้าชุดปฏิบัติงาน",
           "mayor": "ผู้บริหาร", "admin": "ผู้ดูแลระบบ"},
    "en": {"clerk": "clerk", "crew_leader": "crew leader", "mayor": "executive",
           "admin": "administrator"},
}
ACTION_LABELS = {
    "th": {"log_complaint": "รับเรื่องร้องเรียน", "edit_complaint": "แก้ไขเรื่องร้องเรียน",
           "change_status": "เปลี่ยนสถานะเรื่อง", "add_photo": "แนบรูปภาพ",
           "manage_crews": "จัดการทีมช่าง", "assign": "มอบหมายงาน",
           "record_result": "บันทึกผลการปฏิบัติงาน", "sign_off": "ลงนามรับรองผลงาน",
           "reopen": "เปิดเรื่องที่ปิดแล้วอีกครั้ง", "manage_users": "จัดการผู้ใช้",
           "manage_settings": "ตั้งค่าสำนักงาน"},
    "en": {"log_complaint": "log complaints", "edit_complaint": "edit complaints",
           "change_status": "change a complaint's status", "add_photo": "attach photos",
           "manage_crews": "manage crews", "assign": "assign work",
           "record_result": "record crews' results", "sign_off": "sign off finished work",
           "reopen": "reopen closed complaints", "manage_users": "manage users",
           "manage_settings": "change the office's settings"},
}
_KINDS = ((NotFound, "not_found"), (PermissionDenied, "permission_denied"),
          (Conflict, "conflict"), (InvalidInput, "invalid_input"))


def _language(lang: str | None) -> str:
    return "en" if lang == "en" else "th"


def describe_error(lang: str | None, error: FondueError | RuleViolation) -> str:
    """One sentence (several for a form's fields, joined by "; ") for a refusal of the core."""
    lang = _language(lang)
    if isinstance(error, InvalidInput):
        if not error.errors:
            return GENERIC[lang]["invalid_input"]
        return "; ".join(describe_field_error(lang, e) for e in error.errors)
    if isinstance(error, RuleViolation):
        return describe_code(lang, error.code, error.params)
    kind = next((name for cls, name in _KINDS if isinstance(error, cls)), "error")
    return describe_code(lang, error.code, error.params, kind=kind)


def describe_field_error(lang: str | None, error: FieldError) -> str:
    return describe_code(lang, error.code, error.params, field=error.field, kind="field")


def describe_code(lang: str | None, code: str, params: dict | None = None, *,
                  field: str | None = None, kind: str = "error") -> str:
    lang = _language(lang)
    values = {str(k): _shown(lang, str(k), v) for k, v in (params or {}).items()}
    if "field" in values:  # a rule's own "field" param (a template placeholder's name)
        values["name"] = values.pop("field")
    values["field"] = field_label(lang, field) if field is not None else ""
    template = TEXTS[lang].get(code)
    if template is None and code.startswith("backup."):
        return backup_texts.text(lang, code, **values)
    if template is None and code in CONFIG_TEXTS:
        # The configuration file's rules: worded once, in config.problems.
        template = CONFIG_TEXTS[code][1 if lang == "en" else 0]
    if template is None:
        generic = GENERIC[lang].get(kind if kind in GENERIC[lang] else "error")
        text = generic.format(field=values["field"] or field or "")
        return f"{text} {GENERIC[lang]['code'].format(code=code)}"
    return fill(template, values)


def field_label(lang: str | None, field: str | None) -> str:
    """"เบอร์โทรศัพท์" for "phone"; a file's path ("villages[2].number") reads as its last
    part's label."""
    if not field:
        return ""
    labels = FIELDS[_language(lang)]
    if field in labels:
        return labels[field]
    last = re.sub(r"\[\d+\]", "", field.rsplit(".", 1)[-1])
    return labels.get(last, field)


def known_codes() -> set[str]:
    backup = {c for c in backup_texts.TEXTS["th"] if c.startswith("backup.")}
    return set(TEXTS["th"]) | set(CONFIG_TEXTS) | backup


class _Unknown(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def fill(template: str | tuple[str, ...], params: dict[str, str]) -> str:
    """Put the params in; a bracketed detail whose param the core left out is dropped. Of
    alternatives, the first whose params are all given is taken (else the last)."""
    if isinstance(template, tuple):
        template = next((t for t in template if all(params.get(n) for n in _names(t))),
                        template[-1])
    for name in _names(template):
        if not params.get(name):
            template = re.sub(r" ?\([^()]*\{" + re.escape(name) + r"\}[^()]*\)", "", template)
    return template.format_map(_Unknown(params))


def _shown(lang: str, key: str, value: object) -> str:
    if key in ("status", "from_status", "to_status"):
        try:
            status = Status(str(value))
        except ValueError:
            return str(value)
        # Inside an English sentence: "… is awaiting sign-off".
        return status_label(status, "th") if lang == "th" else status_label(status, "en").lower()
    if key == "role":
        return ROLE_LABELS[lang].get(str(value), str(value))
    if key == "action":
        return ACTION_LABELS[lang].get(str(value), str(value))
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, int) and not isinstance(value, bool) and not _is_a_name(key):
        return f"{value:,}"  # amounts: 1,234 characters
    return "" if value is None else str(value)


def _is_a_name(key: str) -> bool:
    """Numbers that name something (a year, a village, a line) are never grouped."""
    return key.endswith("_id") or any(word in key for word in ("year", "number", "line", "row"))
