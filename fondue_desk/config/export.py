"""Writing a configuration file: the same office always gives the same bytes.

Keys come in a fixed order, rows in the order `storage.read_config` sorts them, every key is
written even when it holds its default (a reader sees what the office really uses), pictures
are base64 in 76-character lines and multi-line text is a literal block, so the file reads and
diffs well.
"""
from __future__ import annotations

import base64
import io
from dataclasses import fields

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from fondue_desk.db.database import Database
from fondue_desk.domain.custom_fields import to_open311
from fondue_desk.domain.errors import InvalidInput
from fondue_desk.domain.office_config import (
    CategorySpec,
    CrewSpec,
    DisplaySpec,
    MapSpec,
    NumberingSpec,
    OfficeConfig,
    VillageSpec,
)

from .rules import checked_config
from .schema import SCHEMA_VERSION
from .storage import read_config

HEADER = (
    "Fondue Desk: an office's configuration (villages, categories, crews, numbering,\n"
    "letters, map). Passwords and user accounts are never in this file.\n"
    "fondue-desk config import FILE --dry-run shows what an import would change."
)
_OFFICE_KEYS = ("kind", "name", "name_en", "tambon", "amphoe", "province", "postal_code", "tambon_code",
                "address", "phone", "email", "lat", "lon")
_LETTER_KEYS = ("document_code", "division", "signatory_name", "signatory_position",
                "thai_digits")


def export_config(db: Database, office_id: int) -> str:
    """The office's configuration file as text (UTF-8 when written)."""
    with db.read() as session:
        config = read_config(session, office_id)
    try:
        # Written as an import would store it, so export → import → export is byte-identical
        # even for rows saved before a rule existed (a phone typed "053-114 200").
        config = checked_config(config, complete=False)
    except InvalidInput:
        pass  # a row no rule accepts is written as it is; the import will name it
    return dump_config(config)


def dump_config(config: OfficeConfig) -> str:
    root = CommentedMap()
    root["schema_version"] = SCHEMA_VERSION
    root["office"] = _mapping({k: getattr(config.office, k) for k in _OFFICE_KEYS})
    letters = {k: getattr(config.office, k) for k in _LETTER_KEYS}
    letters["emblem"] = _image(config.office.emblem_png)
    letters["signature"] = _image(config.office.signature_png)
    root["letters"] = _mapping(letters)
    root["numbering"] = _mapping(_fields(config.numbering, NumberingSpec))
    root["villages"] = _seq(_village(v) for v in config.villages)
    root["categories"] = CommentedSeq(_category(c) for c in config.categories)
    root["crews"] = _seq(_fields(c, CrewSpec) for c in config.crews)
    spec = _fields(config.map, MapSpec)
    spec["boundary_geojson"] = _text(config.map.boundary_geojson, block=True) or None
    root["map"] = _mapping(spec)
    root["display"] = _mapping(_fields(config.display, DisplaySpec))
    root["labels"] = _labels(config)
    for key in ("letters", "numbering", "villages", "categories", "crews", "map", "display",
                "labels"):
        root.yaml_set_comment_before_after_key(key, before="\n")
    root.yaml_set_start_comment(HEADER)
    yaml = YAML(typ="rt")
    yaml.allow_unicode = True
    yaml.width = 4096           # one value per line: no folding of long names
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(root, out)
    return out.getvalue()


def _fields(spec: object, kind: type) -> dict[str, object]:
    return {f.name: getattr(spec, f.name) for f in fields(kind)}


def _village(spec: VillageSpec) -> dict[str, object]:
    """The English name after the Thai one (the dataclass keeps it last for old callers)."""
    values = _fields(spec, VillageSpec)
    return {key: values[key] for key in ("code", "number", "name", "name_en")} | values


def _category(spec: CategorySpec) -> CommentedMap:
    values = _fields(spec, CategorySpec)
    del values["fields"]
    out = _mapping(values)
    # Each question exactly as the Open311 service definition publishes it.
    out["fields"] = _tree([to_open311(d) for d in spec.fields])
    return out


def _labels(config: OfficeConfig) -> CommentedMap:
    """Only the statuses the office renamed or recoloured, and only what it changed: a desk
    with better default words shows them for everything else."""
    statuses = CommentedMap()
    for item in config.status_labels:
        statuses[str(item.code)] = _mapping({k: v for k, v in (
            ("name_th", item.name_th), ("name_en", item.name_en), ("colour", item.colour)) if v})
    if not statuses:
        statuses.fa.set_flow_style()  # "statuses: {}": where they would go
    out = CommentedMap()
    out["statuses"] = statuses
    return out


def _tree(value: object) -> object:
    """Nested JSON as block YAML: a question reads top to bottom, one key a line."""
    if isinstance(value, dict):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = _tree(item)
        return out
    if isinstance(value, list):
        seq = CommentedSeq(_tree(item) for item in value)
        if not value:
            seq.fa.set_flow_style()  # "values: []" rather than a bare key
        return seq
    return _text(value) if isinstance(value, str) else value


def _mapping(values: dict[str, object]) -> CommentedMap:
    out = CommentedMap()
    for key, value in values.items():
        if isinstance(value, tuple):
            value = CommentedSeq(value)
            value.fa.set_flow_style()
        elif isinstance(value, str):
            value = _text(value)
        out[key] = value
    return out


def _seq(items) -> CommentedSeq:
    return CommentedSeq(_mapping(item) for item in items)


def _text(value: str, *, block: bool = False) -> str:
    return LiteralScalarString(value) if value and (block or "\n" in value) else value


def _image(data: bytes | None) -> str | None:
    if not data:
        return None
    return LiteralScalarString(base64.encodebytes(data).decode("ascii"))
