"""Every URL the map asks for, recorded; optionally only our own schemes and the tile host.

The map must work with no internet and must never call out to a CDN: the offline test reads the
record, and in debug runs the app logs it. Blocking keeps a folium default or a stray link from
reaching the network in production.
"""
from __future__ import annotations

import re
import threading

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

LOCAL_SCHEMES = frozenset({"app", "qrc", "data", "blob"})


def tile_host_pattern(tile_url: str | None) -> re.Pattern[str] | None:
    """The host(s) of a Leaflet tile URL template; "{s}" stands for any subdomain letter."""
    if not tile_url or tile_url.startswith("app:"):  # MBTiles come through our own scheme
        return None
    host = QUrl(tile_url.replace("{s}", "subdomain")).host().lower()
    if not host:
        return None
    return re.compile(re.escape(host).replace("subdomain", r"[a-z0-9-]+"))


class RequestRecorder(QWebEngineUrlRequestInterceptor):
    """Records each requested URL. Called on Chromium's IO thread, hence the lock."""

    def __init__(self, tile_url: str | None = None, block: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._urls: list[str] = []
        self._blocked: list[str] = []
        self._block = block
        self._tile_host = tile_host_pattern(tile_url)

    def set_tile_url(self, tile_url: str | None) -> None:
        with self._lock:
            self._tile_host = tile_host_pattern(tile_url)

    def allowed(self, url: QUrl) -> bool:
        if url.scheme() in LOCAL_SCHEMES:
            return True
        tile_host = self._tile_host
        return (tile_host is not None and url.scheme() in ("https", "http")
                and tile_host.fullmatch(url.host().lower()) is not None)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt)
        url = info.requestUrl()
        refuse = self._block and not self.allowed(url)
        with self._lock:
            self._urls.append(url.toString())
            if refuse:
                self._blocked.append(url.toString())
        if refuse:
            info.block(True)

    def urls(self) -> list[str]:
        with self._lock:
            return list(self._urls)

    def blocked(self) -> list[str]:
        with self._lock:
            return list(self._blocked)

    def clear(self) -> None:
        with self._lock:
            self._urls.clear()
            self._blocked.clear()
