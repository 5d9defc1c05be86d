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
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class Village(Base):
    __tablename__ = "village"
    __table_args__ = (UniqueConstraint("office_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)


class Category(Base):
    __tablename__ = "category"
    __table_args__ = (CheckConstraint("sla_days >= 0", name="sla_days_non_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    name_th: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120), default="")
    colour: Mapped[str] = mapped_column(String(9), default="#607d8b")
    sla_days: Mapped[int] = mapped_column(Integer, default=7)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Crew(Base):
    """A work crew (ช่างไฟฟ้า, กองช่าง …); the register shows and filters by it."""

    __tablename__ = "crew"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


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
