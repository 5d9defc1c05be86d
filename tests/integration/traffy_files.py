"""Traffy exports built for the tests from the documented shapes (public and agency)."""
from __future__ import annotations

from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "traffy" / "teamchadchart-1000.csv"
PUBLIC_HEADER = ("ticket_id,type,organization,comment,coords,photo,photo_after,address,"
                 "subdistrict,district,province,timestamp,state,star,count_reopen,last_activity")
AGENCY_HEADER = ("ticket_id,type,organization,description,photo,latitude,longitude,address,"
                 "subdistrict,district,province,timestamp,photo_after,timestamp_inprogress,"
                 "timestamp_finished,org_finished,status,confirmed,star,count_reopen,"
                 "last_activity")


def write(path: Path, header: str, rows: list[str], *, bom: bool = False,
          crlf: bool = False) -> Path:
    newline = "\r\n" if crlf else "\n"
    text = newline.join([header, *rows]) + newline
    path.write_bytes((("\ufeff" if bom else "") + text).encode("utf-8"))
    return path


def public_row(ticket: str, *, types: str = "{ถนน}", comment: str = "ถนนเป็นหลุม",
               coords: str = '"100.50000,13.75000"', address: str = "ถนนพระราม 4",
               timestamp: str = "2023-05-12 13:27:54.482138+00", state: str = "รอรับเรื่อง",
               last: str = "2023-05-12 13:27:54.471831+00") -> str:
    return (f'{ticket},"{types}",เขตทดสอบ,"{comment}",{coords},,,"{address}",แขวง,เขต,'
            f"กรุงเทพมหานคร,{timestamp},{state},,0,{last}")
