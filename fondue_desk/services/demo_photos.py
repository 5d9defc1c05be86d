"""Drawn photos for the demo's street-light jobs: the lamp out (before) and lit (after).

A newcomer should see the before/after comparison the executive signs on; real photos of
real streets cannot ship with the code, so the scene is drawn.
"""
from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter

SIZE = (800, 600)


def _scene(lit: bool) -> bytes:
    image = Image.new("RGB", SIZE, (18, 24, 48))
    draw = ImageDraw.Draw(image)
    for y in range(330):  # dusk sky
        shade = int(40 + y * 0.12)
        draw.line([(0, y), (SIZE[0], y)], fill=(shade // 2, shade // 2, shade))
    draw.polygon([(0, 600), (800, 600), (470, 330), (330, 330)], fill=(58, 58, 62))
    draw.rectangle((0, 330, 800, 345), fill=(40, 70, 40))
    for x in (395, 405):  # centre line
        draw.line([(x, 600), (400, 335)], fill=(200, 190, 120), width=2)
    draw.rectangle((588, 120, 600, 560), fill=(120, 120, 125))  # the post
    draw.line([(594, 126), (520, 126)], fill=(120, 120, 125), width=8)
    draw.rectangle((498, 124, 540, 140), fill=(90, 90, 95))
    if lit:
        glow = Image.new("RGB", SIZE, (0, 0, 0))
        ImageDraw.Draw(glow).polygon([(500, 140), (540, 140), (640, 600), (400, 600)],
                                     fill=(120, 110, 60))
        image = Image.blend(image, glow.filter(ImageFilter.GaussianBlur(18)), 0.35)
        draw = ImageDraw.Draw(image)
        draw.ellipse((500, 132, 538, 152), fill=(255, 244, 190))
    else:
        draw.ellipse((500, 132, 538, 152), fill=(60, 60, 64))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


@lru_cache(maxsize=1)
def street_light_photos() -> tuple[bytes, bytes]:
    """(before, after) as JPEG bytes."""
    return _scene(lit=False), _scene(lit=True)
