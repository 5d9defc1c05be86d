"""Settings → Office → Photos: the admin's "keep originals" choice is saved with OK."""
from __future__ import annotations

from fondue_desk.services import photo_settings
from tests.ui.settings_helpers import open_settings, press


def test_the_office_page_keeps_originals_when_ticked(qtbot, db, demo_office, admin):
    window = open_settings(qtbot, db, demo_office, admin, "office")
    page = window.show_page("office") or window.page("office")
    box = page.photos
    assert not box.keep_original.isChecked()
    box.keep_original.setChecked(True)
    assert not photo_settings.keep_original_photos(db, demo_office.id)  # waits for OK
    with qtbot.waitSignal(window.accepted, timeout=10_000):
        press(qtbot, window.ok_button)
    assert photo_settings.keep_original_photos(db, demo_office.id)
    again = open_settings(qtbot, db, demo_office, admin, "office")
    assert (again.show_page("office") or again.page("office")).photos.keep_original.isChecked()
