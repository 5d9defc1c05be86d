"""A small offline locator map for printed documents: the village outline, a few landmarks
and the job spot, drawn from coordinates alone (no tiles, no network).

Equirectangular projection with longitude scaled by cos(latitude), so a village 2 km wide
and 2 km tall is drawn square at Thai latitudes. Everything is clipped to the box.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from reportlab.graphics.shapes import Circle, Drawing, Group, Path, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.ttfonts import shapeStr

from fondue_desk.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from fondue_desk.documents.line_breaking import fitted, text_width

Ring = tuple[tuple[float, float], ...]  # (lat, lon) pairs, closed or not

NO_COORDINATES = "ไม่มีพิกัด"

_M_PER_DEGREE = 111_195.0  # metres per degree of latitude on a 6371 km sphere
_MIN_SPAN_M = 300.0  # a single spot or a zero-sized outline still shows a neighbourhood
_POINT_SPAN_M = 800.0  # what is shown around a spot when there is nothing else to fit
_SCALE_STEPS_M = (10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000,
                  100_000, 200_000, 500_000)
_SIMPLIFY_PT = 0.6  # vertices closer than this on paper add nothing at 45 mm

_PAPER = colors.HexColor("#fbfbf8")
_FRAME = colors.HexColor("#8a8a8a")
_AREA_FILL = colors.HexColor("#e4eedb")
_AREA_LINE = colors.HexColor("#5f8a4e")
_SURROUNDING = colors.HexColor("#bdbdbd")
_LANDMARK = colors.HexColor("#4a4a4a")
_INK = colors.HexColor("#1a1a1a")
_MUTED = colors.HexColor("#666666")
_RED = colors.HexColor("#d0211c")
_WHITE = colors.white


@dataclass(frozen=True)
class LocatorSketch:
    area: tuple[Ring, ...]  # the job's village (or the office area); may be empty
    area_label: str  # e.g. "หมู่ที่ 3 บ้านใหม่" ("" when none)
    surroundings: tuple[Ring, ...]  # neighbouring outlines drawn faint; may be empty
    landmarks: tuple[tuple[str, float, float], ...]  # (short label, lat, lon); may be empty
    point: tuple[float, float] | None  # the job spot (lat, lon); None without coordinates


@dataclass(frozen=True)
class _View:
    """Paper position (pt) of a coordinate: metres from the centre times `scale`."""

    lat0: float
    lon0: float
    kx: float  # cos(lat0): metres per degree of longitude relative to latitude
    scale: float  # pt per metre
    cx: float  # paper centre
    cy: float

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        return (self.cx + (lon - self.lon0) * self.kx * _M_PER_DEGREE * self.scale,
                self.cy + (lat - self.lat0) * _M_PER_DEGREE * self.scale)


def _valid(lat: float, lon: float) -> bool:
    try:
        return math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180
    except TypeError:
        return False


def _clean(ring: Iterable[tuple[float, float]]) -> Ring:
    return tuple((float(p[0]), float(p[1])) for p in ring if len(p) >= 2 and _valid(p[0], p[1]))


def _fit_points(sketch: LocatorSketch) -> tuple[list[tuple[float, float]], float]:
    """Coordinates the view must show, and the smallest span (m) to show around them."""
    point = [sketch.point] if sketch.point and _valid(*sketch.point) else []
    area = [p for ring in sketch.area for p in _clean(ring)]
    if area:
        return area + point, _MIN_SPAN_M
    marks = [(lat, lon) for _, lat, lon in sketch.landmarks if _valid(lat, lon)]
    if marks:
        return marks + point, _MIN_SPAN_M
    if point:
        return point, _POINT_SPAN_M
    return [p for ring in sketch.surroundings for p in _clean(ring)], _MIN_SPAN_M


def _view(sketch: LocatorSketch, width: float, height: float) -> _View | None:
    points, min_span = _fit_points(sketch)
    if not points:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lat0 = (min(lats) + max(lats)) / 2
    lon0 = (min(lons) + max(lons)) / 2
    kx = max(math.cos(math.radians(lat0)), 0.05)
    span_x = max((max(lons) - min(lons)) * kx * _M_PER_DEGREE, min_span)
    span_y = max((max(lats) - min(lats)) * _M_PER_DEGREE, min_span)
    # Room for the marker at the sides, the label above and the scale bar below.
    side, top, bottom = _margins(width, height)
    scale = min((width - 2 * side) / span_x, (height - top - bottom) / span_y)
    return _View(lat0, lon0, kx, scale, width / 2, bottom + (height - top - bottom) / 2)


def _margins(width: float, height: float) -> tuple[float, float, float]:
    small = min(width, height)
    return max(6.0, 0.07 * small), max(8.0, 0.11 * small), max(8.0, 0.13 * small)


def _projected(ring: Ring, view: _View) -> tuple[float, ...]:
    """Flat x, y list of a ring on paper, with vertices too close to show dropped.

    Cached: the jobs of one village share its outlines and, mostly, the view.
    """
    try:
        return _projected_cached(ring, view)
    except TypeError:  # a ring of lists is not hashable; draw it all the same
        return _projected_cached.__wrapped__(ring, view)


@lru_cache(maxsize=1024)
def _projected_cached(ring: Ring, view: _View) -> tuple[float, ...]:
    out: list[float] = []
    last_x = last_y = math.inf
    pts = [view.xy(lat, lon) for lat, lon in _clean(ring)]
    for i, (x, y) in enumerate(pts):
        if i == len(pts) - 1 or abs(x - last_x) + abs(y - last_y) >= _SIMPLIFY_PT:
            out += (x, y)
            last_x, last_y = x, y
    return tuple(out)


def _visible(flat: tuple[float, ...], width: float, height: float) -> bool:
    xs, ys = flat[0::2], flat[1::2]
    return bool(xs) and max(xs) >= 0 and min(xs) <= width and max(ys) >= 0 and min(ys) <= height


def _label(text: str, x: float, y: float, size: float, *, bold: bool = False,
           anchor: str = "start", color: colors.Color = _INK) -> String:
    # Thai in a Drawing goes to canvas.drawString: shape it first or tone marks collide.
    font = FONT_BOLD if bold else FONT_REGULAR
    return String(x, y, shapeStr(text, font, size), fontName=font, fontSize=size,
                  fillColor=color, textAnchor=anchor)


def _outline(rings: Iterable[Ring], view: _View, width: float, height: float,
             **style: object) -> Path | None:
    """Rings as one path (one node to render, even-odd fill so holes stay holes)."""
    path = Path(strokeLineJoin=1, **style)
    for ring in rings:
        flat = _projected(ring, view)
        if len(flat) < 4 or not _visible(flat, width, height):
            continue
        path.moveTo(flat[0], flat[1])
        for i in range(2, len(flat), 2):
            path.lineTo(flat[i], flat[i + 1])
        path.closePath()
    return path if path.operators else None


def _area(sketch: LocatorSketch, view: _View, width: float, height: float) -> Iterator[Path]:
    faint = _outline(sketch.surroundings, view, width, height, fillColor=None,
                     strokeColor=_SURROUNDING, strokeWidth=0.5)
    area = _outline(sketch.area, view, width, height, fillColor=_AREA_FILL,
                    strokeColor=_AREA_LINE, strokeWidth=0.9)
    yield from (p for p in (faint, area) if p is not None)


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def _overlaps(box: Box, taken: list[Box]) -> bool:
    return any(box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3]
               for t in taken)


def _landmarks(sketch: LocatorSketch, view: _View, width: float, height: float,
               taken: list[Box]) -> Iterator:
    """Dots with their labels; a label that would cover another or an overlay is left out."""
    size = max(4.5, min(6.0, width / 24))
    for text, lat, lon in sketch.landmarks:
        if not _valid(lat, lon):
            continue
        x, y = view.xy(lat, lon)
        if not (2 <= x <= width - 2 and 2 <= y <= height - 2):
            continue
        yield Circle(x, y, 1.4, fillColor=_LANDMARK, strokeColor=_WHITE, strokeWidth=0.4)
        if not text:
            continue
        w = text_width(text, FONT_REGULAR, size)
        right = x + 2.5 + w < width - 2
        left = x + 2.5 if right else x - 2.5 - w
        box = (left, y + 0.5, left + w, y + 1.2 + size * 1.1)
        if left < 1 or box[3] > height - 1 or _overlaps(box, taken):
            continue
        taken.append(box)
        yield _label(text, x + 2.5 if right else x - 2.5, y + 1.2, size,
                     anchor="start" if right else "end", color=_LANDMARK)


def _marker(x: float, y: float, width: float, height: float) -> tuple[Group, Box]:
    r = max(3.0, min(5.0, min(width, height) / 26))
    reach = r + 2.5
    # Clamped so the whole marker stays on the sketch whatever the fit did.
    x = min(max(x, reach + 1), width - reach - 1)
    y = min(max(y, reach + 1), height - reach - 1)
    hair = Path(fillColor=None, strokeColor=_RED, strokeWidth=1.1)  # the cross-hair
    inner = r * 0.45
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        hair.moveTo(x + dx * inner, y + dy * inner)
        hair.lineTo(x + dx * reach, y + dy * reach)
    marker = Group(
        Circle(x, y, r + 1.2, fillColor=None, strokeColor=_WHITE, strokeWidth=1.6),
        Circle(x, y, r, fillColor=None, strokeColor=_RED, strokeWidth=1.1),
        hair,
        Circle(x, y, 1.1, fillColor=_RED, strokeColor=None),
    )
    return marker, (x - reach, y - reach, x + reach, y + reach)


def _north(width: float, height: float) -> tuple[Group, Box]:
    s = max(4.0, min(6.0, min(width, height) / 22))
    x, top = width - s - 3, height - 3
    arrow = Group(
        _label("N", x, top - s * 1.1, s * 1.2, bold=True, anchor="middle"),
        Polygon([x, top - s * 3.4, x - s * 0.55, top - s * 3.9, x, top - s * 1.5],
                fillColor=_INK, strokeColor=_INK, strokeWidth=0.4),
        Polygon([x, top - s * 3.4, x + s * 0.55, top - s * 3.9, x, top - s * 1.5],
                fillColor=_WHITE, strokeColor=_INK, strokeWidth=0.4),
    )
    return arrow, (x - s, top - s * 4, width, height)


def _scale_bar(view: _View, width: float) -> tuple[Group, Box]:
    target = width * 0.32 / view.scale  # metres a third of the box wide
    metres = max([s for s in _SCALE_STEPS_M if s <= target], default=_SCALE_STEPS_M[0])
    length = metres * view.scale
    size = max(4.5, min(6.0, width / 24))
    x, y, bar = 4.0, 3.5, 2.2
    half = length / 2
    text = f"{metres} ม." if metres < 1000 else f"{metres / 1000:g} กม."
    group = Group(
        Rect(x, y, half, bar, fillColor=_INK, strokeColor=_INK, strokeWidth=0.4),
        Rect(x + half, y, half, bar, fillColor=_WHITE, strokeColor=_INK, strokeWidth=0.4),
        _label(text, x + length + 2, y, size, color=_INK),
    )
    return group, (0, 0, x + length + 4 + text_width(text, FONT_REGULAR, size), y + size * 1.3)


def _badge(text: str, x: float, y: float, size: float, *, bold: bool, color: colors.Color,
           max_width: float, centred: bool = False) -> tuple[Group, Box]:
    """Text on a white plate so it reads over outlines; (x, y) is its start (or centre)."""
    font = FONT_BOLD if bold else FONT_REGULAR
    text = fitted(text, font, size, max_width - 4, nothing_fits="")
    w = text_width(text, font, size) + 4
    left = x - w / 2 if centred else x
    box = (left, y - size * 0.4, left + w, y + size * 1.2)  # Thai marks stack high
    plate = Rect(box[0], box[1], w, box[3] - box[1], rx=1.5, ry=1.5,
                 fillColor=_WHITE, strokeColor=None, fillOpacity=0.85)
    return Group(plate, _label(text, left + 2, y, size, bold=bold, color=color)), box


def _clip(width: float, height: float) -> Path:
    clip = Path(isClipPath=1, fillColor=None, strokeColor=None)
    clip.moveTo(0, 0)
    for x, y in ((width, 0), (width, height), (0, height)):
        clip.lineTo(x, y)
    clip.closePath()
    return clip


def sketch_drawing(sketch: LocatorSketch, width: float, height: float) -> Drawing:
    """The sketch as a ReportLab Drawing of `width` × `height` pt (also a platypus Flowable)."""
    register_fonts()
    width = max(float(width), 24.0)
    height = max(float(height), 24.0)
    # Left to the defaults, the renderer would select Helvetica, which has no Thai glyphs.
    drawing = Drawing(width, height, initialFontName=FONT_REGULAR, initialFontSize=6)
    drawing.add(Rect(0, 0, width, height, fillColor=_PAPER, strokeColor=None))
    overlays: list[Group] = []
    taken: list[Box] = []
    size = max(5.0, min(7.0, width / 18))
    label = sketch.area_label.strip()
    if label:
        badge, box = _badge(label, 3, height - size - 2.5, size, bold=True, color=_AREA_LINE,
                            max_width=width - 22)
        overlays.append(badge)
        taken.append(box)
    point = sketch.point if sketch.point is not None and _valid(*sketch.point) else None
    if point is None:
        badge, box = _badge(NO_COORDINATES, width / 2, height / 2 - size / 2, size + 1.5,
                            bold=True, color=_MUTED, max_width=width - 4, centred=True)
        overlays.append(badge)
        taken.append(box)
    view = _view(sketch, width, height)
    marker = None
    if view is not None:
        if point is not None:
            marker, box = _marker(*view.xy(*point), width, height)
            taken.append(box)
        for group, box in (_north(width, height), _scale_bar(view, width)):
            overlays.append(group)
            taken.append(box)
        content = Group(_clip(width, height), *_area(sketch, view, width, height),
                        *_landmarks(sketch, view, width, height, taken))
        drawing.add(content)
    for overlay in overlays:
        drawing.add(overlay)
    if marker is not None:  # on top: the spot is what the sketch is for
        drawing.add(marker)
    drawing.add(Rect(0, 0, width, height, fillColor=None, strokeColor=_FRAME, strokeWidth=0.6))
    return drawing
