"""A category's questions in the configuration file: Open311 service attributes exactly as
domain.custom_fields writes them, read back equal, and every bad one named with its line."""
from __future__ import annotations

import pytest

from fondue_desk.config import describe, dump_config, parse_config
from fondue_desk.config.problems import ConfigFileError
from fondue_desk.domain.custom_fields import (
    Choice,
    FieldDefinition,
    FieldKind,
    ShowIf,
    from_open311,
    to_open311,
)

HEAD = """schema_version: 1
office:
  kind: เทศบาลเมือง
categories:
  - code: traffic-violation
    name_th: แจ้งการกระทำผิดกฎจราจร
    sla_days: 7
    fields:
"""

GOOD = HEAD + """\
      - code: plate
        datatype: string
        required: true
        description: ทะเบียนรถ
        x_fondue:
          kind: vehicle_plate
          description_en: Vehicle plate
      - code: vehicle
        datatype: singlevaluelist
        description: ประเภทรถ
        values:
          - key: car
            name: รถยนต์
          - key: motorcycle
            name: รถจักรยานยนต์
        x_fondue:
          kind: single_choice
          choices:
            car: {name_en: Car}
            motorcycle: {name_en: Motorcycle}
      - code: helmet
        datatype: singlevaluelist
        description: สวมหมวกกันน็อก
        x_fondue:
          kind: yes_no
          show_if: {field: vehicle, value: motorcycle}
      - code: speed
        datatype: number
        description: ความเร็วโดยประมาณ
        x_fondue: {kind: number, unit: กม./ชม., min: 0, max: 250}
"""


def _problems(text: str) -> list[tuple[int | None, str, str]]:
    with pytest.raises(ConfigFileError) as caught:
        parse_config(text)
    return [(p.line, p.path, p.code) for p in caught.value.problems]


def test_fields_are_read_as_definitions_in_order():
    fields = parse_config(GOOD).categories[0].fields
    assert [f.code for f in fields] == ["plate", "vehicle", "helmet", "speed"]
    assert fields[0].kind == FieldKind.VEHICLE_PLATE and fields[0].required
    assert fields[0].label_en == "Vehicle plate"
    assert fields[1].choice("motorcycle").name_en == "Motorcycle"
    assert fields[2].show_if == ShowIf("vehicle", "motorcycle")
    assert [c.key for c in fields[2].choices] == ["true", "false"]  # the pair is written out
    assert (fields[3].unit, fields[3].minimum, fields[3].maximum) == ("กม./ชม.", 0.0, 250.0)
    assert [f.order for f in fields] == [10, 20, 30, 40]  # list order when none is given


def test_a_written_file_carries_each_field_exactly_as_to_open311_writes_it():
    config = parse_config(GOOD)
    text = dump_config(config)
    again = parse_config(text)
    assert again == config
    assert dump_config(again) == text
    from ruamel.yaml import YAML
    written = YAML(typ="safe").load(text)["categories"][0]["fields"]
    assert written == [to_open311(f) for f in config.categories[0].fields]
    assert [from_open311(w) for w in written] == list(config.categories[0].fields)


def test_every_definition_survives_the_file():
    rich = FieldDefinition(
        code="water_source", kind=FieldKind.MULTI_CHOICE, label="แหล่งน้ำที่ใช้",
        label_en="Water source", required=True, order=5, help="เลือกได้หลายข้อ\nถ้ามี",
        help_en="Pick all that apply", choices=(
            Choice("tap", "ประปาหมู่บ้าน", "Village tap"),
            Choice("fire", "ไฟไหม้", "Fire", "ไฟไหม้: โทร 199 ทันที", "Fire: call 199 now"),
            Choice("old", "บ่อตื้น", "Shallow well", active=False)), active=False)
    text = dump_config(parse_config(GOOD)).replace(
        "    fields:\n", "    fields:\n" + _as_yaml(rich), 1)
    read = parse_config(text).categories[0].fields[0]
    assert read == rich


def _as_yaml(definition: FieldDefinition) -> str:
    import io

    from ruamel.yaml import YAML
    yaml = YAML()
    yaml.allow_unicode = True
    out = io.StringIO()
    yaml.dump([to_open311(definition)], out)
    return "".join(f"      {line}\n" for line in out.getvalue().splitlines())


