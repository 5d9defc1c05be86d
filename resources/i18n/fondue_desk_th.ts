<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AnswerFilterButton</name>
    <message>
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Any answer</source>
        <translation>คำตอบใดก็ได้</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (เลิกใช้แล้ว)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to a crew</source>
        <translation>มอบหมายงานให้ทีมช่าง</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n complaint(s)</source>
        <translation>
            <numerusform>มอบหมาย %n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. take the long ladder; call first</source>
        <translation>เช่น นำบันไดยาวไปด้วย โทรแจ้งผู้ร้องก่อนเข้าพื้นที่</translation>
    </message>
    <message>
        <source>Reason for moving:</source>
        <translation>เหตุผลที่ย้ายทีม:</translation>
    </message>
    <message>
        <source>Don&apos;t print now</source>
        <translation>ไม่พิมพ์ตอนนี้</translation>
    </message>
    <message>
        <source>One work order per crew per day</source>
        <translation>ใบสั่งงานเดียวต่อทีมต่อวัน</translation>
    </message>
    <message>
        <source>One work order per job</source>
        <translation>ใบละหนึ่งงาน</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>มอบหมาย</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>เลขที่รับเรื่อง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดแล้วเสร็จ</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (แนะนำ)</translation>
    </message>
    <message>
        <source>No crews yet</source>
        <translation>ยังไม่มีทีมช่าง</translation>
    </message>
    <message>
        <source>The office has no active crews. An administrator sets them up in Settings → Crews…</source>
        <translation>สำนักงานยังไม่มีทีมช่างที่ใช้งานอยู่ ผู้ดูแลระบบตั้งค่าได้ที่ ตั้งค่า → ทีมช่าง…</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>ทีมช่าง:</translation>
    </message>
    <message>
        <source>Planned date:</source>
        <translation>วันที่ปฏิบัติงาน:</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>ข้อสั่งการ:</translation>
    </message>
    <message>
        <source>Work orders:</source>
        <translation>ใบสั่งงาน:</translation>
    </message>
    <message numerus="yes">
        <source>%n open job(s)</source>
        <translation>
            <numerusform>งานค้าง %n งาน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) are now with %1; say why they move.</source>
        <translation>
            <numerusform>มี %n เรื่องอยู่กับ%1 กรุณาระบุเหตุผลที่ย้ายทีม</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be assigned (finished, waiting for sign-off, forwarded or rejected): %1. Leave them out of the selection.</source>
        <translation>มอบหมายไม่ได้ (เสร็จสิ้น รอนายกฯ ลงนาม ส่งต่อ หรือไม่รับเรื่อง): %1 กรุณานำออกจากรายการที่เลือก</translation>
    </message>
</context>
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
    <name>AutoBackup</name>
    <message>
        <source>Backing up the data before closing…</source>
        <translation>กำลังสำรองข้อมูลก่อนปิดโปรแกรม…</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>สำรองข้อมูลอัตโนมัติไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file is not there any more.</source>
        <translation>ไม่พบไฟล์นี้แล้ว</translation>
    </message>
    <message>
        <source>This file is not a Fondue Desk backup.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์สำรองข้อมูลของ Fondue Desk</translation>
    </message>
    <message>
        <source>The backup file is damaged or has been altered. Use another backup.</source>
        <translation>ไฟล์สำรองข้อมูลเสียหายหรือถูกแก้ไข กรุณาใช้ไฟล์สำรองอื่น</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Fondue Desk. Update this program first.</source>
        <translation>ไฟล์สำรองนี้สร้างจาก Fondue Desk รุ่นที่ใหม่กว่า กรุณาปรับรุ่นโปรแกรมนี้ก่อน</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Fondue Desk (%1). Update this program before restoring it.</source>
        <translation>ไฟล์สำรองนี้สร้างจาก Fondue Desk รุ่นที่ใหม่กว่า (%1) กรุณาปรับรุ่นโปรแกรมนี้ก่อนกู้คืนข้อมูล</translation>
    </message>
    <message>
        <source>This backup is of another kind of database and cannot be restored into this one.</source>
        <translation>ไฟล์สำรองนี้มาจากฐานข้อมูลต่างชนิดกัน จึงกู้คืนลงฐานข้อมูลนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The PostgreSQL program %1 was not found. Install the PostgreSQL client tools of the server&apos;s version.</source>
        <translation>ไม่พบโปรแกรม %1 ของ PostgreSQL กรุณาติดตั้งเครื่องมือไคลเอนต์ PostgreSQL รุ่นเดียวกับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>The PostgreSQL program %1 failed.</source>
        <translation>โปรแกรม %1 ของ PostgreSQL ทำงานไม่สำเร็จ</translation>
    </message>
    <message>
        <source>There is no database file to back up.</source>
        <translation>ไม่มีไฟล์ฐานข้อมูลให้สำรอง</translation>
    </message>
    <message>
        <source>The database has no schema version.</source>
        <translation>ฐานข้อมูลไม่มีข้อมูลรุ่นโครงสร้าง</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>อ่านฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>The restore failed and was undone.</source>
        <translation>กู้คืนข้อมูลไม่สำเร็จ และได้ยกเลิกการเปลี่ยนแปลงแล้ว</translation>
    </message>
    <message>
        <source>Give a file name, not a folder.</source>
        <translation>กรุณาระบุชื่อไฟล์ ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>The backup could not be written: the folder may be read-only, full or unplugged.</source>
        <translation>บันทึกไฟล์สำรองข้อมูลไม่ได้ โฟลเดอร์อาจเป็นแบบอ่านอย่างเดียว พื้นที่เต็ม หรือถอดอุปกรณ์ออกแล้ว</translation>
    </message>
    <message>
        <source>This kind of database cannot be backed up here.</source>
        <translation>ไม่สามารถสำรองฐานข้อมูลชนิดนี้ได้</translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded to this version of Fondue Desk. The data as it was before is in the safety backup: %1</source>
        <translation>กู้คืนข้อมูลแล้ว แต่ปรับโครงสร้างข้อมูลให้เข้ากับ Fondue Desk รุ่นนี้ไม่สำเร็จ ข้อมูลก่อนกู้คืนอยู่ในไฟล์สำรองเพื่อความปลอดภัย: %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด: %1</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>กรุณาเลือกโฟลเดอร์สำหรับการสำรองข้อมูลอัตโนมัติ</translation>
    </message>
    <message>
        <source>Give the full path of the folder, e.g. D:\Backups or /home/office/backups.</source>
        <translation>กรุณาระบุตำแหน่งโฟลเดอร์แบบเต็ม เช่น D:\Backups หรือ /home/office/backups</translation>
    </message>
    <message>
        <source>Backups cannot be written to this folder.</source>
        <translation>ไม่สามารถบันทึกไฟล์สำรองข้อมูลลงในโฟลเดอร์นี้ได้</translation>
    </message>
    <message>
        <source>Keep from %1 to %2 days of backups.</source>
        <translation>เก็บไฟล์สำรองข้อมูลได้ตั้งแต่ %1 ถึง %2 วัน</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Last backup: none</source>
        <translation>ยังไม่เคยสำรองข้อมูล</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>สำรองข้อมูลล่าสุด: %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>เมื่อสักครู่</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>%1 นาทีที่แล้ว</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>1 ชั่วโมงที่แล้ว</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>%1 ชั่วโมงที่แล้ว</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 วันที่แล้ว</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the data</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Fondue Desk backups (*.fdbackup)</source>
        <translation>ไฟล์สำรองข้อมูล Fondue Desk (*.fdbackup)</translation>
    </message>
    <message>
        <source>Backing up the data…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>สำรองข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>สำรองข้อมูลเรียบร้อย</translation>
    </message>
    <message>
        <source>The backup was saved and checked:
%1 (%2)

Keep a copy away from this computer: a USB drive, another building.</source>
        <translation>บันทึกและตรวจสอบไฟล์สำรองข้อมูลแล้ว:
%1 (%2)

ควรเก็บสำเนาไว้นอกเครื่องนี้ด้วย เช่น แฟลชไดรฟ์ หรือที่อาคารอื่น</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลจากไฟล์สำรอง</translation>
    </message>
    <message>
        <source>Fondue Desk backups (*.fdbackup);;All files (*)</source>
        <translation>ไฟล์สำรองข้อมูล Fondue Desk (*.fdbackup);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>กำลังตรวจสอบไฟล์สำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>กู้คืนข้อมูลจากไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>กำลังกู้คืนข้อมูล…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>กู้คืนข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The data as it was before is saved in:
%1</source>
        <translation>ข้อมูลก่อนกู้คืนถูกเก็บสำรองไว้ที่:
%1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>กู้คืนข้อมูลเรียบร้อย</translation>
    </message>
    <message>
        <source>The backup of %1 from %2 has been restored.

%3

Fondue Desk will now close. Open it again and sign in.</source>
        <translation>กู้คืนข้อมูลของ%1 ที่สำรองไว้เมื่อ %2 เรียบร้อยแล้ว

%3

โปรแกรม Fondue Desk จะปิดลง กรุณาเปิดโปรแกรมใหม่และเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

ข้อมูลไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up automatically: when the window closes and once a day while it is open</source>
        <translation>สำรองข้อมูลอัตโนมัติ เมื่อปิดหน้าต่างโปรแกรม และวันละครั้งระหว่างเปิดใช้งาน</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>การสำรองข้อมูลอัตโนมัติ</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>เก็บไว้:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>สำรองล่าสุด:</translation>
    </message>
    <message>
        <source>Every backup of the newest day is kept, and the last one of each earlier day. A folder on another disk or a shared network folder is safer than this computer&apos;s own disk; copy a backup to a USB drive now and then and keep it in another building. Back up… and Restore… are in the File menu.</source>
        <translation>ไฟล์สำรองของวันล่าสุดจะเก็บไว้ทั้งหมด ส่วนวันก่อนหน้าจะเก็บไว้วันละไฟล์ (ไฟล์สุดท้ายของวัน) โฟลเดอร์บนดิสก์อื่นหรือโฟลเดอร์ที่แชร์บนเครือข่ายปลอดภัยกว่าดิสก์ของเครื่องนี้ ควรคัดลอกไฟล์สำรองลงแฟลชไดรฟ์เป็นระยะและเก็บไว้ที่อาคารอื่น คำสั่งสำรองข้อมูลและกู้คืนข้อมูลอยู่ในเมนูไฟล์</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ยังไม่เคยสำรอง</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>โฟลเดอร์สำหรับการสำรองข้อมูลอัตโนมัติ</translation>
    </message>
</context>
<context>
    <name>BadRowsTable</name>
    <message>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>สาเหตุ</translation>
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <source>No complaints in this period</source>
        <translation>ไม่มีเรื่องร้องเรียนในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>(Enter: open in the register)</source>
        <translation>(กด Enter เพื่อเปิดรายการในทะเบียน)</translation>
    </message>
</context>
<context>
    <name>BeforeAfterWidget</name>
    <message>
        <source>The crew&apos;s photos come with its result.</source>
        <translation>รูปหลังดำเนินการจะมาพร้อมผลการปฏิบัติงานของทีมช่าง</translation>
    </message>
    <message>
        <source>Before (%1)</source>
        <translation>ก่อนดำเนินการ (%1)</translation>
    </message>
    <message>
        <source>After (%1)</source>
        <translation>หลังดำเนินการ (%1)</translation>
    </message>
</context>
<context>
    <name>CandidateRow</name>
    <message>
        <source>✓ Linked</source>
        <translation>✓ ผูกแล้ว</translation>
    </message>
    <message>
        <source>Link as duplicate</source>
        <translation>ผูกเป็นเรื่องซ้ำ</translation>
    </message>
    <message>
        <source>Enter on the chosen row does the same</source>
        <translation>กด Enter ที่แถวที่เลือกก็ได้เช่นกัน</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>ไม่มีรูปถ่าย</translation>
    </message>
    <message>
        <source>same village</source>
        <translation>หมู่บ้านเดียวกัน</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>ห่าง %1 กม.</translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translation>ห่าง %1 ม.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) linked</source>
        <translation>
            <numerusform>มีเรื่องซ้ำผูกไว้แล้ว %n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>ยกเลิกการผูก</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>SLA (days)</source>
        <translation>กำหนดเสร็จ (วัน)</translation>
    </message>
    <message>
        <source>Default crew</source>
        <translation>ทีมช่างหลัก</translation>
    </message>
    <message>
        <source>Photo required</source>
        <translation>ต้องมีรูปถ่าย</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>จำนวนเรื่อง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Drag to change the order</source>
        <translation>ลากเพื่อเปลี่ยนลำดับ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>เพิ่มใหม่</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>เลิกใช้</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>รวมประเภท…</translation>
    </message>
    <message>
        <source>Questions…</source>
        <translation>คำถาม…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+ลูกศรขึ้น</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+ลูกศรลง</translation>
    </message>
    <message>
        <source>Double-click or type to edit a cell; Space on the colour picks another. A category complaints use is retired, never deleted: old complaints keep it and print as before. Merging moves the complaints and says so in their history.</source>
        <translation>ดับเบิลคลิกหรือพิมพ์เพื่อแก้ไขช่อง กด Space ที่ช่องสีเพื่อเลือกสีใหม่ ประเภทที่มีเรื่องร้องเรียนใช้อยู่จะถูกเลิกใช้ ไม่ถูกลบ เรื่องเดิมยังคงประเภทเดิมและพิมพ์ได้เหมือนเดิม การรวมประเภทจะย้ายเรื่องร้องเรียนและบันทึกไว้ในประวัติของแต่ละเรื่อง</translation>
    </message>
    <message>
        <source>Double-click or press Space to choose a colour</source>
        <translation>ดับเบิลคลิกหรือกด Space เพื่อเลือกสี</translation>
    </message>
    <message>
        <source>The counter takes no complaint of this category without a photo (Space ticks it)</source>
        <translation>รับเรื่องประเภทนี้ได้เมื่อแนบรูปถ่ายแล้วเท่านั้น (กด Space เพื่อเลือกหรือยกเลิก)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ไม่ระบุ —</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>รวมแล้ว</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>เลิกใช้</translation>
    </message>
    <message>
        <source>new category</source>
        <translation>ประเภทใหม่</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>แถวที่ %1 (%2): %3</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>สีของประเภทเรื่อง</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>ลบประเภทเรื่อง</translation>
    </message>
    <message>
        <source>Delete the category %1? This cannot be undone.</source>
        <translation>ลบประเภทเรื่อง %1 หรือไม่ เมื่อลบแล้วจะเรียกคืนไม่ได้</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>ลบ %1 แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) moved to %1.</source>
        <translation>
            <numerusform>ย้ายเรื่องร้องเรียน %n เรื่องไปที่ %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>กลับมาใช้</translation>
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
    <name>CategoryFieldsPage</name>
    <message>
        <source>Show retired questions</source>
        <translation>แสดงคำถามที่เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>New question…</source>
        <translation>เพิ่มคำถาม…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>เลิกใช้</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+ลูกศรขึ้น</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+ลูกศรลง</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>ต้องตอบ</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation>ถามเมื่อ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>ตอบแล้ว</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>ประเภทเรื่อง:</translation>
    </message>
    <message>
        <source>The questions are asked under the category on the intake form, in this order. A retired question is no longer asked; complaints that answered it keep, show and print their answers.</source>
        <translation>คำถามจะแสดงใต้ช่องประเภทเรื่องในแบบฟอร์มรับเรื่องตามลำดับนี้ คำถามที่เลิกใช้แล้วจะไม่ถามอีก แต่เรื่องร้องเรียนที่ตอบไว้แล้วยังเก็บ แสดง และพิมพ์คำตอบเดิมได้</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (เลิกใช้แล้ว)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>always</source>
        <translation>ทุกครั้ง</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 เป็น %2</translation>
    </message>
    <message>
        <source>Saved the question %1.</source>
        <translation>บันทึกคำถาม %1 แล้ว</translation>
    </message>
    <message>
        <source>Retired %1: it is no longer asked.</source>
        <translation>เลิกใช้ %1 แล้ว จะไม่ถามคำถามนี้อีก</translation>
    </message>
    <message>
        <source>%1 is asked again.</source>
        <translation>กลับมาถาม %1 อีกครั้งแล้ว</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>กลับมาถามอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>At least %1 characters, without the user name. A short phrase is easy to remember and hard to guess.</source>
        <translation>อย่างน้อย %1 ตัวอักษร และต้องไม่มีชื่อผู้ใช้อยู่ในรหัสผ่าน วลีสั้นที่มีความหมายเฉพาะตัวจำง่ายแต่เดายาก</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <source>%1 (user name %2)</source>
        <translation>%1 (ชื่อผู้ใช้ %2)</translation>
    </message>
    <message>
        <source>You must change your initial password before you start. Choose one that only you know.</source>
        <translation>ต้องเปลี่ยนรหัสผ่านเริ่มต้นก่อนใช้งาน กรุณาตั้งรหัสผ่านที่รู้เฉพาะตัวท่านเอง</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>ยืนยันรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Quit Fondue Desk</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ChoicesTable</name>
    <message>
        <source>Key</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Stop notice (Thai)</source>
        <translation>ข้อความแจ้งหยุด (ไทย)</translation>
    </message>
    <message>
        <source>Stop notice (English)</source>
        <translation>ข้อความแจ้งหยุด (อังกฤษ)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>A stop notice is shown in red when the choice is picked, and the complaint cannot be saved (e.g. ไฟไหม้: โทร 199 ทันที).</source>
        <translation>ข้อความแจ้งหยุดจะแสดงเป็นสีแดงเมื่อเลือกตัวเลือกนั้น และจะบันทึกเรื่องร้องเรียนไม่ได้ (เช่น ไฟไหม้: โทร 199 ทันที)</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down moves a choice; the form offers them in this order.</source>
        <translation>กด Alt+ลูกศรขึ้น / Alt+ลูกศรลง เพื่อเลื่อนตัวเลือก แบบฟอร์มจะแสดงตัวเลือกตามลำดับนี้</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>เพิ่มตัวเลือก</translation>
    </message>
    <message>
        <source>Retire choice</source>
        <translation>เลิกใช้ตัวเลือก</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>ลบตัวเลือก</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>กลับมาใช้อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ClearWithUndo</name>
    <message>
        <source>The form was cleared.</source>
        <translation>ล้างแบบฟอร์มแล้ว</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Bring back what was typed (Ctrl+Z)</source>
        <translation>นำข้อมูลที่กรอกไว้กลับคืน (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>ComplainantLanguage</name>
    <message>
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
</context>
<context>
    <name>ComplainantLanguageWidget</name>
    <message>
        <source>The language the receipt and later notices print in</source>
        <translation>ภาษาที่ใช้พิมพ์ใบรับเรื่องและหนังสือแจ้งผู้ร้องในภายหลัง</translation>
    </message>
    <message>
        <source>Suggested by the name</source>
        <translation>เลือกให้ตามชื่อที่พิมพ์</translation>
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
        <source>Forward…</source>
        <translation>ส่งต่อ…</translation>
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
        <source>Not in the current list: the register&apos;s filter no longer shows this complaint.</source>
        <translation>ไม่อยู่ในรายการปัจจุบัน: เงื่อนไขที่เลือกในทะเบียนไม่แสดงเรื่องนี้แล้ว</translation>
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
        <source>Reads</source>
        <translation>ภาษาของผู้ร้อง</translation>
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
        <source>Traffy Fondue: %1</source>
        <translation>Traffy Fondue: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึกเรื่องเลขที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>ConfigTransfer</name>
    <message>
        <source>Export settings</source>
        <translation>ส่งออกการตั้งค่า</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>บันทึกไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation>นำเข้าการตั้งค่า</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>อ่านไฟล์ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>CouncilReportDialog</name>
    <message>
        <source>Monthly council report</source>
        <translation>รายงานผลการดำเนินงานเรื่องร้องเรียนประจำเดือน</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>เดือน (&amp;M):</translation>
    </message>
    <message>
        <source>Open and overdue complaints are counted as of today.</source>
        <translation>เรื่องที่ยังไม่เสร็จและเรื่องค้างเกินกำหนด นับ ณ วันนี้</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>ส่งออกเป็น Excel (&amp;E)…</translation>
    </message>
    <message>
        <source>The figures and the complaints behind them, as an Excel workbook (Ctrl+E)</source>
        <translation>ตัวเลขสรุปและรายการเรื่องร้องเรียนที่นับรวม เป็นแฟ้ม Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Preparing the report for %1…</source>
        <translation>กำลังจัดทำรายงานประจำเดือน%1…</translation>
    </message>
    <message>
        <source>council-report-%1.pdf</source>
        <translation>รายงานเรื่องร้องเรียน-%1.pdf</translation>
    </message>
    <message>
        <source>council-report-%1.xlsx</source>
        <translation>รายงานเรื่องร้องเรียน-%1.xlsx</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>ส่งออกเป็น Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>แฟ้ม Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>กำลังบันทึกแฟ้ม Excel…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>บันทึกแฟ้ม Excel ไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>CrewBoardPage</name>
    <message>
        <source>Today&apos;s plan</source>
        <translation>แผนวันนี้</translation>
    </message>
    <message>
        <source>Only jobs planned for today</source>
        <translation>เฉพาะงานที่กำหนดปฏิบัติวันนี้</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>เฉพาะเกินกำหนด</translation>
    </message>
    <message>
        <source>Only jobs past their due date</source>
        <translation>เฉพาะงานที่เกินกำหนดแล้วเสร็จ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Read the board again (F5)</source>
        <translation>อ่านข้อมูลกระดานงานใหม่ (F5)</translation>
    </message>
    <message>
        <source>Print work orders</source>
        <translation>พิมพ์ใบสั่งงาน</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>บันทึกผล…</translation>
    </message>
    <message>
        <source>Move to another crew…</source>
        <translation>ย้ายทีม…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>เริ่มงาน</translation>
    </message>
    <message>
        <source>No crews yet. An administrator sets them up in Settings → Crews…</source>
        <translation>ยังไม่มีทีมช่าง ผู้ดูแลระบบตั้งค่าได้ที่ ตั้งค่า → ทีมช่าง…</translation>
    </message>
    <message>
        <source>Crew board</source>
        <translation>กระดานงานทีมช่าง</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) waiting for a crew</source>
        <translation>
            <numerusform>รอมอบหมาย %n เรื่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) selected · %1</source>
        <translation>
            <numerusform>เลือก %n งาน · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select jobs in one crew (Ctrl+click for several); double-click opens the complaint in the register.</source>
        <translation>เลือกงานของทีมเดียว (Ctrl+คลิกเพื่อเลือกหลายงาน) ดับเบิลคลิกเพื่อเปิดเรื่องในทะเบียน</translation>
    </message>
    <message>
        <source>Select one job first.</source>
        <translation>เลือกงานหนึ่งรายการก่อน</translation>
    </message>
    <message>
        <source>Select jobs first.</source>
        <translation>เลือกงานก่อน</translation>
    </message>
    <message>
        <source>This is another crew&apos;s job: you can act only on the jobs of the crew you lead.</source>
        <translation>งานนี้เป็นของทีมอื่น ท่านดำเนินการได้เฉพาะงานของทีมที่ท่านเป็นหัวหน้า</translation>
    </message>
    <message>
        <source>Only jobs that have not started yet can be started.</source>
        <translation>เริ่มงานได้เฉพาะงานที่ยังไม่ได้เริ่ม</translation>
    </message>
    <message>
        <source>Not possible for a job in this status.</source>
        <translation>งานในสถานะนี้ทำรายการนี้ไม่ได้</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>สิทธิ์ของท่านไม่สามารถทำรายการนี้ได้</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) started</source>
        <translation>
            <numerusform>เริ่มงานแล้ว %n งาน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrewColumnWidget</name>
    <message>
        <source>Your crew</source>
        <translation>ทีมของท่าน</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>ค้าง %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>วันนี้ %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>เกินกำหนด %1</translation>
    </message>
    <message>
        <source>Open jobs with this crew</source>
        <translation>งานที่ค้างอยู่กับทีมนี้</translation>
    </message>
    <message>
        <source>Jobs planned for today</source>
        <translation>งานตามแผนวันนี้</translation>
    </message>
    <message>
        <source>Jobs past their due date</source>
        <translation>งานที่เกินกำหนดแล้วเสร็จ</translation>
    </message>
    <message>
        <source>No jobs match the filter.</source>
        <translation>ไม่มีงานตามตัวกรอง</translation>
    </message>
    <message>
        <source>No open jobs.</source>
        <translation>ไม่มีงานค้าง</translation>
    </message>
