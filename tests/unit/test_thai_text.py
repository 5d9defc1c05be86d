from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pythainlp.tokenize import word_tokenize
from reportlab.pdfbase.pdfmetrics import stringWidth

from fondue_desk.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from fondue_desk.documents.line_breaking import break_lines
from fondue_desk.documents.paragraphs import ThaiParagraph, shaped_paragraph_style
from fondue_desk.documents.thai_text import (
    THAI_MONTHS,
    THAI_MONTHS_SHORT,
    thai_date,
    thai_datetime,
    to_thai_digits,
)

register_fonts()
FONT, SIZE = FONT_REGULAR, 12
# Thai above/below vowels and tone marks: they must stay on the consonant before them.
MARKS = "\u0e31" + "".join(chr(c) for c in [*range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)])
UTC = timezone.utc
BANGKOK = timezone(timedelta(hours=7))


def width_of(text: str) -> float:
    return stringWidth(text, FONT, SIZE)


def clusters(text: str) -> list[str]:
    return re.findall(f"[^{MARKS}][{MARKS}]*|[{MARKS}]+", text)


def assert_preserved(text: str, lines: list[str]) -> None:
    """The lines are the text in order; only whitespace at the breaks may have gone."""
    text = text.replace("\r\n", "\n")
    pos = 0
    for line in lines:
        while line and pos < len(text) and not text.startswith(line, pos) and text[pos].isspace():
            pos += 1
        assert text.startswith(line, pos), (line, text[pos:])
        pos += len(line)
    assert text[pos:].strip() == ""
    assert len(lines) >= text.count("\n") + 1


# --- dates and digits ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (date(2026, 11, 25), {}, "25 พฤศจิกายน 2569"),
        (date(2026, 11, 25), {"short": True}, "25 พ.ย. 2569"),
        (date(2027, 1, 1), {"thai_digits": True}, "๑ มกราคม ๒๕๗๐"),
        (date(2027, 5, 9), {"short": True, "thai_digits": True}, "๙ พ.ค. ๒๕๗๐"),
        # 17:30 UTC on New Year's Eve is already 00:30 on 1 January in Thailand.
        (datetime(2026, 12, 31, 17, 30, tzinfo=UTC), {}, "1 มกราคม 2570"),
        (datetime(2026, 12, 31, 16, 59, tzinfo=UTC), {}, "31 ธันวาคม 2569"),
        (datetime(2026, 12, 31, 17, 30), {}, "1 มกราคม 2570"),  # naive = UTC
        (datetime(2027, 1, 1, 0, 30, tzinfo=BANGKOK), {}, "1 มกราคม 2570"),
        (date(2028, 2, 29), {"short": True}, "29 ก.พ. 2571"),
    ],
)
def test_thai_date(value, kwargs, expected):
    assert thai_date(value, **kwargs) == expected


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (datetime(2026, 11, 25, 2, 41, tzinfo=UTC), {}, "25 พฤศจิกายน 2569 เวลา 09:41 น."),
        (datetime(2026, 11, 25, 9, 41, tzinfo=BANGKOK), {}, "25 พฤศจิกายน 2569 เวลา 09:41 น."),
        (datetime(2026, 12, 31, 18, 5), {}, "1 มกราคม 2570 เวลา 01:05 น."),
        (
            datetime(2026, 11, 25, 2, 41, tzinfo=UTC),
            {"thai_digits": True},
            "๒๕ พฤศจิกายน ๒๕๖๙ เวลา ๐๙:๔๑ น.",
        ),
    ],
)
def test_thai_datetime(value, kwargs, expected):
    assert thai_datetime(value, **kwargs) == expected


def test_month_tables():
    assert len(THAI_MONTHS) == len(THAI_MONTHS_SHORT) == 12
    assert THAI_MONTHS[0] == "มกราคม" and THAI_MONTHS[11] == "ธันวาคม"
    assert THAI_MONTHS_SHORT[4] == "พ.ค." and THAI_MONTHS_SHORT[10] == "พ.ย."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0123456789", "๐๑๒๓๔๕๖๗๘๙"),
        ("โทร. 053-123-456", "โทร. ๐๕๓-๑๒๓-๔๕๖"),
        ("หมู่ที่ 4", "หมู่ที่ ๔"),
        ("", ""),
        ("ไม่มีเลข", "ไม่มีเลข"),
    ],
)
def test_to_thai_digits(text, expected):
    assert to_thai_digits(text) == expected


