"""What is wrong with a configuration file, where, in the user's language.

The one place these texts live: the CLI prints them, the Settings window shows them in a table.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ConfigProblem:
    line: int | None            # 1-based; None when the file could not be read at all
    column: int | None          # 1-based
    path: str                   # "categories[3].sla_days"
    code: str                   # "config.integer_range"
    params: Mapping[str, object] = field(default_factory=dict, hash=False, compare=False)


class ConfigFileError(Exception):
    """Every problem found in a file; nothing was written."""

    def __init__(self, problems: list[ConfigProblem] | tuple[ConfigProblem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(describe(p, "en") for p in self.problems))


# code → (Thai, English). {field} is the key the problem is about; other names are params.
_TEXTS: dict[str, tuple[str, str]] = {
    "config.yaml_syntax": ("อ่านไฟล์ไม่ได้ (รูปแบบ YAML ผิด): {problem}",
                           "the file is not valid YAML: {problem}"),
    "config.duplicate_key": ("{field} ซ้ำกันในส่วนเดียวกัน", "{field} appears twice"),
    "config.too_large": ("ไฟล์ใหญ่เกิน {max_mb} MB", "the file is larger than {max_mb} MB"),
    "config.not_mapping": ("ไฟล์ต้องเป็นชุดหัวข้อ (schema_version, office, …)",
                           "the file must be a set of sections (schema_version, office, …)"),
    "config.schema_version": ("schema_version ต้องเป็น {expected}",
                              "schema_version must be {expected}"),
    "config.required": ("ขาดหัวข้อ {key}", "{key} is missing"),
    "config.unknown_key": ("ไม่รู้จักหัวข้อ {key}", "unknown key {key}"),
    "config.type": ("{field} ต้องเป็น{expected_th}", "{field} must be {expected_en}"),
    "config.integer_range": ("{field} ต้องเป็นจำนวนเต็ม {min}–{max}",
                             "{field} must be a whole number {min}–{max}"),
    "config.one_of": ("{field} ต้องเป็นค่าใดค่าหนึ่งใน {values}",
                      "{field} must be one of {values}"),
    "config.base64": ("{field} ไม่ใช่ข้อมูลรูปภาพแบบ base64", "{field} is not base64 picture data"),
    "colour.invalid": ('{field} ต้องเป็นรหัสสีในเครื่องหมายคำพูด เช่น "#1e88e5"',
                       '{field} must be a quoted colour like "#1e88e5"'),
    "code.invalid": (("{field} ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ - ยาว 2–40 ตัว "
                     "ขึ้นต้นด้วยตัวอักษร"),
                     ("{field} must be 2–40 lower-case letters, digits or hyphens, "
                     "starting with a letter")),
    "code.duplicate": ("{field} ซ้ำกับรายการที่ {first}", "{field} repeats item {first}"),
    "village.number_duplicate": ("หมู่ที่ซ้ำกับรายการที่ {first}",
                                 "village number repeats item {first}"),
    "village.number_invalid": ("{field} ต้องเป็นจำนวนเต็มตั้งแต่ 1", "{field} must be 1 or more"),
    "village.number_taken": (("หมู่ที่ {number} ยังเป็นของหมู่บ้านที่เลิกใช้ ({code}) "
                             "ซึ่งมีเรื่องร้องเรียนอ้างถึง"),
                             ("village number {number} still belongs to a retired village "
                             "({code}) that complaints refer to")),
    "category.name_duplicate": ("ชื่อประเภทซ้ำกับรายการที่ {first}",
                                "category name repeats item {first}"),
    "crew.name_duplicate": ("ชื่อทีมซ้ำกับรายการที่ {first}", "crew name repeats item {first}"),
    "crew.unknown_category": ("ไม่มีประเภทเรื่องรหัส {code} ในไฟล์",
                              "no category with code {code} in the file"),
    "category.unknown_crew": ("ไม่มีทีม {crew} ในไฟล์", "no crew named {crew} in the file"),
    "name.required": ("ต้องกรอก {field}", "{field} is required"),
    "text.too_long": ("{field} ยาวเกิน {max} ตัวอักษร", "{field} is longer than {max} characters"),
    "duplicate.radius_range": ("{field} ต้องเป็นจำนวนเต็ม {min}–{max} (เมตร)",
                               "{field} must be a whole number {min}–{max} (metres)"),
    "duplicate.days_range": ("{field} ต้องเป็นจำนวนเต็ม {min}–{max} (วัน)",
                             "{field} must be a whole number {min}–{max} (days)"),
    "sla.range": ("{field} ต้องเป็นจำนวนเต็ม {min}–{max}",
                  "{field} must be a whole number {min}–{max}"),
    "sort_order.invalid": ("{field} ต้องเป็นจำนวนเต็มตั้งแต่ 0", "{field} must be 0 or more"),
    "office.kind_unknown": ("{field} ต้องเป็นหนึ่งใน {kinds}", "{field} must be one of {kinds}"),
    "digits.count": ("{field} ต้องเป็นตัวเลข {digits} หลัก", "{field} must be {digits} digits"),
    "email.invalid": ("{field} ไม่ใช่อีเมลที่ถูกต้อง", "{field} is not an e-mail address"),
    "phone.invalid": ("{field} ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้อง", "{field} is not a phone number"),
    "members.too_many": ("สมาชิกทีมเกิน {max} คน", "more than {max} crew members"),
    "location.incomplete": ("ต้องมีทั้ง lat และ lon", "both lat and lon are needed"),
    "location.not_a_number": ("พิกัดต้องเป็นตัวเลข", "the position must be numbers"),
    "location.swapped": ("พิกัดสลับกัน (lat กับ lon)", "lat and lon are swapped"),
    "location.outside_thailand": ("พิกัดอยู่นอกประเทศไทย", "the position is outside Thailand"),
    "format.invalid": ("{field} เป็นรูปแบบเลขที่ใช้ไม่ได้", "{field} is not a usable format"),
    "format.needs_seq": ("{field} ต้องมี {{seq}} และใช้ได้เฉพาะ {{seq}} {{fy}} {{year}}",
                         "{field} needs {{seq}} and may use only {{seq}}, {{fy}}, {{year}}"),
    "format.needs_year": ("{field} ต้องมีปี ({{fy}} หรือ {{year}}) เพราะเลขเริ่มใหม่ทุกปี",
                          ("{field} needs the year ({{fy}} or {{year}}): numbers restart "
                          "every year")),
    "format.too_long": ("{field} ทำให้เลขที่ยาวเกิน {max} ตัวอักษร",
                        "{field} makes numbers longer than {max} characters"),
    # Templates (domain.templates); {line} is the line inside the template text.
    "template.too_long": ("{field} ยาวเกิน {limit} ตัวอักษร",
                          "{field} is longer than {limit} characters"),
    "template.unknown_field": (("{field} (บรรทัดที่ {line} ของแบบข้อความ) ใช้ช่อง {name} "
                                "ที่ไม่มีในรายการ"),
                               ("{field} (line {line} of the template) uses {name}, which is "
                                "not in the list")),
    "template.syntax": ("{field} (บรรทัดที่ {line} ของแบบข้อความ) เขียนไม่ถูกต้อง: {reason}",
                        "{field} (line {line} of the template) is not well written: {reason}"),
    "template.unsafe": ("{field} (บรรทัดที่ {line} ของแบบข้อความ) ใช้คำสั่งที่ไม่อนุญาต: {what}",
                        ("{field} (line {line} of the template) uses something not allowed: "
                         "{what}")),
    "template.output_too_long": ("{field} ให้ข้อความยาวเกิน {limit} ตัวอักษร",
                                 "{field} makes a text longer than {limit} characters"),
    "template.too_slow": ("{field} ทำงานนานเกินไป (วนซ้ำมากเกินไป)",
                          "{field} takes too long to fill in (too many repeats)"),
    "image.not_png_or_jpeg": ("{field} ต้องเป็นรูป PNG หรือ JPEG",
                              "{field} must be a PNG or JPEG picture"),
    "image.too_large": ("{field} ใหญ่เกิน {max_mb} MB", "{field} is larger than {max_mb} MB"),
    "picture.too_many_pixels": ("{field} มีขนาด {width} × {height} จุด เกิน {limit_mp} ล้านจุด",
                                ("{field} is {width} × {height} pixels, more than {limit_mp} "
                                 "million")),
    "picture.side_too_long": ("{field} มีขนาด {width} × {height} จุด ด้านยาวเกิน {limit} จุด",
                              "{field} is {width} × {height} pixels, a side longer than {limit}"),
    "picture.far_too_many_pixels": ("{field} มีจำนวนจุดเกิน {limit_mp} ล้านจุดไปมาก",
                                    "{field} has far more than {limit_mp} million pixels"),
    "map.base_map_unknown": ("{field} ต้องเป็นหนึ่งใน {values}", "{field} must be one of {values}"),
    "map.tile_url_invalid": ("{field} ต้องเป็นที่อยู่ http(s) ที่มี {{z}} {{x}} {{y}}",
                             "{field} must be an http(s) address with {{z}}, {{x}} and {{y}}"),
    "map.hotspot_min_count_range": ("{field} ต้องเป็นจำนวนเต็ม {min}–{max}",
                                    "{field} must be a whole number {min}–{max}"),
    "map.hotspot_radius_range": ("{field} ต้องเป็นจำนวนเต็ม {min}–{max}",
                                 "{field} must be a whole number {min}–{max}"),
    "boundary.too_large": ("{field} ใหญ่เกินไป", "{field} is too large"),
    "boundary.not_json": ("{field} ไม่ใช่ GeoJSON", "{field} is not GeoJSON"),
    "boundary.not_geojson": ("{field} ต้องเป็นรูปหลายเหลี่ยม GeoJSON",
                             "{field} must be GeoJSON polygons"),
    "boundary.outside_thailand": ("{field} อยู่นอกประเทศไทย (พิกัดอาจเป็น UTM หรือสลับกัน)",
                                  ("{field} lies outside Thailand (UTM metres, or lat/lon "
                                  "swapped?)")),
    "username.invalid": ("ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข . _ หรือ - ยาว 3–60 ตัว",
                         "the user name must be 3–60 lower-case letters, digits, . _ or -"),
    "password.too_short": ("รหัสผ่านต้องยาวอย่างน้อย {min} ตัวอักษร",
                           "the password must be at least {min} characters long"),
    "password.too_long": ("รหัสผ่านยาวเกิน {max} ตัวอักษร",
                          "the password is longer than {max} characters"),
    "password.contains_username": ("รหัสผ่านต้องไม่มีชื่อผู้ใช้อยู่ในนั้น",
                                   "the password must not contain the user name"),
    "password.too_simple": ("รหัสผ่านเดาง่ายเกินไป", "the password is too easy to guess"),
    "villages.too_many": ("หมู่บ้านเกิน {max} รายการ", "more than {max} villages"),
    # A category's questions (`fields:`, Open311 service attributes)
    "config_field.code_invalid": (("{field} ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข _ หรือ - "
                                   "ยาว 2–40 ตัว ขึ้นต้นด้วยตัวอักษร"),
                                  ("{field} must be 2–40 lower-case letters, digits, _ or -, "
                                   "starting with a letter")),
    "config_field.choice_key_invalid": (("{field} ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข _ หรือ - "
                                         "ยาวไม่เกิน 40 ตัว ไม่มีเว้นวรรค"),
                                        ("{field} must be up to 40 lower-case letters, digits, "
                                         "_ or -, without spaces")),
    "config_field.too_many_choices": ("ช่องหนึ่งมีตัวเลือกได้ไม่เกิน {max} รายการ",
                                      "a field may have at most {max} choices"),
    "config_field.show_if_not_choice": (("เงื่อนไขการแสดงต้องอ้างถึงช่องแบบเลือก "
                                         "แต่ {target} ไม่ใช่ช่องแบบเลือก"),
                                        ("show_if must name a choice field; {target} is not "
                                         "one")),
    "config_field.too_many": ("ประเภทเรื่องหนึ่งมีช่องข้อมูลได้ไม่เกิน {max} ช่อง",
                              "a category may have at most {max} fields"),
    "config_field.datatype_mismatch": ("{field} ของช่องชนิดนี้ต้องเป็น {expected}",
                                       "{field} must be {expected} for this kind of field"),
    "config_field.choice_unknown": ("ช่องนี้ไม่มีตัวเลือก {key} ใน values",
                                    "the field has no choice {key} in its values"),
    "config_field.choices_required": ("ช่องแบบเลือกต้องมีตัวเลือกที่ใช้งานอย่างน้อยหนึ่งรายการ",
                                      "a choice field needs at least one choice in use"),
    "config_field.choices_not_allowed": ("ช่องชนิด {kind} ไม่มีตัวเลือก (values ต้องว่าง)",
                                         "a {kind} field has no choices (values must be empty)"),
    "config_field.yes_no_keys": ("ตัวเลือกของช่องใช่/ไม่ใช่ ต้องมีรหัส true และ false",
                                 "the choices of a yes/no field must be keyed true and false"),
    "config_field.range_not_finite": ("{field} ต้องเป็นตัวเลขจริง ไม่ใช่ .inf หรือ .nan",
                                      "{field} must be a real number, not .inf or .nan"),
    "config_field.range_inverted": ("ค่าต่ำสุด ({minimum}) มากกว่าค่าสูงสุด ({maximum})",
                                    "the minimum ({minimum}) is above the maximum ({maximum})"),
    "config_field.show_if_unknown": (("เงื่อนไขการแสดงอ้างถึงช่อง {target} "
                                      "ซึ่งไม่มีอยู่ก่อนช่องนี้ในประเภทเดียวกัน"),
                                     ("show_if names {target}, which is not a field before this "
                                      "one in the same category")),
    "config_field.show_if_value": ("ช่อง {target} ไม่มีค่า {value} (ค่าที่ใช้ได้: {values})",
                                   "{target} has no value {value} (it has: {values})"),
    "config_field.kind_in_use": (("ช่อง {code} มีคำตอบในเรื่องร้องเรียนแล้ว "
                                  "จึงเปลี่ยนชนิดเป็น {kind} ไม่ได้ (เดิมเป็น {was})"),
                                 ("field {code} already holds answers, so its kind cannot change "
                                  "to {kind} (it is {was})")),
    "categories.too_many": ("ประเภทเรื่องเกิน {max} รายการ", "more than {max} categories"),
    "labels.name_too_long": ("ชื่อสถานะ {field} ยาวเกิน {limit} ตัวอักษร",
                             "status name {field} is longer than {limit} characters"),
    "labels.name_taken": ("ชื่อสถานะ \"{name}\" ซ้ำกับสถานะอื่น",
                          "another status is already called \"{name}\""),
    "labels.colour_invalid": ('{field} ต้องเป็นรหัสสีในเครื่องหมายคำพูด เช่น "#1d5fa8"',
                              '{field} must be a quoted colour like "#1d5fa8"'),
}

_TYPES = {"string": ("ข้อความ", "text"), "integer": ("จำนวนเต็ม", "a whole number"),
          "number": ("ตัวเลข", "a number"), "boolean": ("true หรือ false", "true or false"),
          "array": ("รายการ (- …)", "a list (- …)"), "object": ("ชุดหัวข้อ", "a set of keys"),
          "null": ("ค่าว่าง", "empty")}


def describe(problem: ConfigProblem, lang: str = "th") -> str:
    """"บรรทัด 12: sla_days ต้องเป็นจำนวนเต็ม 1–365" / "line 12: sla_days must be …"."""
    english = lang == "en"
    texts = _TEXTS.get(problem.code)
    params = {str(k): _shown(v) for k, v in problem.params.items()}
    if "field" in params:  # a rule's own "field" param (a placeholder's name) is not ours
        params["name"] = params["field"]
    params["field"] = _field_name(problem.path)
    if "expected" in params and problem.code == "config.type":
        kinds = str(problem.params["expected"]).split("/")
        params["expected_th"] = " หรือ ".join(_TYPES.get(k, (k, k))[0] for k in kinds)
        params["expected_en"] = " or ".join(_TYPES.get(k, (k, k))[1] for k in kinds)
    if texts is None:
        message = f"{params['field']}: {problem.code}"
    else:
        try:
            message = texts[1 if english else 0].format(**params)
        except (KeyError, IndexError, ValueError):
            message = f"{params['field']}: {problem.code}"
    if problem.line is None:
        return message
    return f"{'line' if english else 'บรรทัด'} {problem.line}: {message}"


def _field_name(path: str) -> str:
    """The key a reader looks for on the line: "sla_days", or "categories[3]" for an item."""
    last = path.rsplit(".", 1)[-1]
    return last or path or "file"


def _shown(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)
