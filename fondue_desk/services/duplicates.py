"""Duplicates: the same problem reported more than once (ไฟดับต้นเดียวกัน แจ้งสามครั้ง).

One complaint is the parent; its duplicates (children, `complaint.parent_id`, one level only)
follow its status (services.workflow.move repeats each of its moves on them) and are never
worked on alone. Intake offers candidates while the clerk types (`find_candidates`) and may save
the new complaint as a child (`intake.ComplaintInput.duplicate_of`); the register links
(`link_duplicate`), merges (`merge`) and splits (`split`). Nothing is deleted: every history
event stays on its complaint, and linking or splitting adds one event on each side.

Of two desks linking or merging the same complaints at once exactly one wins: every complaint
involved is locked (services.locking, id order) before its links are read, so the second desk
reads the first one's result and is refused by the ordinary rules (duplicate.already_linked,
duplicate.chain). Rules and limits: domain.duplicates.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Attachment, Category, Complaint, StatusEvent, User, Village
from fondue_desk.domain import history_notes
from fondue_desk.domain.calendar import now_thai, to_thai
from fondue_desk.domain.duplicates import bounding_box, near, window_start
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, NotFound
from fondue_desk.domain.labels import village_label
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.statuses import OPEN_STATUSES

from .access import acting_user, check_office
from .locking import changed_meanwhile, check_seen, locked_complaints
from .workflow import move

MAX_BATCH = 500
MAX_PHOTOS = 3
# Rows the database hands over for the exact measure; a category's last 30 days within a box
# of 200 m hold a handful, so this only bounds a pathological office.
_SCAN_LIMIT = 500


@dataclass(frozen=True)
class DuplicateCandidate:
    complaint_id: int
    tracking_no: str
    received_at: datetime          # Thai time
    status: str
    category_name: str
    description: str
    location_text: str
    village_label: str
    distance_m: float | None       # None when matched by village
    complainant_name: str          # "" when anonymous
    child_count: int
    photos: tuple[bytes, ...]      # up to 3 thumbnails (JPEG/PNG bytes, attachment.thumbnail)
    # For the UI's language (ui.labels.village_of): the village apart, "" = no English name.
    village_number: int | None = None
    village_name: str = ""
    village_name_en: str = ""


@dataclass(frozen=True)
class DuplicateLink:
    """The other side of a link, as the detail pane names it."""

    complaint_id: int
    tracking_no: str
    status: str
    received_at: datetime          # Thai time
    complainant_name: str          # "" when anonymous


def find_candidates(db: Database, actor_id: int, *, category_id: int, lat: float | None,
                    lon: float | None, village_id: int | None, exclude_id: int | None = None,
                    now: datetime | None = None, limit: int = 10) -> list[DuplicateCandidate]:
    """Open complaints (parents or lone ones) of the category received within its
    duplicate_days before `now`: within its duplicate_radius_m when both have a point, else in
    the same village. Nearest first (by distance, then village matches), newest first within."""
    moment = now if now is not None else now_thai()
    if (lat is None or lon is None) and village_id is None:
        return []  # nowhere to compare with: nothing is "near"
    with db.read() as session:
        actor = session.get(User, actor_id)
        if actor is None:
            raise NotFound("user.not_found", user_id=actor_id)
        category = session.get(Category, category_id)
        if category is None or category.office_id != actor.office_id:
            raise NotFound("category.not_found", category_id=category_id)
        has_point = lat is not None and lon is not None
        rows = session.execute(
            select(Complaint.id, Complaint.lat, Complaint.lon, Complaint.village_id,
                   Complaint.received_at)
            .where(Complaint.office_id == actor.office_id,
                   Complaint.category_id == category.id,
                   Complaint.received_at >= window_start(moment, category.duplicate_days),
                   Complaint.status.in_([s.value for s in OPEN_STATUSES]),
                   Complaint.parent_id.is_(None),
                   *([Complaint.id != exclude_id] if exclude_id is not None else []),
                   _place_condition(lat, lon, village_id, category.duplicate_radius_m)
                   if has_point else Complaint.village_id == village_id)
            .order_by(Complaint.received_at.desc(), Complaint.id.desc())
            .limit(_SCAN_LIMIT)).all()
        found = []
        for row in rows:
            close, distance = near(lat, lon, village_id, row.lat, row.lon, row.village_id,
                                   category.duplicate_radius_m)
            if close:
                found.append((distance, row))
        found.sort(key=lambda pair: (pair[0] is None, pair[0] or 0.0,
                                     -pair[1].received_at.timestamp(), -pair[1].id))
        chosen = found[:max(0, limit)]
        return _candidates(session, category, [(d, r.id) for d, r in chosen])


def link_duplicate(db: Database, actor_id: int, child_id: int, parent_id: int, *,
                   expected_statuses: Mapping[int, str] | None = None) -> None:
    """`child_id` becomes a duplicate of `parent_id` and takes its status. A child that had
    duplicates of its own brings them along (they all become the parent's)."""
    merge(db, actor_id, parent_id, [child_id], expected_statuses=expected_statuses)


def merge(db: Database, actor_id: int, parent_id: int, child_ids: Sequence[int], *,
          expected_statuses: Mapping[int, str] | None = None) -> None:
    """Two or more complaints become one: every one of `child_ids` a duplicate of `parent_id`,
    in one transaction (all or nothing). All must be open; the parent must not be a
    duplicate, nor any child already one (split it first)."""
    ids = [i for i in dict.fromkeys(child_ids)]
    if parent_id in ids:
        raise Conflict("duplicate.self")
    if not ids:
        raise InvalidInput([FieldError("complaints", "duplicate.too_few")])
    if len(ids) + 1 > MAX_BATCH:
        raise InvalidInput([FieldError("complaints", "complaints.too_many")])
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.EDIT_COMPLAINT)
        locked = locked_complaints(session, actor, sorted([parent_id, *ids]))
        check_seen(session, locked, expected_statuses)
        by_id = {c.id: c for c in locked}
        parent, children = by_id[parent_id], [by_id[i] for i in ids]
        _check_joinable(session, parent, children)
        # The children's own duplicates come along, locked after the rows they hang on.
        grandchildren = list(session.scalars(
            select(Complaint).where(Complaint.parent_id.in_(ids))
            .order_by(Complaint.id).with_for_update(of=Complaint)
            .execution_options(populate_existing=True)).all())
        for complaint in (*children, *grandchildren):
            join(session, actor.id, parent, complaint)
        session.flush()


