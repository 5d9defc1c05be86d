from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from ui.widgets.thai_date_edit import ThaiDateEdit


def test_shows_the_buddhist_era_year(qtbot):
    edit = ThaiDateEdit(QDate(2026, 11, 25))
    qtbot.addWidget(edit)
    assert edit.text() == "25/11/2569"


def test_typing_a_buddhist_era_date_sets_the_western_date(qtbot):
    edit = ThaiDateEdit(QDate(2026, 11, 25))
    qtbot.addWidget(edit)
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "01/12/2569")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date().toPython() == date(2026, 12, 1)


def test_an_impossible_date_is_not_accepted(qtbot):
    edit = ThaiDateEdit(QDate(2026, 11, 25))
    qtbot.addWidget(edit)
    assert edit._parse("31/02/2569") is None
    assert edit._parse("29/02/2567") == QDate(2024, 2, 29)  # BE 2567 is a leap year
