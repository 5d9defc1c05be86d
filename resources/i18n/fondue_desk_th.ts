<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AttachmentStripWidget</name>
    <message>
        <source>No pictures yet.</source>
        <translation>ยังไม่มีรูปภาพ</translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation>เพิ่มรูปภาพ…</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>เพิ่มรูปภาพ</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>รูปภาพ (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>CategoryComboWidget</name>
    <message>
        <source>Type to search categories</source>
        <translation>พิมพ์เพื่อค้นหาประเภทเรื่อง</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailPane</name>
    <message>
        <source>Change status…</source>
        <translation>เปลี่ยนสถานะ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>พิมพ์ใบรับเรื่องซ้ำ</translation>
    </message>
    <message>
        <source>Choose a complaint in the register to see it here.</source>
        <translation>เลือกเรื่องร้องเรียนจากทะเบียนเพื่อดูรายละเอียดที่นี่</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>วันที่รับเรื่อง</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภทเรื่อง</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดแล้วเสร็จ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>ผู้รับเรื่อง</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>ผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>จุดที่พบปัญหา</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>พิกัด</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติการดำเนินการ</translation>
    </message>
    <message>
        <source>Wishes to remain anonymous</source>
        <translation>ไม่ประสงค์ออกนาม</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>เกินกำหนด %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึกเรื่องเลขที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>EditComplaintDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไขเรื่องเลขที่ %1</translation>
    </message>
    <message>
        <source>e.g. the complainant called with a new number</source>
        <translation>เช่น ผู้ร้องโทรมาแจ้งเบอร์โทรศัพท์ใหม่</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>เหตุผลการแก้ไข</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Describe the problem.</source>
        <translation>กรุณากรอกรายละเอียดเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>กรุณาเลือกประเภทเรื่อง</translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation>กรุณาเลือกช่องทางที่รับเรื่อง</translation>
    </message>
    <message>
        <source>Enter the complainant&apos;s name, or tick Anonymous.</source>
        <translation>กรุณากรอกชื่อผู้ร้องเรียน หรือเลือก “ไม่ประสงค์ออกนาม”</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>กรุณากรอกข้อมูลช่องนี้</translation>
    </message>
    <message>
        <source>A national ID cannot start with 0 or 9.</source>
        <translation>เลขประจำตัวประชาชนต้องไม่ขึ้นต้นด้วย 0 หรือ 9</translation>
    </message>
    <message>
        <source>A national ID has digits only.</source>
        <translation>เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น</translation>
    </message>
    <message>
        <source>Give a number of complaints from %1 to %2.</source>
        <translation>ใส่จำนวนเรื่องตั้งแต่ %1 ถึง %2 เรื่อง</translation>
    </message>
    <message>
        <source>Give a distance from %1 to %2 metres.</source>
        <translation>ใส่ระยะตั้งแต่ %1 ถึง %2 เมตร</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>ข้อความยาว %1 ตัวอักษร เกินกว่าที่กำหนด (ไม่เกิน %2 ตัวอักษร)</translation>
    </message>
    <message>
        <source>A national ID has 13 digits; this one has %1.</source>
        <translation>เลขประจำตัวประชาชนต้องมี 13 หลัก (กรอกมา %1 หลัก)</translation>
    </message>
    <message>
        <source>The boundary file is too large: at most %1 MB.</source>
        <translation>ไฟล์ขอบเขตใหญ่เกินไป: ไม่เกิน %1 MB</translation>
    </message>
    <message>
        <source>The file is too large: at most %1 MB.</source>
        <translation>ไฟล์มีขนาดใหญ่เกินไป (ไม่เกิน %1 MB)</translation>
    </message>
    <message>
        <source>Unknown category. Choose one from the list.</source>
        <translation>ไม่พบประเภทเรื่องนี้ กรุณาเลือกจากรายการ</translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation>ไม่พบช่องทางรับเรื่องนี้</translation>
    </message>
    <message>
        <source>This village does not belong to the office.</source>
        <translation>หมู่บ้านนี้ไม่อยู่ในเขตพื้นที่รับผิดชอบ</translation>
    </message>
    <message>
        <source>Sub-district not found. Choose one from the list.</source>
        <translation>ไม่พบตำบลนี้ กรุณาเลือกจากรายการ</translation>
    </message>
    <message>
        <source>Give a phone number or an address so we can reply.</source>
        <translation>กรุณาระบุหมายเลขโทรศัพท์หรือที่อยู่ เพื่อใช้ติดต่อกลับ</translation>
    </message>
    <message>
        <source>Not a Thai phone number (e.g. 081-234-5678).</source>
        <translation>หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 081-234-5678)</translation>
    </message>
    <message>
        <source>This national ID is not valid: check the digits.</source>
        <translation>เลขประจำตัวประชาชนไม่ถูกต้อง กรุณาตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>Give both latitude and longitude.</source>
        <translation>กรุณาระบุทั้งละติจูดและลองจิจูด</translation>
    </message>
    <message>
        <source>Coordinates must be numbers.</source>
        <translation>พิกัดต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>This position is outside Thailand.</source>
        <translation>พิกัดนี้อยู่นอกประเทศไทย</translation>
    </message>
    <message>
        <source>Latitude and longitude look swapped: latitude comes first.</source>
        <translation>ละติจูดและลองจิจูดน่าจะสลับกัน (ให้ใส่ละติจูดก่อน)</translation>
    </message>
    <message>
        <source>Type &quot;latitude, longitude&quot; or paste a Google Maps link.</source>
        <translation>อ่านพิกัดไม่ได้ กรุณาพิมพ์ “ละติจูด, ลองจิจูด” หรือวางลิงก์ Google Maps</translation>
    </message>
    <message>
        <source>This change needs a note: say why.</source>
        <translation>การเปลี่ยนสถานะนี้ต้องระบุหมายเหตุ กรุณาระบุเหตุผล</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to save.</source>
        <translation>ไม่มีข้อมูลที่เปลี่ยนแปลง จึงไม่มีอะไรต้องบันทึก</translation>
    </message>
    <message>
        <source>This status change is not allowed any more; someone may have changed the complaint meanwhile.</source>
        <translation>ไม่สามารถเปลี่ยนเป็นสถานะนี้ได้แล้ว อาจมีผู้อื่นเปลี่ยนสถานะเรื่องนี้ไปก่อนหน้า</translation>
    </message>
    <message>
        <source>Choose one of the base maps.</source>
        <translation>เลือกแผนที่ฐานหนึ่งแบบ</translation>
    </message>
    <message>
        <source>Not a tile server address: it starts with https:// and contains {z}, {x} and {y}.</source>
        <translation>ไม่ใช่ที่อยู่เซิร์ฟเวอร์แผนที่: ต้องขึ้นต้นด้วย https:// และมี {z}, {x} และ {y}</translation>
    </message>
    <message>
        <source>Map file not found. Choose an .mbtiles file.</source>
        <translation>ไม่พบไฟล์แผนที่ เลือกไฟล์ .mbtiles</translation>
    </message>
    <message>
        <source>This is not a usable MBTiles map file.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์แผนที่ MBTiles ที่ใช้ได้</translation>
    </message>
    <message>
        <source>This map file holds vector tiles; use one with picture (PNG or JPEG) tiles.</source>
        <translation>ไฟล์แผนที่นี้เป็นแบบเวกเตอร์ ใช้ไฟล์ที่เป็นภาพ (PNG หรือ JPEG)</translation>
    </message>
    <message>
        <source>This file is not GeoJSON (it cannot be read as JSON).</source>
        <translation>ไฟล์นี้ไม่ใช่ GeoJSON (อ่านเป็น JSON ไม่ได้)</translation>
    </message>
    <message>
        <source>This GeoJSON file has no area (polygon) to use as the boundary.</source>
        <translation>ไฟล์ GeoJSON นี้ไม่มีพื้นที่ (รูปหลายเหลี่ยม) ที่ใช้เป็นขอบเขตได้</translation>
    </message>
    <message>
        <source>This boundary lies outside Thailand: the file must use latitude and longitude (WGS 84).</source>
        <translation>ขอบเขตนี้อยู่นอกประเทศไทย: ไฟล์ต้องใช้ละติจูดและลองจิจูด (WGS 84)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ไฟล์นี้ว่างเปล่า</translation>
    </message>
    <message>
        <source>This file is not a picture (use JPEG, PNG, WebP, GIF, BMP or TIFF).</source>
        <translation>ไฟล์นี้ไม่ใช่รูปภาพ (รองรับ JPEG, PNG, WebP, GIF, BMP และ TIFF)</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ไม่สามารถอ่านไฟล์นี้ได้</translation>
    </message>
    <message>
        <source>Invalid value (%1).</source>
        <translation>ข้อมูลไม่ถูกต้อง (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineWidget</name>
    <message>
        <source>Note: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
    <message>
        <source>Logged with status %1</source>
        <translation>รับเรื่องเข้าระบบ (สถานะ: %1)</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>สถานะ: %1 → %2</translation>
    </message>
    <message>
        <source>Edited %1: %2 → %3</source>
        <translation>แก้ไข%1: %2 → %3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <source>This picture cannot be shown here.</source>
        <translation>ไม่สามารถแสดงรูปภาพนี้ได้</translation>
    </message>
</context>
<context>
    <name>IntakeFormWidget</name>
    <message>
        <source>What is wrong, and where exactly?</source>
        <translation>เกิดปัญหาอะไร ที่จุดไหน</translation>
    </message>
    <message>
        <source>e.g. in front of the temple, near the school</source>
        <translation>เช่น หน้าวัด ใกล้โรงเรียน</translation>
    </message>
    <message>
        <source>e.g. 18.7883, 98.9853 or paste a Google Maps link</source>
        <translation>เช่น 18.7883, 98.9853 หรือวางลิงก์ Google Maps</translation>
    </message>
    <message>
        <source>Wishes to remain anonymous</source>
        <translation>ไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <source>e.g. 081 234 5678</source>
        <translation>เช่น 081 234 5678</translation>
    </message>
    <message>
        <source>optional, 13 digits</source>
        <translation>ไม่บังคับ (13 หลัก)</translation>
    </message>
    <message>
        <source>house no., moo, road</source>
        <translation>บ้านเลขที่ หมู่ที่ ถนน</translation>
    </message>
    <message>
        <source>type to search sub-districts</source>
        <translation>พิมพ์เพื่อค้นหาตำบล</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภทเรื่อง</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter starts a new line</source>
        <translation>กด Enter เพื่อบันทึก · Shift+Enter เพื่อขึ้นบรรทัดใหม่</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>จุดที่พบปัญหา</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>พิกัด</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>ผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>กำหนดแล้วเสร็จภายใน %n วัน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Save and print receipt</source>
        <translation>บันทึกและพิมพ์ใบรับเรื่อง</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>รับเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Enter: save · Esc: clear the form · Ctrl+P: reprint the last receipt</source>
        <translation>Enter: บันทึก · Esc: ล้างแบบฟอร์ม · Ctrl+P: พิมพ์ใบรับเรื่องล่าสุดซ้ำ</translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation>บันทึกเรื่องเลขที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Nothing to reprint yet.</source>
        <translation>ยังไม่มีใบรับเรื่องให้พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>ใบรับเรื่องเลขที่ %1</translation>
    </message>
    <message numerus="yes">
        <source>Logged today: %n</source>
        <translation>
            <numerusform>วันนี้รับเรื่องแล้ว %n เรื่อง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Received</source>
        <translation>รับเรื่องแล้ว</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>มอบหมายแล้ว</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>รอนายกฯ ลงนาม</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>ส่งต่อหน่วยงานอื่น</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>ยื่นที่เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>หนังสือ</translation>
    </message>
    <message>
        <source>Traffy Fondue</source>
        <translation>Traffy Fondue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภทเรื่อง</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>ไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <source>Complainant&apos;s name</source>
        <translation>ชื่อผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>จุดที่พบปัญหา</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>วันกำหนดแล้วเสร็จ</translation>
    </message>
</context>
<context>
    <name>LocationPickerDialog</name>
    <message>
        <source>Choose the position on the map</source>
        <translation>เลือกตำแหน่งบนแผนที่</translation>
    </message>
    <message>
        <source>e.g. 18.7883, 98.9853 or paste a Google Maps link</source>
        <translation>เช่น 18.7883, 98.9853 หรือวางลิงก์ Google Maps</translation>
    </message>
    <message>
        <source>Use this location</source>
        <translation>ใช้ตำแหน่งนี้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Click the map or drag the pin; or type the coordinates below.</source>
        <translation>คลิกบนแผนที่หรือลากหมุด หรือพิมพ์พิกัดด้านล่าง</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>พิกัด</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Fondue Desk</source>
        <translation>%1 — Fondue Desk</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>รับเรื่อง</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>ทะเบียน</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>แผนที่</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>ออก (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>ตั้งค่า (&amp;S)</translation>
    </message>
    <message>
        <source>Map…</source>
        <translation>แผนที่…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fondue Desk</source>
        <translation>เกี่ยวกับ Fondue Desk (&amp;A)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>ผู้ใช้: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>ฐานข้อมูล: %1</translation>
    </message>
    <message>
        <source>About Fondue Desk</source>
        <translation>เกี่ยวกับ Fondue Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fondue Desk&lt;/b&gt; %1&lt;br&gt;Complaint desk for Thai sub-district offices.&lt;br&gt;Thai font: Sarabun (SIL Open Font License).&lt;br&gt;Sub-district list: GeoThai (CC BY 4.0).</source>
        <translation>&lt;b&gt;Fondue Desk&lt;/b&gt; %1&lt;br&gt;ระบบรับเรื่องร้องเรียนสำหรับองค์กรปกครองส่วนท้องถิ่นระดับตำบล&lt;br&gt;แบบอักษรภาษาไทย: Sarabun (SIL Open Font License)&lt;br&gt;ข้อมูลตำบล: GeoThai (CC BY 4.0)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Complaint map</source>
        <translation>แผนที่เรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Shows the complaints the register&apos;s filter finds</source>
        <translation>แสดงเรื่องตามตัวกรองของทะเบียน</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>กำลังโหลดแผนที่…</translation>
    </message>
    <message>
        <source>Density map</source>
        <translation>แผนที่ความหนาแน่น</translation>
    </message>
    <message>
        <source>Show where complaints gather instead of single pins</source>
        <translation>แสดงบริเวณที่มีเรื่องร้องเรียนหนาแน่นแทนหมุดทีละเรื่อง</translation>
    </message>
    <message>
        <source>Click one to zoom to it</source>
        <translation>คลิกเพื่อซูมไปยังจุดนั้น</translation>
    </message>
    <message>
        <source>Repeated complaints</source>
        <translation>จุดที่มีเรื่องซ้ำ</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) on the map</source>
        <translation>
            <numerusform>แสดงบนแผนที่ %n เรื่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) have no coordinates</source>
        <translation>
            <numerusform>ไม่มีพิกัด %n เรื่อง (ไม่แสดงบนแผนที่)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n complaint(s)</source>
        <translation>
            <numerusform>%1 · %n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>None with the current filter</source>
        <translation>ไม่มีในตัวกรองปัจจุบัน</translation>
    </message>
