"""The outgoing letters register: a year in number order, search, and printing in batches."""
from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from fondue_desk.domain.calendar import be_year, pinned_clock
from fondue_desk.services import letters, signoff
from tests.pdf_text import pdf_text, skeleton
from tests.ui.keyboard import type_text
from tests.ui.signoff_helpers import awaiting, mayor
from ui.dialogs import pdf_job_dialog
from ui.dialogs.letter_preview_dialog import LetterPreviewDialog
from ui.dialogs.outgoing_register_dialog import OutgoingRegisterDialog, RegisterPreviewDialog
from ui.models.outgoing_register_model import NUMBER, SEQ
from ui.printing import PRINTED, PrintOutcome

SENT = PrintOutcome(PRINTED, "test printer", 1)  # what print_pdf reports

COMPLAINTS = 600  # the demo office then holds two years of closed work with letters


def make_dialog(qtbot, db, office, user) -> OutgoingRegisterDialog:
    dialog = OutgoingRegisterDialog(db, office, user)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.is_loading())
    return dialog


@pytest.fixture
def dialog(qtbot, db, register_office, register_user, now):
    two_years_of_letters(db, register_office, register_user, now)
    return make_dialog(qtbot, db, register_office, register_user)


def column(dialog, col: int) -> list[str]:
    return [dialog.proxy.index(r, col).data() for r in range(dialog.proxy.rowCount())]


def approve_today(db, office, clerk, count: int):
    made = awaiting(db, office, clerk, count)
    return signoff.approve(db, mayor(db).id, [c.id for c in made]).letters


def two_years_of_letters(db, office, clerk, now) -> None:
    """The demo's year of closed work has letters in two calendar years, except at New Year:
    on 31 December all of them are in this year, on 1 January this year has none yet. The
    dialog opens on the newest year: four letters to four people, so a search can narrow it."""
    if not letters.register(db, office.id, be_year(now.year)):
        approve_today(db, office, clerk, 4)
    if len(letters.register_years(db, office.id)) < 2:
        with pinned_clock(now + timedelta(days=7)):  # signed in the first days of next year
            approve_today(db, office, clerk, 4)


def test_rows_of_the_chosen_year_in_number_order(qtbot, dialog, db, register_office):
    years = letters.register_years(db, register_office.id)
    assert [dialog.year.itemData(i) for i in range(dialog.year.count())] == years
    assert len(years) >= 2
    for index, year in enumerate(years):
        dialog.year.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not dialog.is_loading())
        expected = letters.register(db, register_office.id, year)
        assert expected, f"the demo office has letters in {year}"
        seqs = [int(s) for s in column(dialog, SEQ)]
        assert seqs == sorted(seqs) == [v.seq for v in expected]
        assert column(dialog, NUMBER) == [v.document_no for v in expected]
        assert dialog.count_label.text().startswith(str(len(expected)))


def test_search_filters_the_rows(dialog):
    everyone = dialog.model.letters()
    wanted = everyone[len(everyone) // 2]
    given_name = wanted.recipient.split()[0][-4:]  # a piece of the name, as a clerk types it
    type_text(dialog.search, given_name)
    shown = dialog.shown_letters()
    assert wanted in shown
    assert 0 < len(shown) < len(everyone)
    assert all(given_name in letter.recipient or given_name in letter.reference
               or given_name in letter.signatory_name for letter in shown)
    assert [v.seq for v in shown] == sorted(v.seq for v in shown)

    dialog.search.clear()
    type_text(dialog.search, wanted.tracking_no)
    assert [v.id for v in dialog.shown_letters()] == [wanted.id]
    dialog.search.clear()
    assert len(dialog.shown_letters()) == len(everyone)


def test_nothing_to_print_today_says_so(qtbot, db, demo_office, clerk):
    dialog = make_dialog(qtbot, db, demo_office, clerk)
    assert dialog.model.rowCount() == 0
    with qtbot.waitSignal(dialog.message) as said:
        assert dialog.print_today() is None
    assert said.args[0] == dialog.status_label.text() != ""
    assert dialog.preview is None


def test_today_s_letters_print_as_one_pdf(qtbot, monkeypatch, db, demo_office, clerk):
    made = approve_today(db, demo_office, clerk, 5)
    dialog = make_dialog(qtbot, db, demo_office, clerk)
    assert [v.id for v in dialog.model.letters()] == [x.id for x in made]

    dialog.print_today_button.click()
    preview = dialog.preview
    assert isinstance(preview, LetterPreviewDialog)
    assert preview.letter_ids() == letters.letters_of_day(db, demo_office.id)
    qtbot.waitUntil(preview.is_ready, timeout=20000)
    pdf = preview.pdf_bytes()
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= len(made)
    text = skeleton(pdf_text(pdf))
    for letter in made:
        assert skeleton(letter.document_no) in text
        assert skeleton(letter.recipient) in text

    printed: list[bytes] = []
    monkeypatch.setattr(pdf_job_dialog, "print_pdf",
                        lambda data, _parent, _title, **_: printed.append(data) or SENT)
    preview.print_button.click()
    assert printed == [pdf]  # one print job for the day


def test_selected_letters_and_the_register_itself(qtbot, db, demo_office, clerk):
    made = approve_today(db, demo_office, clerk, 3)
    dialog = make_dialog(qtbot, db, demo_office, clerk)
    dialog.table.selectRow(2)
    dialog.table.selectionModel().select(
        dialog.proxy.index(0, 0), dialog.table.selectionModel().SelectionFlag.Select
        | dialog.table.selectionModel().SelectionFlag.Rows)
    assert dialog.print_selected_button.text().endswith("(2)")
    dialog.print_selected_button.click()
    chosen = dialog.preview
    assert chosen.letter_ids() == [made[0].id, made[2].id]  # in number order
    qtbot.waitUntil(chosen.is_ready)
    text = skeleton(pdf_text(chosen.pdf_bytes()))
    assert skeleton(made[0].document_no) in text and skeleton(made[2].document_no) in text
    assert skeleton(made[1].recipient) not in text

    dialog.print_register_button.click()
    register = dialog.preview
    assert isinstance(register, RegisterPreviewDialog)
    assert not chosen.isVisible()  # one preview at a time
    qtbot.waitUntil(register.is_ready, timeout=20000)
    text = skeleton(pdf_text(register.pdf_bytes()))
    assert skeleton("ทะเบียนหนังสือส่ง") in text
    for letter in made:
        assert skeleton(letter.document_no) in text
