"""What the map page is built from and what it fetches: page options, markers, hotspots.

The Qt side serves these bytes at app://data/…; the map shows the same filter as the
register (RegisterFilter), walked with the register's own query.
"""
from __future__ import annotations

import gc
import json
import threading
from dataclasses import replace
from datetime import datetime

from sqlalchemy import ColumnElement, Integer, and_, cast, func, select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Office, OfficeSetting
from fondue_desk.domain.calendar import now_thai, to_thai
from fondue_desk.domain.errors import NotFound, RuleViolation
from fondue_desk.domain.geo import THAILAND_BOUNDS
from fondue_desk.domain.labels import (
    DEFAULT,
    category_name,
    status_colour,
    status_colours,
    status_label,
    status_names,
)
from fondue_desk.domain.register_filter import RegisterFilter, days_overdue
from fondue_desk.maps.boundary import boundary_centre
from fondue_desk.maps.hotspots import Hotspot, find_hotspots
from fondue_desk.maps.markers import (
    MICRODEGREES,
    CategoryStyle,
    MarkerColumns,
    marker_details,
    marker_payload,
)
from fondue_desk.maps.mbtiles import open_mbtiles
from fondue_desk.maps.page import MapPageOptions
from fondue_desk.services import register
from fondue_desk.services.labels import label_book, read_book
from fondue_desk.services.map_settings import BOUNDARY_KEY, MapSettings, map_settings

# The core's defaults (bench, tests); a served map uses the office's book (services.labels).
# The page, its legend and popups speak the interface's language (`lang`), Thai by default.
STATUS_COLOURS = status_colours(DEFAULT)
STATUS_LABELS = status_names("th", DEFAULT)

# Every text the page shows; fondue_map.js inserts them with textContent.
MAP_LABELS_TH = {
    "open": "เปิดในทะเบียน",
    "age": "อายุเรื่อง",
    "days": "วัน",
    "overdue": "เกินกำหนด",
    "no_base_map": "ไม่มีแผนที่ฐาน: แสดงเฉพาะขอบเขตและตำแหน่งเรื่อง",
    "picker_hint": "คลิกบนแผนที่หรือลากหมุดเพื่อระบุตำแหน่ง",
    "tracking_no": "เลขรับเรื่อง",
    "category": "ประเภท",
    "status": "สถานะ",
    "hotspot": "จุดที่มีเรื่องร้องเรียนซ้ำ",
    "complaints": "เรื่อง",
    "boundary": "ขอบเขตพื้นที่",
    "markers": "ตำแหน่งเรื่อง",
    "heatmap": "ความหนาแน่นของเรื่อง",
    "hotspots": "จุดเกิดเหตุซ้ำ",
    "legend": "คำอธิบายสัญลักษณ์",
    "loading": "กำลังโหลดแผนที่…",
    "load_failed": "โหลดข้อมูลแผนที่ไม่สำเร็จ",
    "popup_loading": "กำลังโหลด…",
    "skipped": "เรื่องที่ไม่มีพิกัด",
    "shown": "แสดงบนแผนที่",
    "use_location": "ใช้ตำแหน่งนี้",
    "selected": "เลือก",
    "complaint": "เรื่อง",
    "clear": "ล้าง",
    "tiles_missing": "ไม่มีแผนที่ฐานของบริเวณนี้ในเครื่อง (ไม่ได้เชื่อมต่ออินเทอร์เน็ต)",
}
MAP_LABELS_EN = {
    "open": "Open in the register",
    "age": "Age",
    "days": "days",
    "overdue": "Overdue",
    "no_base_map": "No base map: only the boundary and the complaints' positions are shown",
    "picker_hint": "Click on the map or drag the pin to set the position",
    "tracking_no": "Tracking no.",
    "category": "Category",
    "status": "Status",
    "hotspot": "A spot with repeated complaints",
    "complaints": "complaints",
    "boundary": "Boundary",
    "markers": "Complaints",
    "heatmap": "Density of complaints",
    "hotspots": "Hotspots",
    "legend": "Legend",
    "loading": "Loading the map…",
    "load_failed": "The map data could not be loaded",
    "popup_loading": "Loading…",
    "skipped": "Complaints without coordinates",
    "shown": "Shown on the map",
    "use_location": "Use this position",
    "selected": "Selected:",
    "complaint": "complaint",
    "clear": "Clear",
    "tiles_missing": "No base map for this area on this computer (not connected to the internet)",
}


def map_labels(lang: str = "th") -> dict[str, str]:
    """Every text the page shows, in `lang` ("en" or Thai)."""
    return dict(MAP_LABELS_EN if lang == "en" else MAP_LABELS_TH)

