"""File → Import from Traffy Fondue…: the dialog plans off the GUI thread, asks about unmapped
types, unknown states and ambiguous dates, lists bad rows with their lines, imports, and a
second import of the same file brings nothing new."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import reference, register, traffy_mapping
from ui.traffy.import_dialog import CHOOSE, RESULT, REVIEW, TraffyImportDialog

HEADER = ["ticket_id", "type", "organization", "comment", "coords", "photo", "photo_after",
          "address", "subdistrict", "district", "province", "timestamp", "state", "star",
          "count_reopen", "last_activity"]
UNMAPPED_TYPE = "ทางเท้า"
AGENCY_STATE = "รอตรวจสอบหน้างาน"  # an agency's own state: no default meaning


def _row(ticket: str, *, state: str = "รอรับเรื่อง", stamp: str = "2023-05-12 13:27:54+00",
         coords: str = "100.52314,13.72911", comment: str = "ทางเท้าชำรุด") -> list[str]:
    return [ticket, "{" + UNMAPPED_TYPE + "}", "เขตบางรัก", comment, coords, "", "",
            "ถนนสีลม", "สีลม", "บางรัก", "กรุงเทพมหานคร", stamp, state, "", "0", stamp]


def _write(path, rows) -> str:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return str(path)


@pytest.fixture
def sample(tmp_path):
    """Three good rows (one in an agency-only state, its comment on two lines) and a row whose
    date is not a date, on line 6 of the file (the header is line 1)."""
    return _write(tmp_path / "traffy.csv", [
        _row("2023-TST001"),
        _row("2023-TST002", state=AGENCY_STATE, comment="ทางเท้า\nยุบตัวเป็นหลุม"),
        _row("2023-TST003", state="เสร็จสิ้น"),
        _row("2023-TST004", stamp="not a date"),
    ])


@pytest.fixture
def dialog(qtbot, db, demo_office, admin):
    shown = TraffyImportDialog(db, demo_office, admin)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _plan(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.plan_ready):
        dialog.plan_file(path)
    return dialog.plan


def _choose_by_keyboard(qtbot, combo, index: int = 1) -> None:
    combo.setFocus()
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def _imported_ids(db, office_id) -> set[int]:
    return {row.id for row in register.fetch(db, office_id, RegisterFilter(), limit=100)}


def test_the_file_is_chosen_in_the_remembered_folder_and_planned(qtbot, dialog, sample,
                                                                  monkeypatch, tmp_path):
    asked = []

    def open_name(_parent, _title, folder, _filters):
        asked.append(folder)
        return sample, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    assert dialog.pages.currentIndex() == CHOOSE
    with qtbot.waitSignal(dialog.plan_ready):
        qtbot.keyClick(dialog.choose_button, Qt.Key.Key_Space)
    assert dialog.pages.currentIndex() == REVIEW
    plan = dialog.plan
    assert (plan.total_rows, plan.new, len(plan.bad_rows)) == (4, 3, 1)
    assert "3" in dialog.review.summary.text()
    # The next file is looked for where this one was.
    dialog.choose_file()
    assert asked[-1] == str(tmp_path)


def test_unmapped_type_and_agency_state_are_answered_by_keyboard_then_imported_once(
        qtbot, db, demo_office, admin, dialog, sample):
    before = _imported_ids(db, demo_office.id)
    plan = _plan(qtbot, dialog, sample)
    assert dict(plan.unmapped_types) == {UNMAPPED_TYPE: 3}
    assert dict(plan.unknown_states) == {AGENCY_STATE: 1}
    assert dialog.review.types.values() == [UNMAPPED_TYPE]
    assert dialog.review.states.values() == [AGENCY_STATE]
    # Nothing can be written while a question is open.
    assert not dialog.import_button.isEnabled()
    category = reference.active_categories(db, demo_office.id)[0]
    _choose_by_keyboard(qtbot, dialog.review.types.combos()[0])
    assert not dialog.import_button.isEnabled()
    in_progress = 2  # "choose…", waiting, in progress
    _choose_by_keyboard(qtbot, dialog.review.states.combos()[0], in_progress)
    assert dialog.import_button.isEnabled()
    assert dialog.review.types.combos()[0].currentData() == category.id

    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    result = imported.args[0]
    assert (result.added, result.updated, len(result.bad_rows)) == (3, 0, 1)
    assert dialog.pages.currentIndex() == RESULT
    assert "3" in dialog.result_label.text()
    new_ids = _imported_ids(db, demo_office.id) - before
    assert len(new_ids) == 3
    # The answers are the office's mapping now.
    remembered = traffy_mapping.mapping(db, demo_office.id)
    assert remembered.types[UNMAPPED_TYPE] == category.id
    assert remembered.states[AGENCY_STATE] == "in_progress"

    # Re-opened: nothing to ask, nothing new.
    again = TraffyImportDialog(db, demo_office, admin)
    qtbot.addWidget(again)
    again.show()
    plan = _plan(qtbot, again, sample)
    assert (plan.unmapped_types, plan.unknown_states) == ((), ())
    assert (plan.new, plan.unchanged) == (0, 3)
    assert again.import_button.isEnabled()
    with qtbot.waitSignal(again.imported) as imported:
        qtbot.keyClick(again.import_button, Qt.Key.Key_Return)
    assert (imported.args[0].added, imported.args[0].updated) == (0, 0)
    assert _imported_ids(db, demo_office.id) - before == new_ids


def test_bad_rows_are_listed_with_their_lines_and_saved(qtbot, dialog, sample, tmp_path,
                                                        monkeypatch):
    _plan(qtbot, dialog, sample)
    assert dialog.review.bad_box.isVisible()
    assert dialog.review.bad_rows.lines() == [6]
    assert dialog.review.bad_rows.item(0, 1).text()
    report = tmp_path / "report.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(report), ""))
    qtbot.keyClick(dialog.review.save_report_button, Qt.Key.Key_Space)
    text = report.read_text(encoding="utf-8-sig")
    assert text.splitlines()[1].startswith("6,")


def test_cancelling_the_plan_returns_to_the_file_choice(qtbot, dialog, tmp_path):
    big = _write(tmp_path / "big.csv", [_row(f"2023-B{n:05d}") for n in range(12_000)])
    with qtbot.waitSignal(dialog.cancelled) as cancelled:
        dialog.plan_file(big)
        assert dialog.busy.isVisible() and not dialog.choose_button.isEnabled()
        qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Space)
    assert cancelled.args == ["plan"]
    assert dialog.plan is None and dialog.task is None
    assert dialog.pages.currentIndex() == CHOOSE
    assert not dialog.busy.isVisible()


def test_esc_while_importing_cancels_and_writes_nothing(qtbot, db, demo_office, dialog,
                                                        tmp_path):
    before = _imported_ids(db, demo_office.id)
    big = _write(tmp_path / "big.csv", [_row(f"2023-C{n:05d}") for n in range(12_000)])
    _plan(qtbot, dialog, big)
    _choose_by_keyboard(qtbot, dialog.review.types.combos()[0])
    with qtbot.waitSignal(dialog.cancelled) as cancelled:
        dialog.start_import()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert cancelled.args == ["import"]
    assert dialog.isVisible()  # Esc stopped the work; it did not close the dialog
    assert dialog.pages.currentIndex() == REVIEW
    assert _imported_ids(db, demo_office.id) == before


def test_ambiguous_dates_ask_before_importing(qtbot, db, demo_office, dialog, tmp_path):
    path = _write(tmp_path / "dates.csv", [
        _row("2023-D00001", stamp="03/04/2023 10:00"),
        _row("2023-D00002", stamp="05/06/2023 11:30"),
    ])
    before = _imported_ids(db, demo_office.id)
    plan = _plan(qtbot, dialog, path)
    assert plan.date_order_ambiguous
    dates = dialog.review.dates
    assert dates.isVisible()
    # One value read both ways, in the desk's Thai dates.
    assert "เมษายน 2566" in dates.day_first.text()
    assert "พฤษภาคม 2566" in dates.month_first.text()
    _choose_by_keyboard(qtbot, dialog.review.types.combos()[0])
    assert not dialog.import_button.isEnabled()  # the date question is still open
    assert dates.date_order() is None  # nothing was guessed for the clerk
    dates.month_first.setFocus()
    qtbot.keyClick(dates.month_first, Qt.Key.Key_Space)
    assert dialog.review.date_order() == "mdy"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    received = sorted(row.received_at.date().isoformat()
                      for row in register.fetch(db, demo_office.id, RegisterFilter(), limit=100)
                      if row.id not in before)
    assert received == ["2023-03-04", "2023-05-06"]  # month first, as answered


def test_the_menu_entry_opens_the_dialog_and_the_register_reads_again(qtbot, window, sample):
    action = window.traffy_import_action
    assert action.isEnabled()  # the clerk at the counter imports
    action.trigger()
    dialog = window.findChild(TraffyImportDialog)
    assert dialog is not None and dialog.isVisible()
    refreshed = []
    window.register_page.refresh = lambda *a, **k: refreshed.append(True)
    plan = _plan(qtbot, dialog, sample)
    for combo in dialog.review.types.combos() + dialog.review.states.combos():
        _choose_by_keyboard(qtbot, combo)
    assert plan.new == 3
    with qtbot.waitSignal(dialog.imported):
        dialog.start_import()
    qtbot.waitUntil(lambda: bool(refreshed))


def test_tab_goes_from_question_to_question_then_to_import(qtbot, dialog, sample):
    _plan(qtbot, dialog, sample)
    type_combo = dialog.review.types.combos()[0]
    state_combo = dialog.review.states.combos()[0]
    qtbot.waitUntil(type_combo.hasFocus)  # the first open question has the cursor
    _choose_by_keyboard(qtbot, type_combo)
    qtbot.keyClick(type_combo, Qt.Key.Key_Tab)
    assert state_combo.hasFocus()
    qtbot.keyClick(state_combo, Qt.Key.Key_Down)
    assert dialog.import_button.isEnabled()


def test_the_mayor_sees_the_entry_greyed_with_the_reason(qtbot, db, demo_office, clerk):
    from dataclasses import replace

    from ui.main_window import MainWindow

    window = MainWindow(db, demo_office, replace(clerk, role="mayor"))
    qtbot.addWidget(window)
    action = window.traffy_import_action
    assert not action.isEnabled()
    assert action.toolTip()


def test_tab_onto_a_question_below_the_fold_scrolls_it_into_sight(qtbot, dialog, tmp_path):
    rows = [_row(f"2023-T{n:05d}") for n in range(30)]
    for n, row in enumerate(rows):
        row[1] = "{ประเภทที่ " + str(n) + "}"
    _plan(qtbot, dialog, _write(tmp_path / "types.csv", rows))
    table = dialog.review.types
    last = table.combos()[-1]
    assert not table.viewport().rect().contains(last.geometry())
    for combo in table.combos()[:-1]:
        _choose_by_keyboard(qtbot, combo)
        qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert last.hasFocus()
    qtbot.waitUntil(lambda: table.viewport().rect().contains(last.geometry()))


def test_a_file_that_cannot_be_read_is_said_so_and_nothing_changes(qtbot, dialog, tmp_path):
    with qtbot.waitSignal(dialog.task_failed) as failed:
        dialog.plan_file(tmp_path / "gone.csv")
    assert failed.args[0] and failed.args[0] == dialog.message.text()
    assert dialog.pages.currentIndex() == CHOOSE and dialog.plan is None
    assert dialog.choose_button.isEnabled()
