"""Every word `fondue-desk db check` prints, in Thai (the default) and English (--lang en):
what is wrong, in plain words, and what to do about it. Keyed by services.db_check's codes."""
from __future__ import annotations

from string import Formatter

from ..domain.numbers import format_count
from ..services import db_check as check

TEXTS: dict[str, dict[str, str]] = {
    "th": {
        check.BAD_URL: "ที่อยู่ฐานข้อมูลไม่ถูกต้อง ({detail}) ตัวอย่างที่ถูกต้อง: "
                       "postgresql+psycopg://desk@server/fondue",
        check.DRIVER_MISSING: "เครื่องนี้ยังไม่ได้ติดตั้งไดรเวอร์ฐานข้อมูล ({detail}) "
                              "ติดตั้ง Fondue Desk ชุดที่มี psycopg",
        check.HOST_UNKNOWN: "หาเครื่องแม่ข่ายชื่อนี้ในเครือข่ายไม่พบ ตรวจสอบชื่อหรือเลข IP "
                            "ของเครื่องแม่ข่ายในที่อยู่ฐานข้อมูล ({detail})",
        check.REFUSED: "เครื่องแม่ข่ายไม่รับการเชื่อมต่อ: PostgreSQL อาจไม่ได้เปิดอยู่ หรือไฟร์วอลล์"
                       "ปิดพอร์ต 5432 หรือเลขพอร์ตผิด ({detail})",
        check.TIMEOUT: "เครื่องแม่ข่ายไม่ตอบ: ตรวจสอบสายแลนและเลข IP และให้ไฟร์วอลล์ของ"
                       "เครื่องแม่ข่ายเปิดพอร์ต 5432 ({detail})",
        check.NOT_ALLOWED: "เครื่องแม่ข่ายไม่อนุญาตให้เครื่องนี้เชื่อมต่อ: ผู้ดูแลต้องเพิ่มเครือข่ายของ"
                           "สำนักงานใน pg_hba.conf แล้วโหลดค่าใหม่ ({detail})",
        check.AUTH_FAILED: "ชื่อผู้ใช้หรือรหัสผ่านของฐานข้อมูลไม่ถูกต้อง ตรวจสอบกับผู้ดูแลเครื่องแม่ข่าย "
                           "({detail})",
        check.NO_DATABASE: "ไม่มีฐานข้อมูลชื่อนี้บนเครื่องแม่ข่าย ตรวจสอบชื่อฐานข้อมูล หรือให้ผู้ดูแล"
                           "สร้างตามคู่มือ docs/shared-server.md ({detail})",
        check.CANNOT_CONNECT: "เชื่อมต่อฐานข้อมูลไม่ได้ ({detail})",
        check.NO_PG_TRGM: "ฐานข้อมูลยังไม่มีส่วนขยาย pg_trgm และผู้ใช้นี้เพิ่มเองไม่ได้: ผู้ดูแล "
                          "(postgres) ต้องสั่ง CREATE EXTENSION pg_trgm; ในฐานข้อมูลนี้หนึ่งครั้ง",
        check.THAI_TRIGRAMS: "ฐานข้อมูลตั้งชนิดอักขระเป็น {detail} ซึ่ง pg_trgm ไม่นับอักษรไทยเป็นตัวอักษร "
                             "การค้นหาภาษาไทยจึงใช้ดัชนีไม่ได้และช้าลง: ให้ผู้ดูแลสร้างฐานข้อมูลใหม่"
                             "ด้วย LC_CTYPE 'C.UTF-8' (docs/shared-server.md ขั้นที่ 4)",
        check.SCHEMA_OLDER: "โครงสร้างข้อมูลเป็นรุ่นเก่า ({detail} ต้องเป็น {head}): เปิดโปรแกรม "
                            "Fondue Desk รุ่นนี้หนึ่งครั้ง หรือสั่ง fondue-desk db upgrade "
                            "เพื่อปรับรุ่นฐานข้อมูล",
        check.SCHEMA_NEWER: "ฐานข้อมูลถูกปรับโดย Fondue Desk รุ่นที่ใหม่กว่า (โครงสร้างรุ่น "
                            "{detail}): ต้องปรับรุ่นโปรแกรมในเครื่องนี้ก่อนใช้งาน",
        check.NETWORK_SHARE: "ไฟล์ฐานข้อมูลอยู่บนไดรฟ์เครือข่าย ({detail}) SQLite ใช้ร่วมกัน"
                             "ผ่านเครือข่ายไม่ปลอดภัย ข้อมูลอาจเสียหาย: หลายเครื่องต้องใช้ PostgreSQL "
                             "(docs/shared-server.md) หรือเก็บไฟล์ไว้ในดิสก์ของเครื่องนี้",
        check.NO_FILE: "ไม่มีไฟล์ฐานข้อมูลที่ {detail}: ถ้าเป็นการเริ่มใช้ครั้งแรก เปิดโปรแกรมเพื่อสร้าง "
                       "ถ้าไม่ใช่ ตรวจสอบที่อยู่ใน --db หรือ FONDUE_DESK_DB",
        check.NOT_WRITABLE: "ผู้ใช้ของเครื่องนี้เขียน {detail} ไม่ได้: ให้สิทธิ์เขียนทั้งไฟล์และโฟลเดอร์ "
                            "(SQLite สร้างไฟล์ -wal และ -shm ไว้ข้างกัน)",
        check.NOT_A_DATABASE: "ไฟล์นี้ไม่ใช่ฐานข้อมูล SQLite หรือเสียหาย ({detail}) "
                              "กู้คืนจากไฟล์สำรองข้อมูล",
        "problems": "ฐานข้อมูล {location} มีปัญหา:",
        "ok": "เชื่อมต่อได้ ไม่พบปัญหา: {location}",
        "server": "{dialect} รุ่น {version}",
        "revision": "โครงสร้างข้อมูลรุ่น {revision} (ตรงกับโปรแกรมนี้)",
        "empty": "ฐานข้อมูลยังว่าง: โปรแกรมจะสร้างตารางเมื่อเปิดครั้งแรก",
        "offices": "จำนวนสำนักงาน {offices}",
        "warning": "คำเตือน: {message}",
        "upgraded": "ปรับโครงสร้างข้อมูลจากรุ่น {old} เป็นรุ่น {new} แล้ว",
        "created": "สร้างตารางของฐานข้อมูลใหม่แล้ว (โครงสร้างข้อมูลรุ่น {new})",
        "up_to_date": "โครงสร้างข้อมูลเป็นรุ่นล่าสุดอยู่แล้ว ({new}) ไม่มีการเปลี่ยนแปลง",
        "cannot_upgrade": "ปรับรุ่นฐานข้อมูลไม่สำเร็จ: {reason}",
    },
    "en": {
        check.BAD_URL: "this is not a database address ({detail}); it reads like "
                       "postgresql+psycopg://desk@server/fondue",
        check.DRIVER_MISSING: "this PC has no driver for that database ({detail}); install "
                              "Fondue Desk with psycopg",
        check.HOST_UNKNOWN: "the server's name is not known on the network; check the server "
                            "name or IP address in the database address ({detail})",
        check.REFUSED: "the server refused the connection: PostgreSQL is not running, a "
                       "firewall blocks port 5432, or the port is wrong ({detail})",
        check.TIMEOUT: "the server does not answer: check the cable and the IP address, and "
                       "open port 5432 in the server's firewall ({detail})",
        check.NOT_ALLOWED: "the server does not let this PC in: its administrator must add "
                           "the office network to pg_hba.conf and reload ({detail})",
        check.AUTH_FAILED: "the database user name or password is wrong; check them with the "
                           "server's administrator ({detail})",
        check.NO_DATABASE: "the server has no database of that name; check the name, or have "
                           "it created as docs/shared-server.md says ({detail})",
        check.CANNOT_CONNECT: "cannot connect to the database ({detail})",
        check.NO_PG_TRGM: "the database lacks the pg_trgm extension and this user cannot add "
                          "it: a superuser (postgres) must run CREATE EXTENSION pg_trgm; "
                          "in this database once",
        check.THAI_TRIGRAMS: "the database's character type is {detail}, under which pg_trgm "
                             "does not count Thai letters as letters, so Thai searches cannot "
                             "use their index and are slow: have the database created again "
                             "with LC_CTYPE 'C.UTF-8' (docs/shared-server.md, step 4)",
        check.SCHEMA_OLDER: "the database structure is older ({detail}, this desk needs "
                            "{head}): start this version of Fondue Desk once, or run "
                            "fondue-desk db upgrade, to upgrade it",
        check.SCHEMA_NEWER: "a newer Fondue Desk has upgraded the database (schema {detail}): "
                            "update Fondue Desk on this PC before using it",
        check.NETWORK_SHARE: "the database file is on a network share ({detail}); SQLite is "
                             "not safe over a network and the data can be damaged: desks on "
                             "several PCs need PostgreSQL (docs/shared-server.md), or keep the "
                             "file on this PC's own disk",
        check.NO_FILE: "there is no database file at {detail}: on a first start the app "
                       "creates it; otherwise check --db or FONDUE_DESK_DB",
        check.NOT_WRITABLE: "this user cannot write {detail}: allow writing to the file and "
                            "its folder (SQLite keeps -wal and -shm files beside it)",
        check.NOT_A_DATABASE: "the file is not an SQLite database or is damaged ({detail}); "
                              "restore it from a backup",
        "problems": "the database {location} has problems:",
        "ok": "connected, no problems: {location}",
        "server": "{dialect} {version}",
        "revision": "schema revision {revision} (matches this desk)",
        "empty": "the database is empty: the app creates its tables at the first start",
        "offices": "offices: {offices}",
        "warning": "warning: {message}",
        "upgraded": "the database structure was upgraded from {old} to {new}",
        "created": "the new database's tables were created (schema {new})",
        "up_to_date": "the database structure is already up to date ({new}); nothing changed",
        "cannot_upgrade": "the database could not be upgraded: {reason}",
    },
}


def text(lang: str, key: str, **params: object) -> str:
    template = TEXTS["en" if lang == "en" else "th"].get(key, key)
    names = {name for _, name, _, _ in Formatter().parse(template) if name}
    return template.format(**{name: params.get(name, "?") for name in names})


def report_lines(lang: str, report: check.CheckReport) -> list[str]:
    """The report as lines: a heading and one line per problem, or what was found."""
    if not report.ok:
        return [text(lang, "problems", location=report.location)] + [
            f"- {text(lang, problem.code, detail=problem.detail, head=report.head)}"
            for problem in report.problems]
    lines = [text(lang, "ok", location=report.location)]
    if report.server_version:
        lines.append(text(lang, "server", dialect=report.dialect,
                          version=report.server_version))
    lines.append(text(lang, "empty") if report.revision is None
                 else text(lang, "revision", revision=report.revision))
    if report.offices is not None:
        lines.append(text(lang, "offices", offices=format_count(report.offices)))
    return lines


def share_warning(lang: str, reason: str) -> str:
    """The line other commands print before they use an SQLite file on a network share."""
    return text(lang, "warning", message=text(lang, check.NETWORK_SHARE, detail=reason))
