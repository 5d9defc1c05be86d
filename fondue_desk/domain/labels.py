"""The one label layer: how statuses, channels, categories and villages are named and coloured.

The states and their transitions are the core's (domain.workflow); their names and badge
colours are the office's. A `LabelBook` holds the core's defaults with the office's own
renamings applied; every page, the map, the documents and the exports ask it, so a renamed
status reads the same everywhere. Plain data: a document or an export gets the book passed in.

Villages and the office have an English name the office may give (`name_en`, Settings and the
configuration file); English readers see it, and the Thai name where none was given. A village
reads "Moo 3 Ban Mai" in English: "Moo" is how Thai addresses are written in English.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .errors import FieldError
from .statuses import Channel, Status

LANGUAGES = ("th", "en")
NAME_LIMIT = 40  # a badge, a map legend line and a register cell must hold it
_COLOUR = re.compile(r"#[0-9a-f]{6}")
UNKNOWN_COLOUR = "#5f6b7a"  # a code the book does not know (a newer desk's status)


@dataclass(frozen=True)
class StatusLabel:
    code: str
    name_th: str
    name_en: str
    colour: str  # "#rrggbb", white text readable on it (see badge_text_colour)

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_th


# Open work in blues, violet and amber, finished work in green and greys. Every one carries
# white text at 4.5:1 or better (WCAG AA): in-progress was #c77700 (3.5:1), now darker.
DEFAULT_STATUSES: dict[str, StatusLabel] = {s.code: s for s in (
    StatusLabel(Status.RECEIVED, "รับเรื่องแล้ว", "Received", "#1d5fa8"),
    StatusLabel(Status.ASSIGNED, "มอบหมายแล้ว", "Assigned", "#6a3fb5"),
    StatusLabel(Status.IN_PROGRESS, "กำลังดำเนินการ", "In progress", "#a65f00"),
    StatusLabel(Status.AWAITING_SIGNOFF, "รอนายกฯ ลงนาม", "Awaiting sign-off", "#00838f"),
    StatusLabel(Status.CLOSED, "เสร็จสิ้น", "Closed", "#2e7d32"),
    StatusLabel(Status.FORWARDED, "ส่งต่อหน่วยงานอื่น", "Forwarded", "#5f6b7a"),
    StatusLabel(Status.REJECTED, "ไม่เกี่ยวข้อง", "Rejected", "#8d4b4b"),
)}

CHANNEL_NAMES: dict[str, tuple[str, str]] = {  # code -> (Thai, English)
    Channel.COUNTER: ("ยื่นที่เคาน์เตอร์", "At the counter"),
    Channel.PHONE: ("โทรศัพท์", "Telephone"),
    Channel.LETTER: ("หนังสือ", "Letter"),
    Channel.TRAFFY: ("Traffy Fondue", "Traffy Fondue"),
    Channel.OTHER: ("อื่น ๆ", "Other"),
}


@dataclass(frozen=True)
class StatusOverride:
    """The office's own words for one status; "" keeps the core's default."""

    code: str
    name_th: str = ""
    name_en: str = ""
    colour: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name_th or self.name_en or self.colour)


@dataclass(frozen=True)
class LabelBook:
    overrides: tuple[StatusOverride, ...] = ()
    _merged: dict[str, StatusLabel] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        merged = dict(DEFAULT_STATUSES)
        for o in self.overrides:
            base = merged.get(o.code)
            if base is not None:
                merged[o.code] = StatusLabel(o.code, o.name_th or base.name_th,
                                             o.name_en or base.name_en, o.colour or base.colour)
        object.__setattr__(self, "_merged", merged)

    def status(self, code: str) -> StatusLabel:
        """An unknown code shows as itself, in the neutral grey."""
        return self._merged.get(code) or StatusLabel(code, code, code, UNKNOWN_COLOUR)

    def statuses(self) -> tuple[StatusLabel, ...]:
        """Every status in the core's order (the workflow's, not alphabetical)."""
        return tuple(self._merged[s.value] for s in Status)

    def renamed(self, code: str, lang: str) -> str:
        """The office's own name for `code` in `lang`, "" when it keeps the default."""
        for o in self.overrides:
            if o.code == code:
                return o.name_en if lang == "en" else o.name_th
        return ""

    def override(self, code: str) -> StatusOverride:
        return next((o for o in self.overrides if o.code == code), StatusOverride(code))


DEFAULT = LabelBook()


def status_label(code: str, lang: str = "th", book: LabelBook = DEFAULT) -> str:
    return book.status(str(code)).name(lang)


def status_colour(code: str, book: LabelBook = DEFAULT) -> str:
    return book.status(str(code)).colour


def status_names(lang: str = "th", book: LabelBook = DEFAULT) -> dict[str, str]:
    """code -> name for every status, in workflow order (map legend, export look-ups)."""
    return {s.code: s.name(lang) for s in book.statuses()}


def status_colours(book: LabelBook = DEFAULT) -> dict[str, str]:
    return {s.code: s.colour for s in book.statuses()}


