from __future__ import annotations

import dataclasses
import math
import re

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Group, Path, String

from fondue_desk.documents import line_breaking, locator_sketch
from fondue_desk.documents.locator_sketch import NO_COORDINATES, LocatorSketch, sketch_drawing
from tests.pdf_text import normalise_extracted, skeleton

SIZE = 45 * 72 / 25.4
LAT, LON = 18.75, 98.95


def square(lat: float, lon: float, side_m: float) -> tuple[tuple[float, float], ...]:
    """A square `side_m` metres across on the ground (closed ring)."""
    dlat = side_m / 2 / 111_195
    dlon = side_m / 2 / (111_195 * math.cos(math.radians(lat)))
    return ((lat - dlat, lon - dlon), (lat - dlat, lon + dlon), (lat + dlat, lon + dlon),
            (lat + dlat, lon - dlon), (lat - dlat, lon - dlon))


def make(**overrides) -> LocatorSketch:
    values = {
        "area": (square(LAT, LON, 1200),),
        "area_label": "หมู่ที่ 3 บ้านใหม่",
        "surroundings": (square(LAT + 0.012, LON, 1200), square(LAT, LON + 0.013, 1200)),
        "landmarks": (("ม.3", LAT, LON), ("ม.4", LAT + 0.012, LON)),
        "point": (LAT + 0.002, LON - 0.001),
    }
    values.update(overrides)
    return LocatorSketch(**values)


def shapes(node) -> list:
    out = []
    for child in getattr(node, "contents", []):
        out.append(child)
        if isinstance(child, Group):
            out.extend(shapes(child))
    return out


def texts(drawing: Drawing) -> list[str]:
    """Labels as printed; shaping may have swapped marks for private-use glyphs."""
    return [normalise_extracted(str(s.text)) for s in shapes(drawing) if isinstance(s, String)]


def has_text(drawing: Drawing, text: str) -> bool:
    return skeleton(text) in [skeleton(t) for t in texts(drawing)]


def marker(drawing: Drawing) -> list[Circle]:
    return [s for s in shapes(drawing)
            if isinstance(s, Circle) and s.strokeColor == locator_sketch._RED]


def red_parts(drawing: Drawing) -> list:
    """Every drawn piece of the job marker (rings, cross-hair, dot)."""
    return [s for s in shapes(drawing) if not isinstance(s, Group)
            and locator_sketch._RED in (getattr(s, "strokeColor", None),
                                        getattr(s, "fillColor", None))]


def renders(drawing: Drawing) -> bytes:
    pdf = renderPDF.drawToString(drawing)
    assert pdf.startswith(b"%PDF")
    return pdf


