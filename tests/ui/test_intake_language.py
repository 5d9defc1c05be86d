"""The complainant's language at the counter: a name typed in Latin letters suggests English,
the clerk's own choice is never overridden, and the saved complaint's receipt prints in it."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from fondue_desk.services import receipts
from tests.complaint_views import newest_complaints
from tests.ui.keyboard import type_text
from tests.ui.test_intake_page import choose_category


@pytest.fixture
def printed(monkeypatch):
    """The receipts the page asked for, as PDF bytes."""
    made: list[bytes] = []
    real = receipts.receipt_pdf_checked

    def spy(*args, **kwargs):
        pdf, problems = real(*args, **kwargs)
        made.append(pdf)
        return pdf, problems

    monkeypatch.setattr(receipts, "receipt_pdf_checked", spy)
    return made


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
                    .split())


def fill_complaint(qtbot, page) -> None:
    choose_category(qtbot, page, "ส่องสว่าง")
    type_text(page.form.description, "Street light out in front of the temple")
    qtbot.keyClicks(page.form.phone, "081 234 5678")


def test_a_latin_name_suggests_english_saves_it_and_prints_an_english_receipt(
        qtbot, page, db, demo_office, printed):
    form = page.form
    assert form.language.language() == "th"
    fill_complaint(qtbot, page)
    form.name.setFocus()
    qtbot.keyClicks(form.name, "John Smith")
    assert form.language.language() == "en"
    assert form.language.combo.currentData() == "en"
    assert form.language.hint.text()  # says why it changed by itself
    with qtbot.waitSignal(page.complaint_logged, timeout=10_000):
        qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    [complaint] = newest_complaints(db, demo_office.id)
    assert complaint.language == "en"
    assert printed and "Complaint Receipt" in text_of(printed[-1])
    assert "Tracking number" in text_of(printed[-1])
    dialog = page.print_dialog()
    if dialog is not None:
        dialog.reject()
        qtbot.waitUntil(lambda: page.print_dialog() is None, timeout=10_000)
    # The next complainant starts in Thai and follows their name again.
    assert form.is_blank() and form.language.language() == "th"
    assert not form.language.hint.text()
    type_text(form.name, "นายสมชาย ใจดี")
    assert form.language.language() == "th"


def test_a_thai_name_after_a_latin_one_goes_back_to_thai(qtbot, page):
    form = page.form
    qtbot.keyClicks(form.name, "Jo")
    assert form.language.language() == "en"
    form.name.clear()
    type_text(form.name, "สมชาย")
    assert form.language.language() == "th"


def test_the_clerks_own_choice_is_never_overridden_by_the_name(qtbot, page, db, demo_office,
                                                               printed):
    form = page.form
    fill_complaint(qtbot, page)
    form.name.setFocus()
    qtbot.keyClicks(form.name, "John")
    assert form.language.language() == "en"
    # Tab from the name reaches the choice; Up picks Thai (the complainant reads Thai).
    qtbot.keyClick(form.name, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: form.language.combo.hasFocus(), timeout=10_000)
    qtbot.keyClick(form.language.combo, Qt.Key.Key_Up)
    assert form.language.language() == "th" and form.language.is_manual()
    qtbot.keyClicks(form.name, " Smith")
    assert form.language.language() == "th"
    with qtbot.waitSignal(page.complaint_logged, timeout=10_000):
        qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    [complaint] = newest_complaints(db, demo_office.id)
    assert complaint.language == "th"
    assert "Complaint Receipt" not in text_of(printed[-1])


def test_english_chosen_for_a_thai_name_stays_english(qtbot, page):
    form = page.form
    form.language.combo.setFocus()
    qtbot.keyClick(form.language.combo, Qt.Key.Key_Down)
    assert form.language.language() == "en"
    type_text(form.name, "นางมาลี")
    assert form.language.language() == "en"
    assert not form.is_blank()


def test_the_detail_shows_the_language_and_an_edit_changes_it_with_history(
        qtbot, db, demo_office, clerk):
    from fondue_desk.services import complaints, intake, reference
    from ui.pages.intake_language import language_name
    from ui.widgets.complaint_detail_pane import ComplaintDetailPane

    from .test_detail_pane import edit_dialog

    category = reference.active_categories(db, demo_office.id)[0]
    complaint = intake.log_complaint(db, clerk.id, intake.ComplaintInput(
        category_id=category.id, description="Street light out", complainant_name="John Smith",
        phone="0812345678", language="en"))
    pane = ComplaintDetailPane(db, demo_office, clerk)
    qtbot.addWidget(pane)
    pane.resize(600, 800)
    pane.show()
    pane.show_complaint(complaint.id)
    assert pane.value_text("language") == language_name("en")
    dialog = edit_dialog(qtbot, pane)
    language = dialog.form.language
    assert language.language() == "en" and language.is_manual()
    type_text(dialog.form.name, " Jr")  # a saved choice does not follow the name either
    language.combo.setFocus()
    qtbot.keyClick(language.combo, Qt.Key.Key_Up)
    assert language.language() == "th"
    with qtbot.waitSignal(pane.complaint_changed, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert complaints.get(db, complaint.id).language == "th"
    assert pane.value_text("language") == language_name("th")
    newest = pane.timeline.entry_texts()[0]
    assert f"{language_name('en')} → {language_name('th')}" in newest


def test_a_restored_form_keeps_the_clerks_choice(qtbot, page):
    form = page.form
    type_text(form.name, "นางมาลี")
    form.language.combo.setFocus()
    qtbot.keyClick(form.language.combo, Qt.Key.Key_Down)  # English, for a Thai name
    snapshot = form.snapshot()
    form.clear()
    assert form.language.language() == "th" and not form.language.is_manual()
    form.restore(snapshot)
    assert form.language.language() == "en" and form.language.is_manual()
    type_text(form.name, " ใจดี")
    assert form.language.language() == "en"
