"""Counts on screen carry thousands separators ("พบ 1,234 เรื่อง"), in Thai and in English."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import register

COMPLAINTS = 1_250  # the register_office fixture's size: past a thousand


def test_the_register_counts_with_a_separator(db, register_office, register_page):
    total = register.count(db, register_office.id, RegisterFilter())
    assert total == COMPLAINTS
    assert register_page.count_label.text() == "พบ 1,250 เรื่อง"


def test_every_counted_text_is_grouped_in_thai(thai):
    text = QCoreApplication.translate("RegisterPage", "%n complaint(s) found", "", 16669)
    assert text == "พบ 16,669 เรื่อง"
    # A text without a translation still gets its count grouped.
    assert QCoreApplication.translate("Nowhere", "%n things", "", 300000) == "300,000 things"
    # Texts without a count are the real translators' to answer.
    assert QCoreApplication.translate("MainWindow", "Register") == "ทะเบียน"
    assert QCoreApplication.translate("Nowhere", "Untranslated") == "Untranslated"


def test_every_counted_text_is_grouped_in_english(thai):
    from ui.translations import install_translators, remove_translators

    remove_translators(thai)
    english = install_translators("en")
    try:
        found = QCoreApplication.translate("RegisterPage", "%n complaint(s) found", "", 16669)
        assert found == "16,669 complaints found"
        # The English plural forms still follow the count.
        assert QCoreApplication.translate("IntakeFormWidget", "Due within %n day(s)", "", 1) == (
            "Due within 1 day")
        assert QCoreApplication.translate("IntakeFormWidget", "Due within %n day(s)", "",
                                          1000) == "Due within 1,000 days"
    finally:
        remove_translators(english)
