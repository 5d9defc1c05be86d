"""The questions an office adds to a category, in the shape of Open311 service attributes.

A definition is stored, exported and put in the configuration file as one JSON object: the
Open311 GeoReport v2 attribute keys (variable, code, datatype, required, datatype_description,
order, description, values[{key, name}]) carry what Open311 knows, and `x_fondue` what only the
desk needs (the finer kind, English words, help, unit and range, when the field is shown, which
choice stops the form, what is retired). An Open311 client that ignores `x_fondue` still reads a
correct service definition.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

EXTENSION = "x_fondue"


class FieldKind(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    DATE = "date"
    TIME = "time"
    SINGLE_CHOICE = "single_choice"
    MULTI_CHOICE = "multi_choice"
    YES_NO = "yes_no"
    VEHICLE_PLATE = "vehicle_plate"
    PHONE = "phone"


# The Open311 datatype each kind is published as.
OPEN311_DATATYPE = {
    FieldKind.SHORT_TEXT: "string",
    FieldKind.LONG_TEXT: "text",
    FieldKind.NUMBER: "number",
    FieldKind.DATE: "datetime",
    FieldKind.TIME: "datetime",
    FieldKind.SINGLE_CHOICE: "singlevaluelist",
    FieldKind.MULTI_CHOICE: "multivaluelist",
    FieldKind.YES_NO: "singlevaluelist",
    FieldKind.VEHICLE_PLATE: "string",
    FieldKind.PHONE: "string",
}
CHOICE_KINDS = frozenset({FieldKind.SINGLE_CHOICE, FieldKind.MULTI_CHOICE, FieldKind.YES_NO})
YES, NO = "true", "false"


@dataclass(frozen=True)
class Choice:
    key: str
    name: str                       # Thai, the Open311 `name`
    name_en: str = ""
    # Shown when the choice is picked; the form cannot be saved ("ไฟไหม้: โทร 199 ทันที").
    stop_notice: str = ""
    stop_notice_en: str = ""
    active: bool = True             # a retired choice still names old answers


@dataclass(frozen=True)
class ShowIf:
    """The field is asked only when another field of the category holds this value."""

    field: str
    value: str


@dataclass(frozen=True)
class FieldDefinition:
    code: str
    kind: FieldKind
    label: str                      # Thai, the Open311 `description`
    label_en: str = ""
    required: bool = False
    order: int = 0
    help: str = ""
    help_en: str = ""
    unit: str = ""                  # number fields: "ลิตร", "เมตร"
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Choice, ...] = ()
    show_if: ShowIf | None = None
    active: bool = True

    def choice(self, key: str) -> Choice | None:
        return next((c for c in self.all_choices() if c.key == key), None)

    def all_choices(self) -> tuple[Choice, ...]:
        """The choices, with the yes/no pair built in for a yes/no field."""
        if self.kind == FieldKind.YES_NO and not self.choices:
            return (Choice(YES, "ใช่", "Yes"), Choice(NO, "ไม่ใช่", "No"))
        return self.choices

    def offered_choices(self) -> tuple[Choice, ...]:
        return tuple(c for c in self.all_choices() if c.active)

    def with_order(self, order: int) -> FieldDefinition:
        return replace(self, order=order)


def to_open311(definition: FieldDefinition) -> dict[str, Any]:
    """The stored/exported JSON object of a definition."""
    choices = definition.all_choices() if definition.kind in CHOICE_KINDS else ()
    extension: dict[str, Any] = {"kind": definition.kind.value}
    for key, value in (("description_en", definition.label_en), ("help", definition.help),
                       ("help_en", definition.help_en), ("unit", definition.unit)):
        if value:
            extension[key] = value
    if definition.minimum is not None:
        extension["min"] = definition.minimum
    if definition.maximum is not None:
        extension["max"] = definition.maximum
    if definition.show_if is not None:
        extension["show_if"] = {"field": definition.show_if.field,
                                "value": definition.show_if.value}
    extras = {c.key: _choice_extension(c) for c in choices if _choice_extension(c)}
    if extras:
        extension["choices"] = extras
    if not definition.active:
        extension["active"] = False
    return {
        "variable": True,
        "code": definition.code,
        "datatype": OPEN311_DATATYPE[definition.kind],
        "required": definition.required,
        "datatype_description": definition.help,
        "order": definition.order,
        "description": definition.label,
        "values": [{"key": c.key, "name": c.name} for c in choices],
        EXTENSION: extension,
    }


def _choice_extension(choice: Choice) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    for key, value in (("name_en", choice.name_en), ("stop_notice", choice.stop_notice),
                       ("stop_notice_en", choice.stop_notice_en)):
        if value:
            extra[key] = value
    if not choice.active:
        extra["active"] = False
    return extra


_KIND_OF_DATATYPE = {"string": FieldKind.SHORT_TEXT, "text": FieldKind.LONG_TEXT,
                     "number": FieldKind.NUMBER, "datetime": FieldKind.DATE,
                     "singlevaluelist": FieldKind.SINGLE_CHOICE,
                     "multivaluelist": FieldKind.MULTI_CHOICE}


def from_open311(data: Mapping[str, Any]) -> FieldDefinition:
    """A definition from its JSON object; a plain Open311 attribute (no x_fondue) works too.

    Raises KeyError/ValueError/TypeError on a malformed object; callers that read user input
    (the configuration file, Settings) check the shape first and report it in words.
    """
    extension = data.get(EXTENSION) or {}
    kind = FieldKind(extension["kind"]) if "kind" in extension else \
        _KIND_OF_DATATYPE[str(data.get("datatype", "string"))]
    extras = extension.get("choices") or {}
    choices = tuple(
        Choice(key=str(v["key"]), name=str(v.get("name", v["key"])),
               name_en=str(extras.get(str(v["key"]), {}).get("name_en", "")),
               stop_notice=str(extras.get(str(v["key"]), {}).get("stop_notice", "")),
               stop_notice_en=str(extras.get(str(v["key"]), {}).get("stop_notice_en", "")),
               active=bool(extras.get(str(v["key"]), {}).get("active", True)))
        for v in data.get("values") or ())
    show_if = extension.get("show_if")
    return FieldDefinition(
        code=str(data["code"]), kind=kind, label=str(data.get("description", "")),
        label_en=str(extension.get("description_en", "")),
        required=bool(data.get("required", False)), order=int(data.get("order", 0)),
        help=str(extension.get("help", data.get("datatype_description", "")) or ""),
        help_en=str(extension.get("help_en", "")), unit=str(extension.get("unit", "")),
        minimum=_number_or_none(extension.get("min")),
        maximum=_number_or_none(extension.get("max")),
        choices=choices,
        show_if=ShowIf(str(show_if["field"]), str(show_if["value"])) if show_if else None,
        active=bool(extension.get("active", True)),
    )


def _number_or_none(value: Any) -> float | None:
    return None if value is None else float(value)


@dataclass(frozen=True)
class FieldValue:
    """One complaint's answer, as every reader shows it (detail pane, paper, exports)."""

    code: str
    label: str                      # the field's Thai label
    text: str                       # the answer worded in Thai ("1กข 1234 เชียงใหม่", "ใช่")
    label_en: str = ""              # English words, empty when the office gave none
    text_en: str = ""
    raw: tuple[str, ...] = field(default_factory=tuple)  # canonical stored value(s)
    retired: bool = False           # the field (or a picked choice) is no longer offered

    def label_in(self, lang: str) -> str:
        return self.label_en or self.label if lang == "en" else self.label

    def text_in(self, lang: str) -> str:
        return self.text_en or self.text if lang == "en" else self.text
