"""Which column holds which field, found by its header, never by position.

Headers are compared after folding case and dropping spaces, underscores, hyphens and dots,
against each field's synonyms (English and Thai); a header one or two letters off a synonym
("ticked_id", "longtitude", "cords") still counts, so hand-edited exports import.
"""
from __future__ import annotations

import re
import unicodedata

# field → synonyms (already folded). Order matters only for ties, which the distance rule avoids.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "ticket_id": ("ticketid", "ticket", "id", "ticketno", "เลขที่เรื่อง", "เลขที่", "รหัสเรื่อง"),
    "type": ("type", "types", "problemtype", "category", "ประเภท", "ประเภทปัญหา"),
    "organization": ("organization", "organisation", "org", "agency", "หน่วยงาน"),
    "comment": ("comment", "comments", "description", "detail", "details", "รายละเอียด",
                "ข้อความ"),
    "coords": ("coords", "coordinates", "coordinate", "cords", "coord", "location",
               "latlon", "lonlat", "latlng", "พิกัด"),
    "latitude": ("latitude", "lat", "ละติจูด"),
    "longitude": ("longitude", "lon", "lng", "long", "ลองจิจูด"),
    "photo": ("photo", "photourl", "image", "รูปภาพ", "รูป"),
    "photo_after": ("photoafter", "afterphoto", "รูปหลังแก้ไข", "รูปหลัง"),
    "address": ("address", "addr", "ที่อยู่", "สถานที่"),
    "subdistrict": ("subdistrict", "tambon", "แขวง", "ตำบล"),
    "district": ("district", "amphoe", "เขต", "อำเภอ"),
    "province": ("province", "จังหวัด"),
    "timestamp": ("timestamp", "createdat", "created", "date", "datetime", "reportedat",
                  "วันที่แจ้ง", "วันที่"),
    "state": ("state", "status", "สถานะ"),
    "last_activity": ("lastactivity", "updatedat", "lastupdate", "อัปเดตล่าสุด"),
    "star": ("star", "stars", "rating", "ดาว"),
    "count_reopen": ("countreopen", "reopen", "reopencount"),
}
REQUIRED = ("ticket_id",)
_DROP = re.compile(r"[\s_\-.]+")


def fold(header: str) -> str:
    text = unicodedata.normalize("NFC", header.replace("\ufeff", ""))
    return _DROP.sub("", text).casefold()


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (limit + 1) once it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _tolerance(word: str) -> int:
    # Short names ("lat", "lon", "id") must match exactly: one letter turns lat into lot.
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


def match_columns(headers: list[str]) -> dict[str, int]:
    """field → column index. Exact synonyms win over near ones; each column serves one field."""
    folded = [fold(h) for h in headers]
    found: dict[str, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for field, names in SYNONYMS.items():
            if field in found:
                continue
            best: tuple[int, int] | None = None
            for index, header in enumerate(folded):
                if index in used or not header:
                    continue
                for name in names:
                    limit = 0 if exact else _tolerance(name)
                    d = _distance(header, name, limit)
                    if d <= limit and (best is None or d < best[0]):
                        best = (d, index)
            if best is not None:
                found[field] = best[1]
                used.add(best[1])
    return found


def shape_of(found: dict[str, int]) -> str:
    """'public' (one coords column, comment), 'agency' (download-issues v2), or 'other'."""
    if "coords" in found and "comment" in found and "state" in found:
        return "public"
    if {"latitude", "longitude", "comment"} <= set(found) and "state" in found:
        return "agency"
    return "other"