ZOOM_OFFICE = 14
ZOOM_PLACE = 17  # a complaint's own position (picker opened on an existing pin)
ZOOM_COUNTRY = 6
# Thai centre of the box: only when the office has neither a position nor a boundary.
_THAILAND_CENTRE = ((THAILAND_BOUNDS.min_lat + THAILAND_BOUNDS.max_lat) / 2,
                    (THAILAND_BOUNDS.min_lon + THAILAND_BOUNDS.max_lon) / 2)
MBTILES_URL = "app://tiles/{z}/{x}/{y}"
_FETCH_SLICE = 10_000  # rows per fetch: short GIL holds, so the GUI thread keeps ticking


def markers_json(db: Database, office_id: int, flt: RegisterFilter, *,
                 now: datetime | None = None, lang: str = "th") -> bytes:
    """app://data/markers.json for the register's current filter (see maps.markers); the
    legend's names in `lang`."""
    columns, skipped, categories = _marker_columns(db, office_id, flt, now, lang)
    book = label_book(db, office_id)
    return marker_payload(columns, categories=categories, skipped=skipped,
                          status_colours=status_colours(book),
                          status_labels=status_names(lang, book))


def _marker_columns(db: Database, office_id: int, flt: RegisterFilter, now: datetime | None,
                    lang: str = "th") -> tuple[MarkerColumns, int, dict[int, CategoryStyle]]:
    """The register's filter, but only the five plain columns a marker needs, no join.

    Three choices keep this near a raw read (bench/map.py prints that floor beside it):
    - The whole register (no filter) is read front to back (`sparse` turns the office index
      off): walking the office index costs three times a plain scan when, as on every desk,
      the office holds every row. A filter keeps its index.
    - Unplaceable rows (no coordinates, NaN, off the globe) are left out by the query and
      only counted, with the filter's index alone. Positions come as whole micro-degrees.
    - Rows are fetched from the DBAPI cursor behind the result, in slices turned into columns
      by zip: SQLAlchemy still binds the parameters (UTC datetimes and all), and these columns
      need no result processing; a Row per marker would cost 80 ms per 100,000.
    """
    where = register.conditions(db.dialect, office_id, flt, now, sparse=flt.is_empty)
    located = and_(Complaint.lat.between(-90.0, 90.0), Complaint.lon.between(-180.0, 180.0))
    query = select(Complaint.id, _microdegrees(Complaint.lat), _microdegrees(Complaint.lon),
                   Complaint.status, Complaint.category_id).where(where, located)
    ids: list[int] = []
    lats: list[int] = []
    lons: list[int] = []
    statuses: list[str] = []
    category_ids: list[int] = []
    with _GcPause(), db.read() as session:
        total = session.scalar(select(func.count()).select_from(Complaint).where(
            register.conditions(db.dialect, office_id, flt, now))) or 0
        result = session.connection().execute(query)
        try:
            cursor = result.cursor
            while chunk := cursor.fetchmany(_FETCH_SLICE):
                for column, values in zip((ids, lats, lons, statuses, category_ids),
                                          zip(*chunk), strict=True):
                    column.extend(values)
        finally:
            result.close()
        categories = {cid: CategoryStyle(cid, category_name(name, name_en or "", lang), colour)
                      for cid, name, name_en, colour in session.execute(
                          select(Category.id, Category.name_th, Category.name_en,
                                 Category.colour).where(Category.office_id == office_id))}
    columns = MarkerColumns(ids, lats, lons, statuses, category_ids)
    return columns, total - len(ids), categories


def _microdegrees(column: ColumnElement[float]) -> ColumnElement[int]:
    """A coordinate as whole micro-degrees, worked out by the database (see maps.markers)."""
    return cast(func.round(column * MICRODEGREES), Integer)


class _GcPause:
    """The cycle collector off while 100,000s of row tuples are made (none holds a cycle).

    Each tuple counts towards the next collection, and with the GUI's heap behind them the
    collections cost half the build (0.13 s of 0.32 s at 100,000). Counted, so two builds in
    two threads cannot turn it back on under each other.
    """

    _lock = threading.Lock()
    _depth = 0
    _was_enabled = False

    def __enter__(self) -> None:
        with self._lock:
            if _GcPause._depth == 0:
                _GcPause._was_enabled = gc.isenabled()
                gc.disable()
            _GcPause._depth += 1

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            _GcPause._depth -= 1
            if _GcPause._depth == 0 and _GcPause._was_enabled:
                gc.enable()


