<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>CategoryComboWidget</name>
    <message>
        <source>Type to search categories</source>
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
        <source>Reprint receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a complaint in the register to see it here.</source>
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
        <source>Saved %1</source>
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
        <source>Reason for the change</source>
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
        <source>Give a distance from %1 to %2 metres.</source>
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
        <source>The file is too large: at most %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category. Choose one from the list.</source>
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
        <source>Invalid value (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTimelineWidget</name>
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
        <source>Enter: save · Esc: clear the form · Ctrl+P: reprint the last receipt</source>
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
    <message numerus="yes">
        <source>Logged today: %n</source>
        <translation>
            <numerusform>Logged today: %n</numerusform>
            <numerusform>Logged today: %n</numerusform>
        </translation>
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
    <name>MainWindow</name>
    <message>
        <source>%1 — Fondue Desk</source>
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
        <source>&amp;File</source>
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
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map…</source>
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
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
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
    <name>MapSettingsDialog</name>
    <message>
        <source>Map settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Search tracking no., name, phone, place or details…</source>
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
        <source>Complaint register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details · Enter: receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 complaints to %2</source>
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
    <name>Startup</name>
    <message>
        <source>Cannot open the database:
%1

%2</source>
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
</TS>
