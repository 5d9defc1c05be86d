"""Make docs/screenshots/*.png from the real window on a throw-away demo database.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screenshots]

Uses the same start-up steps as the app (fonts, style, Thai translator), so what the pictures
show is what a clerk sees: the intake form with a realistic complaint typed in, the register,
and the first page of a receipt.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QSize  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fondue_desk.services import (  # noqa: E402
    backup_settings,
    bootstrap,
    letters,
    receipts,
    reference,
    work_orders,
    workstation,  # noqa: E402
)
from fondue_desk.services.demo import create_demo_office  # noqa: E402
from fondue_desk.services.places import find_place  # noqa: E402
from scripts.screenshots_features import (  # noqa: E402
    add_traffic_questions,
    shoot_dashboard,
    shoot_feature_settings,
    shoot_intake_questions,
    shoot_traffy_import,
)
from scripts.screenshots_setup import grab, shoot_settings, shoot_setup_wizard  # noqa: E402
from ui import printing  # noqa: E402
from ui.app import Desk, build_main_window, create_application  # noqa: E402
from ui.dialogs.login_dialog import LoginDialog  # noqa: E402
from ui.translations import install_translators, use_language  # noqa: E402
from ui.widgets.pdf_printing import load_document  # noqa: E402

WINDOW_SIZE = QSize(1366, 820)
RECEIPT_DPI = 150
DEMO_COMPLAINTS = 400


def fill_intake_form(window, complaint: dict[str, str]) -> None:
    """Type one complaint into the form the way a clerk would leave it just before saving."""
    form = window.intake_page.form
    form.category.setCurrentIndex(form.category.findText(complaint["category"]))
    form.description.setPlainText(complaint["description"])
    form.village.setCurrentIndex(form.village.findText(complaint["village"]))
    form.location_text.setText(complaint["spot"])
    form.coordinates.setText(complaint.get("coordinates", ""))
    form.name.setText(complaint["name"])
    form.phone.setText(complaint["phone"])
    form.address.setText(complaint.get("address", ""))
    place = find_place(complaint["tambon"], "เมืองเชียงใหม่", "เชียงใหม่")
    if place is not None:
        form.choose_place(place)
    form.description.setFocus()


def show_a_closed_complaint(register_page) -> None:
    """Select a finished street-light job: a full history, its crew's result and the demo's
    before/after photos in the detail pane."""
    model = register_page.model
    closed = [r for r in range(min(model.rowCount(), 200)) if model.row_at(r).status == "closed"]
    row = next((r for r in closed if model.row_at(r).category_name == "ไฟฟ้าส่องสว่างชำรุด"),
               closed[0] if closed else 0)
    register_page.table.setCurrentIndex(model.index(row, 0))


# Logged before the picture is taken: the register and the receipt then show it.
SAVED = {
    "category": "น้ำประปา",
    "description": "น้ำประปาไม่ไหลตั้งแต่เช้านี้ ทั้งซอย 4 ประมาณ 12 หลังคาเรือน "
                   "ผู้สูงอายุในซอยต้องหาบน้ำจากบ่อวัด",
    "village": "หมู่ที่ 5 บ้านสันผักหวาน", "spot": "ซอย 4 ข้างร้านค้าสวัสดิการชุมชน",
    "name": "นางสาวพิมพ์ชนก ปัญญาดี", "phone": "089 765 4321", "tambon": "แม่เหียะ",
}
# Left in the form for the intake picture.
TYPED = {
    "category": "ไฟฟ้าส่องสว่างชำรุด",
    "description": "ไฟฟ้าส่องสว่างริมถนนหน้าวัดบ้านใหม่ดับ 3 ต้นติดกัน มาตั้งแต่วันเสาร์ที่แล้ว\n"
                   "ช่วงหัวค่ำเด็กนักเรียนเดินกลับบ้านผ่านทางนี้ มืดมาก ไม่ปลอดภัย",
    "village": "หมู่ที่ 3 บ้านใหม่", "spot": "ถนนหน้าวัดบ้านใหม่ ฝั่งตรงข้ามศาลาอเนกประสงค์",
    "coordinates": "18.7405, 98.9527", "name": "นายบุญมี คำมา", "phone": "081 234 5678",
    "address": "55/2 หมู่ 3 ซอยวัดบ้านใหม่", "tambon": "แม่เหียะ",
}


# A foreign resident at the counter of the English desk (intake_en.png, receipt_en.png): the
# Latin name makes the form suggest an English receipt.
FOREIGN = {
    "category": "Street lights out",
    "description": "Three street lights are out on the lane behind Wat Ban Mai since last "
                   "Saturday. It is very dark when people walk home from the market.",
    "village": "Moo 3 Ban Mai", "spot": "Lane behind Wat Ban Mai, opposite the community hall",
    "coordinates": "18.7411, 98.9519", "name": "Emma Clarke", "phone": "081 555 0192",
    "address": "88/12 Moo 3", "tambon": "แม่เหียะ",
}


def shoot_english_desk(db, office, user, out: Path) -> None:
    """intake_en.png: the desk switched to English, a foreign resident's complaint typed in;
    receipt_en.png: the English receipt it prints once saved."""
    use_language("en")
    try:
        window = build_main_window(Desk(db, office, user))
        window.resize(WINDOW_SIZE)
        window.show()
        window.show_page(window.pages.indexOf(window.intake_page))
        fill_intake_form(window, FOREIGN)
        # Typed, not set: typing a Latin name is what suggests the English receipt.
        window.intake_page.form.name.textEdited.emit(FOREIGN["name"])
        grab(window, out / "intake_en.png")
        saved = window.intake_page.save()
        if saved is None:
            raise SystemExit(f"the English sample was rejected: {window.intake_page.form.feedback}")
        render_pdf_page(receipts.receipt_pdf(db, saved.id), out / "receipt_en.png")
        window.close()
    finally:
        use_language("th")


RECEIPT_PRINTER = "Counter receipt printer"


class FilePrinters(printing.PrinterFactory):
    """The counter's printers, writing PDF files into the throw-away folder: Enter prints the
    receipt straight away, as at a real counter, and nothing reaches a real printer."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir()
        self.folder = folder
        self.jobs = 0

    def names(self) -> list[str]:
        return [RECEIPT_PRINTER]

    def default_name(self) -> str:
        return RECEIPT_PRINTER

    def printer(self, name: str) -> QPrinter | None:
        self.jobs += 1
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.folder / f"job-{self.jobs}.pdf"))
        return printer