def split(db: Database, actor_id: int, child_ids: Sequence[int], *,
          expected_statuses: Mapping[int, str] | None = None) -> None:
    """The duplicates become complaints of their own again, keeping the status they have now
    (their parent's) and every history event; one event on each side says so."""
    ids = list(dict.fromkeys(child_ids))
    if not ids:
        raise InvalidInput([FieldError("complaints", "complaints.none_selected")])
    if len(ids) > MAX_BATCH:
        raise InvalidInput([FieldError("complaints", "complaints.too_many")])
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.EDIT_COMPLAINT)
        # Parents are read first (unlocked), then everything is locked in one id order, so a
        # split never waits in the opposite order of a parent's move; a link another desk
        # changed in between is refused as changed meanwhile.
        parents = set(session.scalars(select(Complaint.parent_id).where(
            Complaint.id.in_(ids), Complaint.parent_id.is_not(None))).all())
        locked = {c.id: c for c in locked_complaints(session, actor, sorted({*ids, *parents}))}
        check_seen(session, locked.values(), expected_statuses)
        for cid in ids:
            child = locked[cid]
            if child.parent_id is None:
                raise Conflict("duplicate.not_a_child", tracking_no=child.tracking_no)
            parent = locked.get(child.parent_id)
            if parent is None:
                raise changed_meanwhile(session, child)
            child.parent_id = None
            note(session, actor.id, child, history_notes.DUPLICATE_SPLIT, parent.tracking_no)
            note(session, actor.id, parent, history_notes.DUPLICATE_REMOVED, child.tracking_no)
        session.flush()


def children(db: Database, parent_id: int, *, office_id: int | None = None) -> list[int]:
    """The parent's duplicates, oldest first (by id)."""
    with db.read() as session:
        check_office(session, parent_id, office_id)
        return list(session.scalars(select(Complaint.id).where(Complaint.parent_id == parent_id)
                                    .order_by(Complaint.id)).all())


def links(db: Database, complaint_id: int, *, office_id: int | None = None
          ) -> tuple[DuplicateLink | None, tuple[DuplicateLink, ...]]:
    """(its parent or None, its duplicates): what the detail pane shows."""
    with db.read() as session:
        check_office(session, complaint_id, office_id)
        return links_in(session, complaint_id)


def links_in(session: Session, complaint_id: int
             ) -> tuple[DuplicateLink | None, tuple[DuplicateLink, ...]]:
    parent_id = session.scalar(select(Complaint.parent_id).where(Complaint.id == complaint_id))
    rows = session.execute(
        select(Complaint.id, Complaint.tracking_no, Complaint.status, Complaint.received_at,
               Complaint.anonymous, Complaint.complainant_name, Complaint.parent_id)
        .where(or_(Complaint.id == parent_id, Complaint.parent_id == complaint_id)
               if parent_id is not None else Complaint.parent_id == complaint_id)
        .order_by(Complaint.id)).all()
    views = [(r.parent_id, DuplicateLink(r.id, r.tracking_no, r.status, to_thai(r.received_at),
                                         "" if r.anonymous else r.complainant_name))
             for r in rows]
    parent = next((v for p, v in views if v.complaint_id == parent_id), None)
    return parent, tuple(v for p, v in views if p == complaint_id)


