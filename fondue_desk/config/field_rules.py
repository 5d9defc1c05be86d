"""The rules a category's questions meet in an office's shape (configuration file, preset,
import): text cleaned, codes unique, choice fields with choices, a range that is a range, and
"shown only when" naming an earlier question and one of its values, so the intake form never
meets a question that waits on one asked after it or on an answer nobody can give.

Field names are the file's paths ("categories[3].fields[1].x_fondue.show_if.field").
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Protocol

from fondue_desk.domain.custom_fields import (
    CHOICE_KINDS,
    EXTENSION,
    NO,
    YES,
    FieldDefinition,
    FieldKind,
    ShowIf,
)
from fondue_desk.domain.text import clean_text

# The shapes and limits services.category_fields keeps in Settings, so a question written in a
# file can be edited there and one saved there exports and imports unchanged.
MAX_FIELDS = 50
MAX_CHOICES = 100
MAX_LABEL, MAX_HELP, MAX_UNIT, MAX_NOTICE = 200, 500, 40, 300
FIELD_CODE = re.compile(r"[a-z][a-z0-9_-]{1,39}")
CHOICE_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


class Errors(Protocol):
    def add(self, field: str, error_code: str, **params: object) -> None: ...

    def check(self, field: str, rule, default: object = None) -> object: ...


def checked_fields(where: str, fields: tuple[FieldDefinition, ...], errors: Errors
                   ) -> tuple[FieldDefinition, ...]:
    """The category's questions cleaned; every problem added to `errors`."""
    if len(fields) > MAX_FIELDS:
        errors.add(f"{where}.fields", "config_field.too_many", max=MAX_FIELDS)
    out: list[FieldDefinition] = []
    seen: dict[str, int] = {}
    for j, definition in enumerate(fields):
        at = f"{where}.fields[{j}]"
        if not FIELD_CODE.fullmatch(definition.code):
            errors.add(f"{at}.code", "config_field.code_invalid")
        elif definition.code in seen:
            errors.add(f"{at}.code", "code.duplicate", first=seen[definition.code] + 1)
        else:
            seen[definition.code] = j
        cleaned = _cleaned(at, definition, errors)
        _check_choices(at, cleaned, errors)
        for name, value in (("min", cleaned.minimum), ("max", cleaned.maximum)):
            if value is not None and not math.isfinite(value):  # YAML's .inf and .nan
                errors.add(f"{at}.{EXTENSION}.{name}", "config_field.range_not_finite")
        if (cleaned.minimum is not None and cleaned.maximum is not None
                and cleaned.minimum > cleaned.maximum):
            errors.add(f"{at}.{EXTENSION}.min", "config_field.range_inverted",
                       minimum=_number(cleaned.minimum), maximum=_number(cleaned.maximum))
        if cleaned.show_if is not None:
            _check_show_if(at, cleaned.show_if, out, errors)
        out.append(cleaned)
    return tuple(out)


def _cleaned(at: str, d: FieldDefinition, errors: Errors) -> FieldDefinition:
    def text(path: str, value: str, limit: int, multiline: bool = False) -> str:
        return str(errors.check(path, lambda: clean_text(value, max_length=limit,
                                                         multiline=multiline), value))

    label = text(f"{at}.description", d.label, MAX_LABEL)
    if not label:
        errors.add(f"{at}.description", "name.required")
    choices = []
    # A yes/no field's pair is written out, as storing it does, so a file that leaves it to
    # the default and the office that stored it compare equal.
    for k, choice in enumerate(d.all_choices()):
        place = f"{at}.values[{k}]"
        extra = f"{at}.{EXTENSION}.choices.{choice.key}"
        name = text(f"{place}.name", choice.name, MAX_LABEL)
        if not name:
            errors.add(f"{place}.name", "name.required")
        choices.append(replace(
            choice, name=name, name_en=text(f"{extra}.name_en", choice.name_en, MAX_LABEL),
            stop_notice=text(f"{extra}.stop_notice", choice.stop_notice, MAX_NOTICE),
            stop_notice_en=text(f"{extra}.stop_notice_en", choice.stop_notice_en, MAX_NOTICE)))
    show_if = d.show_if
    if show_if is not None:
        show_if = ShowIf(show_if.field.strip(), show_if.value.strip())
    number = d.kind == FieldKind.NUMBER  # unit and range mean nothing to other kinds
    return replace(
        d, label=label, label_en=text(f"{at}.{EXTENSION}.description_en", d.label_en, MAX_LABEL),
        help=text(f"{at}.{EXTENSION}.help", d.help, MAX_HELP, True),
        help_en=text(f"{at}.{EXTENSION}.help_en", d.help_en, MAX_HELP, True),
        unit=text(f"{at}.{EXTENSION}.unit", d.unit, MAX_UNIT) if number else "",
        minimum=d.minimum if number else None, maximum=d.maximum if number else None,
        choices=tuple(choices), show_if=show_if, required=bool(d.required),
        active=bool(d.active))


def _check_choices(at: str, d: FieldDefinition, errors: Errors) -> None:
    seen: dict[str, int] = {}
    for k, choice in enumerate(d.choices):
        if not CHOICE_KEY.fullmatch(choice.key):
            errors.add(f"{at}.values[{k}].key", "config_field.choice_key_invalid")
        elif choice.key in seen:
            errors.add(f"{at}.values[{k}].key", "code.duplicate", first=seen[choice.key] + 1)
        else:
            seen[choice.key] = k
    if len(d.choices) > MAX_CHOICES:
        errors.add(f"{at}.values", "config_field.too_many_choices", max=MAX_CHOICES)
    if d.kind not in CHOICE_KINDS:
        if d.choices:
            errors.add(f"{at}.values", "config_field.choices_not_allowed", kind=d.kind.value)
    elif d.kind == FieldKind.YES_NO:
        if d.choices and {c.key for c in d.choices} != {YES, NO}:
            errors.add(f"{at}.values", "config_field.yes_no_keys")
    elif not any(c.active for c in d.choices):
        errors.add(f"{at}.values", "config_field.choices_required")


def _check_show_if(at: str, show_if: ShowIf, earlier: list[FieldDefinition],
                   errors: Errors) -> None:
    target = next((f for f in earlier if f.code == show_if.field), None)
    if target is None:
        errors.add(f"{at}.{EXTENSION}.show_if.field", "config_field.show_if_unknown",
                   target=show_if.field)
        return
    # The form follows a picked choice; a typed text has no value to wait for.
    if target.kind not in CHOICE_KINDS:
        errors.add(f"{at}.{EXTENSION}.show_if.field", "config_field.show_if_not_choice",
                   target=show_if.field)
        return
    keys = [c.key for c in target.all_choices()]
    if show_if.value not in keys:
        errors.add(f"{at}.{EXTENSION}.show_if.value", "config_field.show_if_value",
                   target=show_if.field, value=show_if.value, values=", ".join(keys))


def _number(value: float) -> str:
    return f"{value:g}"

