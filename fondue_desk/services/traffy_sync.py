"""Sync with the Traffy Fondue Exchange API: settings, credentials, one sync run (send the
outbox, then pull the office's tickets), the queue as the sync page shows it, and a complaint's
ticket for the receipt.

`sync_once` does network I/O: the UI runs it off the GUI thread (ui/tasks.BackgroundTask).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint, OfficeSetting, TraffyOutbox, TraffyTicket
from fondue_desk.domain.calendar import now_thai
from fondue_desk.domain.errors import FieldError, InvalidInput, NotFound, RuleViolation
from fondue_desk.domain.permissions import Action
from fondue_desk.interop import traffy_api as api

from . import traffy_credentials as credentials
from . import traffy_outbox as outbox
from .access import acting_user
from .office_settings import put_setting

KEYS = {"enabled": "traffy.enabled", "base_url": "traffy.base_url",
        "username": "traffy.username", "send_by_default": "traffy.send_by_default",
        "pull_every_minutes": "traffy.pull_every_minutes",
        "organisation": "traffy.organisation"}
LAST_PULL = "traffy.last_pull"
LAST_CREDIT = "traffy.credit"
DEFAULT_PULL_MINUTES = 30
NOT_CONFIGURED = "traffy.not_configured"


@dataclass(frozen=True)
class TraffySettings:
    enabled: bool = False
    base_url: str = api.DEFAULT_BASE_URL
    username: str = ""
    send_by_default: bool = False
    pull_every_minutes: int = DEFAULT_PULL_MINUTES
    organisation: str = ""


@dataclass(frozen=True)
class SyncReport:
    sent: int
    failed: int
    pulled: int
    credit_remaining: int | None
    offline: bool
    error_code: str = ""            # why the run stopped early ("" when it did not)


@dataclass(frozen=True)
class OutboxItemView:
    id: int
    complaint_id: int | None
    tracking_no: str
    action: str                     # new_issue | update_issue | join_forward
    state: str                      # queued | sent | failed
    attempts: int
    next_attempt_at: datetime | None
    error_code: str                 # worded by ui/traffy_texts.py
    error_detail: str               # what Traffy said, as it said it
    created_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True)
class TicketView:
    ticket_id: str
    password: str
    state: str


def settings(db: Database, office_id: int) -> TraffySettings:
    with db.read() as session:
        rows = dict(session.execute(select(OfficeSetting.key, OfficeSetting.value).where(
            OfficeSetting.office_id == office_id,
            OfficeSetting.key.in_(KEYS.values()))).all())
    minutes = rows.get(KEYS["pull_every_minutes"], "")
    return TraffySettings(
        enabled=rows.get(KEYS["enabled"]) == "1",
        base_url=rows.get(KEYS["base_url"]) or api.DEFAULT_BASE_URL,
        username=rows.get(KEYS["username"], ""),
        send_by_default=rows.get(KEYS["send_by_default"]) == "1",
        pull_every_minutes=int(minutes) if minutes.isdigit() else DEFAULT_PULL_MINUTES,
        organisation=rows.get(KEYS["organisation"], ""))


def save_settings(db: Database, actor_id: int, *, enabled: bool, base_url: str,
                  send_by_default: bool, pull_every_minutes: int, organisation: str
                  ) -> TraffySettings:
    errors = []
    url = base_url.strip() or api.DEFAULT_BASE_URL
    if not url.startswith(("https://", "http://")):
        errors.append(FieldError("base_url", "traffy.url_invalid"))
    if not 0 <= int(pull_every_minutes) <= 24 * 60:
        errors.append(FieldError("pull_every_minutes", "traffy.pull_minutes_invalid",
                                 {"maximum": 24 * 60}))
    org = organisation.strip()
    if org and not all(part.strip().isdigit() for part in org.split(",")):
        errors.append(FieldError("organisation", "traffy.organisation_invalid"))
    if errors:
        raise InvalidInput(errors)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        values = {"enabled": "1" if enabled else "0", "base_url": url,
                  "send_by_default": "1" if send_by_default else "0",
                  "pull_every_minutes": str(int(pull_every_minutes)),
                  "organisation": ",".join(p.strip() for p in org.split(",")) if org else ""}
        for name, value in values.items():
            put_setting(session, actor.office_id, KEYS[name], value)
        office_id = actor.office_id
    return settings(db, office_id)


def set_credentials(db: Database, actor_id: int, username: str, password: str, *,
                    folder=None) -> str:
    """Keep the account Traffy issued outside the database; returns "keyring" or "file".
    Only the user name goes into the settings (the sync page shows whose account it is)."""
    name = username.strip()
    errors = []
    if not name:
        errors.append(FieldError("username", "traffy.username_required"))
    if not password:
        errors.append(FieldError("password", "traffy.password_required"))
    if errors:
        raise InvalidInput(errors)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        office_id = actor.office_id
        where = credentials.save(database_key(db), office_id,
                                 credentials.Credentials(name, password), folder=folder)
        put_setting(session, office_id, KEYS["username"], name)
    return where


def database_key(db: Database) -> str:
    return make_url(db.url).render_as_string(hide_password=True)


def client_for(db: Database, office_id: int, *, folder=None, **kwargs) -> api.TraffyClient:
    setup = settings(db, office_id)
    creds = credentials.load(database_key(db), office_id, folder=folder)
    if creds is None:
        raise api.TraffyError(NOT_CONFIGURED)
    return api.TraffyClient(creds.username, creds.password, base_url=setup.base_url, **kwargs)


def sync_once(db: Database, office_id: int, *,
              client_factory: Callable[[], api.TraffyClient] | None = None,
              now: datetime | None = None, pull: bool = True) -> SyncReport:
    """Send what is due, then pull what changed on Traffy's side. Never raises for the line
    or the service: the report says what happened and the queue keeps the reasons."""
    moment = now or now_thai()
    try:
        client = client_factory() if client_factory else client_for(db, office_id)
    except api.TraffyError as error:
        return SyncReport(0, 0, 0, _last_credit(db, office_id), False, error.code)
    sent = failed = pulled = 0
    code = ""
    try:
        sent, failed = outbox.send_due(db, client, moment, office_id=office_id)
        if pull:
            from . import traffy_pull
            pulled = traffy_pull.pull(db, office_id, client, moment)
    except (api.TraffyError, RuleViolation) as error:
        # RuleViolation: new tickets whose type or state the office has not mapped yet; the
        # import's words say which (the sync page shows them, the admin maps them once).
        code = error.code
    finally:
        credit = client.credit
        client.close()
    with db.write() as session:
        if credit is not None:
            put_setting(session, office_id, LAST_CREDIT, str(credit))
    if credit is None:
        credit = _last_credit(db, office_id)
    return SyncReport(sent, failed, pulled, credit,
                      code in (api.OFFLINE, api.TIMEOUT_CODE), code)


def _last_credit(db: Database, office_id: int) -> int | None:
    value = _stored(db, office_id, LAST_CREDIT)
    return int(value) if value.lstrip("-").isdigit() else None


def _stored(db: Database, office_id: int, key: str) -> str:
    with db.read() as session:
        row = session.get(OfficeSetting, (office_id, key))
        return row.value if row is not None else ""


def queue_view(db: Database, office_id: int, *, limit: int = 500) -> list[OutboxItemView]:
    """Queued and failed first (what needs attention), then the latest sent."""
    with db.read() as session:
        rows = session.execute(
            select(TraffyOutbox, Complaint.tracking_no)
            .outerjoin(Complaint, Complaint.id == TraffyOutbox.complaint_id)
            .where(TraffyOutbox.office_id == office_id)
            .order_by((TraffyOutbox.state == outbox.SENT), TraffyOutbox.id.desc())
            .limit(limit)).all()
        return [OutboxItemView(r.id, r.complaint_id, tracking or "", r.action, r.state,
                               r.attempts, r.next_attempt_at, r.last_error_code,
                               r.last_error_detail, r.created_at, r.sent_at)
                for r, tracking in rows]


def retry(db: Database, actor_id: int, item_id: int) -> None:
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        if not outbox.retry_item(session, item_id, actor.office_id):
            raise NotFound("traffy.item_not_found")


def ticket_of(db: Database, complaint_id: int) -> TicketView | None:
    with db.read() as session:
        link = session.scalar(select(TraffyTicket).where(
            TraffyTicket.complaint_id == complaint_id))
        if link is None:
            return None
        return TicketView(link.ticket_id, link.password, link.state_name)


def counts(db: Database, office_id: int) -> dict[str, int]:
    with db.read() as session:
        return dict(session.execute(
            select(TraffyOutbox.state, func.count()).where(TraffyOutbox.office_id == office_id)
            .group_by(TraffyOutbox.state)).all())


def pull_due(db: Database, office_id: int, now: datetime) -> bool:
    """Whether the schedule says to pull now (the UI's timer asks every minute)."""
    setup = settings(db, office_id)
    if not setup.enabled or setup.pull_every_minutes == 0:
        return False
    value = _stored(db, office_id, LAST_PULL)
    if not value:
        return True
    last = datetime.fromisoformat(value)
    return now - last >= timedelta(minutes=setup.pull_every_minutes)


__all__ = [
    "OutboxItemView",
    "SyncReport",
    "TicketView",
    "TraffySettings",
    "queue_view",
    "retry",
    "save_settings",
    "set_credentials",
    "settings",
    "sync_once",
    "ticket_of",
]
