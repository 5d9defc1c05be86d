"""Driving the set-up assistant from the keyboard, as a newcomer at an empty desk would."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from ui.setup_wizard import SetupWizard
from ui.setup_wizard.pages import Page

from .keyboard import type_text

WAIT = 10_000
OFFICE_NAME = "เทศบาลตำบลอาจสามารถ"
ADDRESS_START = "ตำบลอาจสามารถ อำเภออาจสามารถ จังหวัดร้อยเอ็ด 45160"
VILLAGES_FROM_EXCEL = ("หมู่ที่\tชื่อหมู่บ้าน\r\n1\tบ้านอาจสามารถ\r\n2\tบ้านหนองหมื่นถ่าน\r\n"
                       "3\tบ้านโนนสว่าง\t15.8702\t103.8869\r\n")
ADMIN = ("somchai.k", "นายสมชาย ใจดี", "นักวิชาการคอมพิวเตอร์", "ฝนตกหนัก สะพานขาด")
SIGNATORY = "นายประยูร ศรีอาจ"


def open_wizard(qtbot, db, **kwargs) -> SetupWizard:
    wizard = SetupWizard(db, **kwargs)
    # Deleted when qtbot closes it after the test, not left to be restyled by a later one.
    qtbot.addWidget(wizard, before_close_func=_discard)
    wizard.resize(1280, 720)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=WAIT)
    return wizard


def _discard(wizard: SetupWizard) -> None:
    wizard.ask_before_leaving = False  # the test is over: close without the "leave?" question
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def focused():
    return QGuiApplication.focusObject()


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), k, modifier)


def enter(qtbot) -> None:
    key(qtbot, Qt.Key.Key_Return)


def tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        key(qtbot, Qt.Key.Key_Tab)


def wait_page(qtbot, wizard: SetupWizard, page: Page) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=WAIT)


def fill_office_page(qtbot, wizard: SetupWizard) -> None:
    """Kind stays เทศบาลตำบล; the tambon is picked from the completer; contacts typed."""
    form = wizard.office.form
    assert form.kind.hasFocus()
    tab(qtbot)
    assert form.tambon.hasFocus()
    type_text(form.tambon, "ต.อาจสามารถ")
    popup = form.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "ร้อยเอ็ด" in form.place_info.text(), timeout=WAIT)
    # The offscreen platform does not give the window back its activation after a popup, and
    # Tab moves focus only in the active window; a real desktop does this by itself.
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=WAIT)
    tab(qtbot)  # the suggested name stays
    assert form.name.text() == OFFICE_NAME, form.name.text()
    assert form.name.hasFocus()
    tab(qtbot)
    assert form.name_en.hasFocus()  # the English name may stay empty
    tab(qtbot)
    assert form.address.hasFocus()
    QTest.keyClick(form.address, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    type_text(form.address, "เลขที่ 99 หมู่ที่ 1 ")
    tab(qtbot)
    QTest.keyClicks(form.phone, "043-511-234")
    tab(qtbot)
    QTest.keyClicks(form.email, "saraban@atsamat.go.th")
    tab(qtbot)
    type_text(form.document_code, "รอ 78501")
    tab(qtbot)
    assert form.emblem_choose.hasFocus()
    tab(qtbot)  # "Remove" is disabled without an emblem: straight to the location
    assert form.location.hasFocus()
    QTest.keyClicks(form.location, "https://www.openstreetmap.org/?mlat=15.8656&mlon=103.8847")
    assert "15.865600, 103.884700" in form.location_info.text()  # the link, read


def paste_villages(qtbot, wizard: SetupWizard, text: str = VILLAGES_FROM_EXCEL) -> None:
    table = wizard.villages.table
    assert table.hasFocus()
    QGuiApplication.clipboard().setText(text)
    QTest.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def fill_admin_page(qtbot, wizard: SetupWizard) -> None:
    page = wizard.admin
    assert page.username.hasFocus()
    username, full_name, position, password = ADMIN
    QTest.keyClicks(page.username, username)
    tab(qtbot)
    type_text(page.full_name, full_name)
    tab(qtbot)
    type_text(page.position, position)
    tab(qtbot)
    type_text(page.password, password)
    tab(qtbot)
    type_text(page.confirmation, password)
    tab(qtbot)
    assert page.signatory_name.hasFocus()
    type_text(page.signatory_name, SIGNATORY)
