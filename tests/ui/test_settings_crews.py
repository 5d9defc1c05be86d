"""Settings → Crews: create and edit crews, refused duplicates, read-only for a clerk."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fondue_desk.domain.errors import FieldError
from fondue_desk.services import crews, reference
from ui.messages import field_error_text

from .dispatch_helpers import ELECTRIC, ROAD, WASTE, admin, category_id
from .keyboard import type_text
from .settings_helpers import open_settings, press

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def settings(qtbot, db, demo_office):
    return open_settings(qtbot, db, demo_office, admin(db), "crews")


@pytest.fixture
def dialog(settings):
    return settings.current_page()


def by_name(db, office, name: str):
    return next((c for c in crews.list_crews(db, office.id, include_inactive=True)
                 if c.name == name), None)


def test_create_a_crew(qtbot, db, demo_office, dialog):
    listed = dialog.table.rowCount()
    qtbot.mouseClick(dialog.new_button, LEFT)
    assert dialog.name.text() == "" and dialog.active.isChecked()
    type_text(dialog.name, "ทีมกู้ภัยเฉพาะกิจ")
    type_text(dialog.leader_name, "นายสมศักดิ์ ใจกล้า")
    type_text(dialog.phone, "0812345678")
    dialog.members.setPlainText("นายหนึ่ง ทดสอบ\n\nนายสอง ทดสอบ\n")
    dialog.set_category_checked(category_id(db, demo_office, ROAD), True)
    dialog.set_category_checked(category_id(db, demo_office, WASTE), True)
    leader = reference.find_user(db, "crew1")
    dialog.leader_account.setCurrentIndex(dialog.leader_account.findData(leader.id))
    qtbot.mouseClick(dialog.save_button, LEFT)

    saved = by_name(db, demo_office, "ทีมกู้ภัยเฉพาะกิจ")
    assert saved is not None
    assert (saved.leader_name, saved.phone, saved.members, saved.leader_user_id) == (
        "นายสมศักดิ์ ใจกล้า", "0812345678", ("นายหนึ่ง ทดสอบ", "นายสอง ทดสอบ"), leader.id)
    assert set(saved.category_ids) == {category_id(db, demo_office, ROAD),
                                       category_id(db, demo_office, WASTE)}
    assert dialog.table.rowCount() == listed + 1
    assert "ทีมกู้ภัยเฉพาะกิจ" in dialog.crew_names()
    assert dialog.editor_title.text() == "ทีมกู้ภัยเฉพาะกิจ"  # now editing the saved crew


def test_edit_a_crew_and_deactivate_it(qtbot, db, demo_office, dialog, monkeypatch):
    crew = crews.save_crew(db, admin(db).id, crews.CrewInput(
        name="ทีมแก้ไข", category_ids=[category_id(db, demo_office, ELECTRIC)]))
    dialog.reload()
    dialog.select_crew(crew.id)
    assert dialog.name.text() == "ทีมแก้ไข"
    dialog.phone.clear()
    type_text(dialog.phone, "053-123456")
    dialog.set_category_checked(category_id(db, demo_office, ELECTRIC), False)
    dialog.set_category_checked(category_id(db, demo_office, ROAD), True)
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # Enter saves, as everywhere on the desk
    edited = crews.get_crew(db, demo_office.id, crew.id)
    assert edited.phone == "053123456"
    assert edited.category_ids == (category_id(db, demo_office, ROAD),)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.deactivate_button, LEFT)
    assert not crews.get_crew(db, demo_office.id, crew.id).active
    assert dialog.show_inactive.isChecked() and dialog.deactivate_button.text() != "Deactivate"


def test_a_duplicate_name_is_refused_next_to_the_field(qtbot, db, demo_office, dialog):
    crews.save_crew(db, admin(db).id, crews.CrewInput(name="ทีมซ้ำ"))
    count = len(crews.list_crews(db, demo_office.id, include_inactive=True))
    qtbot.mouseClick(dialog.new_button, LEFT)
    type_text(dialog.name, "ทีมซ้ำ")
    type_text(dialog.phone, "12345")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.error_text("name") == field_error_text(FieldError("name", "crew.name_taken"))
    assert dialog.error_text("phone") == field_error_text(FieldError("phone", "phone.invalid"))
    assert len(crews.list_crews(db, demo_office.id, include_inactive=True)) == count
    type_text(dialog.name, " 2")
    assert dialog.error_text("name") == ""  # cleared as soon as the field is edited


def test_a_clerk_sees_the_crews_read_only(qtbot, db, demo_office, clerk):
    crew = crews.save_crew(db, admin(db).id, crews.CrewInput(
        name="ทีมอ่านอย่างเดียว", category_ids=[category_id(db, demo_office, ELECTRIC)],
        leader_user_id=reference.find_user(db, "crew1").id))
    window = open_settings(qtbot, db, demo_office, clerk)
    assert window.page_names() == ["crews", "printers"]  # and this PC's printers, no other
    assert not window.ok_button.isVisibleTo(window) and not window.import_button.isVisibleTo(
        window)
    widget = window.current_page()
    assert widget.read_only
    widget.select_crew(crew.id)
    assert widget.name.text() == "ทีมอ่านอย่างเดียว" and widget.name.isReadOnly()
    assert widget.leader_account.currentText() == reference.find_user(db, "crew1").full_name
    assert not widget.save_button.isVisibleTo(widget)
    assert not widget.new_button.isVisibleTo(widget)
    assert not widget.deactivate_button.isVisibleTo(widget)
    item = widget.categories.item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert widget.save_crew() is None
    assert crews.get_crew(db, demo_office.id, crew.id).name == "ทีมอ่านอย่างเดียว"


def test_ok_saves_the_crew_being_edited_and_says_so_on_the_bus(qtbot, db, demo_office,
                                                               settings, dialog):
    from ui.bus import ReferenceBus

    bus = ReferenceBus()
    settings._bus = bus
    crew = crews.save_crew(db, admin(db).id, crews.CrewInput(name="ทีมก่อนแก้"))
    dialog.reload()
    dialog.select_crew(crew.id)
    dialog.name.clear()
    type_text(dialog.name, "ทีมหลังแก้")
    with qtbot.waitSignal(bus.reference_changed, timeout=10_000) as published:
        press(qtbot, settings.ok_button)
    assert published.args[0].crews
    assert crews.get_crew(db, demo_office.id, crew.id).name == "ทีมหลังแก้"
    assert not settings.isVisible()
