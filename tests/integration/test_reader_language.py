"""Data in the reader's language: the register sorts and searches by English names, the map's
payload and the exports name categories, villages, statuses and channels in the chosen
language (Thai where the office gave no English name)."""
from __future__ import annotations

import pytest
from sqlalchemy import update

from fondue_desk.db.models import Category, Village
from fondue_desk.domain.register_filter import RegisterFilter, Sort, SortKey
from fondue_desk.services import reference, register
from fondue_desk.services.intake import ComplaintInput, log_complaint


@pytest.fixture
def logged(db, demo_office):
    """Four complaints in two categories and two villages (one without an English name)."""
    clerk = reference.default_counter_user(db, demo_office.id)
    categories = {c.name_en: c for c in reference.active_categories(db, demo_office.id)}
    villages = {v.number: v for v in reference.villages(db, demo_office.id)}
    # Thai order and English order disagree for these two categories.
    lights = next(c for c in categories.values() if "ไฟฟ้า" in c.name_th)
    roads = next(c for c in categories.values() if "ถนน" in c.name_th)
    with db.write() as session:
        session.execute(update(Category).where(Category.id == lights.id)
                        .values(name_th="ก ไฟฟ้าส่องสว่าง", name_en="Z street lights"))
        session.execute(update(Category).where(Category.id == roads.id)
                        .values(name_th="ฮ ถนนชำรุด", name_en="A damaged roads"))
        session.execute(update(Village).where(Village.id == villages[4].id).values(name_en=""))
    views = []
    for i, (category, village) in enumerate(((lights, 2), (roads, 4), (lights, 4), (roads, 2))):
        views.append(log_complaint(db, clerk.id, ComplaintInput(
            category_id=category.id, description=f"เรื่องที่ {i}", anonymous=True,
            village_id=villages[village].id, location_text=f"จุด {i}")))
    return views


def tracking(rows) -> list[str]:
    return [r.tracking_no for r in rows]


def test_category_sort_follows_the_readers_language(db, demo_office, logged):
    flt = RegisterFilter()
    thai = register.fetch(db, demo_office.id, flt, Sort(SortKey.CATEGORY, False, "th"))
    english = register.fetch(db, demo_office.id, flt, Sort(SortKey.CATEGORY, False, "en"))
    assert [r.category_name_en for r in thai] == ["Z street lights"] * 2 + ["A damaged roads"] * 2
    assert [r.category_name_en for r in english] == ["A damaged roads"] * 2 + ["Z street lights"] * 2
    # A search's order (the index answers it) is the same sort.
    found = register.first_page(db, demo_office.id, RegisterFilter(text="เรื่องที่"),
                                Sort(SortKey.CATEGORY, False, "en"))
    assert tracking(found.rows) == tracking(english)


def test_a_category_without_english_sorts_by_its_thai_name_among_english_ones(db, demo_office,
                                                                              logged):
    with db.write() as session:
        session.execute(update(Category).where(Category.name_en == "A damaged roads")
                        .values(name_en="  "))
    rows = register.fetch(db, demo_office.id, RegisterFilter(), Sort(SortKey.CATEGORY, False, "en"))
    # "Z street lights" < "ฮ ถนนชำรุด" (Latin before Thai), as the English desk shows them.
    assert [r.category_name for r in rows] == ["ก ไฟฟ้าส่องสว่าง"] * 2 + ["ฮ ถนนชำรุด"] * 2


@pytest.mark.parametrize("words, expected", [
    ("street", [0, 2]), ("DAMAGED", [1, 3]),       # English category names, any case
    ("Pa Chi", [0, 3]), ("chi", [0, 3]),            # an English village name (Moo 2)
    ("ป่าจี้", [0, 3]), ("ต้นขาม", [1, 2]),           # Thai village names too
    ("street Chi", [0]),                            # every word, category and village
])
def test_search_finds_english_category_and_village_names(db, demo_office, logged, words,
                                                          expected):
    page = register.first_page(db, demo_office.id, RegisterFilter(text=words))
    assert sorted(tracking(page.rows)) == sorted(logged[i].tracking_no for i in expected)
    # The map reads its markers with the SQL form of the same rule.
    from sqlalchemy import select

    from fondue_desk.db.models import Complaint
    where = register.conditions(db.dialect, demo_office.id, RegisterFilter(text=words))
    with db.read() as session:
        ids = set(session.scalars(select(Complaint.id).where(where)))
    assert ids == {logged[i].id for i in expected}


