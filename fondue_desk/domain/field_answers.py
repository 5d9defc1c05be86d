"""Answers to a category's own fields: which are asked, which are valid, how they read.

Answers arrive by field code as the form holds them (text, or a tuple of choice keys). They
leave as canonical text that every backend stores and compares the same way: date
"YYYY-MM-DD" (Gregorian), time "HH:MM", a plain number ("12.5"), "true"/"false", choice
keys, the canonical plate, the phone's national digits.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from .calendar import BE_OFFSET
from .custom_fields import (
    CHOICE_KINDS,
    Choice,
    FieldDefinition,
    FieldKind,
    FieldValue,
)
from .errors import FieldError, RuleViolation
from .phone import format_phone, normalise_phone
from .text import ascii_digits, clean_text
from .vehicle_plate import normalise_plate

# Every limit on an answer, in one place.
SHORT_TEXT_LIMIT = 200
LONG_TEXT_LIMIT = 2000
NUMBER_INPUT_LIMIT = 30
FIELD_PREFIX = "field:"

Answers = Mapping[str, "str | Sequence[str]"]

# The domain stays free of the documents package; these match documents.thai_text.
_THAI_MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                      "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
_ENGLISH_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SLASHED_DATE = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_TIME = re.compile(r"(\d{1,2})\s*[:.]\s*(\d{2})(?:\s*[:.]\s*\d{2})?\s*(?:น\.?)?")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
# A year this large was typed in the Buddhist Era, as Thai forms write dates.
_FIRST_BE_YEAR = 2400


def field_key(code: str) -> str:
    """The FieldError.field of a custom field's error ("field:plate")."""
    return FIELD_PREFIX + code


def _values(answer: str | Sequence[str] | None) -> tuple[str, ...]:
    if answer is None:
        return ()
    items = (answer,) if isinstance(answer, str) else tuple(answer)
    return tuple(v.strip() for v in items if isinstance(v, str) and v.strip())


def _in_order(defs: Sequence[FieldDefinition]) -> list[FieldDefinition]:
    return sorted(defs, key=lambda d: d.order)


def visible_fields(defs: Sequence[FieldDefinition], answers: Answers) -> list[FieldDefinition]:
    """The fields asked for these answers, in order.

    A field with show_if is asked only while the field it names is asked and holds the value;
    a retired field only while it already holds an answer (an old complaint being edited).
    """
    shown: dict[str, FieldDefinition] = {}
    for definition in _in_order(defs):
        if not definition.active and not _values(answers.get(definition.code)):
            continue
        condition = definition.show_if
        if condition is not None and (
                condition.field not in shown
                or condition.value not in _values(answers.get(condition.field))):
            continue
        shown[definition.code] = definition
    return list(shown.values())


def stop_choice(defs: Sequence[FieldDefinition],
                answers: Answers) -> tuple[FieldDefinition, Choice] | None:
    """The first picked choice that stops the form ("ไฟไหม้: โทร 199 ทันที"), if any."""
    for definition in visible_fields(defs, answers):
        if definition.kind not in CHOICE_KINDS:
            continue
        for key in _values(answers.get(definition.code)):
            choice = definition.choice(key)
            if choice is not None and choice.stop_notice:
                return definition, choice
    return None


def clean_answers(defs: Sequence[FieldDefinition], answers: Answers, *,
                  previous: Mapping[str, Sequence[str]] | None = None,
                  ) -> tuple[dict[str, tuple[str, ...]], list[FieldError]]:
    """Canonical answers of the asked fields (empty ones left out) and every error found.

    Answers to fields not asked (hidden by show_if, unknown, retired and new) are dropped.
    `previous` holds the stored answers of an edit: a retired field or choice is accepted
    only where it repeats what was stored, so an old complaint keeps its words while nobody
    can pick a retired choice anew.
    """
    previous = previous or {}
    cleaned: dict[str, tuple[str, ...]] = {}
    errors: list[FieldError] = []
    for definition in visible_fields(defs, answers):
        code = definition.code
        kept = tuple(previous.get(code, ()))
        if not definition.active and not kept:
            continue
        try:
            value = _clean_one(definition, _values(answers.get(code)), kept)
        except RuleViolation as exc:
            errors.append(FieldError(field_key(code), exc.code, exc.params))
            continue
        if value:
            cleaned[code] = value
        elif definition.required and definition.active:
            errors.append(FieldError(field_key(code), "custom.required"))
    # A field shown only for a value the cleaning just refused is still not answered.
    for definition in _in_order(defs):
        condition = definition.show_if
        if definition.code in cleaned and condition is not None and \
                condition.value not in cleaned.get(condition.field, ()):
            del cleaned[definition.code]
    return cleaned, errors


def _clean_one(definition: FieldDefinition, values: tuple[str, ...],
               kept: tuple[str, ...]) -> tuple[str, ...]:
    if not values:
        return ()
    kind = definition.kind
    if kind in CHOICE_KINDS:
        return _clean_choices(definition, values, kept)
    if len(values) > 1:
        raise RuleViolation("custom.too_long", limit=1)
    text = values[0]
    if kind in (FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT):
        limit = SHORT_TEXT_LIMIT if kind == FieldKind.SHORT_TEXT else LONG_TEXT_LIMIT
        try:
            text = clean_text(text, max_length=limit, multiline=kind == FieldKind.LONG_TEXT)
        except RuleViolation:
            raise RuleViolation("custom.too_long", limit=limit) from None
    elif kind == FieldKind.NUMBER:
        text = _clean_number(definition, text)
    elif kind == FieldKind.DATE:
        text = _clean_date(text)
    elif kind == FieldKind.TIME:
        text = _clean_time(text)
    elif kind == FieldKind.VEHICLE_PLATE:
        text = normalise_plate(text)
    elif kind == FieldKind.PHONE:
        text = normalise_phone(text)
    return (text,) if text else ()


