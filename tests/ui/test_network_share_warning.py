"""A desk whose SQLite file is on a network share says so once at start, then opens."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from fondue_desk.services import db_check
from ui import app as app_module
from ui.session import network_share_warning
from ui.setup_wizard import SetupWizard


def _warnings(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(network_share_warning.QMessageBox, "warning",
                        lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(SetupWizard, "exec", lambda _wizard: QDialog.DialogCode.Rejected)
    return shown


def test_a_share_is_warned_about_once_and_the_desk_still_opens(tmp_path, monkeypatch):
    shown = _warnings(monkeypatch)
    asked: list[str] = []

    def on_share(path):
        asked.append(path)
        return r"\\nas\office"

    monkeypatch.setattr(db_check, "network_share_reason", on_share)
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    assert app_module.run_app(db_url=url, username=None, language="th") == 0
    assert asked == [str(tmp_path / "desk.sqlite3")]
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "ฐานข้อมูลอยู่บนไดรฟ์เครือข่าย"
    assert "\n\\\\nas\\office\n" in text and "PostgreSQL" in text
    assert "docs/shared-server.md" in text
    assert (tmp_path / "desk.sqlite3").exists()  # warned, not refused


def test_a_local_file_is_not_warned_about(tmp_path, monkeypatch):
    shown = _warnings(monkeypatch)
    assert app_module.run_app(db_url=f"sqlite:///{tmp_path / 'desk.sqlite3'}", username=None,
                              language="en") == 0
    assert shown == []


def test_the_warning_fits_the_screen(qtbot):
    box = QMessageBox(QMessageBox.Icon.Warning, "Database on a network share",
                      network_share_warning.share_warning_text(r"\\nas\office"))
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.width() <= 1280 and box.height() <= 720