</context>
<context>
    <name>CrewsPage</name>
    <message>
        <source>Show inactive crews</source>
        <translation>แสดงทีมที่เลิกใช้งาน</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>บรรทัดละหนึ่งชื่อ</translation>
    </message>
    <message>
        <source>Active (can be given work)</source>
        <translation>ใช้งานอยู่ (รับมอบหมายงานได้)</translation>
    </message>
    <message>
        <source>New crew</source>
        <translation>เพิ่มทีมใหม่</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>เลิกใช้งาน</translation>
    </message>
    <message>
        <source>Save crew</source>
        <translation>บันทึกทีม</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>ทีมช่าง</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>หัวหน้าทีม</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>ประเภทงาน</translation>
    </message>
    <message>
        <source>Open jobs</source>
        <translation>งานค้าง</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อทีม:</translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation>หัวหน้าทีม:</translation>
    </message>
    <message>
        <source>Leader&apos;s account:</source>
        <translation>บัญชีผู้ใช้ของหัวหน้าทีม:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>โทรศัพท์:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>สมาชิก:</translation>
    </message>
    <message>
        <source>Categories served:</source>
        <translation>ประเภทงานที่รับผิดชอบ:</translation>
    </message>
    <message>
        <source>The categories a crew serves decide which crew is suggested when work is assigned.</source>
        <translation>ประเภทงานที่ทีมรับผิดชอบใช้แนะนำทีมเมื่อมอบหมายงาน</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ไม่มี —</translation>
    </message>
    <message>
        <source>Only an administrator can change crews.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่แก้ไขทีมช่างได้</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>กลับมาใช้งาน</translation>
    </message>
    <message>
        <source>Deactivate crew</source>
        <translation>เลิกใช้งานทีม</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n open job(s). Deactivate it anyway? Its jobs stay with it until they are reassigned.</source>
        <translation>
            <numerusform>%1 ยังมีงานค้าง %n งาน ต้องการเลิกใช้งานทีมนี้หรือไม่ งานที่ค้างจะยังอยู่กับทีมจนกว่าจะมอบหมายใหม่</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>CustomFieldsForm</name>
    <message>
        <source> (retired)</source>
        <translation> (เลิกใช้แล้ว)</translation>
    </message>
    <message>
        <source>This complaint cannot be saved with this answer.</source>
        <translation>บันทึกเรื่องร้องเรียนด้วยคำตอบนี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>By status</source>
        <translation>แยกตามสถานะ</translation>
    </message>
    <message>
        <source>Overdue per crew (today)</source>
        <translation>เรื่องเกินกำหนดแยกตามทีมช่าง (ณ วันนี้)</translation>
    </message>
    <message>
        <source>Received and closed per month</source>
        <translation>รับเรื่องและเสร็จสิ้นรายเดือน</translation>
    </message>
    <message>
        <source>By channel (counter, Traffy Fondue, others)</source>
        <translation>แยกตามช่องทาง (เคาน์เตอร์ Traffy Fondue และอื่น ๆ)</translation>
    </message>
    <message>
        <source>By category: open and closed</source>
        <translation>แยกตามประเภทเรื่อง: ค้างดำเนินการและเสร็จสิ้น</translation>
    </message>
    <message>
        <source>By village: open and closed</source>
        <translation>แยกตามหมู่บ้าน: ค้างดำเนินการและเสร็จสิ้น</translation>
    </message>
    <message>
        <source>Nothing overdue today</source>
        <translation>วันนี้ไม่มีเรื่องเกินกำหนด</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ค้างดำเนินการ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Forwarded or rejected</source>
        <translation>ส่งต่อหรือไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>No crew yet</source>
        <translation>ยังไม่มอบหมายทีมช่าง</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>รับเรื่อง</translation>
    </message>
    <message>
        <source>No village given</source>
        <translation>ไม่ระบุหมู่บ้าน</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Count the figures again (F5)</source>
        <translation>คำนวณตัวเลขใหม่ (F5)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>กำลังคำนวณ…</translation>
    </message>
    <message>
        <source>The figures could not be counted</source>
        <translation>คำนวณตัวเลขไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>อ่านข้อมูลภาพรวมไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>%1 – %2 · as of %3</source>
        <translation>%1 – %2 · ข้อมูล ณ วันที่ %3</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <source>Received</source>
        <translation>รับเรื่อง</translation>
    </message>
    <message>
        <source>Complaints received in the period; click to list them</source>
        <translation>เรื่องที่รับในช่วงเวลานี้ คลิกเพื่อดูรายการ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Received in the period and closed now; click to list them</source>
        <translation>รับในช่วงเวลานี้และเสร็จสิ้นแล้ว คลิกเพื่อดูรายการ</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>ค้างดำเนินการ</translation>
    </message>
    <message>
        <source>Received in the period and not finished yet; click to list them</source>
        <translation>รับในช่วงเวลานี้และยังดำเนินการไม่เสร็จ คลิกเพื่อดูรายการ</translation>
    </message>
    <message>
        <source>Days to close (median)</source>
        <translation>จำนวนวันที่ใช้ (มัธยฐาน)</translation>
    </message>
    <message>
        <source>Half of the complaints closed in the period took at most this many days</source>
        <translation>ครึ่งหนึ่งของเรื่องที่เสร็จสิ้นในช่วงเวลานี้ใช้เวลาไม่เกินจำนวนวันนี้</translation>
    </message>
    <message>
        <source>Days to close (90%)</source>
        <translation>จำนวนวันที่ใช้ (ร้อยละ 90)</translation>
    </message>
    <message>
        <source>Nine in ten complaints closed in the period took at most this many days</source>
        <translation>ร้อยละ 90 ของเรื่องที่เสร็จสิ้นในช่วงเวลานี้ใช้เวลาไม่เกินจำนวนวันนี้</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>เสร็จทันกำหนด</translation>
    </message>
    <message>
        <source>Share of the complaints closed in the period that closed by their due date</source>
        <translation>สัดส่วนของเรื่องที่เสร็จสิ้นในช่วงเวลานี้ซึ่งเสร็จภายในวันครบกำหนด</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <source>Open complaints past their due date today; click to list them</source>
        <translation>เรื่องที่ยังไม่เสร็จและเลยวันครบกำหนด ณ วันนี้ คลิกเพื่อดูรายการ</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>เปิดเรื่องใหม่</translation>
    </message>
    <message>
        <source>Received in the period and reopened at least once; click to list them</source>
        <translation>รับในช่วงเวลานี้และถูกเปิดเรื่องใหม่อย่างน้อยหนึ่งครั้ง คลิกเพื่อดูรายการ</translation>
    </message>
    <message>
        <source>%1 closed in the period</source>
        <translation>เสร็จสิ้น %1 เรื่อง</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2 เรื่อง</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Type the day as dd/mm/yyyy (Buddhist year), or open the calendar with F4; delete the text to leave it empty</source>
        <translation>พิมพ์วันที่เป็น วว/ดด/ปปปป (ปี พ.ศ.) หรือกด F4 เพื่อเปิดปฏิทิน ลบข้อความออกหากไม่ต้องการระบุ</translation>
    </message>
    <message>
        <source>Type the day, e.g. %1 or %2, or open the calendar with F4; delete the text to leave it empty</source>
        <translation>พิมพ์วันที่ เช่น %1 หรือ %2 หรือกด F4 เพื่อเปิดปฏิทิน ลบข้อความออกหากไม่ต้องการระบุ</translation>
    </message>
</context>
<context>
    <name>DateOrderBox</name>
    <message>
        <source>Dates in this file</source>
        <translation>วันที่ในไฟล์นี้</translation>
    </message>
    <message>
        <source>Every date in this file reads both ways. How should they be read?</source>
        <translation>วันที่ทุกรายการในไฟล์นี้อ่านได้ทั้งสองแบบ จะให้อ่านแบบใด</translation>
    </message>
    <message>
        <source>&amp;Day first (e.g. %1 is %2)</source>
        <translation>วันขึ้นก่อน (&amp;D) เช่น %1 คือ %2</translation>
    </message>
    <message>
        <source>&amp;Month first (e.g. %1 is %2)</source>
        <translation>เดือนขึ้นก่อน (&amp;M) เช่น %1 คือ %2</translation>
    </message>
</context>
<context>
    <name>DatesBox</name>
    <message>
        <source>Dates</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Show Buddhist-Era years in English (6 December 2569 BE)</source>
        <translation>แสดงปี พ.ศ. บนหน้าจอภาษาอังกฤษ (6 December 2569 BE)</translation>
    </message>
    <message>
        <source>The English screens show Western years (6 Dec 2026) unless this is ticked. The Thai screens always show Buddhist-Era years, and documents keep their own dates.</source>
        <translation>หน้าจอภาษาอังกฤษจะแสดงปี ค.ศ. (6 Dec 2026) เว้นแต่เลือกข้อนี้ ส่วนหน้าจอภาษาไทยแสดงปี พ.ศ. เสมอ และเอกสารยังคงใช้รูปแบบวันที่ของตนเอง</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>The new complaint form holds typing that is not saved. Sign out and throw it away?</source>
        <translation>แบบฟอร์มรับเรื่องใหม่มีข้อความที่ยังไม่ได้บันทึก ต้องการออกจากระบบและละทิ้งข้อความนั้นหรือไม่</translation>
    </message>
</context>
<context>
    <name>DuplicateLimitsEditor</name>
    <message>
        <source> m</source>
        <translation> ม.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>ห่างไม่เกิน</translation>
    </message>
    <message>
        <source>received in the last</source>
        <translation>รับเรื่องมาไม่เกิน</translation>
    </message>
    <message>
        <source>Possible duplicates of “%1” at intake:</source>
        <translation>เรื่องที่อาจซ้ำของ “%1” ตอนรับเรื่อง:</translation>
    </message>
    <message>
        <source>Possible duplicates at intake (choose one category):</source>
        <translation>เรื่องที่อาจซ้ำตอนรับเรื่อง (เลือกประเภทเรื่องหนึ่งประเภท):</translation>
    </message>
