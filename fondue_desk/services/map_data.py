"""What the map page is built from and what it fetches: page options, markers, hotspots.

The Qt side serves these bytes at app://data/…; the map shows the same filter as the
register (RegisterFilter), walked with the register's own query.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import DateTime, select, type_coerce

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Office, OfficeSetting
from fondue_desk.domain.calendar import THAI_TZ, now_thai, to_thai
from fondue_desk.domain.errors import NotFound, RuleViolation
from fondue_desk.domain.geo import THAILAND_BOUNDS
from fondue_desk.domain.register_filter import RegisterFilter, days_overdue
from fondue_desk.domain.statuses import STATUS_LABELS_TH, Status
from fondue_desk.maps.boundary import boundary_centre
from fondue_desk.maps.hotspots import Hotspot, find_hotspots
from fondue_desk.maps.markers import MarkerRow, marker_payload
from fondue_desk.maps.mbtiles import open_mbtiles
from fondue_desk.maps.page import MapPageOptions
from fondue_desk.services import register
from fondue_desk.services.map_settings import BOUNDARY_KEY, MapSettings, map_settings

STATUS_COLOURS = {
    Status.RECEIVED.value: "#1e88e5",
    Status.ASSIGNED.value: "#8e24aa",
    Status.IN_PROGRESS.value: "#fb8c00",
    Status.AWAITING_SIGNOFF.value: "#fdd835",
    Status.CLOSED.value: "#43a047",
    Status.FORWARDED.value: "#757575",
    Status.REJECTED.value: "#9e9e9e",
}
STATUS_LABELS = {status.value: label for status, label in STATUS_LABELS_TH.items()}

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
    "skipped": "เรื่องที่ไม่มีพิกัด",
    "shown": "แสดงบนแผนที่",
    "use_location": "ใช้ตำแหน่งนี้",
}
ZOOM_OFFICE = 14
ZOOM_PLACE = 17  # a complaint's own position (picker opened on an existing pin)
ZOOM_COUNTRY = 6
# Thai centre of the box: only when the office has neither a position nor a boundary.
_THAILAND_CENTRE = ((THAILAND_BOUNDS.min_lat + THAILAND_BOUNDS.max_lat) / 2,
                    (THAILAND_BOUNDS.min_lon + THAILAND_BOUNDS.max_lon) / 2)
MBTILES_URL = "app://tiles/{z}/{x}/{y}"


def markers_json(db: Database, office_id: int, flt: RegisterFilter, *,
                 now: datetime | None = None) -> bytes:
    """app://data/markers.json for the register's current filter (see maps.markers)."""
    today = (to_thai(now) if now else now_thai()).date()
    return marker_payload(_marker_rows(db, office_id, flt, today, now), today=today,
                          status_colours=STATUS_COLOURS, status_labels=STATUS_LABELS)


def _marker_rows(db: Database, office_id: int, flt: RegisterFilter, today: date,
                 now: datetime | None) -> Iterator[MarkerRow]:
    """The register's filter, but only the eight values a marker needs (unplaced rows too, so
    the payload can count them): the full register row (description, names, more joins) costs
    twice as much at 100,000 markers. Received times are read raw (naive UTC) and shifted
    here, skipping per-row type work."""
    where = register.conditions(db.dialect, office_id, flt, now)
    query = (
        select(Complaint.id, Complaint.lat, Complaint.lon, Complaint.status, Category.name_th,
               Category.colour, type_coerce(Complaint.received_at, DateTime),
               Complaint.tracking_no, Complaint.due_date)
        .join(Category, Category.id == Complaint.category_id)
        .where(where)
    )
    shift = THAI_TZ.utcoffset(None)
    with db.read() as session:
        result = session.execute(query.execution_options(yield_per=5000))
        for cid, lat, lon, status, name, colour, received, tracking, due in result:
            yield MarkerRow(cid, lat, lon, status, name, colour, (received + shift).date(),
                             tracking, days_overdue(due, status, today))


def hotspots(db: Database, office_id: int, flt: RegisterFilter, settings: MapSettings, *,
             now: datetime | None = None) -> list[Hotspot]:
    """Hotspots among the filter's OPEN complaints (closed work is no longer a problem)."""
    # open_only is ANDed with any statuses chosen, so a "closed only" filter finds nothing.
    where = register.conditions(db.dialect, office_id, replace(flt, open_only=True), now)
    query = (select(Complaint.id, Complaint.lat, Complaint.lon, Category.name_th,
                    Category.colour)
             .join(Category, Category.id == Complaint.category_id)
             .where(where))
    # Five columns only: a register-row walk would load descriptions of 100k complaints.
    with db.read() as session:
        points = [tuple(point) for point in session.execute(query)]
    return find_hotspots(points, radius_m=float(settings.hotspot_radius_m),
                         min_count=settings.hotspot_min_count)



def page_options(db: Database, office_id: int | None, *, mode: str,
                 center: tuple[float, float] | None = None) -> MapPageOptions:
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
                             labels=dict(MAP_LABELS_TH))
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
