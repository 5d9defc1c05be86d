"""Online base-map tiles through the disk cache: fresh from the disk, stale ones revalidated,
missing ones fetched, and everything the disk has served as it is when the line is down.

`CachedTiles.tile` blocks on the network: the Qt side calls it on worker threads, never on the
GUI thread. Only tiles the map asks for are fetched (no prefetching, no bulk download), each
with the desk's own User-Agent (see tile_policy).
"""
from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from .tile_cache import CachedTile, TileCache
from .tile_policy import (
    freshness,
    is_fresh,
    network_allowed,
    revalidation_headers,
    tile_url,
    valid_tile,
)

# Short: a line that drops packets would otherwise hold each queued tile (and the exit) this long.
TIMEOUT_S = 5.0
MAX_TILE_BYTES = 2 * 1024 * 1024  # a raster tile is tens of kilobytes; more is not a tile


@dataclass(frozen=True)
class TileAnswer:
    data: bytes
    media_type: str
    source: str  # "cache" (fresh), "network", "revalidated" (304), "stale" (offline or error)


class _NoRedirectToOtherHosts(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and urllib.parse.urlsplit(newurl).hostname != req.host.split(":")[0]:
            return None  # the recorder allows one tile host; a redirect must not widen that
        return new


class CachedTiles:
    """One tile server seen through one cache. Thread-safe; `clock` gives seconds (epoch)."""

    def __init__(self, template: str, cache: TileCache, user_agent: str, *,
                 clock: Callable[[], float], timeout: float = TIMEOUT_S,
                 max_zoom: int = 19) -> None:
        self.template = template
        self.cache = cache
        self.user_agent = user_agent
        self._clock = clock
        self._timeout = timeout
        self._max_zoom = max_zoom
        self._lock = threading.Lock()
        self._offline_since: float | None = None
        self._opener = urllib.request.build_opener(_NoRedirectToOtherHosts())
        self.counts = {"cache": 0, "network": 0, "revalidated": 0, "stale": 0, "missing": 0}

    @property
    def offline(self) -> bool:
        with self._lock:
            return self._offline_since is not None

    def tile(self, z: int, x: int, y: int) -> TileAnswer | None:
        """The tile at XYZ, or None when it is neither on the disk nor reachable."""
        if not valid_tile(z, x, y, self._max_zoom):
            return None
        url = tile_url(self.template, z, x, y)
        stored = self.cache.get(url)
        now = self._clock()
        if stored is not None and is_fresh(stored.expires_at, now):
            return self._count(TileAnswer(stored.data, stored.media_type, "cache"))
        with self._lock:
            may_ask = network_allowed(self._offline_since, now)
        if not may_ask:
            return self._fallback(stored)
        headers = {"User-Agent": self.user_agent}
        if stored is not None:
            headers.update(revalidation_headers(stored.etag, stored.last_modified))
        try:
            with self._opener.open(urllib.request.Request(url, headers=headers),
                                   timeout=self._timeout) as response:
                body = response.read(MAX_TILE_BYTES + 1)
                status, reply = response.status, dict(response.headers.items())
        except urllib.error.HTTPError as error:
            self._online()
            if error.code == 304 and stored is not None:
                return self._revalidated(url, stored, dict(error.headers.items()))
            return self._fallback(stored)  # 404, 429, 5xx: keep what we have, if anything
        except (OSError, ValueError):  # URLError, refused, timeout, reset, a bad URL
            with self._lock:
                self._offline_since = self._clock()
            return self._fallback(stored)
        self._online()
        if status == 304 and stored is not None:
            return self._revalidated(url, stored, reply)
        if status != 200 or not body or len(body) > MAX_TILE_BYTES:
            return self._fallback(stored)
        return self._store(url, body, reply)

    # ------------------------------------------------------------------ outcomes
    def _store(self, url: str, body: bytes, reply: dict[str, str]) -> TileAnswer:
        fresh = freshness(reply, self._clock())
        header = {key.lower(): value for key, value in reply.items()}
        media_type = header.get("content-type", "").split(";")[0].strip() or media_type_of(body)
        if fresh.store:
            self.cache.put(url, CachedTile(body, media_type, header.get("etag", ""),
                                           header.get("last-modified", ""), fresh.expires_at))
        return self._count(TileAnswer(body, media_type, "network"))

    def _revalidated(self, url: str, stored: CachedTile, reply: dict[str, str]) -> TileAnswer:
        header = {key.lower(): value for key, value in reply.items()}
        fresh = freshness(reply, self._clock())
        self.cache.refresh(url, fresh.expires_at, header.get("etag", ""),
                           header.get("last-modified", ""))
        return self._count(TileAnswer(stored.data, stored.media_type, "revalidated"))

    def _fallback(self, stored: CachedTile | None) -> TileAnswer | None:
        if stored is None:
            with self._lock:
                self.counts["missing"] += 1
            return None
        return self._count(TileAnswer(stored.data, stored.media_type, "stale"))

    def _online(self) -> None:
        with self._lock:
            self._offline_since = None

    def _count(self, answer: TileAnswer) -> TileAnswer:
        with self._lock:
            self.counts[answer.source] += 1
        return answer


def media_type_of(data: bytes) -> str:
    """What the bytes are, for a server that does not say."""
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"
