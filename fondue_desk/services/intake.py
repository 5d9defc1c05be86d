"""Counter intake: validate a walk-in complaint and record it in one transaction."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Complaint, Office, StatusEvent, User, Village
from fondue_desk.domain import history_notes
from fondue_desk.domain.calendar import add_days, fiscal_year_be, now_thai, to_thai
from fondue_desk.domain.complainant_language import THAI, check_language
from fondue_desk.domain.errors import Conflict, FieldError, InvalidInput, NotFound, RuleViolation
from fondue_desk.domain.field_answers import clean_answers
from fondue_desk.domain.geo import check_in_thailand
from fondue_desk.domain.national_id import normalise_national_id
from fondue_desk.domain.numbering import format_number
from fondue_desk.domain.permissions import Action, photo_kind
from fondue_desk.domain.phone import normalise_phone
from fondue_desk.domain.statuses import Channel, Status
from fondue_desk.domain.text import clean_text

from . import duplicates, numbering, traffy_outbox
from . import field_values as answers
from .access import acting_user
from .attachments import CheckedPicture, attach, checked_picture
from .complaints import complaint_view
from .locking import locked_complaint
from .places import find_place
from .views import ComplaintView

MAX_DESCRIPTION = 4000
MAX_NAME = 200
MAX_LINE = 300
# A counter report needs a few pictures of the problem, not an album: each may be up to 15 MB
# (domain.pictures), and all of them are held in memory until the save.
MAX_PHOTOS = 10


@dataclass(frozen=True)
class ComplaintInput:
    """What the clerk typed, as typed: the service cleans and checks every field."""

    category_id: int | None
    description: str
    channel: str = Channel.COUNTER
    anonymous: bool = False
    complainant_name: str = ""
    phone: str = ""
    national_id: str = ""
    address_line: str = ""
    tambon: str = ""
    amphoe: str = ""
    province: str = ""
    postal_code: str = ""
    village_id: int | None = None
    location_text: str = ""
    lat: float | None = None
    lon: float | None = None
    # Answers to the category's own fields by field code: text, or choice keys.
    field_values: Mapping[str, str | Sequence[str]] = field(default_factory=dict, hash=False)
    # Photos handed in at the counter, (file name, bytes) as read from the file or clipboard.
    photos: tuple[tuple[str, bytes], ...] = field(default=(), repr=False)
    # "ส่งเข้า Traffy Fondue": queue a new-issue in the same transaction (services.traffy_outbox).
    send_to_traffy: bool = False
    # The open complaint this report repeats (services.duplicates): saved as its duplicate, in
    # its status, in the same transaction.
    duplicate_of: int | None = None
    # The language the complainant reads (domain.complainant_language): their receipt and
    # status notices print in it.
    language: str = THAI


# Not columns of the complaint: answers are rows of complaint_field_value, photos attachments;
# duplicate_of becomes parent_id once the parent is checked.
_NOT_COLUMNS = frozenset({"field_values", "photos", "send_to_traffy", "duplicate_of"})


def log_complaint(
    db: Database, actor_id: int, data: ComplaintInput, *, received_at: datetime | None = None
) -> ComplaintView:
    """Validate, allocate the tracking number and save, all or nothing. Raises InvalidInput."""
    moment = to_thai(received_at) if received_at is not None else now_thai()
    # Text, phone, ID and place checks need no database: done before the write transaction,
    # which on SQLite holds the one write lock every other desk is waiting for.
    clean, errors = _checked_fields(data)
    # Decoding and downscaling photos is the slowest check of all: never under the lock.
    photos = _checked_photos(data.photos, errors)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.LOG_COMPLAINT)
        errors += _reference_errors(session, actor.office_id, data)
        errors += _photo_required_errors(session, data, errors)
        fields, field_values = _checked_answers(session, data, errors, lock=True)
        parent = _duplicate_parent(session, actor, data.duplicate_of, errors)
        if errors:
            raise InvalidInput(errors)
        clean = replace(clean, field_values=field_values)
        # Loaded now, so the view built below finds them in the session without a query
        # while the counter row is locked.
        category = session.get(Category, clean.category_id)
        office = session.get(Office, actor.office_id)
        if clean.village_id is not None:
            session.get(Village, clean.village_id)
        year = fiscal_year_be(moment)
        complaint = Complaint(
            office_id=office.id, fiscal_year=year, received_at=moment,
            status=parent.status if parent else Status.RECEIVED,
            due_date=add_days(moment.date(), category.sla_days), clerk_id=actor.id,
            parent_id=parent.id if parent else None, **input_columns(clean),
        )
        # A duplicate starts in its parent's status; its first event says whose.
        complaint.events.append(StatusEvent(
            from_status=None, to_status=complaint.status, by_user_id=actor.id, at=moment,
            note_code=history_notes.DUPLICATE_LINKED if parent else "",
            note_params=history_notes.encode(history_notes.DUPLICATE_LINKED,
                                             tracking_no=parent.tracking_no) if parent else ""))
        # Last: on PostgreSQL the number's row lock lasts from here to the commit.
        complaint.seq = numbering.allocate(
            session, office_id=office.id, register=numbering.COMPLAINT_REGISTER, year=year
        )
        complaint.tracking_no = format_number(office.tracking_format, year=year,
                                              seq=complaint.seq)
        session.add(complaint)
        session.flush()
        if parent is not None:
            duplicates.note(session, actor.id, parent, history_notes.DUPLICATE_ADDED,
                            complaint.tracking_no)
        for row in fields:
            answers.add_answer(session, complaint.id, row, field_values.get(row[1].code, ()))
        if photos:
            # The same kind a photo added right after saving gets (the problem, "before").
            kind = photo_kind(actor.role, actor.id, complaint.status, None,
                              complaint.tracking_no)
            for picture in photos:
                attach(session, actor, complaint.id, replace(picture, kind=kind))
        if data.send_to_traffy:
            traffy_outbox.enqueue_new_issue(session, complaint, now=moment)
        return complaint_view(complaint,
                              field_values=answers.values_in_order(fields, field_values))


def _duplicate_parent(session: Session, actor: User, parent_id: int | None,
                      errors: list[FieldError]) -> Complaint | None:
    """The complaint a new duplicate joins, locked (so it cannot close or become a duplicate
    itself before this commits); its problem is an error on "duplicate_of"."""
    if parent_id is None:
        return None
    try:
        parent = locked_complaint(session, actor, parent_id)
        duplicates.check_parent(session, parent)
    except (Conflict, NotFound) as exc:
        errors.append(FieldError("duplicate_of", exc.code, dict(exc.params)))
        return None
    return parent


def validate(db: Database, actor_id: int, data: ComplaintInput) -> ComplaintInput:
    """The same checks as log_complaint, without saving: lets the form flag fields early.
    The photos are only counted here; their pictures are checked when they are saved."""
    with db.read() as session:
        actor = session.get(User, actor_id)
        if actor is None:
            raise NotFound("user.not_found", user_id=actor_id)
        errors = _photo_count_errors(data.photos)
        clean = data
        try:
            clean = validated_input(session, actor.office_id, data)
        except InvalidInput as exc:
            errors = list(exc.errors) + errors
        errors += _photo_required_errors(session, data, errors)
        if errors:
            raise InvalidInput(errors)
        return clean


def input_columns(clean: ComplaintInput) -> dict[str, object]:
    return {name: getattr(clean, name) for name in ComplaintInput.__dataclass_fields__
            if name not in _NOT_COLUMNS}


def validated_input(session: Session, office_id: int, data: ComplaintInput, *,
                    complaint_id: int | None = None) -> ComplaintInput:
    """Every intake rule, inside the caller's transaction; raises InvalidInput naming fields.

    The answers are checked against the category's fields; for an edit (`complaint_id`) a
    retired field or choice may keep the answer stored before.
    """
    clean, errors = _checked_fields(data)
    errors += _reference_errors(session, office_id, data)
    # An edit stores what it checks; a plain check (validate) holds nothing.
    _fields, field_values = _checked_answers(session, data, errors, complaint_id=complaint_id,
                                             lock=complaint_id is not None)
    if errors:
        raise InvalidInput(errors)
    return replace(clean, field_values=field_values)


def _checked_answers(session: Session, data: ComplaintInput, errors: list[FieldError], *,
                     complaint_id: int | None = None, lock: bool = False
                     ) -> tuple[list[answers.FieldRow], dict[str, tuple[str, ...]]]:
    """The category's fields and the cleaned answers; problems are added to `errors`.

    An unknown category has no fields: its own error says what is wrong.
    """
    if any(e.field == "category_id" for e in errors):
        return [], {}
    fields = answers.category_definitions(session, data.category_id, lock=lock)
    previous = (answers.previous_by_code(fields, answers.stored_raw(session, complaint_id))
                if complaint_id is not None else None)
    cleaned, problems = clean_answers([d for _id, d in fields], data.field_values or {},
                                      previous=previous)
    errors += problems
    return fields, cleaned


def _checked_photos(photos: Sequence[tuple[str, bytes]], errors: list[FieldError]
                   ) -> list[CheckedPicture]:
    """Each photo proven a picture within the limits, with its display copy and thumbnail
    (domain.pictures); a bad one adds an error on "photos" naming the file."""
    count_errors = _photo_count_errors(photos)
    if count_errors:
        errors += count_errors
        return []
    checked = []
    for index, (file_name, data) in enumerate(photos):
        try:
            checked.append(checked_picture(file_name, data, "photo"))
        except InvalidInput as exc:
            errors += [FieldError("photos", e.code,
                                  {**e.params, "file_name": file_name, "index": index})
                       for e in exc.errors]
    return checked


def _photo_count_errors(photos: Sequence[tuple[str, bytes]]) -> list[FieldError]:
    if len(photos) > MAX_PHOTOS:
        return [FieldError("photos", "intake.too_many_photos",
                           {"limit": MAX_PHOTOS, "count": len(photos)})]
    return []


def _photo_required_errors(session: Session, data: ComplaintInput,
                           errors: Sequence[FieldError]) -> list[FieldError]:
    """A category that needs a photo (traffic violations) takes no report without one; an
    unknown category has its own error already."""
    if data.photos or data.category_id is None or any(e.field == "category_id"
                                                      for e in errors):
        return []
    if session.scalar(select(Category.photo_required)
                      .where(Category.id == data.category_id)):
        return [FieldError("photos", "intake.photo_required")]
    return []


def _reference_errors(session: Session, office_id: int, data: ComplaintInput
                      ) -> list[FieldError]:
    """The rules that read the office's lists: the category and village must be active."""
    errors = []
    if data.category_id is not None and not _active_category(session, office_id,
                                                              data.category_id):
        errors.append(FieldError("category_id", "category.unknown"))
    if data.village_id is not None and not _active_village(session, office_id, data.village_id):
        errors.append(FieldError("village_id", "village.unknown"))
    return errors


