"""The base map's tiles for a map view: an MBTiles file, or the online server through the disk
cache, and the cache's size limit (an office setting the admin edits in Settings → Map).

The limit is office data like the rest of the map settings, so every desk of the office keeps
the same amount; the cache itself is per user and per computer (platformdirs' cache folder),
because it holds what this desk has shown.
"""
from __future__ import annotations

import threading
from pathlib import Path

from platformdirs import user_cache_dir

from fondue_desk import __version__
from fondue_desk.db.database import Database
from fondue_desk.db.models import Office, OfficeSetting
from fondue_desk.domain.calendar import now_thai
from fondue_desk.domain.errors import FieldError, InvalidInput, RuleViolation
from fondue_desk.domain.permissions import Action
from fondue_desk.maps.mbtiles import MBTiles, open_mbtiles
from fondue_desk.maps.page import MapPageOptions
from fondue_desk.maps.tile_cache import TileCache
from fondue_desk.maps.tile_fetch import CachedTiles
from fondue_desk.maps.tile_policy import limit_bytes, user_agent

from .access import acting_user
from .map_settings import map_settings
from .office_settings import put_setting

CACHE_LIMIT_KEY = "map.tile_cache_mb"
DEFAULT_CACHE_MB = 200          # ~10,000 street-level tiles: a sub-district many times over
CACHE_MB_RANGE = (20, 4000)
CACHED_TILES_URL = "app://tiles/{z}/{x}/{y}"

_caches: dict[Path, TileCache] = {}
_caches_lock = threading.Lock()


def default_cache_path() -> Path:
    from .bootstrap import APP_NAME

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "tiles.sqlite3"


def tile_cache_mb(db: Database, office_id: int) -> int:
    with db.read() as session:
        row = session.get(OfficeSetting, (office_id, CACHE_LIMIT_KEY))
        stored = row.value if row is not None else None
    try:
        value = int(stored) if stored is not None else DEFAULT_CACHE_MB
    except ValueError:
        return DEFAULT_CACHE_MB  # a hand-edited row must not break the map
    return min(max(value, CACHE_MB_RANGE[0]), CACHE_MB_RANGE[1])


def set_tile_cache_mb(db: Database, actor_id: int, megabytes: int) -> int:
    """Store the limit (whole megabytes); InvalidInput on field "tile_cache_mb"
    ("map.tile_cache_range", params min/max). Caches already open shrink at once."""
    low, high = CACHE_MB_RANGE
    if isinstance(megabytes, bool) or not isinstance(megabytes, int) or not (
            low <= megabytes <= high):
        raise InvalidInput([FieldError("tile_cache_mb", "map.tile_cache_range",
                                       {"min": low, "max": high})])
    with db.write() as session:
        office_id = acting_user(session, actor_id, Action.MANAGE_SETTINGS).office_id
        put_setting(session, office_id, CACHE_LIMIT_KEY, str(megabytes))
    with _caches_lock:
        for cache in _caches.values():
            cache.set_limit(limit_bytes(megabytes))
    return megabytes


def shared_cache(path: Path, max_bytes: int) -> TileCache:
    """One TileCache per file in this process (the map page and the picker share it)."""
    path = Path(path)
    with _caches_lock:
        cache = _caches.get(path)
        if cache is None:
            # A desk has one cache folder; another path (tests, a changed profile) replaces the
            # old file's connection instead of keeping it open for the life of the process.
            for old in _caches.values():
                old.close()
            _caches.clear()
            cache = _caches[path] = TileCache(path, max_bytes)
        elif cache.max_bytes != max_bytes:
            cache.set_limit(max_bytes)
        return cache


def online_tiles(db: Database, office_id: int, template: str, *,
                 cache_path: Path | None = None) -> CachedTiles:
    """The office's tile server through this user's disk cache, named by the office's contact."""
    with db.read() as session:
        office = session.get(Office, office_id)
        email, phone = (office.email, office.phone) if office is not None else ("", "")
    cache = shared_cache(cache_path or default_cache_path(),
                         limit_bytes(tile_cache_mb(db, office_id)))
    return CachedTiles(template, cache, user_agent(__version__, email, phone),
                       clock=lambda: now_thai().timestamp())


def tile_source(db: Database, office_id: int | None, options: MapPageOptions
                ) -> MBTiles | CachedTiles | None:
    """What answers app://tiles for a page built with `options` (None: no base map)."""
    if options.base_map == "mbtiles" and office_id is not None:
        try:
            return open_mbtiles(map_settings(db, office_id).mbtiles_path)
        except RuleViolation:  # page_options has already fallen back to "none" for it
            return None
    if options.base_map == "osm" and office_id is not None:
        return online_tiles(db, office_id, options.tile_url)
    return None
