"""The assistant offers the town-with-tourists list for a เทศบาลเมือง, and the categories it
builds keep each preset category's questions (edits in the table must not drop them)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from fondue_desk.domain.custom_fields import FieldKind
from ui.setup_wizard.categories_table import SLA
from ui.setup_wizard.pages import Page

from .setup_helpers import open_wizard, wait_page


def test_a_town_starts_from_the_tourist_list_and_its_questions_survive_edits(qtbot, db):
    wizard = open_wizard(qtbot, db)
    wizard.next()
    form = wizard.office.form
    form.kind.setCurrentIndex(form.kind.findData("เทศบาลเมือง"))
    form.name.setText("เทศบาลเมืองป่าตอง")
    wizard.next()
    wizard.next()
    wait_page(qtbot, wizard, Page.CATEGORIES)
    page = wizard.categories
    assert page.presets.currentData() == "city-tourists"
    assert page.presets.currentText() == "เทศบาลเมืองที่มีนักท่องเที่ยว"
    assert [page.presets.itemData(i) for i in range(page.presets.count())] == [
        "tessaban-tambon", "obt", "city-tourists"]
    row = next(i for i, s in enumerate(page.table.specs()) if s.code == "traffic-violation")
    page.table.item(row, SLA).setData(Qt.ItemDataRole.EditRole, "5")
    violation = page.table.specs()[row]
    assert violation.sla_days == 5
    plate = violation.fields[0]
    assert (plate.code, plate.kind, plate.required) == ("plate", FieldKind.VEHICLE_PLATE, True)
    assert [f.code for f in violation.fields] == ["plate", "vehicle_type", "violation",
                                                  "seen_date", "seen_time", "direction"]
    wizard.grab().save("/tmp/h6/wizard_town.png")
