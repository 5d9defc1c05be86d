"""The Thai interface is complete and the shipped .qm files are built from the current .ts."""
from __future__ import annotations

import pytest

from scripts import update_translations as tools

LANGUAGES = ("th", "en")


def test_every_thai_string_is_translated():
    assert tools.unfinished(tools.ts_file("th")) == []


def test_unfinished_detects_a_missing_translation(tmp_path):
    broken = tmp_path / "broken.ts"
    text = tools.ts_file("th").read_text(encoding="utf-8")
    broken.write_text(text.replace("<translation>บันทึกและพิมพ์ใบรับเรื่อง</translation>",
                                   '<translation type="unfinished"></translation>', 1),
                      encoding="utf-8")
    # Strings still waiting for their Thai (a pending file not yet merged) do not count here.
    waiting = set(tools.unfinished(tools.ts_file("th")))
    assert set(tools.unfinished(broken)) - waiting == {"Save and print receipt"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_file_is_compiled_from_the_current_ts(tmp_path, language):
    # Bytes, not timestamps: a fresh clone gives both files whatever mtime the checkout did.
    ts, qm = tools.ts_file(language), tools.qm_file(language)
    rebuilt = tmp_path / qm.name
    tools.lrelease(ts, rebuilt)
    assert rebuilt.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is out of date: run python scripts/update_translations.py")


def test_a_window_built_with_the_thai_translator_speaks_thai(window):
    assert window.navigation.item(1).text() == "รับเรื่อง"
    assert window.navigation.item(2).text() == "ทะเบียน"
    assert window.intake_page.save_button.text() == "บันทึกและพิมพ์ใบรับเรื่อง"
    assert window.menuBar().actions()[0].text() == "ไฟล์ (&F)"
    assert window.intake_page.form.anonymous.text() == "ไม่ประสงค์ออกนาม"


def test_the_english_interface_uses_the_source_texts_and_plurals(qtbot, db, demo_office, clerk,
                                                                 thai):
    from ui.main_window import MainWindow
    from ui.translations import install_translators, remove_translators

    remove_translators(thai)
    english = install_translators("en")
    try:
        window = MainWindow(db, demo_office, clerk)
        qtbot.addWidget(window)
        form = window.intake_page.form
        form.category.setEditText("ไฟฟ้าส่องสว่างชำรุด")
        form.category.resolve()
        assert window.navigation.item(1).text() == "New complaint"
        assert form.sla_label.text() == "Due within 3 days"
        assert window.intake_page.today_label.text() == "Logged today: 0"
    finally:
        remove_translators(english)