</context>
<context>
    <name>DuplicateLinksWidget</name>
    <message>
        <source>Split off</source>
        <translation>แยกเป็นเรื่องต่างหาก</translation>
    </message>
    <message>
        <source>Make this a complaint of its own again; its history stays (Ctrl+Shift+U in the register)</source>
        <translation>แยกเรื่องนี้กลับเป็นเรื่องต่างหาก ประวัติยังอยู่ครบ (ในทะเบียนกด Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Duplicate of %1: follows its status</source>
        <translation>เป็นเรื่องซ้ำของเรื่องเลขที่ %1 และเปลี่ยนสถานะตามเรื่องนั้น</translation>
    </message>
    <message numerus="yes">
        <source>Duplicates (%n): %1</source>
        <translation>
            <numerusform>เรื่องซ้ำ (%n เรื่อง): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Split off from %1: a complaint of its own again</source>
        <translation>แยกออกจากเรื่องเลขที่ %1 เป็นเรื่องต่างหากแล้ว</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation>เรื่องที่อาจซ้ำ</translation>
    </message>
    <message>
        <source>Open complaints of this category nearby · Enter: link as duplicate · %1: to the list</source>
        <translation>เรื่องประเภทเดียวกันที่ยังไม่ปิดในบริเวณใกล้เคียง · Enter: ผูกเป็นเรื่องซ้ำ · %1: ไปที่รายการ</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>ยกเลิกการผูก</translation>
    </message>
    <message>
        <source>Possible duplicates could not be looked up: %1</source>
        <translation>ค้นหาเรื่องที่อาจซ้ำไม่ได้: %1</translation>
    </message>
    <message>
        <source>Will be saved as a duplicate of %1 (%2): it follows that complaint&apos;s status.</source>
        <translation>จะบันทึกเป็นเรื่องซ้ำของเรื่องเลขที่ %1 (%2) และเปลี่ยนสถานะตามเรื่องนั้น</translation>
    </message>
    <message>
        <source>Save as duplicate of %1 and print receipt</source>
        <translation>บันทึกเป็นเรื่องซ้ำของ %1 และพิมพ์ใบรับเรื่อง</translation>
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
        <source>reload it before saving: saving now would overwrite those changes.</source>
        <translation>กรุณาโหลดใหม่ก่อนบันทึก หากบันทึกตอนนี้จะเขียนทับการแก้ไขนั้น</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <source>Fill the form again from the saved complaint (your typing here is lost)</source>
        <translation>เติมแบบฟอร์มใหม่จากข้อมูลเรื่องที่บันทึกไว้ (ข้อความที่พิมพ์ไว้ในหน้านี้จะหายไป)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>เหตุผลการแก้ไข</translation>
    </message>
</context>
<context>
    <name>FieldAnswersBox</name>
    <message>
        <source>Answers</source>
        <translation>คำตอบเพิ่มเติม</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (เลิกใช้แล้ว)</translation>
    </message>
    <message>
        <source>No longer asked; kept as it was answered.</source>
        <translation>เลิกถามคำถามนี้แล้ว คำตอบยังคงเดิมตามที่บันทึกไว้</translation>
    </message>
</context>
<context>
    <name>FieldEditDialog</name>
    <message>
        <source>Edit question</source>
        <translation>แก้ไขคำถาม</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>เพิ่มคำถาม</translation>
    </message>
    <message>
        <source>from the English question, or question_1, …</source>
        <translation>ได้จากคำถามภาษาอังกฤษ หรือ question_1, …</translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation>ต้องตอบ</translation>
    </message>
    <message>
        <source>e.g. ลิตร, เมตร</source>
        <translation>เช่น ลิตร, เมตร</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>บันทึกคำถาม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Question (Thai)</source>
        <translation>คำถาม (ไทย)</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>คำถาม (อังกฤษ)</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>ชนิดของคำตอบ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Help (Thai)</source>
        <translation>คำอธิบาย (ไทย)</translation>
    </message>
    <message>
        <source>Help (English)</source>
        <translation>คำอธิบาย (อังกฤษ)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>is</source>
        <translation>เป็น</translation>
    </message>
    <message>
        <source>Ask only when</source>
        <translation>ถามเฉพาะเมื่อ</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) answer this question: its code and kind stay as they are, and a choice they use can be retired but not removed.</source>
        <translation>
            <numerusform>มีเรื่องร้องเรียน %n เรื่องที่ตอบคำถามนี้แล้ว จึงเปลี่ยนรหัสและชนิดของคำตอบไม่ได้ ส่วนตัวเลือกที่มีผู้เลือกแล้วเลิกใช้ได้แต่ลบไม่ได้</numerusform>
        </translation>
    </message>
    <message>
        <source>— always asked —</source>
        <translation>— ถามทุกครั้ง —</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source> (retired)</source>
        <translation> (เลิกใช้แล้ว)</translation>
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
        <source>Give a size from %1 to %2 MB.</source>
        <translation>ใส่ขนาดตั้งแต่ %1 ถึง %2 MB</translation>
    </message>
    <message>
        <source>Give a distance from %1 to %2 metres.</source>
        <translation>ใส่ระยะตั้งแต่ %1 ถึง %2 เมตร</translation>
    </message>
    <message>
        <source>%1 cannot be assigned any more: it is finished, forwarded or rejected.</source>
        <translation>เรื่อง %1 มอบหมายไม่ได้แล้ว เนื่องจากเสร็จสิ้น ส่งต่อ หรือไม่รับเรื่อง</translation>
    </message>
    <message>
        <source>%1 is not with a crew, so it cannot go on a work order.</source>
        <translation>เรื่อง %1 ไม่ได้อยู่กับทีมช่าง จึงออกใบสั่งงานไม่ได้</translation>
    </message>
    <message>
        <source>%1 is not your crew&apos;s work: you can record results only for the crew you lead.</source>
        <translation>เรื่อง %1 ไม่ใช่งานของทีมท่าน บันทึกผลได้เฉพาะงานของทีมที่ท่านเป็นหัวหน้า</translation>
    </message>
    <message>
        <source>%1 is not your crew&apos;s work: you can add pictures only to the jobs of the crew you lead.</source>
        <translation>เรื่อง %1 ไม่ใช่งานของทีมท่าน ท่านแนบรูปได้เฉพาะงานของทีมที่ท่านเป็นหัวหน้า</translation>
    </message>
    <message>
        <source>Unknown status (%1).</source>
        <translation>ไม่รู้จักสถานะ (%1)</translation>
    </message>
    <message>
        <source>Give the crew a name.</source>
        <translation>กรุณาระบุชื่อทีม</translation>
    </message>
    <message>
        <source>There is already a crew with this name.</source>
        <translation>มีทีมชื่อนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>Too many members: at most 30.</source>
        <translation>สมาชิกมากเกินไป ได้ไม่เกิน 30 คน</translation>
    </message>
    <message>
        <source>A chosen category no longer exists; open the list again.</source>
        <translation>ประเภทงานที่เลือกไม่มีอยู่แล้ว กรุณาเปิดรายการใหม่</translation>
    </message>
    <message>
        <source>This account is not a crew leader&apos;s account.</source>
        <translation>บัญชีนี้ไม่ใช่บัญชีหัวหน้าทีมช่าง</translation>
    </message>
    <message>
        <source>This crew no longer exists or is no longer active.</source>
        <translation>ไม่พบทีมนี้ หรือทีมนี้เลิกใช้งานแล้ว</translation>
    </message>
    <message>
        <source>Select at least one complaint.</source>
        <translation>กรุณาเลือกอย่างน้อยหนึ่งเรื่อง</translation>
    </message>
    <message>
        <source>Too many complaints at once: at most 500.</source>
        <translation>เลือกเรื่องมากเกินไป ได้ครั้งละไม่เกิน 500 เรื่อง</translation>
    </message>
    <message>
        <source>The planned date cannot be in the past.</source>
        <translation>วันที่ปฏิบัติงานต้องไม่เป็นวันที่ผ่านมาแล้ว</translation>
    </message>
    <message>
        <source>The planned date is more than a year ahead.</source>
        <translation>วันที่ปฏิบัติงานเกินหนึ่งปีข้างหน้า</translation>
    </message>
    <message>
        <source>Moving work away from another crew needs a reason.</source>
        <translation>การย้ายงานจากทีมอื่นต้องระบุเหตุผล</translation>
    </message>
    <message>
        <source>Say why the work was not finished: the office has to act on it.</source>
        <translation>กรุณาระบุเหตุผลที่งานไม่แล้วเสร็จ เพื่อให้สำนักงานดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Choose what the crew achieved.</source>
        <translation>กรุณาเลือกผลการปฏิบัติงาน</translation>
    </message>
    <message>
        <source>Time spent must be between 0 and 7 days.</source>
        <translation>เวลาที่ใช้ต้องอยู่ระหว่าง 0 ถึง 7 วัน</translation>
    </message>
    <message>
        <source>The work date cannot be in the future.</source>
        <translation>วันที่ปฏิบัติงานต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>This complaint is no longer with a crew; someone may have changed it meanwhile.</source>
        <translation>เรื่องนี้ไม่ได้อยู่กับทีมช่างแล้ว อาจมีผู้อื่นเปลี่ยนแปลงในระหว่างนี้</translation>
    </message>
    <message>
        <source>Work order not found.</source>
        <translation>ไม่พบใบสั่งงาน</translation>
    </message>
    <message>
        <source>This change has its own action: assign, record the result or sign off.</source>
        <translation>การเปลี่ยนแปลงนี้มีคำสั่งเฉพาะ: มอบหมายงาน บันทึกผล หรือลงนาม</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>สิทธิ์ของท่านไม่สามารถทำรายการนี้ได้</translation>
    </message>
    <message>
        <source>Complaint not found; it may belong to another office.</source>
        <translation>ไม่พบเรื่องร้องเรียน อาจเป็นของสำนักงานอื่น</translation>
    </message>
    <message>
        <source>This is another crew&apos;s job: you can act only on the jobs of the crew you lead.</source>
        <translation>งานนี้เป็นของทีมอื่น ท่านดำเนินการได้เฉพาะงานของทีมที่ท่านเป็นหัวหน้า</translation>
    </message>
    <message>
        <source>Not possible for a job in this status.</source>
        <translation>งานในสถานะนี้ทำรายการนี้ไม่ได้</translation>
    </message>
    <message>
        <source>Unknown kind of picture.</source>
        <translation>ไม่รู้จักประเภทของรูปภาพนี้</translation>
    </message>
    <message>
        <source>Not a work order number: it is number/year, e.g. 12/2570.</source>
        <translation>เลขที่ใบสั่งงานไม่ถูกต้อง ต้องเป็นเลขลำดับ/ปี เช่น 12/2570</translation>
    </message>
    <message>
        <source>This village no longer exists; open the list again.</source>
        <translation>ไม่พบหมู่บ้านนี้แล้ว กรุณาเปิดรายการใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>%1 is no longer awaiting sign-off; someone may have changed it meanwhile.</source>
        <translation>%1 ไม่อยู่ในสถานะรอลงนามแล้ว อาจมีผู้อื่นเปลี่ยนแปลงเรื่องนี้ไปแล้ว</translation>
    </message>
    <message>
        <source>The closure letter template of the category &quot;%1&quot; is broken, so no letter could be written and nothing was approved. Ask the administrator to correct it in Settings.</source>
        <translation>แบบหนังสือแจ้งผลของประเภทเรื่อง “%1” ไม่ถูกต้อง จึงออกหนังสือไม่ได้และยังไม่มีการอนุมัติเรื่องใด กรุณาแจ้งผู้ดูแลระบบให้แก้ไขในเมนูตั้งค่า</translation>
    </message>
    <message>
        <source>Say what the crew must put right: the reason goes to the crew.</source>
        <translation>กรุณาระบุสิ่งที่ทีมต้องแก้ไข เหตุผลนี้จะส่งถึงทีมช่าง</translation>
    </message>
    <message>
        <source>Letter not found; it may belong to another office.</source>
        <translation>ไม่พบหนังสือ อาจเป็นของหน่วยงานอื่น</translation>
    </message>
    <message>
        <source>This picture no longer exists.</source>
        <translation>ไม่พบรูปภาพนี้แล้ว</translation>
    </message>
    <message>
        <source>Write the result the letter tells the citizen.</source>
        <translation>กรุณาระบุผลการดำเนินงานที่จะแจ้งผู้ร้องในหนังสือ</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked. Try again in %1 minutes, or ask the administrator to unlock it.</source>
        <translation>ใส่รหัสผ่านผิดหลายครั้งเกินไป บัญชีนี้ถูกล็อกไว้ชั่วคราว กรุณาลองใหม่ในอีก %1 นาที หรือติดต่อผู้ดูแลระบบให้ปลดล็อก</translation>
    </message>
    <message>
        <source>Too short: a password has at least %1 characters.</source>
        <translation>สั้นเกินไป รหัสผ่านต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Too long: a password has at most %1 characters.</source>
        <translation>ยาวเกินไป รหัสผ่านมีได้ไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account or take away your own administrator role. Ask another administrator.</source>
        <translation>ไม่สามารถระงับบัญชีของตนเองหรือถอดสิทธิ์ผู้ดูแลระบบของตนเองได้ กรุณาให้ผู้ดูแลระบบคนอื่นดำเนินการ</translation>
    </message>
    <message>
        <source>This user no longer exists or is inactive.</source>
        <translation>ไม่พบผู้ใช้นี้ หรือบัญชีถูกระงับการใช้งานแล้ว</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>รหัสผ่านต้องไม่มีชื่อผู้ใช้อยู่ด้วย</translation>
    </message>
    <message>
        <source>Too easy to guess. Try a short phrase, or words mixed with digits.</source>
        <translation>รหัสผ่านนี้เดาง่ายเกินไป ลองใช้วลีสั้นหรือคำผสมตัวเลข</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password again.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน กรุณาพิมพ์ให้เหมือนกัน</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>3 to 60 characters: lower-case English letters, digits, dot (.), hyphen (-) or underscore (_).</source>
        <translation>3–60 ตัวอักษร ใช้ได้เฉพาะอักษรภาษาอังกฤษตัวพิมพ์เล็ก ตัวเลข จุด (.) ขีด (-) หรือขีดล่าง (_)</translation>
    </message>
    <message>
        <source>This user name is already in use. Choose another.</source>
        <translation>ชื่อผู้ใช้นี้มีอยู่แล้ว กรุณาเลือกชื่ออื่น</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>กรุณาเลือกบทบาท</translation>
    </message>
    <message>
        <source>Choose your own password first: nothing can be saved until the initial password is changed.</source>
        <translation>กรุณาตั้งรหัสผ่านของท่านเองก่อน จะบันทึกข้อมูลใดไม่ได้จนกว่าจะเปลี่ยนรหัสผ่านเริ่มต้น</translation>
    </message>
    <message>
        <source>This database was updated by a newer version of Fondue Desk. Update Fondue Desk on this computer before using it; the database was not changed.</source>
        <translation>ฐานข้อมูลนี้ถูกปรับโครงสร้างโดย Fondue Desk รุ่นที่ใหม่กว่า กรุณาปรับปรุง Fondue Desk ในเครื่องนี้เป็นรุ่นล่าสุดก่อนใช้งาน ฐานข้อมูลยังไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation>กรอกชื่อหน่วยงาน</translation>
    </message>
    <message>
        <source>Give the village a name.</source>
        <translation>ตั้งชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <source>Give the category a Thai name.</source>
        <translation>ตั้งชื่อประเภทเรื่องเป็นภาษาไทย</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>กรอกชื่อ-นามสกุลของผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>The same code as row %1.</source>
        <translation>รหัสซ้ำกับแถวที่ %1</translation>
    </message>
    <message>
        <source>The same village number as row %1.</source>
        <translation>หมู่ที่ซ้ำกับแถวที่ %1</translation>
    </message>
    <message>
        <source>The same name as row %1.</source>
        <translation>ชื่อซ้ำกับแถวที่ %1</translation>
    </message>
    <message>
        <source>Give a number of days from %1 to %2.</source>
        <translation>ระบุจำนวนวันตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <source>Give exactly %1 digits.</source>
        <translation>ระบุตัวเลข %1 หลักพอดี</translation>
    </message>
    <message>
        <source>The picture is too large: at most %1 MB.</source>
        <translation>รูปภาพมีขนาดใหญ่เกินไป: ไม่เกิน %1 MB</translation>
    </message>
    <message>
        <source>Choose the kind of office.</source>
        <translation>เลือกประเภทหน่วยงาน</translation>
    </message>
    <message>
        <source>This database already has an office (another desk may have just set it up). Close the assistant and start the program again.</source>
        <translation>ฐานข้อมูลนี้มีหน่วยงานอยู่แล้ว (เครื่องอื่นอาจเพิ่งตั้งค่าเสร็จ) ปิดผู้ช่วยตั้งค่าแล้วเปิดโปรแกรมใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Not an e-mail address (e.g. saraban@example.go.th).</source>
        <translation>ไม่ใช่ที่อยู่อีเมล (เช่น saraban@example.go.th)</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG picture.</source>
        <translation>เลือกรูปภาพชนิด PNG หรือ JPEG</translation>
    </message>
    <message>
        <source>2–40 lower-case English letters, digits or hyphens, starting with a letter.</source>
        <translation>อักษรอังกฤษตัวเล็ก ตัวเลข หรือขีด (-) ยาว 2–40 ตัว ขึ้นต้นด้วยตัวอักษร</translation>
    </message>
    <message>
        <source>A village number is a whole number from 1.</source>
        <translation>หมู่ที่ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>A colour like #1e88e5.</source>
        <translation>ระบุสีในรูปแบบ #1e88e5</translation>
    </message>
    <message>
        <source>The order must be a whole number from 0.</source>
        <translation>ลำดับต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>Keep at least one active category: every complaint needs one.</source>
        <translation>ต้องมีประเภทเรื่องที่ใช้งานอยู่อย่างน้อยหนึ่งประเภท เพราะทุกเรื่องต้องมีประเภท</translation>
    </message>
    <message>
        <source>The datatype does not match the kind of field.</source>
        <translation>datatype ไม่ตรงกับชนิดของช่องข้อมูล</translation>
    </message>
    <message>
        <source>Words for a choice the field does not have.</source>
        <translation>มีคำอธิบายของตัวเลือกที่ช่องนี้ไม่มี</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (it is now &quot;%4&quot;), so nothing was saved. Reload it and try again.</source>
        <translation>เรื่อง %1 ถูกเปลี่ยนแปลงโดย%2 เมื่อ %3 (ขณะนี้สถานะ “%4”) จึงยังไม่ได้บันทึกรายการนี้ กรุณาเรียกข้อมูลใหม่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (it is now &quot;%4&quot;), so nothing was saved. Reload it and try again.</source>
        <translation>เรื่อง %1 ถูกเปลี่ยนแปลงไปแล้วในระหว่างนี้ (ขณะนี้สถานะ “%4”) จึงยังไม่ได้บันทึกรายการนี้ กรุณาเรียกข้อมูลใหม่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>ยาวเกินไป ได้ไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Another status is already called &quot;%1&quot;.</source>
        <translation>มีสถานะอื่นใช้ชื่อ &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>Give the status a name.</source>
        <translation>กรุณาระบุชื่อสถานะ</translation>
    </message>
    <message>
        <source>A colour like #1d5fa8.</source>
        <translation>กรุณาระบุสีในรูปแบบ #1d5fa8</translation>
    </message>
    <message>
        <source>This desk does not know that status.</source>
        <translation>โปรแกรมไม่รู้จักสถานะนี้</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>ข้อความยาวเกินไป</translation>
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
        <source>Give whole minutes from %1 to %2 (0: never lock).</source>
        <translation>ระบุเป็นจำนวนนาทีเต็ม ตั้งแต่ %1 ถึง %2 (0 คือไม่ล็อกหน้าจอ)</translation>
    </message>
    <message>
        <source>This category needs a photo: attach at least one before saving.</source>
        <translation>เรื่องประเภทนี้ต้องมีรูปถ่าย กรุณาแนบอย่างน้อย 1 รูปก่อนบันทึก</translation>
    </message>
    <message>
        <source>This picture is %1 × %2 pixels, more than %3 million. Make it smaller and try again.</source>
        <translation>รูปนี้มีขนาด %1 × %2 จุด เกินที่รับได้ %3 ล้านจุด กรุณาย่อรูปก่อนแล้วลองใหม่</translation>
    </message>
    <message>
        <source>This picture is %1 × %2 pixels: a side is longer than %3. Make it smaller and try again.</source>
        <translation>รูปนี้มีขนาด %1 × %2 จุด ด้านยาวเกิน %3 จุด กรุณาย่อรูปก่อนแล้วลองใหม่</translation>
    </message>
    <message>
        <source>This picture has far more than %3 million pixels. Make it smaller and try again.</source>
        <translation>รูปนี้มีจำนวนจุดมากเกิน %3 ล้านจุดไปมาก กรุณาย่อรูปก่อนแล้วลองใหม่</translation>
    </message>
    <message>
        <source>%1 is not in the list of fields beside the editor.</source>
        <translation>%1 ไม่มีในรายการช่องข้อมูลข้างช่องแก้ไข</translation>
    </message>
    <message>
        <source>This is not written as a template can be (%1).</source>
        <translation>เขียนแบบข้อความไม่ถูกต้อง (%1)</translation>
    </message>
    <message>
        <source>Templates may not use this (%1): only the fields, if/for and the listed filters.</source>
        <translation>แบบข้อความใช้สิ่งนี้ไม่ได้ (%1): ใช้ได้เฉพาะช่องข้อมูล if/for และตัวกรองที่กำหนด</translation>
    </message>
    <message>
        <source>The template is too long: at most %1 characters.</source>
        <translation>แบบข้อความยาวเกินไป: ไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>The text this template makes is too long: at most %1 characters.</source>
        <translation>ข้อความที่ได้จากแบบนี้ยาวเกินไป: ไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>This template takes too long to fill in: it repeats too often.</source>
        <translation>แบบข้อความนี้ใช้เวลาเติมข้อมูลนานเกินไป เพราะวนซ้ำมากเกินไป</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>บรรทัดที่ %1: %2</translation>
    </message>
    <message>
        <source>The file is too large: at most %1 MB.</source>
        <translation>ไฟล์มีขนาดใหญ่เกินไป (ไม่เกิน %1 MB)</translation>
    </message>
    <message>
        <source>At most %1 photos with one complaint: remove some.</source>
        <translation>แนบรูปถ่ายได้ไม่เกิน %1 รูปต่อหนึ่งเรื่อง กรุณานำบางรูปออก</translation>
    </message>
    <message>
        <source>Unknown category. Choose one from the list.</source>
        <translation>ไม่พบประเภทเรื่องนี้ กรุณาเลือกจากรายการ</translation>
    </message>
    <message>
        <source>This complaint is already this office&apos;s: choose another office.</source>
        <translation>เรื่องนี้เป็นของสำนักงานนี้อยู่แล้ว กรุณาเลือกสำนักงานอื่น</translation>
    </message>
    <message>
        <source>That office is not on this server (or has no active category).</source>
        <translation>ไม่พบสำนักงานปลายทางบนเครื่องแม่ข่ายนี้ (หรือสำนักงานนั้นยังไม่มีประเภทเรื่องที่ใช้งาน)</translation>
    </message>
    <message>
        <source>Name the agency the letter goes to (its เรียน line).</source>
        <translation>กรุณาระบุหน่วยงานที่จะส่งหนังสือถึง (บรรทัด “เรียน”)</translation>
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
        <source>This answer cannot be recorded here.</source>
        <translation>บันทึกคำตอบนี้ที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>ต้องไม่น้อยกว่า %1</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>ต้องไม่เกิน %1</translation>
    </message>
    <message>
        <source>Too long: this field takes at most %1 characters.</source>
        <translation>ยาวเกินไป ช่องนี้รับได้ไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>No province is called &quot;%1&quot;: write it as the plate does, e.g. เชียงใหม่.</source>
        <translation>ไม่พบจังหวัด &quot;%1&quot; กรุณากรอกชื่อจังหวัดตามแผ่นป้าย เช่น เชียงใหม่</translation>
    </message>
    <message>
        <source>Complaints already hold answers to this field, so its code stays %1.</source>
        <translation>มีเรื่องร้องเรียนที่ตอบช่องนี้แล้ว จึงเปลี่ยนรหัสไม่ได้ (คงเป็น %1)</translation>
    </message>
    <message>
        <source>Two choices have the key %1.</source>
        <translation>มีตัวเลือกมากกว่าหนึ่งรายการใช้รหัส %1 ซ้ำกัน</translation>
    </message>
    <message>
        <source>Choice key &quot;%1&quot; is not valid: up to 40 lower-case letters, digits, _ or - (a yes/no field uses true and false).</source>
        <translation>รหัสตัวเลือก &quot;%1&quot; ไม่ถูกต้อง ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข _ หรือ - ยาวไม่เกิน 40 ตัว (ช่องใช่/ไม่ใช่ใช้รหัส true และ false)</translation>
    </message>
    <message>
        <source>Choice %1 needs a name.</source>
        <translation>ตัวเลือก %1 ยังไม่มีชื่อ</translation>
    </message>
    <message>
        <source>At most %1 choices.</source>
        <translation>มีตัวเลือกได้ไม่เกิน %1 รายการ</translation>
    </message>
    <message>
        <source>Complaints already picked &quot;%1&quot;: retire the choice instead of removing it.</source>
        <translation>มีเรื่องร้องเรียนที่เลือก &quot;%1&quot; แล้ว จึงลบตัวเลือกนี้ไม่ได้ ให้เลิกใช้ตัวเลือกนี้แทน</translation>
    </message>
    <message>
        <source>Field %1 is shown by this field&apos;s answer: change that field first.</source>
        <translation>ช่อง %1 แสดงตามคำตอบของช่องนี้ กรุณาแก้ไขช่องนั้นก่อน</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>กรุณากรอกช่องนี้</translation>
    </message>
    <message>
        <source>Type a number, e.g. 12 or 12.5.</source>
        <translation>กรุณากรอกเป็นตัวเลข เช่น 12 หรือ 12.5</translation>
    </message>
    <message>
        <source>Not a date: type day/month/year, e.g. 6/12/2569.</source>
        <translation>วันที่ไม่ถูกต้อง กรุณากรอก วัน/เดือน/ปี พ.ศ. เช่น 6/12/2569</translation>
    </message>
    <message>
        <source>Not a time: type hours:minutes, e.g. 14:30.</source>
        <translation>เวลาไม่ถูกต้อง กรุณากรอก ชั่วโมง:นาที เช่น 14:30</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>กรุณาเลือกจากรายการที่มีให้</translation>
    </message>
    <message>
        <source>Not a vehicle plate: letters, number and province, e.g. 1กข 1234 เชียงใหม่.</source>
        <translation>ทะเบียนรถไม่ถูกต้อง กรุณากรอกหมวดอักษร ตัวเลข และจังหวัด เช่น 1กข 1234 เชียงใหม่</translation>
    </message>
    <message>
        <source>A field code is 2–40 lower-case letters, digits, _ or -, starting with a letter.</source>
        <translation>รหัสช่องต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข _ หรือ - ยาว 2–40 ตัว ขึ้นต้นด้วยตัวอักษร</translation>
    </message>
    <message>
        <source>This category already has a field with this code.</source>
        <translation>ประเภทเรื่องนี้มีช่องที่ใช้รหัสนี้แล้ว</translation>
    </message>
    <message>
        <source>Complaints already hold answers to this field, so its kind cannot change.</source>
        <translation>มีเรื่องร้องเรียนที่ตอบช่องนี้แล้ว จึงเปลี่ยนชนิดของช่องไม่ได้</translation>
    </message>
    <message>
        <source>Choose a kind of field from the list.</source>
        <translation>กรุณาเลือกชนิดของช่องจากรายการ</translation>
    </message>
    <message>
        <source>Give the field a label: the question the form asks.</source>
        <translation>กรุณาระบุชื่อช่อง (คำถามที่แสดงบนแบบฟอร์ม)</translation>
    </message>
    <message>
        <source>The minimum is above the maximum.</source>
        <translation>ค่าต่ำสุดมากกว่าค่าสูงสุด</translation>
    </message>
    <message>
        <source>Give at least one choice in use.</source>
        <translation>กรุณาระบุตัวเลือกที่ใช้งานอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Show this field only for a value of a choice field above it.</source>
        <translation>เงื่อนไขการแสดงต้องอ้างถึงค่าหนึ่งของช่องแบบเลือกที่อยู่ก่อนช่องนี้</translation>
    </message>
    <message>
        <source>A field shown by another field&apos;s answer must stay below that field.</source>
        <translation>ช่องที่แสดงตามคำตอบของช่องอื่นต้องอยู่ถัดจากช่องนั้น</translation>
    </message>
    <message>
        <source>This field no longer exists; it may belong to another office.</source>
        <translation>ไม่พบช่องข้อมูลนี้ อาจถูกลบไปแล้วหรือเป็นของสำนักงานอื่น</translation>
    </message>
    <message>
        <source>Invalid value (%1).</source>
        <translation>ข้อมูลไม่ถูกต้อง (%1)</translation>
    </message>
    <message>
        <source>%1 Traffy types have no category yet: %2</source>
        <translation>ประเภทของ Traffy %1 ประเภทยังไม่ได้กำหนดประเภทเรื่อง: %2</translation>
    </message>
    <message>
        <source>%1 states have no meaning yet: %2</source>
        <translation>สถานะ %1 รายการยังไม่ได้กำหนดความหมาย: %2</translation>
    </message>
    <message>
        <source>The file&apos;s dates read both day-first and month-first: say which order they are in.</source>
        <translation>วันที่ในไฟล์อ่านได้ทั้งแบบวัน/เดือน และเดือน/วัน กรุณาระบุว่าเป็นแบบใด</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>ไฟล์ไม่ได้บันทึกเป็น UTF-8</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>ไฟล์ว่าง ไม่มีหัวตาราง</translation>
    </message>
    <message>
        <source>The file has no ticket id column (ticket_id).</source>
        <translation>ไม่พบคอลัมน์เลขที่เรื่อง (ticket_id) ในไฟล์</translation>
    </message>
    <message>
        <source>The meaning of state &quot;%1&quot; must be waiting, in progress, finished, forwarded or rejected.</source>
        <translation>ความหมายของสถานะ &quot;%1&quot; ต้องเป็น รอรับเรื่อง กำลังดำเนินการ เสร็จสิ้น ส่งต่อ หรือไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Cannot read the mapping file: %1</source>
        <translation>อ่านไฟล์การจับคู่ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The office has no category &quot;%1&quot;.</source>
        <translation>ไม่พบประเภทเรื่อง &quot;%1&quot; ของสำนักงาน</translation>
    </message>
    <message>
        <source>The Traffy file cannot be imported (%1).</source>
        <translation>นำเข้าไฟล์ Traffy ไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>A complaint cannot be a duplicate of itself.</source>
        <translation>เรื่องร้องเรียนเป็นเรื่องซ้ำของตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>%1 is itself a duplicate of %2: link to %2 instead.</source>
        <translation>เรื่อง %1 เป็นเรื่องซ้ำของเรื่อง %2 อยู่แล้ว กรุณาเชื่อมกับเรื่อง %2 แทน</translation>
    </message>
    <message>
        <source>%1 is already a duplicate of %2: split it off first.</source>
        <translation>เรื่อง %1 เป็นเรื่องซ้ำของเรื่อง %2 อยู่แล้ว กรุณาแยกเรื่องออกก่อน</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: only open complaints can be linked as duplicates.</source>
        <translation>เรื่อง %1 อยู่ในสถานะ &quot;%2&quot; เชื่อมเป็นเรื่องซ้ำได้เฉพาะเรื่องที่ยังดำเนินการอยู่</translation>
    </message>
    <message>
        <source>%1 is a duplicate of %2 and follows its status: act on %2 instead.</source>
        <translation>เรื่อง %1 เป็นเรื่องซ้ำของเรื่อง %2 และเปลี่ยนสถานะตามเรื่องนั้น กรุณาดำเนินการที่เรื่อง %2</translation>
    </message>
    <message>
        <source>%1 is not a duplicate of another complaint.</source>
        <translation>เรื่อง %1 ไม่ได้เป็นเรื่องซ้ำของเรื่องอื่น</translation>
    </message>
    <message>
        <source>Choose at least two complaints to merge.</source>
        <translation>กรุณาเลือกเรื่องร้องเรียนอย่างน้อย 2 เรื่องเพื่อรวมกัน</translation>
    </message>
    <message>
        <source>Give the distance for duplicates in whole metres from %1 to %2.</source>
        <translation>ระยะค้นหาเรื่องซ้ำต้องเป็นจำนวนเต็ม %1–%2 เมตร</translation>
    </message>
    <message>
        <source>Give the period for duplicates in whole days from %1 to %2.</source>
        <translation>ช่วงเวลาค้นหาเรื่องซ้ำต้องเป็นจำนวนเต็ม %1–%2 วัน</translation>
    </message>
