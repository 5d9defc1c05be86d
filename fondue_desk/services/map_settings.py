"""The office's map settings: base map source, boundary outline and the hotspot rule.

They are office data (Settings edits them, the office export carries them), stored as rows
of `office_setting` under "map.*" keys. The boundary is stored as the normalised GeoJSON
text, so the map serves it as is.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import OfficeSetting
from fondue_desk.domain.errors import FieldError, InvalidInput, RuleViolation
from fondue_desk.domain.permissions import Action
from fondue_desk.maps.boundary import parse_boundary
from fondue_desk.maps.mbtiles import open_mbtiles
from fondue_desk.maps.page import BASE_MAPS, OSM_ATTRIBUTION, OSM_TILE_URL
from fondue_desk.services.access import acting_user
from fondue_desk.services.office_settings import put_setting

BOUNDARY_KEY = "map.boundary"
MIN_COUNT_RANGE = (2, 50)
RADIUS_RANGE_M = (10, 2000)
_TILE_URL = re.compile(r"https?://[^\s\"'<>]+", re.IGNORECASE)


@dataclass(frozen=True)
class MapSettings:
    base_map: str = "osm"
    tile_url: str = OSM_TILE_URL
    attribution: str = OSM_ATTRIBUTION
    mbtiles_path: str = ""
    has_boundary: bool = False
    hotspot_min_count: int = 3
    hotspot_radius_m: int = 100


# Stored fields and their keys; has_boundary is derived from the boundary row.
MAP_SETTING_KEYS = {f.name: f"map.{f.name}" for f in fields(MapSettings)
                    if f.name != "has_boundary"}
_INTS = {"hotspot_min_count", "hotspot_radius_m"}


def map_settings(db: Database, office_id: int) -> MapSettings:
    with db.read() as session:
        return _load(session, office_id)


def set_base_map(db: Database, actor_id: int, base_map: str, *, tile_url: str | None = None,
                 mbtiles_path: str | None = None, attribution: str | None = None) -> MapSettings:
    """Choose the base map: "osm" (an XYZ tile server), "mbtiles" (an offline file) or "none".

    Raises InvalidInput naming base_map ("map.base_map_unknown"), tile_url
    ("map.tile_url_invalid") or mbtiles_path (the open_mbtiles code). Fields not given keep
    their stored values, so switching to "none" and back restores the last source.
    """
    if base_map not in BASE_MAPS:
        raise InvalidInput([FieldError("base_map", "map.base_map_unknown")])
    changes: dict[str, object] = {"base_map": base_map}
    if base_map == "osm" and tile_url is not None:
        tile_url = tile_url.strip()
        if not _valid_tile_url(tile_url):
            raise InvalidInput([FieldError("tile_url", "map.tile_url_invalid")])
        changes["tile_url"] = tile_url
        # The OSM licence needs its credit line; another server's credit is the caller's.
        changes["attribution"] = (OSM_ATTRIBUTION if tile_url == OSM_TILE_URL
                                  else (attribution or "").strip())
    if base_map == "mbtiles":
        if not mbtiles_path:
            raise InvalidInput([FieldError("mbtiles_path", "mbtiles.not_found")])
        try:
            with open_mbtiles(mbtiles_path) as tiles:
                credit = str(tiles.metadata()["attribution"])
        except RuleViolation as error:
            raise InvalidInput([FieldError("mbtiles_path", error.code, error.params)]) from None
        changes["mbtiles_path"] = str(Path(mbtiles_path).expanduser().resolve())
        changes["attribution"] = attribution.strip() if attribution else credit
    with db.write() as session:
        office_id = acting_user(session, actor_id, Action.MANAGE_SETTINGS).office_id
        for name, value in changes.items():
            put_setting(session, office_id, MAP_SETTING_KEYS[name], str(value))
        session.flush()
        return _load(session, office_id)


def import_boundary(db: Database, actor_id: int, text: str) -> MapSettings:
    """Check and store the office outline; InvalidInput on field "boundary" with the code."""
    try:
        collection = parse_boundary(text)
    except RuleViolation as error:
        raise InvalidInput([FieldError("boundary", error.code, error.params)]) from None
    stored = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    with db.write() as session:
        office_id = acting_user(session, actor_id, Action.MANAGE_SETTINGS).office_id
        put_setting(session, office_id, BOUNDARY_KEY, stored)
        session.flush()
        return _load(session, office_id)


def clear_boundary(db: Database, actor_id: int) -> MapSettings:
    with db.write() as session:
        office_id = acting_user(session, actor_id, Action.MANAGE_SETTINGS).office_id
        row = session.get(OfficeSetting, (office_id, BOUNDARY_KEY))
        if row is not None:
            session.delete(row)
        session.flush()
        return _load(session, office_id)


def boundary_geojson(db: Database, office_id: int) -> bytes | None:
    with db.read() as session:
        row = session.get(OfficeSetting, (office_id, BOUNDARY_KEY))
        return row.value.encode("utf-8") if row is not None and row.value else None


def set_hotspot_rule(db: Database, actor_id: int, min_count: int, radius_m: int) -> MapSettings:
    """How many open complaints of one kind within how many metres make a hotspot."""
    errors = []
    if not _in_range(min_count, MIN_COUNT_RANGE):
        errors.append(FieldError("hotspot_min_count", "map.hotspot_min_count_range",
                                 {"min": MIN_COUNT_RANGE[0], "max": MIN_COUNT_RANGE[1]}))
    if not _in_range(radius_m, RADIUS_RANGE_M):
        errors.append(FieldError("hotspot_radius_m", "map.hotspot_radius_range",
                                 {"min": RADIUS_RANGE_M[0], "max": RADIUS_RANGE_M[1]}))
    if errors:
        raise InvalidInput(errors)
    with db.write() as session:
        office_id = acting_user(session, actor_id, Action.MANAGE_SETTINGS).office_id
        put_setting(session, office_id, MAP_SETTING_KEYS["hotspot_min_count"], str(int(min_count)))
        put_setting(session, office_id, MAP_SETTING_KEYS["hotspot_radius_m"], str(int(radius_m)))
        session.flush()
        return _load(session, office_id)


def _load(session: Session, office_id: int) -> MapSettings:
    # The boundary text can be megabytes: ask only whether it is there.
    rows = session.execute(
        select(OfficeSetting.key, OfficeSetting.value)
        .where(OfficeSetting.office_id == office_id, OfficeSetting.key.in_(MAP_SETTING_KEYS.values())))
    stored = dict(rows.all())
    has_boundary = bool(session.scalar(
        select(func.length(OfficeSetting.value) > 0)
        .where(OfficeSetting.office_id == office_id, OfficeSetting.key == BOUNDARY_KEY)))
    settings = MapSettings(has_boundary=has_boundary)
    values: dict[str, object] = {}
    for name, key in MAP_SETTING_KEYS.items():
        if key not in stored:
            continue
        if name in _INTS:
            try:
                values[name] = int(stored[key])
            except ValueError:
                continue  # a hand-edited row should not break the map; keep the default
        else:
            values[name] = stored[key]
    if values.get("base_map", settings.base_map) not in BASE_MAPS:
        values.pop("base_map")
    return replace(settings, **values)


def _valid_tile_url(url: str) -> bool:
    return (bool(_TILE_URL.fullmatch(url))
            and all(part in url for part in ("{z}", "{x}", "{y}")))


def _in_range(value: object, bounds: tuple[int, int]) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)
            and bounds[0] <= value <= bounds[1])
