"""The desk's own words: compounds its printed texts use that the line breaker keeps whole.

newmm's dictionary lacks some of them (ผู้ร้อง comes out ผู้|ร้อง) and its maximal matching
splits others although it knows them ("ติดตามเรื่อง" is ติด|ตามเรื่อง, both words being in the
dictionary), so a line could end inside a word the clerk reads fifty times a day. The words
below come from the fixed texts of the receipt, the work order, the closure letter and their
labels; the office's own names (categories, villages, crews, people) come with each
document's data (`keep_together`). Both are added to the segmenter's dictionary and protected
from line breaks (see line_breaking).
"""
from __future__ import annotations

DESK_WORDS: frozenset[str] = frozenset({
    # complaints and the receipt
    "เรื่องร้องเรียน", "ร้องเรียน", "ผู้ร้อง", "ผู้ร้องเรียน", "ติดตาม", "ใบรับเรื่อง", "รับเรื่อง",
    "เลขที่รับเรื่อง", "วันที่รับเรื่อง", "ผู้รับเรื่อง", "เจ้าหน้าที่", "ประเภทเรื่อง", "รายละเอียด",
    "หมู่บ้าน", "หมู่ที่", "กำหนดแล้วเสร็จ", "แล้วเสร็จ", "ไม่ประสงค์ออกนาม", "ผู้รับผิดชอบ",
    "ช่องทาง", "ทะเบียน", "ฉบับเต็ม", "หลักฐาน",
    # the work order
    "ใบสั่งงาน", "สั่งงาน", "ผู้สั่งงาน", "วันที่สั่งงาน", "ชุดปฏิบัติงาน", "หัวหน้าชุด",
    "ปฏิบัติงาน", "ผลการปฏิบัติงาน", "บันทึกการปฏิบัติงาน", "วันที่ปฏิบัติงาน", "ผู้แจ้ง",
    "ข้อสั่งการ", "ผู้ตรวจสอบ", "ตรวจสอบ", "ดำเนินการ", "บางส่วน", "กำหนดเสร็จ",
    # the closure letter and the office
    "ผลการดำเนินการ", "ผลการดำเนินงาน", "หนังสือแจ้ง", "สิ่งที่ส่งมาด้วย", "อ้างถึง", "ผู้บริหาร",
    "เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "นายกเทศมนตรี", "ปฏิบัติราชการแทน",
})
