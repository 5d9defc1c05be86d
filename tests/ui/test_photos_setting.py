"""Settings → Office → Photos: the admin's "keep originals" choice is saved with OK."""
from __future__ import annotations

import io

import pytest
from PIL import Image

from fondue_desk.services import photo_settings, reference
from tests.ui.settings_helpers import open_settings, press
from tests.ui.test_history_notes import thai_pending  # noqa: F401 (a fixture)

# Pillow warns above 89 MP before our own, lower limit refuses the picture.
pytestmark = pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")


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


@pytest.mark.usefixtures("thai_pending")  # Thai of strings the .qm does not have yet
def test_a_huge_emblem_is_refused_on_the_letters_page_with_its_size(qtbot, db, demo_office,
                                                                    admin):
    out = io.BytesIO()
    Image.new("P", (13_000, 13_000)).save(out, "PNG", optimize=True)
    before = reference.office(db, demo_office.id).logo_png
    window = open_settings(qtbot, db, demo_office, admin, "letters")
    page = window.show_page("letters") or window.page("letters")
    page.change_image("emblem", out.getvalue())
    assert page.error_text("picture") == ("รูปนี้มีขนาด 13,000 × 13,000 จุด เกินที่รับได้ 36 ล้านจุด "
                                          "กรุณาย่อรูปก่อนแล้วลองใหม่")
    assert reference.office(db, demo_office.id).logo_png == before
