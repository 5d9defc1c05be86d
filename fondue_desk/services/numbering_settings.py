"""Settings → Numbering: how tracking numbers and work orders are printed, and what comes next.

A new format applies from the next number: numbers already given are stored as printed and
are never renumbered, and the running counters stay as they are.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Counter, Office
from fondue_desk.domain.calendar import fiscal_year_be, now_thai
from fondue_desk.domain.errors import FieldError, InvalidInput, NotFound
from fondue_desk.domain.numbering import (
    check_format,
    check_work_order_format,
    format_number,
    format_work_order_number,
)
from fondue_desk.domain.permissions import Action

from .access import acting_user
from .numbering import COMPLAINT_REGISTER

WORK_ORDER_REGISTER = "work_order"  # services.work_orders numbers its orders in this register


@dataclass(frozen=True)
class NumberingFormats:
    tracking_format: str
    work_order_format: str


@dataclass(frozen=True)
class NextNumbers:
    fiscal_year: int
    tracking_no: str       # "" when the format is refused (errors say why)
    work_order_no: str
    errors: tuple[FieldError, ...] = ()


def formats(db: Database, office_id: int) -> NumberingFormats:
    with db.read() as session:
        office = _office(session, office_id)
        return NumberingFormats(office.tracking_format, office.work_order_format)


def check_formats(tracking_format: str, work_order_format: str) -> list[FieldError]:
    """Both formats' problems at once (no database)."""
    errors: list[FieldError] = []
    for check, fmt in ((check_format, tracking_format),
                       (check_work_order_format, work_order_format)):
        try:
            check(fmt)
        except InvalidInput as exc:
            errors += exc.errors
    return errors


def save_formats(db: Database, actor_id: int, *, tracking_format: str,
                 work_order_format: str) -> NumberingFormats:
    tracking_format, work_order_format = tracking_format.strip(), work_order_format.strip()
    errors = check_formats(tracking_format, work_order_format)
    if errors:
        raise InvalidInput(errors)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        office = _office(session, actor.office_id)
        office.tracking_format = tracking_format
        office.work_order_format = work_order_format
        return NumberingFormats(tracking_format, work_order_format)


def preview_next(db: Database, office_id: int, *, tracking_format: str | None = None,
                 work_order_format: str | None = None, now: datetime | None = None
                 ) -> NextNumbers:
    """The next tracking and work order numbers as they would print, read from the counters
    without taking them. Formats not given are the office's stored ones (a settings page
    passes what is being typed)."""
    fiscal_year = fiscal_year_be(now or now_thai())
    with db.read() as session:
        office = _office(session, office_id)
        tracking_format = office.tracking_format if tracking_format is None else tracking_format
        work_order_format = (office.work_order_format if work_order_format is None
                             else work_order_format)
        last = dict(session.execute(
            select(Counter.register, Counter.last_value).where(
                Counter.office_id == office_id, Counter.year == fiscal_year,
                Counter.register.in_([COMPLAINT_REGISTER, WORK_ORDER_REGISTER]))).all())
    errors: list[FieldError] = []
    tracking = work_order = ""
    try:
        tracking = format_number(tracking_format.strip(), year=fiscal_year,
                                 seq=last.get(COMPLAINT_REGISTER, 0) + 1)
    except InvalidInput as exc:
        errors += exc.errors
    try:
        work_order = format_work_order_number(
            work_order_format.strip(), seq=last.get(WORK_ORDER_REGISTER, 0) + 1,
            fiscal_year=fiscal_year)
    except InvalidInput as exc:
        errors += exc.errors
    return NextNumbers(fiscal_year, tracking, work_order, tuple(errors))


def _office(session, office_id: int) -> Office:
    office = session.get(Office, office_id)
    if office is None:
        raise NotFound("office.not_found", office_id=office_id)
    return office