def test_bad_fields_are_named_with_their_lines():
    text = HEAD + """\
      - code: plate
        datatype: string
        description: ทะเบียนรถ
        x_fondue: {kind: vehicle_plate}
      - code: plate
        datatype: number
        description: ""
        x_fondue: {kind: short_text}
      - code: kind
        datatype: singlevaluelist
        description: ชนิด
        x_fondue: {kind: single_choice}
      - code: size
        datatype: number
        description: ขนาด
        x_fondue: {kind: number, min: 10, max: 2}
      - code: later
        datatype: string
        description: ถามทีหลัง
        x_fondue: {kind: short_text, show_if: {field: never, value: x}}
      - code: which
        datatype: singlevaluelist
        description: เลือก
        values:
          - {key: a, name: ก}
          - {key: a, name: ข}
        x_fondue: {kind: single_choice, show_if: {field: kind, value: nope}}
      - code: Bad Code
        datatype: string
        description: ช่อง
        x_fondue: {kind: telepathy}
"""
    assert _problems(text) == [
        (13, "categories[0].fields[1].code", "code.duplicate"),
        (14, "categories[0].fields[1].datatype", "config_field.datatype_mismatch"),
        (15, "categories[0].fields[1].description", "name.required"),
        (17, "categories[0].fields[2].values", "config_field.choices_required"),
        (24, "categories[0].fields[3].x_fondue.min", "config_field.range_inverted"),
        (28, "categories[0].fields[4].x_fondue.show_if.field", "config_field.show_if_unknown"),
        (34, "categories[0].fields[5].values[1].key", "code.duplicate"),
        (35, "categories[0].fields[5].x_fondue.show_if.value", "config_field.show_if_value"),
        (36, "categories[0].fields[6].code", "config_field.code_invalid"),
        (39, "categories[0].fields[6].x_fondue.kind", "config.one_of"),
    ]


def test_show_if_must_name_an_earlier_field():
    text = HEAD + """\
      - code: first
        datatype: string
        description: ช่องแรก
        x_fondue: {kind: short_text, show_if: {field: second, value: x}}
      - code: second
        datatype: string
        description: ช่องสอง
        x_fondue: {kind: short_text}
"""
    assert (12, "categories[0].fields[0].x_fondue.show_if.field",
            "config_field.show_if_unknown") in _problems(text)


def test_choice_words_for_a_missing_choice_and_unknown_keys_are_reported():
    text = HEAD + """\
      - code: vehicle
        datatype: singlevaluelist
        description: ประเภทรถ
        values: [{key: car, name: รถยนต์}]
        x_fondue:
          kind: single_choice
          colour: red
          choices:
            bus: {name_en: Bus}
"""
    found = _problems(text)
    assert (15, "categories[0].fields[0].x_fondue.colour", "config.unknown_key") in found
    assert (17, "categories[0].fields[0].x_fondue.choices.bus",
            "config_field.choice_unknown") in found


@pytest.mark.parametrize("code", [
    "config_field.code_invalid", "config_field.choice_key_invalid", "config_field.too_many",
    "config_field.datatype_mismatch", "config_field.choice_unknown",
    "config_field.choices_required", "config_field.choices_not_allowed",
    "config_field.yes_no_keys", "config_field.range_inverted", "config_field.show_if_unknown",
    "config_field.show_if_value", "config_field.kind_in_use", "config_field.too_many_choices",
    "config_field.show_if_not_choice", "config_field.range_not_finite"])
def test_every_field_problem_reads_in_thai_and_english(code):
    from fondue_desk.config.problems import ConfigProblem
    params = {"max": 50, "expected": "string", "key": "bus", "kind": "number", "minimum": 10,
              "maximum": 2, "target": "vehicle", "value": "van", "values": "car, motorcycle",
              "code": "plate", "was": "short_text"}
    problem = ConfigProblem(12, 9, "categories[0].fields[1].x_fondue.kind", code, params)
    thai, english = describe(problem, "th"), describe(problem, "en")
    assert thai.startswith("บรรทัด 12: ") and english.startswith("line 12: ")
    assert code not in thai and code not in english
    assert "{" not in thai + english


def test_letter_templates_are_checked_as_settings_checks_them_and_may_name_fields():
    ok = GOOD.replace("    sla_days: 7\n", "    sla_days: 7\n"
                      "    letter_subject: แจ้งผลเรื่องรถทะเบียน {{ fields.plate }}\n"
                      "    letter_template: เรียน {{ name }} ({{ fields.vehicle }})\n", 1)
    category = parse_config(ok).categories[0]
    assert category.letter_subject == "แจ้งผลเรื่องรถทะเบียน {{ fields.plate }}"
    bad = GOOD.replace("    sla_days: 7\n", "    sla_days: 7\n"
                       "    letter_subject: เรื่อง {{ fields.nope }}\n"
                       "    letter_template: |-\n      เรียน {{ name }}\n      {{ ''.__class__ }}\n", 1)
    with pytest.raises(ConfigFileError) as caught:
        parse_config(bad)
    found = {p.path: p for p in caught.value.problems}
    subject = found["categories[0].letter_subject"]
    assert (subject.line, subject.code) == (8, "template.unknown_field")
    assert describe(subject, "en") == (
        "line 8: letter_subject (line 1 of the template) uses fields.nope, which is not in "
        "the list")
    body = found["categories[0].letter_template"]
    assert (body.line, body.code) == (9, "template.unsafe")
    assert "บรรทัดที่ 2 ของแบบข้อความ" in describe(body, "th")


def test_a_range_must_be_real_numbers():
    text = GOOD.replace("x_fondue: {kind: number, unit: กม./ชม., min: 0, max: 250}",
                        "x_fondue: {kind: number, unit: กม./ชม., min: .nan, max: .inf}")
    assert [(p[1], p[2]) for p in _problems(text)] == [
        ("categories[0].fields[3].x_fondue.min", "config_field.range_not_finite"),
        ("categories[0].fields[3].x_fondue.max", "config_field.range_not_finite")]
