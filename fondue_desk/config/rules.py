"""The rules an office's shape must meet, whoever brings it: the set-up assistant, `init`, a
configuration file or an import. One place, so the file and the wizard can never disagree.

`checked_config` returns the cleaned configuration (text normalised, pictures stored as PNG)
or raises InvalidInput naming every problem at once. Field names are the configuration file's
paths ("villages[2].name", "categories[0].sla_days"), so a file problem finds its line and a
wizard page finds its row.
"""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

from PIL import Image, UnidentifiedImageError

from fondue_desk.domain import pictures
from fondue_desk.domain.codes import is_valid_code
from fondue_desk.domain.duplicates import DAYS_RANGE as DUPLICATE_DAYS_RANGE
from fondue_desk.domain.duplicates import RADIUS_RANGE as DUPLICATE_RADIUS_RANGE
from fondue_desk.domain.errors import FieldError, InvalidInput, RuleViolation
from fondue_desk.domain.geo import check_in_thailand
from fondue_desk.domain.labels import (
    StatusOverride,
    check_status_labels,
    full_words,
    only_changes,
)
from fondue_desk.domain.numbering import check_format, check_work_order_format
from fondue_desk.domain.office_config import (
    OFFICE_KINDS,
    CategorySpec,
    CrewSpec,
    MapSpec,
    OfficeConfig,
    OfficeProfile,
    VillageSpec,
)
from fondue_desk.domain.phone import normalise_phone
from fondue_desk.domain.template_kinds import KINDS, Kind
from fondue_desk.domain.templates import check as check_template
from fondue_desk.domain.text import clean_text

from .field_rules import checked_fields

SLA_RANGE = (1, 365)
HOTSPOT_COUNT_RANGE = (2, 50)      # as services.map_settings offers them
HOTSPOT_RADIUS_RANGE = (10, 2000)
BASE_MAPS = ("osm", "mbtiles", "none")
MAX_IMAGE_BYTES = pictures.LIMITS[pictures.EMBLEM].max_bytes
MAX_IMAGE_PX = pictures.LIMITS[pictures.EMBLEM].stored_side
MAX_MEMBERS = 30
MAX_VILLAGES = 500
MAX_CATEGORIES = 200
_COLOUR_DIGITS = set("0123456789abcdef")

# (field, column limit, multiline) of the office profile's free text. The office's phone is
# printed on the letterhead as the office writes it ("0 4359 9123 ต่อ 12"), so it stays text.
_PROFILE_TEXT = (
    ("name", 200, False), ("name_en", 200, False), ("tambon", 100, False), ("amphoe", 100, False),
    ("province", 100, False), ("address", 500, True), ("phone", 40, False),
    ("email", 200, False), ("document_code", 40, False), ("division", 200, False),
    ("signatory_name", 200, False), ("signatory_position", 300, True),
)


class _Errors:
    """Collects FieldErrors; `check` runs one rule and keeps going whatever it finds."""

    def __init__(self) -> None:
        self.items: list[FieldError] = []

    def add(self, field: str, error_code: str, **params: object) -> None:
        self.items.append(FieldError(field, error_code, params))

    def check(self, field: str, rule: Callable[[], object], default: object = None) -> object:
        try:
            return rule()
        except RuleViolation as exc:
            self.items.append(FieldError(field, exc.code, dict(exc.params)))
        except InvalidInput as exc:
            self.items.extend(FieldError(field, e.code, e.params) for e in exc.errors)
        return default


