"""The app:// scheme: the map page, its assets, tiles and data, all from memory or local files.

One scheme instead of setHtml: setHtml stops at 2 MB, a 100k-complaint register is more, and a
page set with setHtml has an opaque origin that may not fetch() anything. Every byte the map
needs comes through this handler, so the map works with no internet at all.

    app://map/index.html         the page (folium-made, see fondue_desk.maps.page)
    app://assets/<root>/<file>   Leaflet, MarkerCluster, heat, our fondue_map.js/.css
    app://tiles/<z>/<x>/<y>.png  base map tiles (XYZ numbering): from an MBTiles file, or from the
                                 online tile server through the disk cache (fondue_desk.maps.
                                 tile_fetch), fetched on worker threads and answered here later
    app://data/markers.json      the current filter's markers (fondue_desk.services.map_data)
    app://data/boundary.geojson  the office's boundary
    app://data/complaint/<id>.json  one marker's popup (asked for when the popup opens)
    app://fonts/<file>.ttf       Sarabun: Chromium does not see the fonts Qt registered, and an
                                 office PC may have no Thai font at all
"""
from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from fondue_desk.documents.fonts import font_files
from fondue_desk.maps.assets import asset_path, media_type
from fondue_desk.maps.tile_fetch import CachedTiles

if TYPE_CHECKING:
    from fondue_desk.maps.mbtiles import MBTiles
    from fondue_desk.maps.tile_fetch import TileAnswer

SCHEME = b"app"
PAGE_URL = QUrl("app://map/index.html")
_TILE_PATH = re.compile(r"/(\d{1,2})/(\d{1,7})/(\d{1,7})(?:\.\w+)?")
_JSON = b"application/json"
_COMPLAINT_PATH = re.compile(r"/complaint/(\d{1,12})\.json")
# OpenStreetMap's policy: a client asks with few connections at a time; the page asks for a
# screenful of tiles at once, and they queue here.
TILE_WORKERS = 2


def register_app_scheme() -> None:
    """Declare app:// to Chromium; must run before the QApplication exists (Qt ignores it after).

    Safe to call more than once. Also asks for shared OpenGL contexts, which QtWebEngine
    wants set before the application too.
    """
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    flag = QWebEngineUrlScheme.Flag
    # Secure + CORS + Fetch: fondue_map.js fetch()es app://data/... from the app://map page,
    # which is another host, so another origin. CSP-ignored: folium's page has no CSP to honour.
    scheme.setFlags(flag.SecureScheme | flag.LocalScheme | flag.LocalAccessAllowed
                    | flag.CorsEnabled | flag.FetchApiAllowed | flag.ContentSecurityPolicyIgnored)
    QWebEngineUrlScheme.registerScheme(scheme)
    if QCoreApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def _fetch_tile(relay: _TileRelay, handler_ref: weakref.ref, tiles: CachedTiles, ticket: int,
                z: int, x: int, y: int) -> None:
    """On a worker thread: the network and the disk, never a widget, a job or a handler."""
    try:
        answer = tiles.tile(z, x, y)
    except Exception:  # noqa: BLE001 (a broken cache file must not leave the tile hanging)
        answer = None
    relay.arrived.emit(handler_ref, ticket, answer)


def tile_media_type(data: bytes) -> bytes:
    """MBTiles say their format in metadata we do not read; the bytes say it just as well."""
    if data.startswith(b"\x89PNG"):
        return b"image/png"
    if data.startswith(b"\xff\xd8"):
        return b"image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return b"image/webp"
    return b"application/octet-stream"


class _TileRelay(QObject):
    """Carries fetched tiles from the worker threads to the GUI thread.

    It lives as long as the application, unlike a handler: a worker that finishes after its
    map view closed must not emit on a deleted object (that is a crash, not an exception).
    """

    arrived = Signal(object, int, object)  # weak reference to the handler, ticket, answer

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        # The relay is the receiver, so a worker's emit is queued to the relay's GUI thread.
        self.arrived.connect(self._deliver)

    @Slot(object, int, object)
    def _deliver(self, handler_ref: weakref.ref, ticket: int, answer: TileAnswer | None) -> None:
        handler = handler_ref()
        if handler is not None and shiboken6.isValid(handler):
            handler._answer_tile(ticket, answer)


_relay: _TileRelay | None = None


def _tile_relay() -> _TileRelay:
    """Created on the GUI thread (from requestStarted), so its slot runs there."""
    global _relay
    if _relay is None:
        _relay = _TileRelay(QCoreApplication.instance())
    return _relay


class AppSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers app:// requests. The data sources are callables so they are read per request.

    `markers` may return None while the markers are still being built off the GUI thread: the
    request then waits (the job is parked) until `provide_markers` hands the bytes over, so the
    page and its markers load at the same time instead of one after the other.

    `tiles` is an MBTiles file (read at once: a local SQLite lookup) or an online server
    behind the disk cache (CachedTiles, which may wait on the network): its jobs are parked
    too, fetched on TILE_WORKERS threads and answered on the GUI thread when they arrive.
    """

    def __init__(self, page_html: Callable[[], str],
                 boundary: Callable[[], bytes | None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_html = page_html
        self._boundary = boundary
        self._markers: bytes | None = None
        self._waiting: list[QWebEngineUrlRequestJob] = []
        # A marker's popup details by complaint id (bytes, or None: not this office's).
        self.details: Callable[[int], bytes | None] = lambda _complaint_id: None
        self.tiles: MBTiles | CachedTiles | None = None
        self._tile_jobs: dict[int, QWebEngineUrlRequestJob] = {}
        self._tickets = 0
        self._workers: ThreadPoolExecutor | None = None
        self.destroyed.connect(lambda _obj=None, jobs=self._tile_jobs: jobs.clear())

    # ------------------------------------------------------------------ data in
    def provide_markers(self, data: bytes) -> None:
        self._markers = data
        waiting, self._waiting = self._waiting, []
        for job in waiting:
            self._reply(job, _JSON, data)

    def clear_markers(self) -> None:
        """New markers are coming: requests from now on wait for them."""
        self._markers = None

    # ------------------------------------------------------------------ requests
    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt override)
        url = job.requestUrl()
        host, path = url.host(), url.path()
        if host == "map" and path == "/index.html":
            self._reply(job, b"text/html; charset=utf-8", self._page_html().encode("utf-8"))
        elif host == "assets":
            self._serve_asset(job, path.lstrip("/"))
        elif host == "fonts":
            self._serve_font(job, path.lstrip("/"))
        elif host == "tiles":
            self._serve_tile(job, path)
        elif host == "data" and path == "/markers.json":
            if self._markers is None:
                self._waiting.append(job)
                job.destroyed.connect(lambda _obj=None, j=job: self._forget(j))
            else:
                self._reply(job, _JSON, self._markers)
        elif host == "data" and path == "/boundary.geojson":
            self._reply_or_404(job, b"application/geo+json", self._boundary())
        elif host == "data" and (found := _COMPLAINT_PATH.fullmatch(path)):
            # One primary-key read, on the GUI thread: a few milliseconds.
            self._reply_or_404(job, _JSON, self.details(int(found.group(1))))
        else:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    def _serve_asset(self, job: QWebEngineUrlRequestJob, relative: str) -> None:
        # asset_path refuses unknown roots and anything that climbs out of them ("..").
        path = asset_path(relative) if relative else None
        if path is None or not path.is_file():
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        self._reply(job, media_type(path).encode("ascii"), path.read_bytes())

    @classmethod
    def _serve_font(cls, job: QWebEngineUrlRequestJob, name: str) -> None:
        # Only the bundled files, looked up by exact name: the URL never becomes a path.
        for path in font_files():
            if path.name == name:
                cls._reply(job, b"font/ttf", path.read_bytes())
                return
        job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    def _serve_tile(self, job: QWebEngineUrlRequestJob, path: str) -> None:
        found = _TILE_PATH.fullmatch(path)
        tiles = self.tiles
        if found is None or tiles is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        z, x, y = (int(part) for part in found.groups())
        if isinstance(tiles, CachedTiles):
            self._tickets += 1
            ticket = self._tickets
            self._tile_jobs[ticket] = job
            # Chromium drops the job when the tile scrolls away or the page goes: never
            # answer a deleted job.
            job.destroyed.connect(lambda _obj=None, t=ticket: self._tile_jobs.pop(t, None))
            self._tile_workers().submit(_fetch_tile, _tile_relay(), weakref.ref(self), tiles,
                                        ticket, z, x, y)
            return
        data = tiles.tile(z, x, y)
        if data is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        else:
            self._reply(job, tile_media_type(data), data)

    def _tile_workers(self) -> ThreadPoolExecutor:
        if self._workers is None:
            workers = self._workers = ThreadPoolExecutor(TILE_WORKERS, "map-tiles")
            # Tiles still queued when the view closes are not fetched any more.
            self.destroyed.connect(
                lambda _obj=None: workers.shutdown(wait=False, cancel_futures=True))
        return self._workers

    def _answer_tile(self, ticket: int, answer: TileAnswer | None) -> None:
        job = self._tile_jobs.pop(ticket, None)
        if job is None:
            return
        if answer is None:
            # Offline and never shown here before: the page leaves the square empty and says so.
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        else:
            self._reply(job, answer.media_type.encode("ascii", "replace"), answer.data)

    def _reply_or_404(self, job: QWebEngineUrlRequestJob, kind: bytes, data: bytes | None) -> None:
        if data is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        else:
            self._reply(job, kind, data)

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, kind: bytes, data: bytes) -> None:
        # The page is at app://map, the data at app://data: another origin for fetch().
        job.setAdditionalResponseHeaders({QByteArray(b"Access-Control-Allow-Origin"):
                                          QByteArray(b"app://map")})
        # Parented to the job: Chromium reads the buffer after reply() returns, and Qt deletes
        # the job (and so the buffer) only when it is done with it.
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        job.reply(kind, buffer)

    def _forget(self, job: QWebEngineUrlRequestJob) -> None:
        # The page went away before the markers were ready; never reply to a deleted job.
        self._waiting = [waiting for waiting in self._waiting if waiting is not job]
