"""The location picker: click, drag or paste a position; the intake form gets "lat, lon"."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from fondue_desk.domain.errors import FieldError
from fondue_desk.services import reference
from ui.messages import field_error_text

from .map_helpers import WEB_TIMEOUT_MS, js, wait_js

os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

GOOGLE_LINK = "https://www.google.com/maps/place/x/@18.7469,98.9575,17z"


def open_picker(qtbot, db, office, **kwargs):
    from ui.dialogs.location_picker_dialog import LocationPickerDialog

    dialog = LocationPickerDialog(db, office, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_ready, timeout=WEB_TIMEOUT_MS)
    return dialog


def click_map(qtbot, view, lat: float, lon: float) -> None:
    js(qtbot, view, f"fondue.map.fire('click', {{latlng: L.latLng({lat}, {lon})}}) && true")


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_click_on_the_map_picks_that_position(qtbot, db, demo_office):
    dialog = open_picker(qtbot, db, demo_office, center=(18.74, 98.95))
    assert dialog.picked() is None and not ok_button(dialog).isEnabled()
    with qtbot.waitSignal(dialog.view.bridge.location_picked, timeout=WEB_TIMEOUT_MS):
        click_map(qtbot, dialog.view, 18.7469, 98.9575)
    assert dialog.picked() == (18.7469, 98.9575)
    assert dialog.coordinates.text() == "18.746900, 98.957500"
    assert ok_button(dialog).isEnabled()
    assert js(qtbot, dialog.view, "fondue.picked()") == [18.7469, 98.9575]


def test_pasted_google_maps_link_moves_the_pin(qtbot, db, demo_office):
    dialog = open_picker(qtbot, db, demo_office, center=(18.74, 98.95))
    QGuiApplication.clipboard().setText(GOOGLE_LINK)
    dialog.coordinates.setFocus()
    dialog.coordinates.paste()
    assert dialog.picked() == (18.7469, 98.9575)
    wait_js(qtbot, dialog.view, "fondue.picked()", [18.7469, 98.9575])
    assert dialog.error_text() == ""


@pytest.mark.parametrize(("text", "code"), [
    ("somewhere near the temple", "location.unreadable"),
    ("48.8566, 2.3522", "location.outside_thailand"),
    ("98.9575, 18.7469", "location.swapped"),
])
def test_unusable_text_says_why_in_thai(qtbot, db, demo_office, text, code):
    dialog = open_picker(qtbot, db, demo_office, center=(18.74, 98.95))
    qtbot.keyClicks(dialog.coordinates, text)
    dialog.accept()  # what Enter does
    assert dialog.isVisible() and dialog.picked() is None
    assert dialog.error_text() == field_error_text(FieldError("location", code))
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in dialog.error_text())  # Thai, not English


def test_initial_position_shows_its_pin(qtbot, db, demo_office):
    dialog = open_picker(qtbot, db, demo_office, initial=(18.75, 98.96))
    assert dialog.coordinates.text() == "18.750000, 98.960000"
    wait_js(qtbot, dialog.view, "fondue.picked()", [18.75, 98.96])
    assert ok_button(dialog).isEnabled()


def test_intake_form_opens_at_the_village_and_takes_the_pick(qtbot, window, db, demo_office,
                                                            monkeypatch):
    from ui.dialogs.location_picker_dialog import LocationPickerDialog

    form = window.intake_page.form
    assert form.map_button.isVisible()
    village = next(v for v in reference.villages(db, demo_office.id) if v.lat is not None)
    form.village.setCurrentIndex(form.village.findData(village.id))
    seen = {}

    def exec_(dialog):
        qtbot.waitUntil(dialog.is_ready, timeout=WEB_TIMEOUT_MS)
        seen["centre"] = js(qtbot, dialog.view,
                            "[fondue.map.getCenter().lat, fondue.map.getCenter().lng]")
        with qtbot.waitSignal(dialog.view.bridge.location_picked, timeout=WEB_TIMEOUT_MS):
            click_map(qtbot, dialog.view, 18.7469, 98.9575)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LocationPickerDialog, "exec", exec_)
    qtbot.mouseClick(form.map_button, Qt.MouseButton.LeftButton)
    assert seen["centre"] == pytest.approx([village.lat, village.lon], abs=1e-6)
    assert form.coordinates.text() == "18.746900, 98.957500"
    data, errors = form.collect()
    assert errors == [] and (data.lat, data.lon) == (18.7469, 98.9575)


def test_cancel_leaves_the_coordinates_alone(qtbot, window, monkeypatch):
    from ui.dialogs.location_picker_dialog import LocationPickerDialog

    form = window.intake_page.form
    form.coordinates.setText("18.7, 98.9")
    monkeypatch.setattr(LocationPickerDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert form.map_button.pick() is False
    assert form.coordinates.text() == "18.7, 98.9"