def marker_details_json(db: Database, office_id: int, complaint_id: int, *,
                        now: datetime | None = None, lang: str = "th") -> bytes | None:
    """app://data/complaint/<id>.json: what one marker's popup shows; None if not this office's.

    Age and days overdue are worked out here, for one complaint, by the register's own rules
    (Thai calendar days), instead of for every marker of the map.
    """
    today = (to_thai(now) if now else now_thai()).date()
    query = (select(Complaint.tracking_no, Complaint.received_at, Complaint.status,
                    Complaint.due_date, Category.name_th, Category.colour, Category.name_en)
             .join(Category, Category.id == Complaint.category_id)
             .where(Complaint.id == complaint_id, Complaint.office_id == office_id))
    with db.read() as session:
        found = session.execute(query).first()
        book = read_book(session, office_id) if found is not None else DEFAULT
    if found is None:
        return None
    tracking, received, status, due, name_th, category_colour, name_en = found
    return marker_details(
        complaint_id=complaint_id, tracking_no=tracking,
        category_name=category_name(name_th, name_en or "", lang),
        category_colour=category_colour, status=status,
        status_label=status_label(status, lang, book), status_colour=status_colour(status, book),
        age_days=(today - to_thai(received).date()).days,
        overdue_days=days_overdue(due, status, today))


def hotspots(db: Database, office_id: int, flt: RegisterFilter, settings: MapSettings, *,
             now: datetime | None = None, lang: str = "th") -> list[Hotspot]:
    """Hotspots among the filter's OPEN complaints (closed work is no longer a problem),
    their category named in `lang`."""
    # open_only is ANDed with any statuses chosen, so a "closed only" filter finds nothing.
    where = register.conditions(db.dialect, office_id, replace(flt, open_only=True), now)
    query = (select(Complaint.id, Complaint.lat, Complaint.lon, Category.name_th,
                    Category.colour)
             .join(Category, Category.id == Complaint.category_id)
             .where(where))
    # Five columns only: a register-row walk would load descriptions of 100k complaints.
    with db.read() as session:
        points = [tuple(point) for point in session.execute(query)]
        names = {} if lang == "th" else {
            th: category_name(th, en or "", lang) for th, en in session.execute(
                select(Category.name_th, Category.name_en).where(
                    Category.office_id == office_id))}
    found = find_hotspots(points, radius_m=float(settings.hotspot_radius_m),
                          min_count=settings.hotspot_min_count)
    # Grouped by the Thai name (unique per office; English names need not be), then named.
    return [replace(h, category_name=names.get(h.category_name, h.category_name))
            for h in found]



def page_options(db: Database, office_id: int | None, *, mode: str,
                 center: tuple[float, float] | None = None, lang: str = "th"
                 ) -> MapPageOptions:
    """How to build the page for this office: where it opens and which base map it shows.

    Centre: the given point (zoom 17), else the office's position, else the middle of its
    boundary (zoom 14), else Thailand. An MBTiles base map whose file has gone missing or
    broken falls back to "none", so the map still opens and says why it is blank. Without an
    office (the set-up assistant, before it exists) the default settings show Thailand.
    """
    settings = map_settings(db, office_id) if office_id is not None else MapSettings()
    zoom = ZOOM_PLACE
    if center is None:
        center, zoom = _home(db, office_id)
    options = MapPageOptions(center=center, zoom=zoom, base_map=settings.base_map,
                             tile_url=settings.tile_url, attribution=settings.attribution,
                             tms=False, min_zoom=0, max_zoom=19,
                             has_boundary=settings.has_boundary, mode=mode,
                             labels=map_labels(lang), lang=lang)
    if settings.base_map == "mbtiles":
        options = _with_mbtiles(options, settings.mbtiles_path)
    return options


def _home(db: Database, office_id: int | None) -> tuple[tuple[float, float], int]:
    if office_id is None:
        return _THAILAND_CENTRE, ZOOM_COUNTRY
    with db.read() as session:
        office = session.get(Office, office_id)
        if office is None:
            raise NotFound("office.not_found", office_id=office_id)
        if office.lat is not None and office.lon is not None:
            return (office.lat, office.lon), ZOOM_OFFICE
        stored = session.get(OfficeSetting, (office_id, BOUNDARY_KEY))
        if stored is not None and stored.value:
            return boundary_centre(json.loads(stored.value)), ZOOM_OFFICE
    return _THAILAND_CENTRE, ZOOM_COUNTRY


def _with_mbtiles(options: MapPageOptions, path: str) -> MapPageOptions:
    try:
        with open_mbtiles(path) as tiles:
            meta = tiles.metadata()
    except RuleViolation:
        return replace(options, base_map="none", tile_url="", attribution="")
    # MBTiles.tile takes XYZ rows and flips them itself, hence tms=False here.
    return replace(options, tile_url=MBTILES_URL, tms=False,
                   attribution=str(meta["attribution"]),
                   min_zoom=int(meta["minzoom"]), max_zoom=int(meta["maxzoom"]))