def checked_config(config: OfficeConfig, *, complete: bool = True) -> OfficeConfig:
    """The configuration cleaned, or InvalidInput with every problem.

    `complete=False` accepts what a preset leaves out (the office's name); creating or
    importing an office always asks for complete=True.
    """
    errors = _Errors()
    office = _profile(config.office, errors, complete)
    villages = tuple(_village(i, v, errors) for i, v in enumerate(config.villages))
    crews = tuple(_crew(i, c, errors) for i, c in enumerate(config.crews))
    categories = tuple(_category(i, c, errors) for i, c in enumerate(config.categories))
    _unique(errors, "villages", [v.code for v in villages], "code", "code.duplicate")
    _unique(errors, "villages", [v.number for v in villages], "number",
            "village.number_duplicate")
    _unique(errors, "categories", [c.code for c in categories], "code", "code.duplicate")
    _unique(errors, "categories", [c.name_th.casefold() for c in categories], "name_th",
            "category.name_duplicate")
    _unique(errors, "crews", [c.name.casefold() for c in crews], "name", "crew.name_duplicate")
    if len(villages) > MAX_VILLAGES:
        errors.add("villages", "villages.too_many", max=MAX_VILLAGES)
    if len(categories) > MAX_CATEGORIES:
        errors.add("categories", "categories.too_many", max=MAX_CATEGORIES)
    codes = {c.code for c in categories}
    for i, crew in enumerate(crews):
        for j, code in enumerate(crew.categories):
            if code not in codes:
                errors.add(f"crews[{i}].categories[{j}]", "crew.unknown_category", code=code)
    crew_names = {c.name.casefold() for c in crews}
    for i, category in enumerate(categories):
        if category.default_crew and category.default_crew.casefold() not in crew_names:
            errors.add(f"categories[{i}].default_crew", "category.unknown_crew",
                       crew=category.default_crew)
    errors.check("numbering.tracking_format",
                 lambda: check_format(config.numbering.tracking_format))
    errors.check("numbering.work_order_format",
                 lambda: check_work_order_format(config.numbering.work_order_format))
    map_spec = _map(config.map, errors)
    status_labels = _status_labels(config.status_labels, errors)
    if errors.items:
        raise InvalidInput(errors.items)
    return replace(config, office=office, villages=villages, categories=categories,
                   crews=crews, map=map_spec, status_labels=status_labels)


def _status_labels(items: tuple[StatusOverride, ...], errors: _Errors
                   ) -> tuple[StatusOverride, ...]:
    """Checked as Settings → Statuses checks them (the statuses not listed keep the desk's
    words); only what differs from the default is kept, so a file naming a default is no
    change."""
    cleaned = [StatusOverride(i.code, " ".join(i.name_th.split()), " ".join(i.name_en.split()),
                              i.colour.strip().lower()) for i in items]
    listed = {i.code for i in cleaned}
    for error in check_status_labels([full_words(i) for i in cleaned]):
        # A clash is named on the status the file lists, not on the one keeping its default.
        if error.field.split(".", 1)[0] in listed:
            errors.add(f"labels.statuses.{error.field}", error.code, **dict(error.params))
    kept = (only_changes(i) for i in cleaned)
    return tuple(i for i in kept if not i.is_empty)


