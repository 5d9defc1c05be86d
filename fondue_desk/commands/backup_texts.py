"""Every word `fondue-desk backup` and `fondue-desk restore` print, in Thai (the default) and
English (--lang en), keyed by the core's backup.* codes and the commands' own message keys.
The GUI has its own translated texts (ui/backup/texts.py); these are for the terminal."""
from __future__ import annotations

import re
from string import Formatter

from ..documents.thai_text import thai_datetime
from ..domain.calendar import to_thai
from ..services.backup_archive import BackupError, BackupInfo

TEXTS: dict[str, dict[str, str]] = {
    "th": {
        # The core's refusals (a parenthesised detail is left out when the core gives none).
        "backup.not_found": "ไม่พบไฟล์ {path}",
        "backup.not_a_backup": "ไฟล์นี้ไม่ใช่ไฟล์สำรองข้อมูลของ Fondue Desk",
        "backup.corrupted": "ไฟล์สำรองเสียหายหรือถูกแก้ไข ({reason}) ใช้ไฟล์สำรองอื่น",
        "backup.newer_format": "ไฟล์สำรองนี้สร้างจาก Fondue Desk รุ่นที่ใหม่กว่า "
                               "(รูปแบบไฟล์ {format_version}) กรุณาปรับรุ่นโปรแกรมนี้ก่อน",
        "backup.newer_schema": "ไฟล์สำรองนี้สร้างจาก Fondue Desk รุ่นที่ใหม่กว่า ({app_version} "
                               "โครงสร้างข้อมูลรุ่น {revision}) กรุณาปรับรุ่นโปรแกรมนี้ก่อนกู้คืนข้อมูล",
        "backup.dialect_mismatch": "ไฟล์สำรองนี้มาจากฐานข้อมูลชนิด {backup} แต่ฐานข้อมูลที่ใช้อยู่เป็น "
                                   "{database} ไฟล์สำรองกู้คืนได้เฉพาะลงฐานข้อมูลชนิดเดียวกันเท่านั้น",
        "backup.tool_missing": "ไม่พบโปรแกรม {tool} ของ PostgreSQL กรุณาติดตั้งเครื่องมือไคลเอนต์ "
                               "PostgreSQL รุ่นเดียวกับเซิร์ฟเวอร์ หรือกำหนด FONDUE_DESK_PG_BIN "
                               "เป็นโฟลเดอร์ที่เก็บโปรแกรมเหล่านั้น",
        "backup.tool_failed": "โปรแกรม {tool} ของ PostgreSQL ทำงานไม่สำเร็จ ({reason})",
        "backup.no_database_file": "ไม่มีไฟล์ฐานข้อมูลให้สำรอง ({path})",
        "backup.no_schema": "ฐานข้อมูลไม่มีข้อมูลรุ่นโครงสร้าง กรุณาเปิดด้วยโปรแกรม Fondue Desk ก่อน",
        "backup.read_failed": "อ่านฐานข้อมูลไม่ได้ ({reason})",
        "backup.restore_failed": "กู้คืนข้อมูลไม่สำเร็จ และได้ยกเลิกการเปลี่ยนแปลงแล้ว ({reason})",
        "backup.target_is_folder": "{path} เป็นโฟลเดอร์ กรุณาระบุชื่อไฟล์สำรองข้อมูล",
        "backup.write_failed": "บันทึกไฟล์สำรองข้อมูลไม่ได้ ({reason})",
        "backup.upgrade_failed": "กู้คืนข้อมูลแล้ว แต่ปรับโครงสร้างข้อมูลให้เข้ากับ Fondue Desk "
                                 "รุ่นนี้ไม่สำเร็จ ({reason}) ข้อมูลก่อนกู้คืนอยู่ในไฟล์สำรอง {safety}",
        "backup.unsupported_database": "ไม่สามารถสำรองฐานข้อมูลชนิด {dialect} ได้",
        # What the commands themselves say.
        "info": "สำนักงาน {office} สำรองเมื่อ {taken} ฐานข้อมูล {dialect} "
                "โครงสร้างข้อมูลรุ่น {revision} โปรแกรมรุ่น {app_version} ขนาด {size} ไบต์",
        "no_office": "(ไม่มี)",
        "cannot_open": "เปิดฐานข้อมูลไม่ได้: {reason}",
        "backup_failed": "สำรองข้อมูลไม่สำเร็จ: {reason} ไม่ได้บันทึกไฟล์ใด ๆ",
        "backed_up": "สำรองข้อมูลไว้ที่ {path} และตรวจสอบแล้ว: {info}",
        "cannot_restore": "กู้คืนข้อมูลจาก {path} ไม่ได้: {reason} ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ",
        "backup_summary": "ไฟล์สำรอง {path}: {info}",
        "whole": "ไฟล์สำรองครบถ้วนและอ่านได้ ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ",
        "warning": "การกู้คืนจะแทนที่ข้อมูลทั้งหมดใน {location} ด้วยข้อมูลจากไฟล์สำรอง\n"
                   "ก่อนกู้คืน ระบบจะสำรองข้อมูลปัจจุบันไว้ที่ {safety}",
        "need_yes": "ไม่มีหน้าจอให้พิมพ์ยืนยัน หากต้องการกู้คืนโดยไม่ต้องยืนยันให้ใส่ --yes",
        "question": 'พิมพ์ "yes" หรือ "ใช่" เพื่อยืนยันการกู้คืน: ',
        "not_confirmed": "ไม่ได้ยืนยันการกู้คืน ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ",
        "refused": "กู้คืนข้อมูลไม่ได้: {reason} ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ",
        "not_upgraded": "{reason}",
        "safety_saved": "ข้อมูลก่อนกู้คืนเก็บไว้ที่ {path}",
        "restored": "กู้คืนข้อมูลเรียบร้อยแล้ว ฐานข้อมูลใช้โครงสร้างข้อมูลรุ่น {revision}",
    },
    "en": {
        "backup.not_found": "there is no file at {path}",
        "backup.not_a_backup": "this file is not a Fondue Desk backup",
        "backup.corrupted": "the backup file is damaged or has been altered ({reason}); "
                            "use another backup",
        "backup.newer_format": "the backup was made by a newer Fondue Desk (file format "
                               "{format_version}); update this program first",
        "backup.newer_schema": "the backup was made by a newer Fondue Desk ({app_version}, "
                               "schema {revision}); update this program before restoring it",
        "backup.dialect_mismatch": "this is a {backup} backup and the database is {database}; "
                                   "a backup restores only into the same kind of database",
        "backup.tool_missing": "{tool} was not found; install the PostgreSQL client tools of "
                               "the server's version or set FONDUE_DESK_PG_BIN to their folder",
        "backup.tool_failed": "{tool} failed ({reason})",
        "backup.no_database_file": "there is no database file to back up ({path})",
        "backup.no_schema": "the database has no schema version; open it with Fondue Desk first",
        "backup.read_failed": "the database could not be read ({reason})",
        "backup.restore_failed": "the restore failed and was undone ({reason})",
        "backup.target_is_folder": "{path} is a folder; give the name of the backup file",
        "backup.write_failed": "the backup could not be written ({reason})",
        "backup.upgrade_failed": "the backup was restored but could not be upgraded to this "
                                 "version ({reason}); the data as it was is in {safety}",
        "backup.unsupported_database": "backups of {dialect} databases are not supported",
        "info": "office {office}, taken {taken} Thai time, {dialect}, schema {revision}, "
                "app {app_version}, {size} bytes",
        "no_office": "(none)",
        "cannot_open": "cannot open the database: {reason}",
        "backup_failed": "backup failed: {reason}; nothing was written",
        "backed_up": "backed up to {path} and verified: {info}",
        "cannot_restore": "cannot restore {path}: {reason}; nothing was changed",
        "backup_summary": "backup {path}: {info}",
        "whole": "the backup is whole and readable; nothing was changed",
        "warning": "this replaces ALL data in {location} with the backup;\n"
                   "the current data is first backed up into {safety}",
        "need_yes": "add --yes to restore without a terminal to confirm in",
        "question": 'type "yes" to restore: ',
        "not_confirmed": "not confirmed; nothing was changed",
        "refused": "restore refused: {reason}; nothing was changed",
        "not_upgraded": "{reason}",
        "safety_saved": "the data as it was is saved in {path}",
        "restored": "restored; the database is at schema {revision}",
    },
}

