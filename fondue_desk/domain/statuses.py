"""Complaint statuses and intake channels: the stored values. Labels live in the UI/documents."""
from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    RECEIVED = "received"            # รับเรื่องแล้ว
    ASSIGNED = "assigned"            # มอบหมายแล้ว
    IN_PROGRESS = "in_progress"      # กำลังดำเนินการ
    AWAITING_SIGNOFF = "awaiting_signoff"  # รอนายกฯ ลงนาม
    CLOSED = "closed"                # เสร็จสิ้น
    FORWARDED = "forwarded"          # ส่งต่อหน่วยงานอื่น
    REJECTED = "rejected"            # ไม่เกี่ยวข้อง / ไม่รับเรื่อง


OPEN_STATUSES = frozenset(
    {Status.RECEIVED, Status.ASSIGNED, Status.IN_PROGRESS, Status.AWAITING_SIGNOFF}
)

STATUS_LABELS_TH = {
    Status.RECEIVED: "รับเรื่องแล้ว",
    Status.ASSIGNED: "มอบหมายแล้ว",
    Status.IN_PROGRESS: "กำลังดำเนินการ",
    Status.AWAITING_SIGNOFF: "รอนายกฯ ลงนาม",
    Status.CLOSED: "เสร็จสิ้น",
    Status.FORWARDED: "ส่งต่อหน่วยงานอื่น",
    Status.REJECTED: "ไม่เกี่ยวข้อง",
}


class Channel(StrEnum):
    COUNTER = "counter"
    PHONE = "phone"
    LETTER = "letter"
    TRAFFY = "traffy"
    OTHER = "other"


CHANNEL_LABELS_TH = {
    Channel.COUNTER: "ยื่นที่เคาน์เตอร์",
    Channel.PHONE: "โทรศัพท์",
    Channel.LETTER: "หนังสือ",
    Channel.TRAFFY: "Traffy Fondue",
    Channel.OTHER: "อื่น ๆ",
}


class Role(StrEnum):
    CLERK = "clerk"
    CREW_LEADER = "crew_leader"
    MAYOR = "mayor"
    ADMIN = "admin"


class OfficeKind(StrEnum):
    MUNICIPALITY = "municipality"    # เทศบาลตำบล
    SAO = "sao"                      # องค์การบริหารส่วนตำบล (อบต.)


OFFICE_KIND_LABELS_TH = {
    OfficeKind.MUNICIPALITY: "เทศบาลตำบล",
    OfficeKind.SAO: "องค์การบริหารส่วนตำบล",
}
