<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n complaint(s)</source>
        <translation>
            <numerusform>Assign %n complaint</numerusform>
            <numerusform>Assign %n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open job(s)</source>
        <translation>
            <numerusform>%n open job</numerusform>
            <numerusform>%n open jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) are now with %1; say why they move.</source>
        <translation>
            <numerusform>%n complaint is now with %1; say why it moves.</numerusform>
            <numerusform>%n complaints are now with %1; say why they move.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateRow</name>
    <message numerus="yes">
        <source>%n duplicate(s) linked</source>
        <translation>
            <numerusform>%n duplicate linked</numerusform>
            <numerusform>%n duplicates linked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message numerus="yes">
        <source>%n complaint(s) moved to %1.</source>
        <translation>
            <numerusform>%n complaint moved to %1.</numerusform>
            <numerusform>%n complaints moved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintDetailPane</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrewBoardPage</name>
    <message numerus="yes">
        <source>%n complaint(s) waiting for a crew</source>
        <translation>
            <numerusform>%n complaint waiting for a crew</numerusform>
            <numerusform>%n complaints waiting for a crew</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) selected · %1</source>
        <translation>
            <numerusform>%n job selected · %1</numerusform>
            <numerusform>%n jobs selected · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) started</source>
        <translation>
            <numerusform>%n job started</numerusform>
            <numerusform>%n jobs started</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrewsPage</name>
    <message numerus="yes">
        <source>%1 still has %n open job(s). Deactivate it anyway? Its jobs stay with it until they are reassigned.</source>
        <translation>
            <numerusform>%1 still has %n open job. Deactivate it anyway? Its jobs stay with it until they are reassigned.</numerusform>
            <numerusform>%1 still has %n open jobs. Deactivate it anyway? Its jobs stay with it until they are reassigned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateLinksWidget</name>
    <message numerus="yes">
        <source>Duplicates (%n): %1</source>
        <translation>
            <numerusform>Duplicates (%n): %1</numerusform>
            <numerusform>Duplicates (%n): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditDialog</name>
    <message numerus="yes">
        <source>%n complaint(s) answer this question: its code and kind stay as they are, and a choice they use can be retired but not removed.</source>
        <translation>
            <numerusform>%n complaint answers this question: its code and kind stay as they are, and a choice it uses can be retired but not removed.</numerusform>
            <numerusform>%n complaints answer this question: its code and kind stay as they are, and a choice they use can be retired but not removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeFormWidget</name>
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
    <message numerus="yes">
        <source>Logged today: %n</source>
        <translation>
            <numerusform>Logged today: %n</numerusform>
            <numerusform>Logged today: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message numerus="yes">
        <source>Preparing %n letter(s)…</source>
        <translation>
            <numerusform>Preparing %n letter…</numerusform>
            <numerusform>Preparing %n letters…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closure letters (%n)</source>
        <translation>
            <numerusform>Closure letters (%n)</numerusform>
            <numerusform>Closure letters (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n complaint(s) on the map</source>
        <translation>
            <numerusform>%n complaint on the map</numerusform>
            <numerusform>%n complaints on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) have no coordinates</source>
        <translation>
            <numerusform>%n complaint has no coordinates</numerusform>
            <numerusform>%n complaints have no coordinates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) selected on the map (Shift+drag)</source>
        <translation>
            <numerusform>%n complaint selected on the map (Shift+drag)</numerusform>
            <numerusform>%n complaints selected on the map (Shift+drag)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n complaint(s)</source>
        <translation>
            <numerusform>%1 · %n complaint</numerusform>
            <numerusform>%1 · %n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>These %n complaints report the same problem. Choose the one that stays: the others become its duplicates and follow its status. Up/Down: choose · Enter: next</source>
        <translation>
            <numerusform>These %n complaints report the same problem. Choose the one that stays: the others become its duplicates and follow its status. Up/Down: choose · Enter: next</numerusform>
            <numerusform>These %n complaints report the same problem. Choose the one that stays: the others become its duplicates and follow its status. Up/Down: choose · Enter: next</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutgoingRegisterDialog</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s letters (%n)</source>
        <translation>
            <numerusform>Today&apos;s letters (%n)</numerusform>
            <numerusform>Today&apos;s letters (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDuplicates</name>
    <message numerus="yes">
        <source>%n complaint(s) merged into %1</source>
        <translation>
            <numerusform>%n complaint merged into %1</numerusform>
            <numerusform>%n complaints merged into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) split off: each is its own again</source>
        <translation>
            <numerusform>%n complaint split off: it is its own again</numerusform>
            <numerusform>%n complaints split off: each is its own again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message numerus="yes">
        <source>%n complaint(s) assigned to %1</source>
        <translation>
            <numerusform>%n complaint assigned to %1</numerusform>
            <numerusform>%n complaints assigned to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) found</source>
        <translation>
            <numerusform>%n complaint found</numerusform>
            <numerusform>%n complaints found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message numerus="yes">
        <source>Send %n complaint(s) back to the crew</source>
        <translation>
            <numerusform>Send %n complaint back to the crew</numerusform>
            <numerusform>Send %n complaints back to the crew</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupSummaryPage</name>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffBanner</name>
    <message numerus="yes">
        <source>Approved and closed %n complaint(s).</source>
        <translation>
            <numerusform>Approved and closed %n complaint.</numerusform>
            <numerusform>Approved and closed %n complaints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n complaint(s) back to the crew.</source>
        <translation>
            <numerusform>Sent %n complaint back to the crew.</numerusform>
            <numerusform>Sent %n complaints back to the crew.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message numerus="yes">
        <source>%n awaiting</source>
        <translation>
            <numerusform>%n awaiting</numerusform>
            <numerusform>%n awaiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closure letter(s) will be numbered in the outgoing register.</source>
        <translation>
            <numerusform>%n closure letter will be numbered in the outgoing register.</numerusform>
            <numerusform>%n closure letters will be numbered in the outgoing register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve and close %n complaint(s)?</source>
        <translation>
            <numerusform>Approve and close %n complaint?</numerusform>
            <numerusform>Approve and close %n complaints?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffQueueModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned %n time(s)</source>
        <translation>
            <numerusform>Returned %n time</numerusform>
            <numerusform>Returned %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message numerus="yes">
        <source>%n row(s) pasted; press OK or Apply to save.</source>
        <translation>
            <numerusform>%n row pasted; press OK or Apply to save.</numerusform>
            <numerusform>%n rows pasted; press OK or Apply to save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message numerus="yes">
        <source>Preparing %n work order(s)…</source>
        <translation>
            <numerusform>Preparing %n work order…</numerusform>
            <numerusform>Preparing %n work orders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Work orders (%n)</source>
        <translation>
            <numerusform>Work orders (%n)</numerusform>
            <numerusform>Work orders (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
