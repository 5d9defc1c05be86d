"""The dashboard: the office's complaint handling at a glance, for every role.

Headline numbers on top, six charts below. The figures are counted in the database
(`services.dashboard.figures`) on a worker thread, whenever the page comes into view and
after a change while it is in view, so a desk never waits on them. Choosing a tile or a bar
(mouse, or the keyboard: Tab to it, arrows, Enter) asks the core for the matching register
filter and hands it on through `filter_requested`; the window shows the register with it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.calendar import today_thai
from fondue_desk.domain.dashboard import DashboardFigures, Period
from fondue_desk.services import dashboard
from fondue_desk.services.views import OfficeView, UserView

from ..dates import short_date
from ..style import HINT, PAGE_TITLE
from ..tasks import BackgroundTask
from .dashboard_charts import build_charts, fill_charts
from .dashboard_period import PeriodChooser
from .dashboard_tiles import DashboardTiles

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

# Where each chart sits: (row, column, column span) in a two-column grid.
GRID = {"status": (0, 0, 1), "crew_overdue": (0, 1, 1), "month": (1, 0, 1),
        "channel": (1, 1, 1), "category": (2, 0, 1), "village": (2, 1, 1)}


class DashboardPage(QWidget):
    message = Signal(str)
    filter_requested = Signal(object)   # RegisterFilter: show the register with it
    figures_shown = Signal(object)      # DashboardFigures, once drawn

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._user = user
        self.figures: DashboardFigures | None = None
        self.task: BackgroundTask | None = None
        self._again = False  # asked to read again while a reading ran
        self.period = PeriodChooser(today_thai(), self)
        self.period.changed.connect(self.reload)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Count the figures again (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.state = QLabel(self)
        self.state.setObjectName(HINT)
        self.tiles = DashboardTiles(self)
        self.tiles.activated.connect(lambda kind: self.open_register(kind, None))
        self.body = QWidget(self)
        self.charts = build_charts(self.body)
        for chart in self.charts.values():
            chart.widget.activated.connect(
                lambda key, series, c=chart: self.open_register(c.kind, c.filter_key(key, series)))
        self._build_layout()

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Dashboard"), self)
        title.setObjectName(PAGE_TITLE)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.state, 1)
        header.addWidget(self.period)
        header.addSpacing(8)
        header.addWidget(self.refresh_button)
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setSpacing(12)
        grid.addWidget(self.tiles, 0, 0, 1, 2)
        for name, (row, column, span) in GRID.items():
            grid.addWidget(self.charts[name].widget, row + 1, column, 1, span)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(GRID), 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)

    # ----------------------------------------------------------------- counting
    def reload(self) -> None:
        """Count the figures again on a worker thread; the old ones stay until then."""
        if not self.period.is_valid():
            return
        if self.task is not None:
            self._again = True  # the running count may predate the change: count once more
            return
        self.period.set_today(today_thai())
        period = self.period.period()
        db, office_id = self._db, self._office.id
        self.state.setText(self.tr("Counting…"))
        task = BackgroundTask(lambda _progress, _cancelled: dashboard.figures(
            db, office_id, period), self)
        task.succeeded.connect(self._counted)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self.task = task
        task.start()

    def _finished(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.deleteLater()
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, error: Exception) -> None:
        self.state.setText(self.tr("The figures could not be counted"))
        self.message.emit(self.tr("The dashboard could not be read: %1").replace(
            "%1", str(error) or type(error).__name__))

    def _counted(self, figures: DashboardFigures) -> None:
        if self._again and figures.period != self.period.period():
            return  # another period was chosen meanwhile: its count follows at once
        self.show_figures(figures)

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self.state.setText(self.tr("%1 – %2 · as of %3")
                           .replace("%1", short_date(figures.period.start))
                           .replace("%2", short_date(figures.period.end))
                           .replace("%3", short_date(figures.today)))
        self.tiles.show_figures(figures)
        fill_charts(self.charts, figures)
        self.figures_shown.emit(figures)

    def is_counting(self) -> bool:
        return self.task is not None

    def showEvent(self, event) -> None:  # Qt override
        # Other desks and pages change complaints all day; counting is cheap enough (well
        # under a second at 300,000 complaints) to do whenever the page comes into view.
        if not event.spontaneous():
            self.reload()
        super().showEvent(event)

    # ----------------------------------------------------------------- choosing
    def open_register(self, kind: str, key: object) -> None:
        """The complaints behind a tile or bar, as the register filter the core defines."""
        period: Period = self.figures.period if self.figures else self.period.period()
        self.filter_requested.emit(dashboard.register_filter_for(kind, key, period))
