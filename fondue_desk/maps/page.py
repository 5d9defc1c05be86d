"""The map page: folium builds the Leaflet map, every script and style comes from `app://`.

folium links Leaflet, jQuery, Bootstrap, Font Awesome and awesome-markers from CDNs; an office
PC may have no internet, so those links are switched off and the page loads only local copies
served by the Qt `app://` scheme handler (one origin for page, assets, tiles and data).
Markers, clusters, the heat layer and the boundary are drawn by our own `fondue_map.js`,
which fetches its data from `app://data/...`: the page itself stays small however large the
register is (QWebEngineView.setHtml stops at 2 MB).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape
from typing import ClassVar

import folium
from folium.elements import MacroElement
from folium.template import Template

OSM_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)
BASE_MAPS = ("osm", "mbtiles", "none")
MODES = ("register", "picker")

BOUNDARY_URL = "app://data/boundary.geojson"
MARKERS_URL = "app://data/markers.json"
DETAILS_URL = "app://data/complaint/"  # + "<id>.json": one marker's popup
# Without a base map Leaflet would show a white void; a light grey says "nothing here".
NO_BASE_MAP_BACKGROUND = "#e9ecef"

# In load order; our own files last so they can rely on (and restyle) everything before them.
SCRIPTS_AND_STYLES: tuple[tuple[str, str], ...] = (
    ("js", "app://assets/leaflet/leaflet.js"),
    ("css", "app://assets/leaflet/leaflet.css"),
    ("js", "app://assets/heat/leaflet-heat.js"),
    ("js", "qrc:///qtwebchannel/qwebchannel.js"),
    ("css", "app://assets/fondue/fondue_map.css"),
    ("js", "app://assets/fondue/fondue_map.js"),
)
LEAFLET_IMAGES = "app://assets/leaflet/images/"
MAX_ZOOM = 19


@dataclass(frozen=True)
class MapPageOptions:
    center: tuple[float, float]
    zoom: int = 14
    base_map: str = "osm"
    tile_url: str = OSM_TILE_URL
    attribution: str = OSM_ATTRIBUTION
    tms: bool = False
    min_zoom: int = 0
    max_zoom: int = 19
    has_boundary: bool = False
    mode: str = "register"
    labels: dict[str, str] = field(default_factory=dict)
    lang: str = "th"  # the reader's: the page's <html lang> (line breaking, screen readers)


class _OfflineMap(folium.Map):
    # Class-level empty lists: folium's add_js_link mutates the list it finds, and the
    # inherited ones are shared by every folium.Map in the process.
    default_js: ClassVar[list[tuple[str, str]]] = []
    default_css: ClassVar[list[tuple[str, str]]] = []


class _OfflineTileLayer(folium.TileLayer):
    default_js: ClassVar[list[tuple[str, str]]] = []
    default_css: ClassVar[list[tuple[str, str]]] = []


class _LocalAssets(MacroElement):
    """Our <head> part: local links, the config and our script, after folium's own styles.

    A child of the map renders its header after the map's, so fondue_map.css can override
    folium's inline styles. `markup` is complete HTML made by `_assets_markup`; the template
    only pastes it (folium's Jinja environment does not autoescape, and the text never goes
    through Jinja as a template, so a "{{" in a label stays text).
    """

    _template = Template("{% macro header(this, kwargs) %}{{ this.markup }}{% endmacro %}")

    def __init__(self, markup: str) -> None:
        super().__init__()
        self._name = "FondueAssets"
        self.markup = markup


def build_map_page(options: MapPageOptions) -> str:
    """A complete HTML page whose only external URLs are app://… and qrc:///… ."""
    _check(options)
    fmap = _OfflineMap(location=list(options.center), zoom_start=options.zoom, tiles=None,
                       prefer_canvas=True, control_scale=True)
    if options.base_map != "none":
        # max_zoom is the deepest level the source has; beyond it Leaflet enlarges those
        # tiles, so a pin can still be placed at street level on a coarse offline map.
        _OfflineTileLayer(tiles=options.tile_url, attr=options.attribution, tms=options.tms,
                          min_zoom=options.min_zoom, max_zoom=max(options.max_zoom, MAX_ZOOM),
                          max_native_zoom=options.max_zoom).add_to(fmap)
    fmap.add_child(_LocalAssets(_assets_markup(options, fmap.get_name())))
    html = fmap.get_root().render()
    # branca's figure has no language or title; Thai text needs lang for line breaking.
    lang = "en" if options.lang == "en" else "th"
    return html.replace("<html>", f'<html lang="{lang}">', 1)


def fondue_config(options: MapPageOptions, map_var: str) -> dict[str, object]:
    """What fondue_map.js reads from window.FONDUE_CONFIG."""
    config: dict[str, object] = {
        "mapVar": map_var,
        "center": [options.center[0], options.center[1]],
        "zoom": options.zoom,
        "baseMap": options.base_map,
        "noBaseMap": options.base_map == "none",
        "hasBoundary": options.has_boundary,
        "boundaryUrl": BOUNDARY_URL,
        "markersUrl": MARKERS_URL,
        "detailsUrl": DETAILS_URL,
        "mode": options.mode,
        "labels": dict(options.labels),
        "minZoom": options.min_zoom,
        "maxZoom": options.max_zoom,
    }
    if options.base_map != "none":
        config["tileUrl"] = options.tile_url
    return config


def script_json(value: object) -> str:
    """JSON that is safe inside an inline <script>: no "</script>", "<!--" or "]]>" can form.

    Escaping <, > and & as \\u escapes keeps it valid JSON (and JavaScript); U+2028/2029 are
    line terminators in older JavaScript string literals.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _assets_markup(options: MapPageOptions, map_var: str) -> str:
    lines = []
    for kind, url in SCRIPTS_AND_STYLES:
        if url.endswith("/fondue_map.js"):
            lines.append(f"<script>window.FONDUE_CONFIG = "
                         f"{script_json(fondue_config(options, map_var))};</script>")
            # defer: runs once the document (folium's map script at the end) is parsed, so
            # the map variable exists, and still before DOMContentLoaded listeners fire.
            lines.append(f'<script src="{escape(url)}" defer></script>')
        elif kind == "js":
            lines.append(f'<script src="{escape(url)}"></script>')
        else:
            lines.append(f'<link rel="stylesheet" href="{escape(url)}"/>')
        if url.endswith("/leaflet.css"):
            # Beats leaflet.css (two classes against one) yet leaves fondue_map.css free to
            # restyle it: no id selector.
            lines.append(f"<style>.folium-map.leaflet-container {{ background: "
                         f"{NO_BASE_MAP_BACKGROUND}; }}</style>")
        if url.endswith("/leaflet.js"):
            # Leaflet guesses its marker images' folder from leaflet.css; say it outright.
            lines.append(f"<script>L.Icon.Default.imagePath = {script_json(LEAFLET_IMAGES)};"
                         "</script>")
    return "\n".join(lines)


def _check(options: MapPageOptions) -> None:
    if options.base_map not in BASE_MAPS:
        raise ValueError(f"unknown base map {options.base_map!r}")
    if options.mode not in MODES:
        raise ValueError(f"unknown map mode {options.mode!r}")
    if options.base_map != "none" and not options.tile_url:
        raise ValueError("a base map needs a tile URL")
