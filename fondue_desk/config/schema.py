"""The JSON schema of a configuration file: shapes, types and ranges. Rules that need more than
one value (duplicates, references, formats, pictures) are in `rules.py`."""
from __future__ import annotations

from fondue_desk.domain.custom_fields import EXTENSION, OPEN311_DATATYPE, FieldKind
from fondue_desk.domain.duplicates import DAYS_RANGE as DUPLICATE_DAYS_RANGE
from fondue_desk.domain.duplicates import RADIUS_RANGE as DUPLICATE_RADIUS_RANGE
from fondue_desk.domain.labels import DEFAULT_STATUSES

from .rules import HOTSPOT_COUNT_RANGE, HOTSPOT_RADIUS_RANGE, SLA_RANGE

SCHEMA_VERSION = 1

_TEXT = {"type": "string"}
_FLAG = {"type": "boolean"}
_NUMBER = {"type": ["number", "null"]}
_CODE = {"type": "string", "pattern": "^[a-z][a-z0-9-]{1,39}$"}
_IMAGE = {"type": ["string", "null"]}           # base64; checked as a picture in parse.py
# Codes of digits only, so a hand-written `postal_code: 45160` needs no quotes.
_DIGITS = {"type": ["string", "integer"]}


def _int(low: int, high: int) -> dict:
    return {"type": "integer", "minimum": low, "maximum": high}


def _object(properties: dict, required: tuple[str, ...] = ()) -> dict:
    return {"type": "object", "properties": properties, "required": list(required),
            "additionalProperties": False}


def _optional(schema: dict) -> dict:
    """A section or list that may be left empty (`villages:` with nothing under it)."""
    types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    return {**schema, "type": [*types, "null"]}


OFFICE = _object({
    "kind": _TEXT, "name": _TEXT, "name_en": _TEXT, "tambon": _TEXT, "amphoe": _TEXT, "province": _TEXT,
    "postal_code": _DIGITS, "tambon_code": _DIGITS, "address": _TEXT, "phone": _TEXT,
    "email": _TEXT, "lat": _NUMBER, "lon": _NUMBER,
}, required=("kind",))

LETTERS = _object({
    "document_code": _TEXT, "division": _TEXT, "signatory_name": _TEXT,
    "signatory_position": _TEXT, "thai_digits": _FLAG, "emblem": _IMAGE, "signature": _IMAGE,
})

VILLAGE = _object({
    "code": _CODE, "number": _int(1, 999), "name": _TEXT, "name_en": _TEXT, "lat": _NUMBER,
    "lon": _NUMBER, "active": _FLAG,
}, required=("code", "number", "name"))

# A category's question: an Open311 GeoReport v2 service attribute exactly as
# domain.custom_fields.to_open311 writes it, the desk's own keys under x_fondue.
# The shapes services.category_fields accepts in Settings.
FIELD_CODE = {"type": "string", "pattern": "^[a-z][a-z0-9_-]{1,39}$"}
CHOICE_KEY = {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,39}$"}
CHOICE_EXTRA = _object({"name_en": _TEXT, "stop_notice": _TEXT, "stop_notice_en": _TEXT,
                        "active": _FLAG})
FIELD_EXTENSION = _object({
    "kind": {"type": "string", "enum": [k.value for k in FieldKind]},
    "description_en": _TEXT, "help": _TEXT, "help_en": _TEXT, "unit": _TEXT,
    "min": _NUMBER, "max": _NUMBER,
    "show_if": _object({"field": _TEXT, "value": _TEXT}, required=("field", "value")),
    "choices": _optional({"type": "object", "additionalProperties": CHOICE_EXTRA}),
    "active": _FLAG,
})
FIELD = _object({
    "variable": _FLAG, "code": FIELD_CODE,
    "datatype": {"type": "string", "enum": sorted(set(OPEN311_DATATYPE.values()))},
    "required": _FLAG, "datatype_description": _TEXT, "order": _int(0, 1_000_000),
    "description": _TEXT,
    "values": _optional({"type": "array",
                         "items": _object({"key": CHOICE_KEY, "name": _TEXT},
                                          required=("key", "name"))}),
    EXTENSION: FIELD_EXTENSION,
}, required=("code", "datatype", "description"))

CATEGORY = _object({
    "code": _CODE, "name_th": _TEXT, "name_en": _TEXT,
    "colour": {"type": "string", "pattern": "^#[0-9A-Fa-f]{6}$"},
    "sla_days": _int(*SLA_RANGE), "sort_order": _int(0, 1_000_000), "active": _FLAG,
    "default_crew": _TEXT, "letter_template": _TEXT, "letter_subject": _TEXT,
    "photo_required": _FLAG,
    "duplicate_radius_m": _int(*DUPLICATE_RADIUS_RANGE),
    "duplicate_days": _int(*DUPLICATE_DAYS_RANGE),
    "fields": _optional({"type": "array", "items": FIELD}),
}, required=("code", "name_th", "sla_days"))

CREW = _object({
    "name": _TEXT, "leader_name": _TEXT, "phone": _TEXT,
    "members": _optional({"type": "array", "items": _TEXT}),
    "categories": _optional({"type": "array", "items": _CODE}), "active": _FLAG,
}, required=("name",))

NUMBERING = _object({"tracking_format": _TEXT, "work_order_format": _TEXT})

MAP = _object({
    "base_map": {"type": "string", "enum": ["osm", "mbtiles", "none"]},
    "tile_url": _TEXT, "attribution": _TEXT, "mbtiles_path": _TEXT,
    "hotspot_min_count": _int(*HOTSPOT_COUNT_RANGE),
    "hotspot_radius_m": _int(*HOTSPOT_RADIUS_RANGE),
    "boundary_geojson": {"type": ["string", "null"]},
})

# The office's words for statuses: only those it changed; a status not listed keeps the desk's.
STATUS_LABEL = _object({"name_th": _TEXT, "name_en": _TEXT,
                        "colour": {"type": "string", "pattern": "^#[0-9A-Fa-f]{6}$"}})
LABELS = _object({"statuses": _optional(_object({str(code): STATUS_LABEL
                                                 for code in DEFAULT_STATUSES}))})

DISPLAY = _object({"english_be_dates": _FLAG})

SCHEMA = _object({
    "schema_version": {"const": SCHEMA_VERSION},
    "office": OFFICE,
    "letters": _optional(LETTERS),
    "numbering": _optional(NUMBERING),
    "villages": _optional({"type": "array", "items": VILLAGE}),
    "categories": _optional({"type": "array", "items": CATEGORY}),
    "crews": _optional({"type": "array", "items": CREW}),
    "map": _optional(MAP),
    "display": _optional(DISPLAY),
    "labels": _optional(LABELS),
}, required=("schema_version", "office"))
