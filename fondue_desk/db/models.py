"""SQLAlchemy 2 typed models. The schema itself is owned by the Alembic migrations."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .types import UtcDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Office(Base):
    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(500), default="")
    tambon: Mapped[str] = mapped_column(String(100), default="")
    amphoe: Mapped[str] = mapped_column(String(100), default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    document_code: Mapped[str] = mapped_column(String(40), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    tracking_format: Mapped[str] = mapped_column(String(60), default="{fy}-{seq:06d}")
    work_order_format: Mapped[str] = mapped_column(String(60), default="{seq}/{fy}",
                                                   server_default="{seq}/{fy}")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who signs outgoing letters, and the letters' footer (ส่วนราชการเจ้าของเรื่อง).
    signatory_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    signatory_position: Mapped[str] = mapped_column(String(300), default="", server_default="")
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    division: Mapped[str] = mapped_column(String(200), default="", server_default="")
    thai_digits: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The office's name for English readers (receipts in English); "" = the Thai name only.
    name_en: Mapped[str] = mapped_column(String(200), default="", server_default="")


class Village(Base):
    __tablename__ = "village"
    __table_args__ = (UniqueConstraint("office_id", "number"),
                      Index("uq_village_office_id_code", "office_id", "code", unique=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    # Stable key a configuration file matches on ("moo-3"); never shown to clerks.
    code: Mapped[str] = mapped_column(String(40), server_default="")
    # A village that complaints refer to is retired, never deleted.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    # The village's name for English readers; "" = its Thai name.
    name_en: Mapped[str] = mapped_column(String(120), default="", server_default="")


class Category(Base):
    __tablename__ = "category"
    __table_args__ = (CheckConstraint("sla_days >= 0", name="sla_days_non_negative"),
                      Index("uq_category_office_id_code", "office_id", "code", unique=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    # Stable key a configuration file matches on ("street-lights"); never shown to clerks.
    code: Mapped[str] = mapped_column(String(40), server_default="")
    name_th: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120), default="")
    colour: Mapped[str] = mapped_column(String(9), default="#607d8b")
    sla_days: Mapped[int] = mapped_column(Integer, default=7)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # Body of the closure letter; placeholders such as {tracking_no} are filled in on approval.
    letter_template: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The crew assignment suggests first for this category.
    default_crew_id: Mapped[int | None] = mapped_column(ForeignKey("crew.id"), nullable=True)
    # Set when the category was merged into another: its complaints moved there, it is retired.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"), nullable=True)
    # Subject of the closure letter (a template); empty means the default subject.
    letter_subject: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Intake refuses a complaint of this category without at least one photo.
    photo_required: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Intake offers open complaints of this category this near (metres; the same village when
    # either has no point) and this recent (days) as possible duplicates.
    duplicate_radius_m: Mapped[int] = mapped_column(Integer, default=100, server_default="100")
    duplicate_days: Mapped[int] = mapped_column(Integer, default=30, server_default="30")


class CategoryField(Base):
    """A question the office asks for one category (plate number, water source, ...).

    `definition` is the field as JSON in the shape of an Open311 service attribute plus the
    desk's own keys (see domain.custom_fields); code, order and active are columns so they can
    be queried. Never deleted once used: retiring sets active False and old values still show.
    """

    __tablename__ = "category_field"
    __table_args__ = (Index("uq_category_field_category_id_code", "category_id", "code",
                            unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"))
    code: Mapped[str] = mapped_column(String(40))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    definition: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")


class ComplaintFieldValue(Base):
    """One answer to a category field; a field with several choices has a row per choice."""

    __tablename__ = "complaint_field_value"
    __table_args__ = (Index("ix_complaint_field_value_complaint", "complaint_id"),
                      Index("ix_complaint_field_value_field_choice", "field_id", "choice_key"))

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    field_id: Mapped[int] = mapped_column(ForeignKey("category_field.id"))
    # The value as canonical text (ISO date, "HH:MM", plain number, "true"/"false", ...).
    value: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Set for choice fields, so the register filters on an indexed short key.
    choice_key: Mapped[str | None] = mapped_column(String(60), nullable=True)


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # argon2 PHC string; "" means no password set yet, so nobody can sign in as this user.
    password_hash: Mapped[str] = mapped_column(String(200), default="", server_default="")
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The interface language this user last chose ("th" / "en"); "" = the desk's choice.
    language: Mapped[str] = mapped_column(String(5), default="", server_default="")


class Crew(Base):
    """A work crew (ช่างไฟฟ้า, กองช่าง …): who goes out, whom to call, which work it takes."""

    __tablename__ = "crew"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    leader_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    members: Mapped[str] = mapped_column(Text, default="", server_default="")  # one per line
    phone: Mapped[str] = mapped_column(String(20), default="", server_default="")
    # The account that records this crew's results (role crew_leader); optional.
    leader_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)

    categories: Mapped[list[Category]] = relationship(secondary="crew_category",
                                                      order_by="Category.sort_order")


class CrewCategory(Base):
    """Which categories a crew serves: assignment suggests the crew from this."""

    __tablename__ = "crew_category"

    crew_id: Mapped[int] = mapped_column(ForeignKey("crew.id", ondelete="CASCADE"),
                                         primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"), primary_key=True)


class Complaint(Base):
    __tablename__ = "complaint"
    __table_args__ = (
        UniqueConstraint("office_id", "tracking_no"),
        UniqueConstraint("office_id", "fiscal_year", "seq", name="uq_complaint_office_fy_seq"),
        Index("ix_complaint_office_received", "office_id", "received_at"),
        Index("ix_complaint_status", "status"),
        Index("ix_complaint_office_category_received", "office_id", "category_id", "received_at"),
        Index("ix_complaint_clerk_received", "clerk_id", "received_at"),
        Index("ix_complaint_office_due", "office_id", "due_date"),
        Index("ix_complaint_office_status_received", "office_id", "status", "received_at"),
        Index("ix_complaint_office_crew_received", "office_id", "crew_id", "received_at"),
        Index("ix_complaint_office_village_received", "office_id", "village_id", "received_at"),
        Index("ix_complaint_office_channel_received", "office_id", "channel", "received_at"),
        Index("ix_complaint_office_closed", "office_id", "closed_at", "received_at", "due_date",
              "parent_id"),
        Index("ix_complaint_parent", "parent_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    tracking_no: Mapped[str] = mapped_column(String(32))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    channel: Mapped[str] = mapped_column(String(20))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    complainant_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    national_id: Mapped[str] = mapped_column(String(13), default="")
    address_line: Mapped[str] = mapped_column(String(300), default="")
    tambon: Mapped[str] = mapped_column(String(100), default="")
    amphoe: Mapped[str] = mapped_column(String(100), default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"), nullable=True)
    location_text: Mapped[str] = mapped_column(String(300), default="")
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"))
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    clerk_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    crew_id: Mapped[int | None] = mapped_column(ForeignKey("crew.id"), nullable=True)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The current assignment; its history is in `assignment`.
    planned_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    instruction: Mapped[str] = mapped_column(Text, default="", server_default="")
    # When it last reached "closed"; None while it is not closed (workflow.move keeps it).
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The complaint this one duplicates; a duplicate follows its parent's status.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"), nullable=True)
    # The language the complainant reads: their receipt and status notices print in it.
    language: Mapped[str] = mapped_column(String(5), default="th", server_default="th")

    category: Mapped[Category] = relationship(lazy="joined")
    village: Mapped[Village | None] = relationship(lazy="joined")
    clerk: Mapped[User] = relationship(lazy="joined")
    crew: Mapped[Crew | None] = relationship(lazy="joined")
    events: Mapped[list[StatusEvent]] = relationship(
        back_populates="complaint", order_by="StatusEvent.at"
    )


class StatusEvent(Base):
    __tablename__ = "status_event"
    __table_args__ = (Index("ix_status_event_complaint_at", "complaint_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str] = mapped_column(String(20))
    by_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    # A note the desk itself writes is a code and its values (JSON), worded in the reader's
    # language when shown; `note` keeps what a person typed.
    note_code: Mapped[str] = mapped_column(String(60), default="", server_default="")
    note_params: Mapped[str] = mapped_column(Text, default="", server_default="")

    complaint: Mapped[Complaint] = relationship(back_populates="events")


class Counter(Base):
    """One running-number register per office and year; its row is the lock writers queue on."""

    __tablename__ = "counter"

    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), primary_key=True)
    register: Mapped[str] = mapped_column(String(30), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class ComplaintEdit(Base):
    """One field changed after intake: who, when, what it was and what it became."""

    __tablename__ = "complaint_edit"
    __table_args__ = (Index("ix_complaint_edit_complaint_at", "complaint_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    by_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    # As on StatusEvent: the desk's own notes are codes, shown in the reader's language.
    note_code: Mapped[str] = mapped_column(String(60), default="", server_default="")
    note_params: Mapped[str] = mapped_column(Text, default="", server_default="")


class Attachment(Base):
    """A photo or scan kept in the database itself, so a backup of one file holds everything."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_complaint", "complaint_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    added_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)


