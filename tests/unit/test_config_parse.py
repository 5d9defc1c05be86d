"""A configuration file's every problem is found at once and named by its line and key."""
from __future__ import annotations

import base64
import io
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from fondue_desk.config import (
    ConfigFileError,
    ConfigProblem,
    describe,
    dump_config,
    list_presets,
    load_preset,
    parse_config,
)
from fondue_desk.domain.office_config import OFFICE_KINDS, CategorySpec, VillageSpec

GOOD = """\
schema_version: 1
office:
  kind: เทศบาลตำบล
  name: เทศบาลตำบลอาจสามารถ
  phone: 043 599 123
letters:
  document_code: รอ 78501
  emblem:
numbering:
  tracking_format: "{fy}-{seq:06d}"
  work_order_format: "{seq}/{fy}"
villages:
  - code: moo-1
    number: 1
    name: บ้านอาจสามารถ
  - code: moo-2
    number: 2
    name: บ้านหนองแวง
categories:
  - code: roads
    name_th: ถนนชำรุด
    colour: "#6d4c41"
    sla_days: 15
    default_crew: กองช่าง
  - code: street-lights
    name_th: ไฟฟ้าส่องสว่างชำรุด
    colour: "#F9A825"
    sla_days: 3
crews:
  - name: กองช่าง
    categories: [roads, street-lights]
map:
  hotspot_min_count: 3
  boundary_geojson:
"""


