"""Photos and scans attached to a complaint, stored in the database with a ready thumbnail."""
from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import PurePath

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import Attachment, Complaint, User
from fondue_desk.domain.calendar import now_thai, to_thai
from fondue_desk.domain.errors import FieldError, InvalidInput, NotFound
from fondue_desk.domain.permissions import Action, photo_kind

from .access import acting_user, check_office
from .locking import locked_complaint

MAX_BYTES = 15 * 1024 * 1024
THUMBNAIL_PX = 240
KINDS = ("photo", "before", "after", "document")
_FORMAT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp",
                 "GIF": "image/gif", "BMP": "image/bmp", "TIFF": "image/tiff"}


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
    """Check the file really is a picture, make its thumbnail, save both in one transaction.

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
    """A file already proven to be a picture, with its thumbnail: checked before the
    transaction, so a bad file costs no lock."""

    file_name: str
    kind: str
    media_type: str
    data: bytes
    thumbnail: bytes


def checked_picture(file_name: str, data: bytes, kind: str) -> CheckedPicture:
    media_type, thumbnail = _checked_image(data, kind)
    return CheckedPicture(PurePath(file_name or "photo").name[:255], kind, media_type, data,
                          thumbnail)


def attach(session: Session, actor: User, complaint_id: int, picture: CheckedPicture
           ) -> AttachmentView:
    """Inside the caller's transaction (e.g. a crew result with its after-photos)."""
    row = Attachment(complaint_id=complaint_id, kind=picture.kind, file_name=picture.file_name,
                     media_type=picture.media_type, size=len(picture.data),
                     content=picture.data, thumbnail=picture.thumbnail, added_by_id=actor.id,
                     added_at=now_thai())
    session.add(row)
    session.flush()
    return AttachmentView(row.id, picture.kind, picture.file_name, picture.media_type,
                          len(picture.data), picture.thumbnail, to_thai(row.added_at),
                          actor.full_name)


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


def _checked_image(data: bytes, kind: str) -> tuple[str, bytes]:
    if kind not in KINDS:
        raise InvalidInput([FieldError("kind", "attachment.kind_unknown")])
    if not data:
        raise InvalidInput([FieldError("file", "file.empty")])
    if len(data) > MAX_BYTES:
        raise InvalidInput([FieldError("file", "file.too_large",
                                       {"max_mb": MAX_BYTES // (1024 * 1024)})])
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()  # catches truncated files before anything is stored
        with Image.open(io.BytesIO(data)) as image:
            media_type = _FORMAT_TYPES.get(image.format or "")
            if media_type is None:
                raise UnidentifiedImageError(image.format)
            # Phone photos carry their rotation in EXIF; the thumbnail must stand upright.
            picture = ImageOps.exif_transpose(image).convert("RGB")
            picture.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
            out = io.BytesIO()
            picture.save(out, "PNG", optimize=True)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError):
        raise InvalidInput([FieldError("file", "file.not_an_image")]) from None
    return media_type, out.getvalue()
