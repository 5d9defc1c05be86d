"""Ready-made starting points for a new office: its kind, Traffy-Fondue-like categories with
SLAs and the questions each asks, and the numbering formats. They are ordinary configuration
files in resources/presets/, so an office can start from a colleague's exported file the same
way."""
from __future__ import annotations

from dataclasses import dataclass

from fondue_desk.bundled import resource_dir
from fondue_desk.domain.errors import NotFound
from fondue_desk.domain.office_config import OfficeConfig

from .parse import parse_config

PRESET_DIR = resource_dir("presets")

# key → (Thai title, English title); a preset file without an entry is listed by its kind.
_TITLES = {
    "tessaban-tambon": ("เทศบาลตำบล", "Sub-district municipality (Thesaban Tambon)"),
    "obt": ("องค์การบริหารส่วนตำบล (อบต.)", "Sub-district administrative organisation (SAO)"),
    "city-tourists": ("เทศบาลเมืองที่มีนักท่องเที่ยว", "Town with tourists"),
}


@dataclass(frozen=True)
class Preset:
    key: str            # "obt": the file name without .yaml
    title_th: str
    title_en: str
    kind: str           # one of domain.office_config.OFFICE_KINDS


def list_presets() -> list[Preset]:
    presets = []
    for path in sorted(PRESET_DIR.glob("*.yaml")):
        kind = load_preset(path.stem).office.kind
        title_th, title_en = _TITLES.get(path.stem, (kind, kind))
        presets.append(Preset(path.stem, title_th, title_en, kind))
    order = list(_TITLES)
    return sorted(presets, key=lambda p: (order.index(p.key) if p.key in order else len(order),
                                          p.key))


def load_preset(key: str) -> OfficeConfig:
    """The preset's configuration: the office is only its kind; the rest is filled in later.
    NotFound("preset.not_found") for an unknown key."""
    path = PRESET_DIR / f"{key}.yaml"
    if "/" in key or "\\" in key or not path.is_file():
        raise NotFound("preset.not_found", key=key)
    return parse_config(path.read_text(encoding="utf-8"))
