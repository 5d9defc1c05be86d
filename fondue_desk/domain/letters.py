"""The closure letter's words: numbering of the outgoing register and the category templates."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from .template_kinds import KINDS, LETTER_BODY, LETTER_SUBJECT, Kind
from .templates import check, render

LETTER_REGISTER = "outgoing_letter"
SUBJECT = LETTER_SUBJECT
CLOSING = "ขอแสดงความนับถือ"
MAX_TEMPLATE = KINDS[Kind.LETTER_BODY].max_source

# What a template may mention ({{ name }}); filled in from the complaint at approval.
PLACEHOLDERS: dict[str, str] = {f.name: f.label_th for f in KINDS[Kind.LETTER_BODY].fields}

DEFAULT_TEMPLATE = LETTER_BODY


def document_no(office_code: str, seq: int) -> str:
    """"ชม 52101/125": the office's code, then the outgoing register's running number."""
    code = office_code.strip()
    return f"{code}/{seq}" if code else str(seq)


def check_template(template: str, field_codes: Iterable[str] = ()) -> None:
    """RuleViolation with a `template.*` code (domain.templates) when the body may not be saved."""
    check(Kind.LETTER_BODY, template, field_codes)


def fill_template(template: str, values: Mapping[str, str],
                  fields: Mapping[str, str] | None = None) -> str:
    """The body with every field filled; an empty template means the default."""
    return render(Kind.LETTER_BODY, template, values, fields)
