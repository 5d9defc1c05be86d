"""Traffy import benchmark: rows/s of `apply_import` beside a raw sqlite3 executemany; prints JSON.

    python bench/import.py [--rows 300000] [--smoke]

Generates a Traffy export in the documented public shape (ticket_id, {types}, multi-line
comments, "lon,lat" coords, UTC timestamps with "+00", Thai states, tickets with and without a
year prefix) and an agency-shape file (latitude/longitude columns, "finish"/"inprogress"
codes), imports both into an empty demo office, then re-imports the public file (everything
unchanged). The floor: the same file read with csv and its rows written through bare sqlite3
executemany (complaint, status_event, traffy_ticket, into a copy of the same empty database,
same indexes, the search index filled in one pass after the load as the import does), no
checks at all. Target (issue 14): the import at least half
the floor's rate. --smoke: 2,000 rows, for the test suite.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category
from fondue_desk.db.search_index import FTS_TABLE, SEARCHED_COLUMNS
from fondue_desk.interop.traffy.apply import apply_import
from fondue_desk.interop.traffy.plan import ImportMapping, plan_import
from fondue_desk.services import demo, reference

TYPES = ["ถนน", "ทางเท้า", "ความสะอาด", "น้ำท่วม", "ไฟฟ้า", "ท่อระบายน้ำ", "จราจร", "ต้นไม้"]
STATES = ["รอรับเรื่อง", "กำลังดำเนินการ", "เสร็จสิ้น", "ส่งต่อ", "ไม่เกี่ยวข้อง"]
CODES = ["waiting", "inprogress", "finish", "forward", "irrelevant"]
PUBLIC = ("ticket_id,type,organization,comment,coords,photo,photo_after,address,subdistrict,"
          "district,province,timestamp,state,star,count_reopen,last_activity")
AGENCY = ("ticket_id,type,organization,description,photo,latitude,longitude,address,subdistrict,"
          "district,province,timestamp,photo_after,timestamp_inprogress,timestamp_finished,"
          "org_finished,status,confirmed,star,count_reopen,last_activity")
NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


def generate(path: Path, rows: int, shape: str, seed: int) -> None:
    rnd = random.Random(seed)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, lineterminator="\r\n")
        out.writerow((PUBLIC if shape == "public" else AGENCY).split(","))
        for i in range(rows):
            moment = start + timedelta(seconds=rnd.randrange(0, 86400 * 700))
            stamp = moment.strftime("%Y-%m-%d %H:%M:%S.%f") + "+00"
            ticket = f"{moment.year}-{shape[0].upper()}{i:07d}" if i % 20 else f"H{shape[0]}{i:07d}"
            types = rnd.sample(TYPES, rnd.choice((0, 1, 1, 2)))
            comment = f"ปัญหา{types[0] if types else 'ทั่วไป'} จุดที่ {i}" + (
                "\nแจ้งซ้ำหลายครั้งแล้ว" if i % 7 == 0 else "")
            lat, lon = 13.5 + rnd.random() * 0.5, 100.3 + rnd.random() * 0.6
            address = f"{rnd.randrange(1, 999)} ซอย {rnd.randrange(1, 99)} หมู่ที่ {i % 12 + 1}"
            state = rnd.randrange(5)
            if shape == "public":
                out.writerow((ticket, "{" + ",".join(types) + "}", "เขตทดสอบ", comment,
                              f"{lon:.5f},{lat:.5f}", "", "", address, "แขวง", "เขต",
                              "กรุงเทพมหานคร", stamp, STATES[state], "", 0, stamp))
            else:
                out.writerow((ticket, ",".join(types), "อบต.ทดสอบ", comment, "", f"{lat:.5f}",
                              f"{lon:.5f}", address, "ตำบล", "อำเภอ", "จังหวัด", stamp, "", "",
                              "", "", CODES[state], "", "", 0, stamp))


def floor(db_file: Path, csv_path: Path, office_id: int, clerk_id: int, category: int) -> float:
    """Seconds to read the file with csv and insert its rows through bare sqlite3."""
    started = time.perf_counter()
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = list(reader)
    con = sqlite3.connect(db_file)
    first = (con.execute("SELECT max(id) FROM complaint").fetchone()[0] or 0) + 1
    # The search index filled in one pass after the load, as the import (and the demo) do:
    # the floor must not pay the per-row trigger the import avoids.
    trigger = con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                          f"AND name = '{FTS_TABLE}_ai'").fetchone()[0]
    con.execute(f"DROP TRIGGER {FTS_TABLE}_ai")
    complaints, events, tickets = [], [], []
    for n, r in enumerate(rows):
        cid = first + n
        lon, lat = r[4].split(",")
        at = r[11][:26]
        complaints.append((cid, office_id, f"F-{n}", 2570, 900000 + n, at, "traffy", 1, "", "",
                           "", "", "", "", "", "", None, r[7], float(lat), float(lon), category,
                           r[3], "received", None, clerk_id, None, 0, None, ""))
        events.append((cid, None, "received", clerk_id, at, "", "traffy.imported", ""))
        tickets.append((office_id, cid, r[0], "", r[12], "waiting", at, "import", "", at))
    con.executemany(f"INSERT INTO complaint (id, office_id, tracking_no, fiscal_year, seq, "
                    "received_at, channel, anonymous, complainant_name, phone, national_id, "
                    "address_line, tambon, amphoe, province, postal_code, village_id, "
                    "location_text, lat, lon, category_id, description, status, due_date, "
                    "clerk_id, crew_id, reopen_count, planned_date, instruction) VALUES "
                    f"({', '.join('?' * 29)})", complaints)
    con.executemany("INSERT INTO status_event (complaint_id, from_status, to_status, by_user_id, "
                    "at, note, note_code, note_params) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", events)
    con.executemany("INSERT INTO traffy_ticket (office_id, complaint_id, ticket_id, password, "
                    "state_name, state_kind, last_activity, source, row_hash, synced_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tickets)
    columns = ", ".join(SEARCHED_COLUMNS)
    con.execute(f"INSERT INTO {FTS_TABLE}(rowid, {columns}) SELECT id, {columns} "
                f"FROM complaint WHERE id >= {first}")
    con.execute(trigger)
    con.commit()
    con.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    rows = 2000 if args.smoke else args.rows
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db_file = folder / "bench.sqlite3"
        db = Database.open(f"sqlite:///{db_file}")
        demo.create_demo_office(db, complaints=0, passwords_must_change=False)
        office = reference.first_office(db)
        clerk = reference.default_counter_user(db, office.id)
        with db.read() as session:
            category = session.scalar(select(Category.id).where(Category.office_id == office.id))
        public, agency = folder / "public.csv", folder / "agency.csv"
        generate(public, rows, "public", 1)
        generate(agency, max(rows // 10, 100), "agency", 2)
        floor_copy = folder / "floor.sqlite3"
        db.close()
        shutil.copy(db_file, floor_copy)
        db = Database.open(f"sqlite:///{db_file}")
        mapping = ImportMapping({name: category for name in [*TYPES, ""]}, {})
        started = time.perf_counter()
        plan = plan_import(db, office.id, public, mapping=mapping)
        plan_s = time.perf_counter() - started
        started = time.perf_counter()
        result = apply_import(db, clerk.id, public, mapping=mapping, now=NOW)
        import_s = time.perf_counter() - started
        started = time.perf_counter()
        again = apply_import(db, clerk.id, public, mapping=mapping, now=NOW)
        reimport_s = time.perf_counter() - started
        started = time.perf_counter()
        agency_result = apply_import(db, clerk.id, agency, mapping=mapping, now=NOW)
        agency_s = time.perf_counter() - started
        db.close()
        floor_s = floor(floor_copy, public, office.id, clerk.id, category)
    assert result.added == rows and again.unchanged == rows and not plan.bad_rows
    rate, floor_rate = rows / import_s, rows / floor_s
    print(json.dumps({
        "rows": rows, "added": result.added, "agency_rows_added": agency_result.added,
        "plan_s": round(plan_s, 3), "import_s": round(import_s, 3),
        "import_rows_per_s": round(rate), "reimport_unchanged_s": round(reimport_s, 3),
        "agency_import_s": round(agency_s, 3),
        "floor_raw_executemany_s": round(floor_s, 3), "floor_rows_per_s": round(floor_rate),
        "ratio_to_floor": round(rate / floor_rate, 3), "target_ratio": 0.5,
    }, indent=2))


if __name__ == "__main__":
    main()
