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