# --- line breaking ---------------------------------------------------------------------------

STREET_LIGHT = "ไฟฟ้าส่องสว่างหน้าวัดชำรุด"


@pytest.mark.parametrize("extra", [0.5, 8, 20, 35, 60])
def test_thai_breaks_only_between_newmm_words(extra):
    words = word_tokenize(STREET_LIGHT, engine="newmm")
    width = max(map(width_of, words)) + extra  # every word fits a line, so none may be cut
    boundaries = {sum(len(w) for w in words[:i]) for i in range(len(words) + 1)}
    lines = break_lines(STREET_LIGHT, FONT, SIZE, width)
    assert len(lines) > 1
    assert "".join(lines) == STREET_LIGHT
    pos = 0
    for line in lines:
        assert pos in boundaries and pos + len(line) in boundaries, (lines, words)
        assert width_of(line) <= width
        pos += len(line)


def test_greedy_fills_the_line():
    width = width_of("ไฟฟ้าส่องสว่าง") + 0.5
    assert break_lines(STREET_LIGHT, FONT, SIZE, width) == ["ไฟฟ้าส่องสว่าง", "หน้าวัดชำรุด"]


def test_first_line_width_and_label_room():
    lines = break_lines(STREET_LIGHT, FONT, SIZE, 200, first_line_width=width_of("ไฟฟ้า") + 1)
    assert lines == ["ไฟฟ้า", "ส่องสว่างหน้าวัดชำรุด"]
    # A first line too short for any word is left empty rather than cutting a word that fits.
    assert break_lines(STREET_LIGHT, FONT, SIZE, 200, first_line_width=3)[0] == ""


def test_spaces_at_breaks_are_dropped():
    text = "ถนนชำรุด   น้ำท่วมขัง ไฟดับ"
    lines = break_lines(text, FONT, SIZE, width_of("ถนนชำรุด") + 2)
    assert lines[0] == "ถนนชำรุด"
    assert all(line == line.strip() for line in lines)
    assert_preserved(text, lines)


def test_explicit_newlines_are_kept():
    text = "บรรทัดแรก\n\nบรรทัดที่สาม\r\nสี่\n"
    assert break_lines(text, FONT, SIZE, 500) == ["บรรทัดแรก", "", "บรรทัดที่สาม", "สี่", ""]


def test_overlong_url_is_cut_between_clusters():
    url = "https://www.maehia.go.th/complaints/2570-000123?ref=counter&lang=th"
    lines = break_lines(f"ดูที่ {url} ครับ", FONT, SIZE, 80)
    assert "ดูที่" == lines[0]
    assert "".join(lines[1:-1]) + lines[-1].removesuffix(" ครับ") in (url, url + "ครับ")
    assert all(width_of(line) <= 80 for line in lines)
    accented = "re\u0301sume\u0301" * 6  # one Latin token with combining accents
    for line in break_lines(accented, FONT, SIZE, 30):
        assert width_of(line) <= 30
        assert not re.match("[\u0300-\u036f]", line)


def test_word_wider_than_line_keeps_marks_on_their_base():
    lines = break_lines("น้ำท่วมผู้ที่ปั้น", FONT, SIZE, 9)
    assert "".join(lines) == "น้ำท่วมผู้ที่ปั้น"
    assert "น้" in lines and "ผู้" in lines and "ปั้" in lines
    assert not any(line and line[0] in MARKS for line in lines)


def test_repetition_mark_and_brackets_stick_to_their_word():
    text = "มีปัญหาต่างๆ (ด่วน) มากมาย"
    widest = max(map(width_of, ("ปัญหา", "ต่างๆ", "(ด่วน)", "มากมาย")))
    for width in range(int(widest) + 1, 160, 3):
        lines = break_lines(text, FONT, SIZE, width)
        assert not any(line.startswith(("ๆ", ")")) or line.endswith("(") for line in lines)
        assert_preserved(text, lines)