</context>
<context>
    <name>FieldKinds</name>
    <message>
        <source>Short text</source>
        <translation>ข้อความสั้น</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>ข้อความยาว</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>เลือกได้หนึ่งข้อ</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>เลือกได้หลายข้อ</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>ใช่ / ไม่ใช่</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>ทะเบียนรถ</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward %1</source>
        <translation>ส่งต่อเรื่อง %1</translation>
    </message>
    <message>
        <source>To an office on this server</source>
        <translation>ส่งต่อหน่วยงานในระบบนี้</translation>
    </message>
    <message>
        <source>To an agency outside (prints a forwarding letter)</source>
        <translation>ส่งต่อหน่วยงานภายนอก (พิมพ์หนังสือส่งต่อ)</translation>
    </message>
    <message>
        <source>Addressed to, e.g. the district electricity office&apos;s manager</source>
        <translation>เรียน เช่น ผู้จัดการการไฟฟ้าส่วนภูมิภาคอำเภอ…</translation>
    </message>
    <message>
        <source>Why is it theirs? This goes into both histories and the letter.</source>
        <translation>เหตุใดจึงอยู่ในอำนาจหน้าที่ของหน่วยงานนั้น (บันทึกในประวัติทั้งสองฝ่ายและในหนังสือ)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The complaint becomes “forwarded” here; its number still finds it and says where it went.</source>
        <translation>เรื่องนี้จะมีสถานะ “ส่งต่อหน่วยงานอื่น” เลขที่รับเรื่องเดิมยังค้นพบได้ และแสดงว่าส่งต่อไปที่ใด</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>เหตุผล (ต้องระบุ):</translation>
    </message>
