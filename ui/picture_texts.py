"""Words for pictures too big to take (domain.pictures, picture.* codes). ui.messages hands
these codes here."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain.numbers import format_count


def picture_text(code: str, params: dict) -> str:
    """domain.pictures: measured from the header, so the clerk learns the size it has."""
    width, height = (format_count(params.get(k, 0)) for k in ("width", "height"))
    if code == "picture.too_many_pixels":
        text = QCoreApplication.translate(
            "FieldErrors", "This picture is %1 × %2 pixels, more than %3 million. Make it "
            "smaller and try again.")
    elif code == "picture.side_too_long":
        text = QCoreApplication.translate(
            "FieldErrors", "This picture is %1 × %2 pixels: a side is longer than %3. Make "
            "it smaller and try again.")
        return (text.replace("%1", width).replace("%2", height)
                .replace("%3", format_count(params.get("limit", 0))))
    else:  # picture.far_too_many_pixels: too big even to be measured
        text = QCoreApplication.translate(
            "FieldErrors", "This picture has far more than %3 million pixels. Make it "
            "smaller and try again.")
    return (text.replace("%1", width).replace("%2", height)
            .replace("%3", str(params.get("limit_mp", "?"))))