BASES = "กขคงจชซดตทนบปผพฟมยรลวสหอฮ"
CLUSTER = st.one_of(
    st.tuples(st.sampled_from(BASES), st.sampled_from(["", *MARKS, "\u0e38\u0e48", "\u0e35\u0e49"]))
    .map("".join),
    st.sampled_from(list("เแโใไะาำ") + list("abcxyzABC0123456789.-/:") + ["ๆ", "(", ")"]),
)
TEXT = st.lists(st.one_of(CLUSTER, CLUSTER, CLUSTER, st.just(" "), st.just("\n")), max_size=80)


@settings(max_examples=300, deadline=None)
@given(parts=TEXT, width=st.floats(4, 250), first=st.none() | st.floats(0, 250))
def test_break_lines_properties(parts, width, first):
    text = "".join(parts)
    lines = break_lines(text, FONT, SIZE, width, first_line_width=first)
    assert_preserved(text, lines)
    for i, line in enumerate(lines):
        limit = first if (i == 0 and first is not None) else width
        assert width_of(line) <= limit + 1e-6 or len(clusters(line)) == 1, (line, limit)
        assert not (line and line[0] in MARKS), lines


# --- names kept together --------------------------------------------------------------------

VILLAGE = "ป่าจี้"  # not in the newmm dictionary: ป่า|จี้
VILLAGE_TEXT = "ชาวบ้านแจ้งว่าไฟฟ้าส่องสว่างหน้าวัดป่าจี้ชำรุดมาแล้วสองสัปดาห์ ขอให้ซ่อมโดยด่วน"


def break_offsets(text: str, lines: list[str]) -> list[int]:
    """Offsets in `text` where each line but the last ends (`text` without newlines)."""
    assert_preserved(text, lines)
    offsets, pos = [], 0
    for line in lines[:-1]:
        pos = text.index(line, pos) + len(line)
        offsets.append(pos)
    return offsets


