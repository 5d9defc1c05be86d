"""The one label layer (domain.labels): names, colours, villages, no Qt and no database."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from fondue_desk.domain import labels
from fondue_desk.domain.labels import (
    DEFAULT,
    DEFAULT_STATUSES,
    LabelBook,
    StatusOverride,
    badge_text_colour,
    category_name,
    channel_label,
    contrast,
    status_colour,
    status_label,
    village_label,
    village_short,
)
from fondue_desk.domain.statuses import Channel, Status

ROOT = Path(__file__).resolve().parents[2]


def test_every_status_and_channel_has_both_names():
    for status in Status:
        assert status_label(status, "th") and status_label(status, "en")
        assert status_label(status, "th") != status_label(status, "en")
    for channel in Channel:
        assert channel_label(channel, "th") and channel_label(channel, "en")
    assert status_label("received") == "รับเรื่องแล้ว"
    assert status_label("awaiting_signoff", "en") == "Awaiting sign-off"
    assert channel_label("counter") == "ยื่นที่เคาน์เตอร์"
    assert channel_label("phone", "en") == "Telephone"


def test_an_unknown_code_shows_as_itself_in_grey():
    assert status_label("archived") == "archived"
    assert status_colour("archived") == labels.UNKNOWN_COLOUR
    assert channel_label("fax", "en") == "fax"


def test_the_default_colours_carry_white_text_at_aa_contrast():
    for status in DEFAULT_STATUSES.values():
        assert contrast(status.colour, "#ffffff") >= 4.5, status
        assert badge_text_colour(status.colour) == "#ffffff"
    assert len({s.colour for s in DEFAULT_STATUSES.values()}) == len(DEFAULT_STATUSES)


def test_a_light_colour_gets_dark_text():
    assert badge_text_colour("#fdd835") == "#1b1f24"
    assert badge_text_colour("not a colour") == "#ffffff"


def test_overrides_replace_only_what_they_name():
    book = LabelBook((StatusOverride("in_progress", name_th="กำลังซ่อม", colour="#123456"),
                      StatusOverride("closed", name_en="Done")))
    assert status_label("in_progress", "th", book) == "กำลังซ่อม"
    assert status_label("in_progress", "en", book) == "In progress"
    assert status_colour("in_progress", book) == "#123456"
    assert status_label("closed", "en", book) == "Done"
    assert status_label("closed", "th", book) == "เสร็จสิ้น"
    assert status_colour("closed", book) == DEFAULT_STATUSES["closed"].colour
    assert book.renamed("in_progress", "th") == "กำลังซ่อม"
    assert book.renamed("in_progress", "en") == ""
    assert book.renamed("received", "th") == ""
    assert [s.code for s in book.statuses()] == [s.value for s in Status]
    # the default book is untouched
    assert status_label("in_progress", "th", DEFAULT) == "กำลังดำเนินการ"


def test_an_override_of_an_unknown_status_is_ignored():
    book = LabelBook((StatusOverride("archived", name_th="เก็บแล้ว"),))
    assert status_label("archived", "th", book) == "archived"
    assert book.statuses() == DEFAULT.statuses()


@pytest.mark.parametrize(("th", "en", "lang", "expected"), [
    ("ถนนชำรุด", "Damaged road", "th", "ถนนชำรุด"),
    ("ถนนชำรุด", "Damaged road", "en", "Damaged road"),
    ("ถนนชำรุด", "", "en", "ถนนชำรุด"),
    ("ถนนชำรุด", "   ", "en", "ถนนชำรุด"),
])
def test_category_names_fall_back_to_thai(th, en, lang, expected):
    assert category_name(th, en, lang) == expected


def test_village_labels():
    assert village_label(3, "บ้านใหม่") == "หมู่ที่ 3 บ้านใหม่"
    assert village_label(3, "บ้านใหม่", "en") == "Moo 3 บ้านใหม่"
    assert village_label(3, "") == "หมู่ที่ 3"
    assert village_label(None, "บ้านใหม่") == ""
    assert village_short(3) == "ม.3"
    assert village_short(3, "en") == "M.3"
    assert village_short(None) == ""


# ------------------------------------------------------------ nothing outside the layer
_SOURCES = [p for folder in ("fondue_desk", "ui") for p in (ROOT / folder).rglob("*.py")]
_LAYER = ROOT / "fondue_desk" / "domain" / "labels.py"
# "หมู่ที่ {n} {name}" built by hand, or an f-string starting with "หมู่ที่ {": a village label.
_VILLAGE_BUILDER = re.compile(r'หมู่ที่ \{[^}]*\} ?\{|f"หมู่ที่ \{')
# A status keyed to a colour: `Status.CLOSED: "#2e7d32"` or `"closed": "#43a047"`.
_STATUS_KEYS = "|".join([rf"Status\.{s.name}(\.value)?" for s in Status]
                        + [rf"[\"']{s.value}[\"']" for s in Status])
_STATUS_COLOUR = re.compile(rf"({_STATUS_KEYS})\s*:\s*[\"']#[0-9a-fA-F]{{3,8}}[\"']")
_STATUS_TABLE = re.compile(r"\s*STATUS_(LABELS|COLOURS|COLORS|NAMES)\w*\s*(:[^=]*)?=\s*\{")


def test_village_labels_are_built_only_in_the_label_layer():
    found = [f"{p.relative_to(ROOT)}:{n}" for p in _SOURCES if p != _LAYER
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if _VILLAGE_BUILDER.search(line)]
    assert found == []


def test_status_colours_and_names_are_defined_only_in_the_label_layer():
    """The desk's palette shares hues with the statuses (PRIMARY is the received blue), so
    the guard looks for what defines a status's look: a status keyed to a colour, or a
    table of status names or colours."""
    found = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}" for p in _SOURCES if p != _LAYER
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if _STATUS_COLOUR.search(line) or _STATUS_TABLE.match(line)]
    assert found == []


def test_the_guards_would_see_a_stray_definition():
    assert _VILLAGE_BUILDER.search('label = f"หมู่ที่ {v.number} {v.name}"')
    assert _VILLAGE_BUILDER.search('return f"หมู่ที่ {number}"')
    assert not _VILLAGE_BUILDER.search('"ถนนสายหลักหมู่ที่ {moo} ใกล้{t}"')
    assert _STATUS_COLOUR.search('    Status.RECEIVED.value: "#1e88e5",')
    assert _STATUS_COLOUR.search('{"closed": "#43a047"}')
    assert _STATUS_TABLE.match("STATUS_LABELS_TH = {")
    assert not _STATUS_TABLE.match("STATUS_LABELS = status_names(\"th\", DEFAULT)")
