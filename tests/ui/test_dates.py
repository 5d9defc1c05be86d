"""Dates on screen: Buddhist Era in Thai on the Thai desk, Gregorian English on the English
desk unless the office chose Buddhist-Era years for it; Arabic digits always; the date field
read and written by keyboard in both languages."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt

from fondue_desk.domain.errors import PermissionDenied
from fondue_desk.services import date_settings
from tests.ui.settings_helpers import open_settings, press
from ui import dates
from ui.widgets.thai_date_edit import ThaiDateEdit

# 5 Dec 2026 18:41 UTC is already 6 Dec 01:41 in Thailand.
LATE_UTC = datetime(2026, 12, 5, 18, 41)


@pytest.fixture(autouse=True)
def _gregorian_english():
    """The era choice is module state (loaded per window): each test starts from the default."""
    dates.use_english_be(False)
    yield
    dates.use_english_be(False)


@pytest.fixture
def english_be(english):
    dates.use_english_be(True)


def test_the_thai_desk_writes_buddhist_era_thai_dates():
    assert dates.shown_date(date(2026, 12, 6)) == "6 ธันวาคม 2569"
    assert dates.short_date(date(2026, 12, 6)) == "6 ธ.ค. 2569"
    assert dates.shown_datetime(LATE_UTC) == "6 ธันวาคม 2569 เวลา 01:41 น."
    assert dates.short_datetime(LATE_UTC) == "6 ธ.ค. 2569 01:41"
    assert dates.shown_month(2026, 12) == "ธันวาคม 2569"
    assert dates.short_month(2026, 9) == "ก.ย. 2569"
    assert dates.day_and_month(date(2026, 12, 6)) == "6 ธ.ค."
    assert dates.numeric_date(date(2026, 12, 6)) == "06/12/2569"


def test_the_office_choice_does_not_change_the_thai_desk():
    dates.use_english_be(True)
    assert dates.short_date(date(2026, 12, 6)) == "6 ธ.ค. 2569"


@pytest.mark.usefixtures("english")
def test_the_english_desk_writes_gregorian_english_dates():
    assert dates.shown_date(date(2026, 12, 6)) == "6 December 2026"
    assert dates.short_date(date(2026, 9, 6)) == "6 Sep 2026"  # not en_GB's "Sept"
    assert dates.shown_datetime(LATE_UTC) == "6 December 2026, 01:41"
    assert dates.short_datetime(LATE_UTC) == "6 Dec 2026 01:41"
    assert dates.shown_month(2026, 12) == "December 2026"
    assert dates.short_month(2027, 1) == "Jan 2027"
    assert dates.day_and_month(LATE_UTC) == "6 Dec"
    assert dates.numeric_date(date(2026, 12, 6)) == "06/12/2026"
    # A stored aware moment reads the same as its naive UTC twin.
    assert dates.short_datetime(LATE_UTC.replace(tzinfo=UTC)) == "6 Dec 2026 01:41"


@pytest.mark.usefixtures("english_be")
def test_the_english_desk_writes_buddhist_era_years_when_the_office_chose_them():
    assert dates.shown_date(date(2026, 12, 6)) == "6 December 2569 BE"
    assert dates.short_date(date(2026, 12, 6)) == "6 Dec 2569"  # short: "BE" goes without saying
    assert dates.short_datetime(LATE_UTC) == "6 Dec 2569 01:41"
    assert dates.shown_month(2026, 12) == "December 2569 BE"
    assert dates.shown_datetime(LATE_UTC) == "6 December 2569 BE, 01:41"


def test_the_office_setting_is_gregorian_until_an_admin_chooses(db, demo_office, admin, clerk):
    assert not date_settings.english_be_dates(db, demo_office.id)
    with pytest.raises(PermissionDenied):
        date_settings.set_english_be_dates(db, clerk.id, True)
    assert not date_settings.english_be_dates(db, demo_office.id)
    assert date_settings.set_english_be_dates(db, admin.id, True)
    assert date_settings.english_be_dates(db, demo_office.id)
    date_settings.set_english_be_dates(db, admin.id, False)
    assert not date_settings.english_be_dates(db, demo_office.id)


# --- the date field ---------------------------------------------------------------------


def _typed(qtbot, edit: ThaiDateEdit, text: str) -> None:
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_thai_date_field_reads_and_writes_buddhist_era(qtbot):
    edit = ThaiDateEdit(QDate(2026, 11, 25))
    qtbot.addWidget(edit)
    assert edit.text() == "25/11/2569"
    _typed(qtbot, edit, "1/12/2569")
    assert edit.date().toPython() == date(2026, 12, 1)
    assert edit.text() == "01/12/2569"


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("typed", ["1 Dec 2026", "01 dec 2026", "1 December 2026",
                                   "1/12/2026", "2026-12-01"])
def test_the_english_date_field_reads_what_is_typed(qtbot, typed):
    edit = ThaiDateEdit(QDate(2026, 9, 6))
    qtbot.addWidget(edit)
    assert edit.text() == "06 Sep 2026"
    _typed(qtbot, edit, typed)
    assert edit.date().toPython() == date(2026, 12, 1)
    assert edit.text() == "01 Dec 2026"


@pytest.mark.usefixtures("english")
def test_the_english_date_field_keeps_its_date_on_an_impossible_one(qtbot):
    edit = ThaiDateEdit(QDate(2026, 9, 6))
    qtbot.addWidget(edit)
    assert edit._parse("31 Feb 2026") is None
    assert edit._parse("29 Feb 2024") == QDate(2024, 2, 29)
    _typed(qtbot, edit, "31 Feb 2026")
    assert edit.date().toPython() == date(2026, 9, 6)


@pytest.mark.usefixtures("english")
def test_the_english_date_field_steps_by_the_arrow_keys(qtbot):
    edit = ThaiDateEdit(QDate(2026, 9, 6))
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.lineEdit().setCursorPosition(4)  # in the month
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "06 Oct 2026"


@pytest.mark.usefixtures("english_be")
def test_the_english_date_field_counts_in_the_buddhist_era_when_chosen(qtbot):
    edit = ThaiDateEdit(QDate(2026, 9, 6))
    qtbot.addWidget(edit)
    assert edit.text() == "06 Sep 2569"
    _typed(qtbot, edit, "1 Dec 2569")
    assert edit.date().toPython() == date(2026, 12, 1)


# --- Settings → Office ------------------------------------------------------------------


def test_the_office_page_saves_the_english_era_and_puts_it_in_force(qtbot, db, demo_office,
                                                                   admin):
    window = open_settings(qtbot, db, demo_office, admin, "office")
    page = window.show_page("office") or window.page("office")
    box = page.dates
    assert not box.english_be.isChecked()
    box.english_be.setChecked(True)
    assert not date_settings.english_be_dates(db, demo_office.id)  # waits for OK
    with qtbot.waitSignal(window.accepted, timeout=10_000):
        press(qtbot, window.ok_button)
    assert date_settings.english_be_dates(db, demo_office.id)
    assert dates.english_be()
    again = open_settings(qtbot, db, demo_office, admin, "office")
    assert (again.show_page("office") or again.page("office")).dates.english_be.isChecked()


# --- the English desk, whole ------------------------------------------------------------


def _desk(qtbot, db, office, user):
    from ui.main_window import MainWindow

    window = MainWindow(db, office, user)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _received_cell(window, tracking_no: str) -> str:
    from ui.models.register_table_model import RECEIVED, TRACKING

    model = window.register_page.model
    for row in range(model.rowCount()):
        if model.index(row, TRACKING).data() == tracking_no:
            return model.index(row, RECEIVED).data()
    return ""


def _has_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


@pytest.mark.usefixtures("english")
def test_the_english_desk_shows_gregorian_dates_then_the_offices_buddhist_era(
        qtbot, db, demo_office, admin, clerk, now):
    from tests.ui.dispatch_helpers import ELECTRIC, assigned, crew_serving
    from ui.settings.dates_box import REDRAW

    job = assigned(db, demo_office, clerk, crew_serving(db, demo_office, ELECTRIC, "ทีมไฟฟ้า"),
                   ELECTRIC)
    month = dates.ENGLISH_MONTHS_SHORT[now.month - 1]
    window = _desk(qtbot, db, demo_office, admin)
    register = window.register_page
    window.show_page(window.pages.indexOf(register))
    qtbot.waitUntil(lambda: _received_cell(window, job.tracking_no) != "")
    received = _received_cell(window, job.tracking_no)
    assert received.startswith(f"{now.day} {month} {now.year} ")
    register.detail.show_complaint(job.id)
    shown = register.detail.value_text("received").replace("\u00a0", " ")
    assert shown.startswith(f"{now.day} {dict(enumerate(dates.ENGLISH_MONTHS, 1))[now.month]} "
                            f"{now.year}, ")
    assert not _has_thai(shown)
    assert not _has_thai(register.detail.value_text("due"))

    # Settings saved "Buddhist-Era years in English" and published: the window reloads the
    # office's choice before its open pages redraw.
    date_settings.set_english_be_dates(db, admin.id, True)
    window.reference_bus.publish(REDRAW)
    qtbot.waitUntil(lambda: _received_cell(window, job.tracking_no).startswith(
        f"{now.day} {month} {now.year + 543} "))
    register.detail.show_complaint(job.id)
    assert f"{now.year + 543} BE" in register.detail.value_text("received").replace("\u00a0", " ")


def test_a_new_window_takes_the_offices_choice(qtbot, db, demo_office, admin, english):
    date_settings.set_english_be_dates(db, admin.id, True)
    _desk(qtbot, db, demo_office, admin)
    assert dates.english_be()
    assert dates.shown_date(date(2026, 12, 6)) == "6 December 2569 BE"


@pytest.mark.usefixtures("english")
def test_a_refusal_names_the_other_desks_moment_the_english_way():
    from ui.live_refresh import changed_by_text

    text = changed_by_text("Somsri", "06/12/2569 10:05").replace("\u00a0", " ")
    assert text.endswith("6 Dec 2026 10:05")
    assert dates.core_moment("not a moment") == "not a moment"


def test_a_stored_iso_moment_is_written_the_desks_way(english):
    assert dates.iso_moment("2026-12-06T10:05:00+07:00") == "6 Dec 2026 10:05"
    assert dates.iso_moment("2026-12-06T03:05:00") == "6 Dec 2026 10:05"  # naive: UTC
    assert dates.iso_moment("yesterday") == "yesterday"


@pytest.mark.usefixtures("english")
def test_an_optional_date_question_is_typed_the_english_way(qtbot):
    from fondue_desk.domain.custom_fields import FieldDefinition, FieldKind
    from ui.widgets.custom_field_editors import DateEditor

    editor = DateEditor(FieldDefinition(code="seen_on", label="วันที่พบ", kind=FieldKind.DATE))
    qtbot.addWidget(editor)
    assert "e.g. 6 Dec 2026 or 06/12/2026" in editor.edit.toolTip()
    assert editor.edit.text() == ""  # not answered
    _typed(qtbot, editor.edit, "05 Nov 2026")
    assert editor.value() == "2026-11-05"
    _typed(qtbot, editor.edit, "06122026")  # the eight digits alone
    assert editor.value() == "2026-12-06"


def test_a_live_switch_rewrites_the_dates_and_the_date_fields(qtbot, db, demo_office, clerk,
                                                              now, thai):
    import shiboken6

    from tests.ui.helpers import log
    from ui.session.desk_session import DeskSession
    from ui.translations import use_language

    logged = log(db, demo_office, clerk, description="ขยะตกค้าง")
    session = DeskSession(db, demo_office, idle_ms=lambda: 0)
    try:
        window = session.start(clerk)
        qtbot.waitExposed(window)
        window.show_page(window.pages.indexOf(window.register_page))
        qtbot.waitUntil(lambda: _received_cell(window, logged.tracking_no) != "")
        assert _received_cell(window, logged.tracking_no).startswith(
            f"{now.day} {dates.month_name(now.month, short=True)} {now.year + 543} ")
        assert window.register_page.filter_bar.date_to.text().endswith(f"/{now.year + 543}")

        window.language_actions["en"].trigger()  # View → Language → English
        qtbot.waitUntil(lambda: session.window is not window and session.window.isVisible())
        english = session.window
        english.show_page(english.pages.indexOf(english.register_page))
        qtbot.waitUntil(lambda: _received_cell(english, logged.tracking_no) != "")
        month = dates.ENGLISH_MONTHS_SHORT[now.month - 1]
        assert _received_cell(english, logged.tracking_no).startswith(
            f"{now.day} {month} {now.year} ")
        assert english.register_page.filter_bar.date_to.text() == \
            f"{now.day:02d} {month} {now.year}"
    finally:
        session.watcher.stop()
        for widget in (session.window, session.signed_out, session.lock_screen, session.login):
            if widget is not None and shiboken6.isValid(widget):
                widget.hide()
                widget.deleteLater()
        thai[:] = use_language("th")
