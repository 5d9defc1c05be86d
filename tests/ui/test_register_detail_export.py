"""The register register_page as a whole: the detail pane follows the selection, changes flow back into
the table, and the current view exports in the background."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import complaints, register
from fondue_desk.services.workflow import change_status
from tests.ui.keyboard import type_text
from ui.models.register_table_model import STATUS

COMPLAINTS = 700


def select_row(qtbot, register_page, row: int) -> int:
    index = register_page.model.index(row, 0)
    register_page.table.setFocus()
    register_page.table.setCurrentIndex(index)
    return index.data(Qt.ItemDataRole.UserRole)


def test_the_detail_pane_follows_the_selected_row(qtbot, register_page, db):
    assert register_page.detail.complaint() is None
    first = select_row(qtbot, register_page, 0)
    assert register_page.detail.complaint().id == first
    qtbot.keyClick(register_page.table, Qt.Key.Key_Down)
    second = register_page.table.currentIndex().data(Qt.ItemDataRole.UserRole)
    assert second != first and register_page.detail.complaint().id == second
    assert register_page.detail.tracking.text() == complaints.get(db, second).tracking_no


def test_a_status_change_in_the_pane_shows_in_the_table(qtbot, register_page, db, register_user):
    row = next(r for r in range(50) if register_page.model.row_at(r).status == "received")
    complaint_id = select_row(qtbot, register_page, row)
    with qtbot.waitSignal(register_page.detail.complaint_changed):
        change_status(db, register_user.id, complaint_id, "in_progress")
        register_page.detail.complaint_changed.emit(
            complaint_id
        )  # what the dialog emits after saving
    # The register is read again on its worker thread; the row stays selected.
    qtbot.waitUntil(lambda: register_page.model.index(row, STATUS).data() == "กำลังดำเนินการ",
                    timeout=20_000)
    assert register_page.table.currentIndex().data(Qt.ItemDataRole.UserRole) == complaint_id


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_export_writes_the_current_view_in_the_background(
    qtbot, register_page, db, register_office, tmp_path, monkeypatch, suffix
):
    type_text(register_page.filter_bar.search, "ไฟ")
    qtbot.keyClick(register_page.filter_bar.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: register_page.model.filter.text == "ไฟ", timeout=10_000)
    target = tmp_path / f"out.{suffix}"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), f"(*.{suffix})")
    )
    with qtbot.waitSignal(register_page.message, timeout=20000) as done:
        qtbot.mouseClick(register_page.export_button, Qt.MouseButton.LeftButton)
    expected = [
        r.tracking_no
        for r in register.iter_rows(
            db, register_office.id, register_page.model.filter, register_page.model.sort_order
        )
    ]
    assert f"{len(expected):,}" in done.args[0] and expected
    if suffix == "csv":
        with open(target, encoding="utf-8-sig", newline="") as f:
            exported = [row[0] for row in csv.reader(f)][1:]
    else:
        exported = [
            row[0]
            for row in load_workbook(target, read_only=True).active.iter_rows(
                min_row=2, values_only=True
            )
        ]
    assert exported == expected
    assert register_page.export_button.isEnabled()


def test_a_cancelled_export_says_so_and_leaves_no_file(qtbot, register_page, tmp_path, monkeypatch):
    import ui.dialogs.export_runner as runner

    real = runner.export_register
    monkeypatch.setattr(
        runner, "export_register", lambda *a, **k: real(*a, **{**k, "is_cancelled": lambda: True})
    )
    target = tmp_path / "all.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(register_page.message, timeout=20000) as done:
        register_page.export()
    assert done.args[0] == "ยกเลิกการส่งออกแล้ว ไม่มีการบันทึกไฟล์"
    assert not target.exists() and list(tmp_path.glob("*.xlsx")) == []


def test_the_view_filter_is_what_is_exported(register_page):
    assert register_page.model.filter == RegisterFilter()
