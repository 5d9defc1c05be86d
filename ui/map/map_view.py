"""The map widget: a QWebEngineView on its own off-the-record profile, with app:// and `desk`.

Each view has its own profile: the app:// handler holds this view's page and markers, nothing is
written to disk, and tests never share state through a default profile.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from fondue_desk.maps.page import build_map_page
from fondue_desk.maps.tile_fetch import CachedTiles
from fondue_desk.services.map_tiles import CACHED_TILES_URL

from .bridge import MapBridge
from .interceptor import RequestRecorder
from .scheme import PAGE_URL, SCHEME, AppSchemeHandler

if TYPE_CHECKING:
    from fondue_desk.maps.mbtiles import MBTiles
    from fondue_desk.maps.page import MapPageOptions

MARKERS_URL = "app://data/markers.json"


class _MapWebPage(QWebEnginePage):
    """Keeps links in popups (and anything else that navigates) from leaving the map page."""

    def acceptNavigationRequest(self, url: QUrl, kind, is_main_frame: bool) -> bool:  # noqa: N802
        return not is_main_frame or url == PAGE_URL


class MapView(QWebEngineView):
    def __init__(self, parent: QWidget | None = None, *,
                 boundary: Callable[[], bytes | None] = lambda: None) -> None:
        super().__init__(parent)
        self._html = ""
        self._markers_version = 0
        self.recorder = RequestRecorder(block=True, parent=self)
        self.profile = QWebEngineProfile(self)  # no storage name: off the record
        self.profile.setUrlRequestInterceptor(self.recorder)
        self.handler = AppSchemeHandler(lambda: self._html, boundary, self)
        self.profile.installUrlSchemeHandler(SCHEME, self.handler)
        self.bridge = MapBridge(self)
        self.web_page = _MapWebPage(self.profile, self)
        self.channel = QWebChannel(self.web_page)
        self.channel.registerObject("desk", self.bridge)
        self.web_page.setWebChannel(self.channel)
        self.setPage(self.web_page)
        # Qt deletes children in creation order and a profile must outlive its pages, so the
        # profile moves to the end of the list (setParent re-appends it).
        self.profile.setParent(None)
        self.profile.setParent(self)

    def load_page(self, options: MapPageOptions,
                  tiles: MBTiles | CachedTiles | None = None) -> None:
        """Show a new page; markers already provided (or provided later) are served to it.

        `tiles` answers app://tiles (see services.map_tiles.tile_source). An online base map
        given as CachedTiles is fetched by Python through the cache, so the page itself never
        reaches the network; without one it asks the server directly (nothing is kept).
        """
        if isinstance(tiles, CachedTiles) and options.base_map == "osm":
            options = replace(options, tile_url=CACHED_TILES_URL)
        self._html = build_map_page(options)
        self.handler.tiles = tiles
        online = options.base_map == "osm" and not isinstance(tiles, CachedTiles)
        self.recorder.set_tile_url(options.tile_url if online else None)
        # app:// is a local scheme, and local pages may not reach the network by default.
        # Only an online base map needs it; the recorder still blocks all but its tile host.
        self.web_page.settings().setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, online)
        self.setUrl(PAGE_URL)

    def page_size(self) -> int:
        return len(self._html.encode("utf-8"))

    def set_markers(self, data: bytes, *, redraw: bool) -> None:
        """Serve these markers; with redraw, ask the loaded page to fetch and draw them."""
        self.handler.provide_markers(data)
        if redraw:
            self.reload_markers()

    def markers_pending(self) -> None:
        """New markers are being built: a page loading now waits for them."""
        self.handler.clear_markers()

    def reload_markers(self) -> None:
        """Draw the markers currently served again (e.g. after the page was reloaded)."""
        self._markers_version += 1
        # A fresh URL each time, so Chromium's memory cache cannot hand back the old set.
        self.run_js(f"fondue.loadMarkers('{MARKERS_URL}?v={self._markers_version}')")

    def clear_selection(self) -> None:
        """Unselect every marker (the page then reports the empty selection)."""
        self.run_js("if (window.fondue) fondue.clearSelection();")

    def run_js(self, code: str, callback: Callable[[object], None] | None = None) -> None:
        if callback is None:
            self.web_page.runJavaScript(code)
        else:
            self.web_page.runJavaScript(code, 0, callback)
