"""Villages pasted from a spreadsheet: the office's list of หมู่ usually already lives in Excel.

Excel copies a block of cells as lines of tab-separated cells. The block may or may not have a
number column, may start with a header row, and the number may be written "3", "๓",
"หมู่ที่ 3" or "ม.3"; a one-column block may even hold "หมู่ที่ 3 บ้านโนนสว่าง" in one cell.
A position may follow the name as two cells (lat, lon) or one ("15.86, 103.88" or a map link);
a cell between the name and the position that is no position is the English name ("Ban Mai").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text import ascii_digits

# Words a header row is made of, as offices label those columns.
_HEADER_WORDS = frozenset({
    "หมู่ที่", "หมู่", "ม.", "ลำดับ", "ลำดับที่", "ที่", "เลขที่", "ชื่อ", "ชื่อหมู่บ้าน", "หมู่บ้าน",
    "บ้าน", "ชื่อบ้าน", "พิกัด", "ละติจูด", "ลองจิจูด", "ศูนย์กลาง", "no", "no.", "number", "moo",
    "name", "village", "lat", "lon", "latitude", "longitude", "position", "centre", "center",
    "english", "english name", "name (english)", "name_en", "ชื่อภาษาอังกฤษ",
})
_NUMBER_CELL = re.compile(r"(?:หมู่(?:ที่)?|ม\.|moo)?\s*(\d{1,3})\.?", re.IGNORECASE)
_NUMBER_AND_NAME = re.compile(r"(?:หมู่(?:ที่)?|ม\.|moo)\s*(\d{1,3})\s+(\S.*)", re.IGNORECASE)
_DECIMAL = re.compile(r"[-+]?\d{1,3}\.\d+")


@dataclass(frozen=True)
class PastedVillage:
    number: int | None   # None: the block had no number column; the caller numbers on
    name: str
    centre: str = ""     # as pasted: "lat, lon" or a link, read later by geo.parse_coordinates
    name_en: str = ""    # "" = none given


def parse_village_rows(text: str) -> list[PastedVillage]:
    """The villages in a pasted block, in order; blank lines and a header row are skipped."""
    rows = [_cells(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    rows = [cells for cells in rows if any(cells)]
    if rows and _is_header(rows[0]):
        rows = rows[1:]
    return [village for cells in rows if (village := _village(cells)) is not None]


def number_rows(rows: list[PastedVillage], next_number: int) -> list[PastedVillage]:
    """Rows without a number get the next free one, counting on from `next_number`."""
    out = []
    for row in rows:
        if row.number is None:
            row = PastedVillage(next_number, row.name, row.centre, row.name_en)
        out.append(row)
        next_number = max(next_number, row.number + 1)
    return out


def _cells(line: str) -> list[str]:
    return [cell.strip().strip('"').strip() for cell in line.split("\t")]


def _is_header(cells: list[str]) -> bool:
    words = [cell.casefold() for cell in cells if cell]
    return bool(words) and all(word in _HEADER_WORDS for word in words)


def _village(cells: list[str]) -> PastedVillage | None:
    cells = list(cells)
    while cells and not cells[-1]:
        cells.pop()
    if not cells:
        return None
    first = ascii_digits(cells[0])
    number = _NUMBER_CELL.fullmatch(first)
    if number:  # a number alone names no village
        return _named(int(number.group(1)), cells[1:]) if len(cells) > 1 else None
    together = _NUMBER_AND_NAME.fullmatch(first)
    if together:
        return _named(int(together.group(1)), [together.group(2), *cells[1:]])
    return _named(None, cells)


def _named(number: int | None, cells: list[str]) -> PastedVillage | None:
    name, rest = cells[0], [cell for cell in cells[1:] if cell]
    if not name:
        return None
    name_en = rest.pop(0) if rest and not _position_like(rest[0]) else ""
    if len(rest) >= 2 and all(_DECIMAL.fullmatch(ascii_digits(c)) for c in rest[:2]):
        centre = f"{rest[0]}, {rest[1]}"
    else:
        centre = rest[0] if rest else ""
    return PastedVillage(number, name, centre, name_en)


def _position_like(cell: str) -> bool:
    """A coordinate, a pair of them or a map link: never a village's name."""
    cell = ascii_digits(cell)
    return bool(_DECIMAL.search(cell)) or "://" in cell or cell.casefold().startswith("geo:")
