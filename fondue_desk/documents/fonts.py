"""The bundled Sarabun family, shared by the PDF documents (ReportLab) and the Qt side.

The office machines have no Thai font at all, so every document embeds Sarabun from the
repository's `resources/fonts` (SIL OFL 1.1, licence text beside the files).
"""
from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fondue_desk.bundled import resource_dir

FONT_DIR = resource_dir("fonts")

FONT_FAMILY = "Sarabun"
FONT_REGULAR = "Sarabun"
FONT_BOLD = "Sarabun-Bold"
FONT_ITALIC = "Sarabun-Italic"
FONT_BOLD_ITALIC = "Sarabun-BoldItalic"

# ReportLab face name -> bundled file; regular first so font_files()[0] is the body face.
_FACES: dict[str, str] = {
    FONT_REGULAR: "Sarabun-Regular.ttf",
    FONT_BOLD: "Sarabun-Bold.ttf",
    FONT_ITALIC: "Sarabun-Italic.ttf",
    FONT_BOLD_ITALIC: "Sarabun-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def font_files() -> list[Path]:
    """The four TTFs, regular first; Qt registers the same files with QFontDatabase."""
    return [FONT_DIR / filename for filename in _FACES.values()]


def register_fonts() -> str:
    """Register Sarabun with ReportLab once per process and return the family name.

    Documents may be rendered from a worker thread while the UI thread prints another, so
    registration is guarded: a half-registered family would make `<b>` fall back to Helvetica,
    which has no Thai glyphs.
    """
    global _registered
    if _registered:
        return FONT_FAMILY
    with _lock:
        if _registered:
            return FONT_FAMILY
        missing = [path for path in font_files() if not path.is_file()]
        if missing:
            raise FileNotFoundError(f"bundled Thai font missing: {', '.join(map(str, missing))}")
        for face, filename in _FACES.items():
            pdfmetrics.registerFont(TTFont(face, str(FONT_DIR / filename)))
        # The family mapping is what lets Paragraph resolve <b>/<i> from any of the faces
        # (fontName="Sarabun-Bold" plus <i> -> Sarabun-BoldItalic).
        pdfmetrics.registerFontFamily(
            FONT_FAMILY,
            normal=FONT_REGULAR,
            bold=FONT_BOLD,
            italic=FONT_ITALIC,
            boldItalic=FONT_BOLD_ITALIC,
        )
        _registered = True
    return FONT_FAMILY
