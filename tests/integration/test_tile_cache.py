"""The base-map tile cache: HTTP caching as OpenStreetMap's policy asks, LRU on the disk,
stale tiles when the line is down. Against a real HTTP server on loopback, no Qt."""
from __future__ import annotations

import pytest

from fondue_desk.domain.errors import InvalidInput
from fondue_desk.maps.tile_cache import CachedTile, TileCache
from fondue_desk.maps.tile_fetch import CachedTiles
from fondue_desk.maps.tile_policy import (
    OFFLINE_RETRY_S,
    freshness,
    revalidation_headers,
    tile_url,
    user_agent,
)
from fondue_desk.services import map_tiles
from tests.tile_server import TileServer

UA = user_agent("1.2.3", "saraban@example.go.th")


class Clock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def server():
    server = TileServer()
    yield server
    server.stop()


@pytest.fixture
def cache(tmp_path):
    with TileCache(tmp_path / "tiles.sqlite3", 10 * 1024 * 1024) as cache:
        yield cache


def source(server: TileServer, cache: TileCache, clock: Clock) -> CachedTiles:
    return CachedTiles(server.template, cache, UA, clock=clock, timeout=5)


# ---------------------------------------------------------------------------- policy
def test_user_agent_names_the_application_and_the_office_contact():
    assert UA == "FondueDesk/1.2.3 (+mailto:saraban@example.go.th)"
    assert user_agent("1.0", "", "053 123 456") == "FondueDesk/1.0 (+tel:053123456)"
    assert user_agent("1.0", "สารบรรณ@อบต.ไทย", "") == "FondueDesk/1.0"  # headers are ASCII


@pytest.mark.parametrize(("headers", "store", "lifetime"), [
    ({"Cache-Control": "max-age=600"}, True, 600),
    ({"Cache-Control": "public, max-age=600", "Age": "100"}, True, 500),
    ({"Cache-Control": "max-age=600", "Expires": "Thu, 01 Jan 2099 00:00:00 GMT"}, True, 600),
    ({"Date": "Mon, 01 Jan 2024 00:00:00 GMT", "Expires": "Mon, 01 Jan 2024 02:00:00 GMT"},
     True, 7200),
    ({"Expires": "0"}, True, 0),
    ({"Cache-Control": "no-cache"}, True, 0),
    ({"Cache-Control": "no-store"}, False, 0),
    ({}, True, 0),
])
def test_freshness_follows_the_cache_headers(headers, store, lifetime):
    fresh = freshness(headers, 1000.0)
    assert (fresh.store, fresh.expires_at - 1000.0) == (store, lifetime)


def test_tile_urls_and_conditional_headers():
    assert tile_url("https://{s}.tile.example/{z}/{x}/{y}.png", 3, 1, 2) == (
        "https://a.tile.example/3/1/2.png")
    assert revalidation_headers('"abc"', "Mon, 01 Jan 2024 00:00:00 GMT") == {
        "If-None-Match": '"abc"', "If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"}
    assert revalidation_headers("", "") == {}


# ---------------------------------------------------------------------------- fetching
def test_a_fresh_tile_is_served_from_the_disk_without_asking(server, cache):
    clock = Clock()
    tiles = source(server, cache, clock)
    first = tiles.tile(14, 100, 200)
    assert first.source == "network" and first.data.startswith(b"\x89PNG")
    assert first.media_type == "image/png"
    clock.now += 3599
    again = tiles.tile(14, 100, 200)
    assert (again.source, again.data) == ("cache", first.data)
    assert len(server.tile_requests()) == 1
    assert server.tile_requests()[0]["user-agent"] == UA


def test_a_stale_tile_is_revalidated_and_a_304_keeps_it(server, cache):
    clock = Clock()
    tiles = source(server, cache, clock)
    first = tiles.tile(14, 100, 200)
    clock.now += 3601
    again = tiles.tile(14, 100, 200)
    assert (again.source, again.data) == ("revalidated", first.data)
    request = server.tile_requests()[-1]
    assert request["if-none-match"] == '"v1-14-100-200"'
    assert request["user-agent"] == UA
    clock.now += 3000  # fresh again for another hour after the 304
    assert tiles.tile(14, 100, 200).source == "cache"
    assert len(server.tile_requests()) == 2


def test_a_tile_known_by_its_date_is_revalidated_with_if_modified_since(cache):
    server = TileServer(last_modified="Mon, 01 Jan 2024 00:00:00 GMT")
    try:
        clock = Clock()
        tiles = source(server, cache, clock)
        first = tiles.tile(10, 3, 4)
        clock.now += 3601
        again = tiles.tile(10, 3, 4)
        assert (again.source, again.data) == ("revalidated", first.data)
        request = server.tile_requests()[-1]
        assert request["if-modified-since"] == "Mon, 01 Jan 2024 00:00:00 GMT"
        assert "if-none-match" not in request
    finally:
        server.stop()


def test_a_changed_tile_replaces_the_stored_one(server, cache):
    clock = Clock()
    tiles = source(server, cache, clock)
    tiles.tile(14, 100, 200)
    server.etag_version = "v2"
    clock.now += 4000
    assert tiles.tile(14, 100, 200).source == "network"
    assert cache.get(tiles.template.format(z=14, x=100, y=200)).etag == '"v2-14-100-200"'


def test_no_store_is_never_kept(server, cache):
    server.cache_control = "no-store"
    tiles = source(server, cache, Clock())
    assert tiles.tile(14, 1, 1).source == "network"
    assert cache.urls() == []


