"""A small tile server on loopback for the tile cache tests (core and UI).

It answers /{z}/{x}/{y}.png with a real 256 px PNG (a colour per tile), an ETag and the
Cache-Control the test chooses; a matching If-None-Match gets 304. Every request is recorded
with its headers, and a request without the desk's User-Agent is refused (403), as
OpenStreetMap refuses library defaults.
"""
from __future__ import annotations

import re
import struct
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

UA_PREFIX = "FondueDesk/"
_PATH = re.compile(r"/(\d+)/(\d+)/(\d+)\.png")


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """An RGB PNG of one colour with a dark 2 px frame (tiles show as a grid in screenshots),
    made without any imaging library."""
    frame = bytes((60, 70, 90))
    edge = b"\x00" + frame * width
    row = b"\x00" + frame * 2 + bytes(rgb) * (width - 4) + frame * 2
    raw = edge * 2 + row * (height - 4) + edge * 2

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class TileServer:
    def __init__(self, cache_control: str = "max-age=3600", etag_version: str = "v1",
                 last_modified: str | None = None) -> None:
        self.cache_control = cache_control
        self.etag_version = etag_version
        # Given: the server validates by date only (no ETag), as some tile servers do.
        self.last_modified = last_modified
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server._lock:
                    server.requests.append({"path": self.path, **{
                        k.lower(): v for k, v in self.headers.items()}})
                if not self.headers.get("User-Agent", "").startswith(UA_PREFIX):
                    self.send_error(403, "identify your application")
                    return
                found = _PATH.fullmatch(self.path)
                if found is None:
                    self.send_error(404)
                    return
                z, x, y = (int(v) for v in found.groups())
                etag = f'"{server.etag_version}-{z}-{x}-{y}"'
                if server.last_modified is not None:
                    validator = ("Last-Modified", server.last_modified)
                    unchanged = self.headers.get("If-Modified-Since") == server.last_modified
                else:
                    validator = ("ETag", etag)
                    unchanged = self.headers.get("If-None-Match") == etag
                if unchanged:
                    self.send_response(304)
                    self.send_header(*validator)
                    self.send_header("Cache-Control", server.cache_control)
                    self.end_headers()
                    return
                shade = 215 if (x + y) % 2 else 240
                body = png(256, 256, (shade, shade, 200 + (x * 7 + y * 13) % 50))
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.send_header(*validator)
                self.send_header("Cache-Control", server.cache_control)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.template = f"http://127.0.0.1:{self.port}/{{z}}/{{x}}/{{y}}.png"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def tile_requests(self) -> list[dict]:
        with self._lock:
            return [r for r in self.requests if _PATH.fullmatch(r["path"])]

    def stop(self) -> None:
        """Shut the server and free its port: later requests are refused, as with no line."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
