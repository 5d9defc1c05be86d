"""Photos and scans attached to a complaint, stored in the database with a ready thumbnail."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Attachment, Complaint, User
from fondue_desk.domain import pictures
from fondue_desk.domain.calendar import now_thai, to_thai
from fondue_desk.domain.errors import FieldError, InvalidInput, NotFound, RuleViolation
from fondue_desk.domain.permissions import Action, photo_kind

from .access import acting_user, check_office
from .locking import locked_complaint
from .photo_settings import keeps_original_photos

MAX_BYTES = pictures.LIMITS[pictures.PHOTO].max_bytes
THUMBNAIL_PX = pictures.THUMBNAIL_SIDE
KINDS = ("photo", "before", "after", "document")


@dataclass(frozen=True)
class AttachmentView:
    id: int
    kind: str
    file_name: str
    media_type: str
    size: int
    thumbnail_png: bytes
    added_at: datetime
    added_by_name: str


def add_attachment(db: Database, actor_id: int, complaint_id: int, file_name: str, data: bytes
                   ) -> AttachmentView:
    """Check the file really is a picture within the photo limits (`domain.pictures`), make
    its display copy and thumbnail, save them in one transaction.

    The kind (before / after / photo) follows from the complaint's state and who adds it
    (`permissions.photo_kind`): a caller cannot label a photo "after" for work it did not do,
    and a crew leader cannot add photos to another crew's job.
    """
    checked = checked_picture(file_name, data, "photo")
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.ADD_PHOTO)
        complaint = locked_complaint(session, actor, complaint_id)
        leader_id = complaint.crew.leader_user_id if complaint.crew is not None else None
        kind = photo_kind(actor.role, actor.id, complaint.status, leader_id,
                          complaint.tracking_no)
        return attach(session, actor, complaint.id, replace(checked, kind=kind))


@dataclass(frozen=True)
class CheckedPicture:
    """A file already proven to be a picture, with its thumbnail and, when it was large or
    turned, its display copy: all made before the transaction, so a bad or big file costs
    no lock."""

    file_name: str
    kind: str
    media_type: str              # of `data`, the file as given
    data: bytes
    thumbnail: bytes
    display: bytes | None = None  # JPEG, at most pictures.DISPLAY_SIDE, upright

    def stored(self, keep_original: bool) -> tuple[str, str, bytes]:
        """(file name, media type, bytes) the attachment row keeps: the display copy unless
        the office keeps originals or the file needed no copy."""
        if keep_original or self.display is None:
            return self.file_name, self.media_type, self.data
        stem = PurePath(self.file_name).stem or "photo"
        return f"{stem}.jpg"[-255:], "image/jpeg", self.display


def checked_picture(file_name: str, data: bytes, kind: str) -> CheckedPicture:
    if kind not in KINDS:
        raise InvalidInput([FieldError("kind", "attachment.kind_unknown")])
    try:
        files = pictures.photo_files(data)
    except RuleViolation as exc:
        raise InvalidInput([FieldError("file", exc.code, exc.params)]) from None
    return CheckedPicture(PurePath(file_name or "photo").name[:255], kind,
                          files.header.media_type, data, files.thumbnail_png, files.display)


def attach(session: Session, actor: User, complaint_id: int, picture: CheckedPicture
           ) -> AttachmentView:
    """Inside the caller's transaction (e.g. a crew result with its after-photos). One row
    per photo: the original is kept instead of the display copy only when the office's
    admin asked for it (services.photo_settings)."""
    name, media_type, content = picture.stored(keeps_original_photos(session, actor.office_id))
    row = Attachment(complaint_id=complaint_id, kind=picture.kind, file_name=name,
                     media_type=media_type, size=len(content), content=content,
                     thumbnail=picture.thumbnail, added_by_id=actor.id, added_at=now_thai())
    session.add(row)
    session.flush()
    return AttachmentView(row.id, picture.kind, name, media_type, len(content),
                          picture.thumbnail, to_thai(row.added_at), actor.full_name)


def list_attachments(db: Database, complaint_id: int, *, office_id: int | None = None
                     ) -> list[AttachmentView]:
    with db.read() as session:
        check_office(session, complaint_id, office_id)
        rows = session.execute(
            select(Attachment.id, Attachment.kind, Attachment.file_name, Attachment.media_type,
                   Attachment.size, Attachment.thumbnail, Attachment.added_at, User.full_name)
            .join(User, User.id == Attachment.added_by_id)
            .where(Attachment.complaint_id == complaint_id)
            .order_by(Attachment.added_at, Attachment.id)
        ).all()
    return [AttachmentView(r[0], r[1], r[2], r[3], r[4], r[5], to_thai(r[6]), r[7]) for r in rows]


def attachment_content(db: Database, attachment_id: int, *, office_id: int | None = None
                       ) -> tuple[str, str, bytes]:
    """(file name, media type, bytes) of the full-size file; with office_id, only that
    office's complaints' files."""
    query = select(Attachment.file_name, Attachment.media_type, Attachment.content).where(
        Attachment.id == attachment_id)
    if office_id is not None:
        query = query.join(Complaint, Complaint.id == Attachment.complaint_id).where(
            Complaint.office_id == office_id)
    with db.read() as session:
        row = session.execute(query).first()
    if row is None:
        raise NotFound("attachment.not_found", attachment_id=attachment_id)
    return row[0], row[1], row[2]