def test_offline_the_stale_tile_is_served_and_a_missing_one_is_none(server, cache):
    clock = Clock()
    tiles = source(server, cache, clock)
    stored = tiles.tile(14, 100, 200)
    server.stop()
    clock.now += 10 * 3600  # long stale
    offline = tiles.tile(14, 100, 200)
    assert (offline.source, offline.data) == ("stale", stored.data)
    assert tiles.offline
    assert tiles.tile(14, 100, 201) is None
    assert tiles.counts["missing"] == 1


def test_after_a_failure_the_server_is_left_alone_for_a_while(server, cache):
    clock = Clock()
    tiles = source(server, cache, clock)
    tiles.tile(14, 5, 5)
    clock.now += 3601  # stale from here on
    template, tiles.template = tiles.template, "http://127.0.0.1:9/{z}/{x}/{y}.png"  # refused
    assert tiles.tile(14, 5, 6) is None and tiles.offline
    tiles.template = template  # the line is back, but the desk does not know yet
    clock.now += OFFLINE_RETRY_S - 1
    assert tiles.tile(14, 5, 5).source == "stale"
    asked = len(server.tile_requests())
    clock.now += 1
    assert tiles.tile(14, 5, 5).source == "revalidated"
    assert len(server.tile_requests()) == asked + 1 and not tiles.offline


def test_a_server_error_keeps_the_stored_tile(server, cache):
    clock = Clock()
    tiles = source(server, cache, clock)
    stored = tiles.tile(14, 7, 7)
    tiles.template = server.template.replace(".png", ".jpg")  # the fake server's 404
    cache.put(tiles.template.replace("{z}/{x}/{y}", "14/7/7"),
              CachedTile(stored.data, "image/png", expires_at=0))
    clock.now += 1
    assert tiles.tile(14, 7, 7).source == "stale"
    assert tiles.tile(14, 7, 8) is None and not tiles.offline  # the server answered


def test_the_library_default_user_agent_is_refused_by_the_server(server, cache):
    tiles = CachedTiles(server.template, cache, "Python-urllib/3.11", clock=Clock(), timeout=5)
    assert tiles.tile(1, 0, 0) is None
    assert server.tile_requests()[0]["user-agent"] == "Python-urllib/3.11"


def test_tiles_outside_the_world_are_not_asked_for(server, cache):
    tiles = source(server, cache, Clock())
    assert tiles.tile(2, 4, 0) is None and tiles.tile(-1, 0, 0) is None
    assert tiles.tile(25, 0, 0) is None
    assert server.tile_requests() == []


# ---------------------------------------------------------------------------- the disk
def tile_bytes(n: int) -> CachedTile:
    return CachedTile(bytes([n % 256]) * 1000, "image/png", expires_at=0)


def test_eviction_drops_the_least_recently_used_beyond_the_limit(tmp_path):
    with TileCache(tmp_path / "t.sqlite3", 3500) as cache:
        for n in range(3):
            cache.put(f"u{n}", tile_bytes(n))
        assert cache.get("u0") is not None  # u0 used again: u1 is now the oldest
        cache.put("u3", tile_bytes(3))
        assert cache.urls() == ["u2", "u0", "u3"]
        assert cache.total_bytes() == 3000 <= cache.max_bytes
        cache.set_limit(1500)
        assert cache.urls() == ["u3"]
        cache.put("huge", CachedTile(b"x" * 2000, "image/png"))
        assert cache.urls() == ["u3"]  # larger than the whole limit: not kept


def test_the_cache_survives_a_restart_and_a_damaged_file_starts_again(tmp_path):
    path = tmp_path / "t.sqlite3"
    with TileCache(path, 10_000) as cache:
        cache.put("u", tile_bytes(1))
    with TileCache(path, 10_000) as cache:
        assert cache.get("u").data == tile_bytes(1).data
    path.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    with TileCache(path, 10_000) as cache:
        assert cache.urls() == []


# ---------------------------------------------------------------------------- the setting
def test_the_admin_sets_the_limit_within_its_range(db, demo_office, admin, tmp_path):
    assert map_tiles.tile_cache_mb(db, demo_office.id) == map_tiles.DEFAULT_CACHE_MB
    cache = map_tiles.shared_cache(tmp_path / "shared.sqlite3", 100 * 1024 * 1024)
    for n in range(3):
        cache.put(f"u{n}", CachedTile(b"x" * (9 * 1024 * 1024), "image/png"))
    assert map_tiles.set_tile_cache_mb(db, admin.id, 20) == 20
    assert map_tiles.tile_cache_mb(db, demo_office.id) == 20
    assert cache.max_bytes == 20 * 1024 * 1024 and cache.urls() == ["u1", "u2"]
    low, high = map_tiles.CACHE_MB_RANGE
    for wrong in (low - 1, high + 1, "200", True):
        with pytest.raises(InvalidInput) as refused:
            map_tiles.set_tile_cache_mb(db, admin.id, wrong)
        assert refused.value.errors[0].field == "tile_cache_mb"
        assert refused.value.errors[0].params == {"min": low, "max": high}
    assert map_tiles.tile_cache_mb(db, demo_office.id) == 20


def test_a_clerk_may_not_set_the_limit(db, demo_office, clerk):
    from fondue_desk.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        map_tiles.set_tile_cache_mb(db, clerk.id, 100)
    assert map_tiles.tile_cache_mb(db, demo_office.id) == map_tiles.DEFAULT_CACHE_MB


def test_online_tiles_identify_the_office(db, demo_office, admin, tmp_path, server):
    tiles = map_tiles.online_tiles(db, demo_office.id, server.template,
                                   cache_path=tmp_path / "office.sqlite3")
    assert tiles.user_agent.startswith("FondueDesk/")
    assert tiles.tile(3, 1, 1).source == "network"
    assert server.tile_requests()[0]["user-agent"] == tiles.user_agent