# What counts as "yes" at the confirmation question; a Thai keyboard need not be switched.
CONFIRM_ANSWERS: dict[str, frozenset[str]] = {
    "th": frozenset({"yes", "ใช่"}),
    "en": frozenset({"yes"}),
}


class _Unknown(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def text(lang: str, key: str, **params: object) -> str:
    """The text for `key` in `lang` ("th" unless "en"); an unknown key is shown as itself."""
    template = TEXTS["en" if lang == "en" else "th"].get(key)
    if template is None:
        return key
    missing = {name for _, name, _, _ in Formatter().parse(template)
               if name and name not in params}
    for name in missing:
        # Details such as "(reason)" are optional: the core leaves some of them out.
        template = re.sub(r" \([^()]*\{" + re.escape(name) + r"\}[^()]*\)", "", template)
    return template.format_map(_Unknown(params))


def describe(lang: str, error: BackupError) -> str:
    return text(lang, error.code, **error.params)


def describe_info(lang: str, info: BackupInfo) -> str:
    if lang == "en":
        taken = to_thai(info.created_at).strftime("%Y-%m-%d %H:%M")
    else:
        taken = thai_datetime(info.created_at)  # Buddhist Era, Thai time
    return text(lang, "info", office=info.office_name or text(lang, "no_office"), taken=taken,
                dialect=info.dialect, revision=info.schema_revision,
                app_version=info.app_version, size=f"{info.size_bytes:,}")


def is_yes(lang: str, answer: str) -> bool:
    return answer.strip().lower() in CONFIRM_ANSWERS["en" if lang == "en" else "th"]