def splits(text: str, lines: list[str], phrase: str) -> bool:
    """Whether a line break falls strictly inside an occurrence of `phrase`."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), text)]
    assert spans, phrase
    return any(s < b < e for b in break_offsets(text, lines) for s, e in spans)


def widths_splitting(text: str, phrase: str) -> list[float]:
    """Line widths at which the first line would end inside `phrase` (after each inner word)."""
    at = text.index(phrase)
    words = word_tokenize(text, engine="newmm")
    inner, pos = [], 0
    for word in words:
        pos += len(word)
        if at < pos < at + len(phrase):
            inner.append(pos)
    assert inner, (words, phrase)  # the phrase really is several newmm words
    return [width_of(text[:pos]) + 0.5 for pos in inner]


@pytest.mark.parametrize("prefix", ["", "ตรวจสอบ", "ด่วน ", "ถนนในหมู่บ้าน"])
def test_keep_together_never_splits_a_protected_name(prefix):
    text = prefix + VILLAGE_TEXT
    for width in widths_splitting(text, VILLAGE):
        plain = break_lines(text, FONT, SIZE, width)
        assert splits(text, plain, VILLAGE), plain  # the newmm-only layout does cut it
        kept = break_lines(text, FONT, SIZE, width, keep_together=[VILLAGE])
        assert not splits(text, kept, VILLAGE), kept
        assert any(VILLAGE in line for line in kept)
        assert all(width_of(line) <= width for line in kept)
        # The cache is keyed on the protected set: the plain layout is unchanged afterwards.
        assert break_lines(text, FONT, SIZE, width) == plain


def test_keep_together_protects_every_occurrence_and_first_line():
    text = f"บ้าน{VILLAGE}อยู่ติดกับวัด{VILLAGE} ชาวบ้าน{VILLAGE}ร้องเรียน"
    for width in range(int(width_of("บ้าน" + VILLAGE)) + 1, int(width_of(text)) + 2, 2):
        for first in (None, width / 2):
            lines = break_lines(
                text, FONT, SIZE, width, first_line_width=first, keep_together=(VILLAGE,)
            )
            assert not splits(text, lines, VILLAGE), (width, first, lines)
            assert all(width_of(line) <= width for line in lines)


def test_keep_together_with_spaces_and_nested_names():
    name = "นางสาวมาลี ใจดี"
    text = f"ผู้ร้องเรียนคือ{name} อยู่บ้าน{VILLAGE}"
    keep = [name, *name.split(), f"บ้าน{VILLAGE}", VILLAGE]
    for width in range(int(width_of(name)) + 1, int(width_of(text)) + 2):
        lines = break_lines(text, FONT, SIZE, width, keep_together=keep)
        assert not splits(text, lines, name) and not splits(text, lines, VILLAGE), lines
    # Too wide as a whole: the name breaks at its space, its parts still whole.
    width = max(width_of("นางสาวมาลี"), width_of("ใจดี")) + 1
    assert width < width_of(name)
    assert break_lines(name, FONT, SIZE, width, keep_together=keep) == ["นางสาวมาลี", "ใจดี"]


@pytest.mark.parametrize("size_factor", [0.3, 0.6, 0.9])
def test_overlong_protected_phrase_still_wraps_within_the_width(size_factor):
    hall = "ศาลาอเนกประสงค์ประจำหมู่บ้านป่าจี้ใหม่พัฒนา"
    text = f"ซ่อม{hall}ด่วน"
    width = width_of(hall) * size_factor
    words = word_tokenize(hall, engine="newmm")
    lines = break_lines(text, FONT, SIZE, width, keep_together=[hall])
    assert len(lines) > 1 and assert_preserved(text, lines) is None
    assert all(width_of(line) <= width for line in lines), lines
    if max(map(width_of, words)) <= width:  # falls back to word breaks, never cuts a word
        plain = break_lines(text, FONT, SIZE, width)
        assert lines == plain


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("ผู้แจ้งคือนายสมชาย ใจดี ซึ่งเป็นผู้ใหญ่บ้าน", "นายสม"),
        ("แจ้งโดยนางสมศรี มีสุข", "นางสม"),
        ("แจ้งโดยนางสาวสมศรี มีสุข", "นางสาวสม"),
        ("ผู้ปกครองของด.ช.สมชาย ใจดี", "ด.ช.สม"),
        ("ผู้ปกครองของด.ญ.มาลี ใจดี", "ด.ญ.มาลี"),
        ("ติดต่อเจ้าหน้าที่ได้ที่โทร. 053-123-456 ในเวลาราชการ", "โทร. 053-123-456"),
        ("สำนักงานตั้งอยู่ที่ต.แม่เหียะ อ.เมือง จ.เชียงใหม่", "ต.แม่"),
        ("สำนักงานตั้งอยู่ที่ต.แม่เหียะ อ.เมือง จ.เชียงใหม่", "อ.เมือง"),
        ("สำนักงานตั้งอยู่ที่ต.แม่เหียะ อ.เมือง จ.เชียงใหม่", "จ.เชียงใหม่"),
        ("ไฟฟ้าดับทั้งหมู่บ้าน ม.4 บ้านป่าจี้", "ม.4"),
    ],
)
def test_titles_and_abbreviations_stay_with_the_next_word(text, glued):
    at = text.index(glued)
    words = word_tokenize(text, engine="newmm", keep_whitespace=True)
    bounds = {sum(map(len, words[:i])) for i in range(len(words) + 1)}
    assert any(at < b < at + len(glued) for b in bounds)  # newmm alone would allow a break
    for width in range(int(width_of(glued)) + 1, int(width_of(text)) + 2):
        lines = break_lines(text, FONT, SIZE, width)
        assert not splits(text, lines, glued), (width, lines)


@pytest.mark.parametrize("lead", ["แจ้งโดย", "ผู้ร้องเรียนชื่อ", "ติดต่อ "])
def test_name_with_title_never_breaks_after_the_title(lead):
    name = "นายสมชาย ใจดี"
    text = lead + name
    widths = [width_of(lead + "นาย") + 0.5, *range(int(width_of("นายสม")) + 1, 160)]
    for width in widths:
        lines = break_lines(text, FONT, SIZE, width)
        assert not any(line.endswith("นาย") for line in lines), (width, lines)
        assert not any(line.startswith("สม") for line in lines), (width, lines)
    # Passed as a whole, the name does not break at all while it fits a line.
    width = max(width_of(lead + "นายสม"), width_of(name)) + 0.5
    assert width < width_of(text)
    assert break_lines(text, FONT, SIZE, width, keep_together=[name]) == [lead.strip(), name]


def test_title_inside_a_longer_word_is_not_a_title():
    # นายก (mayor), นางฟ้า: the break after them is unaffected.
    text = "นายกเทศมนตรีมาตรวจ"
    width = width_of("นายกเทศมนตรี") + 0.5
    assert break_lines(text, FONT, SIZE, width)[0] == "นายกเทศมนตรี"


def test_keep_together_rejects_a_bare_string():
    with pytest.raises(TypeError):
        break_lines("ป่าจี้", FONT, SIZE, 100, keep_together="ป่าจี้")


PHRASE_TEXT = st.lists(st.sampled_from(
    ["ป่า", "จี้", "นาย", "สม", "ชาย", "ใจดี", "ต.", "โทร.", " ", "\n", "บ้าน", "abc", "ๆ", "("]
), max_size=40)


@settings(max_examples=200, deadline=None)
@given(parts=PHRASE_TEXT, width=st.floats(4, 250), first=st.none() | st.floats(0, 250),
       picks=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=4))
def test_keep_together_properties(parts, width, first, picks):
    text = "".join(parts)
    keep = [text[i:i + n] for i, n in picks]
    lines = break_lines(text, FONT, SIZE, width, first_line_width=first, keep_together=keep)
    assert_preserved(text, lines)
    for i, line in enumerate(lines):
        limit = first if (i == 0 and first is not None) else width
        assert width_of(line) <= limit + 1e-6 or len(clusters(line)) == 1, (line, limit)
        assert not (line and line[0] in MARKS), lines


# --- the Flowable ----------------------------------------------------------------------------


def test_thai_paragraph_does_not_rewrap_and_escapes_user_text():
    style = shaped_paragraph_style("t-body", SIZE, firstLineIndent=20)
    assert style.shaping == 1 and style.fontName == FONT_REGULAR
    assert shaped_paragraph_style("t-bold", SIZE, bold=True).fontName == FONT_BOLD
    text = "ถนน <b>ไม่</b> & ท่อ " + STREET_LIGHT * 4
    label = "<b>เรื่อง</b> "
    para = ThaiParagraph(text, style, markup_prefix=label)
    _, height = para.wrap(150, 10_000)
    label_w = stringWidth("เรื่อง ", FONT_BOLD, SIZE)
    lines = break_lines(text, FONT, SIZE, 150 - 0.01, first_line_width=150 - 0.01 - 20 - label_w)
    # Had ReportLab needed to re-wrap any of our lines, there would be more of them.
    assert height == pytest.approx(len(lines) * style.leading)
    assert "&lt;b&gt;" in para._para.text and "&amp;" in para._para.text


def test_thai_paragraph_split_continues_without_indent_or_label():
    style = shaped_paragraph_style("t-split", SIZE, firstLineIndent=30)
    text = STREET_LIGHT * 10
    para = ThaiParagraph(text, style, markup_prefix="<b>รายละเอียด</b> ")
    _, height = para.wrap(120, 10_000)
    total_lines = round(height / style.leading)
    head, tail = para.split(120, style.leading * 2 + 1)
    assert head.wrap(120, 10_000)[1] == pytest.approx(2 * style.leading)
    assert tail.style.firstLineIndent == 0 and tail.markup_prefix == ""
    assert text.endswith(tail.text) and len(tail.text) < len(text)
    assert round(tail.wrap(120, 10_000)[1] / style.leading) <= total_lines - 2
    assert para.split(120, style.leading / 2) == []
    assert para.split(120, height + 1) == [para]


def test_thai_paragraph_forwards_keep_together_to_its_tail():
    style = shaped_paragraph_style("t-keep", SIZE)
    text = (VILLAGE_TEXT + " ") * 6
    width = widths_splitting(VILLAGE_TEXT, VILLAGE)[0] + 0.01  # the Flowable's slack
    plain = ThaiParagraph(text, style)
    plain.wrap(width, 10_000)
    assert splits(text, [text[s:e] for s, e in plain._spans], VILLAGE)
    para = ThaiParagraph(text, style, keep_together=[VILLAGE])
    para.wrap(width, 10_000)
    assert not splits(text, [text[s:e] for s, e in para._spans], VILLAGE)
    _, tail = para.split(width, style.leading * 2 + 1)
    assert tail.keep_together == (VILLAGE,)
    tail.wrap(width, 10_000)
    assert not splits(tail.text, [tail.text[s:e] for s, e in tail._spans], VILLAGE)


def test_bundled_fonts_register_once_with_bold_mapping():
    from reportlab.lib.fonts import tt2ps

    from fondue_desk.documents.fonts import FONT_DIR, font_files

    assert [p.name for p in font_files()] == [
        "Sarabun-Regular.ttf", "Sarabun-Bold.ttf", "Sarabun-Italic.ttf", "Sarabun-BoldItalic.ttf",
    ]
    assert all(p.is_file() and p.parent == FONT_DIR for p in font_files())
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONT_DIR / "OFL.txt").read_text()
    assert register_fonts() == register_fonts() == "Sarabun"
    assert tt2ps("Sarabun", 1, 0) == FONT_BOLD  # what <b> inside a Paragraph resolves to


# --- shortening to fit, and the first words of a text ------------------------------------------


def test_shortened_fits_its_lines_and_ends_at_a_word_with_an_ellipsis():
    from fondue_desk.documents.line_breaking import layout_lines
    from fondue_desk.documents.paragraphs import shortened

    style = shaped_paragraph_style("shorten", 11)
    text = "ไฟฟ้าส่องสว่างหน้าวัดชำรุด ผู้สูงอายุเดินลำบาก น้ำท่วมขังบริเวณทางเข้า " * 20
    assert shortened("ไฟดับ", style, 200, 2) is None
    for lines in (1, 2, 5):
        cut = shortened(text, style, 200, lines)
        assert cut is not None and cut.endswith("…")
        head = cut.removesuffix("…").rstrip()
        assert text.startswith(head)
        spans = layout_lines(cut, style.fontName, style.fontSize, 200 - 0.01, 200 - 0.01)
        assert len(spans) == lines
        # At a word boundary: the head ends where newmm's words of the text end.
        ends = set()
        pos = 0
        for word in word_tokenize(text, engine="newmm"):
            pos += len(word)
            ends.add(pos)
        assert len(head) in ends or text[len(head)].isspace()
    # Many short lines are cut by lines, not by characters.
    assert shortened("ไฟดับ\n" * 50, style, 200, 3) == "ไฟดับ\nไฟดับ\nไฟดับ…"


def test_shortened_never_leaves_a_mark_without_its_letter():
    from fondue_desk.documents.paragraphs import shortened

    style = shaped_paragraph_style("shorten-long", 11)
    cut = shortened("น้ำ" * 400, style, 120, 2)
    assert cut is not None
    head = cut.removesuffix("…")
    assert head and head[-1] not in MARKS and ("น้ำ" * 400).startswith(head)


@pytest.mark.parametrize(("text", "expected"), [
    ("ผลการดำเนินงานของทีมช่าง", "ผลการดำเนินงาน"),  # a desk word, whole
    ("ผลการตรวจสอบพบว่า", "ผลการ"),  # "ผล" alone says too little
    ("  ของนายสมชาย ใจดี", "ของ"),
    ("หมู่บ้านเป็นหลุมเป็นบ่อ", "หมู่บ้าน"),
    ("2569 เป็นต้นไป", "2569"),
])
def test_leading_words(text, expected):
    from fondue_desk.documents.line_breaking import leading_words

    assert leading_words(text) == expected


def test_unbreakable_dates_keep_their_words_and_lose_their_break_points():
    from fondue_desk.documents.thai_text import NO_BREAK_SPACE, unbreakable

    text = unbreakable("4 ธันวาคม 2569 เวลา 06:30 น.")
    assert " " not in text
    assert text.replace(NO_BREAK_SPACE, " ") == "4 ธันวาคม 2569 เวลา 06:30 น."