def test_a_renamed_village_is_found_by_its_new_english_name_at_once(db, demo_office, logged):
    assert register.count(db, demo_office.id, RegisterFilter(text="Tonkham")) == 0
    with db.write() as session:
        session.execute(update(Village).where(Village.number == 4).values(name_en="Ban Tonkham"))
    assert register.count(db, demo_office.id, RegisterFilter(text="Tonkham")) == 2


def test_rows_carry_the_village_in_both_languages(db, demo_office, logged):
    from fondue_desk.domain.labels import village_label

    rows = {r.tracking_no: r for r in register.fetch(db, demo_office.id, RegisterFilter())}
    first = rows[logged[0].tracking_no]
    assert first.village_label == "หมู่ที่ 2 บ้านป่าจี้"
    assert village_label(first.village_number, first.village_name, "en",
                         first.village_name_en) == "Moo 2 Ban Pa Chi"
    second = rows[logged[1].tracking_no]  # Moo 4 has no English name: its Thai one shows
    assert village_label(second.village_number, second.village_name, "en",
                         second.village_name_en) == "Moo 4 บ้านต้นขาม"


# ---------------------------------------------------------------- exports
def read_sheet(path):
    import csv

    from openpyxl import load_workbook

    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            return list(csv.reader(f)), None
    book = load_workbook(path, read_only=True)
    rows = [["" if v is None else v for v in r] for r in book.active.iter_rows(values_only=True)]
    return rows, book.active.title


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_export_in_english_names_everything_in_english(db, demo_office, logged, tmp_path,
                                                           fmt):
    from fondue_desk.interop.register_export import HEADERS_EN, export_register

    target = tmp_path / f"register.{fmt}"
    result = export_register(db, demo_office.id, RegisterFilter(), Sort(SortKey.TRACKING, False),
                             target, fmt, lang="en")
    assert result.rows == 4
    rows, sheet = read_sheet(target)
    assert tuple(rows[0][:len(HEADERS_EN)]) == HEADERS_EN
    assert sheet in (None, "Complaint register")
    head = dict(zip(rows[0], rows[1], strict=False))
    assert head["Tracking no."] == logged[0].tracking_no
    assert head["Channel"] == "At the counter"
    assert head["Category"] == "Z street lights"
    assert head["Status"] == "Received"
    assert head["Village"] == "Moo 2 Ban Pa Chi"
    assert head["Complainant"] == "Anonymous"
    # Gregorian, the month as a word; the ISO column as in Thai.
    received = logged[0].received_at
    assert head["Received"].startswith(f"{received.day} {received:%b} {received.year} ")
    assert head["Received (ISO)"] == received.isoformat(timespec="minutes")
    second = dict(zip(rows[0], rows[2], strict=False))
    assert second["Village"] == "Moo 4 บ้านต้นขาม"  # no English name given: the Thai one
    assert second["Category"] == "A damaged roads"
    thai = "".join(str(v) for row in rows for v in row)
    # Only data the office gave no English for (the village, the complaints' own text) is Thai.
    assert "หมู่ที่" not in thai and "ไม่ประสงค์ออกนาม" not in thai and "รับเรื่องแล้ว" not in thai


def test_the_thai_export_is_unchanged(db, demo_office, logged, tmp_path):
    from fondue_desk.interop.register_export import HEADERS, export_register

    target = tmp_path / "register.xlsx"
    export_register(db, demo_office.id, RegisterFilter(), Sort(SortKey.TRACKING, False), target,
                    "xlsx")
    rows, sheet = read_sheet(target)
    assert sheet == "ทะเบียนเรื่องร้องเรียน"
    head = dict(zip(rows[0][:len(HEADERS)], rows[1], strict=False))
    assert head["ประเภทเรื่อง"] == "ก ไฟฟ้าส่องสว่าง"
    assert head["หมู่บ้าน"] == "หมู่ที่ 2 บ้านป่าจี้"
    assert head["สถานะ"] == "รับเรื่องแล้ว"
    assert head["ช่องทาง"] == "ยื่นที่เคาน์เตอร์"
    assert str(logged[0].received_at.year + 543) in head["วันที่รับเรื่อง (พ.ศ.)"]