</context>
<context>
    <name>MapPickerButton</name>
    <message>
        <source>Pick on map…</source>
        <translation>เลือกบนแผนที่…</translation>
    </message>
    <message>
        <source>Click the spot on a map instead of typing it</source>
        <translation>คลิกเลือกจุดบนแผนที่แทนการพิมพ์พิกัด</translation>
    </message>
</context>
<context>
    <name>MapSettingsDialog</name>
    <message>
        <source>Map settings</source>
        <translation>ตั้งค่าแผนที่</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>แผนที่ฐาน</translation>
    </message>
    <message>
        <source>OpenStreetMap (needs the internet)</source>
        <translation>แผนที่ OpenStreetMap (ต้องต่ออินเทอร์เน็ต)</translation>
    </message>
    <message>
        <source>Map file on this computer (MBTiles)</source>
        <translation>ไฟล์แผนที่ในเครื่อง (MBTiles)</translation>
    </message>
    <message>
        <source>No base map</source>
        <translation>ไม่ใช้แผนที่ฐาน</translation>
    </message>
    <message>
        <source>Advanced: another tile server&apos;s address, with {z}, {x} and {y}</source>
        <translation>ขั้นสูง: ที่อยู่ของเซิร์ฟเวอร์แผนที่อื่น ต้องมี {z}, {x} และ {y}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Use the OpenStreetMap server again</source>
        <translation>กลับไปใช้เซิร์ฟเวอร์ OpenStreetMap</translation>
    </message>
    <message>
        <source>Tile server (advanced):</source>
        <translation>เซิร์ฟเวอร์แผนที่ (ขั้นสูง):</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <source>Office boundary</source>
        <translation>ขอบเขตพื้นที่</translation>
    </message>
    <message>
        <source>Import GeoJSON file…</source>
        <translation>นำเข้าไฟล์ GeoJSON…</translation>
    </message>
    <message>
        <source>Remove boundary</source>
        <translation>ลบขอบเขต</translation>
    </message>
    <message>
        <source>An imported boundary is saved at once, even if you press Cancel.</source>
        <translation>ขอบเขตที่นำเข้าจะบันทึกทันที แม้จะกด ยกเลิก ภายหลัง</translation>
    </message>
    <message>
        <source>Repeated complaints (hotspots)</source>
        <translation>เรื่องร้องเรียนซ้ำ (จุดที่มีปัญหาบ่อย)</translation>
    </message>
    <message>
        <source> complaints</source>
        <translation> เรื่อง</translation>
    </message>
    <message>
        <source> m</source>
        <translation> เมตร</translation>
    </message>
    <message>
        <source>Open complaints of one category this close together are shown as a hotspot.</source>
        <translation>เรื่องที่ยังไม่ปิดในหมวดเดียวกันที่อยู่ใกล้กันในระยะนี้ จะแสดงเป็นจุดที่มีปัญหาบ่อย</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>อย่างน้อย:</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>ภายในระยะ:</translation>
    </message>
    <message>
        <source>Choose a map file</source>
        <translation>เลือกไฟล์แผนที่</translation>
    </message>
    <message>
        <source>MBTiles map files (*.mbtiles)</source>
        <translation>ไฟล์แผนที่ MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <source>Import the office boundary</source>
        <translation>นำเข้าขอบเขตพื้นที่</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json)</source>
        <translation>ไฟล์ GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Boundary imported and saved.</source>
        <translation>นำเข้าและบันทึกขอบเขตแล้ว</translation>
    </message>
    <message>
        <source>The boundary will be removed when you press OK</source>
        <translation>ขอบเขตจะถูกลบเมื่อกด ตกลง</translation>
    </message>
    <message>
        <source>A boundary is set</source>
        <translation>มีขอบเขตพื้นที่แล้ว</translation>
    </message>
    <message>
        <source>No boundary yet</source>
        <translation>ยังไม่มีขอบเขตพื้นที่</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt %1</source>
        <translation>ใบรับเรื่องเลขที่ %1</translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation>กระดาษ A5</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>ม้วนกระดาษ 80 มม.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>กระดาษ:</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>ใบรับเรื่อง-%1.pdf</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>บันทึกใบรับเรื่องเป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <source>Could not save the file:
%1</source>
        <translation>บันทึกไฟล์ไม่สำเร็จ:
%1</translation>
    </message>
</context>
<context>
    <name>RegisterExporter</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for any spreadsheet (*.csv)</source>
        <translation>CSV สำหรับโปรแกรมตารางคำนวณทั่วไป (*.csv)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>ส่งออกทะเบียนเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>complaint-register.xlsx</source>
        <translation>ทะเบียนเรื่องร้องเรียน.xlsx</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>กำลังส่งออกทะเบียนเรื่องร้องเรียน…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The file could not be written:
%1</source>
        <translation>ไม่สามารถบันทึกไฟล์ได้:
%1</translation>
    </message>
</context>
<context>
    <name>RegisterFilterBar</name>
    <message>
        <source>Search tracking no., name, phone, place or details…</source>
        <translation>ค้นหาเลขที่รับเรื่อง ชื่อ เบอร์โทร สถานที่ หรือรายละเอียด…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>เรื่องที่เปิดใหม่</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภทเรื่อง</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>ทีมช่าง</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>ช่วงวันที่</translation>
    </message>
    <message>
        <source>My open complaints</source>
        <translation>เรื่องค้างของฉัน</translation>
    </message>
    <message>
        <source>Open &gt; 7 days</source>
        <translation>ค้างนาน &gt; 7 วัน</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Save the complaints shown as Excel or CSV</source>
        <translation>บันทึกรายการที่แสดงอยู่เป็นไฟล์ Excel หรือ CSV</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>ทะเบียนเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Select a row to see its details · Enter: receipt</source>
        <translation>เลือกแถวเพื่อดูรายละเอียด · Enter: ใบรับเรื่อง</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีการบันทึกไฟล์</translation>
    </message>
    <message>
        <source>Exported %1 complaints to %2</source>
        <translation>ส่งออก %1 เรื่องไปยัง %2 แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) found</source>
        <translation>
            <numerusform>พบ %n เรื่อง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Tracking no.</source>
        <translation>เลขที่รับเรื่อง</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>วันที่รับเรื่อง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภทเรื่อง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>ผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>ทีมช่าง</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดแล้วเสร็จ</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>ไม่ประสงค์ออกนาม</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>เกิน %n วัน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the database:
%1

%2</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลได้:
%1

%2</translation>
    </message>
    <message>
        <source>There is no active user named &quot;%1&quot;.</source>
        <translation>ไม่พบผู้ใช้งานชื่อ “%1” หรือบัญชีนี้ถูกระงับการใช้งาน</translation>
    </message>
    <message>
        <source>The office has no active counter clerk. Start with --user NAME.</source>
        <translation>หน่วยงานยังไม่มีเจ้าหน้าที่รับเรื่องที่ใช้งานอยู่ กรุณาเปิดโปรแกรมด้วย --user ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Fondue Desk cannot start</source>
        <translation>ไม่สามารถเริ่มโปรแกรม Fondue Desk ได้</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change status of %1</source>
        <translation>เปลี่ยนสถานะเรื่องเลขที่ %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>สถานะปัจจุบัน: %1</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>สถานะใหม่:</translation>
    </message>
    <message>
        <source>Note (required for this change):</source>
        <translation>หมายเหตุ (จำเป็นสำหรับการเปลี่ยนสถานะนี้):</translation>
    </message>
    <message>
        <source>Why? The citizen or the mayor will ask.</source>
        <translation>ระบุเหตุผล เพราะผู้ร้องหรือนายกฯ อาจสอบถาม</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>หมายเหตุ (ไม่บังคับ):</translation>
    </message>
</context>
</TS>
