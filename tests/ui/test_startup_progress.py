"""The first start shows what it prepares, in Thai, and never sits silent."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from fondue_desk.db.migrate import current_revision, head_revision
from fondue_desk.services.startup import UPGRADING
from ui import app as app_module
from ui.session import startup_progress
from ui.session.startup_progress import StartupProgress
from ui.setup_wizard import SetupWizard


@pytest.fixture
def shown(monkeypatch):
    """Every step text any progress window showed, and whether it was on screen then."""
    seen: list[tuple[str, bool]] = []
    original = StartupProgress.show_step

    def show_step(self, step):
        original(self, step)
        seen.append((self.step.text(), self.isVisible()))

    monkeypatch.setattr(StartupProgress, "show_step", show_step)
    return seen


def test_a_fresh_file_shows_progress_then_the_set_up_assistant(tmp_path, monkeypatch, shown):
    path = tmp_path / "new office" / "desk.sqlite3"
    reached = {}

    def wizard_exec(wizard):
        reached["wizard"] = True
        reached["progress_open"] = any(isinstance(w, StartupProgress) and w.isVisible()
                                       for w in QApplication.topLevelWidgets())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SetupWizard, "exec", wizard_exec)
    assert app_module.run_app(db_url=f"sqlite:///{path}", username=None, language="th") == 0
    texts = [text for text, _visible in shown]
    assert texts[0] == "กำลังเปิดฐานข้อมูล…"
    assert "กำลังสร้างฐานข้อมูลใหม่ (เริ่มใช้งานครั้งแรก)…" in texts
    assert all(visible for _text, visible in shown[1:])  # said while on screen
    assert reached["wizard"] and not reached["progress_open"]  # gone before the assistant
    assert path.exists()


def test_the_window_stays_alive_while_a_slow_upgrade_runs(qtbot, db_url, db, shown, monkeypatch):
    db.close()
    real = startup_progress.prepare_in_steps
    release = threading.Event()

    def slow(url, report):
        report(UPGRADING)
        release.wait(60)  # held until the test has seen the window tick
        return real(url, report)

    monkeypatch.setattr(startup_progress, "prepare_in_steps", slow)
    ticks: list[str] = []
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()

    def watch():
        gaps.append(clock.restart())
        progress = startup_progress.last_progress
        if progress is not None and progress.isVisible():
            ticks.append(progress.elapsed.text())
        if len(set(ticks)) >= 3:  # "0 s", "1 s", "2 s": redrawn while the work is stuck
            release.set()
        else:
            QTimer.singleShot(100, watch)

    QTimer.singleShot(0, watch)
    opened, office = startup_progress.prepare_database(db_url, "desk.sqlite3")
    assert office is None and current_revision(opened.engine) == head_revision()
    opened.close()
    assert "กำลังปรับปรุงฐานข้อมูลให้ตรงกับโปรแกรมรุ่นนี้…" in [text for text, _ in shown]
    assert max(gaps[1:]) < 2000  # the GUI thread never stalled for 2 s
    assert not startup_progress.last_progress.isVisible()


def test_a_failure_comes_back_after_the_window_closes(tmp_path, shown):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        startup_progress.prepare_database(f"sqlite:///{blocker / 'desk.sqlite3'}", "x")
    assert not startup_progress.last_progress.isVisible()
