"""Where the map page's scripts, styles and images come from: files on this PC, never a CDN.

The Qt side serves `app://assets/<root>/<path>` through `asset_path`. Leaflet comes from its
XStatic package (installed with the app, so it works offline); leaflet.heat and our own map
script (which clusters the markers itself) live in the repository's `resources/map/`.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path, PurePosixPath

import xstatic.pkg.leaflet as _leaflet

from fondue_desk.bundled import resource_dir

_MAP_RESOURCES = resource_dir("map")

_MEDIA_TYPES = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".json": "application/json",
    ".geojson": "application/geo+json",
    ".map": "application/json",  # source maps, asked for by the developer tools
    ".html": "text/html",
}


@cache
def asset_roots() -> dict[str, Path]:
    """The only folders the page may read from, resolved once (symlinks included)."""
    return {
        "leaflet": Path(_leaflet.BASE_DIR).resolve(),
        "heat": (_MAP_RESOURCES / "heat").resolve(),
        "fondue": _MAP_RESOURCES.resolve(),
    }


def asset_path(relative: str) -> Path | None:
    """The file behind `app://assets/<relative>`, or None when it is not a known asset.

    `relative` comes from a URL the page asked for, so it is untrusted: only plain forward
    segments are accepted and the resolved file must still sit inside its root, which also
    catches a symlink pointing out of it.
    """
    if not relative or "\\" in relative or "\x00" in relative:
        return None
    # Split by hand: PurePosixPath would quietly tidy "a//b" and "./a" into valid paths.
    parts = relative.split("/")
    if len(parts) < 2 or any(part in ("", ".", "..") for part in parts):
        return None
    root = asset_roots().get(parts[0])
    if root is None:
        return None
    try:
        candidate = root.joinpath(*parts[1:]).resolve(strict=True)
    except (OSError, RuntimeError):  # missing file, symlink loop
        return None
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    return candidate


def media_type(path: Path | str) -> str:
    """The Content-Type to serve a file with; unknown kinds are plain bytes."""
    return _MEDIA_TYPES.get(PurePosixPath(str(path)).suffix.lower(), "application/octet-stream")
