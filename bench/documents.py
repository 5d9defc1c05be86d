"""Documents benchmark: a batch of 200 jobs into work orders, and a day's closure letters; JSON.

Target (issue 5): 200 jobs into work orders ≤ 5 s, end to end: assigning them (which numbers
the orders in the same transaction), reading the orders back with their locator sketches and
rendering them as one PDF, as the desk does when the clerk presses "print".
Both groupings are measured: one order per crew per day (a few long orders) and one order per
job (200 one-job orders). The first render in a process loads the Thai word dictionary, so one
untimed warm-up render runs first, as the desk does at start-up.
Floor: plain ReportLab writing the same number of A4 pages, each with the same Thai text
(shaped Sarabun Paragraphs, no QR code, sketch or database), measured in the same run; the
ratio says what our documents cost beyond laying out shaped Thai text at all.
Usage: python bench/documents.py [--jobs 200] [--letters 100] [--keep DIR] [--smoke]
--smoke: 10 jobs and 5 letters in a temporary folder, for the test suite.
"""
from __future__ import annotations

import argparse
import io
import json
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fondue_desk.db.database import Database  # noqa: E402
from fondue_desk.documents.line_breaking import warm_up  # noqa: E402
from fondue_desk.documents.paragraphs import shaped_paragraph_style  # noqa: E402
from fondue_desk.domain.calendar import now_thai  # noqa: E402
from fondue_desk.services import crews, dispatch, letters, reference, signoff  # noqa: E402
from fondue_desk.services import demo, work_orders  # noqa: E402
from fondue_desk.services.intake import ComplaintInput, log_complaint  # noqa: E402

DESCRIPTION = (
    "ไฟฟ้าส่องสว่างดับ 3 ต้น บริเวณหน้าวัดป่าจี้ ทางเข้าหมู่บ้าน ตั้งแต่เมื่อคืนวันที่ผ่านมา "
    "ทำให้ถนนมืดมาก ผู้สูงอายุและเด็กที่สัญจรไปมาไม่ปลอดภัย ขอให้ช่วยเปลี่ยนหลอดไฟด้วย"
)


def log_jobs(db, office, clerk, n: int) -> dict[int, list[int]]:
    """n new complaints spread over the categories, grouped by the crew that serves each."""
    categories = reference.active_categories(db, office.id)
    villages = reference.villages(db, office.id)
    by_crew: dict[int, list[int]] = {}
    for i in range(n):
        category = categories[i % len(categories)]
        village = villages[i % len(villages)]
        made = log_complaint(db, clerk.id, ComplaintInput(
            category_id=category.id, description=DESCRIPTION, complainant_name="นางสมศรี ใจดี",
            phone="081-234-5678", village_id=village.id, location_text="หน้าวัดป่าจี้",
            lat=(village.lat or 18.74) + 0.001 * (i % 7), lon=(village.lon or 98.95) + 0.001))
        crew = crews.suggest_crew(db, office.id, category.id)
        by_crew.setdefault(crew.id, []).append(made.id)
    return by_crew


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page[^s]", pdf))


def plain_reportlab_s(pages: int, paragraphs_per_page: int = 12) -> float:
    """The floor: `pages` A4 pages of shaped Thai paragraphs through plain ReportLab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = shaped_paragraph_style("bench-floor", 11)
    started = time.perf_counter()
    story = []
    for _page in range(pages):
        story += [Paragraph(DESCRIPTION, style) for _ in range(paragraphs_per_page)]
        story.append(PageBreak())
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
    return time.perf_counter() - started


def batch(db, office, clerk, n: int, grouping: str) -> dict:
    by_crew = log_jobs(db, office, clerk, n)
    today = now_thai().date()
    started = time.perf_counter()
    order_ids = []
    for crew_id, ids in by_crew.items():
        result = dispatch.assign(db, clerk.id, ids, crew_id, today, work_orders=grouping)
        order_ids += [o.id for o in result.work_orders]
    assigned = time.perf_counter()
    pdf = work_orders.work_orders_pdf(db, office.id, order_ids)
    done = time.perf_counter()
    pages = page_count(pdf)
    floor = plain_reportlab_s(pages)
    return {"grouping": grouping, "jobs": n, "orders": len(order_ids), "pages": pages,
            "assign_and_number_s": round(assigned - started, 3),
            "read_and_render_s": round(done - assigned, 3), "total_s": round(done - started, 3),
            "floor_plain_reportlab_s": round(floor, 3),
            "render_to_floor_ratio": round((done - assigned) / floor, 1),
            "pdf_bytes": len(pdf), "target_total_s": 5.0}


def letters_batch(db, office, clerk, n: int) -> dict:
    mayor = reference.find_user(db, "mayor")
    by_crew = log_jobs(db, office, clerk, n)
    today = now_thai().date()
    ids = []
    for crew_id, crew_jobs in by_crew.items():
        dispatch.assign(db, clerk.id, crew_jobs, crew_id, today)
        for complaint_id in crew_jobs:
            dispatch.record_result(db, clerk.id, complaint_id, dispatch.ResultInput(
                outcome="done", notes="เปลี่ยนหลอด LED เรียบร้อย"))
        ids += crew_jobs
    started = time.perf_counter()
    decision = signoff.approve(db, mayor.id, ids)
    approved = time.perf_counter()
    pdf = letters.letters_pdf(db, office.id, letters.letters_of_day(db, office.id))
    done = time.perf_counter()
    floor = plain_reportlab_s(page_count(pdf))
    return {"letters": len(decision.letters), "approve_and_number_s": round(approved - started, 3),
            "render_day_s": round(done - approved, 3),
            "floor_plain_reportlab_s": round(floor, 3),
            "render_to_floor_ratio": round((done - approved) / floor, 1), "pdf_bytes": len(pdf)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--letters", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="keep the database in this folder")
    parser.add_argument("--smoke", action="store_true",
                        help="10 jobs and 5 letters (the test suite)")
    args = parser.parse_args()
    if args.smoke:
        args.jobs, args.letters = 10, 5
    folder = args.keep or Path(tempfile.mkdtemp(prefix="fondue-bench-docs-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = Database.open(f"sqlite:///{folder / 'documents.sqlite3'}")
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    office = reference.first_office(db)
    clerk = reference.default_counter_user(db, office.id)
    warm_up()
    batch(db, office, clerk, 3, "job")  # fonts and styles, untimed
    figures = {
        "work_orders": [batch(db, office, clerk, args.jobs, grouping)
                        for grouping in ("crew_day", "job")],
        "closure_letters": letters_batch(db, office, clerk, args.letters),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    db.close()
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
