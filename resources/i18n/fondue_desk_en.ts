<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswerFilterButton</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to a crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign %n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. take the long ladder; call first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for moving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t print now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One work order per crew per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One work order per job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has no active crews. An administrator sets them up in Settings → Crews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) are now with %1; say why they move.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be assigned (finished, waiting for sign-off, forwarded or rejected): %1. Leave them out of the selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStripWidget</name>
    <message>
        <source>No pictures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Backing up the data before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Fondue Desk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged or has been altered. Use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Fondue Desk. Update this program first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Fondue Desk (%1). Update this program before restoring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of another kind of database and cannot be restored into this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL program %1 was not found. Install the PostgreSQL client tools of the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL program %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed and was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a file name, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: the folder may be read-only, full or unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of database cannot be backed up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded to this version of Fondue Desk. The data as it was before is in the safety backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the full path of the folder, e.g. D:\Backups or /home/office/backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups cannot be written to this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep from %1 to %2 days of backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fondue Desk backups (*.fdbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was saved and checked:
%1 (%2)

Keep a copy away from this computer: a USB drive, another building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fondue Desk backups (*.fdbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data as it was before is saved in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 from %2 has been restored.

%3

Fondue Desk will now close. Open it again and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up automatically: when the window closes and once a day while it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup of the newest day is kept, and the last one of each earlier day. A folder on another disk or a shared network folder is safer than this computer&apos;s own disk; copy a backup to a USB drive now and then and keep it in another building. Back up… and Restore… are in the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadRowsTable</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <source>No complaints in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Enter: open in the register)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeforeAfterWidget</name>
    <message>
        <source>The crew&apos;s photos come with its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateRow</name>
    <message>
        <source>✓ Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link as duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on the chosen row does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) linked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or type to edit a cell; Space on the colour picks another. A category complaints use is retired, never deleted: old complaints keep it and print as before. Merging moves the complaints and says so in their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Space to choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter takes no complaint of this category without a photo (Space ticks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the category %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) moved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryComboWidget</name>
    <message>
        <source>Type to search categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryFieldsPage</name>
    <message>
        <source>Show retired questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions are asked under the category on the intake form, in this order. A retired question is no longer asked; complaints that answered it keep, show and print their answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired %1: it is no longer asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>At least %1 characters, without the user name. A short phrase is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user name %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must change your initial password before you start. Choose one that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Fondue Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicesTable</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop notice (Thai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop notice (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stop notice is shown in red when the choice is picked, and the complaint cannot be saved (e.g. ไฟไหม้: โทร 199 ทันที).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down moves a choice; the form offers them in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearWithUndo</name>
    <message>
        <source>The form was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back what was typed (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDetailPane</name>
    <message>
        <source>Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a complaint in the register to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the current list: the register&apos;s filter no longer shows this complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes to remain anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Traffy Fondue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigTransfer</name>
    <message>
        <source>Export settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilReportDialog</name>
    <message>
        <source>Monthly council report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue complaints are counted as of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures and the complaints behind them, as an Excel workbook (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>council-report-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>council-report-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrewBoardPage</name>
    <message>
        <source>Today&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs planned for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the board again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another crew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crews yet. An administrator sets them up in Settings → Crews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew board</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) waiting for a crew</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) selected · %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select jobs in one crew (Ctrl+click for several); double-click opens the complaint in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one job first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select jobs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is another crew&apos;s job: you can act only on the jobs of the crew you lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs that have not started yet can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible for a job in this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) started</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrewColumnWidget</name>
    <message>
        <source>Your crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open jobs with this crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs planned for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open jobs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrewsPage</name>
    <message>
        <source>Show inactive crews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (can be given work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader&apos;s account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories a crew serves decide which crew is suggested when work is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change crews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n open job(s). Deactivate it anyway? Its jobs stay with it until they are reassigned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsForm</name>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint cannot be saved with this answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue per crew (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received and closed per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel (counter, Traffy Fondue, others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category: open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By village: open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crew yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No village given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the figures again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · as of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received in the period; click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received in the period and closed now; click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received in the period and not finished yet; click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to close (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the complaints closed in the period took at most this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to close (90%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine in ten complaints closed in the period took at most this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the complaints closed in the period that closed by their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints past their due date today; click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received in the period and reopened at least once; click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Type the day as dd/mm/yyyy (Buddhist year), or open the calendar with F4; delete the text to leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateOrderBox</name>
    <message>
        <source>Dates in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date in this file reads both ways. How should they be read?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day first (e.g. %1 is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month first (e.g. %1 is %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new complaint form holds typing that is not saved. Sign out and throw it away?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateLimitsEditor</name>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates of “%1” at intake:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates at intake (choose one category):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateLinksWidget</name>
    <message>
        <source>Split off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this a complaint of its own again; its history stays (Ctrl+Shift+U in the register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of %1: follows its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicates (%n): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Split off from %1: a complaint of its own again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints of this category nearby · Enter: link as duplicate · %1: to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates could not be looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be saved as a duplicate of %1 (%2): it follows that complaint&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as duplicate of %1 and print receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditComplaintDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the complainant called with a new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reload it before saving: saving now would overwrite those changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form again from the saved complaint (your typing here is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldAnswersBox</name>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer asked; kept as it was answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditDialog</name>
    <message>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the English question, or question_1, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ลิตร, เมตร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (Thai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help (Thai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only when</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) answer this question: its code and kind stay as they are, and a choice they use can be retired but not removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>— always asked —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Describe the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the complainant&apos;s name, or tick Anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national ID cannot start with 0 or 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national ID has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a number of complaints from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a size from %1 to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a distance from %1 to %2 metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be assigned any more: it is finished, forwarded or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not with a crew, so it cannot go on a work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not your crew&apos;s work: you can record results only for the crew you lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not your crew&apos;s work: you can add pictures only to the jobs of the crew you lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the crew a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a crew with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many members: at most 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen category no longer exists; open the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not a crew leader&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crew no longer exists or is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many complaints at once: at most 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned date cannot be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned date is more than a year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving work away from another crew needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the work was not finished: the office has to act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the crew achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent must be between 0 and 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is no longer with a crew; someone may have changed it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change has its own action: assign, record the result or sign off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint not found; it may belong to another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is another crew&apos;s job: you can act only on the jobs of the crew you lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible for a job in this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a work order number: it is number/year, e.g. 12/2570.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This village no longer exists; open the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer awaiting sign-off; someone may have changed it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure letter template of the category &quot;%1&quot; is broken, so no letter could be written and nothing was approved. Ask the administrator to correct it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the crew must put right: the reason goes to the crew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter not found; it may belong to another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result the letter tells the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked. Try again in %1 minutes, or ask the administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: a password has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: a password has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account or take away your own administrator role. Ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists or is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too easy to guess. Try a short phrase, or words mixed with digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 60 characters: lower-case English letters, digits, dot (.), hyphen (-) or underscore (_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name is already in use. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own password first: nothing can be saved until the initial password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was updated by a newer version of Fondue Desk. Update Fondue Desk on this computer before using it; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the village a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the category a Thai name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same code as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same village number as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same name as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a number of days from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too large: at most %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has an office (another desk may have just set it up). Close the assistant and start the program again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address (e.g. saraban@example.go.th).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–40 lower-case English letters, digits or hyphens, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A village number is a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour like #1e88e5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order must be a whole number from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one active category: every complaint needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datatype does not match the kind of field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for a choice the field does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (it is now &quot;%4&quot;), so nothing was saved. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (it is now &quot;%4&quot;), so nothing was saved. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another status is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the status a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour like #1d5fa8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk does not know that status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national ID has 13 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boundary file is too large: at most %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give whole minutes from %1 to %2 (0: never lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category needs a photo: attach at least one before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is %1 × %2 pixels, more than %3 million. Make it smaller and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is %1 × %2 pixels: a side is longer than %3. Make it smaller and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture has far more than %3 million pixels. Make it smaller and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the list of fields beside the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not written as a template can be (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates may not use this (%1): only the fields, if/for and the listed filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text this template makes is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template takes too long to fill in: it repeats too often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large: at most %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 photos with one complaint: remove some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is already this office&apos;s: choose another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That office is not on this server (or has no active category).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the agency the letter goes to (its เรียน line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This village does not belong to the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district not found. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a phone number or an address so we can reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Thai phone number (e.g. 081-234-5678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This national ID is not valid: check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both latitude and longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This position is outside Thailand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude and longitude look swapped: latitude comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &quot;latitude, longitude&quot; or paste a Google Maps link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change needs a note: say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This status change is not allowed any more; someone may have changed the complaint meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the base maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a tile server address: it starts with https:// and contains {z}, {x} and {y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map file not found. Choose an .mbtiles file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a usable MBTiles map file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map file holds vector tiles; use one with picture (PNG or JPEG) tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not GeoJSON (it cannot be read as JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This GeoJSON file has no area (polygon) to use as the boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This boundary lies outside Thailand: the file must use latitude and longitude (WGS 84).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture (use JPEG, PNG, WebP, GIF, BMP or TIFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer cannot be recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: this field takes at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No province is called &quot;%1&quot;: write it as the plate does, e.g. เชียงใหม่.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints already hold answers to this field, so its code stays %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two choices have the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice key &quot;%1&quot; is not valid: up to 40 lower-case letters, digits, _ or - (a yes/no field uses true and false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints already picked &quot;%1&quot;: retire the choice instead of removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 is shown by this field&apos;s answer: change that field first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, e.g. 12 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type day/month/year, e.g. 6/12/2569.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time: type hours:minutes, e.g. 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a vehicle plate: letters, number and province, e.g. 1กข 1234 เชียงใหม่.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field code is 2–40 lower-case letters, digits, _ or -, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category already has a field with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints already hold answers to this field, so its kind cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind of field from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the field a label: the question the form asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum is above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one choice in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this field only for a value of a choice field above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field shown by another field&apos;s answer must stay below that field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field no longer exists; it may belong to another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Traffy types have no category yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states have no meaning yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s dates read both day-first and month-first: say which order they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no ticket id column (ticket_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meaning of state &quot;%1&quot; must be waiting, in progress, finished, forwarded or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has no category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Traffy file cannot be imported (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint cannot be a duplicate of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is itself a duplicate of %2: link to %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a duplicate of %2: split it off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: only open complaints can be linked as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a duplicate of %2 and follows its status: act on %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a duplicate of another complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two complaints to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the distance for duplicates in whole metres from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period for duplicates in whole days from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldKinds</name>
    <message>
        <source>Short text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To an office on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To an agency outside (prints a forwarding letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to, e.g. the district electricity office&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it theirs? This goes into both histories and the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint becomes “forwarded” here; its number still finds it and says where it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryNotes</name>
    <message>
        <source>Forwarded to %1, number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded from %1, number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to %1 by letter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories merged in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back to the crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from Traffy Fondue, ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue says ticket %1 is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 to %2, planned for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1, planned for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked as a duplicate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linked as a duplicate of this complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status follows the main complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split from %1: a complaint of its own again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 split off as a complaint of its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTimelineWidget</name>
    <message>
        <source>Categories merged in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLockBox</name>
    <message>
        <source>Shared counter PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk after (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desk nobody has touched for this long locks itself: its user unlocks it with their password, or another user signs in. 0 means never. Every desk of the office follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without keyboard or mouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <source>This picture cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeFormWidget</name>
    <message>
        <source>What is wrong, and where exactly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Traffy Fondue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. in front of the temple, near the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 18.7883, 98.9853 or paste a Google Maps link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes to remain anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 081 234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, 13 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>house no., moo, road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type to search sub-districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Save and print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to reprint yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: save and print · Esc: clear the form · Ctrl+P: reprint the last receipt · Ctrl+Shift+P: print with options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P prints it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logged today: %n</source>
        <translation>
            <numerusform>Logged today: %n</numerusform>
            <numerusform>Logged today: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakePhotosWidget</name>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose picture files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a picture copied from another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drag picture files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen photo (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobCardDelegate</name>
    <message>
        <source>Plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive (mayor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message numerus="yes">
        <source>Preparing %n letter(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closure letters (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>letter-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters-%1-to-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closure-letters.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Only the administrator can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead and signature block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ชม 52101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Thai digits (๑๒๓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division (footer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per printed line, e.g. a second line for &quot;acting on behalf of&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garuda or office seal, printed 3 cm high; also the receipt&apos;s logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed above the signatory&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen or removed picture is saved at once, even if you press Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>e.g. 1กข 1234 เชียงใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 081 234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, e.g. 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint was changed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPickerDialog</name>
    <message>
        <source>Choose the position on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 18.7883, 98.9853 or paste a Google Maps link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map or drag the pin; or type the coordinates below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — Fondue Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to go on with your work. Someone else signs in with their own name; the work left open here is then closed without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Fondue Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. clerk1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint desk — sign in to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Fondue Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo office: invented data, not for real complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing letters register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out / switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly council report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fondue Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fondue Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fondue Desk&lt;/b&gt; %1&lt;br&gt;Complaint desk for Thai sub-district offices.&lt;br&gt;Thai font: Sarabun (SIL Open Font License).&lt;br&gt;Sub-district list: GeoThai (CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Traffy Fondue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the counter staff and the admin import complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue import: %1 added, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy ticket %1 for %2: Ctrl+P reprints the receipt with it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Complaint map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the complaints the register&apos;s filter finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where complaints gather instead of single pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click one to zoom to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected complaints to a crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) on the map</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) have no coordinates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) selected on the map (Shift+drag)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None with the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap (needs the internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map file on this computer (MBTiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No base map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: another tile server&apos;s address, with {z}, {x} and {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the OpenStreetMap server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile server (advanced):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map for use without internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map tiles shown while online are kept on each computer and shown when the internet is down. Beyond this size the tiles not seen for longest are removed. Only tiles someone has looked at are downloaded (OpenStreetMap&apos;s rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import GeoJSON file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An imported boundary is saved at once, even if you press Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated complaints (hotspots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints of one category this close together are shown as a hotspot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a map file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBTiles map files (*.mbtiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the office boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary imported and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boundary will be removed when you press OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boundary is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boundary yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPickerButton</name>
    <message>
        <source>Pick on map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the spot on a map instead of typing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no type given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 complaints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaints of the ticked categories move to the category below; each complaint&apos;s history says so. The ticked categories are retired. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which complaint stays?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n complaints report the same problem. Choose the one that stays: the others become its duplicates and follow its status. Up/Down: choose · Enter: next</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge these complaints?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays. %2 become(s) its duplicates: they take its status (%3) and follow it from now on. Every history is kept, and every named complainant is still told the outcome. Split undoes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 complaint(s) from %2 to %3 and retire %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBarWidget</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkShareWarning</name>
    <message>
        <source>The database file is on a network share:
%1

SQLite is not safe over a network: when desks on several PCs share one file, complaints can be lost or the file damaged.

What to do: desks on several PCs need a PostgreSQL server (the guide docs/shared-server.md shows how). A desk working alone should keep its database on this PC&apos;s own disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seq} is the running number ({seq:06d}: six digits with leading zeros), {fy} the fiscal year (Buddhist Era), {year} the same year. Work orders restart every fiscal year, so their format needs {fy}. Any other text is printed as it is, e.g. มห{fy}/{seq:04d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change applies from the next number. Numbers already given are never changed, and the running numbers go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>The letterhead of receipts, work orders and letters. The signatory is set on the Letters page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <source>Type the sub-district, then pick it from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. รอ 78501</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude, longitude, or paste a Google Maps / OpenStreetMap link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick on map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district (tambon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document code (ที่)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the office emblem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not picked from the official list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emblem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Open311Exporter</name>
    <message>
        <source>Export Open311 (GeoReport v2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complaints shown, with the categories, as Open311 GeoReport v2 files (JSON and XML) for other systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open311…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Open311 (GeoReport v2): choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting Open311 files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open311 export cancelled; the folder is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 complaints and %2 categories as Open311 files to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open311 export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutgoingRegisterDialog</name>
    <message>
        <source>Outgoing letters register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, recipient, subject or tracking no.…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole register of the chosen year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print selected letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all of today&apos;s letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every letter dated today, in one print job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B.E. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print selected letters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters are dated today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s letters (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutgoingRegisterModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference / tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfJobDialog</name>
    <message>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every page as one job (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print with options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the printer and copies (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every page as one job on the A4 printer (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfSaving</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoCompareDialog</name>
    <message>
        <source>Before and after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo from the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo of the finished work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc closes this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoGalleryWidget</name>
    <message>
        <source>Click to see the full picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosBox</name>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the original of every photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos are stored at most %1 pixels wide or high, which is sharp on screen and on paper and keeps the database and its backups small. Keep the originals only when the office needs every detail; photos already attached stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Import settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing this file would make these changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file matches the office&apos;s settings: nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories, villages and crews that complaints use are retired, never deleted. Users and passwords are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>A5 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These printers belong to this computer only: every counter chooses its own, and the choice stays on this computer. Documents then print straight away, without the print dialog; Ctrl+Shift+P in a preview still opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders, letters and registers (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every time (print dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system default (none set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not installed on this computer: printing will ask for a printer until another one is chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no default printer: printing will ask for a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice could not be saved on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This printer name cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The receipt printer “%1” is not installed on this computer any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The A4 printer “%1” is not installed on this computer any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts go to the system&apos;s default printer, but this computer has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 documents go to the system&apos;s default printer, but this computer has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer for this print. To print straight away again, choose the printer in Settings → Printers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer did not accept the job. Is it switched on and connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1: %n page(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print with options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the printer and copies (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print on the receipt printer (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDuplicates</name>
    <message>
        <source>Merge as duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split off from its complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more complaints to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) merged into %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) split off: each is its own again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterExporter</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for any spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint-register.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterFilterBar</name>
    <message>
        <source>Search tracking no., name, phone, place, details or category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &gt; 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complaints shown as Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected complaints to a crew (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details · Enter: receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at most %1 complaints to assign at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) assigned to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 complaints to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPreviewDialog</name>
    <message>
        <source>Outgoing letters register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing-register-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary password for %1 (%2). They must change it at the next sign-in; this also lifts a lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (made by Fondue Desk %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data in the current database (%1) will be replaced by this backup: complaints, letters, users and settings. Work done since the backup was made will no longer be in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, a safety backup of the current data is saved in %1, so this can be undone by restoring that file. Close Fondue Desk on every other desk before you continue; this window closes when the restore is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of another office (%1), not of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the data with this backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Record the result of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2 LED lamps 18 W, 5 m of cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No after-photos yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was the work not finished?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add after-photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Send back to the crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n complaint(s) back to the crew</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What must the crew put right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the lamp at the temple still does not light at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is written in the complaint&apos;s history; the work goes back to &quot;in progress&quot; with the same crew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Traffy types without a category here: choose the category each goes to (the desk remembers it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy types without a category here: choose the category each goes to (for this import; the admin&apos;s answers are the ones remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States the desk does not know: choose what each means (remembered too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States the desk does not know: choose what each means (for this import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows will be left out; the others are imported. Fix these in the file and import it again to bring them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions left before the import can start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings page matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsErrors</name>
    <message>
        <source>Give a number of days from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A village number is from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another category already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in this format would be too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is 2–40 lower-case English letters, digits or hyphens, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another category already has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints use this category: retire it instead of deleting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category was merged into another and stays retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the categories to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints name this village: retire it instead of deleting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This format cannot be read: check the braces { }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format needs {seq}, the running number, and may use {fy} or {year} only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order numbers restart every fiscal year: the format needs {fy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crew no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupAdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account sets up users, categories and everything else. There is no default password: choose one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. somchai.k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. นายสมชาย ใจดี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters are signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters; a short phrase is easier to remember than symbols. User names are lower-case English letters, digits, dot, hyphen or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupCategoriesPage</name>
    <message>
        <source>Complaint categories and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a ready-made list and adjust it: the SLA is how many days the office gives itself to finish a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a configuration file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories can be renamed, merged or retired later in Settings; a category that complaints use is never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the ready-made list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fondue Desk configuration (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupCategoriesTable</name>
    <message>
        <source>Name (Thai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDemoPage</name>
    <message>
        <source>Try the demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invented people, villages and complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of every demo account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is published, so each account must choose its own password at its first sign-in. Every page the demo prints says ตัวอย่าง / DEMO, and the window title and status bar say so too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupOfficePage</name>
    <message>
        <source>Our office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the sub-district from the official list; the office name is suggested from it and can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the details. Finish creates the office and signs you in as its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything here can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupVillagesPage</name>
    <message>
        <source>Villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The villages (หมู่) of the office&apos;s area. Copy the rows from Excel and press Ctrl+V in the table, or type them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add village (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A centre is optional: &quot;latitude, longitude&quot; or a map link. Villages can be added, renamed or retired later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupVillagesTable</name>
    <message>
        <source>Village no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWelcomePage</name>
    <message>
        <source>Welcome to Fondue Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up our office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your office&apos;s details, villages, complaint categories with their deadlines, and the first administrator&apos;s account. It takes a few minutes; everything can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invented municipality with a year of complaints, to look around and train staff. Everything it prints is marked as a demo. Do not use it for real complaints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Fondue Desk — set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the set-up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have entered is not saved, and the database stays empty. Leave the set-up?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffBanner</name>
    <message>
        <source>Preview and print letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved and closed %n complaint(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Closure letters numbered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters: the complaints were anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n complaint(s) back to the crew.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffEvidenceWidget</name>
    <message>
        <source>Select a complaint on the left to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole complaint with its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the crew did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure letter will go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous complaint: no letter will be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos from the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crew sent no photos of the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the crew</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <source>The status of every complaint in this queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing letters register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every numbered letter; print today&apos;s letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the queue again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: tick · Ctrl+A: tick all · Enter: photos full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the executive signs off work; this list is for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back to the crew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done properly: the ticked jobs go back to their crew with your reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the ticked jobs and number a closure letter for each named complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs the crews report as done appear here for your signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approve (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n closure letter(s) will be numbered in the outgoing register.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No letter will be written: the complaints are anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve and close %n complaint(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffQueueModel</name>
    <message>
        <source>Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffSummaryWidget</name>
    <message>
        <source>Result (words in the letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the office did, as the citizen will read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the crew&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from what the crew wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts from the crew&apos;s notes; edit it before approving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter for this complaint: the complainant is anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedOutScreen</name>
    <message>
        <source>%1 — Fondue Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. The next user signs in to start work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the database:
%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no office yet. Start Fondue Desk to set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has no active counter clerk. Start with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fondue Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupProgress</name>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a new database (first start)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database for this version of the program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the office&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (required for this change):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? The citizen or the mayor will ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusesPage</name>
    <message>
        <source>Thai name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the badge colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the desk&apos;s own words and colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All back to the desk&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s own words for each status, shown on every page, on the map, in exports and on printed documents. The statuses and the steps between them stay the same; only their names and colours change. Each name is used once per language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateProblems</name>
    <message>
        <source>An office template could not be used, so the standard wording was printed in its place (details: Settings → Templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter template could not be used for %1, so the standard wording was written into the letter instead (details: Settings → Templates).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Tracking no. (empty: a sample complaint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty means the standard wording (shown in grey). Write {{ field }} for a value, {% if field %}…{% endif %} for a line that only some complaints need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a field to insert it at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields (click to insert):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: note under the letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: note at the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order: instruction for each job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure letter: subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure letter: body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed with the standard wording (%1, %2): %3 Saving this template again clears this notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard wording is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraffyImport</name>
    <message>
        <source>Traffy Fondue public dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue agency download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Traffy Fondue export (columns found by their names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 changed, %4 unchanged, %5 left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished.

%1 complaints added
%2 updated
%3 unchanged
%4 rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the rows left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraffyImportDialog</name>
    <message>
        <source>Import from Traffy Fondue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file exported from Traffy Fondue (the public dataset or your agency&apos;s download, CSV). The desk first reads it and shows what it would do; nothing is written until you press Import. Tickets already imported are updated, never duplicated, and work done here is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every question above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffy-bad-rows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report of rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… nothing will be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraffyIndicator</name>
    <message>
        <source>Traffy: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy: %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy: %1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue sync (Ctrl+Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraffyMeaning</name>
    <message>
        <source>Waiting to be taken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (not our matter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraffySettingsPage</name>
    <message>
        <source>Sync with Traffy Fondue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation id(s) Traffy gave, e.g. 151</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send new counter complaints to Traffy Fondue by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue is the platform citizens use on LINE. With the account Traffy issued to the office, complaints logged at the counter can go to Traffy, and Traffy&apos;s tickets for the office come into the register. Without a line, everything waits in the queue and goes when the line is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending and fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch Traffy&apos;s tickets every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept safely; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password Traffy issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: Traffy accepted the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraffySync</name>
    <message>
        <source>Give whole minutes from 0 to %1 (0: fetch only on demand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internet connection to Traffy Fondue; it will be sent when the line is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue did not answer in time; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue refused the user name or password: check them in Settings → Traffy Fondue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s Traffy Fondue credit is used up; items wait until it is renewed (LINE @fonduehelp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue&apos;s server had a problem; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue&apos;s answer could not be read; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffy Fondue refused this item; see the reason it gave, correct the complaint and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line dropped before Traffy Fondue answered; the desk checks whether it arrived before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was interrupted; the desk checks whether it arrived before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until Traffy Fondue gives the complaint its ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Traffy Fondue user name and password in Settings → Traffy Fondue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation codes are numbers, separated by commas (e.g. 151,1302).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name Traffy Fondue issued the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password Traffy Fondue issued the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is no longer in the queue; it may have been sent already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraffySyncDialog</name>
    <message>
        <source>Traffy Fondue sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent to Traffy Fondue yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the chosen failed item again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1 · Sent: %2 · Failed: %3 · Credit left this month: %4 · Last contact: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is off: turn it on in Settings → Traffy Fondue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to Traffy Fondue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: everything waits here and goes when the line is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <source>%n day(s) overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case English, e.g. somsri.k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May sign in (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to the user in person; they must choose their own at the first sign-in. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own role and account stay as they are: another administrator can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Who can sign in at this office, and what each role may do. Users are never deleted: deactivate those who have left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change at next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added. They choose their own password at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for %1. Give it to them in person; they must change it at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in; their name stays on the work they did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VillageComboWidget</name>
    <message>
        <source>number or name, e.g. 3 or ม.3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <source>Village no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre (lat, lon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+V in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the columns village number, name (and latitude, longitude if you have them) in Excel and paste them here: new numbers are added, existing ones updated. A village complaints name is retired, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) pasted; press OK or Apply to save.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the village %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message numerus="yes">
        <source>Preparing %n work order(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Work orders (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>work-order-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work-orders-%1-to-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work-orders.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkSectionWidget</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work / crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not with a crew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a work order again to print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another crew…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
