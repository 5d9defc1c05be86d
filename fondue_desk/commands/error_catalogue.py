"""The sentences of commands/error_texts: one per code the core raises, Thai and English.

{field} is the field's label (FIELDS); other names are the error's params. A part in brackets
whose param the core left out is dropped, so "(เรื่อง {tracking_no})" needs no second text.
"""
from __future__ import annotations

# A tuple holds alternatives: the first whose params are all given is used.
TEXTS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "th": {
        # Looking things up
        "complaint.not_found": ("ไม่พบเรื่องร้องเรียนเลขที่ {tracking_no}",
                                "ไม่พบเรื่องร้องเรียนที่ระบุ (รหัส {complaint_id})"),
        "complaint.changed_meanwhile": (
            ("เรื่อง {tracking_no} ถูกเปลี่ยนแปลงโดย{changed_by} เมื่อ {changed_at} "
             "(ขณะนี้สถานะ “{status}”) จึงยังไม่ได้บันทึกรายการนี้ "
             "กรุณาเรียกข้อมูลใหม่แล้วลองอีกครั้ง"),
            ("เรื่อง {tracking_no} ถูกเปลี่ยนแปลงไปแล้วในระหว่างนี้ (ขณะนี้สถานะ “{status}”) "
             "จึงยังไม่ได้บันทึกรายการนี้ กรุณาเรียกข้อมูลใหม่แล้วลองอีกครั้ง")),
        "letter.not_found": (("ไม่พบหนังสือแจ้งผลของเรื่องเลขที่ {tracking_no} "
                             "(หนังสือจะมีเมื่อนายกฯ ลงนามปิดเรื่องแล้ว "
                             "และเรื่องที่ผู้ร้องไม่ประสงค์ออกนามจะไม่มีหนังสือ)"),
                             "ไม่พบหนังสือแจ้งผลที่ระบุ"),
        "work_order.not_found": ("ไม่พบใบสั่งงานเลขที่ {number}", "ไม่พบใบสั่งงานที่ระบุ"),
        "work_order.number_invalid": "เลขที่ใบสั่งงานไม่ถูกต้อง ต้องเป็นเลขลำดับ/ปี เช่น 12/2570",
        "office.not_found": ("ไม่พบสำนักงานรหัส {office_id} ในฐานข้อมูลนี้",
                             "ฐานข้อมูลนี้ยังไม่มีสำนักงาน (ตั้งค่าด้วย fondue-desk init "
                             "หรือเปิดโปรแกรมเพื่อใช้ตัวช่วยตั้งค่า)"),
        "user.not_found": ("ไม่พบผู้ใช้ {username}", "ไม่พบผู้ใช้ที่ระบุ หรือบัญชีถูกปิดแล้ว"),
        "user.no_admin": "สำนักงานนี้ยังไม่มีผู้ดูแลระบบ",
        "crew.not_found": "ไม่พบทีมช่างที่ระบุ หรือทีมนี้เลิกใช้แล้ว",
        "category.not_found": "ไม่พบประเภทเรื่องที่ระบุ หรือประเภทนี้เลิกใช้แล้ว",
        "village.not_found": "ไม่พบหมู่บ้านที่ระบุ",
        "attachment.not_found": "ไม่พบไฟล์แนบที่ระบุ",
        "preset.not_found": "ไม่พบชุดค่าตั้งต้น {key}",
        # The monthly council report (fondue-desk report monthly)
        "report.month_invalid": ("“{value}” ไม่ใช่เดือนที่ใช้ได้ กรุณาระบุปี พ.ศ. และเดือน "
                                 "เช่น 2569-11 (พฤศจิกายน 2569)"),
        "report.month_future": "เดือน {month} ยังมาไม่ถึง จึงยังไม่มีรายงานของเดือนนี้",
        "report.output_format": ("ไม่รู้จักชนิดของแฟ้ม {path} กรุณาตั้งชื่อให้ลงท้ายด้วย .pdf "
                                 "(รายงาน) หรือ .xlsx (ตาราง Excel)"),
        # Traffy Fondue import (fondue-desk import traffy)
        # Traffy Fondue sync (the outbox's reasons and the settings' refusals)
        "traffy.offline": "ไม่มีการเชื่อมต่ออินเทอร์เน็ตไปยัง Traffy Fondue จะส่งเมื่อสัญญาณกลับมา",
        "traffy.timeout": "Traffy Fondue ไม่ตอบภายในเวลาที่กำหนด จะลองส่งใหม่",
        "traffy.auth": "Traffy Fondue ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน กรุณาตรวจสอบในหน้าตั้งค่า Traffy Fondue",
        "traffy.quota": "เครดิตการใช้งาน Traffy Fondue ของเดือนนี้หมดแล้ว รายการจะรอจนกว่าจะได้รับเพิ่ม (LINE @fonduehelp)",
        "traffy.server": "เซิร์ฟเวอร์ของ Traffy Fondue ขัดข้อง จะลองส่งใหม่",
        "traffy.malformed": "อ่านคำตอบจาก Traffy Fondue ไม่ได้ จะลองส่งใหม่",
        "traffy.rejected": "Traffy Fondue ไม่รับรายการนี้ กรุณาดูเหตุผลที่แจ้งกลับ แก้ไขเรื่องแล้วส่งใหม่",
        "traffy.connection_lost": "สัญญาณขาดก่อน Traffy Fondue ตอบกลับ ระบบจะตรวจว่าส่งถึงแล้วหรือไม่ก่อนส่งซ้ำ",
        "traffy.sending": "การส่งถูกขัดจังหวะ ระบบจะตรวจว่าส่งถึงแล้วหรือไม่ก่อนส่งซ้ำ",
        "traffy.waiting_ticket": "รอให้ Traffy Fondue ออกเลขที่เรื่องก่อน",
        "traffy.not_configured": "กรุณากรอกชื่อผู้ใช้และรหัสผ่าน Traffy Fondue ในหน้าตั้งค่าก่อน",
        "traffy.url_invalid": "ที่อยู่ต้องขึ้นต้นด้วย https://",
        "traffy.pull_minutes_invalid": "กรุณาระบุจำนวนนาทีเป็นจำนวนเต็มตั้งแต่ 0 ถึง {maximum} (0 คือดึงเมื่อสั่งเท่านั้น)",
        "traffy.organisation_invalid": "รหัสหน่วยงานต้องเป็นตัวเลข คั่นด้วยจุลภาค (เช่น 151,1302)",
        "traffy.username_required": "กรุณากรอกชื่อผู้ใช้ที่ Traffy Fondue ออกให้สำนักงาน",
        "traffy.password_required": "กรุณากรอกรหัสผ่านที่ Traffy Fondue ออกให้สำนักงาน",
        "traffy.item_not_found": "ไม่พบรายการนี้ในคิวแล้ว (อาจส่งไปแล้ว)",
        "traffy.unmapped_types": "ยังไม่ได้กำหนดประเภทเรื่องให้ประเภทของ Traffy {count} ประเภท: {types}",
        "traffy.unknown_states": "ไม่รู้ความหมายของสถานะ {count} รายการ: {states}",
        "traffy.ambiguous_dates": ("วันที่ในไฟล์อ่านได้ทั้งแบบวัน/เดือน และเดือน/วัน "
                                   "กรุณาระบุด้วย --date-order dmy หรือ mdy"),
        "traffy.not_utf8": "ไฟล์ไม่ได้บันทึกเป็น UTF-8",
        "traffy.empty": "ไฟล์ว่าง ไม่มีหัวตาราง",
        "traffy.no_ticket_column": "ไม่พบคอลัมน์เลขที่เรื่อง (ticket_id) ในไฟล์",
        "traffy.bad_meaning": "ความหมายของสถานะ “{state}” ต้องเป็น waiting, in_progress, finished, forwarded หรือ rejected",
        "traffy.bad_mapping_file": "อ่านไฟล์การจับคู่ไม่ได้: {reason}",
        "traffy.unknown_category": "ไม่พบประเภทเรื่อง “{category}” ของสำนักงาน",
        # Sign-in and rights
        "auth.failed": "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง",
        "auth.locked": "บัญชีนี้ถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง "
                       "กรุณารออีก {minutes} นาที",
        "permission.denied": "ผู้ใช้ในบทบาท{role}ไม่มีสิทธิ์{action}",
        "password.must_change": "ผู้ใช้นี้ยังใช้รหัสผ่านเริ่มต้นอยู่ ต้องตั้งรหัสผ่านของตนเองก่อน "
                                "จึงจะบันทึกข้อมูลได้",
        "result.not_your_crew": "เรื่อง {tracking_no} ไม่ใช่งานของทีมท่าน "
                                "ท่านบันทึกผลได้เฉพาะงานของทีมที่ท่านเป็นหัวหน้า",
        "attachment.not_your_crew": "เรื่อง {tracking_no} ไม่ใช่งานของทีมท่าน "
                                    "ท่านแนบรูปได้เฉพาะงานของทีมที่ท่านเป็นหัวหน้า",
        "user.cannot_demote_self": "ผู้ดูแลระบบไม่สามารถลดสิทธิ์หรือปิดบัญชีของตนเองได้",
        # The state of the data
        "database.newer_schema": "ฐานข้อมูลนี้ถูกปรับโครงสร้างโดย Fondue Desk รุ่นที่ใหม่กว่า"
                                 "โปรแกรมในเครื่องนี้ กรุณาปรับปรุง Fondue Desk "
                                 "ในเครื่องนี้เป็นรุ่นล่าสุดก่อนใช้งาน (ไม่ได้แก้ไขฐานข้อมูล)",
        "demo.not_demo_office": "ฐานข้อมูลนี้เป็นของ{office} ซึ่งไม่ใช่สำนักงานตัวอย่าง "
                                "จึงไม่เพิ่มข้อมูลตัวอย่างให้",
        "demo.office_incomplete": "ข้อมูลของสำนักงานตัวอย่าง {office} ไม่ครบ "
                                  "ไม่สามารถเพิ่มเรื่องตัวอย่างได้",
        "office.exists": "ฐานข้อมูลนี้มีสำนักงานอยู่แล้ว (ใช้ fondue-desk config import "
                         "เพื่อปรับค่าของสำนักงาน)",
        "assign.not_assignable": (("เรื่อง {tracking_no} มอบหมายงานไม่ได้ "
                                  "เพราะอยู่ในสถานะ “{status}”"),
                                  "มอบหมายงานไม่ได้ เพราะเรื่องอยู่ในสถานะ “{status}”"),
        "work_order.not_assigned": "เรื่อง {tracking_no} ยังไม่ได้มอบหมายให้ทีมช่าง "
                                   "จึงออกใบสั่งงานไม่ได้",
        "result.not_with_crew": "เรื่องนี้ไม่ได้อยู่กับทีมช่าง (สถานะ “{status}”) "
                                "จึงบันทึกผลการปฏิบัติงานไม่ได้",
        "signoff.not_awaiting": "เรื่อง {tracking_no} ไม่ได้รอนายกฯ ลงนาม (สถานะ “{status}”)",
        "status.transition_not_allowed": "เปลี่ยนสถานะจาก “{from_status}” เป็น “{to_status}” "
                                         "ไม่ได้",
        "status.needs_action": "การเปลี่ยนสถานะจาก “{from_status}” เป็น “{to_status}” "
                               "ต้องทำผ่านเมนูของขั้นตอนนั้นโดยเฉพาะ",
        "status.unknown": "ไม่รู้จักสถานะ {status}",
        "category.in_use": "ประเภทเรื่อง {category} ยังมีเรื่องร้องเรียนใช้อยู่ จึงลบไม่ได้ "
                           "(เลิกใช้แทนได้)",
        "category.merged": "ประเภทเรื่อง {category} ถูกรวมเข้ากับประเภทอื่นแล้ว",
        "village.in_use": "หมู่บ้าน {village} ยังมีเรื่องร้องเรียนใช้อยู่ จึงลบไม่ได้ "
                          "(เลิกใช้แทนได้)",
        "letter.template_broken": "แบบหนังสือของประเภท {category} ใช้ไม่ได้ ({reason}) "
                                  "กรุณาแก้ไขในหน้าตั้งค่า",
        # A field's value
        "required": ("กรุณากรอก{field}", "กรุณากรอกข้อมูลที่จำเป็นให้ครบ"),
        "name.required": ("กรุณากรอก{field}", "กรุณากรอกชื่อ"),
        "note.required": "กรุณาระบุหมายเหตุ",
        "summary.required": "กรุณากรอกสรุปผลการดำเนินงานสำหรับหนังสือแจ้งผล",
        "outcome.required": "กรุณาเลือกผลการปฏิบัติงาน",
        "reason.required_for_outcome": "กรุณาระบุเหตุผลที่ดำเนินการไม่ได้หรือได้เพียงบางส่วน",
        "reason.required_for_reassign": "การย้ายงานไปทีมอื่นต้องระบุเหตุผล",
        "reason.required_for_return": "การส่งงานกลับต้องระบุเหตุผล",
        "contact.required": "กรุณาระบุหมายเลขโทรศัพท์หรือที่อยู่ของผู้ร้อง เพื่อใช้ติดต่อกลับ",
        "text.too_long": ("{field} ยาวเกิน {max} ตัวอักษร (ขณะนี้ {length} ตัวอักษร)",
                          "ข้อความยาวเกิน {max} ตัวอักษร (ขณะนี้ {length} ตัวอักษร)"),
        "phone.invalid": "หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 081-234-5678)",
        "national_id.length": "เลขประจำตัวประชาชนต้องมี 13 หลัก (ขณะนี้ {length} หลัก)",
        "national_id.format": "เลขประจำตัวประชาชนไม่ถูกต้อง (ต้องเป็นตัวเลขทั้งหมด "
                              "และขึ้นต้นด้วย 1–8)",
        "national_id.checksum": "เลขประจำตัวประชาชนไม่ถูกต้อง กรุณาตรวจสอบอีกครั้ง",
        "channel.unknown": "ไม่รู้จักช่องทางรับเรื่องนี้",
        "language.unknown": "กรุณาเลือกภาษาไทยหรือภาษาอังกฤษ ใบรับเรื่องพิมพ์ได้สองภาษานี้",
        "category.unknown": "ไม่พบประเภทเรื่องนี้ กรุณาเลือกจากรายการ",
        "forward.same_office": "เรื่องนี้เป็นของสำนักงานนี้อยู่แล้ว กรุณาเลือกสำนักงานอื่น",
        "forward.office_unknown": "ไม่พบสำนักงานปลายทางบนเครื่องแม่ข่ายนี้ (หรือยังไม่มีประเภทเรื่องที่ใช้งาน)",
        "forward.agency_required": "กรุณาระบุหน่วยงานที่จะส่งหนังสือถึง (บรรทัด “เรียน”)",
        "category.name_taken": "มีประเภทเรื่องชื่อ {name} อยู่แล้ว",
        "category.none_selected": "กรุณาเลือกประเภทเรื่องที่จะรวม",
        "category.merge_into_itself": "รวมประเภทเรื่องเข้ากับตัวเองไม่ได้",
        "village.unknown": "ไม่พบหมู่บ้านนี้ กรุณาเลือกจากรายการ",
        "village.number_taken": "มีหมู่ที่ {number} อยู่แล้ว",
        "village.number_out_of_range": "หมู่ที่ต้องเป็นเลข {min}–{max}",
        "place.unknown": "ไม่พบตำบลนี้ กรุณาเลือกจากรายการ",
        "location.incomplete": "พิกัดต้องมีทั้งละติจูดและลองจิจูด",
        "location.not_a_number": "พิกัดต้องเป็นตัวเลข",
        "location.outside_thailand": "พิกัด {lat}, {lon} อยู่นอกประเทศไทย",
        "location.swapped": "พิกัด {lat}, {lon} น่าจะสลับกัน (ละติจูดกับลองจิจูด)",
        "location.unreadable": "อ่านพิกัดไม่ได้ (เช่น 18.7883, 98.9853 "
                               "หรือวางลิงก์ Google Maps)",
        "code.invalid": "รหัสต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ - ยาว 2–40 ตัว "
                        "ขึ้นต้นด้วยตัวอักษร",
        "code.taken": "รหัสนี้มีผู้ใช้แล้ว",
        "colour.invalid": "รหัสสีไม่ถูกต้อง (เช่น #1e88e5)",
        "labels.name_required": "กรุณาระบุชื่อสถานะ",
        "labels.name_too_long": "ชื่อสถานะยาวเกิน {limit} ตัวอักษร",
        "labels.name_taken": "มีสถานะชื่อ \"{name}\" อยู่แล้ว",
        "labels.colour_invalid": "รหัสสีไม่ถูกต้อง (เช่น #1d5fa8)",
        "labels.unknown_status": "ไม่รู้จักสถานะ {code}",
        "sla.range": "ระยะเวลาดำเนินการต้องเป็น {min}–{max} วัน",
        "count.negative": "จำนวนต้องไม่ติดลบ",
        "crew.name_taken": "มีทีมช่างชื่อนี้อยู่แล้ว",
        "crew.leader_not_crew_leader": "บัญชีนี้ไม่ใช่บัญชีของหัวหน้าชุดปฏิบัติงาน",
        "members.too_many": "สมาชิกทีมมากเกินไป (ไม่เกิน 30 คน)",
        "complaints.none_selected": "ยังไม่ได้เลือกเรื่องร้องเรียน",
        "complaints.too_many": "เลือกเรื่องร้องเรียนมากเกินไปในครั้งเดียว",
        "planned_date.past": "วันที่กำหนดปฏิบัติงานต้องไม่ใช่วันที่ผ่านมาแล้ว",
        "planned_date.too_far": "วันที่กำหนดปฏิบัติงานไกลเกินไป",
        "minutes.out_of_range": "เวลาที่ใช้ปฏิบัติงานไม่อยู่ในช่วงที่รับได้",
        "worked_on.future": "วันที่ปฏิบัติงานต้องไม่ใช่วันในอนาคต",
        "work_order.grouping_unknown": "ไม่รู้จักวิธีจัดใบสั่งงานแบบนี้",
        "edit.nothing_changed": "ไม่มีข้อมูลใดเปลี่ยนแปลง",
        "attachment.kind_unknown": "ไม่รู้จักชนิดไฟล์แนบนี้",
        "file.empty": "ไฟล์ว่างเปล่า",
        "file.not_an_image": "ไฟล์นี้ไม่ใช่รูปภาพ หรือไฟล์เสียหาย",
        "file.too_large": "ไฟล์ใหญ่เกิน {max_mb} MB",
        "intake.photo_required": "เรื่องประเภทนี้ต้องแนบรูปถ่ายอย่างน้อย 1 รูปก่อนบันทึก",
        "intake.too_many_photos": "แนบรูปถ่ายได้ไม่เกิน {limit} รูปต่อหนึ่งเรื่อง",
        "image.kind_unknown": "ไม่รู้จักรูปภาพชนิดนี้",
        "image.not_png_or_jpeg": "รูปต้องเป็นไฟล์ PNG หรือ JPEG",
        "image.too_large": "รูปใหญ่เกิน {max_mb} MB",
        "picture.too_many_pixels": ("รูปนี้มีขนาด {width} × {height} จุด เกินที่รับได้ "
                                    "{limit_mp} ล้านจุด กรุณาย่อรูปก่อนแล้วลองใหม่"),
        "picture.side_too_long": ("รูปนี้มีขนาด {width} × {height} จุด ด้านยาวเกิน {limit} จุด "
                                  "กรุณาย่อรูปก่อนแล้วลองใหม่"),
        "picture.far_too_many_pixels": ("รูปนี้มีจำนวนจุดมากเกินกว่า {limit_mp} ล้านจุดไปมาก "
                                        "กรุณาย่อรูปก่อนแล้วลองใหม่"),
        "config.base64": ("{field} ไม่ใช่ข้อมูลรูปภาพแบบ base64",
                          "ข้อมูลรูปภาพไม่ใช่แบบ base64"),
        # A category's questions in a configuration file (config.field_rules)
        "config_field.code_invalid": ("รหัสช่องข้อมูลต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข _ หรือ - "
                                      "ยาว 2–40 ตัว ขึ้นต้นด้วยตัวอักษร"),
        "config_field.choice_key_invalid": ("รหัสตัวเลือกต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข _ "
                                            "หรือ - ยาวไม่เกิน 40 ตัว ไม่มีเว้นวรรค"),
        "config_field.too_many_choices": "ช่องหนึ่งมีตัวเลือกได้ไม่เกิน {max} รายการ",
        "config_field.show_if_not_choice": ("เงื่อนไขการแสดงต้องอ้างถึงช่องแบบเลือก "
                                            "แต่ {target} ไม่ใช่ช่องแบบเลือก"),
        "config_field.too_many": "ประเภทเรื่องหนึ่งมีช่องข้อมูลได้ไม่เกิน {max} ช่อง",
        "config_field.datatype_mismatch": "datatype ของช่องชนิดนี้ต้องเป็น {expected}",
        "config_field.choice_unknown": "ช่องนี้ไม่มีตัวเลือก {key} ใน values",
        "config_field.choices_required": "ช่องแบบเลือกต้องมีตัวเลือกที่ใช้งานอย่างน้อยหนึ่งรายการ",
        "config_field.choices_not_allowed": "ช่องชนิด {kind} ไม่มีตัวเลือก (values ต้องว่าง)",
        "config_field.yes_no_keys": "ตัวเลือกของช่องใช่/ไม่ใช่ ต้องมีรหัส true และ false",
        "config_field.range_not_finite": "ค่าต่ำสุดและค่าสูงสุดต้องเป็นตัวเลขจริง",
        "config_field.range_inverted": "ค่าต่ำสุด ({minimum}) มากกว่าค่าสูงสุด ({maximum})",
        "config_field.show_if_unknown": ("เงื่อนไขการแสดงอ้างถึงช่อง {target} "
                                         "ซึ่งไม่มีอยู่ก่อนช่องนี้ในประเภทเดียวกัน"),
        "config_field.show_if_value": "ช่อง {target} ไม่มีค่า {value} (ค่าที่ใช้ได้: {values})",
        "config_field.kind_in_use": ("ช่อง {code} มีคำตอบในเรื่องร้องเรียนแล้ว "
                                     "จึงเปลี่ยนชนิดเป็น {kind} ไม่ได้ (เดิมเป็น {was})"),
        "format.invalid": ("รูปแบบ{field}ใช้ไม่ได้", "รูปแบบเลขที่ใช้ไม่ได้"),
        "format.needs_seq": ("รูปแบบ{field}ต้องมี {{seq}} และใช้ได้เฉพาะ {{seq}} {{fy}} {{year}}",
                             "รูปแบบเลขที่ต้องมี {{seq}} และใช้ได้เฉพาะ {{seq}} {{fy}} {{year}}"),
        "format.needs_year": (("รูปแบบ{field}ต้องมีปี ({{fy}} หรือ {{year}}) "
                              "เพราะเลขเริ่มใหม่ทุกปี"),
                              "รูปแบบเลขที่ต้องมีปี ({{fy}} หรือ {{year}}) เพราะเลขเริ่มใหม่ทุกปี"),
        "format.too_long": ("รูปแบบ{field}ทำให้เลขยาวเกิน {max} ตัวอักษร",
                            "รูปแบบเลขที่ทำให้เลขยาวเกิน {max} ตัวอักษร"),
        "template.too_long": ("แบบข้อความยาวเกินไป (ไม่เกิน {limit} ตัวอักษร)",
                              "แบบข้อความยาวเกินไป"),
        "template.unknown_field": ("บรรทัดที่ {line}: แบบข้อความใช้ช่อง {field} ที่ไม่มีในรายการ",
                                   "แบบข้อความใช้ช่อง {field} ที่ไม่มีในรายการ"),
        "template.syntax": ("บรรทัดที่ {line}: เขียนแบบข้อความไม่ถูกต้อง ({reason})",
                            "เขียนแบบข้อความไม่ถูกต้อง"),
        "template.unsafe": ("บรรทัดที่ {line}: แบบข้อความใช้คำสั่งที่ไม่อนุญาต ({what})",
                            "บรรทัดที่ {line}: แบบข้อความใช้คำสั่งที่ไม่อนุญาต"),
        "template.output_too_long": ("ข้อความที่ได้จากแบบนี้ยาวเกินไป (ไม่เกิน {limit} ตัวอักษร)",
                                     "ข้อความที่ได้จากแบบนี้ยาวเกินไป"),
        "template.too_slow": "แบบข้อความนี้ทำงานนานเกินไป (วนซ้ำมากเกินไป)",
        "map.base_map_unknown": "ไม่รู้จักแผนที่พื้นหลังนี้",
        "map.tile_url_invalid": "ที่อยู่แผ่นแผนที่ต้องเป็น http(s) ที่มี {{z}} {{x}} {{y}}",
        "map.hotspot_min_count_range": "จำนวนเรื่องต้องเป็น {min}–{max}",
        "map.hotspot_radius_range": "ระยะต้องเป็น {min}–{max} เมตร",
        "map.tile_cache_range": "ขนาดที่เก็บแผ่นแผนที่ต้องเป็น {min}–{max} MB",
        "mbtiles.not_found": ("ไม่พบไฟล์แผนที่ {path}", "ไม่พบไฟล์แผนที่"),
        "mbtiles.invalid": "ไฟล์ {path} ไม่ใช่ไฟล์แผนที่ MBTiles ที่อ่านได้",
        "mbtiles.vector_unsupported": "ไฟล์ {path} เป็นแผนที่แบบเวกเตอร์ ซึ่งยังไม่รองรับ "
                                      "(ใช้แผนที่แบบรูปภาพ)",
        "boundary.not_json": "ไฟล์ขอบเขตไม่ใช่ GeoJSON",
        "boundary.not_geojson": "ไฟล์ขอบเขตต้องเป็นรูปหลายเหลี่ยม GeoJSON",
        "boundary.outside_thailand": "ขอบเขตอยู่นอกประเทศไทย (พิกัดอาจเป็น UTM หรือสลับกัน)",
        "boundary.too_large": "ไฟล์ขอบเขตใหญ่เกินไป",
        "username.invalid": "ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข . _ หรือ - ยาว 3–60 ตัว",
        "username.taken": "มีผู้ใช้ชื่อนี้อยู่แล้ว",
        "role.unknown": "ไม่รู้จักบทบาทผู้ใช้นี้",
        "password.mismatch": "รหัสผ่านที่พิมพ์สองครั้งไม่ตรงกัน",
        "password.too_simple": "รหัสผ่านเดาง่ายเกินไป",
        "password.too_short": "รหัสผ่านต้องยาวอย่างน้อย {min} ตัวอักษร",
        "password.too_long": "รหัสผ่านยาวเกิน {max} ตัวอักษร",
        "password.contains_username": "รหัสผ่านต้องไม่มีชื่อผู้ใช้อยู่ในนั้น",
        "password.wrong_current": "รหัสผ่านปัจจุบันไม่ถูกต้อง",
        "password.unchanged": "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม",
        "printer.name_required": "กรุณาเลือกเครื่องพิมพ์",
        "printer.bad_name": "ชื่อเครื่องพิมพ์ไม่ถูกต้อง",
        "printer.unknown_mode": "ไม่รู้จักวิธีพิมพ์ {mode}",
        "printer.unknown_paper": "ไม่รู้จักกระดาษ {paper}",
        "session.idle_lock_range": "เวลาล็อกหน้าจอเมื่อไม่มีการใช้งานต้องเป็น {min}–{max} นาที",
        "backup.folder_required": "กรุณาระบุโฟลเดอร์เก็บไฟล์สำรองข้อมูล",
        "backup.folder_not_absolute": "โฟลเดอร์เก็บไฟล์สำรองต้องระบุเต็ม เริ่มจากไดรฟ์หรือ /",
        "backup.folder_not_writable": "บันทึกไฟล์ลงโฟลเดอร์เก็บไฟล์สำรองนี้ไม่ได้",
        "backup.keep_range": "จำนวนวันที่เก็บไฟล์สำรองต้องเป็น {min}–{max} วัน",
        # A category's own fields: answers (domain.field_answers, domain.vehicle_plate)
        "custom.required": "กรุณากรอกช่องนี้",
        "custom.not_a_number": "กรุณากรอกเป็นตัวเลข เช่น 12 หรือ 12.5",
        "custom.below_minimum": "ต้องไม่น้อยกว่า {minimum}",
        "custom.above_maximum": "ต้องไม่เกิน {maximum}",
        "custom.invalid_date": "วันที่ไม่ถูกต้อง กรุณากรอก วัน/เดือน/ปี พ.ศ. เช่น 6/12/2569",
        "custom.invalid_time": "เวลาไม่ถูกต้อง กรุณากรอก ชั่วโมง:นาที เช่น 14:30",
        "custom.unknown_choice": "กรุณาเลือกจากรายการที่มีให้",
        "custom.stopped": ("{notice}", "บันทึกคำตอบนี้ที่นี่ไม่ได้"),
        "custom.too_long": "ยาวเกินไป ช่องนี้รับได้ไม่เกิน {limit} ตัวอักษร",
        "plate.invalid": ("ทะเบียนรถไม่ถูกต้อง กรุณากรอกหมวดอักษร ตัวเลข และจังหวัด "
                          "เช่น 1กข 1234 เชียงใหม่"),
        "plate.unknown_province": ("ไม่พบจังหวัด “{province}” กรุณากรอกชื่อจังหวัดตามแผ่นป้าย "
                                   "เช่น เชียงใหม่"),
        # ... and their definitions (services.category_fields)
        "custom_field.not_found": "ไม่พบช่องข้อมูลที่ระบุ",
        "custom_field.code_invalid": ("รหัสช่องต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข _ หรือ - "
                                      "ยาว 2–40 ตัว ขึ้นต้นด้วยตัวอักษร"),
        "custom_field.code_taken": "ประเภทเรื่องนี้มีช่องที่ใช้รหัส {code} แล้ว",
        "custom_field.code_fixed": ("มีเรื่องร้องเรียนที่ตอบช่องนี้แล้ว "
                                    "จึงเปลี่ยนรหัสไม่ได้ (คงเป็น {code})"),
        "custom_field.kind_fixed": "มีเรื่องร้องเรียนที่ตอบช่องนี้แล้ว จึงเปลี่ยนชนิดของช่องไม่ได้",
        "custom_field.kind_unknown": "กรุณาเลือกชนิดของช่องจากรายการ",
        "custom_field.label_required": "กรุณาระบุชื่อช่อง (คำถามที่แสดงบนแบบฟอร์ม)",
        "custom_field.range": "ค่าต่ำสุดมากกว่าค่าสูงสุด",
        "custom_field.choices_required": "กรุณาระบุตัวเลือกที่ใช้งานอย่างน้อยหนึ่งรายการ",
        "custom_field.choice_duplicate": "มีตัวเลือกมากกว่าหนึ่งรายการใช้รหัส {key} ซ้ำกัน",
        "custom_field.choice_key_invalid": ("รหัสตัวเลือก “{key}” ไม่ถูกต้อง ต้องเป็นอักษรอังกฤษ"
                                            "ตัวเล็ก ตัวเลข _ หรือ - ยาวไม่เกิน 40 ตัว "
                                            "(ช่องใช่/ไม่ใช่ใช้รหัส true และ false)"),
        "custom_field.choice_name_required": "ตัวเลือก {key} ยังไม่มีชื่อ",
        "custom_field.too_many_choices": "ช่องหนึ่งมีตัวเลือกได้ไม่เกิน {limit} รายการ",
        "custom_field.choice_in_use": ("มีเรื่องร้องเรียนที่เลือก “{choice}” แล้ว จึงลบตัวเลือกนี้"
                                       "ไม่ได้ ให้เลิกใช้ตัวเลือกนี้แทน"),
        "custom_field.show_if_invalid": ("เงื่อนไขการแสดงต้องอ้างถึงค่าหนึ่งของช่องแบบเลือก"
                                         "ที่อยู่ก่อนช่องนี้ (ช่อง {target} ค่า {value})"),
        "custom_field.show_if_order": ("ช่องที่แสดงตามคำตอบของช่อง {target} "
                                       "ต้องอยู่ถัดจากช่องนั้น"),
        "custom_field.needed_by": "ช่อง {target} แสดงตามคำตอบของช่องนี้ กรุณาแก้ไขช่องนั้นก่อน",
        # Open311 export (fondue-desk export open311)
        "export.unknown_status": ("ไม่รู้จักสถานะ “{status}” ใช้ open, closed หรือรหัสสถานะ "
                                  "(received, assigned, in_progress, awaiting_signoff, closed, "
                                  "forwarded, rejected)"),
        "export.unknown_category": "ไม่พบประเภทเรื่องรหัส “{category}” ของสำนักงาน",
        "export.period_reversed": "วันเริ่มต้น {start} อยู่หลังวันสิ้นสุด {end} กรุณาสลับกัน",
        "export.not_a_folder": "{path} เป็นแฟ้ม ไม่ใช่โฟลเดอร์ กรุณาระบุโฟลเดอร์ที่จะบันทึก",
    },
    "en": {
        "complaint.not_found": ("there is no complaint {tracking_no}",
                                "the complaint does not exist (id {complaint_id})"),
        "complaint.changed_meanwhile": (
            ("{tracking_no} was changed by {changed_by} at {changed_at} (it is now {status}), "
             "so nothing was saved; reload it and try again"),
            ("{tracking_no} was changed meanwhile (it is now {status}), so nothing was saved; "
             "reload it and try again")),
        "letter.not_found": (("there is no closure letter for {tracking_no} (a letter "
                             "exists once the executive has signed the complaint off; "
                             "anonymous complaints get none)"),
                             "the closure letter does not exist"),
        "work_order.not_found": ("there is no work order {number}",
                                 "the work order does not exist"),
        "work_order.number_invalid": "not a work order number; it is number/year, e.g. 12/2570",
        "office.not_found": ("this database has no office {office_id}",
                             "this database has no office yet (set one up with "
                             "fondue-desk init, or open the app for the set-up assistant)"),
        "user.not_found": ("there is no user {username}",
                           "the user does not exist or is no longer active"),
        "user.no_admin": "the office has no administrator",
        "crew.not_found": "the crew does not exist or is no longer active",
        "category.not_found": "the category does not exist or is no longer active",
        "village.not_found": "the village does not exist",
        "attachment.not_found": "the attachment does not exist",
        "preset.not_found": "there is no preset {key}",
        "report.month_invalid": ("“{value}” is not a month: give the Buddhist Era year and the "
                                 "month, e.g. 2569-11 (November 2569)"),
        "report.month_future": "month {month} has not come yet, so it has no report",
        "report.output_format": ("cannot tell what to write to {path}: name it .pdf (the "
                                 "report) or .xlsx (an Excel workbook)"),
        # Traffy Fondue sync (the outbox's reasons and the settings' refusals)
        "traffy.offline": "no internet connection to Traffy Fondue; it will be sent when the line is back",
        "traffy.timeout": "Traffy Fondue did not answer in time; it will be tried again",
        "traffy.auth": "Traffy Fondue refused the user name or password; check them in the Traffy Fondue settings",
        "traffy.quota": "this month's Traffy Fondue credit is used up; items wait until it is renewed (LINE @fonduehelp)",
        "traffy.server": "Traffy Fondue's server had a problem; it will be tried again",
        "traffy.malformed": "Traffy Fondue's answer could not be read; it will be tried again",
        "traffy.rejected": "Traffy Fondue refused this item; see the reason it gave, correct the complaint and retry",
        "traffy.connection_lost": ("the line dropped before Traffy Fondue answered; the desk checks "
                                   "whether it arrived before sending again"),
        "traffy.sending": "sending was interrupted; the desk checks whether it arrived before sending again",
        "traffy.waiting_ticket": "waits until Traffy Fondue gives the complaint its ticket number",
        "traffy.not_configured": "enter the Traffy Fondue user name and password in the settings first",
        "traffy.url_invalid": "the address must start with https://",
        "traffy.pull_minutes_invalid": "give whole minutes from 0 to {maximum} (0: fetch only on demand)",
        "traffy.organisation_invalid": "organisation codes are numbers separated by commas (e.g. 151,1302)",
        "traffy.username_required": "enter the user name Traffy Fondue issued the office",
        "traffy.password_required": "enter the password Traffy Fondue issued the office",
        "traffy.item_not_found": "the item is no longer in the queue; it may have been sent already",
        "traffy.unmapped_types": "{count} Traffy types have no category yet: {types}",
        "traffy.unknown_states": "{count} states have no meaning yet: {states}",
        "traffy.ambiguous_dates": ("the file's dates read both day-first and month-first; "
                                   "say which with --date-order dmy or mdy"),
        "traffy.not_utf8": "the file is not UTF-8 text",
        "traffy.empty": "the file is empty: no header row",
        "traffy.no_ticket_column": "the file has no ticket id column (ticket_id)",
        "traffy.bad_meaning": ("the meaning of state “{state}” must be waiting, in_progress, "
                               "finished, forwarded or rejected"),
        "traffy.bad_mapping_file": "cannot read the mapping file: {reason}",
        "traffy.unknown_category": "the office has no category “{category}”",
        "auth.failed": "wrong user name or password",
        "auth.locked": "the account is locked after too many wrong passwords; "
                       "try again in {minutes} minutes",
        "permission.denied": "a user with the role {role} may not {action}",
        "password.must_change": "this user still has an initial password and must choose "
                                "their own before anything can be saved",
        "result.not_your_crew": "{tracking_no} is not your crew's job: you can record results "
                                "only for the crew you lead",
        "attachment.not_your_crew": "{tracking_no} is not your crew's job: you can add photos "
                                    "only to the jobs of the crew you lead",
        "user.cannot_demote_self": "administrators cannot demote or deactivate themselves",
        "database.newer_schema": "this database was updated by a newer version of Fondue "
                                 "Desk than this one; update Fondue Desk on this computer "
                                 "before using it (the database was not changed)",
        "demo.not_demo_office": "this database belongs to {office}, which is not the demo "
                                "office; no demo data was added",
        "demo.office_incomplete": "the demo office {office} is incomplete; no demo "
                                  "complaints can be added",
        "office.exists": "this database already has an office (use fondue-desk config "
                         "import to change it)",
        "assign.not_assignable": ("{tracking_no} cannot be assigned: it is {status}",
                                  "the complaint cannot be assigned: it is {status}"),
        "work_order.not_assigned": "{tracking_no} is not with a crew, so it cannot go on a "
                                   "work order",
        "result.not_with_crew": "the complaint is not with a crew (it is {status}), so no "
                                "result can be recorded",
        "signoff.not_awaiting": "{tracking_no} is not awaiting sign-off (it is {status})",
        "status.transition_not_allowed": "a complaint cannot go from {from_status} to "
                                         "{to_status}",
        "status.needs_action": "going from {from_status} to {to_status} has its own step; "
                               "use that instead",
        "status.unknown": "unknown status {status}",
        "category.in_use": "the category {category} is used by complaints and cannot be "
                           "deleted (retire it instead)",
        "category.merged": "the category {category} has been merged into another",
        "village.in_use": "the village {village} is used by complaints and cannot be deleted "
                          "(retire it instead)",
        "letter.template_broken": "the letter template of {category} cannot be used "
                                  "({reason}); fix it in Settings",
        "required": ("{field} is required", "a required field is empty"),
        "name.required": ("{field} is required", "the name is required"),
        "note.required": "a note is required",
        "summary.required": "the result summary for the letter is required",
        "outcome.required": "choose the outcome",
        "reason.required_for_outcome": "give the reason the work could not be done, or was "
                                       "done in part",
        "reason.required_for_reassign": "moving work to another crew needs a reason",
        "reason.required_for_return": "returning work needs a reason",
        "contact.required": "give the complainant's phone number or address, to reply to",
        "text.too_long": ("{field} is longer than {max} characters (it has {length})",
                          "the text is longer than {max} characters (it has {length})"),
        "phone.invalid": "not a phone number (e.g. 081-234-5678)",
        "national_id.length": "a national ID has 13 digits (this has {length})",
        "national_id.format": "a national ID has digits only and starts with 1 to 8",
        "national_id.checksum": "the national ID is not valid; check it again",
        "channel.unknown": "unknown channel",
        "language.unknown": "choose Thai or English: the receipt prints in one of them",
        "category.unknown": "no such category; choose one from the list",
        "forward.same_office": "the complaint is already this office's; choose another office",
        "forward.office_unknown": "that office is not on this server (or has no active category)",
        "forward.agency_required": "name the agency the letter goes to (its เรียน line)",
        "category.name_taken": "there is already a category named {name}",
        "category.none_selected": "choose the categories to merge",
        "category.merge_into_itself": "a category cannot be merged into itself",
        "village.unknown": "no such village; choose one from the list",
        "village.number_taken": "there is already a village number {number}",
        "village.number_out_of_range": "a village number is {min} to {max}",
        "place.unknown": "no such sub-district; choose one from the list",
        "location.incomplete": "a position needs both latitude and longitude",
        "location.not_a_number": "a position is made of numbers",
        "location.outside_thailand": "the position {lat}, {lon} is outside Thailand",
        "location.swapped": "the position {lat}, {lon} looks swapped (latitude and longitude)",
        "location.unreadable": "the position cannot be read (e.g. 18.7883, 98.9853 or a "
                               "Google Maps link)",
        "code.invalid": "a code is 2–40 lower-case letters, digits or hyphens, starting with "
                        "a letter",
        "code.taken": "the code is already used",
        "colour.invalid": "not a colour (e.g. #1e88e5)",
        "labels.name_required": "the status needs a name",
        "labels.name_too_long": "the status name is longer than {limit} characters",
        "labels.name_taken": "another status is already called \"{name}\"",
        "labels.colour_invalid": "not a colour (e.g. #1d5fa8)",
        "labels.unknown_status": "unknown status {code}",
        "sla.range": "the time to resolve is {min} to {max} days",
        "count.negative": "the number cannot be negative",
        "crew.name_taken": "there is already a crew with this name",
        "crew.leader_not_crew_leader": "this account is not a crew leader's account",
        "members.too_many": "too many members (at most 30)",
        "complaints.none_selected": "no complaint is selected",
        "complaints.too_many": "too many complaints at once",
        "planned_date.past": "the planned date cannot be in the past",
        "planned_date.too_far": "the planned date is too far ahead",
        "minutes.out_of_range": "the time spent is out of range",
        "worked_on.future": "the work date cannot be in the future",
        "work_order.grouping_unknown": "unknown way of grouping work orders",
        "edit.nothing_changed": "nothing was changed",
        "attachment.kind_unknown": "unknown kind of attachment",
        "file.empty": "the file is empty",
        "file.not_an_image": "the file is not a picture, or it is damaged",
        "file.too_large": "the file is larger than {max_mb} MB",
        "intake.photo_required": "this category needs at least one photo before saving",
        "intake.too_many_photos": "at most {limit} photos with one complaint",
        "image.kind_unknown": "unknown kind of picture",
        "image.not_png_or_jpeg": "the picture must be PNG or JPEG",
        "image.too_large": "the picture is larger than {max_mb} MB",
        "picture.too_many_pixels": ("the picture is {width} × {height} pixels, more than "
                                    "{limit_mp} million: make it smaller and try again"),
        "picture.side_too_long": ("the picture is {width} × {height} pixels, a side longer "
                                  "than {limit}: make it smaller and try again"),
        "picture.far_too_many_pixels": ("the picture has far more than {limit_mp} million "
                                        "pixels: make it smaller and try again"),
        "config.base64": ("{field} is not base64 picture data",
                          "the picture data is not base64"),
        "config_field.code_invalid": ("a field code must be 2–40 lower-case letters, digits, "
                                      "_ or -, starting with a letter"),
        "config_field.choice_key_invalid": ("a choice key must be up to 40 lower-case letters, "
                                            "digits, _ or -, without spaces"),
        "config_field.too_many_choices": "a field may have at most {max} choices",
        "config_field.show_if_not_choice": ("show_if must name a choice field; {target} is not "
                                            "one"),
        "config_field.too_many": "a category may have at most {max} fields",
        "config_field.datatype_mismatch": "the datatype must be {expected} for this kind of field",
        "config_field.choice_unknown": "the field has no choice {key} in its values",
        "config_field.choices_required": "a choice field needs at least one choice in use",
        "config_field.choices_not_allowed": "a {kind} field has no choices (values must be empty)",
        "config_field.yes_no_keys": "the choices of a yes/no field must be keyed true and false",
        "config_field.range_not_finite": "the minimum and maximum must be real numbers",
        "config_field.range_inverted": "the minimum ({minimum}) is above the maximum ({maximum})",
        "config_field.show_if_unknown": ("show_if names {target}, which is not a field before "
                                         "this one in the same category"),
        "config_field.show_if_value": "{target} has no value {value} (it has: {values})",
        "config_field.kind_in_use": ("field {code} already holds answers, so its kind cannot "
                                     "change to {kind} (it is {was})"),
        "format.invalid": ("the format of {field} cannot be used",
                           "the number format cannot be used"),
        "format.needs_seq": (("the format of {field} needs {{seq}} and may use only {{seq}}, "
                             "{{fy}}, {{year}}"),
                             ("the number format needs {{seq}} and may use only {{seq}}, "
                             "{{fy}}, {{year}}")),
        "format.needs_year": (("the format of {field} needs the year ({{fy}} or {{year}}): "
                              "numbers restart every year"),
                              ("the number format needs the year ({{fy}} or {{year}}): "
                              "numbers restart every year")),
        "format.too_long": (("the format of {field} makes numbers longer than {max} "
                            "characters"),
                            "the number format makes numbers longer than {max} characters"),
        "template.too_long": ("the template is too long (at most {limit} characters)",
                              "the template is too long"),
        "template.unknown_field": ("line {line}: the template uses {field}, which is not in the list",
                                   "the template uses {field}, which is not in the list"),
        "template.syntax": ("line {line}: the template is not written correctly ({reason})",
                            "the template is not written correctly"),
        "template.unsafe": ("line {line}: the template uses something not allowed ({what})",
                            "line {line}: the template uses something not allowed"),
        "template.output_too_long": ("the text this template makes is too long (at most {limit})",
                                     "the text this template makes is too long"),
        "template.too_slow": "the template takes too long to fill in (too many repeats)",
        "map.base_map_unknown": "unknown base map",
        "map.tile_url_invalid": "the tile address must be http(s) with {{z}}, {{x}} and {{y}}",
        "map.hotspot_min_count_range": "the number of complaints is {min} to {max}",
        "map.hotspot_radius_range": "the distance is {min} to {max} metres",
        "map.tile_cache_range": "the map tile cache is {min} to {max} MB",
        "mbtiles.not_found": ("there is no map file {path}", "the map file does not exist"),
        "mbtiles.invalid": "{path} is not a readable MBTiles map",
        "mbtiles.vector_unsupported": "{path} is a vector map, which is not supported yet "
                                      "(use a raster one)",
        "boundary.not_json": "the boundary file is not GeoJSON",
        "boundary.not_geojson": "the boundary must be GeoJSON polygons",
        "boundary.outside_thailand": "the boundary lies outside Thailand (perhaps in UTM "
                                     "metres, or with latitude and longitude swapped)",
        "boundary.too_large": "the boundary file is too large",
        "username.invalid": "a user name is 3–60 lower-case letters, digits, . _ or -",
        "username.taken": "there is already a user with this name",
        "role.unknown": "unknown role",
        "password.mismatch": "the two passwords differ",
        "password.too_simple": "the password is too easy to guess",
        "password.too_short": "the password must be at least {min} characters long",
        "password.too_long": "the password is longer than {max} characters",
        "password.contains_username": "the password must not contain the user name",
        "password.wrong_current": "the current password is wrong",
        "password.unchanged": "the new password must differ from the old one",
        "printer.name_required": "choose a printer",
        "printer.bad_name": "not a printer name",
        "printer.unknown_mode": "unknown way of printing {mode}",
        "printer.unknown_paper": "unknown paper {paper}",
        "session.idle_lock_range": "the idle lock time is {min} to {max} minutes",
        "backup.folder_required": "give the folder for backups",
        "backup.folder_not_absolute": "the backup folder must be a full path (from a drive "
                                      "or /)",
        "backup.folder_not_writable": "backups cannot be written to this folder",
        "backup.keep_range": "backups are kept for {min} to {max} days",
        "custom.required": "fill in this field",
        "custom.not_a_number": "type a number, e.g. 12 or 12.5",
        "custom.below_minimum": "at least {minimum}",
        "custom.above_maximum": "at most {maximum}",
        "custom.invalid_date": "not a date: type day/month/year, e.g. 6/12/2569",
        "custom.invalid_time": "not a time: type hours:minutes, e.g. 14:30",
        "custom.unknown_choice": "choose from the list",
        "custom.stopped": ("{notice_en}", "{notice}", "this answer cannot be recorded here"),
        "custom.too_long": "too long: this field takes at most {limit} characters",
        "plate.invalid": ("not a vehicle plate: letters, number and province, "
                          "e.g. 1กข 1234 เชียงใหม่"),
        "plate.unknown_province": ("no province is called “{province}”: write it as the plate "
                                   "does, e.g. เชียงใหม่"),
        "custom_field.not_found": "the field does not exist",
        "custom_field.code_invalid": ("a field code is 2–40 lower-case letters, digits, _ or -, "
                                      "starting with a letter"),
        "custom_field.code_taken": "the category already has a field with code {code}",
        "custom_field.code_fixed": ("complaints already hold answers to this field, so its "
                                    "code stays {code}"),
        "custom_field.kind_fixed": ("complaints already hold answers to this field, so its "
                                    "kind cannot change"),
        "custom_field.kind_unknown": "choose a kind of field from the list",
        "custom_field.label_required": "give the field a label: the question the form asks",
        "custom_field.range": "the minimum is above the maximum",
        "custom_field.choices_required": "give at least one choice in use",
        "custom_field.choice_duplicate": "two choices have the key {key}",
        "custom_field.choice_key_invalid": ("choice key “{key}” is not valid: up to 40 "
                                            "lower-case letters, digits, _ or - (a yes/no "
                                            "field uses true and false)"),
        "custom_field.choice_name_required": "choice {key} needs a name",
        "custom_field.too_many_choices": "a field may have at most {limit} choices",
        "custom_field.choice_in_use": ("complaints already picked “{choice}”: retire the "
                                       "choice instead of removing it"),
        "custom_field.show_if_invalid": ("show the field only for a value of a choice field "
                                         "above it (field {target}, value {value})"),
        "custom_field.show_if_order": ("a field shown by the answer to {target} must stay "
                                       "below it"),
        "custom_field.needed_by": ("field {target} is shown by this field's answer: change "
                                   "that field first"),
        "export.unknown_status": ("unknown status “{status}”: use open, closed or a status code "
                                  "(received, assigned, in_progress, awaiting_signoff, closed, "
                                  "forwarded, rejected)"),
        "export.unknown_category": "the office has no category with the code “{category}”",
        "export.period_reversed": "the start {start} is after the end {end}: swap them",
        "export.not_a_folder": "{path} is a file, not a folder: give the folder to write into",
    },
}