def _with(line: int, text: str | None) -> str:
    """GOOD with its line `line` (1-based) replaced by `text`, or removed when None."""
    lines = GOOD.splitlines()
    lines[line - 1:line] = [] if text is None else [text]
    return "\n".join(lines) + "\n"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _picture(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(out, fmt)
    return out.getvalue()


def _problems(text: str) -> tuple[ConfigProblem, ...]:
    with pytest.raises(ConfigFileError) as raised:
        parse_config(text)
    return raised.value.problems


def test_the_good_file_reads_cleanly():
    config = parse_config(GOOD, complete=True)
    assert config.office.phone == "043 599 123"   # letterhead text, as the office writes it
    assert config.categories[1].colour == "#f9a825"
    assert [c.sort_order for c in config.categories] == [10, 20]  # file order when left out
    assert config.crews[0].categories == ("roads", "street-lights")


BROKEN = [
    # (what is wrong, file text, line, path, code)
    ("wrong type", _with(23, "    sla_days: fifteen"), 23, "categories[0].sla_days",
     "config.integer_range"),
    ("SLA out of range", _with(28, "    sla_days: 400"), 28, "categories[1].sla_days",
     "config.integer_range"),
    ("duplicate category code", _with(25, "  - code: roads").replace(
        "[roads, street-lights]", "[roads]"), 25, "categories[1].code", "code.duplicate"),
    ("duplicate village number", _with(17, "    number: 1"), 17, "villages[1].number",
     "village.number_duplicate"),
    ("crew serves an unknown category", _with(31, "    categories: [roads, drains]"), 31,
     "crews[0].categories[1]", "crew.unknown_category"),
    ("unknown default crew", _with(24, "    default_crew: ทีมไฟฟ้า"), 24,
     "categories[0].default_crew", "category.unknown_crew"),
    ("bad colour", _with(22, '    colour: "brown"'), 22, "categories[0].colour",
     "colour.invalid"),
    ("bad work order format", _with(11, '  work_order_format: "{seq}"'), 11,
     "numbering.work_order_format", "format.needs_year"),
    ("bad tracking format", _with(10, '  tracking_format: "{fy}-{clerk}"'), 10,
     "numbering.tracking_format", "format.needs_seq"),
    ("not base64", _with(8, "  emblem: not*base64!"), 8, "letters.emblem", "config.base64"),
    ("a GIF, not PNG/JPEG", _with(8, f"  emblem: {_b64(_picture('GIF'))}"), 8, "letters.emblem",
     "image.not_png_or_jpeg"),
    ("missing required key", _with(3, None), 2, "office.kind", "config.required"),
    ("unknown key", _with(5, "  fax: 043 599 124"), 5, "office.fax", "config.unknown_key"),
    ("bad code", _with(13, "  - code: Moo 1"), 13, "villages[0].code", "code.invalid"),
    ("unknown office kind", _with(3, "  kind: เทศบาล"), 3, "office.kind", "office.kind_unknown"),
    ("schema version", _with(1, "schema_version: 2"), 1, "schema_version",
     "config.schema_version"),
    ("outline is not GeoJSON", _with(34, '  boundary_geojson: "{}"'), 34, "map.boundary_geojson",
     "boundary.not_geojson"),
    ("position outside Thailand", _with(15, "    name: บ้านอาจสามารถ\n    lat: 48.85\n"
                                           "    lon: 2.35"), 16, "villages[0].lat",
     "location.outside_thailand"),
    ("village number zero", _with(14, "    number: 0"), 14, "villages[0].number",
     "config.integer_range"),
    ("list where a text is wanted", _with(4, "  name: [a, b]"), 4, "office.name",
     "config.type"),
    ("unquoted colour (a YAML comment)", _with(27, "    colour: #f9a825"), 27,
     "categories[1].colour", "colour.invalid"),
    ("a number where true/false is wanted", _with(18, "    name: บ้านหนองแวง\n    active: 1"),
     19, "villages[1].active", "config.type"),
]


def test_empty_sections_and_unquoted_postal_codes_are_fine():
    text = _with(5, "  postal_code: 45160").replace(
        "crews:\n  - name: กองช่าง\n    categories: [roads, street-lights]\n", "crews:\n").replace(
        "    default_crew: กองช่าง\n", "")
    config = parse_config(text)
    assert config.office.postal_code == "45160" and config.crews == ()


@pytest.mark.parametrize(("text", "line", "path", "code"), [b[1:] for b in BROKEN],
                         ids=[b[0] for b in BROKEN])
def test_each_broken_file_is_refused_with_its_line_and_key(text, line, path, code):
    problems = _problems(text)
    assert [(p.line, p.path, p.code) for p in problems] == [(line, path, code)]
    assert describe(problems[0], "th").startswith(f"บรรทัด {line}: ")
    assert describe(problems[0], "en").startswith(f"line {line}: ")
    assert code not in describe(problems[0], "th")  # worded, not a bare code


def test_bad_yaml_syntax_names_its_line():
    problems = _problems(_with(14, "    number: [1"))
    assert len(problems) == 1 and problems[0].code == "config.yaml_syntax"
    assert 14 <= problems[0].line <= 16
    assert describe(problems[0], "en").startswith(f"line {problems[0].line}: the file is not")


def test_a_key_given_twice_is_refused():
    problems = _problems(_with(4, "  name: หนึ่ง\n  name: สอง"))
    assert [(p.line, p.code) for p in problems] == [(5, "config.duplicate_key")]


def test_a_file_that_is_not_a_mapping_is_refused():
    assert _problems("- a\n- b\n")[0].code == "config.not_mapping"


def test_every_problem_is_reported_at_once_in_line_order():
    text = GOOD.replace('colour: "#6d4c41"', 'colour: "brown"').replace(
        "sla_days: 3", "sla_days: 0").replace("  phone: 043 599 123", "  fax: 1")
    problems = _problems(text)
    assert [(p.line, p.path) for p in problems] == [
        (5, "office.fax"), (22, "categories[0].colour"), (28, "categories[1].sla_days")]


def test_the_messages_read_as_the_issue_asks():
    problem = _problems(_with(28, "    sla_days: 400"))[0]
    assert describe(problem) == "บรรทัด 28: sla_days ต้องเป็นจำนวนเต็ม 1–365"
    assert describe(problem, "en") == "line 28: sla_days must be a whole number 1–365"
    missing = _problems(_with(3, None))[0]
    assert describe(missing) == "บรรทัด 2: ขาดหัวข้อ kind"


def test_a_preset_leaves_the_name_out_but_an_import_needs_it():
    text = _with(4, None)
    assert parse_config(text).office.name == ""
    with pytest.raises(ConfigFileError) as raised:
        parse_config(text, complete=True)
    assert [(p.line, p.path, p.code) for p in raised.value.problems] == [
        (2, "office.name", "name.required")]


def test_jpeg_pictures_are_taken_and_kept_as_png():
    config = parse_config(_with(8, f"  emblem: {_b64(_picture('JPEG'))}"))
    assert config.office.emblem_png.startswith(b"\x89PNG")


def test_presets_list_both_kinds_and_read_cleanly():
    presets = {p.key: p for p in list_presets()}
    assert set(presets) >= {"tessaban-tambon", "obt"}
    assert presets["obt"].kind == "องค์การบริหารส่วนตำบล"
    for key in presets:
        config = load_preset(key)
        assert config.office.kind in OFFICE_KINDS and config.office.name == ""
        assert all(1 <= c.sla_days <= 365 and c.name_en for c in config.categories)
        names = {c.name_th for c in config.categories}
        assert {"ถนนชำรุด", "ไฟฟ้าส่องสว่างชำรุด", "ความสะอาด/ขยะ", "อื่น ๆ"} <= names
        assert ("น้ำประปา" in names) == (key == "obt")


_names = st.text(alphabet="กขคงจฉบ้านหนองแวงถนน abc", min_size=1, max_size=20).map(
    str.strip).filter(bool)


@settings(max_examples=40, deadline=None)
@given(villages=st.lists(_names, max_size=6), slas=st.lists(st.integers(1, 365), max_size=6),
       template=st.sampled_from(["", "เรียน {{ name }}\n\nแก้ไข{{ category }}แล้ว", "  ตรวจแล้ว  "]))
def test_written_then_read_is_the_same_configuration(villages, slas, template):
    base = load_preset("obt")
    config = replace(
        base, office=replace(base.office, name="อบต.ทดสอบ", address="บรรทัดหนึ่ง\nบรรทัดสอง"),
        villages=tuple(VillageSpec(f"moo-{i}", i, n) for i, n in enumerate(villages, 1)),
        categories=tuple(CategorySpec(f"cat-{i}", f"ประเภท {i}", sla_days=s, sort_order=i,
                                      letter_template=template)
                         for i, s in enumerate(slas)))
    text = dump_config(parse_config(dump_config(config), complete=True))
    again = parse_config(text, complete=True)
    assert dump_config(again) == text
    assert [v.name for v in again.villages] == villages
    assert [c.sla_days for c in again.categories] == slas
    assert {c.letter_template for c in again.categories} <= {template.strip()}


def test_a_byte_order_mark_and_windows_line_ends_are_read():
    config = parse_config("\ufeff" + GOOD.replace("\n", "\r\n"), complete=True)
    assert config.office.name == "เทศบาลตำบลอาจสามารถ" and len(config.villages) == 2


def test_a_huge_file_is_refused_before_it_is_read():
    problems = _problems(GOOD + "#" * 20_000_001)
    assert [p.code for p in problems] == ["config.too_large"]
    assert describe(problems[0], "en") == "the file is larger than 20 MB"
