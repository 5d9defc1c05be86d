"""The first start: a window that says, in the clerk's language, what the desk is preparing.

Creating or upgrading the database runs in a BackgroundTask; the GUI thread keeps this window
alive meanwhile (a busy bar and the seconds so far, redrawn twice a second), so the desk never
sits silent for more than half a second however long a migration takes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from fondue_desk.services.startup import CREATING, OFFICE, OPENING, STEPS, UPGRADING
from fondue_desk.services.startup import prepare_database as prepare_in_steps

from ..style import HINT, PAGE_TITLE
from ..tasks import BackgroundTask
from .network_share_warning import warn_about_network_share

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database
    from fondue_desk.services.views import OfficeView

TICK_MS = 500
WIDTH = 460


def step_text(step: str) -> str:
    texts = {
        OPENING: QCoreApplication.translate("StartupProgress", "Opening the database…"),
        CREATING: QCoreApplication.translate(
            "StartupProgress", "Creating a new database (first start)…"),
        UPGRADING: QCoreApplication.translate(
            "StartupProgress", "Updating the database for this version of the program…"),
        OFFICE: QCoreApplication.translate("StartupProgress", "Reading the office's data…"),
    }
    return texts[step]


class StartupProgress(QWidget):
    """`steps_shown`: every step text it has shown, in order (the tests read it)."""

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("startupProgress")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("QWidget#startupProgress { background: white; "
                           "border: 1px solid #c9d3de; }")
        self.setWindowTitle("Fondue Desk")
        self.steps_shown: list[str] = []
        title = QLabel("Fondue Desk", self)
        title.setObjectName(PAGE_TITLE)
        self.step = QLabel(self)
        self.step.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: a migration cannot say how far it is
        self.bar.setTextVisible(False)
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName(HINT)
        self.where = QLabel(location, self)
        self.where.setObjectName(HINT)
        self.where.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 18)
        column.setSpacing(10)
        for widget in (title, self.step, self.bar, self.elapsed, self.where):
            column.addWidget(widget)
        self.setFixedWidth(WIDTH)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self.show_step(OPENING)

    def show_step(self, step: str) -> None:
        text = step_text(step)
        self.steps_shown.append(text)
        self.step.setText(text)
        self._tick()

    def _tick(self) -> None:
        seconds = self._clock.elapsed() // 1000
        self.elapsed.setText(QCoreApplication.translate(
            "StartupProgress", "Please wait… %1 s").replace("%1", str(seconds)))


# The window of the last start, for tests and the screenshot script.
last_progress: StartupProgress | None = None


def prepare_database(url: str, location: str) -> tuple[Database, OfficeView | None]:
    """Open, create or upgrade the database behind the progress window; re-raise a failure."""
    global last_progress
    progress = StartupProgress(location)
    last_progress = progress
    progress.show()
    outcome: dict[str, object] = {}

    def work(report, _cancelled):
        return prepare_in_steps(url, lambda step: report(STEPS.index(step), len(STEPS)))

    task = BackgroundTask(work)
    loop = QEventLoop()
    task.progressed.connect(lambda done, _total: progress.show_step(STEPS[done]))
    task.succeeded.connect(lambda value: outcome.update(value=value))
    task.failed.connect(lambda error: outcome.update(error=error))
    task.finished.connect(loop.quit)
    task.start()
    loop.exec()
    progress.close()
    progress.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    warn_about_network_share(url)  # once, when the desk has opened: SQLite over SMB/NFS
    return outcome["value"]

