"""The words of a forwarding letter (หนังสือส่งต่อ) to an agency that is not on this server.

An external letter (หนังสือภายนอก) like the closure letter, laid out by the same renderer: the
office tells the agency what the citizen reported, why it is theirs to handle, and asks them
to act and to answer the citizen directly.
"""
from __future__ import annotations

SUBJECT = "ส่งเรื่องร้องเรียนเพื่อพิจารณาดำเนินการ"
MAX_AGENCY = 300


def forwarding_body(*, office: str, name: str, received_date: str, tracking_no: str,
                    category: str, description: str, location: str, reason: str,
                    phone: str) -> str:
    """Three paragraphs, blank-line separated (the renderer's paragraph break)."""
    who = f"{name} " if name else "ผู้ร้องเรียนซึ่งไม่ประสงค์ออกนาม "
    contact = f" หมายเลขโทรศัพท์ติดต่อผู้ร้องเรียน {phone}" if phone else ""
    place = f" บริเวณ{location}" if location else ""
    return (
        f"ด้วย{office}ได้รับเรื่องร้องเรียนจาก{who}เมื่อวันที่ {received_date} "
        f"ตามใบรับเรื่องเลขที่ {tracking_no} เรื่อง{category}{place} "
        f"ความว่า {description}{contact}\n\n"
        f"{office}พิจารณาแล้ว เห็นว่าเรื่องดังกล่าวมิได้อยู่ในอำนาจหน้าที่ของ{office} "
        f"เนื่องจาก{reason}\n\n"
        "จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการตามอำนาจหน้าที่ "
        "และแจ้งผลให้ผู้ร้องเรียนทราบโดยตรงด้วย จะขอบคุณยิ่ง"
    )