</context>
<context>
    <name>HistoryNotes</name>
    <message>
        <source>Forwarded to %1, number %2</source>
        <translation>ส่งต่อ%1 เลขที่ %2</translation>
    </message>
    <message>
        <source>Forwarded from %1, number %2</source>
        <translation>ส่งต่อจาก%1 เลขที่ %2</translation>
    </message>
    <message>
        <source>Forwarded to %1 by letter %2</source>
        <translation>ส่งต่อ%1 หนังสือที่ %2</translation>
    </message>
    <message>
        <source>Categories merged in Settings</source>
        <translation>รวมประเภทเรื่องในหน้าตั้งค่า</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>ผลการปฏิบัติงาน: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>เหตุผล: %1</translation>
    </message>
    <message>
        <source>Approved and closed</source>
        <translation>อนุมัติปิดเรื่อง</translation>
    </message>
    <message>
        <source>Sent back to the crew</source>
        <translation>ส่งกลับให้ทีมแก้ไข</translation>
    </message>
    <message>
        <source>Imported from Traffy Fondue, ticket %1</source>
        <translation>นำเข้าจาก Traffy Fondue เรื่อง %1</translation>
    </message>
    <message>
        <source>Traffy Fondue says ticket %1 is: %2</source>
        <translation>Traffy Fondue แจ้งสถานะเรื่อง %1: %2</translation>
    </message>
    <message>
        <source>Moved from %1 to %2, planned for %3</source>
        <translation>ย้ายงานจาก%1ไปยัง%2 กำหนดปฏิบัติงาน %3</translation>
    </message>
    <message>
        <source>Assigned to %1, planned for %2</source>
        <translation>มอบหมาย%1 กำหนดปฏิบัติงาน %2</translation>
    </message>
    <message>
        <source>Instruction: %1</source>
        <translation>ข้อสั่งการ: %1</translation>
    </message>
    <message>
        <source>Linked as a duplicate of %1</source>
        <translation>รวมเป็นเรื่องซ้ำของเรื่องเลขที่ %1</translation>
    </message>
    <message>
        <source>%1 linked as a duplicate of this complaint</source>
        <translation>เรื่องเลขที่ %1 รวมเป็นเรื่องซ้ำของเรื่องนี้</translation>
    </message>
    <message>
        <source>Status follows the main complaint %1</source>
        <translation>เปลี่ยนสถานะตามเรื่องหลักเลขที่ %1</translation>
    </message>
    <message>
        <source>Split from %1: a complaint of its own again</source>
        <translation>แยกออกจากเรื่องเลขที่ %1 เป็นเรื่องต่างหาก</translation>
    </message>
    <message>
        <source>%1 split off as a complaint of its own</source>
        <translation>แยกเรื่องเลขที่ %1 ออกเป็นเรื่องต่างหาก</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineWidget</name>
    <message>
        <source>Categories merged in Settings</source>
        <translation>รวมประเภทเรื่องในหน้าตั้งค่า</translation>
    </message>
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
    <name>IdleLockBox</name>
    <message>
        <source>Shared counter PC</source>
        <translation>เครื่องใช้ร่วมที่เคาน์เตอร์</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่ล็อก</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Lock the desk after (minutes)</source>
        <translation>ล็อกหน้าจอเมื่อไม่มีการใช้งานนาน (นาที)</translation>
    </message>
    <message>
        <source>A desk nobody has touched for this long locks itself: its user unlocks it with their password, or another user signs in. 0 means never. Every desk of the office follows it.</source>
        <translation>เครื่องที่ไม่มีผู้ใช้แตะแป้นพิมพ์หรือเมาส์นานเท่านี้จะล็อกหน้าจอเอง ผู้ใช้เดิมปลดล็อกด้วยรหัสผ่านของตน หรือผู้ใช้อื่นลงชื่อเข้าใช้แทน 0 คือไม่ล็อก ใช้กับทุกเครื่องของหน่วยงาน</translation>
    </message>
    <message>
        <source>Lock the desk after</source>
        <translation>ล็อกหน้าจอเมื่อไม่มีการใช้งานนาน</translation>
    </message>
    <message>
        <source>without keyboard or mouse</source>
        <translation>(ไม่มีการใช้แป้นพิมพ์หรือเมาส์)</translation>
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
        <source>Send to Traffy Fondue</source>
        <translation>ส่งเข้า Traffy Fondue</translation>
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
        <source>Reads</source>
        <translation>ภาษาของผู้ร้อง</translation>
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
    <message>
        <source>Enter: save and print · Esc: clear the form · Ctrl+P: reprint the last receipt · Ctrl+Shift+P: print with options</source>
        <translation>Enter: บันทึกและพิมพ์ · Esc: ล้างแบบฟอร์ม · Ctrl+P: พิมพ์ใบรับเรื่องล่าสุดซ้ำ · Ctrl+Shift+P: ตัวเลือกการพิมพ์</translation>
    </message>
    <message>
        <source>Receipt %1: %2</source>
        <translation>ใบรับเรื่องเลขที่ %1: %2</translation>
    </message>
    <message>
        <source>Ctrl+P prints it again.</source>
        <translation>กด Ctrl+P เพื่อพิมพ์อีกครั้ง</translation>
    </message>
    <message numerus="yes">
        <source>Logged today: %n</source>
        <translation>
            <numerusform>วันนี้รับเรื่องแล้ว %n เรื่อง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakePhotosWidget</name>
    <message>
        <source>Photos</source>
        <translation>รูปถ่าย</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(จำเป็น)</translation>
    </message>
    <message>
        <source>Attach photo…</source>
        <translation>แนบรูปถ่าย…</translation>
    </message>
    <message>
        <source>Choose picture files (%1)</source>
        <translation>เลือกไฟล์รูปภาพ (%1)</translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation>วางรูปจากคลิปบอร์ด</translation>
    </message>
    <message>
        <source>Paste a picture copied from another program</source>
        <translation>วางรูปที่คัดลอกมาจากโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>or drag picture files here</source>
        <translation>หรือลากไฟล์รูปภาพมาวางที่นี่</translation>
    </message>
    <message>
        <source>Attached photos</source>
        <translation>รูปถ่ายที่แนบ</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>นำรูปออก</translation>
    </message>
    <message>
        <source>Remove the chosen photo (Delete)</source>
        <translation>นำรูปที่เลือกออก (Delete)</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>แนบรูปถ่าย</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>รูปภาพ (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>ในคลิปบอร์ดไม่มีรูปภาพ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
</context>
<context>
    <name>JobCardDelegate</name>
    <message>
        <source>Plan %1</source>
        <translation>แผน %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>ใบสั่ง %1</translation>
    </message>
    <message>
        <source>No work order</source>
        <translation>ยังไม่ออกใบสั่งงาน</translation>
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
        <source>Counter clerk</source>
        <translation>เจ้าหน้าที่รับเรื่อง</translation>
    </message>
    <message>
        <source>Crew leader</source>
        <translation>หัวหน้าชุดปฏิบัติงาน</translation>
    </message>
    <message>
        <source>Executive (mayor)</source>
        <translation>ผู้บริหาร (นายก)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ดำเนินการแล้วเสร็จ</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>ดำเนินการบางส่วน</translation>
    </message>
    <message>
        <source>Could not be done</source>
        <translation>ดำเนินการไม่ได้</translation>
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
    <message>
        <source>Reads</source>
        <translation>ภาษาของผู้ร้อง</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>The language could not be kept for your next sign-in: %1</source>
        <translation>บันทึกภาษาที่เลือกไว้สำหรับการเข้าระบบครั้งถัดไปไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message numerus="yes">
        <source>Preparing %n letter(s)…</source>
        <translation>
            <numerusform>กำลังจัดทำหนังสือ %n ฉบับ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>หนังสือที่ %1</translation>
    </message>
    <message numerus="yes">
        <source>Closure letters (%n)</source>
        <translation>
            <numerusform>หนังสือแจ้งผลการดำเนินการ (%n ฉบับ)</numerusform>
        </translation>
    </message>
    <message>
        <source>letter-%1.pdf</source>
        <translation>หนังสือ-%1.pdf</translation>
    </message>
    <message>
        <source>letters-%1-to-%2.pdf</source>
        <translation>หนังสือ-%1-ถึง-%2.pdf</translation>
    </message>
    <message>
        <source>closure-letters.pdf</source>
        <translation>หนังสือแจ้งผล.pdf</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Only the administrator can change these settings.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่แก้ไขการตั้งค่านี้ได้</translation>
    </message>
    <message>
        <source>Letterhead and signature block</source>
        <translation>หัวหนังสือและส่วนลงนาม</translation>
    </message>
    <message>
        <source>e.g. ชม 52101</source>
        <translation>เช่น ชม 52101</translation>
    </message>
    <message>
        <source>Use Thai digits (๑๒๓)</source>
        <translation>ใช้เลขไทย (๑๒๓)</translation>
    </message>
    <message>
        <source>Document code:</source>
        <translation>รหัสหนังสือ (ที่):</translation>
    </message>
    <message>
        <source>Signatory:</source>
        <translation>ผู้ลงนาม:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>ตำแหน่ง:</translation>
    </message>
    <message>
        <source>Division (footer):</source>
        <translation>ส่วนราชการเจ้าของเรื่อง:</translation>
    </message>
    <message>
        <source>One line per printed line, e.g. a second line for &quot;acting on behalf of&quot;.</source>
        <translation>แต่ละบรรทัดพิมพ์เป็นหนึ่งบรรทัดในหนังสือ เช่น ขึ้นบรรทัดใหม่หลัง &quot;ปฏิบัติราชการแทน&quot;</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation>ตราสัญลักษณ์</translation>
    </message>
    <message>
        <source>Garuda or office seal, printed 3 cm high; also the receipt&apos;s logo.</source>
        <translation>ตราครุฑหรือตราหน่วยงาน พิมพ์สูง 3&#xa0;ซม. และใช้เป็นโลโก้บนใบรับเรื่อง</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>ลายมือชื่อ (ภาพสแกน)</translation>
    </message>
    <message>
        <source>Printed above the signatory&apos;s name.</source>
        <translation>พิมพ์เหนือชื่อผู้ลงนาม</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>A chosen or removed picture is saved at once, even if you press Cancel.</source>
        <translation>รูปที่เลือกหรือนำออกจะบันทึกทันที แม้จะกดยกเลิก</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>ไม่มีรูป</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>เลือกรูปภาพ</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>e.g. 1กข 1234 เชียงใหม่</source>
        <translation>เช่น 1กข 1234 เชียงใหม่</translation>
    </message>
    <message>
        <source>e.g. 081 234 5678</source>
        <translation>เช่น 081 234 5678</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 14:30</source>
        <translation>ชม.:นาที เช่น 14:30</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>ไม่น้อยกว่า %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>ไม่เกิน %1</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>another desk</source>
        <translation>อีกจุดบริการหนึ่ง</translation>
    </message>
    <message>
        <source>This complaint was changed by %1 on %2</source>
        <translation>เรื่องนี้ถูกแก้ไขโดย %1 เมื่อ %2</translation>
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
    <name>LockScreen</name>
    <message>
        <source>Locked — Fondue Desk</source>
        <translation>ล็อกหน้าจอ — Fondue Desk</translation>
    </message>
    <message>
        <source>This desk is locked</source>
        <translation>หน้าจอนี้ถูกล็อก</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>ผู้ใช้ที่ลงชื่อเข้าใช้อยู่: %1 (%2)</translation>
    </message>
    <message>
        <source>Enter your password to go on with your work. Someone else signs in with their own name; the work left open here is then closed without saving.</source>
        <translation>กรอกรหัสผ่านเพื่อทำงานต่อ หากเป็นผู้ใช้อื่น ให้ลงชื่อเข้าใช้ด้วยชื่อผู้ใช้ของตนเอง งานที่ค้างอยู่บนหน้าจอนี้จะถูกปิดโดยไม่บันทึก</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>เปลี่ยนผู้ใช้</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>กรุณากรอกชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>กรุณากรอกรหัสผ่าน</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Fondue Desk</source>
        <translation>เข้าสู่ระบบ — Fondue Desk</translation>
    </message>
    <message>
        <source>e.g. clerk1</source>
        <translation>เช่น clerk1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Complaint desk — sign in to continue</source>
        <translation>ระบบรับเรื่องร้องเรียน — กรุณาเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>กรุณากรอกชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>กรุณากรอกรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Fondue Desk</source>
        <translation>%1 — Fondue Desk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ภาพรวม</translation>
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
        <source>Crews</source>
        <translation>ทีมช่าง</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>รอลงนาม</translation>
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
        <source>A demo office: invented data, not for real complaints</source>
        <translation>สำนักงานตัวอย่าง: ข้อมูลสมมติ ห้ามใช้รับเรื่องร้องเรียนจริง</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>Outgoing letters register…</source>
        <translation>ทะเบียนหนังสือส่ง…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>เปลี่ยนรหัสผ่าน…</translation>
    </message>
    <message>
        <source>Sign out / switch user…</source>
        <translation>ออกจากระบบ / เปลี่ยนผู้ใช้…</translation>
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
        <source>&amp;Reports</source>
        <translation>รายงาน (&amp;R)</translation>
    </message>
    <message>
        <source>Monthly council report…</source>
        <translation>รายงานผลการดำเนินงานเรื่องร้องเรียนประจำเดือน…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>ตั้งค่า (&amp;S)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>ตั้งค่า…</translation>
    </message>
    <message>
        <source>Crews…</source>
        <translation>ทีมช่าง…</translation>
    </message>
    <message>
        <source>Map…</source>
        <translation>แผนที่…</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>หนังสือราชการ…</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>ผู้ใช้งาน…</translation>
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
        <source>About Fondue Desk</source>
        <translation>เกี่ยวกับ Fondue Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fondue Desk&lt;/b&gt; %1&lt;br&gt;Complaint desk for Thai sub-district offices.&lt;br&gt;Thai font: Sarabun (SIL Open Font License).&lt;br&gt;Sub-district list: GeoThai (CC BY 4.0).</source>
        <translation>&lt;b&gt;Fondue Desk&lt;/b&gt; %1&lt;br&gt;ระบบรับเรื่องร้องเรียนสำหรับองค์กรปกครองส่วนท้องถิ่นระดับตำบล&lt;br&gt;แบบอักษรภาษาไทย: Sarabun (SIL Open Font License)&lt;br&gt;ข้อมูลตำบล: GeoThai (CC BY 4.0)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>สำรองข้อมูล (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>กู้คืนข้อมูลจากไฟล์สำรอง (&amp;R)…</translation>
    </message>
    <message>
        <source>Import from Traffy Fondue…</source>
        <translation>นำเข้าจาก Traffy Fondue…</translation>
    </message>
    <message>
        <source>Only the counter staff and the admin import complaints.</source>
        <translation>เฉพาะเจ้าหน้าที่รับเรื่องและผู้ดูแลระบบเท่านั้นที่นำเข้าเรื่องร้องเรียนได้</translation>
    </message>
    <message>
        <source>Traffy Fondue import: %1 added, %2 updated</source>
        <translation>นำเข้าจาก Traffy Fondue: เพิ่ม %1 เรื่อง ปรับปรุง %2 เรื่อง</translation>
    </message>
    <message>
        <source>Traffy Fondue sync…</source>
        <translation>การเชื่อมข้อมูล Traffy Fondue…</translation>
    </message>
    <message>
        <source>Traffy ticket %1 for %2: Ctrl+P reprints the receipt with it</source>
        <translation>ได้เลขเรื่อง Traffy %1 สำหรับเรื่องเลขที่ %2 แล้ว: กด Ctrl+P เพื่อพิมพ์ใบรับเรื่องที่มีเลข Traffy</translation>
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
    <message>
        <source>Clear selection</source>
        <translation>ล้างการเลือก</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>มอบหมาย…</translation>
    </message>
    <message>
        <source>Assign the selected complaints to a crew</source>
        <translation>มอบหมายเรื่องที่เลือกให้ทีมช่าง</translation>
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
        <source>%n complaint(s) selected on the map (Shift+drag)</source>
        <translation>
            <numerusform>เลือก %n เรื่องบนแผนที่ (Shift+ลาก)</numerusform>
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
        <source>Map for use without internet</source>
        <translation>แผนที่สำหรับใช้เมื่อไม่มีอินเทอร์เน็ต</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Map tiles shown while online are kept on each computer and shown when the internet is down. Beyond this size the tiles not seen for longest are removed. Only tiles someone has looked at are downloaded (OpenStreetMap&apos;s rules).</source>
        <translation>แผ่นแผนที่ที่เปิดดูขณะเชื่อมต่ออินเทอร์เน็ตจะเก็บไว้ในเครื่องแต่ละเครื่อง และแสดงได้เมื่ออินเทอร์เน็ตใช้งานไม่ได้ หากเกินขนาดนี้ ระบบจะลบแผ่นที่ไม่ได้เปิดดูนานที่สุดออก และจะดาวน์โหลดเฉพาะแผ่นที่มีผู้เปิดดูเท่านั้น (ตามข้อกำหนดของ OpenStreetMap)</translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation>เก็บไว้ไม่เกิน:</translation>
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
    <name>MappingTable</name>
    <message>
        <source>Rows</source>
        <translation>จำนวนแถว</translation>
    </message>
    <message>
        <source>(no type given)</source>
        <translation>(ไม่ระบุประเภท)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge categories</source>
        <translation>รวมประเภทเรื่อง</translation>
    </message>
    <message>
        <source>%1 (%2 complaints)</source>
        <translation>%1 (%2 เรื่อง)</translation>
    </message>
    <message>
        <source>The complaints of the ticked categories move to the category below; each complaint&apos;s history says so. The ticked categories are retired. This cannot be undone.</source>
        <translation>เรื่องร้องเรียนของประเภทที่เลือกไว้จะย้ายไปอยู่ในประเภทด้านล่าง และบันทึกไว้ในประวัติของแต่ละเรื่อง ประเภทที่เลือกไว้จะถูกเลิกใช้ การรวมนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>รวมเรื่องซ้ำ</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>ถัดไป…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Which complaint stays?</source>
        <translation>เก็บเรื่องใดไว้เป็นเรื่องหลัก</translation>
    </message>
    <message numerus="yes">
        <source>These %n complaints report the same problem. Choose the one that stays: the others become its duplicates and follow its status. Up/Down: choose · Enter: next</source>
        <translation>
            <numerusform>เรื่องทั้ง %n เรื่องนี้แจ้งปัญหาเดียวกัน เลือกเรื่องที่จะเก็บไว้เป็นเรื่องหลัก เรื่องอื่นจะเป็นเรื่องซ้ำและเปลี่ยนสถานะตามเรื่องหลัก · ลูกศรขึ้น/ลง: เลือก · Enter: ถัดไป</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge these complaints?</source>
        <translation>ยืนยันการรวมเรื่อง</translation>
    </message>
    <message>
        <source>%1 stays. %2 become(s) its duplicates: they take its status (%3) and follow it from now on. Every history is kept, and every named complainant is still told the outcome. Split undoes this.</source>
        <translation>เก็บเรื่องเลขที่ %1 ไว้เป็นเรื่องหลัก เรื่องเลขที่ %2 จะเป็นเรื่องซ้ำ ได้สถานะเดียวกับเรื่องหลัก (%3) และเปลี่ยนสถานะตามเรื่องหลักนับจากนี้ ประวัติของทุกเรื่องยังอยู่ครบ และผู้ร้องเรียนที่ระบุชื่อทุกคนยังได้รับแจ้งผลเช่นเดิม หากต้องการยกเลิกให้ใช้คำสั่งแยกเรื่อง</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>เรื่องหลัก</translation>
    </message>
    <message>
        <source>Becomes a duplicate</source>
        <translation>เป็นเรื่องซ้ำ</translation>
    </message>
    <message>
        <source>Merge these:</source>
        <translation>รวมประเภทเหล่านี้:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>เข้ากับ:</translation>
    </message>
    <message>
        <source>Move %1 complaint(s) from %2 to %3 and retire %2?</source>
        <translation>ย้ายเรื่องร้องเรียน %1 เรื่องจาก %2 ไปที่ %3 และเลิกใช้ %2 หรือไม่</translation>
    </message>
</context>
<context>
    <name>MessageBarWidget</name>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>NetworkShareWarning</name>
    <message>
        <source>The database file is on a network share:
%1

SQLite is not safe over a network: when desks on several PCs share one file, complaints can be lost or the file damaged.

What to do: desks on several PCs need a PostgreSQL server (the guide docs/shared-server.md shows how). A desk working alone should keep its database on this PC&apos;s own disk.</source>
        <translation>ไฟล์ฐานข้อมูลอยู่บนไดรฟ์เครือข่าย:
%1

SQLite ใช้ร่วมกันผ่านเครือข่ายไม่ปลอดภัย หากหลายเครื่องเปิดไฟล์เดียวกัน ข้อมูลเรื่องร้องเรียนอาจสูญหายหรือไฟล์อาจเสียหายได้

วิธีแก้ไข: หากใช้งานหลายเครื่อง ต้องใช้เครื่องแม่ข่าย PostgreSQL (ดูวิธีติดตั้งในคู่มือ docs/shared-server.md) หากใช้งานเครื่องเดียว ให้เก็บฐานข้อมูลไว้ในดิสก์ของเครื่องนี้</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>ฐานข้อมูลอยู่บนไดรฟ์เครือข่าย</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <source>Formats</source>
        <translation>รูปแบบเลขที่</translation>
    </message>
    <message>
        <source>Tracking numbers:</source>
        <translation>เลขที่รับเรื่อง:</translation>
    </message>
    <message>
        <source>Work orders:</source>
        <translation>ใบสั่งงาน:</translation>
    </message>
    <message>
        <source>Next number:</source>
        <translation>เลขถัดไป:</translation>
    </message>
    <message>
        <source>{seq} is the running number ({seq:06d}: six digits with leading zeros), {fy} the fiscal year (Buddhist Era), {year} the same year. Work orders restart every fiscal year, so their format needs {fy}. Any other text is printed as it is, e.g. มห{fy}/{seq:04d}.</source>
        <translation>{seq} คือเลขลำดับ ({seq:06d} คือเลข 6 หลักเติมศูนย์ข้างหน้า) {fy} คือปีงบประมาณ (พ.ศ.) {year} คือปีเดียวกัน ใบสั่งงานเริ่มนับใหม่ทุกปีงบประมาณ รูปแบบจึงต้องมี {fy} ข้อความอื่นจะพิมพ์ตามที่เขียนไว้ เช่น มห{fy}/{seq:04d}</translation>
    </message>
    <message>
        <source>A change applies from the next number. Numbers already given are never changed, and the running numbers go on.</source>
        <translation>รูปแบบใหม่มีผลตั้งแต่เลขถัดไป เลขที่ออกไปแล้วจะไม่ถูกเปลี่ยน และเลขลำดับนับต่อจากเดิม</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>The letterhead of receipts, work orders and letters. The signatory is set on the Letters page.</source>
        <translation>ข้อมูลหัวกระดาษของใบรับเรื่อง ใบสั่งงาน และหนังสือ ส่วนผู้ลงนามกำหนดที่หน้า หนังสือ</translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <source>Type the sub-district, then pick it from the list</source>
        <translation>พิมพ์ชื่อตำบล แล้วเลือกจากรายการ</translation>
    </message>
    <message>
        <source>e.g. Mae Hia Subdistrict Municipality (empty: the Thai name only)</source>
        <translation>เช่น Mae Hia Subdistrict Municipality (เว้นว่าง: ใช้ชื่อภาษาไทยเท่านั้น)</translation>
    </message>
    <message>
        <source>e.g. รอ 78501</source>
        <translation>เช่น รอ 78501</translation>
    </message>
    <message>
        <source>latitude, longitude, or paste a Google Maps / OpenStreetMap link</source>
        <translation>ละติจูด, ลองจิจูด หรือวางลิงก์ Google Maps / OpenStreetMap</translation>
    </message>
    <message>
        <source>Pick on map…</source>
        <translation>เลือกบนแผนที่…</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>เลือกรูปภาพ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Kind of office</source>
        <translation>ประเภทองค์กรปกครองส่วนท้องถิ่น</translation>
    </message>
    <message>
        <source>Sub-district (tambon)</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>ชื่อสำนักงาน</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Document code (ที่)</source>
        <translation>รหัสหนังสือ (ที่)</translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation>ตราสัญลักษณ์</translation>
    </message>
    <message>
        <source>Office location</source>
        <translation>ที่ตั้งสำนักงาน</translation>
    </message>
    <message>
        <source>Choose the office emblem</source>
        <translation>เลือกตราสัญลักษณ์ของสำนักงาน</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Not picked from the official list</source>
        <translation>ยังไม่ได้เลือกจากรายชื่อตำบลของกรมการปกครอง</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>อ่านได้เป็นพิกัด %1</translation>
    </message>
    <message>
        <source>No emblem</source>
        <translation>ไม่มีตรา</translation>
    </message>
</context>
<context>
    <name>Open311Exporter</name>
    <message>
        <source>Export Open311 (GeoReport v2)…</source>
        <translation>ส่งออกแบบ Open311 (GeoReport v2)…</translation>
    </message>
    <message>
        <source>Save the complaints shown, with the categories, as Open311 GeoReport v2 files (JSON and XML) for other systems</source>
        <translation>บันทึกเรื่องร้องเรียนที่แสดงอยู่พร้อมประเภทเรื่องเป็นแฟ้มมาตรฐาน Open311 GeoReport v2 (JSON และ XML) สำหรับส่งให้ระบบอื่น</translation>
    </message>
    <message>
        <source>Open311…</source>
        <translation>Open311…</translation>
    </message>
    <message>
        <source>Export Open311 (GeoReport v2): choose a folder</source>
        <translation>ส่งออกแบบ Open311 (GeoReport v2): เลือกโฟลเดอร์ที่จะบันทึก</translation>
    </message>
    <message>
        <source>Exporting Open311 files…</source>
        <translation>กำลังส่งออกแฟ้ม Open311…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Open311 export cancelled; the folder is as it was</source>
        <translation>ยกเลิกการส่งออก Open311 แล้ว แฟ้มในโฟลเดอร์ยังเหมือนเดิม</translation>
    </message>
    <message>
        <source>Exported %1 complaints and %2 categories as Open311 files to %3</source>
        <translation>ส่งออกเรื่องร้องเรียน %1 เรื่อง และประเภทเรื่อง %2 ประเภท เป็นแฟ้ม Open311 ไว้ที่ %3 แล้ว</translation>
    </message>
    <message>
        <source>Open311 export failed</source>
        <translation>ส่งออกแบบ Open311 ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The files could not be written:
%1</source>
        <translation>บันทึกแฟ้มไม่ได้:
%1</translation>
    </message>
</context>
<context>
    <name>OutgoingRegisterDialog</name>
    <message>
        <source>Outgoing letters register</source>
        <translation>ทะเบียนหนังสือส่ง</translation>
    </message>
    <message>
        <source>Search number, recipient, subject or tracking no.…</source>
        <translation>ค้นหาเลขที่หนังสือ ผู้รับ เรื่อง หรือเลขที่รับเรื่อง…</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>พิมพ์ทะเบียน</translation>
    </message>
    <message>
        <source>The whole register of the chosen year</source>
        <translation>ทะเบียนทั้งปีที่เลือก</translation>
    </message>
    <message>
        <source>Print selected letters</source>
        <translation>พิมพ์หนังสือที่เลือก</translation>
    </message>
    <message>
        <source>Print all of today&apos;s letters</source>
        <translation>พิมพ์หนังสือทั้งหมดของวันนี้</translation>
    </message>
    <message>
        <source>Every letter dated today, in one print job</source>
        <translation>หนังสือทุกฉบับที่ลงวันที่วันนี้ พิมพ์ในครั้งเดียว</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>B.E. %1</source>
        <translation>พ.ศ. %1</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>ปี:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 letters</source>
        <translation>%1 จาก %2 ฉบับ</translation>
    </message>
    <message>
        <source>Print selected letters (%1)</source>
        <translation>พิมพ์หนังสือที่เลือก (%1)</translation>
    </message>
    <message>
        <source>No letters are dated today.</source>
        <translation>ไม่มีหนังสือที่ลงวันที่วันนี้</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s letters (%n)</source>
        <translation>
            <numerusform>หนังสือของวันนี้ (%n ฉบับ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutgoingRegisterModel</name>
    <message>
        <source>No.</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Reference / tracking no.</source>
        <translation>อ้างถึง/เลขรับเรื่อง</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>ผู้ลงนาม</translation>
    </message>
</context>
<context>
    <name>PdfJobDialog</name>
    <message>
        <source>Preparing the document…</source>
        <translation>กำลังจัดทำเอกสาร…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Print every page as one job (Ctrl+P)</source>
        <translation>พิมพ์ทุกหน้าในครั้งเดียว (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>Print with options…</source>
        <translation>ตัวเลือกการพิมพ์…</translation>
    </message>
    <message>
        <source>Choose the printer and copies (Ctrl+Shift+P)</source>
        <translation>เลือกเครื่องพิมพ์และจำนวนชุด (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation>%n หน้า</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>จัดทำเอกสารไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Print every page as one job on the A4 printer (Ctrl+P)</source>
        <translation>พิมพ์ทุกหน้าเป็นงานเดียวที่เครื่องพิมพ์ A4 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
</context>
<context>
    <name>PdfSaving</name>
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
    <name>PeriodChooser</name>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 เดือนล่าสุด</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>ช่วงวันที่</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ช่วงเวลา (&amp;P):</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>The first day is after the last day</source>
        <translation>วันเริ่มต้นอยู่หลังวันสิ้นสุด</translation>
    </message>
</context>
<context>
    <name>PhotoCompareDialog</name>
    <message>
        <source>Before and after: %1</source>
        <translation>ก่อนและหลังดำเนินการ: %1</translation>
    </message>
    <message>
        <source>No photo from the complaint</source>
        <translation>ไม่มีรูปจากการแจ้งเรื่อง</translation>
    </message>
    <message>
        <source>No photo of the finished work</source>
        <translation>ไม่มีรูปผลงานที่เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อนดำเนินการ</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลังดำเนินการ</translation>
    </message>
    <message>
        <source>Esc closes this window.</source>
        <translation>กด Esc เพื่อปิดหน้าต่างนี้</translation>
    </message>
</context>
<context>
    <name>PhotoGalleryWidget</name>
    <message>
        <source>Click to see the full picture</source>
        <translation>คลิกเพื่อดูรูปขนาดเต็ม</translation>
    </message>
</context>
<context>
    <name>PhotosBox</name>
    <message>
        <source>Photos</source>
        <translation>รูปถ่าย</translation>
    </message>
    <message>
        <source>Keep the original of every photo</source>
        <translation>เก็บไฟล์ต้นฉบับของรูปถ่ายทุกรูป</translation>
    </message>
    <message>
        <source>Photos are stored at most %1 pixels wide or high, which is sharp on screen and on paper and keeps the database and its backups small. Keep the originals only when the office needs every detail; photos already attached stay as they are.</source>
        <translation>ระบบจะเก็บรูปถ่ายโดยย่อให้ด้านกว้างหรือด้านสูงไม่เกิน %1 จุด ซึ่งยังคมชัดทั้งบนจอและเมื่อพิมพ์ และช่วยให้ฐานข้อมูลและไฟล์สำรองมีขนาดเล็ก ให้เลือกเก็บต้นฉบับเฉพาะเมื่อสำนักงานต้องการรายละเอียดครบทุกจุด รูปที่แนบไว้แล้วจะคงอยู่ตามเดิม</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Import settings</source>
        <translation>นำเข้าการตั้งค่า</translation>
    </message>
    <message>
        <source>Importing this file would make these changes:</source>
        <translation>การนำเข้าไฟล์นี้จะเปลี่ยนแปลงดังนี้:</translation>
    </message>
    <message>
        <source>The file matches the office&apos;s settings: nothing would change.</source>
        <translation>ไฟล์ตรงกับการตั้งค่าของหน่วยงานแล้ว ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Categories, villages and crews that complaints use are retired, never deleted. Users and passwords are not touched.</source>
        <translation>ประเภทเรื่อง หมู่บ้าน และทีมช่างที่มีเรื่องร้องเรียนใช้อยู่จะถูกเลิกใช้ ไม่ถูกลบ ผู้ใช้และรหัสผ่านไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>A5 sheet</source>
        <translation>กระดาษ A5</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>ม้วนกระดาษ 80 มม.</translation>
    </message>
    <message>
        <source>These printers belong to this computer only: every counter chooses its own, and the choice stays on this computer. Documents then print straight away, without the print dialog; Ctrl+Shift+P in a preview still opens it.</source>
        <translation>เครื่องพิมพ์ที่เลือกในหน้านี้ใช้กับเครื่องคอมพิวเตอร์นี้เท่านั้น แต่ละจุดบริการเลือกของตนเอง และค่าที่เลือกจะเก็บไว้ในเครื่องนี้ เมื่อเลือกแล้วเอกสารจะพิมพ์ได้ทันทีโดยไม่ต้องผ่านหน้าต่างการพิมพ์ หากต้องการหน้าต่างการพิมพ์ ให้กด Ctrl+Shift+P ในหน้าตัวอย่างเอกสาร</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>ใบรับเรื่อง</translation>
    </message>
    <message>
        <source>Receipt printer:</source>
        <translation>เครื่องพิมพ์ใบรับเรื่อง:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>กระดาษ:</translation>
    </message>
    <message>
        <source>Work orders, letters and registers (A4)</source>
        <translation>ใบสั่งงาน หนังสือ และทะเบียน (A4)</translation>
    </message>
    <message>
        <source>A4 printer:</source>
        <translation>เครื่องพิมพ์ A4:</translation>
    </message>
    <message>
        <source>Ask every time (print dialog)</source>
        <translation>ถามทุกครั้ง (หน้าต่างการพิมพ์)</translation>
    </message>
    <message>
        <source>The system default (%1)</source>
        <translation>เครื่องพิมพ์เริ่มต้นของระบบ (%1)</translation>
    </message>
    <message>
        <source>The system default (none set)</source>
        <translation>เครื่องพิมพ์เริ่มต้นของระบบ (ยังไม่ได้กำหนด)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (ไม่ได้ติดตั้ง)</translation>
    </message>
    <message>
        <source>“%1” is not installed on this computer: printing will ask for a printer until another one is chosen here.</source>
        <translation>“%1” ไม่ได้ติดตั้งอยู่ในเครื่องคอมพิวเตอร์นี้ ระบบจะถามเครื่องพิมพ์ทุกครั้งที่พิมพ์ จนกว่าจะเลือกเครื่องพิมพ์อื่นในหน้านี้</translation>
    </message>
    <message>
        <source>This computer has no default printer: printing will ask for a printer.</source>
        <translation>เครื่องคอมพิวเตอร์นี้ไม่มีเครื่องพิมพ์เริ่มต้น ระบบจะถามเครื่องพิมพ์ทุกครั้งที่พิมพ์</translation>
    </message>
    <message>
        <source>Saved on this computer.</source>
        <translation>บันทึกไว้ในเครื่องคอมพิวเตอร์นี้แล้ว</translation>
    </message>
    <message>
        <source>The choice could not be saved on this computer: %1</source>
        <translation>บันทึกค่าที่เลือกไว้ในเครื่องคอมพิวเตอร์นี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Choose a printer.</source>
        <translation>โปรดเลือกเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>This printer name cannot be used.</source>
        <translation>ใช้ชื่อเครื่องพิมพ์นี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The receipt printer “%1” is not installed on this computer any more.</source>
        <translation>เครื่องพิมพ์ใบรับเรื่อง “%1” ไม่ได้ติดตั้งอยู่ในเครื่องคอมพิวเตอร์นี้แล้ว</translation>
    </message>
    <message>
        <source>The A4 printer “%1” is not installed on this computer any more.</source>
        <translation>เครื่องพิมพ์ A4 “%1” ไม่ได้ติดตั้งอยู่ในเครื่องคอมพิวเตอร์นี้แล้ว</translation>
    </message>
    <message>
        <source>Receipts go to the system&apos;s default printer, but this computer has none.</source>
        <translation>ใบรับเรื่องกำหนดให้พิมพ์ที่เครื่องพิมพ์เริ่มต้นของระบบ แต่เครื่องคอมพิวเตอร์นี้ไม่มีเครื่องพิมพ์เริ่มต้น</translation>
    </message>
    <message>
        <source>A4 documents go to the system&apos;s default printer, but this computer has none.</source>
        <translation>เอกสาร A4 กำหนดให้พิมพ์ที่เครื่องพิมพ์เริ่มต้นของระบบ แต่เครื่องคอมพิวเตอร์นี้ไม่มีเครื่องพิมพ์เริ่มต้น</translation>
    </message>
    <message>
        <source>Choose a printer for this print. To print straight away again, choose the printer in Settings → Printers.</source>
        <translation>โปรดเลือกเครื่องพิมพ์สำหรับการพิมพ์ครั้งนี้ หากต้องการให้พิมพ์ได้ทันทีเหมือนเดิม ให้เลือกเครื่องพิมพ์ที่ ตั้งค่า → เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Printer not found</source>
        <translation>ไม่พบเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>the printer did not accept the job. Is it switched on and connected?</source>
        <translation>เครื่องพิมพ์ไม่รับงานพิมพ์ โปรดตรวจสอบว่าเปิดเครื่องและเชื่อมต่อสายไว้แล้ว</translation>
    </message>
    <message>
        <source>Sent to %1: %n page(s).</source>
        <translation>ส่งไปยัง %1 แล้ว %n หน้า</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>ยังไม่ได้พิมพ์</translation>
    </message>
    <message>
        <source>Could not print on %1: %2</source>
        <translation>พิมพ์ที่ %1 ไม่สำเร็จ: %2</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>The file cannot be imported</source>
        <translation>นำเข้าไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Nothing was changed. Correct the file and import it again.</source>
        <translation>ยังไม่มีการเปลี่ยนแปลงใด ๆ กรุณาแก้ไขไฟล์แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
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
        <source>Print with options…</source>
        <translation>ตัวเลือกการพิมพ์…</translation>
    </message>
    <message>
        <source>Choose the printer and copies (Ctrl+Shift+P)</source>
        <translation>เลือกเครื่องพิมพ์และจำนวนชุด (Ctrl+Shift+P)</translation>
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
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Print on the receipt printer (Ctrl+P)</source>
        <translation>พิมพ์ที่เครื่องพิมพ์ใบรับเรื่อง (Ctrl+P)</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>ใบรับเรื่อง-%1.pdf</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>บันทึกใบรับเรื่องเป็น PDF</translation>
    </message>
</context>
<context>
    <name>RegisterDuplicates</name>
    <message>
        <source>Merge as duplicates…</source>
        <translation>รวมเป็นเรื่องซ้ำ…</translation>
    </message>
    <message>
        <source>Split off from its complaint</source>
        <translation>แยกออกจากเรื่องหลัก</translation>
    </message>
    <message>
        <source>Select two or more complaints to merge.</source>
        <translation>เลือกเรื่องตั้งแต่สองเรื่องขึ้นไปเพื่อรวมเรื่อง</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) merged into %1</source>
        <translation>
            <numerusform>รวม %n เรื่องเข้ากับเรื่องเลขที่ %1 แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) split off: each is its own again</source>
        <translation>
            <numerusform>แยก %n เรื่องออกเป็นเรื่องต่างหากแล้ว</numerusform>
        </translation>
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
        <source>Search tracking no., name, phone, place, details or category…</source>
        <translation>ค้นหาเลขที่รับเรื่อง ชื่อ เบอร์โทร สถานที่ รายละเอียด หรือประเภทเรื่อง…</translation>
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
        <source> (retired)</source>
        <translation> (เลิกใช้)</translation>
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
        <source>Assign…</source>
        <translation>มอบหมาย…</translation>
    </message>
    <message>
        <source>Give the selected complaints to a crew (Ctrl+Shift+A)</source>
        <translation>มอบหมายเรื่องที่เลือกให้ทีมช่าง (Ctrl+Shift+A)</translation>
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
        <source>The register could not be read: %1</source>
        <translation>อ่านทะเบียนเรื่องร้องเรียนไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Assign %1…</source>
        <translation>มอบหมาย %1…</translation>
    </message>
    <message>
        <source>Select at most %1 complaints to assign at once.</source>
        <translation>มอบหมายได้ครั้งละไม่เกิน %1 เรื่อง</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) assigned to %1</source>
        <translation>
            <numerusform>มอบหมาย %n เรื่องให้%1แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีการบันทึกไฟล์</translation>
    </message>
    <message>
        <source>Exported %1 complaints to %2</source>
        <translation>ส่งออก %1 เรื่องไปยัง %2 แล้ว</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) found</source>
        <translation>
            <numerusform>พบ %n เรื่อง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPreviewDialog</name>
    <message>
        <source>Outgoing letters register %1</source>
        <translation>ทะเบียนหนังสือส่ง พ.ศ. %1</translation>
    </message>
    <message>
        <source>Preparing the register…</source>
        <translation>กำลังจัดทำทะเบียน…</translation>
    </message>
    <message>
        <source>outgoing-register-%1.pdf</source>
        <translation>ทะเบียนหนังสือส่ง-%1.pdf</translation>
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
        <source>Details</source>
        <translation>รายละเอียด</translation>
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
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>ตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>A temporary password for %1 (%2). They must change it at the next sign-in; this also lifts a lock.</source>
        <translation>รหัสผ่านชั่วคราวสำหรับ %1 (%2) ผู้ใช้ต้องเปลี่ยนเมื่อเข้าระบบครั้งถัดไป และบัญชีที่ถูกล็อกจะถูกปลดล็อกด้วย</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>รหัสผ่านชั่วคราว</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>ยืนยันรหัสผ่านชั่วคราว</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>ตั้งรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลจากไฟล์สำรอง</translation>
    </message>
    <message>
        <source>(no office)</source>
        <translation>(ไม่มีข้อมูลหน่วยงาน)</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>หน่วยงาน:</translation>
    </message>
    <message>
        <source>Backed up on:</source>
        <translation>สำรองเมื่อ:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>รุ่นโครงสร้างข้อมูล:</translation>
    </message>
    <message>
        <source>%1 (made by Fondue Desk %2)</source>
        <translation>%1 (สร้างโดย Fondue Desk %2)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>ขนาด:</translation>
    </message>
    <message>
        <source>All data in the current database (%1) will be replaced by this backup: complaints, letters, users and settings. Work done since the backup was made will no longer be in the register.</source>
        <translation>ข้อมูลทั้งหมดในฐานข้อมูลปัจจุบัน (%1) จะถูกแทนที่ด้วยไฟล์สำรองนี้ ทั้งเรื่องร้องเรียน หนังสือ ผู้ใช้ และการตั้งค่า งานที่บันทึกหลังวันที่สำรองข้อมูลจะไม่อยู่ในทะเบียนอีกต่อไป</translation>
    </message>
    <message>
        <source>First, a safety backup of the current data is saved in %1, so this can be undone by restoring that file. Close Fondue Desk on every other desk before you continue; this window closes when the restore is done.</source>
        <translation>ก่อนกู้คืน โปรแกรมจะสำรองข้อมูลปัจจุบันไว้ที่ %1 หากต้องการย้อนกลับให้กู้คืนจากไฟล์นั้น กรุณาปิดโปรแกรม Fondue Desk ที่เครื่องอื่นทุกเครื่องก่อนดำเนินการ หน้าต่างนี้จะปิดลงเมื่อกู้คืนเสร็จ</translation>
    </message>
    <message>
        <source>This backup is of another office (%1), not of %2.</source>
        <translation>ไฟล์สำรองนี้เป็นข้อมูลของหน่วยงานอื่น (%1) ไม่ใช่ของ%2</translation>
    </message>
    <message>
        <source>Replace the data with this backup</source>
        <translation>แทนที่ข้อมูลด้วยไฟล์สำรองนี้</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Record the result of %1</source>
        <translation>บันทึกผลการปฏิบัติงาน %1</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ชม.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>e.g. 2 LED lamps 18 W, 5 m of cable</source>
        <translation>เช่น หลอด LED 18 วัตต์ 2 หลอด สายไฟ 5 เมตร</translation>
    </message>
    <message>
        <source>No after-photos yet.</source>
        <translation>ยังไม่มีรูปหลังดำเนินการ</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>เพิ่มรูป…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>บันทึกผล</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>ผลการปฏิบัติงาน:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>รายละเอียด:</translation>
    </message>
    <message>
        <source>Time spent:</source>
        <translation>เวลาที่ใช้:</translation>
    </message>
    <message>
        <source>Materials used:</source>
        <translation>วัสดุที่ใช้:</translation>
    </message>
    <message>
        <source>Worked on:</source>
        <translation>วันที่ปฏิบัติงาน:</translation>
    </message>
    <message>
        <source>After-photos:</source>
        <translation>รูปหลังดำเนินการ:</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>เหตุผล (จำเป็น):</translation>
    </message>
    <message>
        <source>Why was the work not finished?</source>
        <translation>ทำไมงานจึงไม่แล้วเสร็จ</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>เหตุผล (ถ้ามี):</translation>
    </message>
    <message>
        <source>Add after-photos</source>
        <translation>เพิ่มรูปหลังดำเนินการ</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>รูปภาพ (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Send back to the crew</source>
        <translation>ส่งกลับให้ทีมแก้ไข</translation>
    </message>
    <message numerus="yes">
        <source>Send %n complaint(s) back to the crew</source>
        <translation>
            <numerusform>ส่งเรื่องกลับให้ทีมแก้ไข %n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>What must the crew put right?</source>
        <translation>ทีมต้องแก้ไขอะไร</translation>
    </message>
    <message>
        <source>e.g. the lamp at the temple still does not light at night</source>
        <translation>เช่น ไฟหน้าวัดยังไม่ติดตอนกลางคืน</translation>
    </message>
    <message>
        <source>The reason is written in the complaint&apos;s history; the work goes back to &quot;in progress&quot; with the same crew.</source>
        <translation>เหตุผลจะบันทึกไว้ในประวัติของเรื่อง และงานจะกลับไปอยู่ในสถานะ “กำลังดำเนินการ” กับทีมเดิม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>ส่งกลับ</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Traffy types without a category here: choose the category each goes to (the desk remembers it).</source>
        <translation>ประเภทของ Traffy ที่ยังไม่มีหมวดของสำนักงาน: เลือกหมวดให้แต่ละประเภท (โปรแกรมจะจำไว้)</translation>
    </message>
    <message>
        <source>Traffy types without a category here: choose the category each goes to (for this import; the admin&apos;s answers are the ones remembered).</source>
        <translation>ประเภทของ Traffy ที่ยังไม่มีหมวดของสำนักงาน: เลือกหมวดให้แต่ละประเภท (ใช้เฉพาะการนำเข้าครั้งนี้ คำตอบของผู้ดูแลระบบเท่านั้นที่โปรแกรมจะจำไว้)</translation>
    </message>
    <message>
        <source>Traffy type</source>
        <translation>ประเภทใน Traffy</translation>
    </message>
    <message>
        <source>Category here</source>
        <translation>หมวดของสำนักงาน</translation>
    </message>
    <message>
        <source>States the desk does not know: choose what each means (remembered too).</source>
        <translation>สถานะที่โปรแกรมยังไม่รู้จัก: เลือกความหมายของแต่ละสถานะ (โปรแกรมจะจำไว้เช่นกัน)</translation>
    </message>
    <message>
        <source>States the desk does not know: choose what each means (for this import).</source>
        <translation>สถานะที่โปรแกรมยังไม่รู้จัก: เลือกความหมายของแต่ละสถานะ (ใช้เฉพาะการนำเข้าครั้งนี้)</translation>
    </message>
    <message>
        <source>State in the file</source>
        <translation>สถานะในไฟล์</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>ความหมาย</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>บันทึกรายงาน (&amp;S)…</translation>
    </message>
    <message>
        <source>%1 rows will be left out; the others are imported. Fix these in the file and import it again to bring them in.</source>
        <translation>จะไม่นำเข้า %1 แถว แถวอื่นนำเข้าตามปกติ แก้ไขแถวเหล่านี้ในไฟล์แล้วนำเข้าอีกครั้งเพื่อนำเข้าให้ครบ</translation>
    </message>
    <message>
        <source>%1 questions left before the import can start.</source>
        <translation>เหลืออีก %1 คำถามจึงจะเริ่มนำเข้าได้</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation>ค้นหาการตั้งค่า</translation>
    </message>
    <message>
        <source>No settings page matches.</source>
        <translation>ไม่พบหน้าการตั้งค่าที่ตรงกัน</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>นำเข้า…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>SettingsErrors</name>
    <message>
        <source>Give a number of days from %1 to %2.</source>
        <translation>ระบุจำนวนวันตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <source>A village number is from %1 to %2.</source>
        <translation>หมู่ที่ต้องอยู่ระหว่าง %1 ถึง %2</translation>
    </message>
    <message>
        <source>Village %1 already exists.</source>
        <translation>มีหมู่ที่ %1 อยู่แล้ว</translation>
    </message>
    <message>
        <source>Another category already has this name.</source>
        <translation>มีประเภทเรื่องอื่นใช้ชื่อนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>Numbers in this format would be too long (at most %1 characters).</source>
        <translation>เลขที่ตามรูปแบบนี้ยาวเกินไป (ไม่เกิน %1 ตัวอักษร)</translation>
    </message>
    <message>
        <source>Give %1 digits.</source>
        <translation>ระบุตัวเลข %1 หลัก</translation>
    </message>
    <message>
        <source>Choose a colour.</source>
        <translation>เลือกสี</translation>
    </message>
    <message>
        <source>A code is 2–40 lower-case English letters, digits or hyphens, starting with a letter.</source>
        <translation>รหัสต้องเป็นอักษรอังกฤษตัวพิมพ์เล็ก ตัวเลข หรือขีด (-) ยาว 2–40 ตัว และขึ้นต้นด้วยตัวอักษร</translation>
    </message>
    <message>
        <source>Another category already has this code.</source>
        <translation>มีประเภทเรื่องอื่นใช้รหัสนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>Complaints use this category: retire it instead of deleting.</source>
        <translation>มีเรื่องร้องเรียนใช้ประเภทนี้อยู่ ให้เลิกใช้แทนการลบ</translation>
    </message>
    <message>
        <source>This category was merged into another and stays retired.</source>
        <translation>ประเภทนี้ถูกรวมเข้ากับประเภทอื่นแล้ว จึงเลิกใช้ถาวร</translation>
    </message>
    <message>
        <source>A category cannot be merged into itself.</source>
        <translation>รวมประเภทเข้ากับตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>Select the categories to merge.</source>
        <translation>เลือกประเภทเรื่องที่จะรวม</translation>
    </message>
    <message>
        <source>Complaints name this village: retire it instead of deleting.</source>
        <translation>มีเรื่องร้องเรียนอ้างถึงหมู่บ้านนี้ ให้เลิกใช้แทนการลบ</translation>
    </message>
    <message>
        <source>This format cannot be read: check the braces { }.</source>
        <translation>อ่านรูปแบบนี้ไม่ได้ ตรวจสอบวงเล็บปีกกา { }</translation>
    </message>
    <message>
        <source>The format needs {seq}, the running number, and may use {fy} or {year} only.</source>
        <translation>รูปแบบต้องมี {seq} (เลขลำดับ) และใช้ได้เฉพาะ {fy} หรือ {year} เท่านั้น</translation>
    </message>
    <message>
        <source>Work order numbers restart every fiscal year: the format needs {fy}.</source>
        <translation>เลขที่ใบสั่งงานเริ่มนับใหม่ทุกปีงบประมาณ รูปแบบจึงต้องมี {fy}</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>Choose the kind of office.</source>
        <translation>เลือกประเภทหน่วยงาน</translation>
    </message>
    <message>
        <source>The picture is too large.</source>
        <translation>รูปภาพมีขนาดใหญ่เกินไป</translation>
    </message>
    <message>
        <source>Use a PNG or JPEG picture.</source>
        <translation>ใช้รูปภาพแบบ PNG หรือ JPEG</translation>
    </message>
    <message>
        <source>This crew no longer exists.</source>
        <translation>ไม่มีทีมช่างนี้แล้ว</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Backup</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>ประเภทเรื่อง</translation>
    </message>
    <message>
        <source>Crews</source>
        <translation>ทีมช่าง</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>หนังสือ</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>แผนที่</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>เลขที่เอกสาร</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Category questions</source>
        <translation>คำถามของประเภทเรื่อง</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>สถานะเรื่อง</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>แบบข้อความเอกสาร</translation>
    </message>
    <message>
        <source>Traffy Fondue</source>
        <translation>Traffy Fondue</translation>
    </message>
</context>
<context>
    <name>SetupAdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>ผู้ดูแลระบบคนแรก</translation>
    </message>
    <message>
        <source>This account sets up users, categories and everything else. There is no default password: choose one now.</source>
        <translation>บัญชีนี้ใช้กำหนดผู้ใช้ ประเภทเรื่อง และการตั้งค่าอื่นทั้งหมด ระบบไม่มีรหัสผ่านเริ่มต้น โปรดตั้งรหัสผ่านของท่านเองตอนนี้</translation>
    </message>
    <message>
        <source>e.g. somchai.k</source>
        <translation>เช่น somchai.k</translation>
    </message>
    <message>
        <source>e.g. นายสมชาย ใจดี</source>
        <translation>เช่น นายสมชาย ใจดี</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>บัญชีผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Letters are signed by</source>
        <translation>ผู้ลงนามในหนังสือ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>ยืนยันรหัสผ่าน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>At least 8 characters; a short phrase is easier to remember than symbols. User names are lower-case English letters, digits, dot, hyphen or underscore.</source>
        <translation>รหัสผ่านอย่างน้อย 8 ตัวอักษร วลีสั้น ๆ จำง่ายกว่าการใส่สัญลักษณ์ ชื่อผู้ใช้เป็นอักษรภาษาอังกฤษตัวเล็ก ตัวเลข จุด ขีด หรือขีดล่าง</translation>
    </message>
</context>
<context>
    <name>SetupCategoriesPage</name>
    <message>
        <source>Complaint categories and deadlines</source>
        <translation>ประเภทเรื่องร้องเรียนและระยะเวลาดำเนินการ</translation>
    </message>
    <message>
        <source>Start from a ready-made list and adjust it: the SLA is how many days the office gives itself to finish a complaint.</source>
        <translation>เริ่มจากชุดสำเร็จรูปแล้วปรับแก้ได้ ระยะเวลาดำเนินการ (SLA) คือจำนวนวันที่สำนักงานกำหนดให้ดำเนินการแต่ละเรื่องแล้วเสร็จ</translation>
    </message>
    <message>
        <source>Load a configuration file…</source>
        <translation>เปิดไฟล์การตั้งค่า…</translation>
    </message>
    <message>
        <source>Add category (Insert)</source>
        <translation>เพิ่มประเภท (Insert)</translation>
    </message>
    <message>
        <source>Remove row (Ctrl+Delete)</source>
        <translation>ลบแถว (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>สี…</translation>
    </message>
    <message>
        <source>Ready-made list</source>
        <translation>ชุดสำเร็จรูป</translation>
    </message>
    <message>
        <source>Categories can be renamed, merged or retired later in Settings; a category that complaints use is never deleted.</source>
        <translation>ภายหลังสามารถเปลี่ยนชื่อ รวม หรือเลิกใช้ประเภทเรื่องได้ในหน้าตั้งค่า ประเภทที่มีเรื่องร้องเรียนอ้างถึงจะไม่ถูกลบ</translation>
    </message>
    <message>
        <source>From the ready-made list: %1</source>
        <translation>จากชุดสำเร็จรูป: %1</translation>
    </message>
    <message>
        <source>Load a configuration file</source>
        <translation>เปิดไฟล์การตั้งค่า</translation>
    </message>
    <message>
        <source>Fondue Desk configuration (*.yaml *.yml)</source>
        <translation>ไฟล์การตั้งค่า Fondue Desk (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>From the file: %1</source>
        <translation>จากไฟล์: %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>แถวที่ %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… และอีก %1 รายการ</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>สีของประเภทเรื่อง</translation>
    </message>
</context>
<context>
    <name>SetupCategoriesTable</name>
    <message>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>SLA (days)</source>
        <translation>SLA (วัน)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
</context>
<context>
    <name>SetupDemoPage</name>
    <message>
        <source>Try the demo office</source>
        <translation>ทดลองใช้สำนักงานตัวอย่าง</translation>
    </message>
    <message>
        <source>%1: invented people, villages and complaints.</source>
        <translation>%1: บุคคล หมู่บ้าน และเรื่องร้องเรียนสมมติทั้งหมด</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Password of every demo account: %1</source>
        <translation>รหัสผ่านของทุกบัญชีตัวอย่าง: %1</translation>
    </message>
    <message>
        <source>The password is published, so each account must choose its own password at its first sign-in. Every page the demo prints says ตัวอย่าง / DEMO, and the window title and status bar say so too.</source>
        <translation>รหัสผ่านนี้เผยแพร่เป็นสาธารณะ ทุกบัญชีจึงต้องตั้งรหัสผ่านใหม่เมื่อเข้าสู่ระบบครั้งแรก เอกสารทุกหน้าที่พิมพ์จากสำนักงานตัวอย่างมีคำว่า ตัวอย่าง / DEMO และชื่อหน้าต่างกับแถบสถานะก็แสดงเช่นกัน</translation>
    </message>
</context>
<context>
    <name>SetupOfficePage</name>
    <message>
        <source>Our office</source>
        <translation>สำนักงานของเรา</translation>
    </message>
    <message>
        <source>Pick the sub-district from the official list; the office name is suggested from it and can be changed.</source>
        <translation>เลือกตำบลจากรายชื่อของกรมการปกครอง ระบบจะเสนอชื่อสำนักงานให้ และแก้ไขได้</translation>
    </message>
</context>
<context>
    <name>SetupSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Check the details. Finish creates the office and signs you in as its administrator.</source>
        <translation>โปรดตรวจสอบข้อมูล เมื่อกด เสร็จสิ้น ระบบจะสร้างสำนักงานและให้ท่านเข้าสู่ระบบในฐานะผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Everything here can be changed later in Settings.</source>
        <translation>ข้อมูลทั้งหมดนี้แก้ไขภายหลังได้ในหน้าตั้งค่า</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>ประเภทเรื่อง</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>สำนักงาน</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Document code</source>
        <translation>รหัสหนังสือ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ที่ตั้ง</translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation>ตราสัญลักษณ์</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>เลือกแล้ว</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Letters signed by</source>
        <translation>ผู้ลงนามในหนังสือ</translation>
    </message>
    <message>
        <source>Villages (%1)</source>
        <translation>หมู่บ้าน (%1)</translation>
    </message>
    <message>
        <source>Categories (%1)</source>
        <translation>ประเภทเรื่อง (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n วัน)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupVillagesPage</name>
    <message>
        <source>Villages</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>The villages (หมู่) of the office&apos;s area. Copy the rows from Excel and press Ctrl+V in the table, or type them.</source>
        <translation>หมู่บ้าน (หมู่) ในเขตของสำนักงาน คัดลอกแถวจาก Excel แล้วกด Ctrl+V ในตาราง หรือพิมพ์เอง</translation>
    </message>
    <message>
        <source>Add village (Insert)</source>
        <translation>เพิ่มหมู่บ้าน (Insert)</translation>
    </message>
    <message>
        <source>Remove row (Ctrl+Delete)</source>
        <translation>ลบแถว (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>วางจาก Excel</translation>
    </message>
    <message>
        <source>A centre is optional: &quot;latitude, longitude&quot; or a map link. Villages can be added, renamed or retired later in Settings.</source>
        <translation>จุดศูนย์กลางไม่บังคับ: &quot;ละติจูด, ลองจิจูด&quot; หรือลิงก์แผนที่ ภายหลังสามารถเพิ่ม เปลี่ยนชื่อ หรือเลิกใช้หมู่บ้านได้ในหน้าตั้งค่า</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>แถวที่ %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… และอีก %1 รายการ</translation>
    </message>
</context>
<context>
    <name>SetupVillagesTable</name>
    <message>
        <source>Village no.</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <source>Village name</source>
        <translation>ชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <source>English name (optional)</source>
        <translation>ชื่อภาษาอังกฤษ (ถ้ามี)</translation>
    </message>
    <message>
        <source>Centre (optional)</source>
        <translation>จุดศูนย์กลาง (ไม่บังคับ)</translation>
    </message>
</context>
<context>
    <name>SetupWelcomePage</name>
    <message>
        <source>Welcome to Fondue Desk</source>
        <translation>ยินดีต้อนรับสู่ Fondue Desk</translation>
    </message>
    <message>
        <source>This database is empty. How would you like to start?</source>
        <translation>ฐานข้อมูลนี้ยังว่างอยู่ ท่านต้องการเริ่มต้นอย่างไร</translation>
    </message>
    <message>
        <source>Set up our office</source>
        <translation>ตั้งค่าสำนักงานของเรา</translation>
    </message>
    <message>
        <source>Try the demo office</source>
        <translation>ทดลองใช้สำนักงานตัวอย่าง</translation>
    </message>
    <message>
        <source>Enter your office&apos;s details, villages, complaint categories with their deadlines, and the first administrator&apos;s account. It takes a few minutes; everything can be changed later in Settings.</source>
        <translation>กรอกข้อมูลสำนักงาน หมู่บ้าน ประเภทเรื่องร้องเรียนพร้อมระยะเวลาดำเนินการ และบัญชีผู้ดูแลระบบคนแรก ใช้เวลาเพียงไม่กี่นาที และแก้ไขภายหลังได้ในหน้าตั้งค่า</translation>
    </message>
    <message>
        <source>An invented municipality with a year of complaints, to look around and train staff. Everything it prints is marked as a demo. Do not use it for real complaints.</source>
        <translation>เทศบาลสมมติพร้อมเรื่องร้องเรียนหนึ่งปี สำหรับทดลองใช้และฝึกอบรมเจ้าหน้าที่ เอกสารทุกฉบับที่พิมพ์จะมีเครื่องหมายตัวอย่าง ห้ามใช้รับเรื่องร้องเรียนจริง</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Fondue Desk — set-up</source>
        <translation>Fondue Desk — ตั้งค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>ถัดไป &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Leave the set-up?</source>
        <translation>ออกจากการตั้งค่าหรือไม่</translation>
    </message>
    <message>
        <source>What you have entered is not saved, and the database stays empty. Leave the set-up?</source>
        <translation>ข้อมูลที่กรอกไว้จะยังไม่ถูกบันทึก และฐานข้อมูลจะยังว่างอยู่ ต้องการออกจากการตั้งค่าหรือไม่</translation>
    </message>
</context>
<context>
    <name>SignOffBanner</name>
    <message>
        <source>Preview and print letters…</source>
        <translation>ดูและพิมพ์หนังสือ…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>ซ่อนข้อความนี้</translation>
    </message>
    <message numerus="yes">
        <source>Approved and closed %n complaint(s).</source>
        <translation>
            <numerusform>อนุมัติและปิดเรื่องแล้ว %n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Closure letters numbered: %1</source>
        <translation>ออกเลขหนังสือแจ้งผลแล้ว: %1</translation>
    </message>
    <message>
        <source>No letters: the complaints were anonymous.</source>
        <translation>ไม่มีหนังสือแจ้งผล เนื่องจากเป็นเรื่องที่ไม่ประสงค์ออกนาม</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n complaint(s) back to the crew.</source>
        <translation>
            <numerusform>ส่งกลับให้ทีมแก้ไขแล้ว %n เรื่อง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffEvidenceWidget</name>
    <message>
        <source>Select a complaint on the left to see its evidence.</source>
        <translation>เลือกเรื่องทางซ้ายเพื่อดูหลักฐานการดำเนินการ</translation>
    </message>
    <message>
        <source>Open in register</source>
        <translation>เปิดในทะเบียน</translation>
    </message>
    <message>
        <source>The whole complaint with its history</source>
        <translation>ดูเรื่องทั้งหมดพร้อมประวัติ</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>เรื่องที่แจ้ง</translation>
    </message>
    <message>
        <source>What the crew did</source>
        <translation>ผลการดำเนินการของทีม</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>ทีมช่าง</translation>
    </message>
    <message>
        <source>Worked on</source>
        <translation>วันที่ดำเนินการ</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>เวลาที่ใช้</translation>
    </message>
    <message>
        <source>Crew notes</source>
        <translation>บันทึกของทีม</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>วัสดุที่ใช้</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>รูปถ่าย</translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>การพิจารณาครั้งก่อน</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>รับเรื่อง %1</translation>
    </message>
    <message>
        <source>A closure letter will go to %1.</source>
        <translation>จะออกหนังสือแจ้งผลถึง %1</translation>
    </message>
    <message>
        <source>Anonymous complaint: no letter will be written.</source>
        <translation>ผู้ร้องไม่ประสงค์ออกนาม จึงไม่มีหนังสือแจ้งผล</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อนดำเนินการ</translation>
    </message>
    <message>
        <source>No photos from the complaint.</source>
        <translation>ไม่มีรูปจากการแจ้งเรื่อง</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลังดำเนินการ</translation>
    </message>
    <message>
        <source>The crew sent no photos of the work.</source>
        <translation>ทีมไม่ได้ส่งรูปผลงาน</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติ</translation>
    </message>
    <message>
        <source>Returned to the crew</source>
        <translation>ส่งกลับให้ทีมแก้ไข</translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <source>The status of every complaint in this queue</source>
        <translation>สถานะของเรื่องทุกเรื่องในรายการนี้</translation>
    </message>
    <message>
        <source>Outgoing letters register…</source>
        <translation>ทะเบียนหนังสือส่ง…</translation>
    </message>
    <message>
        <source>Every numbered letter; print today&apos;s letters</source>
        <translation>หนังสือที่ออกเลขแล้วทั้งหมด และพิมพ์หนังสือของวันนี้</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <source>Read the queue again (F5)</source>
        <translation>อ่านรายการใหม่ (F5)</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <source>Space: tick · Ctrl+A: tick all · Enter: photos full size</source>
        <translation>Space: เลือก · Ctrl+A: เลือกทั้งหมด · Enter: ดูรูปขนาดเต็ม</translation>
    </message>
    <message>
        <source>Only the executive signs off work; this list is for reading.</source>
        <translation>เฉพาะผู้บริหารเท่านั้นที่ลงนามอนุมัติงานได้ รายการนี้แสดงเพื่อทราบ</translation>
    </message>
    <message>
        <source>Send back to the crew…</source>
        <translation>ส่งกลับให้ทีมแก้ไข…</translation>
    </message>
    <message>
        <source>Not done properly: the ticked jobs go back to their crew with your reason</source>
        <translation>งานยังไม่เรียบร้อย: ส่งเรื่องที่เลือกกลับให้ทีมเดิมพร้อมเหตุผล</translation>
    </message>
    <message>
        <source>Close the ticked jobs and number a closure letter for each named complainant</source>
        <translation>ปิดเรื่องที่เลือก และออกเลขหนังสือแจ้งผลถึงผู้ร้องที่ระบุชื่อ</translation>
    </message>
    <message>
        <source>No work awaiting sign-off</source>
        <translation>ไม่มีงานรอลงนาม</translation>
    </message>
    <message>
        <source>Jobs the crews report as done appear here for your signature.</source>
        <translation>งานที่ทีมรายงานว่าเสร็จแล้วจะแสดงที่นี่เพื่อรอการลงนาม</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>งานรอลงนาม</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting</source>
        <translation>
            <numerusform>รอลงนาม %n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve (%1)</source>
        <translation>อนุมัติ (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n closure letter(s) will be numbered in the outgoing register.</source>
        <translation>
            <numerusform>จะออกเลขหนังสือแจ้งผล %n ฉบับในทะเบียนหนังสือส่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter will be written: the complaints are anonymous.</source>
        <translation>จะไม่มีหนังสือแจ้งผล เนื่องจากเป็นเรื่องที่ไม่ประสงค์ออกนาม</translation>
    </message>
    <message numerus="yes">
        <source>Approve and close %n complaint(s)?</source>
        <translation>
            <numerusform>อนุมัติและปิดเรื่อง %n เรื่อง ใช่หรือไม่</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>อนุมัติ</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>ยังไม่ได้ลงนาม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>SignOffQueueModel</name>
    <message>
        <source>Tracking no.</source>
        <translation>เลขที่รับเรื่อง</translation>
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
        <source>Crew</source>
        <translation>ทีมช่าง</translation>
    </message>
    <message>
        <source>Days taken</source>
        <translation>ใช้เวลา</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned %n time(s)</source>
        <translation>
            <numerusform>ส่งกลับแล้ว %n ครั้ง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffSummaryWidget</name>
    <message>
        <source>Result (words in the letter)</source>
        <translation>ผลการดำเนินงาน (ข้อความในหนังสือ)</translation>
    </message>
    <message>
        <source>What the office did, as the citizen will read it</source>
        <translation>ผลการดำเนินงานตามที่ผู้ร้องจะได้อ่านในหนังสือ</translation>
    </message>
    <message>
        <source>From the crew&apos;s notes</source>
        <translation>ใช้ข้อความจากบันทึกของทีม</translation>
    </message>
    <message>
        <source>Start again from what the crew wrote</source>
        <translation>เริ่มใหม่จากบันทึกผลการดำเนินการของทีม</translation>
    </message>
    <message>
        <source>Starts from the crew&apos;s notes; edit it before approving.</source>
        <translation>ข้อความตั้งต้นจากบันทึกของทีม แก้ไขได้ก่อนอนุมัติ</translation>
    </message>
    <message>
        <source>No letter for this complaint: the complainant is anonymous.</source>
        <translation>เรื่องนี้ไม่มีหนังสือแจ้งผล เนื่องจากผู้ร้องไม่ประสงค์ออกนาม</translation>
    </message>
</context>
<context>
    <name>SignedOutScreen</name>
    <message>
        <source>%1 — Fondue Desk</source>
        <translation>%1 — Fondue Desk</translation>
    </message>
    <message>
        <source>Signed out. The next user signs in to start work.</source>
        <translation>ออกจากระบบแล้ว ผู้ใช้คนถัดไปลงชื่อเข้าใช้เพื่อเริ่มทำงาน</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>เข้าสู่ระบบ…</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>ออกจากโปรแกรม</translation>
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
        <source>The database has no office yet. Start Fondue Desk to set one up.</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีสำนักงาน โปรดเปิดโปรแกรม Fondue Desk เพื่อตั้งค่าสำนักงาน</translation>
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
    <name>StartupProgress</name>
    <message>
        <source>Opening the database…</source>
        <translation>กำลังเปิดฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Creating a new database (first start)…</source>
        <translation>กำลังสร้างฐานข้อมูลใหม่ (เริ่มใช้งานครั้งแรก)…</translation>
    </message>
    <message>
        <source>Updating the database for this version of the program…</source>
        <translation>กำลังปรับปรุงฐานข้อมูลให้ตรงกับโปรแกรมรุ่นนี้…</translation>
    </message>
    <message>
        <source>Reading the office&apos;s data…</source>
        <translation>กำลังอ่านข้อมูลหน่วยงาน…</translation>
    </message>
    <message>
        <source>Please wait… %1 s</source>
        <translation>โปรดรอสักครู่… %1 วินาที</translation>
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
<context>
    <name>StatusesPage</name>
    <message>
        <source>Thai name of %1</source>
        <translation>ชื่อภาษาไทยของสถานะ %1</translation>
    </message>
    <message>
        <source>English name of %1</source>
        <translation>ชื่อภาษาอังกฤษของสถานะ %1</translation>
    </message>
    <message>
        <source>Choose the badge colour</source>
        <translation>เลือกสีของป้ายสถานะ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>ค่าเดิม</translation>
    </message>
    <message>
        <source>Back to the desk&apos;s own words and colour</source>
        <translation>กลับไปใช้ชื่อและสีเดิมของโปรแกรม</translation>
    </message>
    <message>
        <source>Names and colours</source>
        <translation>ชื่อและสี</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>ตัวอย่างป้าย</translation>
    </message>
    <message>
        <source>All back to the desk&apos;s defaults</source>
        <translation>กลับไปใช้ค่าเดิมทั้งหมด</translation>
    </message>
    <message>
        <source>The office&apos;s own words for each status, shown on every page, on the map, in exports and on printed documents. The statuses and the steps between them stay the same; only their names and colours change. Each name is used once per language.</source>
        <translation>ชื่อสถานะเรื่องที่สำนักงานกำหนดเอง ใช้แสดงในทุกหน้าจอ บนแผนที่ ในไฟล์ส่งออก และในเอกสารที่พิมพ์ สถานะและขั้นตอนการดำเนินงานยังคงเดิม เปลี่ยนได้เฉพาะชื่อและสี ชื่อแต่ละชื่อใช้ได้เพียงสถานะเดียวในแต่ละภาษา</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>สีของสถานะ %1</translation>
    </message>
</context>
<context>
    <name>TemplateProblems</name>
    <message>
        <source>An office template could not be used, so the standard wording was printed in its place (details: Settings → Templates).</source>
        <translation>ใช้แบบข้อความของหน่วยงานไม่ได้ จึงพิมพ์ข้อความมาตรฐานแทน (ดูรายละเอียดที่ การตั้งค่า → แบบข้อความเอกสาร)</translation>
    </message>
    <message>
        <source>A letter template could not be used for %1, so the standard wording was written into the letter instead (details: Settings → Templates).</source>
        <translation>ใช้แบบข้อความหนังสือแจ้งผลไม่ได้สำหรับเรื่องเลขที่ %1 จึงใช้ข้อความมาตรฐานในหนังสือแทน (ดูรายละเอียดที่ การตั้งค่า → แบบข้อความเอกสาร)</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Tracking no. (blank: sample)</source>
        <translation>เลขที่รับเรื่อง (ว่าง = ตัวอย่าง)</translation>
    </message>
    <message>
        <source>Tracking no. (empty: a sample complaint)</source>
        <translation>เลขที่รับเรื่อง (เว้นว่าง: ใช้เรื่องตัวอย่าง)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>เอกสาร (&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>ประเภทเรื่อง (&amp;A):</translation>
    </message>
    <message>
        <source>Preview &amp;complaint:</source>
        <translation>ดูตัวอย่างกับเรื่อง (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>กลับไปใช้ข้อความมาตรฐาน (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>บันทึกแบบข้อความ (&amp;S)</translation>
    </message>
    <message>
        <source>Empty means the standard wording (shown in grey). Write {{ field }} for a value, {% if field %}…{% endif %} for a line that only some complaints need.</source>
        <translation>เว้นว่างไว้คือใช้ข้อความมาตรฐาน (แสดงเป็นสีเทา) เขียน {{ ช่องข้อมูล }} เพื่อแทรกค่า และ {% if ช่องข้อมูล %}…{% endif %} สำหรับข้อความที่ใช้เฉพาะบางเรื่อง</translation>
    </message>
    <message>
        <source>Click a field to insert it at the cursor.</source>
        <translation>คลิกช่องข้อมูลเพื่อแทรกที่ตำแหน่งเคอร์เซอร์</translation>
    </message>
    <message>
        <source>Fields (click to insert):</source>
        <translation>ช่องข้อมูล (คลิกเพื่อแทรก):</translation>
    </message>
    <message>
        <source>Receipt: note under the letterhead</source>
        <translation>ใบรับเรื่อง: ข้อความใต้หัวหน่วยงาน</translation>
    </message>
    <message>
        <source>Receipt: note at the foot</source>
        <translation>ใบรับเรื่อง: ข้อความท้ายใบ</translation>
    </message>
    <message>
        <source>Work order: instruction for each job</source>
        <translation>ใบสั่งงาน: ข้อสั่งการของแต่ละงาน</translation>
    </message>
    <message>
        <source>Closure letter: subject</source>
        <translation>หนังสือแจ้งผล: เรื่อง</translation>
    </message>
    <message>
        <source>Closure letter: body</source>
        <translation>หนังสือแจ้งผล: เนื้อความ</translation>
    </message>
    <message>
        <source>Printed with the standard wording (%1, %2): %3 Saving this template again clears this notice.</source>
        <translation>พิมพ์ด้วยข้อความมาตรฐานแทน (%1, %2): %3 เมื่อบันทึกแบบข้อความนี้อีกครั้ง ข้อความแจ้งนี้จะหายไป</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>บันทึกแบบข้อความแล้ว</translation>
    </message>
    <message>
        <source>The standard wording is back.</source>
        <translation>กลับไปใช้ข้อความมาตรฐานแล้ว</translation>
    </message>
</context>
<context>
    <name>TraffyImport</name>
    <message>
        <source>Traffy Fondue public dataset</source>
        <translation>ชุดข้อมูลสาธารณะของ Traffy Fondue</translation>
    </message>
    <message>
        <source>Traffy Fondue agency download</source>
        <translation>ไฟล์ดาวน์โหลดของหน่วยงานจาก Traffy Fondue</translation>
    </message>
    <message>
        <source>Another Traffy Fondue export (columns found by their names)</source>
        <translation>ไฟล์ส่งออกอื่นของ Traffy Fondue (หาคอลัมน์จากชื่อหัวคอลัมน์)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ไฟล์: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>ชนิด: %1</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 changed, %4 unchanged, %5 left out.</source>
        <translation>ทั้งหมด %1 แถว: ใหม่ %2 เปลี่ยนแปลง %3 ไม่เปลี่ยนแปลง %4 ไม่นำเข้า %5</translation>
    </message>
    <message>
        <source>Import finished.

%1 complaints added
%2 updated
%3 unchanged
%4 rows left out</source>
        <translation>นำเข้าเสร็จแล้ว

เพิ่มเรื่องร้องเรียนใหม่ %1 เรื่อง
ปรับปรุง %2 เรื่อง
ไม่เปลี่ยนแปลง %3 เรื่อง
ไม่ได้นำเข้า %4 แถว</translation>
    </message>
    <message>
        <source>Report of the rows left out: %1</source>
        <translation>รายงานแถวที่ไม่ได้นำเข้า: %1</translation>
    </message>
</context>
<context>
    <name>TraffyImportDialog</name>
    <message>
        <source>Import from Traffy Fondue</source>
        <translation>นำเข้าจาก Traffy Fondue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>เลือกไฟล์อื่น (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า (&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Choose a file exported from Traffy Fondue (the public dataset or your agency&apos;s download, CSV). The desk first reads it and shows what it would do; nothing is written until you press Import. Tickets already imported are updated, never duplicated, and work done here is kept.</source>
        <translation>เลือกไฟล์ที่ส่งออกจาก Traffy Fondue (ชุดข้อมูลสาธารณะ หรือไฟล์ที่หน่วยงานดาวน์โหลด เป็น CSV) โปรแกรมจะอ่านไฟล์และแสดงผลที่จะเกิดขึ้นก่อน ยังไม่บันทึกสิ่งใดจนกว่าจะกด นำเข้า เรื่องที่เคยนำเข้าแล้วจะได้รับการปรับปรุง ไม่ซ้ำซ้อน และงานที่สำนักงานทำไว้จะคงอยู่</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>เลือกไฟล์ (&amp;C)…</translation>
    </message>
    <message>
        <source>Answer every question above first.</source>
        <translation>โปรดตอบคำถามด้านบนให้ครบก่อน</translation>
    </message>
    <message>
        <source>Traffy Fondue export</source>
        <translation>ไฟล์ส่งออกจาก Traffy Fondue</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ไฟล์ CSV (*.csv);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>กำลังอ่าน %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>traffy-bad-rows.csv</source>
        <translation>traffy-แถวที่ไม่ได้นำเข้า.csv</translation>
    </message>
    <message>
        <source>Save the report of rows left out</source>
        <translation>บันทึกรายงานแถวที่ไม่ได้นำเข้า</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>บันทึกรายงานไม่ได้: %1</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>บันทึกรายงานแล้ว: %1</translation>
    </message>
    <message>
        <source>Stopping… nothing will be written.</source>
        <translation>กำลังหยุด… จะไม่มีการบันทึกข้อมูลใด</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>กำลังหยุด…</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>อ่านไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีการบันทึกข้อมูลใด</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>ยกเลิกการอ่านไฟล์แล้ว</translation>
    </message>
</context>
<context>
    <name>TraffyIndicator</name>
    <message>
        <source>Traffy: offline</source>
        <translation>Traffy: ออฟไลน์</translation>
    </message>
    <message>
        <source>Traffy: %1 failed</source>
        <translation>Traffy: ส่งไม่สำเร็จ %1 รายการ</translation>
    </message>
    <message>
        <source>Traffy: %1 waiting</source>
        <translation>Traffy: %1 รอส่ง</translation>
    </message>
    <message>
        <source>Traffy: up to date</source>
        <translation>Traffy: ส่งครบแล้ว</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 รอส่ง</translation>
    </message>
    <message>
        <source>Traffy Fondue sync (Ctrl+Shift+Y)</source>
        <translation>การเชื่อมข้อมูล Traffy Fondue (Ctrl+Shift+Y)</translation>
    </message>
</context>
<context>
    <name>TraffyMeaning</name>
    <message>
        <source>Waiting to be taken up</source>
        <translation>รอรับเรื่อง</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Forwarded to another agency</source>
        <translation>ส่งต่อหน่วยงานอื่น</translation>
    </message>
    <message>
        <source>Rejected (not our matter)</source>
        <translation>ไม่รับเรื่อง (ไม่เกี่ยวข้องกับหน่วยงาน)</translation>
    </message>
</context>
<context>
    <name>TraffySettingsPage</name>
    <message>
        <source>Sync with Traffy Fondue</source>
        <translation>เชื่อมข้อมูลกับ Traffy Fondue</translation>
    </message>
    <message>
        <source>Organisation id(s) Traffy gave, e.g. 151</source>
        <translation>รหัสหน่วยงานที่ Traffy กำหนดให้ เช่น 151</translation>
    </message>
    <message>
        <source>Send new counter complaints to Traffy Fondue by default</source>
        <translation>ส่งเรื่องที่รับทางเคาน์เตอร์เข้า Traffy Fondue เป็นค่าเริ่มต้น</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>เฉพาะเมื่อสั่ง</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Traffy Fondue is the platform citizens use on LINE. With the account Traffy issued to the office, complaints logged at the counter can go to Traffy, and Traffy&apos;s tickets for the office come into the register. Without a line, everything waits in the queue and goes when the line is back.</source>
        <translation>Traffy Fondue เป็นแพลตฟอร์มที่ประชาชนใช้แจ้งเรื่องผ่าน LINE เมื่อใส่บัญชีที่ Traffy ออกให้หน่วยงาน เรื่องที่รับทางเคาน์เตอร์จะส่งเข้า Traffy ได้ และเรื่องใน Traffy ของหน่วยงานจะเข้ามาในทะเบียน หากอินเทอร์เน็ตขัดข้อง ทุกรายการจะรออยู่ในคิวและส่งเมื่อใช้งานได้อีกครั้ง</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>บัญชีผู้ใช้</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>ที่อยู่เซิร์ฟเวอร์:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>หน่วยงาน:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <source>Sending and fetching</source>
        <translation>การส่งและการดึงข้อมูล</translation>
    </message>
    <message>
        <source>Fetch Traffy&apos;s tickets every:</source>
        <translation>ดึงเรื่องจาก Traffy ทุก:</translation>
    </message>
    <message>
        <source>Kept safely; type to replace it</source>
        <translation>บันทึกไว้อย่างปลอดภัยแล้ว พิมพ์ใหม่หากต้องการเปลี่ยน</translation>
    </message>
    <message>
        <source>The password Traffy issued</source>
        <translation>รหัสผ่านที่ Traffy ออกให้</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>Connected: Traffy accepted the account.</source>
        <translation>เชื่อมต่อสำเร็จ: Traffy ยอมรับบัญชีนี้แล้ว</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>เชื่อมต่อไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>TraffySync</name>
    <message>
        <source>Give whole minutes from 0 to %1 (0: fetch only on demand).</source>
        <translation>กรุณาระบุจำนวนนาทีเป็นจำนวนเต็มตั้งแต่ 0 ถึง %1 (0 คือดึงข้อมูลเมื่อสั่งเท่านั้น)</translation>
    </message>
    <message>
        <source>No internet connection to Traffy Fondue; it will be sent when the line is back.</source>
        <translation>ไม่มีการเชื่อมต่ออินเทอร์เน็ตไปยัง Traffy Fondue ระบบจะส่งให้เมื่อสัญญาณกลับมา</translation>
    </message>
    <message>
        <source>Traffy Fondue did not answer in time; it will be tried again.</source>
        <translation>Traffy Fondue ไม่ตอบกลับภายในเวลาที่กำหนด ระบบจะลองส่งใหม่</translation>
    </message>
    <message>
        <source>Traffy Fondue refused the user name or password: check them in Settings → Traffy Fondue.</source>
        <translation>Traffy Fondue ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน กรุณาตรวจสอบที่ ตั้งค่า → Traffy Fondue</translation>
    </message>
    <message>
        <source>This month&apos;s Traffy Fondue credit is used up; items wait until it is renewed (LINE @fonduehelp).</source>
        <translation>เครดิตการใช้งาน Traffy Fondue ของเดือนนี้หมดแล้ว รายการจะรอจนกว่าจะได้รับเครดิตเพิ่ม (LINE @fonduehelp)</translation>
    </message>
    <message>
        <source>Traffy Fondue&apos;s server had a problem; it will be tried again.</source>
        <translation>เซิร์ฟเวอร์ของ Traffy Fondue ขัดข้อง ระบบจะลองส่งใหม่</translation>
    </message>
    <message>
        <source>Traffy Fondue&apos;s answer could not be read; it will be tried again.</source>
        <translation>อ่านคำตอบจาก Traffy Fondue ไม่ได้ ระบบจะลองส่งใหม่</translation>
    </message>
    <message>
        <source>Traffy Fondue refused this item; see the reason it gave, correct the complaint and retry.</source>
        <translation>Traffy Fondue ไม่รับรายการนี้ กรุณาดูเหตุผลที่แจ้งกลับ แก้ไขเรื่องร้องเรียนแล้วสั่งส่งใหม่</translation>
    </message>
    <message>
        <source>The line dropped before Traffy Fondue answered; the desk checks whether it arrived before sending again.</source>
        <translation>สัญญาณขาดก่อน Traffy Fondue ตอบกลับ ระบบจะตรวจสอบว่าส่งถึงแล้วหรือไม่ก่อนส่งซ้ำ</translation>
    </message>
    <message>
        <source>Sending was interrupted; the desk checks whether it arrived before sending again.</source>
        <translation>การส่งถูกขัดจังหวะ ระบบจะตรวจสอบว่าส่งถึงแล้วหรือไม่ก่อนส่งซ้ำ</translation>
    </message>
    <message>
        <source>Waits until Traffy Fondue gives the complaint its ticket number.</source>
        <translation>รอให้ Traffy Fondue ออกเลขที่เรื่องให้ก่อน</translation>
    </message>
    <message>
        <source>Enter the Traffy Fondue user name and password in Settings → Traffy Fondue first.</source>
        <translation>กรุณากรอกชื่อผู้ใช้และรหัสผ่าน Traffy Fondue ที่ ตั้งค่า → Traffy Fondue ก่อน</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>ที่อยู่ต้องขึ้นต้นด้วย https://</translation>
    </message>
    <message>
        <source>Organisation codes are numbers, separated by commas (e.g. 151,1302).</source>
        <translation>รหัสหน่วยงานต้องเป็นตัวเลข คั่นด้วยจุลภาค (เช่น 151,1302)</translation>
    </message>
    <message>
        <source>Enter the user name Traffy Fondue issued the office.</source>
        <translation>กรุณากรอกชื่อผู้ใช้ที่ Traffy Fondue ออกให้สำนักงาน</translation>
    </message>
    <message>
        <source>Enter the password Traffy Fondue issued the office.</source>
        <translation>กรุณากรอกรหัสผ่านที่ Traffy Fondue ออกให้สำนักงาน</translation>
    </message>
    <message>
        <source>This item is no longer in the queue; it may have been sent already.</source>
        <translation>ไม่พบรายการนี้ในคิวแล้ว อาจส่งไปแล้ว</translation>
    </message>
</context>
<context>
    <name>TraffySyncDialog</name>
    <message>
        <source>Traffy Fondue sync</source>
        <translation>การเชื่อมข้อมูล Traffy Fondue</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>จำนวนครั้งที่ส่ง</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>ส่งครั้งถัดไป</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Nothing has been sent to Traffy Fondue yet.</source>
        <translation>ยังไม่มีรายการส่งเข้า Traffy Fondue</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองส่งใหม่</translation>
    </message>
    <message>
        <source>Try the chosen failed item again (Ctrl+R)</source>
        <translation>ส่งรายการที่ไม่สำเร็จที่เลือกไว้อีกครั้ง (Ctrl+R)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>ส่งทันที</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>ดึงข้อมูลทันที</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ยังไม่ทราบ</translation>
    </message>
    <message>
        <source>Waiting: %1 · Sent: %2 · Failed: %3 · Credit left this month: %4 · Last contact: %5</source>
        <translation>รอส่ง: %1 · ส่งแล้ว: %2 · ไม่สำเร็จ: %3 · เครดิตคงเหลือเดือนนี้: %4 · ติดต่อสำเร็จล่าสุด: %5</translation>
    </message>
    <message>
        <source>Sync is off: turn it on in Settings → Traffy Fondue.</source>
        <translation>ยังไม่ได้เปิดการเชื่อมข้อมูล: เปิดได้ที่ ตั้งค่า → Traffy Fondue</translation>
    </message>
    <message>
        <source>Talking to Traffy Fondue…</source>
        <translation>กำลังติดต่อ Traffy Fondue…</translation>
    </message>
    <message>
        <source>Offline: everything waits here and goes when the line is back.</source>
        <translation>ออฟไลน์: ทุกรายการรออยู่ที่นี่ และจะส่งเมื่อเชื่อมต่ออินเทอร์เน็ตได้อีกครั้ง</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>แจ้งเรื่องใหม่</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>ปรับสถานะ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>รอส่ง</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <source>%n day(s) overdue</source>
        <translation>เกิน %n วัน</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>ครบกำหนดวันนี้</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>ครบกำหนดพรุ่งนี้</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>Add user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>แก้ไขผู้ใช้</translation>
    </message>
    <message>
        <source>lower-case English, e.g. somsri.k</source>
        <translation>ภาษาอังกฤษตัวพิมพ์เล็ก เช่น somsri.k</translation>
    </message>
    <message>
        <source>May sign in (active)</source>
        <translation>อนุญาตให้เข้าสู่ระบบ (ใช้งานอยู่)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>รหัสผ่านเริ่มต้น</translation>
    </message>
    <message>
        <source>First password again</source>
        <translation>ยืนยันรหัสผ่านเริ่มต้น</translation>
    </message>
    <message>
        <source>Give it to the user in person; they must choose their own at the first sign-in. </source>
        <translation>แจ้งรหัสผ่านกับเจ้าตัวโดยตรง ผู้ใช้ต้องตั้งรหัสผ่านของตนเองเมื่อเข้าระบบครั้งแรก </translation>
    </message>
    <message>
        <source>Your own role and account stay as they are: another administrator can change them.</source>
        <translation>บทบาทและบัญชีของท่านเองแก้ไขที่นี่ไม่ได้ ต้องให้ผู้ดูแลระบบคนอื่นเป็นผู้แก้ไข</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Who can sign in at this office, and what each role may do. Users are never deleted: deactivate those who have left.</source>
        <translation>ผู้ที่เข้าสู่ระบบของหน่วยงานได้และบทบาทของแต่ละคน ผู้ใช้จะไม่ถูกลบ หากย้ายหรือลาออกให้ระงับการใช้งานแทน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>เข้าระบบล่าสุด</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>ตั้งรหัสผ่านใหม่…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>ระงับการใช้งาน</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>ระงับแล้ว</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ยังไม่เคย</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>ล็อกถึง %1 น.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>ยังไม่ได้ตั้ง</translation>
    </message>
    <message>
        <source>Must change at next sign-in</source>
        <translation>ต้องเปลี่ยนก่อนใช้งาน</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>ตั้งแล้ว</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>เปิดใช้งาน</translation>
    </message>
    <message>
        <source>%1 was added. They choose their own password at the first sign-in.</source>
        <translation>เพิ่ม %1 แล้ว ผู้ใช้จะตั้งรหัสผ่านของตนเองเมื่อเข้าระบบครั้งแรก</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>บันทึกการแก้ไขของ %1 แล้ว</translation>
    </message>
    <message>
        <source>New password set for %1. Give it to them in person; they must change it at the next sign-in.</source>
        <translation>ตั้งรหัสผ่านใหม่ให้ %1 แล้ว กรุณาแจ้งเจ้าตัวโดยตรง ผู้ใช้ต้องเปลี่ยนรหัสผ่านเมื่อเข้าระบบครั้งถัดไป</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 เข้าสู่ระบบได้อีกครั้งแล้ว</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>ระงับการใช้งานผู้ใช้</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in; their name stays on the work they did.</source>
        <translation>ระงับการใช้งานของ %1 หรือไม่ ผู้ใช้จะเข้าสู่ระบบไม่ได้อีก แต่ชื่อยังคงอยู่ในงานที่เคยทำ</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 เข้าสู่ระบบไม่ได้แล้ว</translation>
    </message>
</context>
<context>
    <name>VillageComboWidget</name>
    <message>
        <source>number or name, e.g. 3 or Moo 3</source>
        <translation>พิมพ์เลขหมู่หรือชื่อหมู่บ้าน เช่น 3 หรือ ม.3</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <source>Village no.</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Centre (lat, lon)</source>
        <translation>จุดกึ่งกลาง (ละติจูด, ลองจิจูด)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>จำนวนเรื่อง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>What English readers see (&quot;Moo 3 Ban Mai&quot;); left empty, they see the Thai name</source>
        <translation>ชื่อที่ผู้อ่านภาษาอังกฤษเห็น (เช่น &quot;Moo 3 Ban Mai&quot;) หากเว้นว่างจะแสดงชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>New</source>
        <translation>เพิ่มใหม่</translation>
    </message>
    <message>
        <source>Paste rows from Excel</source>
        <translation>วางแถวจาก Excel</translation>
    </message>
    <message>
        <source>Ctrl+V in the table</source>
        <translation>กด Ctrl+V ในตาราง</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>เลิกใช้</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Copy the columns village number, name (and the English name, latitude, longitude if you have them) in Excel and paste them here: new numbers are added, existing ones updated. A village complaints name is retired, never deleted.</source>
        <translation>คัดลอกคอลัมน์ หมู่ที่ ชื่อหมู่บ้าน (และชื่อภาษาอังกฤษ ละติจูด ลองจิจูด ถ้ามี) จาก Excel แล้ววางที่นี่ หมู่ที่ยังไม่มีจะถูกเพิ่ม หมู่ที่มีอยู่แล้วจะถูกปรับปรุง หมู่บ้านที่มีเรื่องร้องเรียนอ้างถึงจะถูกเลิกใช้ ไม่ถูกลบ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>เลิกใช้</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>แถวที่ %1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>บรรทัดที่ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) pasted; press OK or Apply to save.</source>
        <translation>
            <numerusform>วางแล้ว %n แถว กด ตกลง หรือ นำไปใช้ เพื่อบันทึก</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete village</source>
        <translation>ลบหมู่บ้าน</translation>
    </message>
    <message>
        <source>Delete the village %1? This cannot be undone.</source>
        <translation>ลบหมู่บ้าน %1 หรือไม่ เมื่อลบแล้วจะเรียกคืนไม่ได้</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>กลับมาใช้</translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message numerus="yes">
        <source>Preparing %n work order(s)…</source>
        <translation>
            <numerusform>กำลังจัดทำใบสั่งงาน %n ฉบับ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>ใบสั่งงาน %1</translation>
    </message>
    <message numerus="yes">
        <source>Work orders (%n)</source>
        <translation>
            <numerusform>ใบสั่งงาน (%n ฉบับ)</numerusform>
        </translation>
    </message>
    <message>
        <source>work-order-%1.pdf</source>
        <translation>ใบสั่งงาน-%1.pdf</translation>
    </message>
    <message>
        <source>work-orders-%1-to-%2.pdf</source>
        <translation>ใบสั่งงาน-%1-ถึง-%2.pdf</translation>
    </message>
    <message>
        <source>work-orders.pdf</source>
        <translation>ใบสั่งงาน.pdf</translation>
    </message>
</context>
<context>
    <name>WorkSectionWidget</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>Work / crew</source>
        <translation>งาน/ทีมช่าง</translation>
    </message>
    <message>
        <source>Not with a crew.</source>
        <translation>ยังไม่ได้มอบหมายทีมช่าง</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>ทีมช่าง</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>กำหนดปฏิบัติงาน</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>ข้อสั่งการ</translation>
    </message>
    <message>
        <source>Show a work order again to print it</source>
        <translation>เปิดใบสั่งงานอีกครั้งเพื่อพิมพ์</translation>
    </message>
    <message>
        <source>Work orders:</source>
        <translation>ใบสั่งงาน:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลการปฏิบัติงาน</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>เวลาที่ใช้</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>วัสดุที่ใช้</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>รายงานผลโดย</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>มอบหมาย…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>เริ่มงาน</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>บันทึกผล…</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>เลขที่ %1</translation>
    </message>
    <message>
        <source>Move to another crew…</source>
        <translation>ย้ายทีม…</translation>
    </message>
</context>
</TS>
