"""Category questions, templates, statuses, the intake form's questions, the Traffy Fondue
import and the dashboard for scripts/screenshots.py, on the demo office.

The demo has no questions of its own, so the traffic-violation category of the
"town with tourists" preset (resources/presets/city-tourists.yaml) is added to it with its
questions, as an admin would through Settings.
"""
from __future__ import annotations

import csv
import time
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from fondue_desk.config.parse import parse_config
from fondue_desk.domain.templates import Kind
from fondue_desk.services import categories_admin, category_fields
from scripts.screenshots_setup import grab
from ui.main_menus import open_settings
from ui.traffy.import_dialog import REVIEW, TraffyImportDialog

SIZE = QSize(1280, 720)
PRESET = Path(__file__).resolve().parents[1] / "resources" / "presets" / "city-tourists.yaml"
TRAFFIC = "traffic-violation"
LETTER_CATEGORY = "ไฟฟ้าส่องสว่างชำรุด"
# Traffy types the clerk has already given a category on the review page (the rest still ask).
ANSWERED_TYPES = {"ไฟฟ้า": "ไฟฟ้าส่องสว่างชำรุด", "ถนน": "ถนน/ทางเท้าชำรุด"}


def add_traffic_questions(db, admin_id: int) -> str:
    """The preset's traffic-violation category and its questions; returns its Thai name."""
    config = parse_config(PRESET.read_text(encoding="utf-8"))
    spec = next(c for c in config.categories if c.code == TRAFFIC)
    category = categories_admin.save_category(db, admin_id, categories_admin.CategoryInput(
        name_th=spec.name_th, name_en=spec.name_en, colour=spec.colour, sla_days=spec.sla_days,
        code=spec.code))
    for definition in spec.fields:
        category_fields.save_field(db, admin_id, category.id, definition)
    return spec.name_th


def wait_until(condition, what: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.02)


def settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def shoot_feature_settings(window, out: Path, category_name: str) -> None:
    """category_fields.png, templates.png and statuses.png from the admin's Settings."""
    dialog = open_settings(window, "category_fields")
    dialog.resize(SIZE)
    page = dialog.page("category_fields")
    page.category.setCurrentIndex(page.category.findText(category_name))
    QApplication.processEvents()
    if len(page.labels()) < 3:
        raise SystemExit(f"the questions page shows {page.labels()}")
    page.table.selectRow(0)
    grab(dialog, out / "category_fields.png")

    shown = []
    templates = dialog.page("templates")
    templates.preview_shown.connect(lambda: shown.append(True))
    dialog.show_page("templates")
    # A street-light job's closure letter: its standard wording in grey, the letter beside it.
    templates.kind.setCurrentIndex(templates.kind.findData(Kind.LETTER_BODY.value))
    templates.category.setCurrentIndex(templates.category.findText(LETTER_CATEGORY))
    templates.refresh_preview()
    wait_until(lambda: shown, "the template preview")
    settle(1.0)  # the preview draws its page after the PDF arrives
    grab(dialog, out / "templates.png")

    dialog.show_page("statuses")
    grab(dialog, out / "statuses.png")
    dialog.reject()


def shoot_intake_questions(window, out: Path, category_name: str) -> None:
    """intake_questions.png: a traffic violation being logged, its questions under the
    category."""
    window.resize(SIZE)
    window.show_page(window.pages.indexOf(window.intake_page))
    form = window.intake_page.form
    form.category.setCurrentIndex(form.category.findText(category_name))
    form.description.setPlainText("รถกระบะจอดบนทางเท้าหน้าตลาดทุกเย็น คนเดินต้องลงไปเดินบนถนน")
    QApplication.processEvents()
    grab(window, out / "intake_questions.png")
    form.clear()


def shoot_dashboard(window, out: Path) -> None:
    """dashboard.png: the mayor's first page once its figures are counted."""
    window.resize(SIZE)
    page = window.dashboard_page
    window.show_page(window.pages.indexOf(page))
    wait_until(lambda: page.figures is not None and not page.is_counting(),
               "the dashboard's figures")
    settle(0.3)  # the charts lay their axes out after the figures arrive
    grab(window, out / "dashboard.png")


TRAFFY_HEADER = ["ticket_id", "type", "organization", "comment", "coords", "photo",
                 "photo_after", "address", "subdistrict", "district", "province", "timestamp",
                 "state", "star", "count_reopen", "last_activity"]


def _ticket(ticket: str, kind: str, comment: str, state: str, stamp: str,
            coords: str = "98.9527,18.7405") -> list[str]:
    return [ticket, "{" + kind + "}", "เทศบาลตำบลแม่เหียะ", comment, coords, "", "",
            "ถนนเชียงใหม่-หางดง", "แม่เหียะ", "เมืองเชียงใหม่", "เชียงใหม่", stamp, state, "",
            "0", stamp]


def write_traffy_sample(path: Path) -> Path:
    """A few tickets as Traffy exports them: known and unknown types, an agency-only state and
    a row whose date cannot be read."""
    rows = [
        _ticket("2024-8KQW2N", "ไฟฟ้า", "ไฟทางดับหน้าวัดบ้านใหม่ 3 ต้น", "รอรับเรื่อง",
                "2024-03-02 12:10:05+00"),
        _ticket("2024-9PLM3D", "ถนน", "ถนนเป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย", "กำลังดำเนินการ",
                "2024-03-04 02:41:17+00", "98.9461,18.7378"),
        _ticket("2024-A7CX5T", "ทางเท้า", "ทางเท้ายุบเป็นหลุม หน้าโรงเรียน", "รอตรวจสอบหน้างาน",
                "2024-03-05 07:02:44+00", "98.9490,18.7422"),
        _ticket("2024-B2RT8Y", "น้ำท่วม", "น้ำท่วมขังหลังฝนตก ระบายไม่ทัน", "เสร็จสิ้น",
                "2024-02-18 09:15:30+00", "98.9555,18.7351"),
        _ticket("2024-C4HJ1Z", "ความสะอาด", "ขยะล้นถังริมถนน", "รอรับเรื่อง", "ไม่ทราบวันที่"),
    ]
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(TRAFFY_HEADER)
        writer.writerows(rows)
    return path


def shoot_traffy_import(db, office, admin, temp: Path, out: Path) -> None:
    """traffy_import.png: File → Import from Traffy Fondue… on its review page, nothing
    imported yet."""
    dialog = TraffyImportDialog(db, office, admin)
    dialog.resize(SIZE)
    dialog.show()
    planned = []
    dialog.plan_ready.connect(planned.append)
    dialog.plan_file(write_traffy_sample(temp / "traffy-export.csv"))
    wait_until(lambda: planned, "the Traffy import plan")
    QApplication.processEvents()
    if dialog.pages.currentIndex() != REVIEW:
        raise SystemExit(f"the Traffy import dialog is on page {dialog.pages.currentIndex()}")
    table = dialog.review.types
    for value, combo in zip(table.values(), table.combos()):
        if value in ANSWERED_TYPES:
            combo.setCurrentIndex(combo.findText(ANSWERED_TYPES[value]))
    QApplication.processEvents()
    grab(dialog, out / "traffy_import.png")
    dialog.reject()
