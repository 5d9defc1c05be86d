"""Photos at the counter: a traffic violation is not taken without one (the message next to the
photo box, nothing saved); a picture from a file, the clipboard or a drop is saved with the
complaint; Esc / Ctrl+Z clear and give them back; Settings → Categories sets the requirement."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from fondue_desk.domain.errors import FieldError
from fondue_desk.services import categories_admin
from fondue_desk.services.attachments import list_attachments
from tests.complaint_views import newest_complaints
from ui.messages import field_error_text

from .dispatch_helpers import admin
from .keyboard import type_text
from .test_intake_page import choose_category

VIOLATION = "แจ้งการกระทำผิดกฎจราจร"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _png_file(tmp_path, name="ป้ายทะเบียน.png", size=(64, 48)):
    path = tmp_path / name
    Image.new("RGB", size, (30, 90, 160)).save(path, "PNG")
    return path


@pytest.fixture
def violation(db, demo_office):
    """The town preset's traffic-violation row, added as Settings → Categories adds it."""
    return categories_admin.save_category(db, admin(db).id, categories_admin.CategoryInput(
        name_th=VIOLATION, name_en="Traffic violation", colour="#d84315", sla_days=7,
        code="traffic-violation", photo_required=True))


@pytest.fixture
def page(violation, window):
    window.resize(1280, 720)
    return window.intake_page


def _fill(qtbot, page) -> None:
    form = page.form
    choose_category(qtbot, page, "กระทำผิด")
    type_text(form.description, "รถยนต์จอดบนทางเท้าหน้าตลาดทุกเช้า")
    form.anonymous.setChecked(True)


def test_a_violation_without_a_photo_is_refused_next_to_the_photos_then_saved_with_them(
        qtbot, page, db, demo_office, tmp_path):
    form, photos = page.form, page.form.photos
    assert not photos.required_label.isVisible()
    _fill(qtbot, page)
    assert photos.required_label.isVisible()
    assert photos.required_label.text() == "(จำเป็น)"

    qtbot.keyClick(form.description, Qt.Key.Key_Return)
    expected = field_error_text(FieldError("photos", "intake.photo_required"))
    assert photos.error_text() == expected
    assert newest_complaints(db, demo_office.id) == []
    # The cursor waits on "Attach photo…", the fix.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is photos.add_button)
    page.grab().save("/tmp/h7_intake_refused.png")

    assert photos.add_files([_png_file(tmp_path)]) == []
    assert photos.error_text() == ""  # attaching answers the message
    QGuiApplication.clipboard().setImage(QImage(80, 60, QImage.Format.Format_RGB32))
    assert photos.paste()
    assert [name for name, _ in photos.photos()] == ["ป้ายทะเบียน.png", "clipboard-1.png"]
    assert photos.list.count() == 2 and photos.list.isVisible()
    page.grab().save("/tmp/h7_intake_photos.png")

    with qtbot.waitSignal(page.complaint_logged, timeout=10_000) as logged:
        qtbot.keyClick(form.description, Qt.Key.Key_Return)
    complaint = logged.args[0]
    stored = list_attachments(db, complaint.id)
    assert [(a.file_name, a.media_type) for a in stored] == [
        ("ป้ายทะเบียน.png", "image/png"), ("clipboard-1.png", "image/png")]
    # The next complaint starts without them.
    assert photos.photos() == () and photos.list.isHidden() and form.is_blank()
    assert not photos.required_label.isVisible()
    dialog = page.print_dialog()
    if dialog is not None:
        dialog.reject()


def test_ctrl_shift_o_from_the_description_attaches_and_delete_removes(
        qtbot, page, tmp_path, monkeypatch):
    form, photos = page.form, page.form.photos
    chosen = [str(_png_file(tmp_path, "a.png")), str(_png_file(tmp_path, "b.png"))]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args, **kwargs: (chosen, ""))
    form.description.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.description)
    qtbot.keyClick(form.description, Qt.Key.Key_O, CTRL | SHIFT)
    assert [name for name, _ in photos.photos()] == ["a.png", "b.png"]
    # Tab from the description reaches the photos, then Delete takes the chosen one off.
    order = form.tab_chain()
    assert order[order.index(form.description) + 1] is photos.add_button
    photos.list.setFocus()
    photos.list.setCurrentRow(0)
    qtbot.keyClick(photos.list, Qt.Key.Key_Delete)
    assert [name for name, _ in photos.photos()] == ["b.png"]
    qtbot.keyClick(photos.list, Qt.Key.Key_Delete)
    assert photos.photos() == () and photos.list.isHidden()


