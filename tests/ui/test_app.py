"""Start-up: fonts, language choice, the acting user and a clear message when it cannot start."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import app as desk_app_module
from ui.app import StartupError, open_desk, prepare_environment, run_app
from ui.translations import LANGUAGE_SETTING, choose_language


def test_sarabun_is_registered_and_is_the_application_font(desk_app):
    assert "Sarabun" in QFontDatabase.families()
    assert QApplication.font().family() == "Sarabun"
    assert QApplication.font().pointSizeF() == pytest.approx(10.5)
    # The bundled face must really cover Thai, or the whole interface would be boxes.
    assert QFontDatabase.WritingSystem.Thai in QFontDatabase.writingSystems("Sarabun")


def test_language_defaults_to_thai_and_remembers_a_choice():
    assert choose_language(None) == "th"
    assert choose_language("en") == "en"
    assert choose_language(None) == "en"
    from PySide6.QtCore import QSettings

    assert QSettings().value(LANGUAGE_SETTING) == "en"


def test_webengine_gets_no_sandbox_only_as_root(monkeypatch):
    monkeypatch.delenv("QTWEBENGINE_CHROMIUM_FLAGS", raising=False)
    monkeypatch.setattr(desk_app_module.os, "geteuid", lambda: 1000, raising=False)
    prepare_environment()
    assert "QTWEBENGINE_CHROMIUM_FLAGS" not in desk_app_module.os.environ
    monkeypatch.setattr(desk_app_module.os, "geteuid", lambda: 0, raising=False)
    prepare_environment()
    assert desk_app_module.os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] == "--no-sandbox"


def test_an_unknown_user_is_refused(db_url, demo_office):
    with pytest.raises(StartupError, match="nobody"):
        open_desk(db_url, "nobody")
    assert open_desk(db_url, "clerk2").user.username == "clerk2"


def test_run_app_shows_a_thai_message_when_the_database_cannot_open(monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be")
    shown = {}
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.update(title=title, text=text))
    code = run_app(db_url=f"sqlite:///{blocker / 'desk.sqlite3'}", username=None, language="th")
    assert code == 1
    assert shown["title"] == "ไม่สามารถเริ่มโปรแกรม Fondue Desk ได้"
    assert shown["text"].startswith("ไม่สามารถเปิดฐานข้อมูลได้")
    assert str(blocker) in shown["text"]