class OfficeSetting(Base):
    """Office-specific settings that are data, not code (map source, boundary, …)."""

    __tablename__ = "office_setting"

    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Assignment(Base):
    """One hand-over of a complaint to a crew: first assignment or a reassignment (with reason)."""

    __tablename__ = "assignment"
    __table_args__ = (Index("ix_assignment_complaint_at", "complaint_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    crew_id: Mapped[int] = mapped_column(ForeignKey("crew.id"))
    previous_crew_id: Mapped[int | None] = mapped_column(ForeignKey("crew.id"), nullable=True)
    planned_date: Mapped[date] = mapped_column(Date)
    instruction: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    by_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class WorkOrder(Base):
    """A printed work order (ใบสั่งงาน): numbered gaplessly per office and fiscal year."""

    __tablename__ = "work_order"
    __table_args__ = (
        UniqueConstraint("office_id", "fiscal_year", "seq", name="uq_work_order_office_fy_seq"),
        Index("ix_work_order_office_crew_date", "office_id", "crew_id", "work_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20))
    crew_id: Mapped[int] = mapped_column(ForeignKey("crew.id"))
    work_date: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))

    jobs: Mapped[list[WorkOrderJob]] = relationship(order_by="WorkOrderJob.position",
                                                    cascade="all, delete-orphan")


class WorkOrderJob(Base):
    __tablename__ = "work_order_job"
    __table_args__ = (Index("ix_work_order_job_complaint", "complaint_id"),)

    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id", ondelete="CASCADE"),
                                               primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"),
                                              primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class JobResult(Base):
    """What the crew reported back: done, partly done, or could not do (and why)."""

    __tablename__ = "job_result"
    __table_args__ = (
        Index("ix_job_result_complaint_at", "complaint_id", "recorded_at"),
        CheckConstraint("minutes_spent IS NULL OR minutes_spent >= 0",
                        name="minutes_non_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    crew_id: Mapped[int] = mapped_column(ForeignKey("crew.id"))
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), nullable=True)
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    minutes_spent: Mapped[int | None] = mapped_column(Integer, nullable=True)
    materials: Mapped[str] = mapped_column(Text, default="")
    worked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SignOff(Base):
    """The mayor's decision on finished work: approved (closes it) or returned to the crew."""

    __tablename__ = "sign_off"
    __table_args__ = (
        Index("ix_sign_off_complaint_at", "complaint_id", "at"),
        Index("ix_sign_off_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    decision: Mapped[str] = mapped_column(String(20))
    by_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class OutgoingLetter(Base):
    """ทะเบียนหนังสือส่ง: one row per letter sent, gapless per office and calendar year (BE).

    The letter's words are kept as sent, so a reprint years later is the same letter even after
    the template, the signatory or the complainant's record has changed.
    """

    __tablename__ = "outgoing_letter"
    __table_args__ = (
        UniqueConstraint("office_id", "year", "seq", name="uq_outgoing_letter_office_year_seq"),
        Index("ix_outgoing_letter_complaint", "complaint_id"),
        Index("ix_outgoing_letter_office_date", "office_id", "letter_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    document_no: Mapped[str] = mapped_column(String(60))
    complaint_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaint.id", ondelete="SET NULL"), nullable=True)
    letter_date: Mapped[date] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(String(300))
    subject: Mapped[str] = mapped_column(String(300))
    reference: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    # The result as the office approved it for this letter (the crew's notes, edited); already
    # inside `body`, kept apart so the approved words can be read back without parsing it.
    result_summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_position: Mapped[str] = mapped_column(String(300), default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Forwarding(Base):
    """ส่งต่อ: a complaint handed to another office on this server (which gets its own received
    complaint, `to_complaint_id`) or to an agency outside it (a numbered letter, `letter_id`)."""

    __tablename__ = "forwarding"
    __table_args__ = (
        Index("ix_forwarding_from_complaint", "from_complaint_id"),
        Index("ix_forwarding_to_complaint", "to_complaint_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    from_complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"))
    to_office_id: Mapped[int | None] = mapped_column(ForeignKey("office.id"), nullable=True)
    to_complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"),
                                                        nullable=True)
    agency: Mapped[str] = mapped_column(String(300), default="")
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_letter.id"),
                                                  nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    by_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class SignInAttempt(Base):
    """The lock-out count of a name nobody can sign in with (unknown, inactive, no password),
    kept like an account's so that "locked" tells no desk, now or after a restart, which
    names exist. Keyed by the normalised name alone, as sign-in is."""

    __tablename__ = "sign_in_attempt"
    __table_args__ = (Index("ix_sign_in_attempt_last_attempt", "last_attempt"),)

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    failed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_attempt: Mapped[datetime] = mapped_column(UtcDateTime)


class TraffyTicket(Base):
    """A complaint's ticket on Traffy Fondue: imported, pulled, or pushed from the counter."""

    __tablename__ = "traffy_ticket"
    __table_args__ = (
        Index("uq_traffy_ticket_office_id_ticket_id", "office_id", "ticket_id", unique=True),
        Index("uq_traffy_ticket_complaint_id", "complaint_id", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    ticket_id: Mapped[str] = mapped_column(String(40))
    # The tracking password Traffy returns for a pushed ticket; the citizen follows it with it.
    password: Mapped[str] = mapped_column(String(60), default="", server_default="")
    # What Traffy last said, kept apart from our status so local work is never overwritten.
    state_name: Mapped[str] = mapped_column(String(80), default="", server_default="")
    state_kind: Mapped[str] = mapped_column(String(20), default="", server_default="")
    last_activity: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    source: Mapped[str] = mapped_column(String(10))          # import | push | pull
    # Of the values last imported or pulled: a re-import skips a row whose hash is unchanged.
    row_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class TraffyTypeMapping(Base):
    """A Traffy problem type ("ถนน") and the office's category it becomes; remembered."""

    __tablename__ = "traffy_type_mapping"

    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), primary_key=True)
    traffy_type: Mapped[str] = mapped_column(String(120), primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"))


class TraffyStateMapping(Base):
    """A state name as an export or an agency writes it, and what it means here."""

    __tablename__ = "traffy_state_mapping"

    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), primary_key=True)
    state_name: Mapped[str] = mapped_column(String(80), primary_key=True)
    meaning: Mapped[str] = mapped_column(String(20))  # waiting|in_progress|finished|forwarded|rejected


class TraffyOutbox(Base):
    """One call to the Exchange API waiting to be sent; survives offline spells and restarts."""

    __tablename__ = "traffy_outbox"
    __table_args__ = (
        Index("uq_traffy_outbox_idempotency_key", "idempotency_key", unique=True),
        Index("ix_traffy_outbox_due", "office_id", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    complaint_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), nullable=True)
    action: Mapped[str] = mapped_column(String(30))          # new_issue|update_issue|join_forward
    payload: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    idempotency_key: Mapped[str] = mapped_column(String(80))
    state: Mapped[str] = mapped_column(String(10), default="queued", server_default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_error_code: Mapped[str] = mapped_column(String(60), default="", server_default="")
    last_error_detail: Mapped[str] = mapped_column(Text, default="", server_default="")
    response: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
