"""Shared by the backup tests: logging complaints, reading a database's state, editing backups."""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

from sqlalchemy import func, select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint, Counter, StatusEvent


def complaint_input(category_id: int):
    from fondue_desk.services.intake import ComplaintInput

    return ComplaintInput(category_id=category_id, description="ไฟกิ่งดับหน้าวัด",
                          complainant_name="นางสาวทดสอบ สำรองข้อมูล", phone="0812345678")


def log_some(db: Database, clerk_id: int, category_id: int, count: int) -> list[str]:
    from fondue_desk.services.intake import log_complaint

    data = complaint_input(category_id)
    return [log_complaint(db, clerk_id, data).tracking_no for _ in range(count)]


def tracking_numbers(url: str) -> list[str]:
    db = Database.open(url, migrate=False)
    try:
        with db.read() as session:
            return sorted(session.scalars(select(Complaint.tracking_no)))
    finally:
        db.close()


def assert_consistent(url: str) -> int:
    """integrity_check ok, every counter equals its register's highest number, every complaint
    has its history; returns the number of complaints."""
    path = url.split(":///", 1)[1]
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    db = Database.open(url, migrate=False)
    try:
        with db.read() as session:
            complaints = session.scalar(select(func.count()).select_from(Complaint))
            for office_id, year, top, count in session.execute(
                    select(Complaint.office_id, Complaint.fiscal_year, func.max(Complaint.seq),
                           func.count()).group_by(Complaint.office_id, Complaint.fiscal_year)):
                assert top == count  # gapless
                counter = session.scalar(select(Counter.last_value).where(
                    Counter.office_id == office_id, Counter.register == "complaint",
                    Counter.year == year))
                assert counter == top
            without_history = session.scalar(
                select(func.count()).select_from(Complaint)
                .where(~select(StatusEvent.id).where(StatusEvent.complaint_id == Complaint.id)
                       .exists()))
            assert without_history == 0
            return complaints
    finally:
        db.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rewrite_backup(source: Path, target: Path, *, manifest_changes: dict | None = None,
                   image_sql: str | None = None, rehash: bool = True) -> None:
    """A copy of a backup with its manifest edited and/or SQL run on its SQLite image, hashes
    recomputed (a careful forger) unless rehash=False."""
    work = target.with_suffix(".work")
    work.mkdir()
    with zipfile.ZipFile(source) as archive:
        archive.extractall(work)
    manifest = json.loads((work / "manifest.json").read_text("utf-8"))
    if image_sql is not None:
        with closing(sqlite3.connect(work / "database.sqlite3")) as connection:
            connection.executescript(image_sql)
            connection.commit()
    if rehash:
        for name in manifest["members"]:
            data = (work / name).read_bytes()
            manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(),
                                         "size": len(data)}
    manifest.update(manifest_changes or {})
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name in manifest["members"]:
            archive.write(work / name, name)
