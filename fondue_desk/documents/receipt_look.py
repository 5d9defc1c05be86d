"""How the receipt looks on each paper: the A5 sheet and the 80 mm thermal slip.

Kept apart from the layout so the sizes and type styles of both papers can be compared at a
glance, and so the receipt's siblings (fitting, the Traffy block) share one set of styles.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from fondue_desk.documents.paragraphs import shaped_paragraph_style

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
TINT = colors.HexColor("#f1f3f5")
HAIRLINE = colors.HexColor("#d5d8dc")
FLUSH = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")]

Styles = dict[str, ParagraphStyle]
Phrases = tuple[str, ...]


@dataclass(frozen=True)
class Look:
    """Everything that differs between the sheet and the slip (lengths in pt)."""

    thermal: bool
    margins: tuple[float, float, float]  # side, top, bottom
    body: float
    small: float
    title: float
    number: float
    label_width: float
    qr_size: float
    traffy_qr_size: float
    logo_size: float
    # At most this many lines for the office name and each field of the details table (the
    # place gets one more), so that no field can push the receipt off its one page.
    value_lines: int


LOOKS = {
    "a5": Look(False, (14 * mm, 11 * mm, 15 * mm), 11, 9, 16, 26, 34 * mm, 30 * mm, 22 * mm,
               17 * mm, 1),
    "thermal": Look(True, (4 * mm, 4 * mm, 5 * mm), 9, 7.5, 12, 19, 23 * mm, 28 * mm, 26 * mm,
                    12 * mm, 2),
}


@cache
def styles(variant: str) -> Styles:
    look = LOOKS[variant]
    # The slip is read as a centred column; the sheet reads like a form, left-aligned.
    centred = TA_CENTER if look.thermal else TA_LEFT
    specs: dict[str, tuple[float, dict[str, Any]]] = {
        "office": (look.title - 2, {"bold": True, "alignment": centred}),
        "address": (look.small, {"textColor": MUTED, "alignment": centred}),
        "title": (look.title, {"bold": True, "alignment": TA_CENTER}),
        "caption": (look.small, {"textColor": MUTED, "alignment": centred}),
        "number": (look.number, {"bold": True, "alignment": centred, "leading": look.number * 1.2}),
        "stamp": (look.body, {"textColor": INK, "alignment": centred}),
        "label": (look.body, {"bold": True, "textColor": MUTED}),
        "value": (look.body, {"textColor": INK}),
        "due": (look.body + 2, {"bold": True, "alignment": centred}),
        "status": (look.body, {"bold": True, "alignment": centred}),
        "stamp_small": (look.small, {"bold": True, "alignment": TA_CENTER}),
        "traffy_caption": (look.small, {"textColor": MUTED, "alignment": TA_CENTER}),
        "note": (look.small, {"textColor": INK, "alignment": TA_CENTER}),
        "sign": (look.body, {"alignment": TA_CENTER}),
        "footer": (7.5, {"textColor": MUTED}),
        "footer-right": (7.5, {"textColor": MUTED, "alignment": TA_RIGHT}),
    }
    return {
        key: shaped_paragraph_style(f"receipt-{variant}-{key}", size, **kw)
        for key, (size, kw) in specs.items()
    }
