"""Base-map tiles kept on this computer: one SQLite file in the user's cache folder, LRU-bounded.

A tile is kept with what HTTP said about it (media type, ETag, Last-Modified, when it stops
being fresh), so it can be revalidated instead of downloaded again, and shown as it is when the
line is down. The file never grows past the limit the admin set: each store evicts the tiles
least recently shown until the total fits. "Recently" is a use counter, not a clock, so the
order is exact and a wrong PC clock cannot confuse it.

Safe to share between threads (one connection, one lock): Qt's tile requests are answered on
worker threads.
"""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Self

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tile (
    url TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    media_type TEXT NOT NULL,
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    expires_at REAL NOT NULL,
    size INTEGER NOT NULL,
    used INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tile_used ON tile (used);
"""


@dataclass(frozen=True)
class CachedTile:
    data: bytes
    media_type: str
    etag: str = ""
    last_modified: str = ""
    expires_at: float = 0.0


class TileCache:
    """Tiles by their full server URL (another server, another entry), at most `max_bytes`."""

    def __init__(self, path: Path, max_bytes: int) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        # isolation_level=None: each statement commits by itself unless a BEGIN says otherwise.
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None,
                                   timeout=10)
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            # A cache may lose its last tiles in a power cut; it must not make the desk wait.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.DatabaseError:
            # Not a cache we can read (damaged, another program's): start again, it is only tiles.
            self._db.close()
            self.path.unlink(missing_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None,
                                       timeout=10)
            self._db.executescript(_SCHEMA)
        self.max_bytes = max(0, int(max_bytes))

    def get(self, url: str) -> CachedTile | None:
        """The stored tile, marked as just used; None when there is none."""
        with self._lock:
            row = self._db.execute(
                "SELECT data, media_type, etag, last_modified, expires_at FROM tile WHERE url = ?",
                (url,)).fetchone()
            if row is None:
                return None
            self._db.execute("UPDATE tile SET used = ? WHERE url = ?", (self._next_use(), url))
        return CachedTile(bytes(row[0]), row[1], row[2], row[3], float(row[4]))

    def put(self, url: str, tile: CachedTile) -> None:
        """Keep (or replace) a tile, then evict the least recently used beyond the limit.

        A tile larger than the whole limit is not kept at all.
        """
        size = len(tile.data)
        with self._lock:
            if size > self.max_bytes:
                self._db.execute("DELETE FROM tile WHERE url = ?", (url,))
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT OR REPLACE INTO tile (url, data, media_type, etag, last_modified, "
                    "expires_at, size, used) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (url, tile.data, tile.media_type, tile.etag, tile.last_modified,
                     tile.expires_at, size, self._next_use()))
                self._evict()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def refresh(self, url: str, expires_at: float, etag: str = "", last_modified: str = ""
                ) -> None:
        """A 304 said the stored tile is still right: fresh again, with the new validators."""
        with self._lock:
            self._db.execute(
                "UPDATE tile SET expires_at = ?, etag = CASE WHEN ? = '' THEN etag ELSE ? END, "
                "last_modified = CASE WHEN ? = '' THEN last_modified ELSE ? END WHERE url = ?",
                (expires_at, etag, etag, last_modified, last_modified, url))

    def set_limit(self, max_bytes: int) -> None:
        """A new limit from Settings; a smaller one evicts at once."""
        with self._lock:
            self.max_bytes = max(0, int(max_bytes))
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._evict()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def total_bytes(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COALESCE(SUM(size), 0) FROM tile").fetchone()[0])

    def urls(self) -> list[str]:
        """Stored tile URLs, least recently used first."""
        with self._lock:
            return [row[0] for row in self._db.execute("SELECT url FROM tile ORDER BY used")]

    def clear(self) -> None:
        with self._lock:
            self._db.execute("DELETE FROM tile")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ inside the lock
    def _next_use(self) -> int:
        return int(self._db.execute("SELECT COALESCE(MAX(used), 0) + 1 FROM tile").fetchone()[0])

    def _evict(self) -> None:
        # The sum is read inside the write transaction: another desk of this user on the same
        # file may have stored tiles since this one last looked.
        total = int(self._db.execute("SELECT COALESCE(SUM(size), 0) FROM tile").fetchone()[0])
        if total <= self.max_bytes:
            return
        doomed = []
        for url, size in self._db.execute("SELECT url, size FROM tile ORDER BY used"):
            if total <= self.max_bytes:
                break
            doomed.append((url,))
            total -= size
        self._db.executemany("DELETE FROM tile WHERE url = ?", doomed)