def test_the_offices_questions_are_headed_and_answered_in_english(db, demo_office, admin,
                                                                  tmp_path):
    from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind
    from fondue_desk.interop.register_export import export_register
    from fondue_desk.services.category_fields import save_field

    category = reference.active_categories(db, demo_office.id)[0]
    save_field(db, admin.id, category.id, FieldDefinition(
        code="drain-state", kind=FieldKind.SINGLE_CHOICE, label="สภาพท่อ", label_en="Drain",
        choices=(Choice("blocked", "อุดตัน", "Blocked"), Choice("broken", "แตก"))))
    clerk = reference.default_counter_user(db, demo_office.id)
    for key in ("blocked", "broken"):
        log_complaint(db, clerk.id, ComplaintInput(
            category_id=category.id, description="คำถามของสำนักงาน", anonymous=True,
            location_text="จุด", field_values={"drain-state": key}))
    for lang, header, answers in (("en", "Drain", ["Blocked", "แตก"]),
                                  ("th", "สภาพท่อ", ["อุดตัน", "แตก"])):
        target = tmp_path / f"register-{lang}.csv"
        export_register(db, demo_office.id, RegisterFilter(), Sort(SortKey.TRACKING, False),
                        target, "csv", lang=lang)
        rows, _ = read_sheet(target)
        column = rows[0].index(header)
        assert [r[column] for r in rows[1:]] == answers


def test_the_cli_writes_the_register_in_english(db, db_url, demo_office, logged, tmp_path,
                                                capsys):
    from main import main

    target = tmp_path / "out" / "register.xlsx"
    assert main(["--db", db_url, "export", "register", "--out", str(target), "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote the register: 4 complaints, in {target}"
    rows, sheet = read_sheet(target)
    assert sheet == "Complaint register"
    assert {r[4] for r in rows[1:]} == {"Z street lights", "A damaged roads"}
    assert main(["--db", db_url, "export", "register", "--out", str(tmp_path / "r.csv")]) == 0
    assert capsys.readouterr().out.startswith("เขียนทะเบียนแล้ว: 4 เรื่อง")
    assert read_sheet(tmp_path / "r.csv")[0][0][0] == "เลขที่รับเรื่อง"


def test_the_cli_refuses_a_file_that_is_neither_csv_nor_xlsx(db_url, demo_office, tmp_path):
    from main import main

    with pytest.raises(SystemExit) as stopped:
        main(["--db", db_url, "export", "register", "--out", str(tmp_path / "r.pdf")])
    assert stopped.value.code == 2
    assert not (tmp_path / "r.pdf").exists()


# ---------------------------------------------------------------- the map
def test_the_map_payload_speaks_english(db, demo_office, clerk, admin):
    import json

    from fondue_desk.maps.page import build_map_page
    from fondue_desk.services import map_data, map_places, map_settings

    villages = reference.villages(db, demo_office.id)
    category = next(c for c in reference.categories(db, demo_office.id) if c.name_en)
    village = villages[1]  # Moo 2, Ban Pa Chi
    logged = [log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ไฟทางดับ", anonymous=True, village_id=village.id,
        location_text="ถนนสายหลัก", lat=village.lat + i * 1e-4, lon=village.lon))
        for i in range(3)]
    flt = RegisterFilter()

    legend = json.loads(map_data.markers_json(db, demo_office.id, flt, lang="en"))
    assert {s["label"] for s in legend["statuses"]} >= {"Received"}
    assert category.name_en in json.dumps(legend, ensure_ascii=False)
    assert category.name_th not in json.dumps(legend, ensure_ascii=False)

    popup = json.loads(map_data.marker_details_json(db, demo_office.id, logged[0].id, lang="en"))
    assert popup["category"]["name"] == category.name_en
    assert popup["status"]["label"] == "Received"

    outlines = json.loads(map_places.labelled_boundary(db, demo_office.id, "en"))
    labels = {f["properties"]["label"] for f in outlines["features"]}
    assert "Moo 2 Ban Pa Chi" in labels and not any("หมู่ที่" in label for label in labels)
    assert {f["properties"]["short_label"] for f in outlines["features"]} == {
        f"M.{v.number}" for v in villages}
    thai = json.loads(map_places.labelled_boundary(db, demo_office.id))
    assert "หมู่ที่ 2 บ้านป่าจี้" in {f["properties"]["label"] for f in thai["features"]}

    settings = map_settings.set_hotspot_rule(db, admin.id, min_count=3, radius_m=100)
    spots = map_places.named_hotspots(
        db, demo_office.id, map_data.hotspots(db, demo_office.id, flt, settings, lang="en"), "en")
    assert [(s.village, s.category_name) for s in spots] == [("Moo 2 Ban Pa Chi",
                                                              category.name_en)]

    options = map_data.page_options(db, demo_office.id, mode="register", lang="en")
    assert options.labels["selected"] == "Selected:" and options.labels["clear"] == "Clear"
    assert not any("\u0e00" <= ch <= "\u0e7f" for text in options.labels.values() for ch in text)
    html = build_map_page(options)
    assert '<html lang="en">' in html
    assert '<html lang="th">' in build_map_page(map_data.page_options(db, demo_office.id,
                                                                      mode="register"))