def join(session: Session, actor_id: int, parent: Complaint, child: Complaint) -> None:
    """Make `child` (locked, checked) a duplicate of `parent` (locked): it takes the parent's
    status (one event, coded "duplicate.linked"), no crew holds it, and the parent's history
    names it. Intake's new duplicate is made here too."""
    child.parent_id = parent.id
    child.crew_id = None
    child.planned_date = None
    params = history_notes.encode(history_notes.DUPLICATE_LINKED, tracking_no=parent.tracking_no)
    if child.status != parent.status:
        move(session, child, parent.status, actor_id, "",
             note_code=history_notes.DUPLICATE_LINKED, note_params=params)
    else:
        note(session, actor_id, child, history_notes.DUPLICATE_LINKED, parent.tracking_no)
    note(session, actor_id, parent, history_notes.DUPLICATE_ADDED, child.tracking_no)


def check_parent(session: Session, parent: Complaint) -> None:
    """A parent must be open and not itself a duplicate (one level only)."""
    if parent.parent_id is not None:
        raise Conflict("duplicate.chain", tracking_no=parent.tracking_no,
                       parent_tracking_no=_tracking_no(session, parent.parent_id))
    if parent.status not in OPEN_STATUSES:
        raise Conflict("duplicate.not_open", tracking_no=parent.tracking_no,
                       status=parent.status)


def _check_joinable(session: Session, parent: Complaint, children: Sequence[Complaint]) -> None:
    check_parent(session, parent)
    for child in children:
        if child.parent_id is not None:
            raise Conflict("duplicate.already_linked", tracking_no=child.tracking_no,
                           parent_tracking_no=_tracking_no(session, child.parent_id))
        if child.status not in OPEN_STATUSES:
            raise Conflict("duplicate.not_open", tracking_no=child.tracking_no,
                           status=child.status)


def note(session: Session, actor_id: int, complaint: Complaint, code: str,
          tracking_no: str) -> None:
    """A same-status event: the history says what happened without moving anything (and so
    without touching a parent's duplicates, as workflow.move would)."""
    session.add(StatusEvent(complaint_id=complaint.id, from_status=complaint.status,
                            to_status=complaint.status, by_user_id=actor_id, at=now_thai(),
                            note="", note_code=code,
                            note_params=history_notes.encode(code, tracking_no=tracking_no)))


def _tracking_no(session: Session, complaint_id: int) -> str:
    return session.scalar(select(Complaint.tracking_no)
                          .where(Complaint.id == complaint_id)) or ""


def _place_condition(lat: float, lon: float, village_id: int | None, radius_m: int):
    box = bounding_box(lat, lon, radius_m)
    in_box = and_(Complaint.lat.between(box.min_lat, box.max_lat),
                  Complaint.lon.between(box.min_lon, box.max_lon))
    if village_id is None:
        return in_box
    # A complaint without a point is judged by its village.
    return or_(in_box, and_(or_(Complaint.lat.is_(None), Complaint.lon.is_(None)),
                            Complaint.village_id == village_id))


def _candidates(session: Session, category: Category,
                chosen: list[tuple[float | None, int]]) -> list[DuplicateCandidate]:
    ids = [cid for _d, cid in chosen]
    if not ids:
        return []
    rows = {c.id: c for c in session.execute(
        select(Complaint.id, Complaint.tracking_no, Complaint.received_at, Complaint.status,
               Complaint.description, Complaint.location_text, Complaint.anonymous,
               Complaint.complainant_name, Village.number, Village.name, Village.name_en)
        .outerjoin(Village, Village.id == Complaint.village_id)
        .where(Complaint.id.in_(ids))).all()}
    counts = dict(session.execute(
        select(Complaint.parent_id, func.count()).where(Complaint.parent_id.in_(ids))
        .group_by(Complaint.parent_id)).all())
    photos: dict[int, list[bytes]] = {}
    for cid, thumb in session.execute(
            select(Attachment.complaint_id, Attachment.thumbnail)
            .where(Attachment.complaint_id.in_(ids)).order_by(Attachment.id)):
        kept = photos.setdefault(cid, [])
        if thumb and len(kept) < MAX_PHOTOS:
            kept.append(bytes(thumb))
    out = []
    for distance, cid in chosen:
        r = rows[cid]
        out.append(DuplicateCandidate(
            complaint_id=cid, tracking_no=r.tracking_no, received_at=to_thai(r.received_at),
            status=r.status, category_name=category.name_th, description=r.description,
            location_text=r.location_text,
            village_label=village_label(r.number, r.name) if r.number is not None else "",
            distance_m=None if distance is None else round(distance, 1),
            complainant_name="" if r.anonymous else r.complainant_name,
            child_count=counts.get(cid, 0), photos=tuple(photos.get(cid, ())),
            village_number=r.number, village_name=r.name or "",
            village_name_en=r.name_en or ""))
    return out