def test_a_wrong_file_is_refused_with_its_name_and_changes_nothing(qtbot, page, tmp_path):
    photos = page.form.photos
    text_file = tmp_path / "บันทึก.txt"
    text_file.write_text("ไม่ใช่รูป", encoding="utf-8")
    huge = tmp_path / "ใหญ่.png"
    Image.new("1", (8000, 8000), 1).save(huge, "PNG")  # 64 MP in a few hundred KB
    problems = photos.add_files([text_file, huge])
    assert len(problems) == 2
    assert problems[0].startswith("บันทึก.txt: ") and problems[1].startswith("ใหญ่.png: ")
    assert photos.error_text() == "\n".join(problems)
    assert photos.photos() == ()


def test_files_dropped_on_the_box_are_attached(qtbot, page, tmp_path):
    photos = page.form.photos
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_png_file(tmp_path, "dropped.png")))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(photos, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(photos, drop)
    assert [name for name, _ in photos.photos()] == ["dropped.png"]


def test_escape_clears_the_photos_and_ctrl_z_gives_them_back(qtbot, page, tmp_path):
    form, photos = page.form, page.form.photos
    _fill(qtbot, page)
    photos.add_files([_png_file(tmp_path)])
    kept = photos.photos()
    qtbot.keyClick(form.category, Qt.Key.Key_Escape)
    assert form.is_blank() and photos.photos() == ()
    qtbot.keyClick(form.category, Qt.Key.Key_Z, CTRL)
    assert photos.photos() == kept and photos.list.count() == 1
    assert photos.required_label.isVisible()  # the category came back, and its rule


def test_settings_categories_ticks_the_requirement_from_the_keyboard(qtbot, db, demo_office,
                                                                     violation):
    from ui.settings.pages.categories import PHOTO

    from .settings_helpers import PageInWindow, open_settings

    page = PageInWindow(open_settings(qtbot, db, demo_office, admin(db), "categories"),
                        "categories")
    row = page.row_of(VIOLATION)
    assert page.table.item(row, PHOTO).checkState() == Qt.CheckState.Checked
    other = page.row_of("ขยะ/ความสะอาด")
    page.table.setFocus()
    page.table.setCurrentCell(other, PHOTO)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # ticks it, as the mouse would
    page.table.setCurrentCell(row, PHOTO)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert page.save() is not None
    saved = {c.name_th: c.photo_required
             for c in categories_admin.list_categories(db, demo_office.id)}
    assert saved[VIOLATION] is False and saved["ขยะ/ความสะอาด"] is True
    assert sum(saved.values()) == 1
    page.window.grab().save("/tmp/h7_settings_categories.png")


def test_a_png_in_memory_round_trips(qtbot, page):
    out = io.BytesIO()
    Image.new("RGB", (10, 10), (255, 0, 0)).save(out, "PNG")
    assert page.form.photos.add_photo("red.png", out.getvalue()) == ""
    assert page.form.photos.photos()[0][1] == out.getvalue()


def test_the_form_at_1280_by_720(qtbot, page, window, tmp_path):
    """A picture for the report: the violation's form with two photos, the list in sight."""
    from .test_window_fits import cut_short, settle

    choose_category(qtbot, page, "กระทำผิด")
    photos = page.form.photos
    photos.add_files([_png_file(tmp_path), _png_file(tmp_path, "มุมกว้าง-ถนนสาย-4029.png")])
    settle()
    qtbot.waitUntil(lambda: not photos.list.visibleRegion().isEmpty())
    assert (window.width(), window.height()) == (1280, 720)
    assert cut_short(window) == []
    window.grab().save("/tmp/h7_window.png")