def test_fields():
    assert [f.name for f in dataclasses.fields(LocatorSketch)] == [
        "area", "area_label", "surroundings", "landmarks", "point"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        make().point = None  # type: ignore[misc]


def test_full_sketch():
    drawing = sketch_drawing(make(), SIZE, SIZE)
    assert (drawing.width, drawing.height) == (SIZE, SIZE)
    labels = texts(drawing)
    assert has_text(drawing, "หมู่ที่ 3 บ้านใหม่") and "N" in labels and "ม.3" in labels
    assert not has_text(drawing, NO_COORDINATES)
    assert any(re.fullmatch(r"(10|20|50|100|200|500) ม\.|(1|2|5|10|20|50) กม\.", t)
               for t in labels), labels
    assert marker(drawing)
    # Outlines that reach past the box are clipped to it.
    assert any(isinstance(s, Path) and s.isClipPath for s in shapes(drawing))
    renders(drawing)


def test_ground_squares_stay_square():
    """Longitude is scaled by cos(latitude): a 1.2 km square is not drawn 5 % wide."""
    drawing = sketch_drawing(make(surroundings=(), landmarks=(), point=None), SIZE, SIZE)
    area = next(s for s in shapes(drawing) if isinstance(s, Path) and not s.isClipPath)
    xs, ys = area.points[0::2], area.points[1::2]
    assert (max(xs) - min(xs)) == pytest.approx(max(ys) - min(ys), rel=0.01)
    assert max(xs) - min(xs) > SIZE * 0.6  # fitted to the box, with a margin
    assert min(xs) > 0 and max(xs) < SIZE and min(ys) > 0 and max(ys) < SIZE


def test_scale_bar_matches_the_projection():
    drawing = sketch_drawing(make(point=None, surroundings=(), landmarks=()), SIZE, SIZE)
    area = next(s for s in shapes(drawing) if isinstance(s, Path) and not s.isClipPath)
    pt_per_m = (max(area.points[1::2]) - min(area.points[1::2])) / 1200
    label = next(t for t in texts(drawing) if t.endswith("ม."))
    metres = float(label.split()[0]) * (1000 if "กม." in label else 1)
    bar = [s for s in shapes(drawing) if type(s).__name__ == "Rect" and s.height < 5]
    assert sum(r.width for r in bar) == pytest.approx(metres * pt_per_m, rel=0.01)


def test_no_point_says_so_in_the_middle():
    drawing = sketch_drawing(make(point=None), SIZE, SIZE)
    assert not marker(drawing)
    [label] = [s for s in shapes(drawing) if isinstance(s, String)
               and skeleton(normalise_extracted(str(s.text))) == skeleton(NO_COORDINATES)]
    assert SIZE * 0.25 < label.x < SIZE * 0.5 < label.x + 60 and SIZE * 0.35 < label.y < SIZE * 0.6
    renders(drawing)


def test_point_alone_is_centred_with_a_scale_bar():
    drawing = sketch_drawing(LocatorSketch((), "", (), (), (LAT, LON)), SIZE, SIZE)
    [ring, *_] = marker(drawing)
    assert ring.cx == pytest.approx(SIZE / 2, abs=1)
    assert any(t.endswith("ม.") for t in texts(drawing))
    renders(drawing)


@pytest.mark.parametrize("point", [
    (LAT + 0.5, LON + 0.5),  # far outside the village: the view widens to show both
    (LAT + 0.0054, LON),  # right at the top edge of the village
    (LAT, LON - 0.0064),  # and at its left edge
    (89.999, 179.999),  # absurd, but still inside the box
])
def test_point_stays_inside_the_box(point):
    drawing = sketch_drawing(make(point=point), SIZE, SIZE)
    parts = red_parts(drawing)
    assert len(parts) >= 3  # ring, cross-hair, dot
    for part in parts:
        x0, y0, x1, y1 = part.getBounds()
        assert 0 <= x0 <= x1 <= SIZE and 0 <= y0 <= y1 <= SIZE
    renders(drawing)


@pytest.mark.parametrize("sketch", [
    LocatorSketch((), "", (), (), None),
    LocatorSketch(((),), "", ((),), (), None),
    LocatorSketch((((LAT, LON),),), "จุดเดียว", (), (), (LAT, LON)),
    LocatorSketch((((LAT, LON),) * 6,), "", (((LAT, LON),) * 3,), (("ม.1", LAT, LON),), (LAT, LON)),
    LocatorSketch((((LAT, LON), (LAT + 0.001, LON)),), "", (), (), None),
    LocatorSketch(((((math.nan, LON), (LAT, math.inf), (LAT, LON)),)), "", (),
                  (("x", math.nan, 0),), None),
    LocatorSketch((), "", (square(LAT, LON, 500),), (), None),
    LocatorSketch((), "", (), (("ม.1", LAT, LON), ("ม.2", LAT, LON)), None),
    LocatorSketch((square(0, 0, 10),), "x" * 300, (), (), (0.0, 0.0)),
    LocatorSketch((square(LAT, LON, 2_000_000),), "", (), (), (LAT, LON)),
    LocatorSketch(([[LAT, LON], [LAT + 0.01, LON], [LAT, LON + 0.01]],), "", (), (), None),  # lists
])
@pytest.mark.parametrize("size", [(SIZE, SIZE), (60, 30), (0, 0)])
def test_degenerate_input_never_crashes(sketch, size):
    drawing = sketch_drawing(sketch, *size)
    assert drawing.width >= 24 and drawing.height >= 24
    for part in red_parts(drawing):
        x0, y0, x1, y1 = part.getBounds()
        assert 0 <= x0 <= x1 <= drawing.width and 0 <= y0 <= y1 <= drawing.height
    if sketch.point is None:  # in a tiny box the words are cut short, never dropped
        assert any(t.startswith("ไม่") for t in texts(drawing))
    renders(drawing)


def test_long_area_label_is_cut_to_fit():
    drawing = sketch_drawing(make(area_label="หมู่ที่ 3 บ้านใหม่พัฒนาสามัคคีร่วมใจ" * 3), SIZE, SIZE)
    label = next(t for t in texts(drawing) if t.startswith("หม"))
    assert label.endswith("…")
    assert not line_breaking._is_mark(label[-2])


def test_surroundings_are_faint_and_unfilled():
    drawing = sketch_drawing(make(), SIZE, SIZE)
    [faint] = [s for s in shapes(drawing) if isinstance(s, Path)
               and s.strokeColor == locator_sketch._SURROUNDING]
    assert faint.fillColor is None
    assert faint.operators.count(0) == 2  # one sub-path (moveTo) per neighbouring outline
    far = make(surroundings=(square(LAT + 1, LON, 1200), *make().surroundings))
    [faint] = [s for s in shapes(sketch_drawing(far, SIZE, SIZE)) if isinstance(s, Path)
               and s.strokeColor == locator_sketch._SURROUNDING]
    assert faint.operators.count(0) == 2  # out of sight: left out
