"""Offline base maps: raster tiles from an MBTiles file (SQLite), served at app://tiles/z/x/y.

MBTiles stores rows in TMS order (y counted from the south). Leaflet asks in XYZ order (y from
the north), and `MBTiles.tile` takes XYZ and flips y itself, so the Leaflet tile layer for
`app://tiles/{z}/{x}/{y}` uses tms=False. Only raster tiles (png, jpg, webp) can be shown:
vector (pbf) tiles would need a renderer Leaflet does not have.
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Self

from fondue_desk.domain.errors import RuleViolation

RASTER_FORMATS = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
                  "webp": "image/webp"}
_MAGIC = ((b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpg"), (b"RIFF", "webp"),
          (b"\x1f\x8b", "pbf"), (b"\x1a", "pbf"))


class MBTiles:
    """One MBTiles file opened read-only; safe to share between threads (one lock).

    The Qt scheme handler may answer tile requests off the GUI thread, hence
    check_same_thread=False; the lock keeps two requests from using the connection at once.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection
        self._lock = threading.Lock()
        self._metadata: dict[str, object] | None = None

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ (Leaflet) coordinates, or None when the file has none there."""
        if z < 0 or not (0 <= x < (1 << z) and 0 <= y < (1 << z)):
            return None
        tms_row = (1 << z) - 1 - y
        with self._lock:
            found = self._db.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                "AND tile_row = ?", (z, x, tms_row)).fetchone()
        return bytes(found[0]) if found and found[0] is not None else None

    def metadata(self) -> dict[str, object]:
        """name, format, bounds (west, south, east, north), center (lon, lat, zoom),
        minzoom, maxzoom, attribution; zooms fall back to those of the stored tiles."""
        if self._metadata is None:
            self._metadata = self._read_metadata()
        return dict(self._metadata)

    @property
    def media_type(self) -> str:
        return RASTER_FORMATS.get(str(self.metadata()["format"]), "application/octet-stream")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_metadata(self) -> dict[str, object]:
        with self._lock:
            raw = dict(self._db.execute("SELECT name, value FROM metadata").fetchall()
                       if _has(self._db, "metadata") else [])
            low, high = self._db.execute(
                "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
            sample = self._db.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
        return {
            "name": str(raw.get("name") or self.path.stem),
            "format": _format(raw.get("format"), sample[0] if sample else None),
            "bounds": _numbers(raw.get("bounds"), 4),
            "center": _numbers(raw.get("center"), 3),
            "minzoom": _int(raw.get("minzoom"), low if low is not None else 0),
            "maxzoom": _int(raw.get("maxzoom"), high if high is not None else 19),
            "attribution": str(raw.get("attribution") or ""),
        }


def open_mbtiles(path: str | Path) -> MBTiles:
    """Open and check an MBTiles file.

    RuleViolation codes: "mbtiles.not_found", "mbtiles.invalid" (not SQLite, no tiles table
    or view), "mbtiles.vector_unsupported" (pbf tiles).
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise RuleViolation("mbtiles.not_found", path=str(path))
    # mode=ro: the office's map file is never written, even by accident. as_uri
    # percent-encodes spaces, "?" and "#", which a plain f"file:{path}" would misread.
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error:
        raise RuleViolation("mbtiles.invalid", path=str(path)) from None
    try:
        if not _has(connection, "tiles"):
            raise RuleViolation("mbtiles.invalid", path=str(path))
        tiles = MBTiles(path, connection)
        fmt = tiles.metadata()["format"]
    except RuleViolation:
        connection.close()
        raise
    except sqlite3.Error:  # "file is not a database", missing columns, …
        connection.close()
        raise RuleViolation("mbtiles.invalid", path=str(path)) from None
    if fmt == "pbf":
        tiles.close()
        raise RuleViolation("mbtiles.vector_unsupported", path=str(path))
    if fmt not in RASTER_FORMATS:
        tiles.close()
        raise RuleViolation("mbtiles.invalid", path=str(path))
    return tiles


def _has(connection: sqlite3.Connection, name: str) -> bool:
    # Many MBTiles files make `tiles` a view over deduplicated map/images tables.
    return connection.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')",
        (name,)).fetchone() is not None


def _format(declared: object, sample: bytes | None) -> str:
    fmt = str(declared or "").strip().lower()
    if fmt:
        return "jpg" if fmt == "jpeg" else fmt
    # The format entry is optional in MBTiles 1.0/1.1: look at a tile instead.
    head = bytes(sample or b"")[:4]
    return next((name for magic, name in _MAGIC if head.startswith(magic)), "")


def _numbers(value: object, count: int) -> tuple[float, ...] | None:
    try:
        numbers = tuple(float(part) for part in str(value).split(","))
    except ValueError:
        return None
    return numbers if len(numbers) == count else None


def _int(value: object, default: int) -> int:
    try:
        return int(float(str(value)))
    except ValueError:
        return int(default)