def _clean_choices(definition: FieldDefinition, values: tuple[str, ...],
                   kept: tuple[str, ...]) -> tuple[str, ...]:
    picked = set(values)
    if definition.kind != FieldKind.MULTI_CHOICE and len(picked) > 1:
        raise RuleViolation("custom.unknown_choice")
    for key in picked:
        choice = definition.choice(key)
        if choice is None or (not choice.active and key not in kept):
            raise RuleViolation("custom.unknown_choice")
        if choice.stop_notice:
            raise RuleViolation("custom.stopped", notice=choice.stop_notice,
                                notice_en=choice.stop_notice_en)
    # The definition's order, so the same picks always store and read the same way.
    return tuple(c.key for c in definition.all_choices() if c.key in picked)


def _clean_number(definition: FieldDefinition, text: str) -> str:
    text = ascii_digits(text).replace(",", "").replace(" ", "")
    # Plain decimals only: Decimal would also read "1e999" (a thousand digits once written
    # out), "nan" and "Infinity".
    if len(text) > NUMBER_INPUT_LIMIT or not _PLAIN_NUMBER.fullmatch(text):
        raise RuleViolation("custom.not_a_number")
    number = Decimal(text)
    if definition.minimum is not None and number < Decimal(str(definition.minimum)):
        raise RuleViolation("custom.below_minimum", minimum=plain_number(definition.minimum))
    if definition.maximum is not None and number > Decimal(str(definition.maximum)):
        raise RuleViolation("custom.above_maximum", maximum=plain_number(definition.maximum))
    return plain_number(number)


def plain_number(number: Decimal | float) -> str:
    """"12.5", "100", "-3": no exponent, no trailing zeros."""
    value = Decimal(str(number)).normalize()
    text = format(value, "f")
    return "0" if text in ("-0", "") else text


def _clean_date(text: str) -> str:
    text = ascii_digits(text)
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _SLASHED_DATE.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise RuleViolation("custom.invalid_date")
    if year >= _FIRST_BE_YEAR:
        year -= BE_OFFSET
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise RuleViolation("custom.invalid_date") from None


def _clean_time(text: str) -> str:
    match = _TIME.fullmatch(ascii_digits(text))
    if match is None:
        raise RuleViolation("custom.invalid_time")
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        raise RuleViolation("custom.invalid_time")
    return f"{hour:02d}:{minute:02d}"


def answer_value(definition: FieldDefinition, raw: tuple[str, ...]) -> FieldValue:
    """The answer as readers show it, in Thai and English words.

    A stored value that no longer parses (imported, or a rule that changed) reads as stored:
    one odd answer must never stop a page or a document.
    """
    raw = tuple(raw)
    text, text_en = _words(definition, raw)
    picked_retired = definition.kind in CHOICE_KINDS and any(
        (c := definition.choice(k)) is not None and not c.active for k in raw)
    return FieldValue(code=definition.code, label=definition.label, text=text,
                      label_en=definition.label_en, text_en=text_en if text_en != text else "",
                      raw=raw, retired=not definition.active or picked_retired)


def _words(definition: FieldDefinition, raw: tuple[str, ...]) -> tuple[str, str]:
    if not raw:
        return "", ""
    kind = definition.kind
    if kind in CHOICE_KINDS:
        choices = [definition.choice(k) for k in raw]
        thai = ", ".join(c.name if c else k for c, k in zip(choices, raw, strict=True))
        english = ", ".join((c.name_en or c.name) if c else k
                            for c, k in zip(choices, raw, strict=True))
        return thai, english
    value = raw[0]
    if kind == FieldKind.NUMBER:
        shown = _grouped(value)
        return (f"{shown} {definition.unit}".strip(),) * 2
    if kind == FieldKind.DATE:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value, value
        return (f"{day.day} {_THAI_MONTHS_SHORT[day.month - 1]} {day.year + BE_OFFSET}",
                f"{day.day} {_ENGLISH_MONTHS_SHORT[day.month - 1]} {day.year}")
    if kind == FieldKind.TIME:
        return f"{value} น.", value
    if kind == FieldKind.PHONE:
        return (format_phone(value),) * 2
    return value, value


def _grouped(value: str) -> str:
    """"1,250.5" for reading; a value that is no number reads as stored."""
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    if not number.is_finite():
        return value
    whole, _, fraction = plain_number(number).partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-')):,}"
    return sign + grouped + (f".{fraction}" if fraction else "")


def search_text(definition: FieldDefinition, raw: tuple[str, ...]) -> str:
    """What a search finds an answer by: its Thai and English words, the stored value where
    it differs (digits of a phone, a plain number, an ISO date), and a plate without its
    space ("1กข1234"), since clerks type it both ways."""
    value = answer_value(definition, raw)
    parts = [value.text, value.text_en]
    if definition.kind not in CHOICE_KINDS:
        parts += [r for r in raw if r not in value.text]
    if definition.kind == FieldKind.VEHICLE_PLATE and raw:
        letters, _, rest = raw[0].partition(" ")
        parts.append(letters + rest.partition(" ")[0])
    return " ".join(p for p in parts if p)
