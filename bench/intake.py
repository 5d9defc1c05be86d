"""Intake benchmark: 1,000 walk-ins saved and printed on a fresh SQLite file; prints JSON.

Targets (issue 2): save p95 ≤ 10 ms, receipt p95 ≤ 50 ms. The raw-sqlite3 floor performs the
same writes (counter bump, complaint row, first status event, one committed transaction each)
without the service layer, to show what the layering costs.
Usage: python bench/intake.py [--n 1000] [--keep DIR] [--smoke]
--smoke: 20 walk-ins, for the test suite.
"""
from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fondue_desk.db.database import Database  # noqa: E402
from fondue_desk.domain.calendar import fiscal_year_be, now_thai  # noqa: E402
from fondue_desk.services import demo, reference  # noqa: E402
from fondue_desk.services.intake import ComplaintInput, log_complaint  # noqa: E402
from fondue_desk.services.receipts import receipt_pdf  # noqa: E402

DESCRIPTION = (
    "ไฟฟ้าส่องสว่างดับ 3 ต้น บริเวณหน้าวัดป่าจี้ ทางเข้าหมู่บ้าน ตั้งแต่เมื่อคืนวันที่ผ่านมา "
    "ทำให้ถนนมืดมาก ผู้สูงอายุและเด็กที่สัญจรไปมาไม่ปลอดภัย ขอให้ช่วยเปลี่ยนหลอดไฟด้วย"
)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(ms: list[float]) -> dict[str, float]:
    return {"p50_ms": round(statistics.median(ms), 3), "p95_ms": round(percentile(ms, 95), 3),
            "max_ms": round(max(ms), 3)}


def bench_service(folder: Path, n: int) -> tuple[dict, dict]:
    db = Database.open(f"sqlite:///{folder / 'service.sqlite3'}")
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    office = reference.first_office(db)
    clerk = reference.default_counter_user(db, office.id)
    categories = reference.active_categories(db, office.id)
    villages = reference.villages(db, office.id)
    saves, renders = [], []
    for i in range(n):
        data = ComplaintInput(
            category_id=categories[i % len(categories)].id, description=DESCRIPTION,
            complainant_name="นางสมศรี ใจดี", phone="081-234-5678",
            village_id=villages[i % len(villages)].id, location_text="หน้าวัดป่าจี้",
            lat=18.7396, lon=98.9518,
        )
        start = time.perf_counter()
        view = log_complaint(db, clerk.id, data)
        saves.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        receipt_pdf(db, view.id)
        renders.append((time.perf_counter() - start) * 1000)
    db.close()
    return summary(saves), summary(renders)


def bench_raw_floor(folder: Path, n: int) -> dict:
    """The same three writes per complaint through bare sqlite3, same PRAGMAs."""
    db = Database.open(f"sqlite:///{folder / 'floor.sqlite3'}")
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    office = reference.first_office(db)
    clerk = reference.default_counter_user(db, office.id)
    category = reference.active_categories(db, office.id)[0]
    db.close()
    # The year the service would number in today: the floor writes the same counter row.
    year = fiscal_year_be(now_thai())
    due = (now_thai() + timedelta(days=3)).date().isoformat()
    conn = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("INSERT INTO counter (office_id, register, year, last_value) VALUES (?, ?, ?, 0)",
                 (office.id, "complaint", year))
    times = []
    for _ in range(n):
        # Stored as naive UTC, as UtcDateTime stores it.
        now = now_thai().astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE counter SET last_value = last_value + 1 "
                     "WHERE office_id = ? AND register = ? AND year = ?",
                     (office.id, "complaint", year))
        seq = conn.execute("SELECT last_value FROM counter WHERE office_id = ? AND register = ? "
                           "AND year = ?", (office.id, "complaint", year)).fetchone()[0]
        cur = conn.execute(
            "INSERT INTO complaint (office_id, tracking_no, fiscal_year, seq, received_at, channel,"
            " anonymous, complainant_name, phone, national_id, address_line, tambon, amphoe,"
            " province, postal_code, village_id, location_text, lat, lon, category_id,"
            " description, status, due_date, clerk_id) VALUES (?, ?, ?, ?, ?, 'counter', 0, ?, ?,"
            " '', '', '', '', '', '', NULL, ?, ?, ?, ?, ?, 'received', ?, ?)",
            (office.id, f"{year}-{seq:06d}", year, seq, now, "นางสมศรี ใจดี", "0812345678",
             "หน้าวัดป่าจี้", 18.7396, 98.9518, category.id, DESCRIPTION, due, clerk.id),
        )
        conn.execute("INSERT INTO status_event (complaint_id, from_status, to_status, by_user_id,"
                     " at, note) VALUES (?, NULL, 'received', ?, ?, '')",
                     (cur.lastrowid, clerk.id, now))
        conn.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return summary(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    parser.add_argument("--smoke", action="store_true", help="20 walk-ins (the test suite)")
    args = parser.parse_args()
    if args.smoke:
        args.n = 20
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        save, render = bench_service(folder, args.n)
        floor = bench_raw_floor(folder, args.n)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "complaints": args.n,
        "save": save,
        "save_raw_sqlite3_floor": floor,
        "save_p95_ratio_to_floor": round(save["p95_ms"] / floor["p95_ms"], 2),
        "receipt_a5": render,
        "peak_rss_mb": round(peak_rss_mb, 1),
        "targets": {"save_p95_ms": 10, "receipt_p95_ms": 50},
    }, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
