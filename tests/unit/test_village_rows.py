"""Villages pasted from Excel: with or without a number column, header, Thai digits, positions."""
from __future__ import annotations

from fondue_desk.domain.village_rows import PastedVillage, number_rows, parse_village_rows


def test_two_columns_with_numbers_and_a_header():
    text = "หมู่ที่\tชื่อหมู่บ้าน\r\n1\tบ้านอาจสามารถ\r\n2\tบ้านหนองหมื่นถ่าน\r\n\r\n"
    assert parse_village_rows(text) == [PastedVillage(1, "บ้านอาจสามารถ"),
                                        PastedVillage(2, "บ้านหนองหมื่นถ่าน")]


def test_names_only_are_numbered_on_from_the_next_free_number():
    rows = parse_village_rows("บ้านโนนสว่าง\nบ้านดอนแดง\n")
    assert rows == [PastedVillage(None, "บ้านโนนสว่าง"), PastedVillage(None, "บ้านดอนแดง")]
    assert [r.number for r in number_rows(rows, 4)] == [4, 5]


def test_number_words_thai_digits_and_one_cell_forms():
    text = "หมู่ที่ 3\tบ้านหนองแวง\nม.๔\tบ้านโคก\nหมู่ที่ 5 บ้านนาเลา\n๖.\tบ้านสร้างแก้ว"
    assert [(r.number, r.name) for r in parse_village_rows(text)] == [
        (3, "บ้านหนองแวง"), (4, "บ้านโคก"), (5, "บ้านนาเลา"), (6, "บ้านสร้างแก้ว")]


def test_a_position_in_two_cells_or_one():
    text = ("1\tบ้านอาจสามารถ\t15.8656\t103.8847\n"
            "2\tบ้านหนองหมื่นถ่าน\t15.87, 103.89\n"
            "3\tบ้านดอนแดง\thttps://www.openstreetmap.org/#map=17/15.86/103.88\n"
            "4\tบ้านโคก\t\t\n")
    assert [r.centre for r in parse_village_rows(text)] == [
        "15.8656, 103.8847", "15.87, 103.89",
        "https://www.openstreetmap.org/#map=17/15.86/103.88", ""]


def test_quoted_cells_and_trailing_empty_columns():
    assert parse_village_rows('"1"\t"บ้านโนน"\t\t\n') == [PastedVillage(1, "บ้านโนน")]


def test_a_row_without_a_name_is_skipped_and_nothing_pasted_gives_nothing():
    assert parse_village_rows("7\t\n\n") == []
    assert parse_village_rows("1\t\t15.8, 103.8\n2\tบ้านโนน") == [PastedVillage(2, "บ้านโนน")]
    assert parse_village_rows("") == []
    assert parse_village_rows("\n\t\n") == []


def test_explicit_numbers_move_the_running_number_past_them():
    rows = [PastedVillage(8, "บ้านแปด"), PastedVillage(None, "บ้านเก้า")]
    assert [r.number for r in number_rows(rows, 1)] == [8, 9]


def test_an_english_name_between_the_name_and_the_position():
    from fondue_desk.domain.village_rows import parse_village_rows

    rows = parse_village_rows("หมู่ที่\tชื่อหมู่บ้าน\tEnglish name\tละติจูด\tลองจิจูด\n"
                              "1\tบ้านโนนสว่าง\tBan Non Sawang\t15.86\t103.88\n"
                              "2\tบ้านหนองแวง\t15.87, 103.89\n"
                              "3\tบ้านใหม่\tBan Mai\thttps://maps.google.com/?q=15.8,103.8\n")
    assert [(r.number, r.name, r.name_en, r.centre) for r in rows] == [
        (1, "บ้านโนนสว่าง", "Ban Non Sawang", "15.86, 103.88"),
        (2, "บ้านหนองแวง", "", "15.87, 103.89"),
        (3, "บ้านใหม่", "Ban Mai", "https://maps.google.com/?q=15.8,103.8")]
