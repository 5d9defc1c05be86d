"""Reading a configuration file: YAML → schema check → the office's rules, every problem at once,
each with the line it is on.

ruamel.yaml's round-trip loader keeps each key's and item's position (`.lc`); a problem's path
("categories[3].sla_days") is walked down that tree to its line. A key that is missing has no
line, so its parent's line is used.
"""
from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from fondue_desk.domain.custom_fields import (
    EXTENSION,
    OPEN311_DATATYPE,
    FieldDefinition,
    FieldKind,
    from_open311,
)
from fondue_desk.domain.duplicates import DEFAULT_DAYS, DEFAULT_RADIUS_M
from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.domain.labels import DEFAULT_STATUSES, StatusOverride
from fondue_desk.domain.office_config import (
    CategorySpec,
    CrewSpec,
    DisplaySpec,
    MapSpec,
    NumberingSpec,
    OfficeConfig,
    OfficeProfile,
    VillageSpec,
)

from .problems import ConfigFileError, ConfigProblem
from .rules import checked_config
from .schema import SCHEMA

_VALIDATOR = Draft202012Validator(SCHEMA)
# A 5 MB outline and two 2 MB pictures in base64 fit with room to spare.
MAX_FILE_CHARS = 20_000_000
_PATH_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")

# Where the file keeps what OfficeProfile holds: the letter settings have their own section.
_LETTER_FIELDS = ("document_code", "division", "signatory_name", "signatory_position",
                  "thai_digits")
_FILE_PATHS = {f"office.{name}": f"letters.{name}" for name in _LETTER_FIELDS}
_FILE_PATHS |= {"office.emblem_png": "letters.emblem", "office.signature_png": "letters.signature"}


def parse_config(text: str, *, complete: bool = False) -> OfficeConfig:
    """The office configuration a file holds, checked and cleaned; ConfigFileError otherwise.

    A preset leaves the office's name out; `complete=True` asks for everything an office
    needs to be created or replaced.
    """
    data = load_yaml(text)
    problems = list(_schema_problems(data))
    decode_errors: list[FieldError] = []
    config = _build(data, decode_errors)
    reported = {p.path for p in problems}
    try:
        config = checked_config(config, complete=complete)
    except InvalidInput as exc:
        decode_errors += exc.errors
    problems += [p for p in problems_from_errors(data, decode_errors) if p.path not in reported
                 and not any(p.path.startswith(r + ".") or p.path.startswith(r + "[")
                             for r in reported)]
    if problems:
        raise ConfigFileError(_sorted(problems))
    return config


