"""The map's core: page HTML, assets, MBTiles, boundary, settings and data on a real database."""
from __future__ import annotations

import json
import re
import sqlite3
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from sqlalchemy import func, select

from fondue_desk.db.models import Complaint
from fondue_desk.domain.calendar import to_thai
from fondue_desk.domain.errors import InvalidInput, RuleViolation
from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.maps.assets import asset_path, media_type
from fondue_desk.maps.boundary import boundary_bounds, parse_boundary
from fondue_desk.maps.mbtiles import open_mbtiles
from fondue_desk.maps.page import SCRIPTS_AND_STYLES, MapPageOptions, build_map_page
from fondue_desk.services import demo, map_data, map_settings, reference

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24  # only the signature matters to the reader
SQUARE = [[98.98, 18.78], [99.00, 18.78], [99.00, 18.80], [98.98, 18.80], [98.98, 18.78]]


class _Links(HTMLParser):
    """Every src/href in the page's markup, and the text of its inline scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.urls += [value for name, value in attrs if name in ("src", "href") and value]
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False if tag == "script" else self._in_script

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse_page(html: str) -> _Links:
    links = _Links()
    links.feed(html)
    return links


def config_of(links: _Links) -> dict:
    [script] = [s for s in links.scripts if "FONDUE_CONFIG" in s]
    text = script.strip()
    assert text.startswith("window.FONDUE_CONFIG = ") and text.endswith(";")
    return json.loads(text[len("window.FONDUE_CONFIG = "):-1])


def options(**changes) -> MapPageOptions:
    values: dict[str, object] = {
        "center": (18.79, 98.99), "zoom": 14, "base_map": "osm",
        "tile_url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "attribution": "&copy; OpenStreetMap", "tms": False, "min_zoom": 0, "max_zoom": 19,
        "has_boundary": True, "mode": "register", "labels": {"open": "เปิดในทะเบียน"}}
    values.update(changes)
    return MapPageOptions(**values)


# --- page -------------------------------------------------------------------------------------

def test_page_loads_only_local_assets_in_order():
    links = parse_page(build_map_page(options()))
    assert links.urls == [url for _kind, url in SCRIPTS_AND_STYLES]
    assert all(u.startswith(("app://", "qrc:///")) for u in links.urls)
    assert links.urls[-1] == "app://assets/fondue/fondue_map.js"


def test_the_only_http_url_is_the_configured_tile_server():
    html = build_map_page(options())
    found = set(re.findall(r"https?://[^\s\"'\\<>)]+", html))
    assert found <= {"https://tile.openstreetmap.org/{z}/{x}/{y}.png"}
    for cdn in ("cdn.jsdelivr", "unpkg.com", "cdnjs.", "code.jquery", "bootstrapcdn",
                "fonts.googleapis"):
        assert cdn not in html


def test_config_is_json_with_the_map_variable():
    links = parse_page(build_map_page(options(mode="picker")))
    config = config_of(links)
    assert re.fullmatch(r"map_[0-9a-f]+", config["mapVar"])
    assert f"var {config['mapVar']} = L.map(" in links.scripts[-1]
    assert config["center"] == [18.79, 98.99] and config["zoom"] == 14
    assert config["markersUrl"] == "app://data/markers.json"
    assert config["boundaryUrl"] == "app://data/boundary.geojson"
    assert (config["mode"], config["hasBoundary"], config["noBaseMap"]) == ("picker", True, False)
    assert config["labels"] == {"open": "เปิดในทะเบียน"}
    assert any("L.Icon.Default.imagePath" in s and "app://assets/leaflet/images/" in s
               for s in links.scripts)


def test_a_label_holding_a_script_end_tag_stays_a_string():
    nasty = "</script><script>alert(1)</script><!-- ]]> \u2028 'x' \"y\""
    html = build_map_page(options(labels={"open": nasty}))
    links = parse_page(html)
    assert config_of(links)["labels"]["open"] == nasty
    assert "alert(1)" not in "".join(s for s in links.scripts if "FONDUE_CONFIG" not in s)
    assert html.count("<script") == html.count("</script>")


def test_no_base_map_means_no_tile_layer_and_a_notice_flag():
    html = build_map_page(options(base_map="none", tile_url=""))
    config = config_of(parse_page(html))
    assert config["noBaseMap"] is True and config["baseMap"] == "none"
    assert "L.tileLayer" not in html and "https://" not in html
    assert re.search(r"\.leaflet-container \{ background: #[0-9a-f]{6}", html)


def test_page_refuses_unknown_modes():
    with pytest.raises(ValueError):
        build_map_page(options(base_map="satellite"))


# --- assets -----------------------------------------------------------------------------------

@pytest.mark.parametrize("relative", [
    "leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/images/marker-icon.png",
    "heat/leaflet-heat.js"])
def test_known_assets_resolve(relative):
    path = asset_path(relative)
    assert path is not None and path.is_file() and path.name == relative.rsplit("/", 1)[-1]


@pytest.mark.parametrize("relative", [
    "", "leaflet", "leaflet/../../../etc/passwd", "../leaflet/leaflet.js", "/etc/passwd",
    "fondue/../../pyproject.toml", "leaflet/%2e%2e/x", "nope/leaflet.js", "leaflet\\leaflet.js",
    "leaflet//leaflet.js", "leaflet/missing.js", "fondue/heat/../../../README.md"])
def test_traversal_and_unknown_assets_are_refused(relative):
    assert asset_path(relative) is None


def test_a_symlink_out_of_an_asset_root_is_refused(tmp_path, monkeypatch):
    from fondue_desk.maps import assets

    root = tmp_path / "root"
    root.mkdir()
    (root / "real.js").write_text("ok")
    (tmp_path / "secret.txt").write_text("secret")
    (root / "leak.js").symlink_to(tmp_path / "secret.txt")
    monkeypatch.setattr(assets, "asset_roots", lambda: {"fondue": root.resolve()})
    assert asset_path("fondue/real.js") == (root / "real.js").resolve()
    assert asset_path("fondue/leak.js") is None


def test_media_types():
    assert media_type("a/b.js") == "text/javascript"
    assert media_type("b.CSS") == "text/css"
    assert media_type("i.png") == "image/png"
    assert media_type("i.svg") == "image/svg+xml"
    assert media_type("d.json") == "application/json"
    assert media_type("x.bin") == "application/octet-stream"


# --- MBTiles ----------------------------------------------------------------------------------

def make_mbtiles(path, *, fmt="png", tiles=((3, 5, 2, PNG),), as_view=False):
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.executemany("INSERT INTO metadata VALUES (?, ?)", [
            ("name", "ตำบลทดสอบ"), ("format", fmt), ("bounds", "98.9,18.7,99.1,18.9"),
            ("center", "99.0,18.8,14"), ("minzoom", "3"), ("maxzoom", "16")])
        table = "images" if as_view else "tiles"
        db.execute(f"CREATE TABLE {table} (zoom_level INT, tile_column INT, tile_row INT, "
                   "tile_data BLOB)")
        db.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?)", tiles)
        if as_view:
            db.execute("CREATE VIEW tiles AS SELECT * FROM images")
    db.close()
    return path


@pytest.mark.parametrize("as_view", [False, True])
def test_mbtiles_flips_xyz_rows_to_tms(tmp_path, as_view):
    # z=3 has 8 rows: XYZ row 5 (from the north) is TMS row 2 (from the south).
    path = make_mbtiles(tmp_path / "map.mbtiles", as_view=as_view)
    with open_mbtiles(path) as tiles:
        assert tiles.tile(3, 5, 5) == PNG
        assert tiles.tile(3, 5, 2) is None  # the TMS row number read as XYZ: nothing there
        assert tiles.tile(3, 8, 5) is None and tiles.tile(-1, 0, 0) is None
        meta = tiles.metadata()
        assert meta["format"] == "png" and meta["name"] == "ตำบลทดสอบ"
        assert (meta["minzoom"], meta["maxzoom"]) == (3, 16)
        assert meta["bounds"] == (98.9, 18.7, 99.1, 18.9)
        assert meta["center"] == (99.0, 18.8, 14.0)
        assert tiles.media_type == "image/png"


def test_mbtiles_is_opened_read_only(tmp_path):
    path = make_mbtiles(tmp_path / "map.mbtiles")
    with open_mbtiles(path) as tiles, pytest.raises(sqlite3.OperationalError):
        tiles._db.execute("DELETE FROM tiles")


def test_mbtiles_refusals(tmp_path):
    cases = {
        "mbtiles.not_found": tmp_path / "missing.mbtiles",
        "mbtiles.invalid": tmp_path / "text.mbtiles",
        "mbtiles.vector_unsupported": make_mbtiles(tmp_path / "vector.mbtiles", fmt="pbf"),
    }
    cases["mbtiles.invalid"].write_text("not a database at all, just some text" * 100)
    empty = tmp_path / "empty.mbtiles"
    with sqlite3.connect(empty) as db:
        db.execute("CREATE TABLE something_else (x)")
    db.close()
    for code, path in [*cases.items(), ("mbtiles.invalid", empty)]:
        with pytest.raises(RuleViolation) as error:
            open_mbtiles(path)
        assert error.value.code == code, path


# --- boundary ---------------------------------------------------------------------------------

def test_boundary_accepts_a_polygon_and_normalises_it():
    geometry = {"type": "Polygon", "coordinates": [SQUARE[:-1] + [SQUARE[0]]]}
    fc = parse_boundary(json.dumps({"type": "Feature", "properties": {"name": "แม่เหียะ",
                                                                        "phone": "x"},
                                    "geometry": geometry}))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 1
    assert fc["features"][0]["properties"] == {"name": "แม่เหียะ"}
    assert boundary_bounds(fc) == (18.78, 98.98, 18.80, 99.00)
    multi = parse_boundary(json.dumps({"type": "MultiPolygon", "coordinates": [[SQUARE]]}))
    assert multi["features"][0]["geometry"]["type"] == "MultiPolygon"


@pytest.mark.parametrize(("text", "code"), [
    ("{not json", "boundary.not_json"),
    ('{"type": "Point", "coordinates": [99, 18]}', "boundary.not_geojson"),
    ('{"type": "FeatureCollection", "features": []}', "boundary.not_geojson"),
    ('[1, 2]', "boundary.not_geojson"),
    (json.dumps({"type": "Polygon", "coordinates": [[[500000, 2080000], [500100, 2080000],
                                                     [500100, 2080100], [500000, 2080000]]]}),
     "boundary.outside_thailand"),  # UTM metres, not degrees
    (json.dumps({"type": "Polygon", "coordinates": [[[lat, lon] for lon, lat in SQUARE]]}),
     "boundary.outside_thailand"),  # lat/lon swapped
    (" " * (5 * 1024 * 1024 + 1), "boundary.too_large"),
])
def test_boundary_refusals(text, code):
    with pytest.raises(RuleViolation) as error:
        parse_boundary(text)
    assert error.value.code == code


# --- settings and data on a real database -----------------------------------------------------

def test_map_settings_round_trip(db, demo_office, admin, tmp_path):
    # The demo office comes with made-up village outlines.
    assert map_settings.map_settings(db, demo_office.id) == map_settings.MapSettings(
        has_boundary=True)
    mbtiles = make_mbtiles(tmp_path / "office.mbtiles")
    saved = map_settings.set_base_map(db, admin.id, "mbtiles", mbtiles_path=str(mbtiles))
    assert saved.base_map == "mbtiles" and saved.mbtiles_path == str(mbtiles.resolve())
    saved = map_settings.set_hotspot_rule(db, admin.id, 4, 150)
    saved = map_settings.import_boundary(db, admin.id, json.dumps(
        {"type": "Polygon", "coordinates": [SQUARE]}))
    reloaded = map_settings.map_settings(db, demo_office.id)
    assert reloaded == saved
    assert (reloaded.has_boundary, reloaded.hotspot_min_count, reloaded.hotspot_radius_m) == (
        True, 4, 150)
    stored = json.loads(map_settings.boundary_geojson(db, demo_office.id))
    assert stored["features"][0]["geometry"]["coordinates"] == [SQUARE]

    page = map_data.page_options(db, demo_office.id, mode="register")
    assert (page.tile_url, page.tms, page.min_zoom, page.max_zoom) == (
        "app://tiles/{z}/{x}/{y}", False, 3, 16)
    assert page.has_boundary and page.zoom == 14
    assert (page.center[0], page.center[1]) == (demo_office.lat, demo_office.lon)
    mbtiles.unlink()  # a moved file must not leave the office without a map
    assert map_data.page_options(db, demo_office.id, mode="picker").base_map == "none"

    back = map_settings.set_base_map(db, admin.id, "osm")
    assert back.tile_url.startswith("https://") and back.has_boundary


def test_bad_map_settings_are_refused_with_fields(db, admin, tmp_path):
    refusals = [
        (lambda: map_settings.set_base_map(db, admin.id, "google"), "base_map",
         "map.base_map_unknown"),
        (lambda: map_settings.set_base_map(db, admin.id, "osm", tile_url="ftp://x/{z}/{x}/{y}"),
         "tile_url", "map.tile_url_invalid"),
        (lambda: map_settings.set_base_map(db, admin.id, "osm", tile_url="https://x/{z}/{x}"),
         "tile_url", "map.tile_url_invalid"),
        (lambda: map_settings.set_base_map(db, admin.id, "mbtiles",
                                           mbtiles_path=str(tmp_path / "none.mbtiles")),
         "mbtiles_path", "mbtiles.not_found"),
        (lambda: map_settings.import_boundary(db, admin.id, "{"), "boundary",
         "boundary.not_json"),
        (lambda: map_settings.set_hotspot_rule(db, admin.id, 1, 100), "hotspot_min_count",
         "map.hotspot_min_count_range"),
    ]
    for call, field, code in refusals:
        with pytest.raises(InvalidInput) as error:
            call()
        assert error.value.for_field(field).code == code
    assert map_settings.map_settings(db, admin.office_id) == map_settings.MapSettings(
        has_boundary=True)


def test_markers_json_covers_every_located_complaint(db):
    demo.create_demo_office(db, complaints=300)
    office = reference.first_office(db)
    doc = json.loads(map_data.markers_json(db, office.id, RegisterFilter()))
    with db.read() as session:
        located = session.scalar(select(func.count(Complaint.id)).where(
            Complaint.office_id == office.id, Complaint.lat.is_not(None),
            Complaint.lon.is_not(None)))
        total = session.scalar(select(func.count(Complaint.id)).where(
            Complaint.office_id == office.id))
    assert doc["count"] == located > 0
    assert doc["skipped"] == total - located
    assert len(set(doc["id"])) == located
    assert all(len(doc[column]) == located
               for column in ("lat_e6", "lon_e6", "status", "category"))
    assert {s["key"] for s in doc["statuses"]} >= set(map_data.STATUS_COLOURS)

    found = map_data.hotspots(db, office.id, RegisterFilter(),
                              map_settings.map_settings(db, office.id))
    open_ids = {cid for cid, status in zip(doc["id"], doc["status"], strict=True)
                if doc["statuses"][status]["key"] in {"received", "assigned", "in_progress",
                                                      "awaiting_signoff"}}
    assert all(set(h.complaint_ids) <= open_ids for h in found)
    closed_only = RegisterFilter(statuses=frozenset({"closed"}))
    assert map_data.hotspots(db, office.id, closed_only,
                             map_settings.map_settings(db, office.id)) == []


def test_markers_are_exact_micro_degrees_and_unplaceable_rows_are_only_counted(db, now):
    demo.create_demo_office(db, complaints=60)
    office = reference.first_office(db)
    with db.write() as session:
        ids = session.scalars(select(Complaint.id).where(Complaint.office_id == office.id)
                              .order_by(Complaint.id).limit(4)).all()
        positions = {ids[0]: (18.7654321, 98.9512347), ids[1]: (95.0, 98.95),  # off the globe
                     ids[2]: (18.76, None), ids[3]: (-18.5, -181.0)}
        for cid, (lat, lon) in positions.items():
            complaint = session.get(Complaint, cid)
            complaint.lat, complaint.lon = lat, lon
    doc = json.loads(map_data.markers_json(db, office.id, RegisterFilter(), now=now))
    with db.read() as session:
        total = session.scalar(select(func.count(Complaint.id)).where(
            Complaint.office_id == office.id))
        placed = dict(session.execute(select(Complaint.id, Complaint.lat).where(
            Complaint.office_id == office.id, Complaint.lat.between(-90, 90),
            Complaint.lon.between(-180, 180))).all())
    assert doc["count"] == len(placed) and doc["skipped"] == total - len(placed)
    assert set(doc["id"]) == set(placed) and not {ids[1], ids[2], ids[3]} & set(doc["id"])
    at = doc["id"].index(ids[0])
    # Rounded, not cut (a tie may go either way: SQLite rounds half away from zero, PostgreSQL
    # half to even; 0.1 m either way).
    assert (doc["lat_e6"][at], doc["lon_e6"][at]) == (18765432, 98951235)
    # A filter (its own index) and the whole register (a table scan) agree on each complaint.
    category_id = located_category(db, office.id)
    flt = RegisterFilter(category_ids=frozenset({category_id}))
    some = json.loads(map_data.markers_json(db, office.id, flt, now=now))
    whole = dict(zip(doc["id"], zip(doc["lat_e6"], doc["lon_e6"], strict=True), strict=True))
    assert some["id"] and all(whole[cid] == (lat, lon) for cid, lat, lon in zip(
        some["id"], some["lat_e6"], some["lon_e6"], strict=True))


def located_category(db, office_id: int) -> int:
    with db.read() as session:
        return session.scalar(select(Complaint.category_id).where(
            Complaint.office_id == office_id, Complaint.lat.is_not(None))
            .order_by(Complaint.id.desc()))


def test_marker_details_say_age_and_overdue_days_for_this_office_only(db, now):
    demo.create_demo_office(db, complaints=30)
    office = reference.first_office(db)
    with db.write() as session:
        complaint = session.scalars(select(Complaint).where(
            Complaint.office_id == office.id).order_by(Complaint.id)).first()
        complaint.status = "in_progress"
        complaint.received_at = now - timedelta(days=10, hours=1)
        complaint.due_date = (to_thai(now) - timedelta(days=3)).date()
        complaint_id, tracking = complaint.id, complaint.tracking_no
    details = json.loads(map_data.marker_details_json(db, office.id, complaint_id, now=now))
    assert details["tracking_no"] == tracking
    assert details["age_days"] == 10 and details["overdue_days"] == 3
    assert details["status"]["label"] == map_data.STATUS_LABELS["in_progress"]
    assert map_data.marker_details_json(db, office.id + 1, complaint_id, now=now) is None
    assert map_data.marker_details_json(db, office.id, 10**9, now=now) is None


def test_markers_on_postgresql_skip_nan_and_round_like_sqlite(pg_url, now):
    from fondue_desk.db.database import Database

    pg = Database.open(pg_url)
    try:
        demo.create_demo_office(pg, complaints=40)
        office = reference.first_office(pg)
        with pg.write() as session:
            first, second = session.scalars(select(Complaint).where(
                Complaint.office_id == office.id).order_by(Complaint.id).limit(2)).all()
            first.lat, first.lon = float("nan"), 98.95  # PostgreSQL keeps a NaN; SQLite cannot
            second.lat, second.lon = 18.7654321, 98.9512347
            nan_id, exact_id = first.id, second.id
        doc = json.loads(map_data.markers_json(pg, office.id, RegisterFilter(), now=now))
        with pg.read() as session:
            total = session.scalar(select(func.count(Complaint.id)).where(
                Complaint.office_id == office.id))
        assert doc["count"] + doc["skipped"] == total and nan_id not in doc["id"]
        at = doc["id"].index(exact_id)
        assert (doc["lat_e6"][at], doc["lon_e6"][at]) == (18765432, 98951235)
        details = json.loads(map_data.marker_details_json(pg, office.id, exact_id, now=now))
        assert details["id"] == exact_id and details["age_days"] >= 0
    finally:
        pg.close()