def checked_image(data: bytes, purpose: str = pictures.EMBLEM) -> bytes:
    """A PNG or JPEG picture, stored as PNG; RuleViolation "image.not_png_or_jpeg" or
    "image.too_large". Stored pictures are already normalised, so this is idempotent."""
    if len(data) > MAX_IMAGE_BYTES:
        raise RuleViolation("image.too_large", max_mb=MAX_IMAGE_BYTES // (1024 * 1024))
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in ("PNG", "JPEG"):
                raise RuleViolation("image.not_png_or_jpeg")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise RuleViolation("image.not_png_or_jpeg") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        pass  # pictures.stored_png words it with the limit
    try:  # the pixel limits are the emblem's and signature's everywhere (domain.pictures)
        return pictures.stored_png(data, purpose)
    except RuleViolation as exc:
        if exc.code.startswith("picture."):
            raise
        raise RuleViolation("image.not_png_or_jpeg") from None


def _profile(p: OfficeProfile, errors: _Errors, complete: bool) -> OfficeProfile:
    if p.kind not in OFFICE_KINDS:
        errors.add("office.kind", "office.kind_unknown", kinds=", ".join(OFFICE_KINDS))
    values: dict[str, object] = {}
    for name, limit, multiline in _PROFILE_TEXT:
        text = getattr(p, name)
        values[name] = errors.check(f"office.{name}", lambda t=text, n=limit, m=multiline:
                                    clean_text(t, max_length=n, multiline=m), text)
    if complete and not values["name"]:
        errors.add("office.name", "name.required")
    email = str(values["email"])
    if email and ("@" not in email or " " in email):
        errors.add("office.email", "email.invalid")
    for name, digits in (("postal_code", 5), ("tambon_code", 6)):
        text = getattr(p, name).strip()
        if text and not (text.isascii() and text.isdigit() and len(text) == digits):
            errors.add(f"office.{name}", "digits.count", digits=digits)
        values[name] = text
    values["lat"], values["lon"] = _position("office", p.lat, p.lon, errors)
    for name in ("emblem_png", "signature_png"):
        data = getattr(p, name)
        values[name] = (None if data is None else
                        errors.check(f"office.{name}", lambda d=data, p=name[:-4]:
                                     checked_image(d, p)))
    values["thai_digits"] = bool(p.thai_digits)
    return replace(p, **values)


def _village(i: int, v: VillageSpec, errors: _Errors) -> VillageSpec:
    where = f"villages[{i}]"
    if not is_valid_code(v.code):
        errors.add(f"{where}.code", "code.invalid")
    if not isinstance(v.number, int) or isinstance(v.number, bool) or v.number < 1:
        errors.add(f"{where}.number", "village.number_invalid")
    name = str(errors.check(f"{where}.name", lambda: clean_text(v.name, max_length=120), v.name))
    if not name:
        errors.add(f"{where}.name", "name.required")
    name_en = str(errors.check(f"{where}.name_en",
                               lambda: clean_text(v.name_en, max_length=120), v.name_en))
    lat, lon = _position(where, v.lat, v.lon, errors)
    return replace(v, name=name, name_en=name_en, lat=lat, lon=lon, active=bool(v.active))


def _category(i: int, c: CategorySpec, errors: _Errors) -> CategorySpec:
    where = f"categories[{i}]"
    if not is_valid_code(c.code):
        errors.add(f"{where}.code", "code.invalid")
    name_th = str(errors.check(f"{where}.name_th",
                               lambda: clean_text(c.name_th, max_length=120), c.name_th))
    if not name_th:
        errors.add(f"{where}.name_th", "name.required")
    name_en = str(errors.check(f"{where}.name_en",
                               lambda: clean_text(c.name_en, max_length=120), c.name_en))
    colour = c.colour.strip().lower()
    if not (len(colour) == 7 and colour[0] == "#" and set(colour[1:]) <= _COLOUR_DIGITS):
        errors.add(f"{where}.colour", "colour.invalid")
    if not _int_in(c.sla_days, SLA_RANGE):
        errors.add(f"{where}.sla_days", "sla.range", min=SLA_RANGE[0], max=SLA_RANGE[1])
    if not _int_in(c.sort_order, (0, 1_000_000)):
        errors.add(f"{where}.sort_order", "sort_order.invalid")
    if not _int_in(c.duplicate_radius_m, DUPLICATE_RADIUS_RANGE):
        errors.add(f"{where}.duplicate_radius_m", "duplicate.radius_range",
                   min=DUPLICATE_RADIUS_RANGE[0], max=DUPLICATE_RADIUS_RANGE[1])
    if not _int_in(c.duplicate_days, DUPLICATE_DAYS_RANGE):
        errors.add(f"{where}.duplicate_days", "duplicate.days_range",
                   min=DUPLICATE_DAYS_RANGE[0], max=DUPLICATE_DAYS_RANGE[1])
    fields = checked_fields(where, c.fields, errors)
    codes = [f.code for f in fields]  # `fields.<code>` a letter may name, retired ones too
    template = str(errors.check(f"{where}.letter_template",
                                lambda: _template(Kind.LETTER_BODY, c.letter_template, codes),
                                c.letter_template))
    subject = str(errors.check(f"{where}.letter_subject",
                               lambda: _template(Kind.LETTER_SUBJECT, c.letter_subject, codes),
                               c.letter_subject))
    return replace(c, name_th=name_th, name_en=name_en, colour=colour, letter_template=template,
                   active=bool(c.active), default_crew=c.default_crew.strip(),
                   letter_subject=subject, fields=fields)


def _template(kind: Kind, text: str, field_codes: list[str]) -> str:
    """Cleaned and checked as Settings → Templates saves it (services.document_templates)."""
    cleaned = clean_text(text, max_length=KINDS[kind].max_source, multiline=True)
    if cleaned:
        check_template(kind, cleaned, field_codes)
    return cleaned


def _crew(i: int, c: CrewSpec, errors: _Errors) -> CrewSpec:
    where = f"crews[{i}]"
    name = str(errors.check(f"{where}.name", lambda: clean_text(c.name, max_length=120), c.name))
    if not name:
        errors.add(f"{where}.name", "name.required")
    leader = str(errors.check(f"{where}.leader_name",
                              lambda: clean_text(c.leader_name, max_length=200), c.leader_name))
    members = []
    for j, member in enumerate(c.members):
        cleaned = errors.check(f"{where}.members[{j}]",
                               lambda m=member: clean_text(m, max_length=200), member)
        if cleaned:
            members.append(str(cleaned))
    if len(members) > MAX_MEMBERS:
        errors.add(f"{where}.members", "members.too_many", max=MAX_MEMBERS)
    phone = str(errors.check(f"{where}.phone", lambda: normalise_phone(c.phone), c.phone))
    _unique(errors, f"{where}.categories", list(c.categories), "", "code.duplicate")
    return replace(c, name=name, leader_name=leader, members=tuple(members), phone=phone,
                   active=bool(c.active))


def _map(m: MapSpec, errors: _Errors) -> MapSpec:
    if m.base_map not in BASE_MAPS:
        errors.add("map.base_map", "map.base_map_unknown", values=", ".join(BASE_MAPS))
    url = m.tile_url.strip()
    if url and not (url.lower().startswith(("http://", "https://")) and " " not in url
                    and all(part in url for part in ("{z}", "{x}", "{y}"))):
        errors.add("map.tile_url", "map.tile_url_invalid")
    attribution = str(errors.check("map.attribution",
                                   lambda: clean_text(m.attribution, max_length=500),
                                   m.attribution))
    if not _int_in(m.hotspot_min_count, HOTSPOT_COUNT_RANGE):
        errors.add("map.hotspot_min_count", "map.hotspot_min_count_range",
                   min=HOTSPOT_COUNT_RANGE[0], max=HOTSPOT_COUNT_RANGE[1])
    if not _int_in(m.hotspot_radius_m, HOTSPOT_RADIUS_RANGE):
        errors.add("map.hotspot_radius_m", "map.hotspot_radius_range",
                   min=HOTSPOT_RADIUS_RANGE[0], max=HOTSPOT_RADIUS_RANGE[1])
    boundary = m.boundary_geojson.strip()
    if boundary:
        boundary = str(errors.check("map.boundary_geojson",
                                    lambda: normalised_boundary(boundary), boundary))
    return replace(m, tile_url=url, attribution=attribution, mbtiles_path=m.mbtiles_path.strip(),
                   boundary_geojson=boundary)


def normalised_boundary(text: str) -> str:
    """The outline as services.map_settings stores it: checked, compact JSON."""
    import json

    from fondue_desk.maps.boundary import parse_boundary

    return json.dumps(parse_boundary(text), ensure_ascii=False, separators=(",", ":"))


def _position(where: str, lat: float | None, lon: float | None, errors: _Errors
              ) -> tuple[float | None, float | None]:
    if lat is None and lon is None:
        return None, None
    if lat is None or lon is None:
        errors.add(f"{where}.{'lat' if lat is None else 'lon'}", "location.incomplete")
        return lat, lon
    checked = errors.check(f"{where}.lat", lambda: check_in_thailand(lat, lon))
    return checked if checked else (lat, lon)


def _unique(errors: _Errors, where: str, values: list, key: str, code: str) -> None:
    seen: dict[object, int] = {}
    for i, value in enumerate(values):
        if value in seen:
            field = f"{where}[{i}].{key}" if key else f"{where}[{i}]"
            errors.add(field, code, first=seen[value] + 1)
        else:
            seen[value] = i


def _int_in(value: object, bounds: tuple[int, int]) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)
            and bounds[0] <= value <= bounds[1])
