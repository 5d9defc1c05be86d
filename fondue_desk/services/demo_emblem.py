"""The demo office's emblem: a drawn seal (a mountain over water in a double ring).

A real office uploads its own seal or the Garuda; the demo must not pretend to be either, so it
draws an obviously generic one, without lettering (Pillow cannot shape Thai without libraqm).
"""
from __future__ import annotations

import io

from PIL import Image, ImageDraw

SIZE = 600
_GREEN, _GOLD, _BLUE, _WHITE = (22, 101, 52), (191, 144, 0), (30, 110, 190), (255, 255, 255)


def demo_emblem_png() -> bytes:
    image = Image.new("RGBA", (SIZE, SIZE), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, SIZE - 8, SIZE - 8), fill=_GOLD)
    draw.ellipse((40, 40, SIZE - 40, SIZE - 40), fill=_WHITE)
    draw.ellipse((62, 62, SIZE - 62, SIZE - 62), fill=_GREEN)
    # Doi Suthep behind the tambon, and the Mae Hia stream in front of it.
    draw.polygon([(110, 390), (250, 170), (330, 270), (400, 200), (500, 390)], fill=_WHITE)
    draw.polygon([(215, 225), (250, 170), (285, 225), (265, 215), (250, 232), (235, 215)],
                 fill=_GOLD)
    for offset in (0, 48):
        draw.arc((120, 380 + offset, 300, 470 + offset), 200, 340, fill=_BLUE, width=16)
        draw.arc((300, 380 + offset, 480, 470 + offset), 200, 340, fill=_BLUE, width=16)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