def grab_map(window, path: Path, timeout_s: float = 30.0) -> None:
    """The map page once Chromium has drawn its markers (QtWebEngine paints asynchronously)."""
    import time

    drawn = []
    window.map_page.markers_shown.connect(lambda count, _skipped: drawn.append(count))
    window.show_page(window.pages.indexOf(window.map_page))
    deadline = time.monotonic() + timeout_s
    while not drawn and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    settle = time.monotonic() + 1.0  # clusters animate in after the markers are added
    while time.monotonic() < settle:
        QApplication.processEvents()
        time.sleep(0.02)
    if not drawn:
        raise SystemExit("the map did not finish loading")
    grab(window, path)


def render_pdf_page(pdf: bytes, path: Path) -> None:
    document, buffer = load_document(pdf)
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * RECEIPT_DPI / 72), round(points.height() * RECEIPT_DPI / 72))
    page = document.render(0, size)
    # PDFium leaves the paper transparent; a viewer would show it on a dark background.
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    buffer.close()
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")


def latest_work_order(db) -> int:
    from sqlalchemy import func, select

    from fondue_desk.db.models import WorkOrder, WorkOrderJob

    with db.read() as session:
        # The newest order with several jobs: what a crew takes out on a morning.
        return session.scalar(select(WorkOrder.id).join(WorkOrderJob).group_by(WorkOrder.id)
                              .having(func.count() > 1).order_by(WorkOrder.id.desc()).limit(1))