def channel_label(code: str, lang: str = "th") -> str:
    names = CHANNEL_NAMES.get(str(code))
    if names is None:
        return str(code)
    return names[1] if lang == "en" else names[0]


def category_name(name_th: str, name_en: str, lang: str = "th") -> str:
    """English falls back to Thai: an office may leave a category's English name empty."""
    return in_language(name_th, name_en, lang)


def in_language(name_th: str, name_en: str, lang: str = "th") -> str:
    """A name in `lang`; English falls back to Thai where the office gave no English name."""
    if lang == "en" and name_en.strip():
        return name_en.strip()
    return name_th


def village_name(name: str, name_en: str = "", lang: str = "th") -> str:
    """A village's own name ("บ้านใหม่" / "Ban Mai") without its number."""
    return in_language(name.strip(), name_en, lang)


def village_label(number: int | None, name: str, lang: str = "th", name_en: str = "") -> str:
    """"หมู่ที่ 3 บ้านใหม่" / "Moo 3 Ban Mai" ("Moo 3 บ้านใหม่" without an English name);
    "" for no village."""
    if number is None:
        return ""
    word = "Moo" if lang == "en" else "หมู่ที่"
    return f"{word} {number} {village_name(name, name_en, lang)}".strip()


def office_name(name: str, name_en: str = "", lang: str = "th") -> str:
    """The office as a reader of `lang` knows it (English documents print both names)."""
    return in_language(name, name_en, lang)


def village_short(number: int | None, lang: str = "th") -> str:
    """"ม.3" (the map's outline labels); "M.3" in English."""
    if number is None:
        return ""
    return f"{'M.' if lang == 'en' else 'ม.'}{number}"


# ---------------------------------------------------------------- colours and checks
def is_colour(text: str) -> bool:
    return bool(_COLOUR.fullmatch(text))


def _luminance(colour: str) -> float:
    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i:i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(colour_a: str, colour_b: str) -> float:
    """WCAG contrast ratio of two "#rrggbb" colours (1 to 21)."""
    high, low = sorted((_luminance(colour_a), _luminance(colour_b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def badge_text_colour(colour: str) -> str:
    """White on a dark badge, near-black on a light one the office may choose."""
    if not is_colour(colour):
        return "#ffffff"
    return "#ffffff" if contrast(colour, "#ffffff") >= contrast(colour, "#1b1f24") else "#1b1f24"


# ---------------------------------------------------------------- the office's words checked
def check_status_labels(wanted: Sequence[StatusOverride]) -> list[FieldError]:
    """Every problem in the names and colours a page is about to save (nothing written).

    Each item is a status's full wanted words; fields are named "<code>.name_th",
    "<code>.name_en" and "<code>.colour". Names must differ per language across the whole
    book, statuses not given keeping theirs, or a register filter could not tell two apart.
    """
    errors: list[FieldError] = []
    given = {}
    for item in wanted:
        if item.code not in DEFAULT_STATUSES:
            errors.append(FieldError("status", "labels.unknown_status", {"code": item.code}))
            continue
        given[item.code] = item
        for lang in ("th", "en"):
            name = (item.name_th if lang == "th" else item.name_en).strip()
            field = f"{item.code}.name_{lang}"
            if not name:
                errors.append(FieldError(field, "labels.name_required"))
            elif len(name) > NAME_LIMIT:
                errors.append(FieldError(field, "labels.name_too_long",
                                         {"limit": NAME_LIMIT, "length": len(name)}))
        if not is_colour(item.colour.strip().lower()):
            errors.append(FieldError(f"{item.code}.colour", "labels.colour_invalid"))
    for lang in ("th", "en"):
        holders: dict[str, list[str]] = {}
        names: dict[str, str] = {}
        for code, default in DEFAULT_STATUSES.items():
            item = given.get(code)
            names[code] = ((item.name_th if lang == "th" else item.name_en) if item
                           else default.name(lang)).strip()
            key = " ".join(names[code].split()).casefold()
            if key:
                holders.setdefault(key, []).append(code)
        for codes in holders.values():
            # Every holder is marked: the admin may have meant to change either one.
            errors += [FieldError(f"{code}.name_{lang}", "labels.name_taken",
                                  {"name": names[code]}) for code in codes if len(codes) > 1]
    return errors


def full_words(item: StatusOverride) -> StatusOverride:
    """An override with the default filled in wherever it keeps the default."""
    default = DEFAULT_STATUSES[item.code]
    return StatusOverride(item.code, item.name_th or default.name_th,
                          item.name_en or default.name_en, item.colour or default.colour)


def only_changes(item: StatusOverride) -> StatusOverride:
    """An override with whatever equals the default left out (stored and written like that)."""
    default = DEFAULT_STATUSES[item.code]
    return StatusOverride(item.code, "" if item.name_th == default.name_th else item.name_th,
                          "" if item.name_en == default.name_en else item.name_en,
                          "" if item.colour == default.colour else item.colour)