# Field names as the services name them → the words on the form.
FIELDS: dict[str, dict[str, str]] = {
    "th": {
        "description": "รายละเอียดเรื่อง", "category_id": "ประเภทเรื่อง", "channel": "ช่องทาง",
        "complainant_name": "ชื่อผู้ร้องเรียน", "phone": "หมายเลขโทรศัพท์",
        "national_id": "เลขประจำตัวประชาชน", "address_line": "ที่อยู่", "tambon": "ตำบล",
        "village_id": "หมู่บ้าน", "location": "พิกัด", "location_text": "จุดที่พบปัญหา",
        "name": "ชื่อ", "name_th": "ชื่อภาษาไทย", "name_en": "ชื่อภาษาอังกฤษ",
        "username": "ชื่อผู้ใช้", "password": "รหัสผ่าน", "full_name": "ชื่อ-นามสกุล",
        "position": "ตำแหน่ง", "code": "รหัส", "colour": "สี", "sla_days": "ระยะเวลาดำเนินการ",
        "reason": "เหตุผล", "note": "หมายเหตุ", "notes": "บันทึกของทีมช่าง",
        "materials": "วัสดุที่ใช้", "instruction": "ข้อสั่งการ", "summary": "สรุปผล",
        "tracking_format": "เลขที่รับเรื่อง", "work_order_format": "เลขที่ใบสั่งงาน",
        "outgoing_format": "เลขที่หนังสือส่ง", "letter_template": "แบบหนังสือแจ้งผล",
        "emblem": "ตราสำนักงาน", "signature": "ลายมือชื่อ", "boundary": "ขอบเขตพื้นที่",
        "address": "ที่อยู่", "email": "อีเมล", "postal_code": "รหัสไปรษณีย์",
        "photos": "รูปถ่าย", "month": "เดือน", "output": "แฟ้มที่จะบันทึก",
    },
    "en": {
        "description": "the description", "category_id": "the category",
        "channel": "the channel", "complainant_name": "the complainant's name",
        "phone": "the phone number", "national_id": "the national ID",
        "address_line": "the address", "tambon": "the sub-district", "village_id": "the village",
        "location": "the position", "location_text": "the spot", "name": "the name",
        "name_th": "the Thai name", "name_en": "the English name",
        "username": "the user name", "password": "the password", "full_name": "the full name",
        "position": "the position title", "code": "the code", "colour": "the colour",
        "sla_days": "the time to resolve", "reason": "the reason", "note": "the note",
        "notes": "the crew's notes", "materials": "the materials", "instruction":
        "the instruction", "summary": "the summary", "tracking_format": "tracking numbers",
        "work_order_format": "work order numbers", "outgoing_format": "outgoing letters",
        "letter_template": "the letter template", "emblem": "the emblem",
        "signature": "the signature", "boundary": "the boundary", "address": "the address",
        "email": "the e-mail address", "postal_code": "the postal code",
        "photos": "the photos", "month": "the month", "output": "the output file",
    },
}

