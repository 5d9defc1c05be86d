"""Reading Thai back out of shaped PDFs, for assertions.

HarfBuzz replaces some marks with positional glyph variants that have no Unicode value of
their own. ReportLab then maps them to private-use code points: the legacy Thai PUA block
(U+F700–U+F71A) for fonts that use it, otherwise U+E000… numbered in order of first use
within the document, which cannot be mapped back. SARA AM comes out decomposed as ํ + า.
"""
from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from fondue_desk.documents.fonts import register_fonts

# The de-facto Thai PUA layout (Microsoft/WTT fonts): shifted or lowered variants of marks.
_LEGACY_THAI_PUA = dict(
    zip(
        range(0xF700, 0xF71B),
        "\u0e10\u0e34\u0e35\u0e36\u0e37\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e48\u0e49\u0e4a\u0e4b"
        "\u0e4c\u0e0d\u0e31\u0e4d\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e47\u0e38\u0e39\u0e3a",
    )
)
_PUA = re.compile("[\ue000-\uf8ff]")
# Marks that may have gone into the private-use area, so `skeleton` drops them on both sides.
_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def normalise_extracted(text: str) -> str:
    """Extracted PDF text with PUA glyph variants mapped back (or dropped) and ำ recomposed."""
    text = text.translate(_LEGACY_THAI_PUA)
    text = _PUA.sub("", text)
    # ReportLab may emit the tone mark between nikhahit and sara aa (น + ํ + ้ + า).
    text = re.sub("\u0e4d([\u0e48-\u0e4b]?)\u0e32", "\\1\u0e33", text)
    return unicodedata.normalize("NFC", text)


def skeleton(text: str) -> str:
    """Base letters only: compare expected and extracted text without lossy marks or spacing."""
    text = normalise_extracted(text).replace("\u0e33", "\u0e32")
    return re.sub(r"\s+", "", _MARKS.sub("", text))


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def contains(haystack: str, needle: str) -> bool:
    return skeleton(needle) in skeleton(haystack)


@dataclass(frozen=True)
class Line:
    """One run of text as drawn: its left x, baseline y and right end (pt), for layout checks."""

    x: float
    y: float
    right: float
    text: str


def lines(page) -> list[Line]:
    """The text runs of a pypdf page with their positions (Sarabun widths for the right end)."""
    register_fonts()
    found: list[Line] = []

    def visit(text, cm, tm, font, size):
        text = normalise_extracted(text).strip()
        if not text or font is None:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        face = "Sarabun-Bold" if "Bold" in str(font.get("/BaseFont")) else "Sarabun"
        found.append(Line(x, y, x + stringWidth(text, face, size), text))

    page.extract_text(visitor_text=visit)
    return found