def test_every_text_the_map_script_asks_for_has_both_languages():
    import re
    from pathlib import Path

    from fondue_desk.services.map_data import MAP_LABELS_EN, MAP_LABELS_TH

    script = (Path(__file__).resolve().parents[2] / "resources" / "map" /
              "fondue_map.js").read_text(encoding="utf-8")
    asked = set(re.findall(r'label\("([a-z_]+)"', script))
    assert asked <= set(MAP_LABELS_EN) and asked <= set(MAP_LABELS_TH)
    assert set(MAP_LABELS_EN) == set(MAP_LABELS_TH)


# ---------------------------------------------------------------- where the English names come from
def test_villages_keep_an_english_name_checked_like_the_thai_one(db, demo_office, admin):
    from fondue_desk.domain.errors import InvalidInput
    from fondue_desk.services import villages_admin

    listed = {v.number: v for v in villages_admin.list_villages(db, demo_office.id)}
    assert listed[2].name_en == "Ban Pa Chi"
    saved = villages_admin.save_village(db, admin.id, listed[3].as_input(name_en="  New Town "),
                                        village_id=listed[3].id)
    assert saved.name_en == "New Town"
    village = next(v for v in reference.villages(db, demo_office.id) if v.number == 3)
    assert village.label_in("en") == "Moo 3 New Town" and village.label == "หมู่ที่ 3 บ้านใหม่"
    with pytest.raises(InvalidInput) as refused:
        villages_admin.save_village(db, admin.id, listed[3].as_input(name_en="x" * 121),
                                    village_id=listed[3].id)
    assert [e.field for e in refused.value.errors] == ["name_en"]
    assert next(v for v in villages_admin.list_villages(db, demo_office.id)
                if v.number == 3).name_en == "New Town"


def test_pasted_rows_may_carry_the_english_name():
    from fondue_desk.services.villages_admin import parse_pasted_rows

    rows, errors = parse_pasted_rows("หมู่ที่\tชื่อ\tEnglish\n"
                                     "3\tบ้านป่าจี้\tBan Pa Chi\t18.75\t98.93\n"
                                     "4\tบ้านไร่\t18.76\t98.94\n"
                                     "ม.5\tบ้านใหม่\tBan Mai\n")
    assert errors == []
    assert [(r.number, r.name, r.name_en, r.lat) for r in rows] == [
        (3, "บ้านป่าจี้", "Ban Pa Chi", 18.75), (4, "บ้านไร่", "", 18.76),
        (5, "บ้านใหม่", "Ban Mai", None)]


def test_the_office_keeps_an_english_name(db, demo_office, admin):
    from dataclasses import replace

    from fondue_desk.services import office_profile

    profile = office_profile.office_profile(db, demo_office.id)
    assert profile.name_en == "Mae Hia Subdistrict Municipality"
    saved = office_profile.save_office_profile(db, admin.id, replace(profile,
                                                                     name_en=" Mae Hia Town "),
                                               only=["name_en"])
    assert saved.name_en == "Mae Hia Town"
    assert reference.office(db, demo_office.id).name_en == "Mae Hia Town"
    _, errors = office_profile.check_profile(replace(profile, name_en="x" * 201))
    assert [e.field for e in errors] == ["name_en"]


def test_the_configuration_file_carries_the_english_names(db, demo_office, admin, tmp_path):
    from fondue_desk.config.export import export_config
    from fondue_desk.config.importer import apply_import
    from fondue_desk.config.parse import parse_config

    text = export_config(db, demo_office.id)
    assert "  name_en: Mae Hia Subdistrict Municipality\n" in text
    assert "    name: บ้านป่าจี้\n    name_en: Ban Pa Chi\n" in text
    changed = (text.replace("name_en: Ban Pa Chi", "name_en: Ban Pa Chee")
               .replace("name_en: Mae Hia Subdistrict Municipality", "name_en: Mae Hia Town"))
    apply_import(db, admin.id, parse_config(changed, complete=True))
    assert reference.office(db, demo_office.id).name_en == "Mae Hia Town"
    assert next(v for v in reference.villages(db, demo_office.id)
                if v.number == 2).name_en == "Ban Pa Chee"
    assert export_config(db, demo_office.id) == changed