# Duplicates (services.duplicates, domain.duplicates): kept together so both languages are
# read side by side.
TEXTS["th"].update({
    "duplicate.self": "เรื่องร้องเรียนเป็นเรื่องซ้ำของตัวเองไม่ได้",
    "duplicate.chain": ("เรื่อง {tracking_no} เป็นเรื่องซ้ำของเรื่อง {parent_tracking_no} อยู่แล้ว "
                        "กรุณาเชื่อมกับเรื่อง {parent_tracking_no} แทน"),
    "duplicate.already_linked": ("เรื่อง {tracking_no} เป็นเรื่องซ้ำของเรื่อง "
                                 "{parent_tracking_no} อยู่แล้ว กรุณาแยกเรื่องออกก่อน"),
    "duplicate.not_open": ("เรื่อง {tracking_no} อยู่ในสถานะ “{status}” เชื่อมเป็นเรื่องซ้ำได้"
                           "เฉพาะเรื่องที่ยังดำเนินการอยู่"),
    "duplicate.follows_parent": ("เรื่อง {tracking_no} เป็นเรื่องซ้ำของเรื่อง "
                                 "{parent_tracking_no} และเปลี่ยนสถานะตามเรื่องนั้น "
                                 "กรุณาดำเนินการที่เรื่อง {parent_tracking_no}"),
    "duplicate.not_a_child": "เรื่อง {tracking_no} ไม่ได้เป็นเรื่องซ้ำของเรื่องอื่น",
    "duplicate.too_few": "กรุณาเลือกเรื่องร้องเรียนอย่างน้อย 2 เรื่องเพื่อรวมกัน",
    "duplicate.radius_range": "ระยะค้นหาเรื่องซ้ำต้องเป็นจำนวนเต็ม {min}–{max} เมตร",
    "duplicate.days_range": "ช่วงเวลาค้นหาเรื่องซ้ำต้องเป็นจำนวนเต็ม {min}–{max} วัน",
})
TEXTS["en"].update({
    "duplicate.self": "a complaint cannot be a duplicate of itself",
    "duplicate.chain": ("{tracking_no} is itself a duplicate of {parent_tracking_no}: link to "
                        "{parent_tracking_no} instead"),
    "duplicate.already_linked": ("{tracking_no} is already a duplicate of "
                                 "{parent_tracking_no}: split it off first"),
    "duplicate.not_open": ("{tracking_no} is “{status}”: only open complaints can be linked "
                           "as duplicates"),
    "duplicate.follows_parent": ("{tracking_no} is a duplicate of {parent_tracking_no} and "
                                 "follows its status: act on {parent_tracking_no} instead"),
    "duplicate.not_a_child": "{tracking_no} is not a duplicate of another complaint",
    "duplicate.too_few": "choose at least two complaints to merge",
    "duplicate.radius_range": "the distance for duplicates is {min} to {max} metres",
    "duplicate.days_range": "the period for duplicates is {min} to {max} days",
})
