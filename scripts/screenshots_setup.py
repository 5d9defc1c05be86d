"""The set-up assistant and the Settings window for scripts/screenshots.py.

The assistant is shown as a newcomer meets it (an empty database), filled in for a real
office, เทศบาลตำบลอาจสามารถ in ร้อยเอ็ด; Settings is shown for the demo office's admin.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from fondue_desk.services import bootstrap
from fondue_desk.services.places import find_place
from ui.main_menus import open_settings
from ui.setup_wizard import SetupWizard
from ui.setup_wizard.pages import Page

DIALOG_SIZE = QSize(1280, 720)
OFFICE = {
    "kind": "เทศบาลตำบล",
    "place": ("อาจสามารถ", "อาจสามารถ", "ร้อยเอ็ด"),
    "house": "เลขที่ 99 หมู่ที่ 1 ",  # put before the address the tambon suggests
    "phone": "043-511-234",
    "email": "saraban@atsamat.go.th",
    "document_code": "รอ 78501",
    "location": "15.865600, 103.884700",
}
OFFICE_NAME = "เทศบาลตำบลอาจสามารถ"  # what the form suggests from kind and tambon
VILLAGES = ("1\tบ้านอาจสามารถ\n2\tบ้านหนองหมื่นถ่าน\n3\tบ้านโนนสว่าง\t15.8702\t103.8869\n"
            "4\tบ้านหนองแวง\n5\tบ้านดอนแดง\n")


def grab(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")


def fill_office_form(form) -> None:
    """The Office page as a newcomer leaves it: tambon picked from the official list."""
    form.kind.setCurrentIndex(form.kind.findData(OFFICE["kind"]))
    place = find_place(*OFFICE["place"])
    if place is None:
        raise SystemExit("ต.อาจสามารถ is missing from the sub-district list")
    form.tambon.setText(place.tambon)
    # Through the completer's own "picked" path, as a click in its list would go; it is
    # queued (see PlaceCompleter), hence the processEvents.
    form.completer.activated[str].emit(place.label)
    QApplication.processEvents()
    if "ร้อยเอ็ด" not in form.place_info.text():
        raise SystemExit(f"the tambon was not picked: {form.place_info.text()!r}")
    if form.name.text() != OFFICE_NAME:
        raise SystemExit(f"unexpected suggested name {form.name.text()!r}")
    form.address.setPlainText(OFFICE["house"] + form.address.toPlainText())
    form.phone.setText(OFFICE["phone"])
    form.email.setText(OFFICE["email"])
    form.document_code.setText(OFFICE["document_code"])
    form.location.setText(OFFICE["location"])
    problems = form.problems()
    if problems:
        raise SystemExit(f"the office form has problems: {problems}")


def shoot_setup_wizard(temp: Path, out: Path) -> None:
    """setup_office.png and setup_categories.png, from an empty database of their own."""
    db = bootstrap.open_database(f"sqlite:///{temp / 'empty.sqlite3'}")
    if bootstrap.find_office(db) is not None:
        raise SystemExit("the set-up assistant needs an empty database")
    wizard = SetupWizard(db)
    wizard.ask_before_leaving = False  # closed on purpose below
    wizard.resize(DIALOG_SIZE)
    wizard.show()
    wizard.welcome.own.setChecked(True)
    wizard.next()
    expect_page(wizard, Page.OFFICE)
    form = wizard.office.form
    fill_office_form(form)
    form.document_code.setFocus()  # the cursor where a newcomer would be: the fields are done
    grab(wizard, out / "setup_office.png")
    wizard.next()
    expect_page(wizard, Page.VILLAGES)
    wizard.villages.table.paste_text(VILLAGES)
    QApplication.processEvents()
    wizard.next()
    expect_page(wizard, Page.CATEGORIES)
    if wizard.categories.presets.currentText() != OFFICE["kind"]:
        raise SystemExit(f"preset {wizard.categories.presets.currentText()!r} was loaded")
    grab(wizard, out / "setup_categories.png")
    wizard.close()
    db.close()


def expect_page(wizard: SetupWizard, page: Page) -> None:
    QApplication.processEvents()
    if wizard.currentId() != page:
        raise SystemExit(f"the assistant stayed on page {wizard.currentId()}, not {page}")


def shoot_settings(window, out: Path) -> None:
    """settings.png: the Settings window on its Categories page, opened as the menu does."""
    dialog = open_settings(window, "categories")
    dialog.resize(DIALOG_SIZE)
    page = dialog.current_page()
    if page is None or dialog.page_names()[dialog.page_list.currentRow()] != "categories":
        raise SystemExit("Settings did not open on its Categories page")
    grab(dialog, out / "settings.png")
    dialog.reject()