def test_open311_in_english_names_the_village_and_the_office_in_english(db, demo_office, logged,
                                                                       tmp_path):
    import json

    from fondue_desk.services.open311_export import export_open311

    export_open311(db, demo_office.id, RegisterFilter(), tmp_path, lang="en")
    requests = {r["service_request_id"]: r for r in json.loads(
        (tmp_path / "requests.json").read_text(encoding="utf-8"))}
    first = requests[logged[0].tracking_no]
    assert "Moo 2 Ban Pa Chi" in first["address"]
    assert first["agency_responsible"] == "Mae Hia Subdistrict Municipality"
    assert "Moo 4 บ้านต้นขาม" in requests[logged[1].tracking_no]["address"]
    export_open311(db, demo_office.id, RegisterFilter(), tmp_path / "th")
    thai = json.loads((tmp_path / "th" / "requests.json").read_text(encoding="utf-8"))
    assert {r["agency_responsible"] for r in thai} == {"เทศบาลตำบลแม่เหียะ"}


def test_duplicate_candidates_carry_the_village_for_the_readers_language(db, demo_office,
                                                                        clerk, logged):
    from fondue_desk.services import duplicates

    village = next(v for v in reference.villages(db, demo_office.id) if v.number == 2)
    category = next(c for c in reference.categories(db, demo_office.id)
                    if c.name_en == "Z street lights")
    found = duplicates.find_candidates(db, clerk.id, category_id=category.id, lat=None,
                                       lon=None, village_id=village.id)
    assert {(c.village_number, c.village_name, c.village_name_en) for c in found} == {
        (2, "บ้านป่าจี้", "Ban Pa Chi")}


def test_english_sort_and_search_on_postgresql(pg_url):
    from fondue_desk.db.database import Database
    from fondue_desk.services import demo

    database = Database.open(pg_url)
    try:
        demo.create_demo_office(database, complaints=0, passwords_must_change=False)
        office = reference.first_office(database)
        clerk = reference.default_counter_user(database, office.id)
        categories = reference.active_categories(database, office.id)
        lights = next(c for c in categories if "ไฟฟ้า" in c.name_th)
        roads = next(c for c in categories if "ถนน" in c.name_th)
        with database.write() as session:
            session.execute(update(Category).where(Category.id == lights.id)
                            .values(name_th="ก ไฟฟ้า", name_en="Z lights"))
            session.execute(update(Category).where(Category.id == roads.id)
                            .values(name_th="ฮ ถนน", name_en="A roads"))
        village = next(v for v in reference.villages(database, office.id) if v.number == 2)
        for category in (lights, roads):
            log_complaint(database, clerk.id, ComplaintInput(
                category_id=category.id, description="เรื่อง", anonymous=True,
                village_id=village.id if category is lights else None, location_text="จุด"))
        english = register.fetch(database, office.id, RegisterFilter(),
                                 Sort(SortKey.CATEGORY, False, "en"))
        assert [r.category_name_en for r in english] == ["A roads", "Z lights"]
        thai = register.fetch(database, office.id, RegisterFilter(),
                              Sort(SortKey.CATEGORY, False, "th"))
        assert [r.category_name_en for r in thai] == ["Z lights", "A roads"]
        for words, expected in (("pa chi", ["Z lights"]), ("ROADS", ["A roads"])):
            page = register.first_page(database, office.id, RegisterFilter(text=words))
            assert [r.category_name_en for r in page.rows] == expected
            from sqlalchemy import func, select

            from fondue_desk.db.models import Complaint
            where = register.conditions(database.dialect, office.id, RegisterFilter(text=words))
            with database.read() as session:
                assert session.scalar(select(func.count()).select_from(Complaint)
                                      .where(where)) == 1
    finally:
        database.close()


def test_init_takes_the_offices_english_name(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from fondue_desk.db.database import Database

    root = Path(__file__).resolve().parents[2]
    db_url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    done = subprocess.run(
        [sys.executable, str(root / "main.py"), "--db", db_url, "init", "--config",
         str(root / "resources" / "presets" / "city-tourists.yaml"), "--admin", "somchai",
         "--password-stdin", "--office-name", "เทศบาลเมืองป่าตอง",
         "--office-name-en", "Patong Town Municipality"],
        input="ร้อยเอ็ด-อาจสามารถ-2570\n", capture_output=True, text=True, timeout=120,
        check=False, cwd=root)
    assert done.returncode == 0, done.stderr
    db = Database.open(db_url)
    try:
        office = reference.first_office(db)
        assert (office.name, office.name_en) == ("เทศบาลเมืองป่าตอง", "Patong Town Municipality")
    finally:
        db.close()
