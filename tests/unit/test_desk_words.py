"""The desk's own words (its fixed texts, the office's categories, villages and crews) are never
cut at a line end by the line breaker, at any column width they fit in."""
from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest

from fondue_desk.documents import receipt, work_order_styles
from fondue_desk.documents.line_breaking import (
    _words,
    break_lines,
    layout_lines,
    protected_phrases,
    text_width,
)
from fondue_desk.documents.vocabulary import DESK_WORDS
from fondue_desk.services.demo_data import VILLAGES
from fondue_desk.services.demo_dispatch import CREWS

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"
CATEGORIES = sorted({name.strip() for preset in PRESETS.glob("*.yaml")
                     for name in re.findall(r"name_th:\s*(.+)", preset.read_text("utf-8"))})
OFFICE_WORDS = sorted({*CATEGORIES, *(v[0] for v in VILLAGES), *(c[0] for c in CREWS)})
# Neighbours that newmm would happily join to the word's first or last syllable.
CONTEXTS = ("ขอแจ้ง{}ให้ทราบ", "ตามที่{}ได้แจ้งไว้", "{}ตามเรื่องเดิม", "เรื่อง{}")


def _styles() -> dict[str, tuple[str, float]]:
    thermal, a5, wo = receipt._styles("thermal"), receipt._styles("a5"), work_order_styles.styles()
    picked = {"thermal value": thermal["value"], "thermal note": thermal["note"],
              "a5 value": a5["value"], "work order value": wo["value"],
              "work order strong": wo["strong"]}
    return {name: (style.fontName, style.fontSize) for name, style in picked.items()}


STYLES = _styles()


def breaks_inside(text: str, word: str, spans: list[tuple[int, int]]) -> list[int]:
    """Line breaks (start of the next line, end of the last) that fall inside `word`."""
    cuts = {e for s, e in spans[:-1]} | {s for s, e in spans[1:]}
    found = []
    at = text.find(word)
    while at >= 0:
        found += [cut for cut in cuts if at < cut < at + len(word)]
        at = text.find(word, at + 1)
    return found


def check_word(word: str, keep: tuple[str, ...]) -> None:
    for style, (font, size) in STYLES.items():
        own = text_width(word, font, size)
        for context in CONTEXTS:
            text = context.format(word)
            widest = int(text_width(text, font, size)) + 2
            for width in range(int(own) + 1, widest):
                spans = layout_lines(text, font, size, width, width, keep)
                assert not breaks_inside(text, word, spans), (
                    style, width, [text[s:e] for s, e in spans])


@pytest.mark.parametrize("word", sorted(DESK_WORDS))
def test_desk_words_are_never_cut(word):
    check_word(word, ())


@pytest.mark.parametrize("word", OFFICE_WORDS)
def test_office_names_passed_by_the_document_are_never_cut(word):
    check_word(word, protected_phrases([word]))


def test_the_issue_examples_break_between_words():
    # "ติด/ตาม" on the slip's note and "ผู้/ร้อง" on a work order, at every width they fit.
    font, size = STYLES["thermal note"]
    for width in range(30, 200):
        lines = break_lines(receipt.NOTE, font, size, width)
        assert not any(a.endswith("ติด") and b.startswith("ตาม") for a, b in pairwise(lines))
    font, size = STYLES["work order value"]
    text = "ผู้ร้องขอให้ตรวจสอบ ผู้ร้องเรียนแจ้งว่าไฟดับ"
    for width in range(int(text_width("ผู้ร้องเรียน", font, size)) + 1, 200):
        lines = break_lines(text, font, size, width)
        assert not any(a.endswith("ผู้") for a in lines[:-1]), (width, lines)


def test_a_word_wider_than_the_column_still_breaks_inside():
    font, size = STYLES["thermal value"]
    lines = break_lines("องค์การบริหารส่วนตำบล", font, size, 30)
    assert len(lines) > 1 and "".join(lines) == "องค์การบริหารส่วนตำบล"
    # ...between its own words while they fit, not between letters.
    assert lines[0] in ("องค์การ", "องค์การบริหาร")


def test_custom_words_take_their_edges_only_where_a_word_can_end():
    # "ติดตาม" inside "ติดตามี" ends before a following vowel: not the desk's word there.
    assert "ติดตาม" in _words("ผู้ร้องติดตามเรื่อง", frozenset({"ติดตาม", "ผู้ร้อง"}))
    assert "".join(_words("ติดตามี", frozenset({"ติดตาม"}))) == "ติดตามี"
    assert "ติดตาม" not in _words("ติดตามี", frozenset({"ติดตาม"}))