def _checked_fields(data: ComplaintInput) -> tuple[ComplaintInput, list[FieldError]]:
    """The rules that need no database; the cleaned input and every problem found."""
    errors: list[FieldError] = []

    def check(field: str, func, *args, **kwargs):
        try:
            return func(*args, **kwargs)
        except RuleViolation as exc:
            errors.append(FieldError(field, exc.code, exc.params))
            return None

    description = check("description", clean_text, data.description, max_length=MAX_DESCRIPTION,
                        multiline=True)
    if description == "":
        errors.append(FieldError("description", "required"))
    if data.category_id is None:
        errors.append(FieldError("category_id", "required"))
    if data.channel not in set(Channel):
        errors.append(FieldError("channel", "channel.unknown"))
    if not check_language(data.language):
        errors.append(FieldError("language", "language.unknown"))

    name = check("complainant_name", clean_text, data.complainant_name, max_length=MAX_NAME)
    phone = check("phone", normalise_phone, data.phone or "")
    national_id = check("national_id", normalise_national_id, data.national_id or "")
    address_line = check("address_line", clean_text, data.address_line, max_length=MAX_LINE)
    location_text = check("location_text", clean_text, data.location_text, max_length=MAX_LINE)
    place = _place(data, errors)
    if data.anonymous:
        name, national_id = "", ""
    else:
        if name == "":
            errors.append(FieldError("complainant_name", "required"))
        if phone == "" and address_line == "" and place is None:
            errors.append(FieldError("phone", "contact.required"))
    lat, lon = _coordinates(data, errors)
    return replace(
        data,
        description=description,
        complainant_name=name,
        phone=phone,
        national_id=national_id,
        address_line=address_line,
        tambon=place.tambon if place else "",
        amphoe=place.amphoe if place else "",
        province=place.province if place else "",
        postal_code=place.postal_code if place else "",
        location_text=location_text,
        lat=lat,
        lon=lon,
    ), errors


