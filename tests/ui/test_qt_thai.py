"""Qt's own dialogs speak Thai when the desk does (resources/i18n/qt_th.ts: Qt ships no Thai).

Set FONDUE_QT_THAI_SHOTS to a folder to keep the PNGs of the dialogs for a look.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWizard,
)

from scripts import update_translations as tools
from ui.translations import I18N_DIR, install_translators, remove_translators

SHOTS = os.environ.get("FONDUE_QT_THAI_SHOTS")


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def texts(widget) -> set[str]:
    found = {w.text() for w in widget.findChildren(QLabel)}
    found |= {w.text() for w in widget.findChildren(QAbstractButton)}
    found |= {w.title() for w in widget.findChildren(QGroupBox)}
    return {text for text in found if text}


def test_the_thai_qt_translation_is_compiled_from_the_current_ts(tmp_path):
    # Bytes, not timestamps: a fresh clone gives both files whatever mtime the checkout did.
    rebuilt = tmp_path / "qt_th.qm"
    tools.lrelease(I18N_DIR / "qt_th.ts", rebuilt)
    assert rebuilt.read_bytes() == (I18N_DIR / "qt_th.qm").read_bytes(), (
        "run pyside6-lrelease resources/i18n/qt_th.ts -qm resources/i18n/qt_th.qm")
    assert tools.unfinished(I18N_DIR / "qt_th.ts") == []


def test_message_box_buttons_are_thai(qtbot, shots):
    box = QMessageBox(QMessageBox.Icon.Question, "ยืนยัน", "ลบไฟล์นี้หรือไม่",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "ใช่ (&Y)"
    assert box.button(QMessageBox.StandardButton.No).text() == "ไม่ (&N)"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "ยกเลิก"
    box.show()
    qtbot.waitExposed(box)
    assert box.grab().save(str(shots / "qt-th-message-box.png"))


def test_button_box_standard_buttons_are_thai(qtbot):
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.RestoreDefaults)
    qtbot.addWidget(buttons)
    said = {b: buttons.button(b).text() for b in (
        QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel,
        QDialogButtonBox.StandardButton.Apply, QDialogButtonBox.StandardButton.Close,
        QDialogButtonBox.StandardButton.RestoreDefaults)}
    assert list(said.values()) == ["ตกลง", "ยกเลิก", "นำไปใช้", "ปิด", "คืนค่าเริ่มต้น"]


def test_the_print_dialog_is_thai(qtbot, shots, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    QPrintDialog.show(dialog)  # not exec: the test looks at it, nobody answers it
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "พิมพ์"
    shown = texts(dialog)
    for thai in ("เครื่องพิมพ์", "ชื่อ (&N):", "ช่วงที่พิมพ์", "พิมพ์ทั้งหมด", "จำนวนชุด:",
                 "เรียงชุด", "ตัวเลือก (&O) >>", "พิมพ์ (&P)", "ยกเลิก"):
        assert thai in shown, thai
    for english in ("Printer", "Print range", "Copies:", "Cancel", "&Print"):
        assert english not in shown, english
    dialog.resize(760, 520)
    assert dialog.grab().save(str(shots / "qt-th-print-dialog.png"))
    options = next(b for b in dialog.findChildren(QAbstractButton)
                   if b.text() == "ตัวเลือก (&O) >>")
    options.click()  # the second half: copies, duplex, colour
    qtbot.waitUntil(lambda: options.text() == "ตัวเลือก (&O) <<")
    assert {"พิมพ์สองหน้า", "โหมดสี"} <= texts(dialog)
    assert dialog.grab().save(str(shots / "qt-th-print-dialog-options.png"))
    dialog.reject()


def test_the_file_dialog_is_thai(qtbot, shots, tmp_path):
    (tmp_path / "ทะเบียน-2569.xlsx").write_bytes(b"x")
    dialog = QFileDialog(None, "บันทึกเป็น PDF", str(tmp_path), "ไฟล์ PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = texts(dialog)
    for thai in ("ค้นหาใน (&L):", "ชื่อไฟล์ (&N):", "ชนิดไฟล์ (&T):", "บันทึก (&S)", "ยกเลิก"):
        assert thai in shown, thai
    assert not {"&Look in:", "Files of &type:", "&Save"} & shown
    dialog.resize(820, 480)
    assert dialog.grab().save(str(shots / "qt-th-file-dialog.png"))
    dialog.reject()


def test_line_edit_context_menu_and_wizard_buttons_are_thai(qtbot):
    edit = QLineEdit("ข้อความ")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    labels = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert {"เลิกทำ (&U)", "ตัด (&T)", "คัดลอก (&C)", "วาง (&P)", "เลือกทั้งหมด"} <= set(labels)
    menu.deleteLater()
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "ถัดไป (&N) >"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "เสร็จสิ้น (&F)"


def test_english_keeps_qt_in_english(qtbot, thai):
    remove_translators(thai)
    english = install_translators("en")
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "", "",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        qtbot.addWidget(box)
        assert box.button(QMessageBox.StandardButton.Yes).text() == "&Yes"
    finally:
        remove_translators(english)
        thai[:] = install_translators("th")
