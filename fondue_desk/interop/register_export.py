"""The register's current view as CSV or XLSX, for the mayor's reports and the province.

Runs in a worker: it reports progress, stops when asked, and writes to a temporary file that
only replaces the target when complete, so a cancelled or failed export leaves nothing behind.

`lang` is the reader's language: headers, the sheet's name, channels, categories, statuses,
villages and the office's own questions in it (English falls back to Thai wherever the office
gave no English name), dates Buddhist Era in Thai and Gregorian in English; the ISO columns
stay for spreadsheets and other systems either way.
"""
from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fondue_desk.db.database import Database
from fondue_desk.documents.thai_text import thai_date, thai_datetime
from fondue_desk.domain.labels import (
    LANGUAGES,
    LabelBook,
    category_name,
    channel_label,
    status_label,
    village_label,
)
from fondue_desk.domain.phone import format_phone, mask_phone
from fondue_desk.domain.register_filter import RegisterFilter, Sort
from fondue_desk.interop.field_columns import office_columns, with_answers
from fondue_desk.services import register
from fondue_desk.services.labels import label_book
from fondue_desk.services.register import RegisterRow

FORMATS = ("csv", "xlsx")
PROGRESS_EVERY = 500
HEADERS = (
    "เลขที่รับเรื่อง", "วันที่รับเรื่อง (พ.ศ.)", "วันที่รับเรื่อง (ISO)", "ช่องทาง", "ประเภทเรื่อง",
    "สถานะ", "หมู่บ้าน", "สถานที่", "ละติจูด", "ลองจิจูด", "ผู้ร้องเรียน", "โทรศัพท์",
    "ชุดปฏิบัติงาน", "กำหนดแล้วเสร็จ (พ.ศ.)", "กำหนดแล้วเสร็จ (ISO)", "เกินกำหนด (วัน)",
    "เปิดเรื่องใหม่ (ครั้ง)", "รายละเอียด",
)
HEADERS_EN = (
    "Tracking no.", "Received", "Received (ISO)", "Channel", "Category", "Status", "Village",
    "Location", "Latitude", "Longitude", "Complainant", "Phone", "Crew", "Due date",
    "Due date (ISO)", "Days overdue", "Times reopened", "Details",
)
SHEET_NAMES = {"th": "ทะเบียนเรื่องร้องเรียน", "en": "Complaint register"}
ANONYMOUS = {"th": "ไม่ประสงค์ออกนาม", "en": "Anonymous"}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# A spreadsheet runs a cell starting with these as a formula: a complaint text must never.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    rows: int
    cancelled: bool


def export_register(db: Database, office_id: int, flt: RegisterFilter, sort: Sort, path: Path,
                    fmt: str, *, include_contacts: bool = False, progress: Progress | None = None,
                    is_cancelled: Cancelled | None = None, lang: str = "th") -> ExportResult:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    total = register.count(db, office_id, flt)
    book = label_book(db, office_id)  # the office's names for the statuses
    # A column per question of the office's categories
    fields = office_columns(db, office_id, lang=lang)
    headers = (HEADERS_EN if lang == "en" else HEADERS) + fields.headers
    rows = (_values(row, include_contacts, book, lang) + answers
            for row, answers in with_answers(db, fields, register.iter_rows(db, office_id, flt,
                                                                             sort),
                                             lambda r: r.id, include_contacts=include_contacts,
                                             lang=lang))
    handle, temporary = tempfile.mkstemp(suffix=f".{fmt}", dir=Path(path).parent)
    os.close(handle)
    try:
        writer = _write_csv if fmt == "csv" else _write_xlsx
        written = writer(Path(temporary), headers, rows, total, progress,
                         is_cancelled or (lambda: False), SHEET_NAMES[lang])
        if written is None:
            Path(temporary).unlink(missing_ok=True)
            return ExportResult(None, 0, True)
        os.replace(temporary, path)
        return ExportResult(Path(path), written, False)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _values(row: RegisterRow, include_contacts: bool, book: LabelBook,
            lang: str = "th") -> list[object]:
    phone = format_phone(row.phone) if include_contacts else mask_phone(row.phone)
    english = lang == "en"
    received = english_datetime(row.received_at) if english else thai_datetime(row.received_at)
    due = ("" if not row.due_date else english_date(row.due_date) if english
           else thai_date(row.due_date))
    village = (village_label(row.village_number, row.village_name, lang, row.village_name_en)
               if row.village_number is not None else row.village_label)
    return [
        row.tracking_no, received, row.received_at.isoformat(timespec="minutes"),
        channel_label(row.channel, lang), category_name(row.category_name,
                                                        row.category_name_en, lang),
        status_label(row.status, lang, book), village,
        row.location_text, row.lat, row.lon,
        ANONYMOUS[lang] if row.anonymous else row.complainant_name, phone, row.crew_name,
        due,
        row.due_date.isoformat() if row.due_date else "", row.days_overdue, row.reopen_count,
        row.description,
    ]


def english_date(day) -> str:
    """"6 Dec 2026": Gregorian, month as a word (no reader mistakes 6/12 for June 12)."""
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def english_datetime(moment) -> str:
    return f"{english_date(moment)} {moment:%H:%M}"


def _safe_text(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _write_csv(path, headers, rows, total, progress, is_cancelled, _sheet="") -> int | None:
    written = 0
    # UTF-8 with BOM: Excel on an office PC opens Thai correctly only with it.
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        for values in rows:
            writer.writerow(["" if v is None else _safe_text(v) for v in values])
            written += 1
            if written % PROGRESS_EVERY == 0:
                if is_cancelled():
                    return None
                if progress:
                    progress(written, total)
    if progress:
        progress(written, total)
    return written


def _write_xlsx(path, headers, rows, total, progress, is_cancelled,
                sheet_name=SHEET_NAMES["th"]) -> int | None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_name)
    bold = Font(bold=True)
    header = []
    for title in headers:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    written = 0
    for values in rows:
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text, even "=1+1" typed by a citizen
            cells.append(cell)
        sheet.append(cells)
        written += 1
        if written % PROGRESS_EVERY == 0:
            if is_cancelled():
                book.save(path)  # closes openpyxl's streaming writer; the caller deletes it
                return None
            if progress:
                progress(written, total)
    book.save(path)
    if progress:
        progress(written, total)
    return written