def load_yaml(text: str):
    """The round-trip tree of a YAML text; ConfigFileError with the line of a syntax error."""
    if len(text) > MAX_FILE_CHARS:
        raise ConfigFileError([ConfigProblem(None, None, "", "config.too_large",
                                             {"max_mb": MAX_FILE_CHARS // 1_000_000})])
    yaml = YAML(typ="rt")
    try:
        # Notepad saves UTF-8 with a byte order mark; it is not part of the first key.
        data = yaml.load(text.removeprefix("\ufeff"))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        code = ("config.duplicate_key" if type(exc).__name__.startswith("DuplicateKey")
                else "config.yaml_syntax")
        field = _duplicate_key(exc) if code == "config.duplicate_key" else ""
        raise ConfigFileError([ConfigProblem(
            mark.line + 1 if mark else None, mark.column + 1 if mark else None, field, code,
            {"problem": (exc.problem or exc.context or "").strip()})]) from None
    except YAMLError as exc:
        raise ConfigFileError([ConfigProblem(None, None, "", "config.yaml_syntax",
                                             {"problem": str(exc).strip()})]) from None
    if not isinstance(data, dict):
        raise ConfigFileError([ConfigProblem(1, 1, "", "config.not_mapping")])
    return data


def config_file_error(text: str, error: InvalidInput) -> ConfigFileError:
    """An InvalidInput raised over a file's configuration (create_office, plan_import,
    apply_import) as that file's problems, each with its line."""
    return ConfigFileError(problems_from_errors(load_yaml(text), error.errors))


def problems_from_errors(data, errors: Iterable[FieldError]) -> list[ConfigProblem]:
    """Rule errors (config paths) as file problems with their lines, sorted by line; `data` is
    load_yaml(text). Fields that are not the file's (admin.*) get no line."""
    out = []
    for error in errors:
        path = _FILE_PATHS.get(error.field, error.field)
        for config_path, file_path in _FILE_PATHS.items():
            if error.field.startswith(config_path + "."):
                path = file_path + error.field[len(config_path):]
        if path.split(".", 1)[0].split("[", 1)[0] in SCHEMA["properties"]:
            line, column = locate(data, path)
        else:
            line = column = None  # not the file's ("admin.password" of `init`)
        out.append(ConfigProblem(line, column, path, error.code, dict(error.params)))
    return _sorted(out)


def locate(data, path: str) -> tuple[int, int]:
    """(line, column), 1-based, of the deepest node of `path` the file has."""
    node, position = data, (getattr(data.lc, "line", 0), getattr(data.lc, "col", 0))
    for name, index in _PATH_TOKEN.findall(path):
        key: str | int = int(index) if index else name
        if isinstance(node, dict) and key in node:
            position = node.lc.key(key)
        elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            position = node.lc.item(key)
        else:
            break
        node = node[key]
    return position[0] + 1, position[1] + 1


def _schema_problems(data) -> Iterable[ConfigProblem]:
    for error in _VALIDATOR.iter_errors(data):
        yield from _problems_of(data, error)


def _problems_of(data, error: ValidationError) -> Iterable[ConfigProblem]:
    parts = [f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path]
    path = "".join(parts).lstrip(".")
    schema, kind = error.schema, error.validator
    if kind == "required":
        for key in error.validator_value:
            if isinstance(error.instance, dict) and key not in error.instance:
                where = f"{path}.{key}" if path else key
                yield ConfigProblem(*locate(data, where), where, "config.required", {"key": key})
        return
    if kind == "additionalProperties":
        allowed = schema.get("properties", {})
        for key in error.instance:
            if key not in allowed:
                where = f"{path}.{key}" if path else str(key)
                yield ConfigProblem(*locate(data, where), where, "config.unknown_key",
                                    {"key": key})
        return
    line, column = locate(data, path)
    if "minimum" in schema and kind in ("type", "minimum", "maximum"):
        yield ConfigProblem(line, column, path, "config.integer_range",
                            {"min": schema["minimum"], "max": schema["maximum"]})
    elif kind == "type" and path.endswith(".colour"):
        # `colour: #1e88e5` without quotes is a YAML comment: the value arrives empty.
        yield ConfigProblem(line, column, path, "colour.invalid")
    elif kind == "type":
        expected = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        yield ConfigProblem(line, column, path, "config.type",
                            {"expected": "/".join(t for t in expected if t != "null")})
    elif kind == "pattern":
        code = "colour.invalid" if path.endswith("colour") else "code.invalid"
        if ".fields[" in path:  # a question's code or a choice's key: other characters
            code = ("config_field.choice_key_invalid" if ".values[" in path
                    else "config_field.code_invalid")
        yield ConfigProblem(line, column, path, code)
    elif kind == "enum":
        yield ConfigProblem(line, column, path, "config.one_of",
                            {"values": ", ".join(map(str, error.validator_value))})
    elif kind == "const":
        yield ConfigProblem(line, column, path, "config.schema_version",
                            {"expected": error.validator_value})
    else:
        yield ConfigProblem(line, column, path, f"config.{kind}")


def _build(data, errors: list[FieldError]) -> OfficeConfig:
    """An OfficeConfig from the tree; a value of the wrong type (already reported by the
    schema) falls back to its default, so the rules still check everything else."""
    office = _dict(data.get("office"))
    letters = _dict(data.get("letters"))
    profile = OfficeProfile(
        kind=_str(office, "kind"), name=_str(office, "name"), name_en=_str(office, "name_en"),
        **{k: _str(office, k) for k in ("tambon", "amphoe", "province", "address", "phone",
                                        "email")},
        postal_code=_digits(office, "postal_code"), tambon_code=_digits(office, "tambon_code"),
        lat=_float(office, "lat"), lon=_float(office, "lon"),
        **{k: _str(letters, k) for k in _LETTER_FIELDS if k != "thai_digits"},
        thai_digits=_bool(letters, "thai_digits", False),
        emblem_png=_image(letters, "emblem", "office.emblem_png", errors),
        signature_png=_image(letters, "signature", "office.signature_png", errors))
    numbering = _dict(data.get("numbering"))
    defaults = NumberingSpec()
    map_data = _dict(data.get("map"))
    map_defaults = MapSpec()
    return OfficeConfig(
        office=profile,
        villages=tuple(VillageSpec(
            code=_str(v, "code"), number=_int(v, "number", 0), name=_str(v, "name"),
            lat=_float(v, "lat"), lon=_float(v, "lon"), active=_bool(v, "active", True),
            name_en=_str(v, "name_en"))
            for v in map(_dict, _list(data.get("villages")))),
        categories=tuple(CategorySpec(
            code=_str(c, "code"), name_th=_str(c, "name_th"), name_en=_str(c, "name_en"),
            colour=_str(c, "colour", "#607d8b"), sla_days=_int(c, "sla_days", 7),
            sort_order=_int(c, "sort_order", 10 * (i + 1)), active=_bool(c, "active", True),
            default_crew=_str(c, "default_crew"), letter_template=_str(c, "letter_template"),
            fields=_fields(c, f"categories[{i}]", errors),
            letter_subject=_str(c, "letter_subject"),
            photo_required=_bool(c, "photo_required", False),
            duplicate_radius_m=_int(c, "duplicate_radius_m", DEFAULT_RADIUS_M),
            duplicate_days=_int(c, "duplicate_days", DEFAULT_DAYS))
            for i, c in enumerate(map(_dict, _list(data.get("categories"))))),
        crews=tuple(CrewSpec(
            name=_str(c, "name"), leader_name=_str(c, "leader_name"),
            members=tuple(m for m in _list(c.get("members")) if isinstance(m, str)),
            phone=_str(c, "phone"),
            categories=tuple(m for m in _list(c.get("categories")) if isinstance(m, str)),
            active=_bool(c, "active", True))
            for c in map(_dict, _list(data.get("crews")))),
        numbering=NumberingSpec(
            tracking_format=_str(numbering, "tracking_format", defaults.tracking_format),
            work_order_format=_str(numbering, "work_order_format", defaults.work_order_format)),
        map=MapSpec(
            base_map=_str(map_data, "base_map", map_defaults.base_map),
            tile_url=_str(map_data, "tile_url"), attribution=_str(map_data, "attribution"),
            mbtiles_path=_str(map_data, "mbtiles_path"),
            boundary_geojson=_str(map_data, "boundary_geojson"),
            hotspot_min_count=_int(map_data, "hotspot_min_count",
                                   map_defaults.hotspot_min_count),
            hotspot_radius_m=_int(map_data, "hotspot_radius_m", map_defaults.hotspot_radius_m)),
        display=DisplaySpec(english_be_dates=_bool(_dict(data.get("display")),
                                                   "english_be_dates", False)),
        status_labels=_status_labels(_dict(_dict(data.get("labels")).get("statuses"))))


def _status_labels(statuses: dict) -> tuple[StatusOverride, ...]:
    """The statuses the file renames or recolours, in the core's order (an unknown code is
    the schema's to name)."""
    out = []
    for code in map(str, DEFAULT_STATUSES):
        words = _dict(statuses.get(code))
        item = StatusOverride(code, _str(words, "name_th"), _str(words, "name_en"),
                              _str(words, "colour"))
        if not item.is_empty:
            out.append(item)
    return tuple(out)


def _fields(category: dict, where: str, errors: list[FieldError]
            ) -> tuple[FieldDefinition, ...]:
    """A category's questions through domain.custom_fields.from_open311, the one reader of the
    shape; values of a wrong type (the schema names them) are left out first so it cannot
    fail. What only the raw object shows is checked here: a datatype that contradicts the
    kind, extra words for a choice the field does not have."""
    out = []
    for j, item in enumerate(map(_dict, _list(category.get("fields")))):
        at = f"{where}.fields[{j}]"
        extension = _dict(item.get(EXTENSION))
        datatype = _str(item, "datatype", "string")
        kind = _str(extension, "kind")
        if kind not in set(FieldKind):
            kind = ""
        if datatype not in set(OPEN311_DATATYPE.values()):
            datatype = "string"
        if kind and "datatype" in item and OPEN311_DATATYPE[FieldKind(kind)] != datatype:
            errors.append(FieldError(f"{at}.datatype", "config_field.datatype_mismatch",
                                     {"expected": OPEN311_DATATYPE[FieldKind(kind)]}))
        values = [{"key": str(v["key"]), "name": _str(v, "name")}
                  for v in map(_dict, _list(item.get("values"))) if isinstance(v.get("key"), str)]
        keys = {v["key"] for v in values}
        extras = {str(k): {n: x for n, x in _dict(v).items()
                           if isinstance(x, bool) == (n == "active") and isinstance(x, (str, bool))}
                  for k, v in _dict(extension.get("choices")).items()}
        for key in extras:
            if key not in keys:
                errors.append(FieldError(f"{at}.{EXTENSION}.choices.{key}",
                                         "config_field.choice_unknown", {"key": key}))
        show_if = _dict(extension.get("show_if"))
        clean = {
            "code": _str(item, "code"), "datatype": datatype,
            "required": _bool(item, "required", False),
            "datatype_description": _str(item, "datatype_description"),
            "order": _int(item, "order", 10 * (j + 1)),
            "description": _str(item, "description"), "values": values,
            EXTENSION: {
                **({"kind": kind} if kind else {}),
                **{k: _str(extension, k) for k in ("description_en", "help", "help_en", "unit")
                   if k in extension},
                "min": _float(extension, "min"), "max": _float(extension, "max"),
                "show_if": ({"field": _str(show_if, "field"), "value": _str(show_if, "value")}
                            if show_if else None),
                "choices": {k: v for k, v in extras.items() if k in keys},
                "active": _bool(extension, "active", True)},
        }
        out.append(from_open311(clean))
    return tuple(out)


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _str(mapping: dict, key: str, default: str = "") -> str:
    value = mapping.get(key)
    return str(value) if isinstance(value, str) else default


def _digits(mapping: dict, key: str) -> str:
    value = mapping.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _str(mapping, key)


def _int(mapping: dict, key: str, default: int) -> int:
    value = mapping.get(key)
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else default


def _float(mapping: dict, key: str) -> float | None:
    value = mapping.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _bool(mapping: dict, key: str, default: bool) -> bool:
    value = mapping.get(key)
    return bool(value) if isinstance(value, bool) else default


def _image(mapping: dict, key: str, field: str, errors: list[FieldError]) -> bytes | None:
    value = mapping.get(key)
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return base64.b64decode("".join(value.split()), validate=True)
    except (binascii.Error, ValueError):
        errors.append(FieldError(field, "config.base64"))
        return None


def _duplicate_key(exc: MarkedYAMLError) -> str:
    found = re.search(r'found duplicate key "([^"]*)"', str(exc))
    return found.group(1) if found else ""


def _sorted(problems: list[ConfigProblem]) -> list[ConfigProblem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (p.line is None, p.line or 0, p.column or 0, p.path))
