"""The JSON schema of a configuration file: shapes, types and ranges. Rules that need more than
one value (duplicates, references, formats, pictures) are in `rules.py`."""
from __future__ import annotations

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
    "kind": _TEXT, "name": _TEXT, "tambon": _TEXT, "amphoe": _TEXT, "province": _TEXT,
    "postal_code": _DIGITS, "tambon_code": _DIGITS, "address": _TEXT, "phone": _TEXT,
    "email": _TEXT, "lat": _NUMBER, "lon": _NUMBER,
}, required=("kind",))

LETTERS = _object({
    "document_code": _TEXT, "division": _TEXT, "signatory_name": _TEXT,
    "signatory_position": _TEXT, "thai_digits": _FLAG, "emblem": _IMAGE, "signature": _IMAGE,
})

VILLAGE = _object({
    "code": _CODE, "number": _int(1, 999), "name": _TEXT, "lat": _NUMBER, "lon": _NUMBER,
    "active": _FLAG,
}, required=("code", "number", "name"))

CATEGORY = _object({
    "code": _CODE, "name_th": _TEXT, "name_en": _TEXT,
    "colour": {"type": "string", "pattern": "^#[0-9A-Fa-f]{6}$"},
    "sla_days": _int(*SLA_RANGE), "sort_order": _int(0, 1_000_000), "active": _FLAG,
    "default_crew": _TEXT, "letter_template": _TEXT,
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

SCHEMA = _object({
    "schema_version": {"const": SCHEMA_VERSION},
    "office": OFFICE,
    "letters": _optional(LETTERS),
    "numbering": _optional(NUMBERING),
    "villages": _optional({"type": "array", "items": VILLAGE}),
    "categories": _optional({"type": "array", "items": CATEGORY}),
    "crews": _optional({"type": "array", "items": CREW}),
    "map": _optional(MAP),
}, required=("schema_version", "office"))