def latest_letters(db) -> list[int]:
    from sqlalchemy import select

    from fondue_desk.db.models import OutgoingLetter

    with db.read() as session:
        return list(session.scalars(select(OutgoingLetter.id).order_by(
            OutgoingLetter.id.desc()).limit(1)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="fondue-shots-") as temp:
        # Keep the developer's own settings (window size, paper, language) out of it.
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, temp)
        # and this PC's printers (ui.printing reads them there): the pictures print nothing.
        os.environ["XDG_CONFIG_HOME"] = str(Path(temp) / "config")
        translators = install_translators("th")  # noqa: F841  (must stay referenced)
        printing.set_printer_factory(FilePrinters(Path(temp) / "printed"))
        workstation.save_printers(printing.workstation_file(), workstation.WorkstationPrinters(
            receipt=workstation.PrinterChoice(workstation.NAMED, RECEIPT_PRINTER),
            a4=workstation.PrinterChoice(workstation.SYSTEM_DEFAULT)))
        db = bootstrap.open_database(f"sqlite:///{Path(temp) / 'demo.sqlite3'}")
        create_demo_office(db, complaints=DEMO_COMPLAINTS, passwords_must_change=False)
        office = reference.first_office(db)
        admin = reference.find_user(db, "admin")
        # The automatic backups (at start, on close) of a throw-away database go with it, not
        # into the developer's own backup folder.
        backup_settings.save_backup_settings(db, admin.id, folder=str(Path(temp) / "backups"),
                                             keep=1, automatic=True)
        user = reference.default_counter_user(db, office.id)
        window = build_main_window(Desk(db, office, user))
        window.resize(WINDOW_SIZE)
        window.show()

        page = window.intake_page
        fill_intake_form(window, SAVED)
        saved = page.save()
        if saved is None:
            raise SystemExit(f"the sample complaint was rejected: {page.form.feedback}")
        fill_intake_form(window, TYPED)
        grab(window, args.out / "intake.png")
        window.show_page(window.pages.indexOf(window.register_page))
        show_a_closed_complaint(window.register_page)
        grab(window, args.out / "register.png")
        grab_map(window, args.out / "map.png")
        render_pdf_page(receipts.receipt_pdf(db, saved.id), args.out / "receipt.png")
        window.show_page(window.pages.indexOf(window.crew_board_page))
        grab(window, args.out / "crew_board.png")
        render_pdf_page(work_orders.work_orders_pdf(db, office.id, [latest_work_order(db)]),
                        args.out / "work_order.png")
        window.close()
        shoot_english_desk(db, office, user, args.out)

        mayor = reference.find_user(db, "mayor")
        mayor_window = build_main_window(Desk(db, office, mayor))
        mayor_window.resize(WINDOW_SIZE)
        mayor_window.show()
        signoff = mayor_window.signoff_page
        mayor_window.show_page(mayor_window.pages.indexOf(signoff))  # the first is the dashboard
        signoff.reload()
        if signoff.model.rowCount():
            signoff.table.selectRow(0)
        grab(mayor_window, args.out / "signoff.png")
        shoot_dashboard(mayor_window, args.out)
        mayor_window.close()

        admin_window = build_main_window(Desk(db, office, admin))
        admin_window.resize(WINDOW_SIZE)
        admin_window.show()
        shoot_settings(admin_window, args.out)
        admin_window.close()
        # Added after the pictures above, which show the demo office as it ships.
        traffic = add_traffic_questions(db, admin.id)
        admin_window = build_main_window(Desk(db, office, admin))
        admin_window.show()
        shoot_intake_questions(admin_window, args.out, traffic)
        shoot_feature_settings(admin_window, args.out, traffic)
        admin_window.close()
        shoot_traffy_import(db, office, admin, Path(temp), args.out)
        day_letters = letters.letters_of_day(db, office.id) or latest_letters(db)
        render_pdf_page(letters.letters_pdf(db, office.id, day_letters[:1]),
                        args.out / "letter.png")
        login = LoginDialog(db, office)
        login.show()
        grab(login, args.out / "login.png")
        login.close()
        db.close()
        shoot_setup_wizard(Path(temp), args.out)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