def _place(data: ComplaintInput, errors: list[FieldError]):
    if not (data.tambon or "").strip():
        return None
    place = find_place(data.tambon.strip(), (data.amphoe or "").strip(),
                       (data.province or "").strip())
    if place is None:
        errors.append(FieldError("tambon", "place.unknown"))
    return place


def _coordinates(data: ComplaintInput, errors: list[FieldError]):
    if data.lat is None and data.lon is None:
        return None, None
    if data.lat is None or data.lon is None:
        errors.append(FieldError("location", "location.incomplete"))
        return None, None
    try:
        return check_in_thailand(float(data.lat), float(data.lon))
    except RuleViolation as exc:
        errors.append(FieldError("location", exc.code, exc.params))
    except (TypeError, ValueError):
        errors.append(FieldError("location", "location.not_a_number"))
    return None, None


def _active_category(session: Session, office_id: int, category_id: int) -> bool:
    return session.scalar(
        select(Category.id).where(
            Category.id == category_id, Category.office_id == office_id, Category.active
        )
    ) is not None


def _active_village(session: Session, office_id: int, village_id: int) -> bool:
    # A retired village stays on old complaints but takes no new ones (another desk may still
    # offer it until its lists reload).
    return session.scalar(
        select(Village.id).where(Village.id == village_id, Village.office_id == office_id,
                                 Village.active)
    ) is not None
