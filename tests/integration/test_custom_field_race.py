"""An admin removes a choice nobody has picked yet while a clerk logs a complaint picking it,
at the same moment, on SQLite and PostgreSQL: exactly one of them wins. Either the choice is
gone and the complaint is refused (custom.unknown_choice), or the complaint holds it and the
admin is told it is in use (custom_field.choice_in_use); never an answer naming a choice the
field no longer has.

To make the race happen every round rather than by luck, the clerk's transaction pauses
between checking its answer and storing it until the admin's save is done, or for at most
PAUSE seconds: with the definitions held as the desk should, the admin's save cannot finish
meanwhile; without, it would remove the choice under the clerk's feet."""
from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import ComplaintFieldValue
from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind
from fondue_desk.domain.errors import InvalidInput
from fondue_desk.services import category_fields, demo, field_values, reference
from fondue_desk.services.intake import ComplaintInput, log_complaint

ROUNDS = 8
PAUSE = 0.3
BASE = (Choice("car", "รถยนต์"),)


def definition(*extra: Choice) -> FieldDefinition:
    return FieldDefinition("vehicle", FieldKind.SINGLE_CHOICE, "ประเภทรถ",
                           choices=BASE + extra)


@pytest.fixture(params=["sqlite", "postgresql"])
def desks(request, db_url):
    """Two desks on one database (each its own handle, as two PCs have)."""
    url = db_url if request.param == "sqlite" else request.getfixturevalue("pg_url")
    db = Database.open(url)
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    other = Database.open(url)
    yield db, other
    other.close()
    db.close()


def test_removing_a_choice_races_a_complaint_picking_it(desks, monkeypatch):
    db, admin_desk = desks
    admin_done = threading.Event()
    store = field_values.add_answer

    def store_after_the_admin(*args, **kwargs):
        admin_done.wait(PAUSE)
        store(*args, **kwargs)

    monkeypatch.setattr(field_values, "add_answer", store_after_the_admin)
    office = reference.first_office(db)
    admin = reference.find_user(db, "admin")
    clerk = reference.default_counter_user(db, office.id)
    category = reference.active_categories(db, office.id)[0]
    field = category_fields.save_field(db, admin.id, category.id, definition())
    outcomes: Counter[tuple[str, str]] = Counter()
    picked: list[Choice] = []  # picked in earlier rounds: kept, retired
    for n in range(ROUNDS):
        key = f"c{n}"
        category_fields.save_field(db, admin.id, category.id,
                                   definition(*picked, Choice(key, f"ตัวเลือก {n}")),
                                   field_id=field.id)
        start = threading.Barrier(2)
        admin_done.clear()
        result: dict[str, str] = {}

        def remove(start=start, result=result) -> None:
            start.wait()
            try:
                category_fields.save_field(admin_desk, admin.id, category.id,
                                           definition(*picked), field_id=field.id)
                result["admin"] = "removed"
            except InvalidInput as exc:
                result["admin"] = exc.errors[0].code
            finally:
                admin_done.set()

        def pick(key: str = key, start=start, result=result) -> None:
            start.wait()
            try:
                log_complaint(db, clerk.id, ComplaintInput(
                    category_id=category.id, description="รถจอดขวาง", anonymous=True,
                    field_values={"vehicle": key}))
                result["clerk"] = "logged"
            except InvalidInput as exc:
                result["clerk"] = exc.errors[0].code

        threads = [threading.Thread(target=remove), threading.Thread(target=pick)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        outcome = (result.get("admin", "?"), result.get("clerk", "?"))
        assert outcome in {("removed", "custom.unknown_choice"),
                           ("custom_field.choice_in_use", "logged")}, outcome
        outcomes[outcome] += 1
        if result["clerk"] == "logged":
            picked.append(Choice(key, f"ตัวเลือก {n}", active=False))
    # Every stored answer names a choice the field still has.
    keys = {c.key for c in category_fields.list_fields(db, category.id)[0].definition.choices}
    with db.read() as session:
        stored = set(session.scalars(select(ComplaintFieldValue.choice_key)))
    assert stored <= keys
    assert len(stored) == outcomes[("custom_field.choice_in_use", "logged")]
